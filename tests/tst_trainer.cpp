// The training loop's Keras semantics: update counts and batch sizes, shuffling, the
// validation split, divergence, pause/step/cancel, and no heap allocation per update.
#include "dataset.hpp"
#include "history.hpp"
#include "run_settings.hpp"
#include "task_io.hpp"
#include "trainer.hpp"
#include "training_control.hpp"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <new>
#include <set>
#include <thread>

// Counts every C++ heap allocation of this program (the trainer's std::vector, std::string...).
// Eigen's own allocations are caught by EIGEN_RUNTIME_NO_MALLOC (see core/CMakeLists.txt).
static std::atomic<long> allocations{0};
void* operator new(std::size_t n)
{
    ++allocations;
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

namespace
{

core::Dataset regressionRows(int n)
{
    core::DataSpec spec;
    spec.kind = core::DatasetKind::Sine;
    spec.nTrain = n;
    spec.nVal = 0;
    return core::generate(spec).train;
}

core::Network smallNet(core::TaskKind task = core::TaskKind::Regression, int inputs = 1)
{
    core::NetworkSpec spec;
    spec.inputs = inputs;
    spec.hidden = {8};
    spec.task = task;
    core::Network net(spec);
    net.initGlorot(5);
    return net;
}

struct Recorder final : core::TrainingObserver {
    std::vector<core::UpdateInfo> updates;
    std::vector<std::vector<int>> rows;
    std::vector<core::EpochInfo> epochs;
    int finished = 0;
    void onUpdate(const core::UpdateInfo& u) override
    {
        updates.push_back(u);
        rows.emplace_back(u.rows.begin(), u.rows.end());
    }
    void onEpoch(const core::EpochInfo& e) override { epochs.push_back(e); }
    void onFinished(const core::Outcome&) override { ++finished; }
};

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private slots:
    void updateCounts_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("lastBatch");
        QTest::newRow("100,1") << 100 << 1 << 3 << 100 << 1;
        QTest::newRow("100,10") << 100 << 10 << 3 << 10 << 10;
        QTest::newRow("100,32 (last 4)") << 100 << 32 << 3 << 4 << 4;
        QTest::newRow("100,100") << 100 << 100 << 3 << 1 << 100;
        QTest::newRow("100,250 (one batch of 100)") << 100 << 250 << 3 << 1 << 100;
        QTest::newRow("1,1") << 1 << 1 << 5 << 1 << 1;
    }
    void updateCounts()
    {
        QFETCH(int, n);
        QFETCH(int, batch);
        QFETCH(int, epochs);
        QFETCH(int, steps);
        QFETCH(int, lastBatch);
        core::TrainConfig c;
        c.batchSize = batch;
        c.epochs = epochs;
        core::Trainer t(smallNet(), regressionRows(n), core::Dataset{}, c);
        Recorder rec;
        t.run(&rec);
        QCOMPARE(t.stepsPerEpoch(), steps);
        QCOMPARE(qsizetype(rec.updates.size()), qsizetype(epochs) * steps);
        QCOMPARE(t.totalUpdates(), std::int64_t(epochs) * steps);
        QCOMPARE(qsizetype(rec.epochs.size()), qsizetype(epochs) + 1); // epoch 0 first
        QCOMPARE(rec.finished, 1);
        for (const auto& u : rec.updates) {
            QCOMPARE(u.size, u.batch == steps - 1 ? lastBatch : std::min(batch, n));
            QVERIFY(u.batch < steps);
        }
        // Keras's epoch loss is the size-weighted mean of the epoch's batch losses.
        double weighted = 0.0;
        for (int k = 0; k < steps; ++k)
            weighted += rec.updates[k].loss * rec.updates[k].size;
        QVERIFY(std::abs(rec.epochs[1].kerasLoss - weighted / n) <= 1e-12 * std::abs(weighted / n));
        QCOMPARE(rec.updates[steps - 1].runningMean, rec.epochs[1].kerasLoss);
    }

    void shuffleIsAPermutationAndReproducible()
    {
        core::TrainConfig c;
        c.batchSize = 7;
        c.epochs = 4;
        c.shuffle = true;
        c.shuffleSeed = 42;
        auto runOnce = [&](std::uint64_t seed) {
            c.shuffleSeed = seed;
            core::Trainer t(smallNet(), regressionRows(30), regressionRows(10), c);
            Recorder rec;
            t.run(&rec);
            std::vector<std::vector<int>> perEpoch(c.epochs);
            for (std::size_t i = 0; i < rec.updates.size(); ++i)
                for (int r : rec.rows[i])
                    perEpoch[rec.updates[i].epoch - 1].push_back(r);
            return perEpoch;
        };
        const auto a = runOnce(42);
        const auto b = runOnce(42);
        const auto other = runOnce(43);
        QCOMPARE(a, b);
        QVERIFY(a != other);
        std::vector<int> identity(30);
        std::iota(identity.begin(), identity.end(), 0);
        for (const auto& epoch : a) {
            QVERIFY(epoch != identity); // shuffled (probability of identity: 1/30!)
            auto sorted = epoch;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, identity); // each epoch visits every training row exactly once
        }
        QVERIFY(a[0] != a[1]); // a new order every epoch
    }

    void noShuffleKeepsOrder()
    {
        core::TrainConfig c;
        c.batchSize = 4;
        c.epochs = 2;
        c.shuffle = false;
        core::Trainer t(smallNet(), regressionRows(10), core::Dataset{}, c);
        Recorder rec;
        t.run(&rec);
        QCOMPARE(rec.rows[0], (std::vector<int>{0, 1, 2, 3}));
        QCOMPARE(rec.rows[2], (std::vector<int>{8, 9}));
        QCOMPARE(rec.rows[3], (std::vector<int>{0, 1, 2, 3}));
    }

    void validationRowsNeverMove()
    {
        // The validation loss is evaluated on the validation set as given: shuffling the
        // training rows must not change which rows it holds, so the loss at epoch 0 is the
        // same whatever the shuffle seed.
        core::TrainConfig c;
        c.epochs = 1;
        const core::Dataset val = regressionRows(17);
        double first = 0.0;
        for (std::uint64_t seed : {1, 2, 3}) {
            c.shuffleSeed = seed;
            core::Trainer t(smallNet(), regressionRows(20), val, c);
            Recorder rec;
            t.run(&rec);
            if (seed == 1)
                first = rec.epochs[0].valLoss;
            QCOMPARE(rec.epochs[0].valLoss, first);
            QCOMPARE(t.valSet().x, val.x);
            for (const auto& rows : rec.rows)
                for (int r : rows)
                    QVERIFY(r >= 0 && r < 20);
        }
    }

    void validationSplit_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("split");
        QTest::addColumn<int>("trainRows");
        QTest::newRow("100, 0.2") << 100 << 0.2 << 80;
        QTest::newRow("10, 0.25") << 10 << 0.25 << 7; // floor(7.5): Keras gives 3 to validation
        QTest::newRow("3, 0.5") << 3 << 0.5 << 1;
    }
    void validationSplit()
    {
        QFETCH(int, n);
        QFETCH(double, split);
        QFETCH(int, trainRows);
        const core::Dataset all = regressionRows(n);
        const core::DataSplit s = core::splitValidation(all, split);
        QCOMPARE(s.train.rows(), trainRows);
        QCOMPARE(s.val.rows(), n - trainRows);
        QCOMPARE(s.train.x, all.x.topRows(trainRows));      // the first rows train
        QCOMPARE(s.val.x, all.x.bottomRows(n - trainRows)); // the LAST rows validate
        QCOMPARE(s.val.y, all.y.tail(n - trainRows));
    }

    void validationSplitLeavingAPartEmptyIsAnError_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("split");
        QTest::newRow("1 row") << 1 << 0.5;
        QTest::newRow("huge split") << 10 << 0.99;
        QTest::newRow("zero") << 10 << 0.0;
        QTest::newRow("one") << 10 << 1.0;
    }
    void validationSplitLeavingAPartEmptyIsAnError()
    {
        QFETCH(int, n);
        QFETCH(double, split);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::splitValidation(regressionRows(n), split));
    }

    void badSettingsAreRefused()
    {
        core::TrainConfig c;
        c.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::Trainer(smallNet(), regressionRows(5), core::Dataset{}, c));
        c.batchSize = 2;
        c.optimizer.learningRate = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 core::Trainer(smallNet(), regressionRows(5), core::Dataset{}, c));
        c.optimizer.learningRate = 0.01;
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, // empty training set
            core::Trainer(smallNet(), regressionRows(5).slice(0, 0), core::Dataset{}, c));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, // two inputs for a one-input network
            core::Trainer(smallNet(), core::taskData('C').train, core::Dataset{}, c));
    }

    void divergenceStopsWithAReason()
    {
        core::TrainConfig c;
        c.batchSize = 5;
        c.epochs = 200;
        c.optimizer.kind = core::OptimizerKind::Sgd;
        c.optimizer.learningRate = 1e6;
        core::DataSpec spec;
        spec.kind = core::DatasetKind::Polynomial;
        spec.nTrain = 40;
        spec.nVal = 20;
        const core::DataSplit data = core::generate(spec);
        core::Trainer t(smallNet(), data.train, data.val, c);
        Recorder rec;
        core::History history;
        struct Both final : core::TrainingObserver {
            core::TrainingObserver* a;
            core::TrainingObserver* b;
            void onUpdate(const core::UpdateInfo& u) override
            {
                a->onUpdate(u);
                b->onUpdate(u);
            }
            void onEpoch(const core::EpochInfo& e) override
            {
                a->onEpoch(e);
                b->onEpoch(e);
            }
            void onFinished(const core::Outcome& o) override
            {
                a->onFinished(o);
                b->onFinished(o);
            }
        } both;
        both.a = &rec;
        both.b = &history;
        const core::Outcome& o = t.run(&both);
        QCOMPARE(o.reason, core::StopReason::Diverged);
        QVERIFY(o.message.find("learning rate") != std::string::npos);
        QVERIFY(o.epochs < 200);
        for (const auto& u : rec.updates)
            QVERIFY(std::isfinite(u.loss) && std::isfinite(u.runningMean));
        for (const auto& e : rec.epochs)
            QVERIFY(std::isfinite(e.trainLoss) && std::isfinite(e.valLoss));
        for (const auto& b : history.updates())
            QVERIFY(std::isfinite(b.minLoss) && std::isfinite(b.maxLoss) &&
                    std::isfinite(b.meanLoss));
        QVERIFY(history.outcome().has_value());
        QCOMPARE(history.outcome()->reason, core::StopReason::Diverged);
    }

    void stepDoesNotAllocate_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("optimizer");
        QTest::newRow("B=1 sgd") << 1 << int(core::OptimizerKind::Sgd);
        QTest::newRow("B=7 momentum") << 7 << int(core::OptimizerKind::Momentum);
        QTest::newRow("B=32 adam") << 32 << int(core::OptimizerKind::Adam);
    }
    void stepDoesNotAllocate()
    {
        QFETCH(int, batch);
        QFETCH(int, optimizer);
        core::TrainConfig c;
        c.batchSize = batch;
        c.epochs = 1000;
        c.optimizer.kind = core::OptimizerKind(optimizer);
        c.optimizer.learningRate = 0.001;
        const core::DataSplit data = core::taskData('C');
        core::NetworkSpec spec;
        spec.hidden = {16, 16};
        core::Network net(spec);
        net.initGlorot(1);
        core::Trainer t(net, data.train, data.val, c);
        struct Quiet final : core::TrainingObserver {
        } quiet;
        t.step(&quiet); // the first step reports epoch 0 and may set things up
        const long before = allocations.load();
        Eigen::internal::set_is_malloc_allowed(false);
        for (int i = 0; i < 300; ++i) // several epochs, with their ends and reshuffles
            t.step(&quiet);
        Eigen::internal::set_is_malloc_allowed(true);
        QCOMPARE(allocations.load() - before, 0L);
        QCOMPARE(t.updatesDone(), std::int64_t(301));
    }

    void controlPauseStepCancel()
    {
        core::TrainConfig c;
        c.batchSize = 10;
        c.epochs = 1000000;
        core::Trainer t(smallNet(), regressionRows(100), core::Dataset{}, c);
        core::TrainingControl control;
        control.pause();
        control.allowSteps(3);
        std::atomic<long long> seen{0};
        struct Counter final : core::TrainingObserver {
            std::atomic<long long>* n;
            void onUpdate(const core::UpdateInfo&) override { n->fetch_add(1); }
        } counter;
        counter.n = &seen;
        std::thread worker([&] { t.run(&counter, &control); });
        QTRY_COMPARE_WITH_TIMEOUT(seen.load(), 3LL, 5000);
        QTest::qWait(100);
        QCOMPARE(seen.load(), 3LL); // paused: exactly the allowed steps
        control.resume();
        QTRY_VERIFY_WITH_TIMEOUT(seen.load() > 1000, 5000);
        control.cancel();
        worker.join();
        QCOMPARE(t.outcome().reason, core::StopReason::Cancelled);
        QCOMPARE(t.updatesDone(), seen.load());
    }

    // A pace far below the pace limit (1e-12 updates per second) waits its turn, is woken by a
    // cancel and never turns into a negative or overflowing period (1 / 1e-12 s in nanoseconds
    // is beyond int64: the cast let the second update through at once).
    void slowestPaceWaitsAndCancels()
    {
        core::TrainingControl control;
        control.setSpeed(1e-12);
        QVERIFY(control.waitForTurn()); // the first paced update goes at once
        // The second waits 100 s for its turn, until another thread cancels the run.
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            control.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const bool turn = control.waitForTurn();
        canceller.join();
        QVERIFY2(!turn, "the second update went at once");
        QVERIFY(clock.elapsed() < 5000); // woken by the cancel
    }

    void epochsCanBeExtended()
    {
        core::TrainConfig c;
        c.batchSize = 10;
        c.epochs = 2;
        core::Trainer t(smallNet(), regressionRows(30), core::Dataset{}, c);
        Recorder rec;
        t.run(&rec);
        QCOMPARE(t.outcome().reason, core::StopReason::Completed);
        QCOMPARE(t.updatesDone(), std::int64_t(6));
        t.setEpochs(5); // continues the same run
        QVERIFY(!t.finished());
        t.run(&rec);
        QCOMPARE(t.epochsDone(), 5);
        QCOMPARE(qsizetype(rec.epochs.size()), qsizetype(6));
        QCOMPARE(rec.updates.back().update, std::int64_t(15));
    }

    void overfitPresetOverfits()
    {
        const core::RunSettings s = core::overfitPreset();
        const core::DataSplit data = s.makeData();
        core::Trainer t(s.makeInitialNetwork(), data.train, data.val, s.train);
        Recorder rec;
        t.run(&rec);
        QCOMPARE(t.outcome().reason, core::StopReason::Completed);
        const auto& e = rec.epochs;
        auto best = std::min_element(e.begin() + 1, e.end(), [](const auto& a, const auto& b) {
            return a.valLoss < b.valLoss;
        });
        const int bestEpoch = best->epoch;
        const int last = e.back().epoch;
        qInfo("best val epoch %d of %d: val %.4f -> %.4f (x%.2f); train %.4f -> %.4f", bestEpoch,
              last, best->valLoss, e.back().valLoss, e.back().valLoss / best->valLoss,
              e[bestEpoch].trainLoss, e.back().trainLoss);
        QVERIFY(bestEpoch < last / 2);                              // well before the last epoch
        QVERIFY(e.back().valLoss >= 1.3 * best->valLoss);           // validation turns up
        QVERIFY(e.back().trainLoss < 0.5 * e[bestEpoch].trainLoss); // training keeps falling
        QCOMPARE(e.back().bestEpoch, bestEpoch);
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
