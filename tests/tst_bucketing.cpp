// The per-epoch curves' drawing buckets (ui/plots/epoch_buckets.hpp) are tested at the end.
// One bucketing of the per-update points: what the window's worker hands over in
// pieces (SnapshotBatcher), merged as the mailbox and the store merge it (RunSnapshot::merge),
// equals what core::History keeps for records and the command line, for runs of any length and
// any rhythm of hand-overs: the same buckets, counts, minima, maxima and running means exactly,
// and the same means to rounding (bit for bit when nothing is handed over unfinished: a bucket
// handed over before its last update is completed by a count-weighted merge, History adds its
// updates one by one).
#include "ui/plots/epoch_buckets.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/snapshot_batcher.hpp"

#include "history.hpp"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <set>
#include <utility>

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

    // A live run's curves drawn while its rows grow in pieces are the points of the whole run
    // drawn at once, after every piece; a bounded number of them; every point is a row's.
    void epochCurvesGrowAsTheWholeRun_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("maxBuckets");
        QTest::addColumn<int>("piece"); // rows between two syncs
        QTest::newRow("short: row by row") << 50 << 64 << 7;
        QTest::newRow("exactly the bound") << 64 << 64 << 64;
        QTest::newRow("one past the bound") << 65 << 64 << 1;
        QTest::newRow("many doublings, odd pieces") << 20'003 << 64 << 97;
        QTest::newRow("one piece") << 5'000 << 100 << 1'000'000;
        QTest::newRow("default bound, long run") << 333'334 << int(ui::maxEpochBuckets) << 83;
    }

    void epochCurvesGrowAsTheWholeRun()
    {
        QFETCH(int, rows);
        QFETCH(int, maxBuckets);
        QFETCH(int, piece);
        const std::vector<core::EpochInfo> all = noisyEpochs(rows);
        QCustomPlot plot;
        QCPGraph* val = plot.addGraph();
        QCPGraph* keras = plot.addGraph();
        const ui::EpochValue valueOf = [](const core::EpochInfo& e) { return e.valLoss; };
        const ui::EpochValue kerasOf = [](const core::EpochInfo& e) {
            return e.epoch > 0 ? e.kerasLoss : std::numeric_limits<double>::quiet_NaN();
        };
        ui::EpochCurves curves;
        curves.setMaxBuckets(std::size_t(maxBuckets));
        curves.add(val, valueOf);
        curves.add(keras, kerasOf);
        const ui::EpochKeys keys{30, ui::UpdateAxis::Update};
        std::vector<core::EpochInfo> grown;
        int checks = 0;
        for (std::size_t i = 0; i < all.size();) {
            const std::size_t end = std::min(all.size(), i + std::size_t(piece));
            grown.insert(grown.end(), all.begin() + std::ptrdiff_t(i),
                         all.begin() + std::ptrdiff_t(end));
            i = end;
            curves.sync(grown, keys);
            // Comparing every sync of a long run would take long: the first hundred and the last.
            if (++checks > 100 && i < all.size())
                continue;
            for (const auto& [graph, value] :
                 {std::pair{val, valueOf}, std::pair{keras, kerasOf}}) {
                const QVector<QCPGraphData> whole =
                    ui::epochCurvePoints(grown, value, keys, std::size_t(maxBuckets));
                QCOMPARE(graph->dataCount(), int(whole.size()));
                for (int k = 0; k < whole.size(); ++k) {
                    QCOMPARE(graph->data()->at(k)->key, whole[k].key);
                    QCOMPARE(graph->data()->at(k)->value, whole[k].value);
                }
            }
        }
        const std::size_t stride = ui::epochStride(all.size(), std::size_t(maxBuckets));
        QCOMPARE(curves.stride(), stride);
        QCOMPARE(curves.rowsDrawn(), all.size());
        // Two points per bucket at most, the last bucket row by row.
        QVERIFY2(std::size_t(val->dataCount()) <= 2 * std::size_t(maxBuckets) + stride,
                 qPrintable(QString::number(val->dataCount())));
        // Every point is a row's own (key, value); the last one is the last row's.
        std::set<std::pair<double, double>> pointsOfRows;
        for (const core::EpochInfo& e : all)
            pointsOfRows.insert({keys(e), e.valLoss});
        for (auto it = val->data()->constBegin(); it != val->data()->constEnd(); ++it)
            QVERIFY(pointsOfRows.count({it->key, it->value}) == 1);
        QCOMPARE((val->data()->constEnd() - 1)->key, keys(all.back()));
    }

    // Each bucket is drawn as its lowest and highest value: every spike stays on the curve, and
    // a run within the bound is drawn row by row (every finite row, nothing else).
    void epochBucketsKeepTheEnvelope_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("maxBuckets");
        QTest::newRow("within the bound") << 300 << 4096;
        QTest::newRow("stride 2") << 5000 << 4096;
        QTest::newRow("stride 128") << 333'334 << 4096;
    }

    void epochBucketsKeepTheEnvelope()
    {
        QFETCH(int, rows);
        QFETCH(int, maxBuckets);
        const std::vector<core::EpochInfo> all = noisyEpochs(rows);
        const ui::EpochKeys keys{30, ui::UpdateAxis::Epoch};
        const ui::EpochValue value = [](const core::EpochInfo& e) { return e.valLoss; };
        const QVector<QCPGraphData> points =
            ui::epochCurvePoints(all, value, keys, std::size_t(maxBuckets));
        const std::size_t stride = ui::epochStride(all.size(), std::size_t(maxBuckets));
        if (stride == 1) {
            int finite = 0;
            for (const core::EpochInfo& e : all)
                if (std::isfinite(e.valLoss)) {
                    QCOMPARE(points[finite].key, double(e.epoch));
                    QCOMPARE(points[finite].value, e.valLoss);
                    ++finite;
                }
            QCOMPARE(points.size(), finite);
            return;
        }
        // On the epoch axis a point's key is its row: each bucket's extremes are drawn.
        std::set<double> drawn;
        for (const QCPGraphData& p : points)
            drawn.insert(p.key);
        for (std::size_t b = 0; b < all.size(); b += stride) {
            const std::size_t end = std::min(all.size(), b + stride);
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            for (std::size_t i = b; i < end; ++i)
                if (std::isfinite(all[i].valLoss)) {
                    lo = std::min(lo, all[i].valLoss);
                    hi = std::max(hi, all[i].valLoss);
                }
            if (!std::isfinite(lo))
                continue;
            bool low = false, high = false;
            for (std::size_t i = b; i < end; ++i) {
                low = low || (all[i].valLoss == lo && drawn.count(double(all[i].epoch)));
                high = high || (all[i].valLoss == hi && drawn.count(double(all[i].epoch)));
            }
            QVERIFY2(low && high, qPrintable(QStringLiteral("bucket from row %1").arg(b)));
        }
        QVERIFY(std::size_t(points.size()) <= 2 * std::size_t(maxBuckets) + stride);
    }

private:
    // Rows of a noisy run: epoch 0 first, a spike now and then, no validation loss for a while.
    static std::vector<core::EpochInfo> noisyEpochs(int rows)
    {
        std::mt19937_64 rng(7);
        std::lognormal_distribution<double> noise(0.0, 0.3);
        std::vector<core::EpochInfo> out(static_cast<std::size_t>(rows));
        for (int i = 0; i < rows; ++i) {
            core::EpochInfo& e = out[std::size_t(i)];
            e.epoch = i;
            e.updates = std::int64_t(i) * 30;
            e.seconds = i * 1e-3;
            e.kerasLoss = noise(rng) / (1 + i);
            e.trainLoss = noise(rng) / (1 + i);
            e.valLoss = (i % 997 == 5) ? 50.0 : noise(rng) / (1 + 0.5 * i);
            if (i % 1000 >= 400 && i % 1000 < 420)
                e.valLoss = std::numeric_limits<double>::quiet_NaN();
        }
        return out;
    }
};

QTEST_MAIN(TestBucketing)
#include "tst_bucketing.moc"
