// Backpropagation against central finite differences, for every hidden activation with both
// losses, and the optimizers' update formulas (Keras 3) on hand-computed values.
#include "dataset.hpp"
#include "network.hpp"
#include "optimizer.hpp"
#include "trainer.hpp"

#include <QtTest>

#include <numeric>

class TestGradient : public QObject
{
    Q_OBJECT
private slots:
    void backpropMatchesFiniteDifferences_data()
    {
        QTest::addColumn<int>("activation");
        QTest::addColumn<int>("task");
        for (auto a : {core::Activation::Tanh, core::Activation::Relu, core::Activation::Sigmoid,
                       core::Activation::Linear})
            for (auto t : {core::TaskKind::Regression, core::TaskKind::BinaryClassification})
                QTest::addRow("%s %s", core::activationKey(a).data(),
                              t == core::TaskKind::Regression ? "mse" : "bce")
                    << int(a) << int(t);
    }
    void backpropMatchesFiniteDifferences()
    {
        QFETCH(int, activation);
        QFETCH(int, task);
        core::DataSpec spec;
        spec.kind = core::TaskKind(task) == core::TaskKind::Regression ? core::DatasetKind::Sine
                                                                       : core::DatasetKind::Moons;
        spec.nTrain = 9;
        spec.nVal = 0;
        spec.noise = 0.2;
        const core::Dataset d = core::generate(spec).train;
        core::NetworkSpec ns;
        ns.inputs = d.inputs();
        ns.hidden = {5, 4};
        ns.activation = core::Activation(activation);
        ns.task = core::TaskKind(task);
        core::Network net(ns);
        net.initGlorot(3);
        net.parameters().array() += 0.05; // non-zero biases, relu units mostly away from 0

        std::vector<int> rows(d.rows());
        std::iota(rows.begin(), rows.end(), 0);
        core::Workspace ws(net, d.rows());
        Eigen::VectorXd grad = Eigen::VectorXd::Zero(net.parameterCount());
        const double loss = ws.lossAndGradient(net, d.x, d.y, rows.data(), d.rows(), &grad);
        QVERIFY(std::isfinite(loss));
        const double h = 1e-6;
        double worst = 0.0;
        for (Eigen::Index i = 0; i < net.parameterCount(); ++i) {
            const double keep = net.parameters()(i);
            net.parameters()(i) = keep + h;
            const double up = ws.lossAndGradient(net, d.x, d.y, rows.data(), d.rows(), nullptr);
            net.parameters()(i) = keep - h;
            const double down = ws.lossAndGradient(net, d.x, d.y, rows.data(), d.rows(), nullptr);
            net.parameters()(i) = keep;
            const double numeric = (up - down) / (2 * h);
            worst =
                std::max(worst, std::abs(numeric - grad(i)) / std::max(1e-3, std::abs(numeric)));
        }
        QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("worst relative error %1").arg(worst)));
        // The loss of the batch is the mean over its rows (no 1/2 factor).
        if (core::TaskKind(task) == core::TaskKind::Regression) {
            const Eigen::VectorXd pred = net.predictRaw(d.x);
            QVERIFY(std::abs(loss - (pred - d.y).squaredNorm() / d.rows()) < 1e-12);
        }
    }

    void tanhIsAccurate()
    {
        // The vectorised tanh of the training loop agrees with libm to a few ulp.
        core::NetworkSpec ns;
        ns.inputs = 1;
        ns.hidden = {1};
        ns.task = core::TaskKind::Regression;
        core::Network net(ns);
        net.weights(0)(0, 0) = 1.0; // hidden = tanh(x), output = hidden
        net.weights(1)(0, 0) = 1.0;
        Eigen::MatrixXd x(4001, 1);
        for (int i = 0; i < x.rows(); ++i)
            x(i, 0) = -25.0 + 50.0 * i / (x.rows() - 1) + 1e-3;
        x(0, 0) = 0.0;
        x(1, 0) = 1e-300;
        x(2, 0) = -0.625;
        x(3, 0) = 800.0;
        const Eigen::VectorXd y = net.predictRaw(x);
        for (int i = 0; i < x.rows(); ++i) {
            const double want = std::tanh(x(i, 0));
            QVERIFY2(
                std::abs(y(i) - want) <= 4e-16 * std::max(std::abs(want), 1e-300) || y(i) == want,
                qPrintable(
                    QStringLiteral("tanh(%1) = %2, libm %3").arg(x(i, 0)).arg(y(i)).arg(want)));
        }
    }

    void optimizerSteps_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("after1");
        QTest::addColumn<double>("after2");
        // w = 1, g = 0.5 both times, lr 0.1.
        QTest::newRow("sgd") << int(core::OptimizerKind::Sgd) << 0.95 << 0.90;
        // m = -0.05; w = 0.95; m = 0.9 * -0.05 - 0.05 = -0.095; w = 0.855
        QTest::newRow("momentum") << int(core::OptimizerKind::Momentum) << 0.95 << 0.855;
        // Adam: a_t = lr sqrt(1-b2^t)/(1-b1^t); m_1 = 0.05, v_1 = 0.00025 -> step 0.1 *
        // 0.05/(sqrt(0.00025)*...)
        QTest::newRow("adam") << int(core::OptimizerKind::Adam) << -1.0 << -1.0;
    }
    void optimizerSteps()
    {
        QFETCH(int, kind);
        QFETCH(double, after1);
        QFETCH(double, after2);
        core::OptimizerConfig c;
        c.kind = core::OptimizerKind(kind);
        c.learningRate = 0.1;
        auto opt = core::makeOptimizer(c, 1);
        Eigen::VectorXd w(1), g(1);
        w << 1.0;
        g << 0.5;
        if (c.kind == core::OptimizerKind::Adam) {
            // Keras 3's formula, evaluated here independently.
            double m = 0, v = 0, ww = 1.0;
            for (int t = 1; t <= 2; ++t) {
                const double a = 0.1 * std::sqrt(1 - std::pow(0.999, t)) / (1 - std::pow(0.9, t));
                m += (0.5 - m) * (1 - 0.9);
                v += (0.25 - v) * (1 - 0.999);
                ww -= a * m / (std::sqrt(v) + 1e-7);
                opt->step(w, g);
                QCOMPARE(w(0), ww);
            }
            QVERIFY(std::abs(w(0) - (1.0 - 0.2)) < 1e-5); // Adam's first steps are ~lr each
            return;
        }
        opt->step(w, g);
        QVERIFY(std::abs(w(0) - after1) < 1e-15);
        opt->step(w, g);
        QVERIFY(std::abs(w(0) - after2) < 1e-15);
    }

    void kerasDefaults()
    {
        const core::OptimizerConfig c;
        QCOMPARE(core::OptimizerConfig::defaultLearningRate(core::OptimizerKind::Sgd), 0.01);
        QCOMPARE(core::OptimizerConfig::defaultLearningRate(core::OptimizerKind::Adam), 0.001);
        QCOMPARE(c.beta1, 0.9);
        QCOMPARE(c.beta2, 0.999);
        QCOMPARE(c.epsilon, 1e-7);
        const core::TrainConfig t;
        QCOMPARE(t.batchSize, 32);
    }
};

QTEST_APPLESS_MAIN(TestGradient)
#include "tst_gradient.moc"
