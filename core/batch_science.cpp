#include "batch_science.hpp"

#include "settings_schema.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>

namespace core
{

namespace
{

const double nan = std::numeric_limits<double>::quiet_NaN();

std::string num(double v)
{
    if (std::isnan(v))
        return "nan";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Seed S: the initial weights and the shuffling (the exam stays the same).
RunSpec seeded(const RunSpec& base, int seed)
{
    RunSpec s = base;
    s.settings.initSeed = std::uint64_t(seed);
    s.settings.train.shuffleSeed = std::uint64_t(seed);
    return s;
}

void add(std::vector<SweepRun>& plan, RunSpec spec, double value, int valueIndex, int seed)
{
    if (plan.size() >= std::size_t(limits::maxSweepRuns))
        throw LimitError("an experiment of more than " + std::to_string(limits::maxSweepRuns) +
                         " runs exceeds the sweep run limit");
    spec.validate();
    SweepRun r;
    r.index = int(plan.size());
    r.valueIndex = valueIndex;
    r.value = value;
    r.seed = seed;
    r.spec = std::move(spec);
    plan.push_back(std::move(r));
}

void checkValues(std::size_t n)
{
    if (n == 0)
        throw std::invalid_argument("an experiment needs at least one value");
    if (n > std::size_t(limits::maxSweepValues))
        throw LimitError("an experiment of " + std::to_string(n) +
                         " values exceeds the sweep value limit (" +
                         std::to_string(limits::maxSweepValues) + ")");
}

} // namespace

std::string_view experimentKey(Experiment e)
{
    switch (e) {
    case Experiment::CriticalBatch:
        return "critical-batch";
    case Experiment::NoiseScale:
        return "noise-scale";
    case Experiment::LinearScaling:
        return "linear-scaling";
    case Experiment::IncreaseBatch:
        return "increase-batch";
    }
    return "critical-batch";
}

bool parseExperiment(std::string_view key, Experiment& out)
{
    for (Experiment e : allExperiments)
        if (experimentKey(e) == key) {
            out = e;
            return true;
        }
    return false;
}

std::string experimentStem(Experiment e)
{
    std::string s(experimentKey(e));
    std::replace(s.begin(), s.end(), '-', '_');
    return s;
}

ExperimentSpec defaultExperiment(Experiment kind)
{
    ExperimentSpec e;
    e.kind = kind;
    RunSettings& s = e.base.settings;
    // The digits: 1,297 practice pictures and the 500 others as the new exam (all 1,797).
    s.data.kind = DatasetKind::Digits;
    s.data.nTrain = 1297;
    s.data.nVal = 500;
    s.data.noise = 0.0;
    s.hidden = {32};
    s.activation = Activation::Tanh;
    s.train.optimizer.kind = OptimizerKind::Momentum;
    s.train.optimizer.learningRate = 0.01;
    s.train.optimizer.momentum = 0.9;
    s.train.batchSize = 8;
    s.train.epochs = 30;
    if (kind == Experiment::LinearScaling) {
        // A learning rate near the edge, so that the largest k shows where scaling stops.
        s.train.batchSize = 16;
        s.train.optimizer.learningRate = 0.2;
    }
    if (kind == Experiment::CriticalBatch) {
        // Full batches need tens of epochs to reach the goal; runs that reach it stop there.
        s.train.epochs = 80;
        e.goal = {GoalKind::ValAccuracy, 0.95, 0};
    }
    return e;
}

std::vector<SweepRun> planExperiment(const ExperimentSpec& spec)
{
    if (spec.seeds < 1 || spec.seeds > limits::maxSweepSeeds)
        throw LimitError("an experiment needs 1 to " + std::to_string(limits::maxSweepSeeds) +
                         " seeds");
    const RunSpec& base = spec.base;
    const int n = std::max(1, base.trainingRows());
    const double lr0 = base.settings.train.optimizer.learningRate;
    const int b0 = base.settings.train.batchSize;
    std::vector<SweepRun> plan;
    switch (spec.kind) {
    case Experiment::CriticalBatch: {
        std::vector<int> sizes = spec.batchSizes;
        if (sizes.empty())
            for (double b : defaultSweepValues(SweepParameter::BatchSize, n))
                sizes.push_back(int(b));
        std::vector<double> rates = spec.learningRates;
        if (rates.empty())
            rates = {lr0 / 3, lr0, lr0 * 3, lr0 * 9, lr0 * 27};
        checkValues(sizes.size());
        checkValues(rates.size());
        for (std::size_t i = 0; i < sizes.size(); ++i)
            for (double lr : rates)
                for (int seed = 1; seed <= spec.seeds; ++seed) {
                    RunSpec s = seeded(base, seed);
                    s.settings.train.batchSize = sizes[i];
                    s.settings.train.optimizer.learningRate = lr;
                    s.settings.train.goal = spec.goal;
                    const int steps = stepsPerEpoch(n, std::min(sizes[i], n));
                    s.settings.train.epochs =
                        std::clamp(spec.maxUpdates / steps, 1, base.settings.train.epochs);
                    // About 32 checks per epoch: S is known to 1/32 of an epoch.
                    s.settings.train.goal.every =
                        std::max(1, (stepsPerEpoch(n, std::min(sizes[i], n)) + 31) / 32);
                    add(plan, std::move(s), sizes[i], int(i), seed);
                }
        break;
    }
    case Experiment::NoiseScale:
        for (int seed = 1; seed <= spec.seeds; ++seed) {
            RunSpec s = seeded(base, seed);
            s.settings.train.noiseScaleEvery = 1;
            add(plan, std::move(s), b0, 0, seed);
        }
        break;
    case Experiment::LinearScaling:
        checkValues(spec.scales.size());
        for (std::size_t i = 0; i < spec.scales.size(); ++i)
            for (int warm = 0; warm < 2; ++warm)
                for (int seed = 1; seed <= spec.seeds; ++seed) {
                    const int k = spec.scales[i];
                    RunSpec s = seeded(base, seed);
                    s.settings.train.batchSize = k * b0;
                    s.settings.train.optimizer.learningRate = k * lr0;
                    if (warm) {
                        LrSchedule& w = s.settings.train.lrSchedule;
                        w.kind = LrScheduleKind::WarmUp;
                        w.unit = ScheduleUnit::Update;
                        w.warmupFrom = lr0;
                        w.warmup =
                            std::max(1, spec.warmupEpochs * stepsPerEpoch(n, std::min(k * b0, n)));
                    }
                    add(plan, std::move(s), k, int(i), seed);
                }
        break;
    case Experiment::IncreaseBatch:
        for (int arm = 0; arm < 2; ++arm)
            for (int seed = 1; seed <= spec.seeds; ++seed) {
                RunSpec s = seeded(base, seed);
                TrainConfig& t = s.settings.train;
                t.epochs = spec.phases * spec.phaseEpochs;
                if (arm == 0) {
                    t.lrSchedule.kind = LrScheduleKind::Step;
                    t.lrSchedule.unit = ScheduleUnit::Epoch;
                    t.lrSchedule.decayEvery = spec.phaseEpochs;
                    t.lrSchedule.decayRate = 1.0 / spec.factor;
                } else {
                    t.batchGrowth.factor = spec.factor;
                    t.batchGrowth.every = spec.phaseEpochs;
                }
                add(plan, std::move(s), arm, arm, seed);
            }
        break;
    }
    return plan;
}

BatchFit fitCriticalBatch(const std::vector<double>& batchSizes, const std::vector<double>& steps)
{
    // S = a + b x with x = 1/B, weights 1/S^2: the normal equations of a 2x2 system.
    double sw = 0, sx = 0, sxx = 0, sy = 0, sxy = 0;
    BatchFit f;
    std::vector<std::pair<double, double>> used;
    for (std::size_t i = 0; i < std::min(batchSizes.size(), steps.size()); ++i) {
        const double b = batchSizes[i], s = steps[i];
        if (!(std::isfinite(s) && s > 0 && std::isfinite(b) && b > 0))
            continue;
        const double w = 1.0 / (s * s), x = 1.0 / b;
        sw += w;
        sx += w * x;
        sxx += w * x * x;
        sy += w * s;
        sxy += w * x * s;
        used.emplace_back(b, s);
    }
    f.points = int(used.size());
    const double det = sw * sxx - sx * sx;
    if (f.points < 2 || !(det > 1e-300 * sw * sxx)) {
        f.sMin = f.eMin = f.bCrit = f.rmsRelativeError = nan;
        return f;
    }
    f.sMin = (sxx * sy - sx * sxy) / det;
    f.eMin = (sw * sxy - sx * sy) / det;
    f.bCrit = f.eMin / f.sMin;
    double sq = 0;
    for (const auto& [b, s] : used) {
        const double rel = (f.sMin + f.eMin / b) / s - 1.0;
        sq += rel * rel;
    }
    f.rmsRelativeError = std::sqrt(sq / f.points);
    f.ok = f.sMin > 0 && f.eMin > 0;
    return f;
}

double stepsToGoal(const SweepRunResult& r)
{
    return r.ok() && r.run.outcome.reason == StopReason::GoalReached ? double(r.run.outcome.updates)
                                                                     : nan;
}

double questionsToGoal(const SweepRunResult& r)
{
    return r.ok() && r.run.outcome.reason == StopReason::GoalReached ? double(r.run.outcome.samples)
                                                                     : nan;
}

CriticalBatchReading readCriticalBatch(const std::vector<SweepRun>& plan,
                                       const std::vector<SweepRunResult>& results)
{
    CriticalBatchReading out;
    // (valueIndex, seed) -> the best point.
    std::map<std::pair<int, int>, CriticalPoint> best;
    std::map<int, int> sizeOf;
    int seeds = 0;
    for (const SweepRunResult& r : results) {
        const int b = int(r.value);
        sizeOf[r.valueIndex] = b;
        seeds = std::max(seeds, r.seed);
        CriticalPoint& p =
            best.try_emplace({r.valueIndex, r.seed}, CriticalPoint{b, r.seed, nan, nan, nan})
                .first->second;
        const double s = stepsToGoal(r);
        if (std::isfinite(s) && !(s >= p.steps)) {
            p.steps = s;
            p.questions = questionsToGoal(r);
            p.learningRate =
                r.run.outcome.reason == StopReason::GoalReached
                    ? plan.at(std::size_t(r.index)).spec.settings.train.optimizer.learningRate
                    : nan;
        }
    }
    std::vector<double> meanSteps;
    for (const auto& [index, b] : sizeOf) {
        out.batchSizes.push_back(b);
        std::vector<double> s, e;
        for (int seed = 1; seed <= seeds; ++seed) {
            const auto it = best.find({index, seed});
            if (it == best.end())
                continue;
            out.points.push_back(it->second);
            s.push_back(it->second.steps);
            e.push_back(it->second.questions);
        }
        out.steps.push_back(statOf(s));
        out.questions.push_back(statOf(e));
        meanSteps.push_back(out.steps.back().mean);
    }
    std::vector<double> sizes(out.batchSizes.begin(), out.batchSizes.end());
    out.fit = fitCriticalBatch(sizes, meanSteps);
    std::vector<double> sMin, eMin, bCrit;
    for (int seed = 1; seed <= seeds; ++seed) {
        std::vector<double> b, s;
        for (const CriticalPoint& p : out.points)
            if (p.seed == seed) {
                b.push_back(p.batchSize);
                s.push_back(p.steps);
            }
        const BatchFit f = fitCriticalBatch(b, s);
        out.seedFits.push_back(f);
        if (f.ok) {
            sMin.push_back(f.sMin);
            eMin.push_back(f.eMin);
            bCrit.push_back(f.bCrit);
        }
    }
    out.sMin = statOf(sMin);
    out.eMin = statOf(eMin);
    out.bCrit = statOf(bCrit);
    return out;
}

std::string experimentRunsCsv(const std::vector<SweepRun>& plan,
                              const std::vector<SweepRunResult>& results)
{
    std::ostringstream o;
    o << "run,value,seed,batch_size,learning_rate,lr_schedule,warmup,batch_growth,goal_reached,"
         "updates,questions,epochs,final_loss,final_val_loss,final_val_accuracy,seconds,error,"
         "options\n";
    for (const SweepRunResult& r : results) {
        const TrainConfig& t = plan.at(std::size_t(r.index)).spec.settings.train;
        const std::vector<EpochInfo>& ep = r.run.history.epochs;
        const EpochInfo* last = ep.empty() ? nullptr : &ep.back();
        o << r.index << ',' << num(r.value) << ',' << r.seed << ',' << t.batchSize << ','
          << num(t.optimizer.learningRate) << ',' << lrScheduleKey(t.lrSchedule.kind) << ','
          << (t.lrSchedule.kind == LrScheduleKind::WarmUp ? t.lrSchedule.warmup : 0) << ','
          << t.batchGrowth.factor << ','
          << (r.ok() && r.run.outcome.reason == StopReason::GoalReached ? "true" : "false") << ','
          << r.run.outcome.updates << ',' << r.run.outcome.samples << ',' << r.run.outcome.epochs
          << ',' << num(last ? last->kerasLoss : nan) << ',' << num(last ? last->valLoss : nan)
          << ',' << num(last ? last->valAccuracy : nan) << ',' << num(r.seconds) << ',';
        // The error as one CSV field.
        std::string e = r.error;
        std::replace(e.begin(), e.end(), '"', '\'');
        if (!e.empty())
            o << '"' << e << '"';
        // The command line options of the same single run (`batchlab --headless ...`).
        std::string options;
        const RunSettings& settings = plan.at(std::size_t(r.index)).spec.settings;
        for (const auto& [name, value] : settingOptions(settings)) {
            // The command line takes early stopping's details only with --early-stopping.
            const bool detail = name == "monitor" || name == "min-delta" || name == "patience" ||
                                name == "start-from-epoch" || name == "restore-best-weights";
            if (detail && !settings.train.earlyStopping.enabled)
                continue;
            options += (options.empty() ? "--" : " --") + name + (value.empty() ? "" : " " + value);
        }
        o << ",\"" << options << "\"\n"; // widths hold commas
    }
    return o.str();
}

std::string experimentEpochsCsv(const std::vector<SweepRun>& plan,
                                const std::vector<SweepRunResult>& results)
{
    std::ostringstream o;
    o << "run,value,seed,epoch,batch_size,updates,questions,partial,loss,val_loss,val_accuracy,"
         "noise_scale\n";
    for (const SweepRunResult& r : results) {
        const TrainConfig& t = plan.at(std::size_t(r.index)).spec.settings.train;
        const int n = plan.at(std::size_t(r.index)).spec.trainingRows();
        for (const EpochInfo& e : r.run.history.epochs) {
            // Questions solved by the end of the epoch: every row once per whole epoch, and the
            // full batches of a partial one (it never reaches the epoch's smaller last batch).
            const int b = e.epoch > 0 ? batchSizeOfEpoch(t, n, e.epoch - 1) : 0;
            const std::int64_t questions =
                e.partial ? std::int64_t(e.epoch - 1) * n +
                                (e.updates - updatesInEpochs(t, n, e.epoch - 1)) * b
                          : std::int64_t(e.epoch) * n;
            o << r.index << ',' << num(r.value) << ',' << r.seed << ',' << e.epoch << ',' << b
              << ',' << e.updates << ',' << questions << ',' << (e.partial ? "true" : "false")
              << ',' << num(e.kerasLoss) << ',' << num(e.valLoss) << ',' << num(e.valAccuracy)
              << ',' << num(e.noiseScale) << '\n';
        }
    }
    return o.str();
}

std::string criticalBatchStepsCsv(const CriticalBatchReading& r)
{
    std::ostringstream o;
    o << "batch_size,seeds_reached,steps_mean,steps_sd,questions_mean,questions_sd,"
         "fitted_steps,best_learning_rates\n";
    for (std::size_t i = 0; i < r.batchSizes.size(); ++i) {
        const int b = r.batchSizes[i];
        std::string rates;
        for (const CriticalPoint& p : r.points)
            if (p.batchSize == b)
                rates += (rates.empty() ? "" : " ") + num(p.learningRate);
        o << b << ',' << r.steps[i].n << ',' << num(r.steps[i].mean) << ',' << num(r.steps[i].sd)
          << ',' << num(r.questions[i].mean) << ',' << num(r.questions[i].sd) << ','
          << num(r.fit.ok ? r.fit.sMin + r.fit.eMin / b : nan) << ',' << rates << '\n';
    }
    return o.str();
}

std::string criticalBatchFitCsv(const CriticalBatchReading& r)
{
    std::ostringstream o;
    o << "fit,points,s_min,e_min,b_crit,rms_relative_error\n";
    const auto row = [&o](const std::string& name, const BatchFit& f) {
        o << name << ',' << f.points << ',' << num(f.sMin) << ',' << num(f.eMin) << ','
          << num(f.bCrit) << ',' << num(f.rmsRelativeError) << '\n';
    };
    for (std::size_t i = 0; i < r.seedFits.size(); ++i)
        row("seed " + std::to_string(i + 1), r.seedFits[i]);
    row("mean steps", r.fit);
    o << "seed fits mean," << r.sMin.n << ',' << num(r.sMin.mean) << ',' << num(r.eMin.mean) << ','
      << num(r.bCrit.mean) << ",\n";
    o << "seed fits sd," << r.sMin.n << ',' << num(r.sMin.sd) << ',' << num(r.eMin.sd) << ','
      << num(r.bCrit.sd) << ",\n";
    return o.str();
}

} // namespace core
