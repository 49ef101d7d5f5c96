// EarlyStopping as Keras 3 on constructed loss sequences, and inside the trainer with
// restore_best_weights.
#include "early_stopping.hpp"
#include "run_settings.hpp"
#include "trainer.hpp"

#include <QtTest>

Q_DECLARE_METATYPE(std::vector<double>)

class TestEarlyStopping : public QObject
{
    Q_OBJECT
private slots:
    void sequences_data()
    {
        QTest::addColumn<std::vector<double>>("losses");
        QTest::addColumn<int>("patience");
        QTest::addColumn<double>("minDelta");
        QTest::addColumn<int>("startFrom");
        QTest::addColumn<int>("epochsRun"); // epochs trained before stopping (all if no stop)
        QTest::addColumn<int>("bestEpoch"); // 0-based, as Keras counts
        // Keras docs: EarlyStopping(monitor='loss', patience=3) on a loss that does not improve
        // after the first epoch: "Only 4 epochs are run."
        QTest::newRow("keras docs, patience 3")
            << std::vector<double>(10, 5.0) << 3 << 0.0 << 0 << 4 << 0;
        QTest::newRow("improving: never stops")
            << std::vector<double>{5, 4, 3, 2, 1, 0.5} << 0 << 0.0 << 0 << 6 << 5;
        QTest::newRow("patience 0 stops at first non-improvement")
            << std::vector<double>{5, 4, 4.5, 3} << 0 << 0.0 << 0 << 3 << 1;
        QTest::newRow("turns up after epoch 2, patience 2")
            << std::vector<double>{1.0, 0.8, 0.7, 0.75, 0.9, 0.6} << 2 << 0.0 << 0 << 5 << 2;
        QTest::newRow("min_delta: small gains do not count")
            << std::vector<double>{1.0, 0.99, 0.98, 0.97, 0.5} << 2 << 0.05 << 0 << 3 << 0;
        QTest::newRow("negative min_delta counts as |min_delta|")
            << std::vector<double>{1.0, 0.99, 0.98, 0.97, 0.5} << 2 << -0.05 << 0 << 3 << 0;
        QTest::newRow("equal is no improvement")
            << std::vector<double>{1.0, 1.0, 1.0} << 1 << 0.0 << 0 << 2 << 0;
        QTest::newRow("start_from_epoch 3 ignores the first three")
            << std::vector<double>{0.1, 0.2, 0.3, 5, 5, 5, 5, 5} << 2 << 0.0 << 3 << 6 << 3;
    }
    void sequences()
    {
        QFETCH(std::vector<double>, losses);
        QFETCH(int, patience);
        QFETCH(double, minDelta);
        QFETCH(int, startFrom);
        QFETCH(int, epochsRun);
        QFETCH(int, bestEpoch);
        core::EarlyStoppingConfig c;
        c.enabled = true;
        c.patience = patience;
        c.minDelta = minDelta;
        c.startFromEpoch = startFrom;
        core::EarlyStopping es(c);
        int run = 0;
        for (std::size_t epoch = 0; epoch < losses.size(); ++epoch) {
            ++run;
            if (es.onEpochEnd(int(epoch), losses[epoch]).stop)
                break;
        }
        QCOMPARE(run, epochsRun);
        QCOMPARE(es.bestEpoch(), bestEpoch);
        QCOMPARE(es.stoppedEpoch(), run < int(losses.size()) ? run - 1 : -1);
    }

    void missingMonitorNeverStops()
    {
        core::EarlyStoppingConfig c;
        c.enabled = true;
        core::EarlyStopping es(c);
        for (int e = 0; e < 10; ++e)
            QVERIFY(!es.onEpochEnd(e, std::nan("")).stop);
    }

    void trainerStopsAndRestoresBestWeights_data()
    {
        QTest::addColumn<bool>("restore");
        QTest::newRow("restore_best_weights") << true;
        QTest::newRow("keep last weights") << false;
    }
    void trainerStopsAndRestoresBestWeights()
    {
        QFETCH(bool, restore);
        core::RunSettings s = core::overfitPreset();
        s.train.earlyStopping.enabled = true;
        s.train.earlyStopping.patience = 20;
        s.train.earlyStopping.restoreBestWeights = restore;
        const core::DataSplit data = s.makeData();
        core::Trainer t(s.makeInitialNetwork(), data.train, data.val, s.train);
        struct Rec final : core::TrainingObserver {
            std::vector<core::EpochInfo> epochs;
            void onEpoch(const core::EpochInfo& e) override { epochs.push_back(e); }
        } rec;
        const core::Outcome& o = t.run(&rec);
        QCOMPARE(o.reason, core::StopReason::EarlyStopped);
        QVERIFY(o.epochs < s.train.epochs);
        // Stopped exactly patience epochs after the best one.
        QCOMPARE(o.epochs, o.bestEpoch + 20);
        double bestVal = 1e300;
        int bestEpoch = 0;
        for (const auto& e : rec.epochs)
            if (e.epoch > 0 && e.valLoss < bestVal) {
                bestVal = e.valLoss;
                bestEpoch = e.epoch;
            }
        QCOMPARE(o.bestEpoch, bestEpoch);
        QCOMPARE(o.restoredBest, restore);
        const double finalVal = t.evaluate(t.valSet());
        if (restore)
            QCOMPARE(finalVal, bestVal);
        else
            QCOMPARE(finalVal, rec.epochs.back().valLoss);
    }
};

QTEST_APPLESS_MAIN(TestEarlyStopping)
#include "tst_early_stopping.moc"
