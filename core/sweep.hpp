// A sweep: many ordinary runs of one setting (batch size, epochs or learning rate) at several
// values, each with seeds 1..K, trained on a pool of threads. Each run is a complete RunSpec
// trained by core::trainSpec exactly as a single run would be, so its numbers equal the single
// run's bit for bit; only the scheduling differs.
//
//  - SweepSpec says what is swept; planSweep() checks it against the named limits
//    (limits::maxSweepValues, maxSweepSeeds, maxSweepRuns) and lists the runs in a fixed order
//    (value by value, seed by seed).
//  - SweepRunner trains a plan on `jobs` std::jthreads (one runner for the command line and the
//    window). cancel() stops every worker between two weight updates (or evaluation chunks).
//    Each finished run is reported once, from the worker's thread, to the callback (calls are
//    serialised: the callback need not be thread-safe, but must not call back into the
//    runner). No exception leaves a worker: a run that throws is reported with its error.
//  - summarizeSweep() gives the mean and standard deviation of every column per value.
#pragma once

#include "limits.hpp"
#include "run_record.hpp"
#include "run_spec.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace core
{

enum class SweepParameter { BatchSize, Epochs, LearningRate };

// "batch-size", "epochs", "learning-rate" (the command line's option names).
const char* sweepParameterKey(SweepParameter p);
bool parseSweepParameter(std::string_view key, SweepParameter& out);

struct SweepSpec {
    RunSpec base; // every setting that is not swept
    SweepParameter parameter = SweepParameter::BatchSize;
    std::vector<double> values; // empty: defaultSweepValues()
    int seeds = 5;              // seeds 1..seeds
    // Seed S sets the initial weights' and the shuffling's seeds; with this, the data's too.
    bool varyDataSeed = false;
    // Linear scaling rule: learning rate × B / B₀ (B₀ = base's batch size).
    bool scaleLearningRate = false;
};

// What a swept value may be: batch sizes and epochs whole numbers in [lo, hi], learning rates
// numbers in (lo, hi]. planSweep checks against it; the window's dialog too, in its language.
struct SweepValueRange {
    double lo = 1.0, hi = 1e6;
    bool whole = true; // else the lower end is open
};
SweepValueRange sweepValueRange(SweepParameter p);

// Batch size: 1, 2, 4, ... below N, and N (N = training rows). Epochs: 10, 30, 100, 300.
// Learning rate: 0.001, 0.003, 0.01, 0.03, 0.1.
std::vector<double> defaultSweepValues(SweepParameter p, int trainingRows);

struct SweepRun {
    int index = 0; // position in the plan
    int valueIndex = 0;
    double value = 0.0;
    int seed = 1;
    RunSpec spec;
};

// The runs of a sweep, value by value and seed by seed. Throws LimitError (too many values,
// seeds or runs) or std::invalid_argument (a value that is not a whole number >= 1 for batch size
// or epochs, not a finite positive number for the learning rate, a duplicate value, or settings
// that cannot train), naming the value.
std::vector<SweepRun> planSweep(const SweepSpec& sweep);

struct SweepRunResult {
    int index = 0;
    int valueIndex = 0;
    double value = 0.0;
    int seed = 1;
    std::string error;                  // not empty: the run failed (nothing below is meaningful)
    int bestEpoch = -1;                 // by the early-stopping monitor (val_loss else loss)
    double bestValLoss = 0.0;           // validation loss at bestEpoch (NaN without)
    double finalTrainLoss = 0.0;        // end-of-epoch training loss of the last epoch
    double finalValLoss = 0.0;          // validation loss of the last epoch
    std::optional<int> overfittingFrom; // core::overfittingFromEpoch
    int epochs = 0;
    std::int64_t updates = 0;
    double seconds = 0.0; // training time of the whole run
    // Until the best epoch: weight updates, questions solved (rows seen) and seconds.
    std::int64_t updatesToBest = 0;
    std::int64_t samplesToBest = 0;
    double secondsToBest = 0.0;
    RunResult run; // the recorded history, weights and outcome
    bool ok() const { return error.empty(); }
};

// The numbers of a finished run from its result (what SweepRunner reports).
SweepRunResult sweepRunResult(const SweepRun& run, RunResult result);

// The columns summarised per value.
enum class SweepColumn {
    BestEpoch,
    BestValLoss,
    FinalTrainLoss,
    FinalValLoss,
    Gap, // final validation minus final training loss
    OverfittingFrom,
    Updates,
    Seconds,
    UpdatesToBest,
    SamplesToBest,
    SecondsToBest,
};
inline constexpr int sweepColumnCount = 11;
// "best_epoch", "best_val_loss", ... (CSV headers).
const char* sweepColumnKey(SweepColumn c);
// The column's value of a run (NaN when it has none, e.g. no overfitting).
double sweepColumnValue(const SweepRunResult& r, SweepColumn c);

struct SweepStat {
    double mean = 0.0;
    double sd = 0.0; // sample standard deviation (n - 1); 0 for one value
    int n = 0;       // finite values used (NaN mean and sd when 0)
};

// Mean and sample standard deviation of the finite values.
SweepStat statOf(const std::vector<double>& values);

struct SweepSummaryRow {
    double value = 0.0;
    int runs = 0; // finished runs without error
    SweepStat stats[sweepColumnCount];
    const SweepStat& operator[](SweepColumn c) const { return stats[int(c)]; }
};

// One row per value of `values`, in that order, over the results that succeeded.
std::vector<SweepSummaryRow> summarizeSweep(const std::vector<double>& values,
                                            const std::vector<SweepRunResult>& results);

// The values of a plan, in order and without repetition.
std::vector<double> sweepValues(const std::vector<SweepRun>& plan);

class SweepRunner
{
public:
    using RunCallback = std::function<void(const SweepRunResult&)>;
    using DoneCallback = std::function<void()>;

    // Throws LimitError when jobs is outside 1..limits::maxSweepJobs.
    SweepRunner(std::vector<SweepRun> plan, int jobs,
                std::int64_t maxUpdatePoints = defaultMaxUpdatePoints);
    // Cancels and joins the workers.
    ~SweepRunner();
    SweepRunner(const SweepRunner&) = delete;
    SweepRunner& operator=(const SweepRunner&) = delete;

    // Workers raise their nice value by this much when they start (Linux; elsewhere nothing):
    // a sweep in the window must not slow the window. Before start().
    void setWorkerNice(int nice) { nice_ = nice; }
    // Starts the workers and returns. `onRun` gets every finished (or failed) run, `onDone` is
    // called once by the last worker to stop (after cancel() too). Call once.
    void start(RunCallback onRun, DoneCallback onDone = {});
    // Blocks until every worker has stopped.
    void wait();
    // start() and wait().
    void run(RunCallback onRun);
    // Stops every worker between two updates; runs cut short are not reported.
    void cancel();

    bool cancelled() const { return cancelled_.load(); }
    bool finished() const { return finished_.load(); }
    int runsDone() const { return done_.load(); }
    int runsPlanned() const { return int(plan_.size()); }
    int jobs() const { return jobs_; }
    const std::vector<SweepRun>& plan() const { return plan_; }
    // Results of the finished runs, in plan order (call after wait() or once finished()).
    std::vector<SweepRunResult> results() const;

private:
    void work(int worker);

    std::vector<SweepRun> plan_;
    int jobs_;
    std::int64_t maxPoints_;
    int nice_ = 0;
    RunCallback onRun_;
    DoneCallback onDone_;
    std::vector<std::unique_ptr<TrainingControl>> controls_; // one per worker
    std::atomic<int> next_{0};
    std::atomic<int> done_{0};
    std::atomic<int> running_{0};
    std::atomic<bool> cancelled_{false};
    std::atomic<bool> finished_{false};
    mutable std::mutex mutex_; // guards results_ and serialises onRun_
    std::vector<std::optional<SweepRunResult>> results_;
    std::vector<std::jthread> workers_;
};

} // namespace core
