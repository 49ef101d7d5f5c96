#include "run_reading.hpp"

#include <cmath>
#include <limits>

namespace core
{

const char* runStatusKey(RunStatus s)
{
    switch (s) {
    case RunStatus::NotStarted:
        return "not_started";
    case RunStatus::Training:
        return "training";
    case RunStatus::Completed:
        return "completed";
    case RunStatus::EarlyStopped:
        return "early_stopped";
    case RunStatus::Diverged:
        return "diverged";
    case RunStatus::Stopped:
        return "stopped";
    case RunStatus::Failed:
        return "failed";
    }
    return "stopped";
}

RunStatus runStatus(const std::optional<Outcome>& outcome, bool failed, bool training, int epochs)
{
    if (outcome) {
        switch (outcome->reason) {
        case StopReason::Completed:
            return RunStatus::Completed;
        case StopReason::EarlyStopped:
        case StopReason::GoalReached: // a callback stopped the run, as EarlyStopping does
            return RunStatus::EarlyStopped;
        case StopReason::Diverged:
            return RunStatus::Diverged;
        case StopReason::Cancelled:
            return RunStatus::Stopped;
        }
    }
    if (failed)
        return RunStatus::Failed;
    if (training)
        return RunStatus::Training;
    return epochs > 0 ? RunStatus::Stopped : RunStatus::NotStarted;
}

const RunReading& RunReader::update(const std::vector<EpochInfo>& epochs,
                                    const std::optional<Outcome>& outcome, bool failed,
                                    bool training)
{
    if (epochs.size() < rows_) // another run
        reset();
    if (epochs.size() != rows_) {
        rows_ = epochs.size();
        const EpochInfo& last = epochs.back();
        reading_.epochs = last.epoch;
        // The trainer's verdict as of the newest epoch (its monitor, min_delta and
        // start_from_epoch); the row of that epoch is at its index when rows are complete.
        reading_.bestEpoch = last.epoch >= 1 ? last.bestEpoch : -1;
        reading_.bestValLoss = std::numeric_limits<double>::quiet_NaN();
        if (reading_.bestEpoch >= 1) {
            const auto at = std::size_t(reading_.bestEpoch);
            if (at < epochs.size() && epochs[at].epoch == reading_.bestEpoch)
                reading_.bestValLoss = epochs[at].valLoss;
            else
                for (const EpochInfo& e : epochs)
                    if (e.epoch == reading_.bestEpoch)
                        reading_.bestValLoss = e.valLoss;
        }
        const CurveReading curves = readCurves(epochs);
        reading_.shape = curves.shape;
        reading_.overfittingFrom = curves.overfittingFrom;
    }
    reading_.status = runStatus(outcome, failed, training, reading_.epochs);
    reading_.endEpoch = outcome ? outcome->epochs : reading_.epochs;
    return reading_;
}

RunReading readRun(const std::vector<EpochInfo>& epochs, const std::optional<Outcome>& outcome)
{
    RunReader r;
    return r.update(epochs, outcome, false, false);
}

} // namespace core
