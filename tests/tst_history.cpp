// History keeps every point until its bound, then decimates keeping min, max and mean, and
// thins the weight snapshots, so that memory stays bounded on long runs.
#include "history.hpp"
#include "network.hpp"

#include <QtTest>

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void exactBelowTheBound()
    {
        core::History h(100);
        for (int i = 1; i <= 100; ++i)
            h.onUpdate(core::UpdateInfo{i, 1, i - 1, 1, double(i), 0.0, {}});
        QCOMPARE(h.updates().size(), std::size_t(100));
        QCOMPARE(h.updatesPerBucket(), 1);
        QCOMPARE(h.updates()[41].meanLoss, 42.0);
    }

    void decimatesKeepingMinMaxMean_data()
    {
        QTest::addColumn<int>("bound");
        QTest::addColumn<int>("updates");
        QTest::newRow("bound 64, 1000 updates") << 64 << 1000;
        QTest::newRow("bound 1000, 1e6 updates") << 1000 << 1000000;
        QTest::newRow("bound 10, 11 updates") << 10 << 11;
    }
    void decimatesKeepingMinMaxMean()
    {
        QFETCH(int, bound);
        QFETCH(int, updates);
        core::History h(bound);
        double sum = 0.0;
        for (int i = 1; i <= updates; ++i) {
            const double loss = 1.0 + std::sin(i * 0.1) + (i % 97 == 0 ? 5.0 : 0.0);
            sum += loss;
            h.onUpdate(core::UpdateInfo{i, 1, 0, 2, loss, 0.0, {}});
        }
        const auto& b = h.updates();
        QVERIFY(b.size() <= std::size_t(bound));
        QVERIFY(b.size() >= std::size_t(bound / 2));
        QCOMPARE(h.totalUpdates(), std::int64_t(updates));
        // Buckets cover 1..updates contiguously and their counts add up.
        std::int64_t next = 1, count = 0;
        double weighted = 0.0, maxSeen = 0.0;
        for (const auto& x : b) {
            QCOMPARE(x.firstUpdate, next);
            QCOMPARE(x.lastUpdate - x.firstUpdate + 1, std::int64_t(x.count));
            QVERIFY(x.minLoss <= x.meanLoss + 1e-12 && x.meanLoss <= x.maxLoss + 1e-12);
            next = x.lastUpdate + 1;
            count += x.count;
            weighted += x.meanLoss * x.count;
            maxSeen = std::max(maxSeen, x.maxLoss);
        }
        QCOMPARE(count, std::int64_t(updates));
        QVERIFY(std::abs(weighted - sum) < 1e-9 * sum);
        QVERIFY(maxSeen >= 6.0 - 1e-9 || updates < 97); // a spike survives decimation
        QCOMPARE(b.back().samplesSeen, std::int64_t(2) * updates);
    }

    void weightSnapshotsAreThinned()
    {
        core::NetworkSpec ns;
        ns.hidden = {3};
        core::Network net(ns);
        core::History h(100, 8);
        h.trackWeights(&net);
        for (int e = 0; e <= 100; ++e) {
            net.parameters().setConstant(e);
            core::EpochInfo info;
            info.epoch = e;
            h.onEpoch(info);
        }
        QCOMPARE(h.epochs().size(), std::size_t(101));
        QVERIFY(h.weights().size() <= 8);
        QVERIFY(h.weights().size() >= 4);
        for (const auto& s : h.weights()) {
            QCOMPARE(s.epoch % h.weightStride(), 0);
            QCOMPARE(s.parameters(0), double(s.epoch)); // the weights of that epoch
        }
        QCOMPARE(h.weights().front().epoch, 0);
    }
};

QTEST_APPLESS_MAIN(TestHistory)
#include "tst_history.moc"
