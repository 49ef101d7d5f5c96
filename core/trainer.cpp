#include "trainer.hpp"

#include "gradient_stats.hpp"
#include "limits.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace core
{

namespace
{

constexpr int maxEvaluationChunk = 4096;
const double nan = std::numeric_limits<double>::quiet_NaN();

void check(bool ok, const char* what)
{
    if (!ok)
        throw std::invalid_argument(what);
}

} // namespace

std::string stopReasonKey(StopReason r)
{
    switch (r) {
    case StopReason::Completed:
        return "completed";
    case StopReason::EarlyStopped:
        return "early_stopped";
    case StopReason::Diverged:
        return "diverged";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::GoalReached:
        return "goal_reached";
    }
    return "completed";
}

int batchSizeOfEpoch(const TrainConfig& config, int n, int epoch)
{
    return grownBatchSize(config.batchGrowth, std::max(1, config.batchSize), epoch, std::max(1, n));
}

std::int64_t updatesInEpochs(const TrainConfig& config, int n, int epochs)
{
    n = std::max(1, n);
    if (config.batchGrowth.factor <= 1)
        return std::int64_t(stepsPerEpoch(n, std::min(std::max(1, config.batchSize), n))) * epochs;
    std::int64_t total = 0;
    for (int e = 0; e < epochs; ++e)
        total += stepsPerEpoch(n, batchSizeOfEpoch(config, n, e));
    return total;
}

Trainer::Trainer(const Network& initial, Dataset train, Dataset val, const TrainConfig& config)
    : net_(initial), train_(std::move(train)), val_(std::move(val)), config_(config),
      batch_(std::max(1, std::min(config.batchSize, std::max(1, train_.rows())))),
      early_(config.earlyStopping),
      batchSpace_(net_, batchSizeOfEpoch(config, train_.rows(), std::max(0, config.epochs - 1))),
      shuffleRng_(config.shuffleSeed, 11)
{
    check(train_.rows() >= 1, "the training set is empty");
    check(config.batchSize >= 1, "the batch size must be at least 1");
    check(config.epochs >= 1, "the number of epochs must be at least 1");
    check(train_.inputs() == net_.spec().inputs,
          "the training data's number of inputs does not match the network");
    check(train_.y.size() == train_.rows(), "the training targets do not match the inputs");
    check(val_.rows() == 0 || val_.inputs() == net_.spec().inputs,
          "the validation data's number of inputs does not match the network");
    check(val_.y.size() == val_.rows(), "the validation targets do not match the inputs");
    check(train_.task == net_.spec().task, "the data's task does not match the network's output");
    if (net_.spec().task == TaskKind::MultiClassClassification) {
        // The softmax reads the logit of each row's class: an index outside 0..k-1 would read
        // outside the output layer.
        const double k = net_.spec().classes;
        auto classesFit = [k](const Eigen::VectorXd& y) {
            return (y.array() >= 0.0).all() && (y.array() < k).all() &&
                   (y.array() == y.array().floor()).all();
        };
        check(classesFit(train_.y) && classesFit(val_.y),
              "every class must be a whole number from 0 to the number of classes - 1");
    }
    check(config.earlyStopping.patience >= 0, "patience cannot be negative");
    check(config.earlyStopping.startFromEpoch >= 0, "start_from_epoch cannot be negative");
    check(std::isfinite(config.earlyStopping.minDelta), "min_delta must be a finite number");
    check(config.batchGrowth.factor >= 1 && config.batchGrowth.every >= 1,
          "the batch growth needs a factor >= 1 and phases of at least one epoch");
    check(config.batchGrowth.factor == 1 || !config.earlyStopping.enabled,
          "a growing batch (successive fit calls) cannot be combined with early stopping");
    check(config.lrSchedule.decayEvery >= 1 && config.lrSchedule.warmup >= 1,
          "a learning-rate schedule needs steps of at least one update or epoch");
    check(std::isfinite(config.lrSchedule.decayRate) && config.lrSchedule.decayRate > 0.0 &&
              std::isfinite(config.lrSchedule.warmupFrom) && config.lrSchedule.warmupFrom >= 0.0,
          "a learning-rate schedule needs a decay rate > 0 and a warm-up start >= 0");
    check(config.goal.every >= 0 && config.noiseScaleEvery >= 0,
          "goal and noise-scale intervals cannot be negative");
    check(train_.x.allFinite() && train_.y.allFinite(), "the training data holds NaN or Inf");
    check(val_.x.allFinite() && val_.y.allFinite(), "the validation data holds NaN or Inf");
    optimizer_ = makeOptimizer(config.optimizer, net_.parameterCount());
    // Evaluation goes in chunks; a chunk of a wide network is made smaller to fit the batch
    // workspace limit.
    const std::int64_t perRow = limits::batchWorkspaceValues(
        1, net_.spec().inputs, net_.spec().hidden, net_.spec().outputs());
    const int fitting =
        static_cast<int>(std::max<std::int64_t>(1, limits::maxBatchWorkspaceValues / perRow));
    evalSpace_ = std::make_unique<Workspace>(
        net_, std::min({maxEvaluationChunk, fitting, std::max(train_.rows(), val_.rows())}));
    grad_ = Eigen::VectorXd::Zero(net_.parameterCount());
    bestParams_ = Eigen::VectorXd::Zero(net_.parameterCount());
    order_.resize(train_.rows());
    std::iota(order_.begin(), order_.end(), 0);
}

Trainer::~Trainer() = default;

double Trainer::evaluate(const Dataset& d, double* accuracy)
{
    if (d.rows() == 0) {
        if (accuracy)
            *accuracy = nan;
        return nan;
    }
    int correct = 0;
    const double loss = evalSpace_->evaluate(net_, d.x, d.y, &correct, watched_);
    if (accuracy)
        *accuracy = isClassification(d.task) ? static_cast<double>(correct) / d.rows() : nan;
    return loss;
}

EpochInfo Trainer::measureEpoch(int epoch, const Evaluation* val)
{
    EpochInfo e;
    e.epoch = epoch;
    const bool measure = config_.evaluateEachEpoch || epoch == 0;
    e.trainLoss = measure ? evaluate(train_, &e.trainAccuracy) : nan;
    if (val && measure) { // the same weights: the same numbers, without a second evaluation
        e.valLoss = val->loss;
        e.valAccuracy = val->accuracy;
    } else
        e.valLoss = measure ? evaluate(val_, &e.valAccuracy) : nan;
    if (!measure)
        e.trainAccuracy = e.valAccuracy = nan;
    e.updates = update_;
    e.seconds = secondsSoFar();
    e.kerasLoss = nan;
    e.batchLossMean = nan;
    return e;
}

double Trainer::secondsSoFar()
{
    const auto now = std::chrono::steady_clock::now();
    busy_ += now - mark_;
    mark_ = now;
    return std::chrono::duration<double>(busy_).count();
}

void Trainer::clockIdle()
{
    if (started_ && !idle_)
        secondsSoFar();
    idle_ = true;
}

void Trainer::clockBusy()
{
    if (idle_)
        mark_ = std::chrono::steady_clock::now();
    idle_ = false;
}

void Trainer::reportStart(TrainingObserver* observer)
{
    started_ = true;
    mark_ = std::chrono::steady_clock::now();
    EpochInfo e = measureEpoch(0);
    if (watched_ && watched_->isCancelled()) {
        cancel(observer); // the evaluation was cut short
        return;
    }
    if (!std::isfinite(e.trainLoss) || (val_.rows() > 0 && !std::isfinite(e.valLoss))) {
        finish(StopReason::Diverged, "the loss of the initial weights is not a finite number",
               observer);
        return;
    }
    measureNoiseScale(e);
    if (observer)
        observer->onEpoch(e);
    beginEpoch();
}

void Trainer::measureNoiseScale(EpochInfo& e)
{
    const int every = config_.noiseScaleEvery;
    if (every <= 0 || e.epoch % every != 0)
        return;
    e.noiseScale = noiseScale(net_, train_, limits::maxNoiseScaleRows);
    mark_ = std::chrono::steady_clock::now(); // measuring is not training time
}

void Trainer::beginEpoch()
{
    // A new phase of a growing batch is a new fit call (batch_size=B_i, initial_epoch): the
    // optimizer's state goes on. The workspace grows (outside step()) when epochs were added.
    batch_ = batchSizeOfEpoch(config_, train_.rows(), epochsDone_);
    if (batch_ > batchSpace_.maxRows())
        batchSpace_ = Workspace(net_, batch_);
    if (config_.lrSchedule.kind != LrScheduleKind::Constant &&
        config_.lrSchedule.unit == ScheduleUnit::Epoch)
        optimizer_->setLearningRate(
            scheduledLearningRate(config_.lrSchedule, config_.optimizer.learningRate, epochsDone_));
    batchInEpoch_ = 0;
    epochWeightedSum_ = 0.0;
    epochPlainSum_ = 0.0;
    epochRowsSeen_ = 0;
    if (config_.shuffle) {
        std::iota(order_.begin(), order_.end(), 0);
        for (std::size_t i = order_.size() - 1; i > 0; --i)
            std::swap(order_[i], order_[shuffleRng_.below(i + 1)]);
    }
}

bool Trainer::step(TrainingObserver* observer)
{
    if (finished_)
        return false;
    if (!started_) {
        reportStart(observer);
        if (finished_)
            return false;
    }
    if (batchInEpoch_ == 0 && epochsDone_ >= config_.epochs) {
        finish(StopReason::Completed, "training finished", observer);
        return false;
    }
    const int n = train_.rows();
    const int begin = batchInEpoch_ * batch_;
    const int count = std::min(batch_, n - begin);
    const double loss =
        batchSpace_.lossAndGradient(net_, train_.x, train_.y, order_.data() + begin, count, &grad_);
    if (!std::isfinite(loss)) {
        finish(StopReason::Diverged,
               "the loss became " + std::string(std::isnan(loss) ? "NaN" : "infinite") +
                   " at update " + std::to_string(update_ + 1) + " (epoch " +
                   std::to_string(epochsDone_ + 1) + "); try a smaller learning rate",
               observer);
        return false;
    }
    if (config_.lrSchedule.kind != LrScheduleKind::Constant &&
        config_.lrSchedule.unit == ScheduleUnit::Update)
        optimizer_->setLearningRate(
            scheduledLearningRate(config_.lrSchedule, config_.optimizer.learningRate, update_));
    optimizer_->step(net_.parameters(), grad_);
    ++update_;
    samples_ += count;
    epochWeightedSum_ += loss * count;
    epochPlainSum_ += loss;
    epochRowsSeen_ += count;
    if (observer) {
        UpdateInfo u;
        u.update = update_;
        u.epoch = epochsDone_ + 1;
        u.batch = batchInEpoch_;
        u.size = count;
        u.loss = loss;
        u.runningMean = epochWeightedSum_ / epochRowsSeen_;
        u.rows = std::span<const int>(order_.data() + begin, static_cast<std::size_t>(count));
        observer->onUpdate(u);
    }
    ++batchInEpoch_;
    if (batchInEpoch_ == stepsPerEpoch()) {
        endEpoch(observer);
    } else if (config_.goal.kind != GoalKind::None && config_.goal.every > 0 &&
               update_ % config_.goal.every == 0 && val_.rows() > 0) {
        // A goal met here stops the step loop as a callback's stop_training does in Keras's
        // fit; the epoch then still ends, with the batches done (EpochInfo::partial).
        Evaluation goal;
        goal.loss = evaluate(val_, &goal.accuracy);
        if (watched_ && watched_->isCancelled())
            cancel(observer); // the evaluation was cut short
        else if (goalMet(config_.goal, goal.loss, goal.accuracy))
            endEpoch(observer, &goal);
    }
    return !finished_;
}

bool Trainer::checkGoal(double valLoss, double valAccuracy, TrainingObserver* observer)
{
    if (!goalMet(config_.goal, valLoss, valAccuracy))
        return false;
    const bool accuracy = config_.goal.kind == GoalKind::ValAccuracy;
    finish(StopReason::GoalReached,
           std::string("goal reached: ") + std::string(goalKey(config_.goal.kind)) + " " +
               std::to_string(accuracy ? valAccuracy : valLoss) + " after " +
               std::to_string(update_) + " updates and " + std::to_string(samples_) + " questions",
           observer);
    return true;
}

void Trainer::endEpoch(TrainingObserver* observer, const Evaluation* goal)
{
    // A partial epoch (a goal met inside it) is not an epoch done: Outcome::epochs counts the
    // whole ones, and its row is the epoch under way.
    const bool partial = goal != nullptr;
    const int epoch = epochsDone_ + 1;
    if (!partial)
        ++epochsDone_;
    EpochInfo e = measureEpoch(epoch, goal);
    if (watched_ && watched_->isCancelled()) {
        cancel(observer); // the evaluation was cut short
        return;
    }
    e.partial = partial;
    e.kerasLoss = epochWeightedSum_ / epochRowsSeen_;
    e.batchLossMean = epochPlainSum_ / batchInEpoch_;
    batchInEpoch_ = 0;
    if (config_.evaluateEachEpoch &&
        (!std::isfinite(e.trainLoss) || (val_.rows() > 0 && !std::isfinite(e.valLoss)))) {
        finish(StopReason::Diverged,
               "the loss became non-finite at the end of epoch " + std::to_string(epoch) +
                   "; try a smaller learning rate",
               observer);
        return;
    }
    const bool monitorVal = config_.earlyStopping.monitor == Monitor::ValLoss;
    bool stop = false;
    if (config_.earlyStopping.enabled) {
        const double value = monitorVal ? e.valLoss : e.kerasLoss; // NaN without validation
        const auto verdict = early_.onEpochEnd(epoch - 1, value);
        if (verdict.takeWeights && config_.earlyStopping.restoreBestWeights) {
            bestParams_ = net_.parameters();
            haveBest_ = true;
        }
        bestEpoch_ = early_.bestEpoch() >= 0 ? early_.bestEpoch() + 1 : -1;
        stop = verdict.stop;
    } else {
        const double value = monitorVal && val_.rows() > 0 ? e.valLoss : e.kerasLoss;
        if (bestEpoch_ < 0 || value < bestValue_) {
            bestEpoch_ = epoch;
            bestValue_ = value;
        }
    }
    e.bestEpoch = bestEpoch_;
    e.seconds = secondsSoFar();
    measureNoiseScale(e);
    if (observer)
        observer->onEpoch(e);
    // (A partial epoch met its goal already, also when epoch ends are not evaluated.)
    if (checkGoal(partial ? goal->loss : e.valLoss, partial ? goal->accuracy : e.valAccuracy,
                  observer))
        return;
    if (stop)
        finish(StopReason::EarlyStopped,
               "early stopping after epoch " + std::to_string(epochsDone_) +
                   ": no improvement of " + std::string(monitorKey(config_.earlyStopping.monitor)) +
                   " for " + std::to_string(config_.earlyStopping.patience) +
                   " epochs; best epoch " + std::to_string(bestEpoch_),
               observer);
    else if (epochsDone_ >= config_.epochs)
        finish(StopReason::Completed, "training finished", observer);
    else
        beginEpoch();
}

void Trainer::finish(StopReason reason, std::string message, TrainingObserver* observer)
{
    if (finished_)
        return;
    finished_ = true;
    outcome_.reason = reason;
    outcome_.epochs = epochsDone_;
    outcome_.updates = update_;
    outcome_.samples = samples_;
    outcome_.bestEpoch = bestEpoch_;
    outcome_.message = std::move(message);
    if (haveBest_ && config_.earlyStopping.restoreBestWeights &&
        (reason == StopReason::Completed || reason == StopReason::EarlyStopped)) {
        net_.parameters() = bestParams_;
        outcome_.restoredBest = true;
    }
    if (observer)
        observer->onFinished(outcome_);
}

void Trainer::cancel(TrainingObserver* observer)
{
    finish(StopReason::Cancelled, "training stopped by the user", observer);
}

void Trainer::setEpochs(int epochs)
{
    epochs = std::max({1, epochs, epochsDone_ + (batchInEpoch_ > 0 ? 1 : 0)});
    config_.epochs = epochs;
    // A run that completed may go on when more epochs are asked for (unless the best weights
    // were already restored, which would not continue the same run).
    if (finished_ && outcome_.reason == StopReason::Completed && !outcome_.restoredBest &&
        epochs > epochsDone_) {
        finished_ = false;
        beginEpoch();
    }
}

const Outcome& Trainer::run(TrainingObserver* observer, TrainingControl* control)
{
    if (control)
        watched_ = control;
    while (!finished_) {
        if (control) {
            const int e = control->requestedEpochs();
            if (e > 0 && e != config_.epochs)
                setEpochs(e);
            // Time spent waiting (paused or paced) does not count as training time.
            const bool mayWait = control->isPaused() || control->speed() > 0.0;
            if (mayWait)
                clockIdle();
            const bool go = control->waitForTurn(update_, stepsPerEpoch());
            if (mayWait)
                clockBusy();
            if (!go) {
                cancel(observer);
                break;
            }
        }
        step(observer);
    }
    return outcome_;
}

} // namespace core
