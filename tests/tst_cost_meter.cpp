// The cost meter: updates per epoch are ceil(N / B); the bytes one batch needs are those the
// trainer's Workspace allocates and grow linearly in B; measured times are positive and finite
// (no assertion on how long anything takes); bad input is refused.
#include "cost_meter.hpp"
#include "limits.hpp"

#include <QtTest>

#include <cmath>

namespace
{

core::RunSettings small(int n)
{
    core::RunSettings s = core::overfitPreset();
    s.data.nTrain = n;
    s.data.nVal = 20;
    s.hidden = {8, 8};
    return s;
}

} // namespace

class TestCostMeter : public QObject
{
    Q_OBJECT
private slots:
    void rows_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<int>("jobs");
        QTest::addRow("N=30") << 30 << QList<int>{1, 2, 4, 8, 16, 30} << 1;
        QTest::addRow("N=7 with B > N") << 7 << QList<int>{3, 7, 8, 100} << 1;
        QTest::addRow("N=100") << 100 << QList<int>{1, 32, 33, 99} << 1;
        // Timed on several threads at once: the rows still come in the list's order.
        QTest::addRow("N=30, 2 jobs") << 30 << QList<int>{1, 2, 4, 8, 16, 30} << 2;
        QTest::addRow("N=100, 3 jobs") << 100 << QList<int>{99, 1, 33, 32, 5} << 3;
        QTest::addRow("N=7, more jobs than sizes") << 7 << QList<int>{8, 3} << 5;
    }
    void rows()
    {
        QFETCH(int, n);
        QFETCH(QList<int>, sizes);
        QFETCH(int, jobs);
        const core::RunSettings s = small(n);
        core::CostMeterConfig c;
        c.batchSizes.assign(sizes.begin(), sizes.end());
        c.secondsPerBatchSize = 0.02;
        c.jobs = jobs;
        const std::vector<core::CostRow> rows = core::measureCost(s, c);
        QCOMPARE(rows.size(), c.batchSizes.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const core::CostRow& r = rows[i];
            const int b = c.batchSizes[i];
            QCOMPARE(r.batchSize, b);
            QCOMPARE(r.updatesPerEpoch, (n + b - 1) / b);
            QVERIFY(r.updatesTimed >= 1);
            for (double v : {r.secondsPerUpdate, r.secondsPerEpoch, r.samplesPerSecond})
                QVERIFY2(std::isfinite(v) && v > 0.0, qPrintable(QString::number(v)));
            QVERIFY(std::abs(r.secondsPerEpoch - r.secondsPerUpdate * r.updatesPerEpoch) <=
                    1e-12 * r.secondsPerEpoch);
            QCOMPARE(r.bytesPerBatch, core::batchMemory(s.networkSpec(), std::min(b, n)).total());
        }
    }

    void bytesAreTheWorkspaceAndGrowLinearly_data()
    {
        QTest::addColumn<QList<int>>("hidden");
        QTest::addColumn<int>("inputs");
        QTest::addRow("64-64") << QList<int>{64, 64} << 2;
        QTest::addRow("5") << QList<int>{5} << 3;
        QTest::addRow("none") << QList<int>{} << 1;
    }
    void bytesAreTheWorkspaceAndGrowLinearly()
    {
        QFETCH(QList<int>, hidden);
        QFETCH(int, inputs);
        core::NetworkSpec spec;
        spec.inputs = inputs;
        spec.hidden.assign(hidden.begin(), hidden.end());
        const core::Network net(spec);
        // The values the Workspace's own limit counts (rows x every layer's activations and
        // deltas, the targets, the row indices) - with the row indices as ints.
        for (std::int64_t b : {1, 2, 7, 64, 1000}) {
            const core::BatchMemory m = core::batchMemory(spec, b);
            QCOMPARE(m.activations + m.deltas + m.targets + m.rowIndices,
                     8 * core::limits::batchWorkspaceValues(b, inputs, spec.hidden) - 4 * b);
            QCOMPARE(m.parameterGradient, 8 * static_cast<std::int64_t>(net.parameterCount()));
            QCOMPARE(m.rowIndices, static_cast<std::int64_t>(sizeof(int)) * b);
        }
        // Linear in B: equal steps, and B = 0 leaves only the parameter gradient.
        const std::int64_t base = core::batchMemory(spec, 0).total();
        QCOMPARE(base, 8 * static_cast<std::int64_t>(net.parameterCount()));
        const std::int64_t perRow = core::batchMemory(spec, 1).total() - base;
        QVERIFY(perRow > 0);
        for (std::int64_t b : {2, 10, 333, 100000})
            QCOMPARE(core::batchMemory(spec, b).total(), base + b * perRow);
    }

    void cancelEndsEarly()
    {
        std::atomic<bool> cancel{true};
        core::CostMeterConfig c{{1, 2}, 0.5};
        QVERIFY(core::measureCost(small(30), c, &cancel).empty());
    }

    void badInputRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("words");
        QTest::addRow("no sizes") << 0 << "at least one batch size";
        QTest::addRow("size 0") << 1 << "at least 1";
        QTest::addRow("no time") << 2 << "seconds";
        QTest::addRow("too long") << 3 << "seconds";
        QTest::addRow("NaN time") << 4 << "seconds";
        QTest::addRow("list too long") << 5 << "list limit";
        QTest::addRow("bad settings") << 6 << "";
        QTest::addRow("no jobs") << 7 << "at once";
        QTest::addRow("too many jobs") << 8 << "at once";
    }
    void badInputRefused()
    {
        QFETCH(int, what);
        QFETCH(QString, words);
        core::RunSettings s = small(10);
        core::CostMeterConfig c{{2}, 0.01};
        switch (what) {
        case 0:
            c.batchSizes.clear();
            break;
        case 1:
            c.batchSizes = {0};
            break;
        case 2:
            c.secondsPerBatchSize = 0.0;
            break;
        case 3:
            c.secondsPerBatchSize = core::limits::maxCostSecondsPerBatchSize * 2;
            break;
        case 4:
            c.secondsPerBatchSize = std::nan("");
            break;
        case 5:
            c.batchSizes.assign(core::limits::maxCostBatchSizes + 1, 1);
            break;
        case 6:
            s.train.optimizer.learningRate = -1.0;
            break;
        case 7:
            c.jobs = 0;
            break;
        case 8:
            c.jobs = core::limits::maxSweepJobs + 1;
            break;
        }
        try {
            core::measureCost(s, c);
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(words), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestCostMeter)
#include "tst_cost_meter.moc"
