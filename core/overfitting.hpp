// When a run overfits, and what its loss curves show otherwise: the one rule behind every
// overfitting mark, label, lesson sentence, exported picture, run record (`outcome.
// overfitting_from_epoch`) and CSV of BatchLab.
//
// Overfitting is marked only where the training loss keeps falling while the validation loss
// rises away from it: the gap between the two grows by a clear margin over several epochs. It is
// never before the best validation epoch, and not "any epoch after it" either: a run that never
// learned (training and validation loss high and flat together) or one whose validation loss
// wanders around a plateau gets no mark.
//
// The rule, on the curves of epochs 1, 2, ... (the training loss evaluated at the end of each
// epoch, the same measure as the validation loss; Keras's running mean where that is missing):
//  1. Both curves are smoothed by a running median of `smoothing` epochs (one noisy epoch is
//     not a trend). Only the epochs before the first non-finite loss count (a diverged run).
//  2. A "clear margin" is `margin` times the lowest smoothed validation loss (at least `margin`
//     times a tenth of the first epoch's, so that a curve near zero needs more than rounding).
//  3. The validation loss has risen: its last smoothed value is at least one margin above its
//     lowest one. The start is the last epoch at which it was still within a quarter margin of
//     its lowest value: from there on it stays above, i.e. it has left its best level for good.
//  4. Since the start: at least `minEpochs` epochs have passed, the smoothed training loss has
//     not risen (it keeps falling or stays at its floor), and the gap (validation minus
//     training) has grown by at least one margin.
// The overfitting starts at that epoch. Every value is recomputed from the whole curve, so a
// live run's mark may appear, move or go away as epochs arrive.
#pragma once

#include "training_events.hpp"

#include <optional>
#include <vector>

namespace core
{

struct OverfittingRule {
    double margin = 0.10; // a clear change: this fraction of the lowest validation loss
    int minEpochs = 5;    // the parting lasts at least this many epochs
    int smoothing = 5;    // epochs in the running median (odd; 1 = none)
};

// The epoch (from 1) from which the run overfits, or nothing. `epochs` in the order of
// core::History::epochs() (epoch 0, the initial weights, first; it is not needed).
std::optional<int> overfittingFromEpoch(const std::vector<EpochInfo>& epochs,
                                        const OverfittingRule& rule = {});

// What the curves show, for a sentence beside them.
enum class CurveShape {
    TooShort,       // fewer epochs than the rule needs to say anything
    NoValidation,   // no validation loss: overfitting cannot be seen
    Diverged,       // a loss became non-finite
    NotLearningYet, // the training loss has not fallen by a clear margin from its start
    NoChange,       // both losses flat (within a margin) over the last quarter of the run
    Learning,       // the losses still fall, or move without parting
    Overfitting,    // overfittingFromEpoch() found a start
};

struct CurveReading {
    CurveShape shape = CurveShape::TooShort;
    std::optional<int> overfittingFrom; // set exactly when shape == Overfitting
};

CurveReading readCurves(const std::vector<EpochInfo>& epochs, const OverfittingRule& rule = {});

// "too_short", "no_validation", "diverged", "not_learning_yet", "no_change", "learning",
// "overfitting" (for CSV files and logs).
const char* curveShapeKey(CurveShape s);

} // namespace core
