// The batch-size science in the core: learning-rate schedules equal Keras's formulas and a
// hand-written SGD loop; a growing batch equals successive fit calls; a goal stops at the first
// check that meets it and counts updates and questions; B_simple equals its closed form on a
// linear least-squares problem; the fit S = S_min (1 + B_crit / B) recovers S_min and E_min
// from points on the hyperbola; every run of an experiment equals the single run of its
// settings, whatever the number of workers; settings and B_simple survive a record.
#include "batch_science.hpp"
#include "gradient_stats.hpp"
#include "keras_code.hpp"
#include "run_record.hpp"
#include "settings_schema.hpp"

#include <QtTest>

#include <cmath>
#include <functional>

namespace
{

core::DataSplit moons(int n, int nVal = 0)
{
    core::DataSpec d;
    d.kind = core::DatasetKind::Moons;
    d.nTrain = n;
    d.nVal = nVal;
    d.noise = 0.2;
    d.seed = 3;
    return core::generate(d);
}

core::Network smallNet(int seed = 5)
{
    core::NetworkSpec ns;
    ns.hidden = {6};
    core::Network net(ns);
    net.initGlorot(std::uint64_t(seed));
    return net;
}

// Plain SGD by hand: rows in order (no shuffling), batch size and learning rate from functions
// of the epoch (from 0) and the update (from 0).
Eigen::VectorXd handSgd(core::Network net, const core::Dataset& d, int epochs,
                        const std::function<int(int)>& batchOfEpoch,
                        const std::function<double(std::int64_t, int)>& lrOf)
{
    core::Workspace ws(net, d.rows());
    Eigen::VectorXd g = Eigen::VectorXd::Zero(net.parameterCount());
    std::vector<int> rows(std::size_t(d.rows()));
    for (int i = 0; i < d.rows(); ++i)
        rows[std::size_t(i)] = i;
    std::int64_t t = 0;
    for (int e = 0; e < epochs; ++e) {
        const int b = std::min(batchOfEpoch(e), d.rows());
        for (int begin = 0; begin < d.rows(); begin += b) {
            const int count = std::min(b, d.rows() - begin);
            ws.lossAndGradient(net, d.x, d.y, rows.data() + begin, count, &g);
            net.parameters() -= lrOf(t, e) * g;
            ++t;
        }
    }
    return net.parameters();
}

core::TrainConfig sgd(int batch, int epochs, double lr)
{
    core::TrainConfig c;
    c.batchSize = batch;
    c.epochs = epochs;
    c.shuffle = false;
    c.optimizer.kind = core::OptimizerKind::Sgd;
    c.optimizer.learningRate = lr;
    return c;
}

bool sameBits(const Eigen::VectorXd& a, const Eigen::VectorXd& b)
{
    return core::sameParameters(a, b);
}

} // namespace

class TestBatchScience : public QObject
{
    Q_OBJECT

private slots:
    // Keras: ExponentialDecay(lr, every, rate, staircase=True)(t) = lr * rate^floor(t / every);
    // CosineDecay(from, 1, alpha=1, warmup_target=lr, warmup_steps=W)(t) =
    // (lr - from) * t / W + from below W, lr from W on.
    void scheduleFormulas_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<double>("expected");
        const int step = int(core::LrScheduleKind::Step), warm = int(core::LrScheduleKind::WarmUp);
        QTest::addRow("constant") << int(core::LrScheduleKind::Constant) << qint64(7) << 0.4;
        QTest::addRow("step t=0") << step << qint64(0) << 0.4;
        QTest::addRow("step t=2") << step << qint64(2) << 0.4;
        QTest::addRow("step t=3") << step << qint64(3) << 0.4 * 0.25;
        QTest::addRow("step t=7") << step << qint64(7) << 0.4 * std::pow(0.25, 2.0);
        QTest::addRow("warm-up t=0") << warm << qint64(0) << 0.1;
        QTest::addRow("warm-up t=1") << warm << qint64(1) << (0.4 - 0.1) * (1.0 / 4) + 0.1;
        QTest::addRow("warm-up t=3") << warm << qint64(3) << (0.4 - 0.1) * (3.0 / 4) + 0.1;
        QTest::addRow("warm-up t=4") << warm << qint64(4) << 0.4;
        QTest::addRow("warm-up t=90") << warm << qint64(90) << 0.4;
    }
    void scheduleFormulas()
    {
        QFETCH(int, kind);
        QFETCH(qint64, t);
        QFETCH(double, expected);
        core::LrSchedule s;
        s.kind = core::LrScheduleKind(kind);
        s.decayRate = 0.25;
        s.decayEvery = 3;
        s.warmup = 4;
        s.warmupFrom = 0.1;
        QCOMPARE(core::scheduledLearningRate(s, 0.4, t), expected);
    }

    // The trainer applies the schedule per update (the update's index from 0) or per epoch
    // (from 0), exactly as the hand-written loop does.
    void trainerFollowsTheSchedule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("unit");
        for (int k : {1, 2})
            for (int u : {0, 1})
                QTest::addRow("%s per %s", k == 1 ? "step" : "warm-up", u == 0 ? "update" : "epoch")
                    << k << u;
    }
    void trainerFollowsTheSchedule()
    {
        QFETCH(int, kind);
        QFETCH(int, unit);
        const core::DataSplit d = moons(23);
        core::TrainConfig c = sgd(5, 4, 0.3);
        c.lrSchedule.kind = core::LrScheduleKind(kind);
        c.lrSchedule.unit = core::ScheduleUnit(unit);
        c.lrSchedule.decayRate = 0.5;
        c.lrSchedule.decayEvery = 2;
        c.lrSchedule.warmup = 3;
        c.lrSchedule.warmupFrom = 0.05;
        core::Trainer t(smallNet(), d.train, d.val, c);
        t.run(nullptr);
        const Eigen::VectorXd hand = handSgd(
            smallNet(), d.train, 4, [](int) { return 5; },
            [&](std::int64_t u, int e) {
                return core::scheduledLearningRate(
                    c.lrSchedule, 0.3,
                    c.lrSchedule.unit == core::ScheduleUnit::Update ? u : std::int64_t(e));
            });
        QVERIFY(sameBits(t.network().parameters(), hand));
        // A constant schedule would have ended elsewhere: the test can fail.
        core::Trainer plain(smallNet(), d.train, d.val, sgd(5, 4, 0.3));
        plain.run(nullptr);
        QVERIFY(!sameBits(plain.network().parameters(), hand));
    }

    // A batch growing x3 every 2 epochs = fit(batch_size=4, epochs=2), then fit(batch_size=12,
    // initial_epoch=2, epochs=4), then fit(batch_size=36, initial_epoch=4, epochs=5).
    void growingBatchIsSuccessiveFits()
    {
        const core::DataSplit d = moons(30);
        core::TrainConfig c = sgd(4, 5, 0.2);
        c.batchGrowth = {3, 2};
        core::Trainer grown(smallNet(), d.train, d.val, c);
        std::vector<std::int64_t> updatesPerEpoch;
        struct Counter : core::TrainingObserver {
            std::vector<std::int64_t>* out;
            void onEpoch(const core::EpochInfo& e) override { out->push_back(e.updates); }
        } counter;
        counter.out = &updatesPerEpoch;
        grown.run(&counter);
        QCOMPARE(grown.outcome().updates, core::updatesInEpochs(c, 30, 5));
        QCOMPARE(grown.outcome().updates, qint64(8 + 8 + 3 + 3 + 1));
        QCOMPARE(grown.outcome().samples, qint64(5 * 30));
        QCOMPARE(updatesPerEpoch, (std::vector<std::int64_t>{0, 8, 16, 19, 22, 23}));

        core::Network net = smallNet();
        for (const auto& [b, epochs] : {std::pair{4, 2}, std::pair{12, 2}, std::pair{36, 1}}) {
            core::Trainer phase(net, d.train, d.val, sgd(b, epochs, 0.2));
            phase.run(nullptr);
            net = phase.network();
        }
        QVERIFY(sameBits(grown.network().parameters(), net.parameters()));
        const Eigen::VectorXd hand = handSgd(
            smallNet(), d.train, 5, [&](int e) { return core::batchSizeOfEpoch(c, 30, e); },
            [](std::int64_t, int) { return 0.2; });
        QVERIFY(sameBits(grown.network().parameters(), hand));
    }

    void growingBatchRefusesEarlyStopping()
    {
        const core::DataSplit d = moons(30, 10);
        core::TrainConfig c = sgd(4, 5, 0.2);
        c.batchGrowth = {2, 1};
        c.earlyStopping.enabled = true;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::Trainer(smallNet(), d.train, d.val, c));
    }

    // The goal stops the run at the first epoch end (or check) that meets it; S and E are the
    // updates and rows trained on until then, and the history is the unstopped run's prefix.
    void goalStopsAtTheFirstCheckThatMeetsIt_data()
    {
        QTest::addColumn<int>("every");
        QTest::addRow("epoch ends") << 0;
        QTest::addRow("every 3 updates") << 3;
    }
    void goalStopsAtTheFirstCheckThatMeetsIt()
    {
        QFETCH(int, every);
        core::RunSettings s;
        s.data.kind = core::DatasetKind::Moons;
        s.data.nTrain = 60;
        s.data.nVal = 60;
        s.data.noise = 0.15;
        s.hidden = {8};
        s.train = sgd(7, 40, 0.3);
        const core::RunResult free = core::trainSpec(core::specOf(s));
        // The target: the accuracy first reached at epoch 6 (above the first epochs').
        const double target = free.history.epochs[6].valAccuracy;
        int first = -1;
        for (const core::EpochInfo& e : free.history.epochs)
            if (e.epoch > 0 && e.valAccuracy >= target) {
                first = e.epoch;
                break;
            }
        QVERIFY(first > 0);
        s.train.goal = {core::GoalKind::ValAccuracy, target, every};
        const core::RunResult goal = core::trainSpec(core::specOf(s));
        QCOMPARE(goal.outcome.reason, core::StopReason::GoalReached);
        const std::int64_t perEpoch = core::stepsPerEpoch(60, 7);
        if (every == 0) {
            QCOMPARE(goal.outcome.epochs, first);
            QCOMPARE(goal.outcome.updates, free.history.epochs[std::size_t(first)].updates);
            QCOMPARE(goal.outcome.samples, std::int64_t(first) * 60);
        } else {
            QVERIFY(goal.outcome.updates <= free.history.epochs[std::size_t(first)].updates);
            QVERIFY(goal.outcome.updates % every == 0 || goal.outcome.updates % perEpoch == 0);
            // Questions: whole epochs of 60 rows and the batches of the epoch begun.
            const std::int64_t whole = goal.outcome.updates / perEpoch;
            const std::int64_t rest = goal.outcome.updates % perEpoch;
            QCOMPARE(goal.outcome.samples, whole * 60 + std::min<std::int64_t>(rest * 7, 60));
        }
        // (A goal met inside an epoch ends it early: its row is not the free run's.)
        for (std::size_t i = 0; i < goal.history.epochs.size(); ++i)
            if (!goal.history.epochs[i].partial)
                QCOMPARE(goal.history.epochs[i].valLoss, free.history.epochs[i].valLoss);
        // Never reached: the run completes.
        s.train.goal.value = 1.01;
        QCOMPARE(core::trainSpec(core::specOf(s)).outcome.reason, core::StopReason::Completed);
    }

    // A goal met inside an epoch ends that epoch as Keras's fit does when a callback sets
    // stop_training in on_train_batch_end: the step loop breaks, and the epoch's row (History)
    // still comes, with the running mean of the batches done as its loss and the validation set
    // evaluated with the weights at the stop. It is marked partial, survives a record, and a
    // replay repeats it; Outcome::epochs still counts whole epochs only.
    void goalInsideAnEpochRecordsThePartialEpoch_data()
    {
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("wholeEpochs"); // epochs of the free run before the goal's
        QTest::addRow("first epoch, every update") << 1 << 0;
        QTest::addRow("first epoch, every 4 updates") << 4 << 0;
        QTest::addRow("third epoch, every 5 updates") << 5 << 2;
    }
    void goalInsideAnEpochRecordsThePartialEpoch()
    {
        QFETCH(int, every);
        QFETCH(int, wholeEpochs);
        const core::DataSplit d = moons(60, 60);
        core::TrainConfig c = sgd(2, 10, 0.3);
        const int perEpoch = core::stepsPerEpoch(60, 2);
        // The goal: the validation loss of the free run halfway through epoch wholeEpochs + 1
        // (checked at an update that is a multiple of `every`).
        std::int64_t at = std::int64_t(wholeEpochs) * perEpoch + perEpoch / 2;
        at -= at % every;
        double target = 0.0;
        {
            core::Trainer free(smallNet(), d.train, d.val, c);
            while (free.updatesDone() < at)
                QVERIFY(free.step(nullptr));
            target = free.evaluate(free.valSet());
        }
        c.goal = {core::GoalKind::ValLoss, target, every};
        core::Trainer t(smallNet(), d.train, d.val, c);
        core::History h;
        t.run(&h);
        const core::Outcome& o = t.outcome();
        QCOMPARE(o.reason, core::StopReason::GoalReached);
        QVERIFY2(o.updates <= at && o.updates % perEpoch != 0, "the goal is met inside an epoch");
        QCOMPARE(o.epochs, int(o.updates / perEpoch)); // whole epochs only

        // Epochs 0 .. the whole ones, and the partial one: its loss is the size-weighted running
        // mean of its batch losses (all of 2 rows here), its evaluations those of the weights
        // at the stop.
        const std::vector<core::EpochInfo>& rows = h.epochs();
        QCOMPARE(int(rows.size()), o.epochs + 2);
        const core::EpochInfo& last = rows.back();
        QVERIFY(last.partial);
        for (std::size_t i = 0; i + 1 < rows.size(); ++i)
            QVERIFY(!rows[i].partial);
        QCOMPARE(last.epoch, o.epochs + 1);
        QCOMPARE(last.updates, o.updates);
        double weighted = 0.0, plain = 0.0;
        int rowsSeen = 0, batches = 0;
        for (const core::UpdateBucket& b : h.updates()) {
            QCOMPARE(b.count, 1);
            if (b.epoch != last.epoch)
                continue;
            weighted += b.meanLoss * 2;
            plain += b.meanLoss;
            rowsSeen += 2;
            ++batches;
        }
        QCOMPARE(std::int64_t(batches), o.updates - std::int64_t(o.epochs) * perEpoch);
        QVERIFY(std::abs(last.kerasLoss - weighted / rowsSeen) <= 1e-12 * weighted / rowsSeen);
        QVERIFY(std::abs(last.batchLossMean - plain / batches) <= 1e-12 * plain / batches);
        QCOMPARE(last.kerasLoss, h.updates().back().runningMean);
        double valAccuracy = 0.0, trainAccuracy = 0.0;
        QCOMPARE(last.valLoss, t.evaluate(t.valSet(), &valAccuracy));
        QCOMPARE(last.valAccuracy, valAccuracy);
        QCOMPARE(last.trainLoss, t.evaluate(t.trainSet(), &trainAccuracy));
        QCOMPARE(last.trainAccuracy, trainAccuracy);
        QVERIFY(last.valLoss <= target);
        QCOMPARE(last.bestEpoch, last.epoch); // the lowest validation loss so far

        // A record keeps it (the column "partial"), and a replay repeats it.
        core::RunSettings s;
        s.data.kind = core::DatasetKind::Moons;
        s.data.nTrain = 60;
        s.data.nVal = 60;
        s.data.noise = 0.2;
        s.data.seed = 3;
        s.hidden = {6};
        s.initSeed = 5;
        s.train = c;
        const core::RunSpec spec = core::specOf(s);
        const core::RunResult run = core::trainSpec(spec);
        QVERIFY(run.history.epochs.back().partial);
        QCOMPARE(run.history.epochs.back().updates, run.outcome.updates);
        const core::RunRecord back =
            core::readRunRecord(core::writeRunRecord(core::makeRunRecord(spec, run, "test")));
        QVERIFY(back.history && back.history->epochs.back().partial);
        QCOMPARE(core::historyDifference(*back.history, run.history), std::string());
        QCOMPARE(core::historyDifference(*back.history, core::trainSpec(spec).history),
                 std::string());
    }

    // Linear least squares (one input, MSE): g_i = 2 r_i (x_i, 1) with r_i = w x_i + b - y_i,
    // B_simple = mean |g_i - G|^2 / |G|^2.
    void noiseScaleClosedForm_data()
    {
        QTest::addColumn<double>("w");
        QTest::addColumn<double>("b");
        QTest::addRow("w=0.3 b=-0.2") << 0.3 << -0.2;
        QTest::addRow("w=-1.5 b=0.7") << -1.5 << 0.7;
        QTest::addRow("w=2 b=1") << 2.0 << 1.0;
    }
    void noiseScaleClosedForm()
    {
        QFETCH(double, w);
        QFETCH(double, b);
        core::DataSpec spec;
        spec.kind = core::DatasetKind::Sine;
        spec.nTrain = 57;
        spec.nVal = 0;
        spec.noise = 0.1;
        const core::Dataset d = core::generate(spec).train;
        core::NetworkSpec ns;
        ns.inputs = 1;
        ns.hidden = {};
        ns.task = core::TaskKind::Regression;
        core::Network net(ns);
        net.parameters() << w, b;
        Eigen::MatrixXd g(d.rows(), 2);
        for (int i = 0; i < d.rows(); ++i) {
            const double r = w * d.x(i, 0) + b - d.y(i);
            g.row(i) << 2 * r * d.x(i, 0), 2 * r;
        }
        const Eigen::RowVector2d mean = g.colwise().mean();
        const double closed =
            (g.rowwise() - mean).rowwise().squaredNorm().mean() / mean.squaredNorm();
        const double measured = core::noiseScale(net, d, 1000);
        QVERIFY2(std::abs(measured - closed) <= 1e-9 * closed,
                 qPrintable(QStringLiteral("%1 vs %2").arg(measured).arg(closed)));
        // The first rows only, when limited.
        const double firstTen = core::noiseScale(net, d, 10);
        const Eigen::MatrixXd g10 = g.topRows(10);
        const Eigen::RowVector2d m10 = g10.colwise().mean();
        QVERIFY(std::abs(firstTen - (g10.rowwise() - m10).rowwise().squaredNorm().mean() /
                                        m10.squaredNorm()) <= 1e-9 * firstTen);
    }

    // The trainer measures B_simple at the epoch ends asked for, with the weights of then.
    void trainerRecordsTheNoiseScale()
    {
        core::RunSettings s;
        s.data.nTrain = 40;
        s.data.nVal = 20;
        s.hidden = {8};
        s.train = sgd(4, 6, 0.1);
        s.train.noiseScaleEvery = 2;
        const core::RunSpec spec = core::specOf(s);
        const core::RunResult r = core::trainSpec(spec);
        for (const core::EpochInfo& e : r.history.epochs)
            QCOMPARE(std::isnan(e.noiseScale), e.epoch % 2 != 0);
        const core::DataSplit data = spec.makeData();
        QCOMPARE(r.history.epochs[0].noiseScale,
                 core::noiseScale(spec.makeInitialNetwork(), data.train,
                                  core::limits::maxNoiseScaleRows));
        QVERIFY(r.history.epochs[6].noiseScale > 0.0);
        // Measuring does not change the training.
        s.train.noiseScaleEvery = 0;
        const core::RunResult plain = core::trainSpec(core::specOf(s));
        QVERIFY(sameBits(plain.finalParameters, r.finalParameters));
    }

    // Points on S = S_min + E_min / B (so (S/S_min - 1)(E/E_min - 1) = 1 with E = B S).
    void fitRecoversTheHyperbola_data()
    {
        QTest::addColumn<double>("sMin");
        QTest::addColumn<double>("bCrit");
        QTest::addRow("S_min 42, B_crit 33") << 42.0 << 33.0;
        QTest::addRow("S_min 5, B_crit 0.5") << 5.0 << 0.5;
        QTest::addRow("S_min 1000, B_crit 700") << 1000.0 << 700.0;
    }
    void fitRecoversTheHyperbola()
    {
        QFETCH(double, sMin);
        QFETCH(double, bCrit);
        const double eMin = sMin * bCrit;
        std::vector<double> sizes, steps;
        for (double b = 1; b <= 1024; b *= 2) {
            const double s = sMin * (1 + bCrit / b);
            const double e = b * s;
            QVERIFY(std::abs((s / sMin - 1) * (e / eMin - 1) - 1) < 1e-12);
            sizes.push_back(b);
            steps.push_back(s);
        }
        const core::BatchFit f = core::fitCriticalBatch(sizes, steps);
        QVERIFY(f.ok);
        QCOMPARE(f.points, 11);
        QVERIFY(std::abs(f.sMin - sMin) <= 1e-9 * sMin);
        QVERIFY(std::abs(f.eMin - eMin) <= 1e-9 * eMin);
        QVERIFY(std::abs(f.bCrit - bCrit) <= 1e-9 * bCrit);
        QVERIFY(f.rmsRelativeError < 1e-12);
        // A point off the curve moves the fit; NaN points (goal not reached) are left out.
        steps[3] *= 1.5;
        QVERIFY(std::abs(core::fitCriticalBatch(sizes, steps).sMin - sMin) > 1e-6 * sMin);
        steps[3] = std::nan("");
        QVERIFY(std::abs(core::fitCriticalBatch(sizes, steps).sMin - sMin) <= 1e-9 * sMin);
        QCOMPARE(core::fitCriticalBatch({4}, {10}).ok, false);
    }

    // Every run of an experiment is trainSpec of its RunSpec (the single run), bit for bit,
    // with one worker or two.
    void experimentRunsAreSingleRuns_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("jobs");
        for (core::Experiment e : core::allExperiments)
            for (int jobs : {1, 2})
                QTest::addRow("%s jobs %d", std::string(core::experimentKey(e)).c_str(), jobs)
                    << int(e) << jobs;
    }
    void experimentRunsAreSingleRuns()
    {
        QFETCH(int, kind);
        QFETCH(int, jobs);
        core::ExperimentSpec e;
        e.kind = core::Experiment(kind);
        core::RunSettings& s = e.base.settings;
        s.data.nTrain = 24;
        s.data.nVal = 30;
        s.data.noise = 0.15;
        s.hidden = {6};
        s.train = sgd(2, 6, 0.1);
        s.train.shuffle = true;
        e.seeds = 2;
        e.batchSizes = {1, 4, 24};
        e.learningRates = {0.1, 0.5};
        e.goal = {core::GoalKind::ValAccuracy, 0.8, 0};
        e.scales = {1, 4};
        e.warmupEpochs = 2;
        e.phases = 3;
        e.phaseEpochs = 2;
        const std::vector<core::SweepRun> plan = core::planExperiment(e);
        core::SweepRunner runner(plan, jobs);
        runner.run([](const core::SweepRunResult&) {});
        const std::vector<core::SweepRunResult> results = runner.results();
        QCOMPARE(results.size(), plan.size());
        for (const core::SweepRunResult& r : results) {
            QVERIFY2(r.ok(), r.error.c_str());
            const core::RunResult single = core::trainSpec(plan[std::size_t(r.index)].spec);
            const std::string diff = core::historyDifference(single.history, r.run.history);
            QVERIFY2(diff.empty(), diff.c_str());
            QVERIFY(sameBits(single.finalParameters, r.run.finalParameters));
            QCOMPARE(single.outcome.updates, r.run.outcome.updates);
            QCOMPARE(single.outcome.samples, r.run.outcome.samples);
        }
        const std::string runs = core::experimentRunsCsv(plan, results);
        QCOMPARE(std::count(runs.begin(), runs.end(), '\n'), std::ptrdiff_t(plan.size() + 1));
        if (e.kind == core::Experiment::CriticalBatch) {
            QCOMPARE(plan.size(), std::size_t(3 * 2 * 2));
            const core::CriticalBatchReading c = core::readCriticalBatch(plan, results);
            QCOMPARE(c.batchSizes, (std::vector<int>{1, 4, 24}));
            QCOMPARE(c.points.size(), std::size_t(6));
            for (const core::CriticalPoint& p : c.points) {
                // The fewest steps over the learning rates of that batch size and seed.
                double fewest = std::nan("");
                for (const core::SweepRunResult& r : results)
                    if (int(r.value) == p.batchSize && r.seed == p.seed &&
                        std::isfinite(core::stepsToGoal(r)) && !(core::stepsToGoal(r) >= fewest))
                        fewest = core::stepsToGoal(r);
                QCOMPARE(std::isnan(p.steps), std::isnan(fewest));
                if (!std::isnan(fewest))
                    QCOMPARE(p.steps, fewest);
            }
        }
    }

    // Schedules, growth, goal and noise scale go through the schema: the command line's
    // options, the JSON of a record (with B_simple in the history) and back.
    void settingsRoundTrip()
    {
        core::RunSettings s;
        s.data.nTrain = 20;
        s.data.nVal = 10;
        s.hidden = {4};
        s.train = sgd(3, 4, 0.1);
        s.train.lrSchedule = {
            core::LrScheduleKind::WarmUp, core::ScheduleUnit::Epoch, 0.5, 1, 2, 0.02};
        s.train.batchGrowth = {2, 2};
        s.train.goal = {core::GoalKind::ValLoss, 0.3, 5};
        s.train.noiseScaleEvery = 1;
        core::RunSettings fromOptions;
        const auto options = core::settingOptions(s);
        core::readSettingOptions(fromOptions, [&](std::string_view name) -> const std::string* {
            for (const auto& [o, v] : options)
                if (o == name)
                    return &v;
            return nullptr;
        });
        QVERIFY(fromOptions.train == s.train);

        const core::RunSpec spec = core::specOf(s);
        const core::RunResult r = core::trainSpec(spec);
        const std::string text = core::writeRunRecord(core::makeRunRecord(spec, r, "test"));
        QVERIFY(text.find("\"noise_scale\"") != std::string::npos);
        const core::RunRecord back = core::readRunRecord(text);
        QVERIFY(back.spec.settings == s);
        QVERIFY(back.history.has_value());
        QCOMPARE(back.history->epochs.size(), r.history.epochs.size());
        for (std::size_t i = 0; i < r.history.epochs.size(); ++i)
            QCOMPARE(back.history->epochs[i].noiseScale, r.history.epochs[i].noiseScale);
        QCOMPARE(back.outcome->samples, r.outcome.samples);
    }

    // The Keras code writes the schedule, one fit call per phase and the goal callback.
    void kerasCodeWritesTheScience()
    {
        core::RunSettings s;
        s.data.nTrain = 20;
        s.data.nVal = 10;
        s.train = sgd(4, 6, 0.1);
        s.train.lrSchedule.kind = core::LrScheduleKind::Step;
        s.train.lrSchedule.decayRate = 0.2;
        s.train.lrSchedule.decayEvery = 3;
        s.train.batchGrowth = {5, 2};
        s.train.goal = {core::GoalKind::ValAccuracy, 0.9, 0};
        const std::string code = core::kerasCode(s);
        for (const char* piece :
             {"keras.optimizers.schedules.ExponentialDecay(\n    0.1, decay_steps=3, "
              "decay_rate=0.2, staircase=True)",
              "learning_rate=learning_rate", "phases = [(4, 0, 2), (20, 2, 4), (20, 4, 6)]",
              "initial_epoch=first", "if accuracy >= 0.9:", "callbacks=[goal]", "if goal.reached:"})
            QVERIFY2(code.find(piece) != std::string::npos, piece);
        s.train.lrSchedule.unit = core::ScheduleUnit::Epoch;
        s.train.batchGrowth = {};
        const std::string perEpoch = core::kerasCode(s);
        QVERIFY(perEpoch.find("return 0.1 * 0.2 ** (epoch // 3)") != std::string::npos);
        QVERIFY(perEpoch.find("callbacks=[lr_schedule, goal]") != std::string::npos);
        QVERIFY(perEpoch.find("batch_size=4,\n    epochs=6,") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestBatchScience)
#include "tst_batch_science.moc"
