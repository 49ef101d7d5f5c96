// Words for a run, in the practice-exam story: names of data sets, activations and optimizers,
// the "N = 100, B = 32: 4 weight updates per epoch" line, and the caption of exported images.
#pragma once

#include "run_reading.hpp"
#include "run_settings.hpp"
#include "run_spec.hpp"

#include <QCoreApplication>
#include <QString>

namespace ui
{

class RunDescription
{
    Q_DECLARE_TR_FUNCTIONS(RunDescription)
public:
    static QString datasetName(core::DatasetKind kind);
    static QString activationName(core::Activation a);
    static QString optimizerName(core::OptimizerKind k);
    // "N = 100, B = 32: 4 weight updates per epoch (last batch 4 questions)"
    static QString updatesPerEpoch(int n, int b);
    // "300 epochs × 4 = 1,200 weight updates in all"
    static QString totalUpdates(int n, int b, int epochs);
    // One line with everything that defines the run (for captions and CSV headers).
    static QString caption(const core::RunSettings& s);
    // The same for a run that may bring its own rows (named by their source).
    static QString caption(const core::RunSpec& spec);
    // The one set of words for a run's status, in every view ("training", "paused", "finished",
    // "stopped early at epoch 57", "diverged", "stopped at epoch 12", "cannot train", "idle").
    // `endEpoch`: where it ended (core::RunReading::endEpoch); `paused`: a training run waits.
    static QString status(core::RunStatus s, int endEpoch, bool paused = false);
};

} // namespace ui
