// What a run's numbers say, computed in one place (docs/ARCHITECTURE.md, "Where each fact is
// computed"): its best epoch, where it starts to overfit, the shape of its curves and its status.
// Every view (plots, exam view, Runs dock, CSV export, worksheets, the command line's runs.csv)
// reads these facts from a RunReader instead of deriving its own, so no two can disagree.
//
//  - Best epoch: the trainer's verdict under the run's own early-stopping monitor, min_delta and
//    start_from_epoch (core::Trainer stamps it on every epoch row as EpochInfo::bestEpoch, and run
//    records keep that column), taken from the newest row. It is never recomputed from the
//    losses, which would ignore the monitor and min_delta.
//  - Overfitting start and curve shape: core::readCurves (core/overfitting.hpp) over the epochs.
//  - Status: one vocabulary for every view (RunStatus), from the outcome, a failure to start, or
//    whether the run is still being trained.
//
// Incremental: update() looks only at the rows added since the previous call for the best epoch
// and re-reads the curves only when rows were added, so a view may call it on every repaint.
#pragma once

#include "overfitting.hpp"
#include "training_events.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace core
{

enum class RunStatus {
    NotStarted,   // no epoch yet and not training
    Training,     // being trained (the live run; it may be paused)
    Completed,    // all planned epochs
    EarlyStopped, // early stopping ended it
    Diverged,     // a loss became non-finite
    Stopped,      // stopped by hand, or left unfinished when another run started
    Failed,       // could not start (bad settings or data)
};

// The status of a run from its outcome, whether it failed to start, whether it is still being
// trained and how many epochs it did.
RunStatus runStatus(const std::optional<Outcome>& outcome, bool failed, bool training, int epochs);

// "not_started", "training", "completed", "early_stopped", "diverged", "stopped", "failed".
const char* runStatusKey(RunStatus s);

struct RunReading {
    int epochs = 0;                     // epochs done (rows after epoch 0)
    int bestEpoch = -1;                 // from 1 by the run's monitor; -1 before any
    double bestValLoss = 0.0;           // the validation loss at bestEpoch (NaN when none)
    std::optional<int> overfittingFrom; // core::readCurves
    CurveShape shape = CurveShape::TooShort;
    RunStatus status = RunStatus::NotStarted;
    // The epoch at which the run ended (outcome), else the epochs done.
    int endEpoch = 0;
};

class RunReader
{
public:
    // Brings the reading up to date with a run's rows (epoch 0 first, as History keeps them),
    // its outcome, whether it failed to start and whether it is still being trained. Rows only
    // ever grow during a run; fewer rows than the previous call mean another run (reset).
    const RunReading& update(const std::vector<EpochInfo>& epochs,
                             const std::optional<Outcome>& outcome, bool failed, bool training);
    const RunReading& reading() const { return reading_; }
    void reset() { *this = RunReader{}; }

private:
    RunReading reading_;
    std::size_t rows_ = 0; // rows when the reading was last brought up to date
};

// The reading of a whole run at once (records, the command line).
RunReading readRun(const std::vector<EpochInfo>& epochs, const std::optional<Outcome>& outcome);

} // namespace core
