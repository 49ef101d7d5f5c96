// The minibatch gradient noise: exact enumeration over all batches of a small set agrees with
// (N - B) / (B (N - 1)) sigma^2, and random batches agree with it statistically.
#include "gradient_stats.hpp"

#include <QtTest>

class TestGradientStats : public QObject
{
    Q_OBJECT
private:
    static Eigen::MatrixXd perSample(int n)
    {
        core::DataSpec spec;
        spec.kind = core::DatasetKind::Moons;
        spec.nTrain = n;
        spec.nVal = 0;
        spec.noise = 0.2;
        const core::Dataset d = core::generate(spec).train;
        core::NetworkSpec ns;
        ns.hidden = {4};
        core::Network net(ns);
        net.initGlorot(9);
        return core::perSampleGradients(net, d);
    }

private slots:
    void enumerationMatchesFormula_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("b");
        for (int b : {1, 2, 3, 6, 11, 12})
            QTest::addRow("N=12 B=%d", b) << 12 << b;
    }
    void enumerationMatchesFormula()
    {
        QFETCH(int, n);
        QFETCH(int, b);
        const Eigen::MatrixXd g = perSample(n);
        const core::GradientStats s = core::gradientStats(g);
        QVERIFY(s.sigma2 > 0.0);
        const double exact = core::minibatchVarianceEnumerated(g, b);
        const double formula = core::minibatchVarianceFormula(s.sigma2, n, b);
        QVERIFY2(std::abs(exact - formula) <= 1e-12 * s.sigma2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(exact).arg(formula)));
        if (b == n)
            QCOMPARE(formula, 0.0);
    }

    void fullGradientIsTheBatchGradient()
    {
        core::DataSpec spec;
        spec.nTrain = 10;
        spec.nVal = 0;
        const core::Dataset d = core::generate(spec).train;
        core::NetworkSpec ns;
        ns.hidden = {4};
        core::Network net(ns);
        net.initGlorot(2);
        const core::GradientStats s = core::gradientStats(core::perSampleGradients(net, d));
        core::Workspace ws(net, 10);
        std::vector<int> rows{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Eigen::VectorXd full = Eigen::VectorXd::Zero(net.parameterCount());
        ws.lossAndGradient(net, d.x, d.y, rows.data(), 10, &full);
        QVERIFY((full - s.fullGradient).cwiseAbs().maxCoeff() < 1e-14);
    }

    void sampledAgreesWithFormula()
    {
        const Eigen::MatrixXd g = perSample(40);
        const core::GradientStats s = core::gradientStats(g);
        const double formula = core::minibatchVarianceFormula(s.sigma2, 40, 5);
        const double sampled = core::minibatchVarianceSampled(g, 5, 20000, 1);
        QVERIFY2(std::abs(sampled - formula) < 0.05 * formula,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sampled).arg(formula)));
    }
};

QTEST_APPLESS_MAIN(TestGradientStats)
#include "tst_gradient_stats.moc"
