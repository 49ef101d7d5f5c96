// The training loop with Keras `fit` semantics:
//   - steps per epoch = ceil(N_train / B); the last batch holds the remaining rows;
//   - with shuffle, only the training rows are reshuffled before every epoch (seeded);
//   - the loss of an update is the batch mean before that update's step;
//   - the epoch's "loss" is the size-weighted running mean of its batch losses; val_loss and
//     the end-of-epoch training loss use the weights at the end of the epoch;
//   - EarlyStopping as in Keras 3, restoring the best weights at the end when asked.
// Nothing in step() allocates. A non-finite loss stops the run (StopReason::Diverged) before
// the value reaches any observer.
#pragma once

#include "dataset.hpp"
#include "early_stopping.hpp"
#include "network.hpp"
#include "optimizer.hpp"
#include "rng.hpp"
#include "schedule.hpp"
#include "training_control.hpp"
#include "training_events.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace core
{

struct TrainConfig {
    int batchSize = 32;
    int epochs = 10;
    bool shuffle = true;
    std::uint64_t shuffleSeed = 0;
    OptimizerConfig optimizer;
    EarlyStoppingConfig earlyStopping;
    // Evaluate the training and validation sets at every epoch end (Keras's val_loss). Off only
    // for timing the loop alone; then EpochInfo's trainLoss/valLoss/accuracies are NaN.
    bool evaluateEachEpoch = true;
    // Schedules, a growing batch, a goal and the noise scale (core/schedule.hpp). A growing
    // batch is not combined with early stopping (each of Keras's fit calls would restart it).
    LrSchedule lrSchedule;
    BatchGrowth batchGrowth;
    Goal goal;
    int noiseScaleEvery = 0; // epochs between B_simple measurements (0: none)
    bool operator==(const TrainConfig&) const = default;
};

// ceil(n / b) for b >= 1 (a batch larger than the data is one batch of all rows).
inline int stepsPerEpoch(int n, int b)
{
    return (n + b - 1) / b;
}

// The batch size of epoch `epoch` (from 0) of a run on n training rows (the batch grows in
// phases when config.batchGrowth says so; at most n).
int batchSizeOfEpoch(const TrainConfig& config, int n, int epoch);
// Weight updates in the first `epochs` epochs of a run on n training rows.
std::int64_t updatesInEpochs(const TrainConfig& config, int n, int epochs);

class Trainer
{
public:
    // Copies everything it is given. `val` may have zero rows. Throws std::invalid_argument for
    // settings or data that cannot train (empty training set, batch size < 1, widths that do
    // not match the network, bad optimizer values, ...).
    Trainer(const Network& initial, Dataset train, Dataset val, const TrainConfig& config);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // One weight update (reporting epoch 0 first, and the epoch's end after its last batch).
    // Returns false once the run has ended (then outcome() is set and observers were told).
    bool step(TrainingObserver* observer);
    // Runs to the end. With a control: pauses, single steps, pace, cancel, and epoch changes.
    const Outcome& run(TrainingObserver* observer, TrainingControl* control = nullptr);
    // Ends the run now with StopReason::Cancelled (reported once).
    void cancel(TrainingObserver* observer);
    // Evaluations (of the initial weights and at epoch ends, which can take seconds) stop
    // between their chunks when `control` is cancelled, and the run ends as cancelled. run()
    // with a control does this by itself; a caller that steps the trainer says so here.
    void stopEvaluationsOn(const TrainingControl* control) { watched_ = control; }

    // The caller's own time between steps (a pause, a slow pace, handing results over) is not
    // training time: EpochInfo::seconds stops counting at clockIdle() and goes on at
    // clockBusy(). run() does this around its waits by itself.
    void clockIdle();
    void clockBusy();

    // Change the number of epochs while running (not below the epochs already done).
    void setEpochs(int epochs);

    bool finished() const { return finished_; }
    const Outcome& outcome() const { return outcome_; }
    const Network& network() const { return net_; }
    const TrainConfig& config() const { return config_; }
    const Dataset& trainSet() const { return train_; }
    const Dataset& valSet() const { return val_; }
    // Of the current (or next) epoch: the batch may grow between epochs.
    int stepsPerEpoch() const { return core::stepsPerEpoch(train_.rows(), batch_); }
    int batchSize() const { return batch_; }
    std::int64_t totalUpdates() const
    {
        return updatesInEpochs(config_, train_.rows(), config_.epochs);
    }
    // Questions solved so far (training rows of every update).
    std::int64_t samplesSeen() const { return samples_; }
    std::int64_t updatesDone() const { return update_; }
    int epochsDone() const { return epochsDone_; }
    // The order of the training rows in the current (or next) epoch.
    const std::vector<int>& epochOrder() const { return order_; }
    // Evaluate the current weights: loss (and accuracy if correct != nullptr) over a data set.
    double evaluate(const Dataset& d, double* accuracy = nullptr);

private:
    struct Evaluation {
        double loss = 0.0;
        double accuracy = 0.0;
    };
    void beginEpoch();
    // Ends the epoch under way: after its last batch, or (`goal`: the validation evaluation
    // that met the goal) inside it, as a partial epoch.
    void endEpoch(TrainingObserver* observer, const Evaluation* goal = nullptr);
    void reportStart(TrainingObserver* observer);
    void finish(StopReason reason, std::string message, TrainingObserver* observer);
    bool checkGoal(double valLoss, double valAccuracy, TrainingObserver* observer);
    void measureNoiseScale(EpochInfo& e);
    // `val`: the validation set's evaluation of the current weights when already known.
    EpochInfo measureEpoch(int epoch, const Evaluation* val = nullptr);
    double secondsSoFar(); // training time, excluding waits in TrainingControl

    const TrainingControl* watched_ = nullptr;
    Network net_;
    Dataset train_;
    Dataset val_;
    TrainConfig config_;
    int batch_;
    std::unique_ptr<Optimizer> optimizer_;
    EarlyStopping early_;
    Workspace batchSpace_;
    std::unique_ptr<Workspace> evalSpace_;
    Eigen::VectorXd grad_;
    Eigen::VectorXd bestParams_;
    bool haveBest_ = false;
    std::vector<int> order_;
    Rng shuffleRng_;

    bool started_ = false;
    bool finished_ = false;
    std::int64_t update_ = 0;
    std::int64_t samples_ = 0;
    int epochsDone_ = 0;
    int batchInEpoch_ = 0;
    double epochWeightedSum_ = 0.0;
    double epochPlainSum_ = 0.0;
    int epochRowsSeen_ = 0;
    int bestEpoch_ = -1; // from 1, by the monitored loss
    double bestValue_ = 0.0;
    std::chrono::steady_clock::duration busy_{};
    std::chrono::steady_clock::time_point mark_{};
    bool idle_ = false; // between clockIdle() and clockBusy()
    Outcome outcome_;
};

} // namespace core
