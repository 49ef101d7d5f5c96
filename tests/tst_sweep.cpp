// core::planSweep, core::SweepRunner and core::summarizeSweep: the plan lists every value and
// seed with the right settings and refuses what exceeds a limit; every run equals the single run
// of its spec bit for bit, whatever the number of jobs; cancel stops every worker; the summary
// is the mean and standard deviation of the runs.
#include "run_record.hpp"
#include "sweep.hpp"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <mutex>

namespace
{

// A small, quick base run (the default data, a small network, few epochs).
core::RunSpec smallBase(int epochs = 20)
{
    core::RunSpec spec = core::specOf(core::overfitPreset());
    spec.settings.hidden = {8};
    spec.settings.data.nVal = 40;
    spec.settings.train.epochs = epochs;
    return spec;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT
private slots:
    void defaultBatchSizes_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("30") << 30 << QList<double>{1, 2, 4, 8, 16, 30};
        QTest::newRow("32") << 32 << QList<double>{1, 2, 4, 8, 16, 32};
        QTest::newRow("1") << 1 << QList<double>{1};
        QTest::newRow("5") << 5 << QList<double>{1, 2, 4, 5};
    }
    void defaultBatchSizes()
    {
        QFETCH(int, rows);
        QFETCH(QList<double>, expected);
        const std::vector<double> v =
            core::defaultSweepValues(core::SweepParameter::BatchSize, rows);
        QCOMPARE(QList<double>(v.begin(), v.end()), expected);
    }

    void planListsValuesAndSeeds()
    {
        core::SweepSpec s;
        s.base = smallBase();
        s.seeds = 3;
        const std::vector<core::SweepRun> plan = core::planSweep(s);
        QCOMPARE(plan.size(), std::size_t(6 * 3));
        for (std::size_t i = 0; i < plan.size(); ++i) {
            const core::SweepRun& r = plan[i];
            QCOMPARE(r.index, int(i));
            QCOMPARE(r.seed, int(i % 3) + 1);
            QCOMPARE(r.spec.settings.train.batchSize, int(r.value));
            QCOMPARE(r.spec.settings.initSeed, std::uint64_t(r.seed));
            QCOMPARE(r.spec.settings.train.shuffleSeed, std::uint64_t(r.seed));
            QCOMPARE(r.spec.settings.data.seed, s.base.settings.data.seed); // data kept
            QCOMPARE(r.spec.settings.train.optimizer.learningRate,
                     s.base.settings.train.optimizer.learningRate);
        }
        QCOMPARE(core::sweepValues(plan), (std::vector<double>{1, 2, 4, 8, 16, 30}));
    }

    void planScalesLearningRateAndData()
    {
        core::SweepSpec s;
        s.base = smallBase();
        s.values = {2, 8};
        s.seeds = 2;
        s.scaleLearningRate = true;
        s.varyDataSeed = true;
        const double lr = s.base.settings.train.optimizer.learningRate;
        const double b0 = s.base.settings.train.batchSize;
        for (const core::SweepRun& r : core::planSweep(s)) {
            QCOMPARE(r.spec.settings.train.optimizer.learningRate, lr * r.value / b0);
            QCOMPARE(r.spec.settings.data.seed, std::uint64_t(r.seed));
        }
    }

    void planOfOtherParameters()
    {
        core::SweepSpec s;
        s.base = smallBase();
        s.seeds = 1;
        s.parameter = core::SweepParameter::Epochs;
        s.values = {3, 7};
        auto plan = core::planSweep(s);
        QCOMPARE(plan[1].spec.settings.train.epochs, 7);
        s.parameter = core::SweepParameter::LearningRate;
        s.values = {0.5, 0.05};
        plan = core::planSweep(s);
        QCOMPARE(plan[1].spec.settings.train.optimizer.learningRate, 0.05);
        core::SweepParameter p{};
        QVERIFY(core::parseSweepParameter("learning-rate", p));
        QCOMPARE(p, core::SweepParameter::LearningRate);
        QVERIFY(!core::parseSweepParameter("optimizer", p));
    }

    void planRefuses_data()
    {
        QTest::addColumn<int>("parameter");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("seeds");
        QTest::addColumn<bool>("scale");
        QTest::addColumn<QString>("named");
        using P = core::SweepParameter;
        QTest::newRow("zero batch")
            << int(P::BatchSize) << QList<double>{1, 0} << 2 << false << "batch-size value 0";
        QTest::newRow("fraction") << int(P::BatchSize) << QList<double>{2.5} << 2 << false
                                  << "batch-size value 2.5";
        QTest::newRow("twice") << int(P::Epochs) << QList<double>{3, 3} << 2 << false
                               << "epochs value 3 is given twice";
        QTest::newRow("negative lr")
            << int(P::LearningRate) << QList<double>{-1} << 2 << false << "learning-rate value -1";
        QTest::newRow("nan lr") << int(P::LearningRate) << QList<double>{std::nan("")} << 2 << false
                                << "learning-rate value nan";
        QTest::newRow("no seeds") << int(P::BatchSize) << QList<double>{1} << 0 << false
                                  << "sweep seed limit";
        QTest::newRow("many seeds")
            << int(P::BatchSize) << QList<double>{1} << core::limits::maxSweepSeeds + 1 << false
            << "sweep seed limit";
        QList<double> many;
        for (int i = 1; i <= core::limits::maxSweepValues + 1; ++i)
            many << i;
        QTest::newRow("many values") << int(P::Epochs) << many << 1 << false << "sweep value limit";
        QList<double> sixty;
        for (int i = 1; i <= 60; ++i)
            sixty << i;
        QTest::newRow("many runs") << int(P::Epochs) << sixty << 40 << false << "sweep run limit";
        QTest::newRow("scale epochs")
            << int(P::Epochs) << QList<double>{3} << 1 << true << "needs a batch-size sweep";
    }
    void planRefuses()
    {
        QFETCH(int, parameter);
        QFETCH(QList<double>, values);
        QFETCH(int, seeds);
        QFETCH(bool, scale);
        QFETCH(QString, named);
        core::SweepSpec s;
        s.base = smallBase();
        s.parameter = core::SweepParameter(parameter);
        s.values.assign(values.begin(), values.end());
        s.seeds = seeds;
        s.scaleLearningRate = scale;
        try {
            core::planSweep(s);
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(named), e.what());
        }
    }

    void runnerRefusesJobs()
    {
        QVERIFY_THROWS_EXCEPTION(core::LimitError, core::SweepRunner({}, 0));
        QVERIFY_THROWS_EXCEPTION(core::LimitError,
                                 core::SweepRunner({}, core::limits::maxSweepJobs + 1));
    }

    // Every run equals trainSpec of its spec, bit for bit (seconds aside), with 1 and 2 jobs.
    void runsEqualSingleRuns_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::newRow("1 job") << 1;
        QTest::newRow("2 jobs") << 2;
        QTest::newRow("3 jobs") << 3;
    }
    void runsEqualSingleRuns()
    {
        QFETCH(int, jobs);
        core::SweepSpec s;
        s.base = smallBase();
        s.values = {1, 4, 30};
        s.seeds = 2;
        const std::vector<core::SweepRun> plan = core::planSweep(s);
        core::SweepRunner runner(plan, jobs);
        std::atomic<int> calls{0};
        runner.run([&](const core::SweepRunResult&) { calls.fetch_add(1); });
        QCOMPARE(calls.load(), int(plan.size()));
        QVERIFY(runner.finished());
        QVERIFY(!runner.cancelled());
        const std::vector<core::SweepRunResult> results = runner.results();
        QCOMPARE(results.size(), plan.size());
        for (std::size_t i = 0; i < plan.size(); ++i) {
            const core::SweepRunResult& r = results[i];
            QVERIFY2(r.ok(), r.error.c_str());
            QCOMPARE(r.index, int(i));
            const core::RunResult single = core::trainSpec(plan[i].spec);
            QVERIFY2(core::historyDifference(single.history, r.run.history).empty(),
                     core::historyDifference(single.history, r.run.history).c_str());
            QVERIFY(core::sameParameters(single.finalParameters, r.run.finalParameters));
            const core::EpochInfo& last = single.history.epochs.back();
            QVERIFY(sameBits(r.finalTrainLoss, last.trainLoss));
            QVERIFY(sameBits(r.finalValLoss, last.valLoss));
            QCOMPARE(r.bestEpoch, single.outcome.bestEpoch);
            QVERIFY(r.bestEpoch > 0);
            QVERIFY(
                sameBits(r.bestValLoss, single.history.epochs[std::size_t(r.bestEpoch)].valLoss));
            QCOMPARE(r.updatesToBest, single.history.epochs[std::size_t(r.bestEpoch)].updates);
            QCOMPARE(r.samplesToBest, std::int64_t(r.bestEpoch) * 30);
            QCOMPARE(r.updates, single.outcome.updates);
            QCOMPARE(r.overfittingFrom, single.outcome.overfittingFrom);
        }
    }

    void cancelStopsEveryWorker()
    {
        core::SweepSpec s;
        s.base = smallBase(100000); // far too long to end by itself
        s.values = {1, 2};
        s.seeds = 2;
        core::SweepRunner runner(core::planSweep(s), 2);
        std::atomic<int> reported{0};
        std::atomic<bool> done{false};
        runner.start([&](const core::SweepRunResult&) { reported.fetch_add(1); },
                     [&] { done.store(true); });
        QVERIFY(!runner.finished());
        runner.cancel();
        QTRY_VERIFY(done.load());
        QVERIFY(runner.finished());
        runner.wait();
        QCOMPARE(reported.load(), 0); // runs cut short are no results
        QVERIFY(runner.results().empty());
    }

    void summaryIsMeanAndSd()
    {
        core::SweepSpec s;
        s.base = smallBase(15);
        s.values = {2, 30};
        s.seeds = 3;
        core::SweepRunner runner(core::planSweep(s), 2);
        runner.run({});
        const auto results = runner.results();
        const auto summary = core::summarizeSweep({2, 30}, results);
        QCOMPARE(summary.size(), std::size_t(2));
        for (const core::SweepSummaryRow& row : summary) {
            QCOMPARE(row.runs, 3);
            std::vector<double> x;
            for (const auto& r : results)
                if (r.value == row.value)
                    x.push_back(r.finalValLoss);
            const double mean = (x[0] + x[1] + x[2]) / 3.0;
            const double sd =
                std::sqrt(((x[0] - mean) * (x[0] - mean) + (x[1] - mean) * (x[1] - mean) +
                           (x[2] - mean) * (x[2] - mean)) /
                          2.0);
            QCOMPARE(row[core::SweepColumn::FinalValLoss].mean, mean);
            QCOMPARE(row[core::SweepColumn::FinalValLoss].sd, sd);
            QCOMPARE(row[core::SweepColumn::Updates].mean, 15.0 * std::ceil(30.0 / row.value));
            QCOMPARE(row[core::SweepColumn::Updates].sd, 0.0);
            QCOMPARE(row[core::SweepColumn::FinalValLoss].n, 3);
        }
    }

    void emptyPlanEnds()
    {
        core::SweepRunner runner({}, 2);
        std::atomic<bool> done{false};
        runner.start({}, [&] { done.store(true); });
        runner.wait();
        QVERIFY(done.load());
        QCOMPARE(runner.runsDone(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
