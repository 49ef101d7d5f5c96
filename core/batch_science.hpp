// The science of batch size, reproduced on the class's own exam: four experiments, each a list
// of ordinary runs (RunSpec) trained on the sweep's pool (core::SweepRunner), so that every run
// equals the single run of its settings bit for bit, and what is read from their results.
//
//  - critical-batch (Shallue et al. 2018, McCandlish et al. 2018): for B = 1, 2, 4, ... (and
//    N), each learning rate of a small grid and each seed, a run with a goal (validation
//    accuracy or loss); per B and seed the fewest updates S (over the grid) and questions
//    E = the rows trained on until the goal; the fit S = S_min (1 + B_crit / B), i.e. the
//    hyperbola (S / S_min - 1)(E / E_min - 1) = 1 with B_crit = E_min / S_min, per seed and on
//    the mean S per B.
//  - noise-scale: one run per seed measuring B_simple = tr(Sigma) / |G|^2 at every epoch end.
//  - linear-scaling (Goyal et al. 2017): B = k B0 with learning rate k lr0 for k = 1, 2, 4, 8,
//    without and with a linear warm-up from lr0 over the first epochs.
//  - increase-batch (Smith et al. 2017): phases of epochs, the learning rate divided by 5 per
//    phase against the batch multiplied by 5 per phase.
#pragma once

#include "sweep.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

enum class Experiment { CriticalBatch, NoiseScale, LinearScaling, IncreaseBatch };
inline constexpr Experiment allExperiments[] = {Experiment::CriticalBatch, Experiment::NoiseScale,
                                                Experiment::LinearScaling,
                                                Experiment::IncreaseBatch};

// "critical-batch", "noise-scale", "linear-scaling", "increase-batch" (also the files' stems with
// '_' for '-').
std::string_view experimentKey(Experiment e);
bool parseExperiment(std::string_view key, Experiment& out);
std::string experimentStem(Experiment e);

struct ExperimentSpec {
    Experiment kind = Experiment::CriticalBatch;
    // Data, model, optimizer and epochs (the most an experiment's run trains); the experiment
    // sets batch sizes, learning rates, schedules, goals and seeds.
    RunSpec base;
    int seeds = 2; // seeds 1..seeds: initial weights and shuffling
    // critical-batch: the batch sizes (empty: 1, 2, 4, ... below N, and N), the learning-rate
    // grid (empty: base's rate times 1/3, 1, 3, 9 and 27) and the goal (its `every` is set per
    // batch size: about 32 checks per epoch).
    std::vector<int> batchSizes;
    std::vector<double> learningRates;
    Goal goal{GoalKind::ValAccuracy, 0.9, 0};
    // critical-batch: a budget of weight updates per run (whole epochs, at least one, at most
    // base's epochs): a run that has not reached the goal by then never counts (as Shallue et
    // al.'s step budget).
    int maxUpdates = 6000;
    // linear-scaling: B0 = base's batch size, lr0 = base's rate, these k, warm-up over
    // warmupEpochs epochs; increase-batch: phases of phaseEpochs epochs, factor `factor`.
    std::vector<int> scales{1, 2, 4, 8};
    int warmupEpochs = 5;
    int phases = 3;
    int phaseEpochs = 10;
    int factor = 5;
};

// The digits (1,297 practice pictures, 500 for validation), a 64-32-10 tanh network, momentum
// SGD: what each experiment starts from by default (see docs/SCIENCE.md).
ExperimentSpec defaultExperiment(Experiment kind);

// The runs, in a fixed order; SweepRun::value is the batch size (critical-batch), k
// (linear-scaling) or the arm (0: learning rate decays / no warm-up, 1: batch grows / warm-up),
// valueIndex groups runs of one value. Throws LimitError (more than limits::maxSweepRuns runs or
// maxSweepValues values) or std::invalid_argument (settings that cannot train).
std::vector<SweepRun> planExperiment(const ExperimentSpec& spec);

// ---- the fit -----------------------------------------------------------------------------

struct BatchFit {
    double sMin = 0.0;             // fewest updates (B -> infinity)
    double eMin = 0.0;             // fewest questions (B -> 0)
    double bCrit = 0.0;            // E_min / S_min
    double rmsRelativeError = 0.0; // of S over the points
    int points = 0;
    bool ok = false; // at least two distinct batch sizes and S_min, E_min > 0
};

// Least squares of S = S_min + E_min / B in relative error (weights 1 / S^2): exact for
// points on the curve. Points with a non-finite or non-positive S are left out.
BatchFit fitCriticalBatch(const std::vector<double>& batchSizes, const std::vector<double>& steps);

// ---- reading the results ---------------------------------------------------------------------

// Steps and questions to the goal of a run (NaN when the goal was not reached).
double stepsToGoal(const SweepRunResult& r);
double questionsToGoal(const SweepRunResult& r);

struct CriticalPoint {
    int batchSize = 0;
    int seed = 1;
    double steps = 0.0;     // fewest over the learning rates (NaN: none reached the goal)
    double questions = 0.0; // of that run
    double learningRate = 0.0;
};

struct CriticalBatchReading {
    std::vector<CriticalPoint> points; // per batch size, seed by seed
    std::vector<int> batchSizes;
    std::vector<SweepStat> steps; // per batch size, over the seeds that reached the goal
    std::vector<SweepStat> questions;
    BatchFit fit;                   // on the mean steps per batch size
    std::vector<BatchFit> seedFits; // per seed
    SweepStat sMin, eMin, bCrit;    // over the seed fits that are ok
};

CriticalBatchReading readCriticalBatch(const std::vector<SweepRun>& plan,
                                       const std::vector<SweepRunResult>& results);

// (Results are read with the plan they were trained from: SweepRunResult::index is the run's
// position in it.)

// ---- CSV -------------------------------------------------------------------------------------

// One row per run: the run's settings that the experiment varies, what it reached, and the
// command line options that train the same run alone (settingOptions; the rows of a file given
// with --data are not among them).
std::string experimentRunsCsv(const std::vector<SweepRun>& plan,
                              const std::vector<SweepRunResult>& results);
// One row per epoch of every run (the curves the plots overlay).
std::string experimentEpochsCsv(const std::vector<SweepRun>& plan,
                                const std::vector<SweepRunResult>& results);
// The critical batch: one row per batch size (S and E over seeds, best learning rates), then
// the fits (per seed, on the means, and mean and sd of the seed fits).
std::string criticalBatchStepsCsv(const CriticalBatchReading& r);
std::string criticalBatchFitCsv(const CriticalBatchReading& r);

} // namespace core
