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
    std::vector<UpdatePoint> points;
    points.reserve(h.updates.size());
    for (UpdatePoint p : h.updates) {
        p.batch = int((p.lastUpdate - 1) % std::max(1, stepsPerEpoch)); // records keep no batch
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
    if (outcome)
        snap.recorded = std::make_shared<const core::RecordedHistory>(history);
    snap.parameters = finalParameters.size() > 0 ? finalParameters : initialParameters;
    snap.updatesDone = outcome ? outcome->updates : history.totalUpdates;
    snap.epochsDone = outcome ? outcome->epochs : std::max(0, int(history.epochs.size()) - 1);
    snap.epochsPlanned = spec.settings.train.epochs;
    return snap;
}

} // namespace ui
