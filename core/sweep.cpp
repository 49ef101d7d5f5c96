#include "sweep.hpp"

#include "overfitting.hpp"
#include "training_control.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace core
{

namespace
{

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string show(double v)
{
    std::ostringstream s;
    s.precision(17);
    s << v;
    return s.str();
}

// Checks one swept value; throws std::invalid_argument naming it.
void checkValue(SweepParameter p, double v)
{
    const std::string what = std::string(sweepParameterKey(p)) + " value " + show(v);
    const SweepValueRange r = sweepValueRange(p);
    if (!r.whole) {
        if (!std::isfinite(v) || v <= r.lo || v > r.hi)
            throw std::invalid_argument(what + ": a learning rate must be a number in (" +
                                        show(r.lo) + ", " + show(r.hi) + "]");
        return;
    }
    if (!std::isfinite(v) || v != std::floor(v) || v < r.lo || v > r.hi)
        throw std::invalid_argument(what + ": needs a whole number from " + show(r.lo) + " to " +
                                    show(r.hi));
}

} // namespace

SweepValueRange sweepValueRange(SweepParameter p)
{
    if (p == SweepParameter::LearningRate)
        return {0.0, 1e6, false};
    return {1.0, 1e6, true};
}

const char* sweepParameterKey(SweepParameter p)
{
    switch (p) {
    case SweepParameter::BatchSize:
        return "batch-size";
    case SweepParameter::Epochs:
        return "epochs";
    case SweepParameter::LearningRate:
        return "learning-rate";
    }
    return "batch-size";
}

bool parseSweepParameter(std::string_view key, SweepParameter& out)
{
    for (SweepParameter p :
         {SweepParameter::BatchSize, SweepParameter::Epochs, SweepParameter::LearningRate})
        if (key == sweepParameterKey(p)) {
            out = p;
            return true;
        }
    return false;
}

std::vector<double> defaultSweepValues(SweepParameter p, int trainingRows)
{
    switch (p) {
    case SweepParameter::BatchSize: {
        std::vector<double> v;
        const int n = std::max(1, trainingRows);
        for (long long b = 1; b < n; b *= 2)
            v.push_back(double(b));
        v.push_back(double(n));
        return v;
    }
    case SweepParameter::Epochs:
        return {10, 30, 100, 300};
    case SweepParameter::LearningRate:
        return {0.001, 0.003, 0.01, 0.03, 0.1};
    }
    return {};
}

std::vector<SweepRun> planSweep(const SweepSpec& sweep)
{
    const std::vector<double> values =
        sweep.values.empty() ? defaultSweepValues(sweep.parameter, sweep.base.trainingRows())
                             : sweep.values;
    if (values.empty())
        throw std::invalid_argument("a sweep needs at least one value");
    if (values.size() > std::size_t(limits::maxSweepValues))
        throw LimitError("a sweep of " + std::to_string(values.size()) +
                         " values exceeds the sweep value limit (" +
                         std::to_string(limits::maxSweepValues) + ")");
    if (sweep.seeds < 1 || sweep.seeds > limits::maxSweepSeeds)
        throw LimitError(std::to_string(sweep.seeds) + " seeds: the sweep seed limit allows 1 to " +
                         std::to_string(limits::maxSweepSeeds));
    const std::int64_t runs = std::int64_t(values.size()) * sweep.seeds;
    if (runs > limits::maxSweepRuns)
        throw LimitError(std::to_string(runs) + " runs exceed the sweep run limit (" +
                         std::to_string(limits::maxSweepRuns) + ")");
    if (sweep.scaleLearningRate && sweep.parameter != SweepParameter::BatchSize)
        throw std::invalid_argument(
            "scaling the learning rate with the batch size needs a batch-size sweep");
    for (std::size_t i = 0; i < values.size(); ++i) {
        checkValue(sweep.parameter, values[i]);
        for (std::size_t j = 0; j < i; ++j)
            if (values[j] == values[i])
                throw std::invalid_argument(std::string(sweepParameterKey(sweep.parameter)) +
                                            " value " + show(values[i]) + " is given twice");
    }

    const double baseBatch = double(sweep.base.settings.train.batchSize);
    std::vector<SweepRun> plan;
    plan.reserve(std::size_t(runs));
    for (std::size_t i = 0; i < values.size(); ++i) {
        RunSpec spec = sweep.base;
        TrainConfig& t = spec.settings.train;
        switch (sweep.parameter) {
        case SweepParameter::BatchSize:
            t.batchSize = int(values[i]);
            if (sweep.scaleLearningRate)
                t.optimizer.learningRate = t.optimizer.learningRate * values[i] / baseBatch;
            break;
        case SweepParameter::Epochs:
            t.epochs = int(values[i]);
            break;
        case SweepParameter::LearningRate:
            t.optimizer.learningRate = values[i];
            break;
        }
        try {
            spec.validate();
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(std::string(sweepParameterKey(sweep.parameter)) +
                                        " value " + show(values[i]) + ": " + e.what());
        }
        for (int seed = 1; seed <= sweep.seeds; ++seed) {
            SweepRun r;
            r.index = int(plan.size());
            r.valueIndex = int(i);
            r.value = values[i];
            r.seed = seed;
            r.spec = spec;
            r.spec.settings.initSeed = std::uint64_t(seed);
            r.spec.settings.train.shuffleSeed = std::uint64_t(seed);
            if (sweep.varyDataSeed)
                r.spec.settings.data.seed = std::uint64_t(seed);
            plan.push_back(std::move(r));
        }
    }
    return plan;
}

std::vector<double> sweepValues(const std::vector<SweepRun>& plan)
{
    std::vector<double> v;
    for (const SweepRun& r : plan)
        if (std::find(v.begin(), v.end(), r.value) == v.end())
            v.push_back(r.value);
    return v;
}

SweepRunResult sweepRunResult(const SweepRun& run, RunResult result)
{
    SweepRunResult r;
    r.index = run.index;
    r.valueIndex = run.valueIndex;
    r.value = run.value;
    r.seed = run.seed;
    const std::vector<EpochInfo>& epochs = result.history.epochs;
    r.bestEpoch = result.outcome.bestEpoch;
    r.bestValLoss = nan;
    r.finalTrainLoss = nan;
    r.finalValLoss = nan;
    if (!epochs.empty()) {
        const EpochInfo& last = epochs.back();
        if (last.epoch > 0) {
            r.finalTrainLoss = last.trainLoss;
            r.finalValLoss = last.valLoss;
        }
        r.seconds = last.seconds;
    }
    for (const EpochInfo& e : epochs)
        if (r.bestEpoch > 0 && e.epoch == r.bestEpoch) {
            r.bestValLoss = e.valLoss;
            r.updatesToBest = e.updates;
            r.samplesToBest = std::int64_t(e.epoch) * run.spec.trainingRows();
            r.secondsToBest = e.seconds;
        }
    r.overfittingFrom = result.outcome.overfittingFrom;
    r.epochs = result.outcome.epochs;
    r.updates = result.outcome.updates;
    r.run = std::move(result);
    return r;
}

const char* sweepColumnKey(SweepColumn c)
{
    switch (c) {
    case SweepColumn::BestEpoch:
        return "best_epoch";
    case SweepColumn::BestValLoss:
        return "best_val_loss";
    case SweepColumn::FinalTrainLoss:
        return "final_train_loss";
    case SweepColumn::FinalValLoss:
        return "final_val_loss";
    case SweepColumn::Gap:
        return "gap";
    case SweepColumn::OverfittingFrom:
        return "overfitting_from_epoch";
    case SweepColumn::Updates:
        return "updates";
    case SweepColumn::Seconds:
        return "seconds";
    case SweepColumn::UpdatesToBest:
        return "updates_to_best";
    case SweepColumn::SamplesToBest:
        return "samples_to_best";
    case SweepColumn::SecondsToBest:
        return "seconds_to_best";
    }
    return "";
}

double sweepColumnValue(const SweepRunResult& r, SweepColumn c)
{
    const bool haveBest = r.bestEpoch > 0;
    switch (c) {
    case SweepColumn::BestEpoch:
        return haveBest ? double(r.bestEpoch) : nan;
    case SweepColumn::BestValLoss:
        return r.bestValLoss;
    case SweepColumn::FinalTrainLoss:
        return r.finalTrainLoss;
    case SweepColumn::FinalValLoss:
        return r.finalValLoss;
    case SweepColumn::Gap:
        return r.finalValLoss - r.finalTrainLoss;
    case SweepColumn::OverfittingFrom:
        return r.overfittingFrom ? double(*r.overfittingFrom) : nan;
    case SweepColumn::Updates:
        return double(r.updates);
    case SweepColumn::Seconds:
        return r.seconds;
    case SweepColumn::UpdatesToBest:
        return haveBest ? double(r.updatesToBest) : nan;
    case SweepColumn::SamplesToBest:
        return haveBest ? double(r.samplesToBest) : nan;
    case SweepColumn::SecondsToBest:
        return haveBest ? r.secondsToBest : nan;
    }
    return nan;
}

SweepStat statOf(const std::vector<double>& values)
{
    SweepStat s;
    double sum = 0.0;
    for (double x : values)
        if (std::isfinite(x)) {
            sum += x;
            ++s.n;
        }
    if (s.n == 0) {
        s.mean = s.sd = nan;
        return s;
    }
    s.mean = sum / s.n;
    double squares = 0.0;
    for (double x : values)
        if (std::isfinite(x))
            squares += (x - s.mean) * (x - s.mean);
    s.sd = s.n > 1 ? std::sqrt(squares / (s.n - 1)) : 0.0;
    return s;
}

std::vector<SweepSummaryRow> summarizeSweep(const std::vector<double>& values,
                                            const std::vector<SweepRunResult>& results)
{
    std::vector<SweepSummaryRow> rows;
    rows.reserve(values.size());
    for (double value : values) {
        SweepSummaryRow row;
        row.value = value;
        for (const SweepRunResult& r : results)
            if (r.ok() && r.value == value)
                ++row.runs;
        for (int c = 0; c < sweepColumnCount; ++c) {
            std::vector<double> column;
            for (const SweepRunResult& r : results)
                if (r.ok() && r.value == value)
                    column.push_back(sweepColumnValue(r, SweepColumn(c)));
            row.stats[c] = statOf(column);
        }
        rows.push_back(row);
    }
    return rows;
}

// ---- the runner -------------------------------------------------------------------------------

SweepRunner::SweepRunner(std::vector<SweepRun> plan, int jobs, std::int64_t maxUpdatePoints)
    : plan_(std::move(plan)), jobs_(jobs), maxPoints_(maxUpdatePoints)
{
    if (jobs < 1 || jobs > limits::maxSweepJobs)
        throw LimitError(std::to_string(jobs) + " jobs: the sweep job limit allows 1 to " +
                         std::to_string(limits::maxSweepJobs));
    results_.resize(plan_.size());
    for (int i = 0; i < jobs_; ++i)
        controls_.push_back(std::make_unique<TrainingControl>());
}

SweepRunner::~SweepRunner()
{
    cancel();
    wait();
}

void SweepRunner::start(RunCallback onRun, DoneCallback onDone)
{
    if (!workers_.empty())
        return;
    onRun_ = std::move(onRun);
    onDone_ = std::move(onDone);
    // No more threads than runs; an empty plan still reports its end.
    const int threads = std::max(1, std::min<int>(jobs_, int(plan_.size())));
    running_.store(threads);
    for (int w = 0; w < threads; ++w)
        workers_.emplace_back([this, w] { work(w); });
}

void SweepRunner::wait()
{
    for (std::jthread& t : workers_)
        if (t.joinable())
            t.join();
}

void SweepRunner::run(RunCallback onRun)
{
    start(std::move(onRun));
    wait();
}

void SweepRunner::cancel()
{
    cancelled_.store(true);
    for (const auto& c : controls_)
        c->cancel();
}

std::vector<SweepRunResult> SweepRunner::results() const
{
    std::lock_guard lock(mutex_);
    std::vector<SweepRunResult> out;
    for (const auto& r : results_)
        if (r)
            out.push_back(*r);
    return out;
}

void SweepRunner::work(int worker)
{
    TrainingControl* control = controls_[std::size_t(worker)].get();
#ifdef __linux__
    if (nice_ > 0) {
        // This thread only (a nice value is per thread under Linux); failure changes nothing.
        const id_t self = static_cast<id_t>(syscall(SYS_gettid));
        errno = 0;
        const int now = getpriority(PRIO_PROCESS, self);
        if (errno == 0)
            setpriority(PRIO_PROCESS, self, std::min(19, now + nice_));
    }
#endif
    for (;;) {
        if (cancelled_.load())
            break;
        const int i = next_.fetch_add(1);
        if (i >= int(plan_.size()))
            break;
        const SweepRun& run = plan_[std::size_t(i)];
        SweepRunResult r;
        try {
            RunResult result = trainSpec(run.spec, maxPoints_, nullptr, control);
            if (result.outcome.reason == StopReason::Cancelled)
                break; // cut short by cancel(): not a result
            r = sweepRunResult(run, std::move(result));
        } catch (const std::exception& e) {
            r = SweepRunResult{};
            r.error = e.what();
        } catch (...) {
            r = SweepRunResult{};
            r.error = "unknown error";
        }
        if (!r.ok()) {
            r.index = run.index;
            r.valueIndex = run.valueIndex;
            r.value = run.value;
            r.seed = run.seed;
        }
        try {
            std::lock_guard lock(mutex_);
            if (onRun_)
                onRun_(r);
            results_[std::size_t(i)] = std::move(r);
            done_.fetch_add(1);
        } catch (...) {
            // A callback that throws (or no memory for the copy) loses this report only.
        }
    }
    if (running_.fetch_sub(1) == 1) {
        finished_.store(true);
        try {
            if (onDone_)
                onDone_();
        } catch (...) {
        }
    }
}

} // namespace core
