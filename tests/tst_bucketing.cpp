// One bucketing of the per-update points: what the window's worker hands over in
// pieces (SnapshotBatcher), merged as the mailbox and the store merge it (RunSnapshot::merge),
// equals what core::History keeps for records and the command line, for runs of any length and
// any rhythm of hand-overs: the same buckets, counts, minima, maxima and running means exactly,
// and the same means to rounding (bit for bit when nothing is handed over unfinished: a bucket
// handed over before its last update is completed by a count-weighted merge, History adds its
// updates one by one).
#include "ui/session/run_snapshot.hpp"
#include "ui/session/snapshot_batcher.hpp"

#include "history.hpp"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

class TestBucketing : public QObject
{
    Q_OBJECT
private slots:
    void batcherEqualsHistory_data()
    {
        QTest::addColumn<int>("updates");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("takeEvery"); // updates between two hand-overs
        QTest::newRow("below the bound") << 90 << 100 << 7;
        QTest::newRow("exactly the bound") << 100 << 100 << 10;
        QTest::newRow("one past the bound") << 101 << 100 << 13;
        QTest::newRow("many doublings, odd hand-overs") << 100'003 << 64 << 997;
        QTest::newRow("hand-over every update") << 5'000 << 16 << 1;
        QTest::newRow("one hand-over at the end") << 77'777 << 1'000 << 1'000'000;
    }

    void batcherEqualsHistory()
    {
        QFETCH(int, updates);
        QFETCH(int, maxPoints);
        QFETCH(int, takeEvery);
        core::History history(static_cast<std::size_t>(maxPoints));
        ui::SnapshotBatcher batcher(static_cast<std::size_t>(maxPoints));
        ui::RunSnapshot merged; // as the mailbox and the store accumulate it
        std::mt19937_64 rng(42);
        std::lognormal_distribution<double> loss(-1.0, 0.8);
        const int steps = 7; // updates per epoch
        double running = 0.0;
        for (int i = 1; i <= updates; ++i) {
            core::UpdateInfo u;
            u.update = i;
            u.epoch = (i - 1) / steps + 1;
            u.batch = (i - 1) % steps;
            u.size = u.batch == steps - 1 ? 2 : 4;
            u.loss = loss(rng);
            running = u.batch == 0 ? u.loss : 0.5 * (running + u.loss);
            u.runningMean = running;
            history.onUpdate(u);
            batcher.onUpdate(u);
            if (i % takeEvery == 0)
                merged.merge(batcher.takePending());
        }
        merged.merge(batcher.takePending());
        const auto& h = history.updates();
        QCOMPARE(merged.updateStride, history.updatesPerBucket());
        QCOMPARE(merged.updates.size(), h.size());
        QVERIFY(h.size() <= std::size_t(maxPoints));
        for (std::size_t i = 0; i < h.size(); ++i) {
            const ui::UpdatePoint& a = merged.updates[i];
            const core::UpdateBucket& b = h[i];
            QCOMPARE(a.firstUpdate, b.firstUpdate);
            QCOMPARE(a.lastUpdate, b.lastUpdate);
            QCOMPARE(a.count, b.count);
            QCOMPARE(a.epoch, b.epoch);
            QCOMPARE(a.batch, b.batch);
            QCOMPARE(a.samplesSeen, b.samplesSeen);
            if (takeEvery >= updates) // nothing handed over unfinished: bit for bit
                QCOMPARE(std::memcmp(&a.meanLoss, &b.meanLoss, sizeof(double)), 0);
            else
                QVERIFY2(std::abs(a.meanLoss - b.meanLoss) <= 1e-12 * std::abs(b.meanLoss),
                         qPrintable(QString::number(a.meanLoss - b.meanLoss)));
            QCOMPARE(a.minLoss, b.minLoss);
            QCOMPARE(a.maxLoss, b.maxLoss);
            QCOMPARE(a.runningMean, b.runningMean);
        }
    }

    // strideFor: the first maxPoints buckets hold every update; never a bucket more.
    void strideFor_data()
    {
        QTest::addColumn<qint64>("update");
        QTest::addColumn<qint64>("stride");
        QTest::addColumn<qint64>("maxPoints");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("inside") << qint64(100) << qint64(1) << qint64(100) << qint64(1);
        QTest::newRow("first past") << qint64(101) << qint64(1) << qint64(100) << qint64(2);
        QTest::newRow("far past") << qint64(1'000'001) << qint64(1) << qint64(100)
                                  << qint64(16'384);
        QTest::newRow("never narrower") << qint64(5) << qint64(8) << qint64(100) << qint64(8);
    }

    void strideFor()
    {
        QFETCH(qint64, update);
        QFETCH(qint64, stride);
        QFETCH(qint64, maxPoints);
        QFETCH(qint64, expected);
        const std::int64_t s = core::strideFor(update, stride, maxPoints);
        QCOMPARE(qint64(s), expected);
        QVERIFY((update - 1) / s < maxPoints);
        QVERIFY(s == stride || (update - 1) / (s / 2) >= maxPoints);
    }
};

QTEST_MAIN(TestBucketing)
#include "tst_bucketing.moc"
