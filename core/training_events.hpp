// What a Trainer reports: one UpdateInfo per weight update, one EpochInfo per epoch (epoch 0 =
// the initial weights), one Outcome at the end. Plain values, cheap to copy.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>

namespace core
{

struct UpdateInfo {
    std::int64_t update = 0;   // from 1 over the whole run
    int epoch = 0;             // from 1
    int batch = 0;             // from 0 within the epoch
    int size = 0;              // rows in this batch (the last one may be smaller)
    double loss = 0.0;         // batch mean, computed before this update's step
    double runningMean = 0.0;  // Keras's epoch "loss" so far: sample-weighted mean of batch losses
    std::span<const int> rows; // the training rows of this batch (valid during the call only)
};

struct EpochInfo {
    int epoch = 0;              // 0 = before training
    double kerasLoss = 0.0;     // Keras's "loss": size-weighted mean of the epoch's batch losses
    double batchLossMean = 0.0; // plain mean of the epoch's batch losses
    double trainLoss = 0.0;     // loss over the whole training set with end-of-epoch weights
    double valLoss = 0.0;       // same over the validation set (NaN without one)
    double trainAccuracy = 0.0; // classification only, else NaN
    double valAccuracy = 0.0;
    double seconds = 0.0;     // wall time since the start of the run, without pauses
    std::int64_t updates = 0; // updates done so far
    int bestEpoch = -1;       // best epoch by the early-stopping monitor (val_loss else loss)
    // The gradient noise scale B_simple at the epoch's end weights (TrainConfig::
    // noiseScaleEvery); NaN when not measured.
    double noiseScale = std::numeric_limits<double>::quiet_NaN();
    // The run stopped inside this epoch (a goal met between two epoch ends), as Keras's fit
    // ends an epoch whose step loop a callback broke: kerasLoss and batchLossMean are over the
    // batches done, the evaluations use the weights at the stop. Only ever the last row.
    bool partial = false;
};

// GoalReached: the run's goal (TrainConfig::goal) was met, at an epoch end or between.
enum class StopReason { Completed, EarlyStopped, Diverged, Cancelled, GoalReached };

std::string stopReasonKey(StopReason r);

struct Outcome {
    StopReason reason = StopReason::Completed;
    int epochs = 0;            // epochs completed
    std::int64_t updates = 0;  // updates done
    int bestEpoch = -1;        // epoch (from 1) with the lowest monitored loss, -1 if none
    bool restoredBest = false; // the final weights are those of bestEpoch
    std::string message;       // a sentence for people
    // Epoch (from 1) from which the run overfits by core::overfittingFromEpoch, if it does.
    std::optional<int> overfittingFrom;
    std::int64_t samples = 0; // questions solved: training rows of all updates (E = sum of B)
};

class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;
    virtual void onUpdate(const UpdateInfo&) {}
    virtual void onEpoch(const EpochInfo&) {}
    virtual void onFinished(const Outcome&) {}
};

// Passes every report to two observers (the second may be null): a run can feed its history
// and a view at once.
class FanOut final : public TrainingObserver
{
public:
    FanOut(TrainingObserver* a, TrainingObserver* b) : a_(a), b_(b) {}
    void onUpdate(const UpdateInfo& u) override
    {
        a_->onUpdate(u);
        if (b_)
            b_->onUpdate(u);
    }
    void onEpoch(const EpochInfo& e) override
    {
        a_->onEpoch(e);
        if (b_)
            b_->onEpoch(e);
    }
    void onFinished(const Outcome& o) override
    {
        a_->onFinished(o);
        if (b_)
            b_->onFinished(o);
    }

private:
    TrainingObserver* a_;
    TrainingObserver* b_;
};

} // namespace core
