// What changes while a run trains, with Keras's meanings:
//  - a learning-rate schedule, per weight update (a keras.optimizers.schedules
//    LearningRateSchedule, called with optimizer.iterations: 0 for the first update) or per
//    epoch (the callback keras.callbacks.LearningRateScheduler, called with the epoch from 0):
//      constant   lr
//      step       lr * rate^floor(t / every)                     (ExponentialDecay, staircase)
//      warm-up    from + (lr - from) * t / length for t < length, then lr
//                 (CosineDecay(from, decay_steps=1, alpha=1, warmup_target=lr,
//                  warmup_steps=length): after the warm-up its cosine factor is exactly 1)
//    with t the update (from 0) or the epoch (from 0);
//  - a growing batch: phases of `every` epochs, phase i training with batch size
//    B * factor^i, exactly what successive model.fit(x, y, batch_size=B_i,
//    initial_epoch=i*every, epochs=(i+1)*every) calls on one compiled model do (the optimizer's
//    state and iteration count go on; each call starts its epochs afresh);
//  - a goal: stop as soon as the validation accuracy reaches a target (or the validation loss
//    falls to one), checked at every epoch end and, when asked, every `every` updates, and
//    record the weight updates S and questions E (rows trained on) it took; met between two
//    epoch ends, it ends that epoch there as Keras's fit does when a callback sets
//    stop_training in on_train_batch_end (a partial epoch's row, EpochInfo::partial);
//  - the gradient noise scale B_simple = tr(Sigma) / |G|^2 measured every few epochs
//    (core::noiseScale, on the training rows at the epoch's end weights).
#pragma once

#include <cstdint>
#include <string_view>

namespace core
{

enum class LrScheduleKind { Constant, Step, WarmUp };
enum class ScheduleUnit { Update, Epoch };

std::string_view lrScheduleKey(LrScheduleKind k); // "constant", "step", "warmup"
bool parseLrScheduleKind(std::string_view key, LrScheduleKind& out);
std::string_view scheduleUnitKey(ScheduleUnit u); // "update", "epoch"
bool parseScheduleUnit(std::string_view key, ScheduleUnit& out);

struct LrSchedule {
    LrScheduleKind kind = LrScheduleKind::Constant;
    ScheduleUnit unit = ScheduleUnit::Update;
    double decayRate = 0.5;  // step: the factor per step
    int decayEvery = 1;      // step: updates or epochs per step
    int warmup = 1;          // warm-up: its length in updates or epochs
    double warmupFrom = 0.0; // warm-up: the learning rate it starts from
    bool operator==(const LrSchedule&) const = default;
};

// The learning rate of the update with `t` = its index from 0 (unit Update) or its epoch from
// 0 (unit Epoch); `lr` is the optimizer's learning rate (the warm-up's target).
double scheduledLearningRate(const LrSchedule& s, double lr, std::int64_t t);

struct BatchGrowth {
    int factor = 1; // 1: the batch size stays
    int every = 1;  // epochs per phase
    bool operator==(const BatchGrowth&) const = default;
};

// The batch size of an epoch (from 0): B * factor^(epoch / every), held at `cap` (the training
// rows: a larger batch is one batch of all rows) without overflowing.
int grownBatchSize(const BatchGrowth& g, int batchSize, int epoch, int cap);

enum class GoalKind { None, ValAccuracy, ValLoss };

std::string_view goalKey(GoalKind k); // "none", "val_accuracy", "val_loss"
bool parseGoalKind(std::string_view key, GoalKind& out);

struct Goal {
    GoalKind kind = GoalKind::None;
    double value = 0.95; // accuracy to reach, or loss to fall to
    int every = 0;       // also check every this many updates (0: at epoch ends only)
    bool operator==(const Goal&) const = default;
};

// Whether a validation loss and accuracy meet the goal (never for GoalKind::None or NaN).
bool goalMet(const Goal& g, double valLoss, double valAccuracy);

} // namespace core
