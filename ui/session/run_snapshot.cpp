#include "ui/session/run_snapshot.hpp"

#include <algorithm>
#include <limits>

namespace ui
{

void RunSnapshot::merge(RunSnapshot&& later)
{
    if (later.start)
        start = std::move(later.start);
    if (later.updateStride > updateStride) {
        updates = rebucket(updates, later.updateStride);
        updateStride = later.updateStride;
    }
    for (const UpdatePoint& p : later.updates)
        appendMerged(updates, p, updateStride);
    epochs.insert(epochs.end(), later.epochs.begin(), later.epochs.end());
    if (later.outcome) {
        outcome = later.outcome;
        recorded = std::move(later.recorded);
    } else if (!later.updates.empty()) {
        // A run continued after its outcome (the epochs were raised before the GUI collected
        // it): the old outcome no longer holds.
        outcome.reset();
        recorded.reset();
    }
    if (later.parameters.size() > 0)
        parameters = std::move(later.parameters);
    updatesDone = later.updatesDone;
    epochsDone = later.epochsDone;
    epochsPlanned = later.epochsPlanned;
    if (!later.error.isEmpty())
        error = later.error;
    for (BatchRows& b : later.batches)
        batches.push_back(std::move(b));
    if (batches.size() > maxBatches)
        batches.erase(batches.begin(), batches.end() - static_cast<std::ptrdiff_t>(maxBatches));
    if (!later.epochOrder.empty()) {
        epochOrder = std::move(later.epochOrder);
        epochOrderEpoch = later.epochOrderEpoch;
    }
}

std::vector<UpdatePoint> updatePointsOf(const core::RecordedHistory& h, int stepsPerEpoch)
{
    // Records keep no batch index: it is the update's place after the end of the epoch before
    // (whose record says how many updates were done by then), so that a growing batch
    // (core/schedule.hpp), whose epochs have fewer updates than the first, counts each phase's
    // batches by its own batch size. Without that epoch's record: the first epoch's count.
    std::vector<std::int64_t> updatesBefore; // [epoch] -> updates at the end of that epoch
    for (const core::EpochInfo& e : h.epochs)
        if (e.epoch >= 0) {
            if (std::size_t(e.epoch) >= updatesBefore.size())
                updatesBefore.resize(std::size_t(e.epoch) + 1, -1);
            updatesBefore[std::size_t(e.epoch)] = e.updates;
        }
    std::vector<UpdatePoint> points;
    points.reserve(h.updates.size());
    for (UpdatePoint p : h.updates) {
        const std::size_t before = std::size_t(std::max(0, p.epoch - 1));
        if (p.epoch >= 1 && before < updatesBefore.size() && updatesBefore[before] >= 0)
            p.batch = int(p.lastUpdate - 1 - updatesBefore[before]);
        else
            p.batch = int((p.lastUpdate - 1) % std::max(1, stepsPerEpoch));
        points.push_back(p);
    }
    return points;
}

RunSnapshot recordedSnapshot(const core::RunSpec& spec, const Eigen::VectorXd& initialParameters,
                             const core::RecordedHistory& history,
                             const std::optional<core::Outcome>& outcome,
                             const Eigen::VectorXd& finalParameters)
{
    auto start = std::make_shared<RunStart>();
    start->data = spec.makeData();
    start->spec = spec.networkSpec();
    start->initialParameters = initialParameters;
    start->trainingRows = start->data.train.rows();
    start->batchSize = std::min(spec.settings.train.batchSize, start->trainingRows);
    start->stepsPerEpoch = core::stepsPerEpoch(std::max(1, start->trainingRows),
                                               std::max(1, spec.settings.train.batchSize));
    RunSnapshot snap;
    snap.start = start;
    snap.updateStride = history.updatesPerBucket;
    snap.updates = updatePointsOf(history, start->stepsPerEpoch);
    snap.epochs = history.epochs;
    snap.outcome = outcome;
    if (outcome) {
        core::RecordedHistory withoutRows = history; // the rows are snap.epochs
        withoutRows.epochs.clear();
        snap.recorded = std::make_shared<const core::RecordedHistory>(std::move(withoutRows));
    }
    snap.parameters = finalParameters.size() > 0 ? finalParameters : initialParameters;
    snap.updatesDone = outcome ? outcome->updates : history.totalUpdates;
    snap.epochsDone = outcome ? outcome->epochs : std::max(0, int(history.epochs.size()) - 1);
    snap.epochsPlanned = spec.settings.train.epochs;
    return snap;
}

} // namespace ui
