// The gradient-noise meter: enumerated over every batch it equals the formula
// (N - B) / (B (N - 1)) sigma^2 to rounding; sampled it lies within 4 standard errors and 10%
// of it; B >= N gives 0; bad input is refused with a reason.
#include "gradient_stats.hpp"
#include "limits.hpp"
#include "noise_meter.hpp"

#include <QtTest>

#include <cmath>
#include <limits>

namespace
{

core::Dataset moons(int n, std::uint64_t seed = 3)
{
    core::DataSpec spec;
    spec.nTrain = n;
    spec.nVal = 0;
    spec.noise = 0.3;
    spec.seed = seed;
    return core::generate(spec).train;
}

core::Network net(std::vector<int> hidden, std::uint64_t seed = 5)
{
    core::NetworkSpec ns;
    ns.hidden = std::move(hidden);
    core::Network n(ns);
    n.initGlorot(seed);
    return n;
}

} // namespace

class TestNoiseMeter : public QObject
{
    Q_OBJECT
private slots:
    void enumeratedEqualsFormula_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("width"); // 64: N^2 P over the Gram limit, summed directly
        for (int b : {1, 2, 3, 5, 7, 11})
            QTest::addRow("N=12 B=%d", b) << 12 << b << 6;
        for (int b : {1, 2, 28, 29})
            QTest::addRow("N=30 B=%d", b) << 30 << b << 6;
        QTest::addRow("N=2 B=1") << 2 << 1 << 6;
        QTest::addRow("N=200 B=1") << 200 << 1 << 6;
        QTest::addRow("N=200 B=1 direct") << 200 << 1 << 64;
        QTest::addRow("N=200 B=199 direct") << 200 << 199 << 64;
    }
    void enumeratedEqualsFormula()
    {
        QFETCH(int, n);
        QFETCH(int, b);
        QFETCH(int, width);
        const core::Network network = net({width, width});
        if (width == 64)
            QVERIFY(std::int64_t(n) * n * network.parameterCount() >
                    core::limits::maxNoiseGramWork);
        const core::NoiseReport r = core::measureNoise(network, moons(n), {{b}, 1, 100});
        QCOMPARE(r.samples, n);
        QCOMPARE(r.parameters, static_cast<std::int64_t>(network.parameterCount()));
        QCOMPARE(r.rows.size(), std::size_t(1));
        const core::NoiseRow& row = r.rows[0];
        QCOMPARE(row.method, core::NoiseMethod::Enumerated);
        QVERIFY(r.sigma2 > 0.0);
        QVERIFY(row.theoryVariance > 0.0);
        // Every batch once: C(N, B) batches.
        double c = 1.0;
        for (int i = 1; i <= std::min(b, n - b); ++i)
            c = c * (n - i + 1) / i;
        QCOMPARE(row.batches, static_cast<std::int64_t>(std::llround(c)));
        QVERIFY2(std::abs(row.measuredVariance - row.theoryVariance) <= 1e-12 * row.theoryVariance,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(row.measuredVariance, 0, 'g', 17)
                                .arg(row.theoryVariance, 0, 'g', 17)));
        QCOMPARE(row.theoryVariance, core::minibatchVarianceFormula(r.sigma2, n, b));
        if (n <= 20) { // the bitmask enumeration of gradient_stats, an independent count
            const Eigen::MatrixXd g = core::perSampleGradients(network, moons(n));
            QVERIFY(std::abs(core::minibatchVarianceEnumerated(g, b) - row.measuredVariance) <=
                    1e-12 * row.theoryVariance);
        }
    }

    void sampledWithinTolerance_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("batches");
        QTest::addColumn<quint64>("seed");
        for (int b : {4, 8, 16})
            QTest::addRow("N=30 B=%d", b) << 30 << b << 4000 << quint64(1);
        for (int b : {5, 20, 35})
            QTest::addRow("N=40 B=%d seed 7", b) << 40 << b << 4000 << quint64(7);
        QTest::addRow("N=300 B=100") << 300 << 100 << 3000 << quint64(2);
    }
    void sampledWithinTolerance()
    {
        QFETCH(int, n);
        QFETCH(int, b);
        QFETCH(int, batches);
        QFETCH(quint64, seed);
        const core::NoiseReport r = core::measureNoise(net({8}), moons(n), {{b}, seed, batches});
        const core::NoiseRow& row = r.rows.at(0);
        QCOMPARE(row.method, core::NoiseMethod::Sampled);
        QVERIFY(row.batches >= 2 && row.batches <= batches);
        QVERIFY(row.standardError > 0.0);
        const double gap = std::abs(row.measuredVariance - row.theoryVariance);
        QVERIFY2(gap <= 4.0 * row.standardError && gap <= 0.1 * row.theoryVariance,
                 qPrintable(QStringLiteral("measured %1, formula %2, standard error %3")
                                .arg(row.measuredVariance)
                                .arg(row.theoryVariance)
                                .arg(row.standardError)));
        // The same seed gives the same rows; the list's order does not matter.
        const core::NoiseReport again =
            core::measureNoise(net({8}), moons(n), {{1, b}, seed, batches});
        QCOMPARE(again.rows.at(1).measuredVariance, row.measuredVariance);
    }

    void fullBatchHasNoNoise_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("b");
        QTest::addRow("B = N = 1") << 1 << 1;
        QTest::addRow("B = N = 30") << 30 << 30;
        QTest::addRow("B = N = 500") << 500 << 500;
        QTest::addRow("B > N") << 30 << 64;
    }
    void fullBatchHasNoNoise()
    {
        QFETCH(int, n);
        QFETCH(int, b);
        const core::NoiseReport r = core::measureNoise(net({4}), moons(n), {{b}, 1, 50});
        QCOMPARE(r.rows.at(0).measuredVariance, 0.0);
        QCOMPARE(r.rows.at(0).theoryVariance, 0.0);
        QCOMPARE(r.rows.at(0).method, core::NoiseMethod::Enumerated);
        QCOMPARE(r.rows.at(0).batches, std::int64_t(1));
    }

    void workIsBounded()
    {
        // N = 2,000 at the default widths: every row within the work limit.
        const core::Network network = net({64, 64});
        const int n = 2000;
        const core::NoiseReport r =
            core::measureNoise(network, moons(n), {{1, 2, 16, 1000, 1999, 2000}, 1, 500});
        for (const core::NoiseRow& row : r.rows) {
            const std::int64_t m = std::min(row.batchSize, n - row.batchSize);
            QVERIFY(row.batches <= (row.method == core::NoiseMethod::Sampled
                                        ? 500
                                        : core::limits::maxNoiseEnumeratedBatches));
            if (row.batches > 2)
                QVERIFY(row.batches * m * r.parameters <= core::limits::maxNoiseWorkValues);
            QVERIFY(std::isfinite(row.measuredVariance));
        }
        // 2,000 batches of one row are 2,000 x 4,417 numbers, over the work limit: sampled.
        QCOMPARE(r.rows[0].method, core::NoiseMethod::Sampled);
        QCOMPARE(r.rows[0].batches, core::limits::maxNoiseWorkValues / r.parameters);
        QCOMPARE(r.rows[1].method, core::NoiseMethod::Sampled);
        QCOMPARE(r.rows[3].batches, std::int64_t(2)); // 1,000 rows a batch: the least there is
        QCOMPARE(r.rows[5].method, core::NoiseMethod::Enumerated);
        QCOMPARE(r.rows[5].measuredVariance, 0.0);
    }

    void badInputRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("words");
        QTest::addRow("no batch sizes") << 0 << "at least one batch size";
        QTest::addRow("batch size 0") << 1 << "at least 1";
        QTest::addRow("negative batch size") << 2 << "at least 1";
        QTest::addRow("no batches") << 3 << "batches per batch size";
        QTest::addRow("too many batches") << 4 << "batches per batch size";
        QTest::addRow("list too long") << 5 << "list limit";
        QTest::addRow("wrong width") << 6 << "do not fit";
        QTest::addRow("no rows") << 7 << "at least one";
        QTest::addRow("not finite") << 8 << "not finite";
        QTest::addRow("gradients over the limit") << 9 << "gradient limit";
    }
    void badInputRefused()
    {
        QFETCH(int, what);
        QFETCH(QString, words);
        core::Network network = net({4});
        core::Dataset data = moons(10);
        core::NoiseMeterConfig c{{2}, 1, 10};
        switch (what) {
        case 0:
            c.batchSizes.clear();
            break;
        case 1:
            c.batchSizes = {4, 0};
            break;
        case 2:
            c.batchSizes = {-3};
            break;
        case 3:
            c.batches = 0;
            break;
        case 4:
            c.batches = static_cast<int>(core::limits::maxNoiseSampledBatches) + 1;
            break;
        case 5:
            c.batchSizes.assign(core::limits::maxNoiseBatchSizes + 1, 2);
            break;
        case 6:
            data.x = Eigen::MatrixXd::Ones(10, 3);
            break;
        case 7:
            data = data.slice(0, 0);
            break;
        case 8:
            network.parameters()(0) = std::numeric_limits<double>::quiet_NaN();
            break;
        case 9: {
            // 2,000 rows x 9,000+ parameters: refused before the gradients are made.
            network = net({3000, 1});
            data = moons(2000);
            break;
        }
        }
        try {
            core::measureNoise(network, data, c);
            QFAIL("accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(words), e.what());
            if (what == 5 || what == 9)
                QVERIFY(dynamic_cast<const core::LimitError*>(&e) != nullptr);
        }
    }
};

QTEST_APPLESS_MAIN(TestNoiseMeter)
#include "tst_noise_meter.moc"
