// What the window does with the run when the student acts: an edited setting continues the run
// (only the epochs were raised) or restarts it; Play plays on, pauses or plays a finished run
// again from the start; Reset is a new student; and the batch sizes typed into Training >
// Compare batch sizes. Widget-free (Qt Core for the typed text), so that tests/tst_run_policy.cpp
// checks every case without a window; MainWindow applies the answers to the controller.
#pragma once

#include "run_spec.hpp"
#include "ui/session/training_controller.hpp"

#include <QString>

#include <optional>
#include <vector>

namespace ui
{

class RunPolicy
{
public:
    // What the next run trains: the panel's spec, with the shown run's recorded initial weights
    // while the network, its seed and the kind of data stay the same (an opened run record).
    static core::RunSpec nextSpec(core::RunSpec fromPanel, const core::RunSpec& shown);

    // The run the controller shows, as far as an edit cares.
    struct Shown {
        core::RunSettings settings;
        RunState state = RunState::Idle;
        int epochsDone = 0;
        bool restartPending = false;
        bool showsRecord = false; // an opened run record, shown as recorded
    };
    enum class Edit {
        Continue, // only the epochs changed, not below those done: the same run goes on
        Restart,  // anything else: a new run (debounced)
    };
    static Edit afterEdit(const core::RunSettings& wanted, const Shown& shown);

    enum class Play {
        FromTheStart, // a finished or failed run is trained again
        Pause,
        Resume,
    };
    static Play onPlay(RunState state, bool paused);

    // Reset: the same settings with the next seed, so new initial weights (a new student).
    static core::RunSettings newStudent(core::RunSettings settings);

    // B = 1, the next run's B and B = N (sorted, without repeats).
    static std::vector<int> comparedBatchSizes(const core::RunSpec& next);
    // "1, 4, 30": what the compare dialog offers first.
    static QString batchSizesText(const std::vector<int>& sizes);

    static constexpr int maxBatchSize = 1000000;
    static constexpr int maxCompared = 12;
    // The compare dialog's text: whole numbers separated by commas, semicolons or spaces.
    struct BatchSizes {
        enum class Error {
            None,
            NotABatchSize, // `bad` is not a whole number from 1 to maxBatchSize
            Count,         // none, or more than maxCompared
        };
        std::vector<int> sizes;
        Error error = Error::None;
        QString bad; // the first 20 characters of the part that is not a batch size
    };
    static BatchSizes parseBatchSizes(const QString& text);

    // `base` at each batch size, or the first size that cannot train and why.
    struct Compared {
        std::vector<core::RunSpec> specs;
        std::optional<int> failedSize; // none: every size can train
        QString error;                 // why the failed size cannot
    };
    static Compared comparedSpecs(const core::RunSpec& base, const std::vector<int>& sizes);
};

} // namespace ui
