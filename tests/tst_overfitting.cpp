// The overfitting rule (core::overfittingFromEpoch, core::readCurves) on a table of curve shapes,
// and on two real runs: the window's default run (overfits, marked where its curves part) and
// the 2,000-question spiral run (never learns: no mark).
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "overfitting.hpp"
#include "run_record.hpp"
#include "run_settings.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/session/settings_store.hpp"

#include <QtTest>

#include <cmath>
#include <functional>
#include <optional>
#include <vector>

Q_DECLARE_METATYPE(std::vector<core::EpochInfo>)

namespace
{

using Curve = std::function<double(int)>; // epoch (from 1) -> loss

// Deterministic noise in [-1, 1] (the same on every platform).
double noise(int epoch, int seed)
{
    const double x = std::sin(epoch * 12.9898 + seed * 78.233) * 43758.5453;
    return 2.0 * (x - std::floor(x)) - 1.0;
}

// A straight line through the points (epoch, loss), flat beyond the ends.
Curve piecewise(std::vector<std::pair<int, double>> points)
{
    return [points](int e) {
        if (e <= points.front().first)
            return points.front().second;
        for (std::size_t i = 1; i < points.size(); ++i)
            if (e <= points[i].first) {
                const auto [e0, v0] = points[i - 1];
                const auto [e1, v1] = points[i];
                return v0 + (v1 - v0) * double(e - e0) / double(e1 - e0);
            }
        return points.back().second;
    };
}

Curve withNoise(Curve c, double relative, int seed)
{
    return [c, relative, seed](int e) { return c(e) * (1.0 + relative * noise(e, seed)); };
}

// Epoch 0 (the initial weights) to `epochs`; `nanFrom` > 0: both losses NaN from that epoch on
// (the trainer stops there, as with a diverged run).
std::vector<core::EpochInfo> run(int epochs, const Curve& train, const Curve& val, int nanFrom = 0)
{
    std::vector<core::EpochInfo> out;
    for (int e = 0; e <= epochs; ++e) {
        core::EpochInfo info;
        info.epoch = e;
        const bool bad = nanFrom > 0 && e >= nanFrom;
        info.trainLoss = bad ? std::nan("") : train(std::max(e, 1));
        info.valLoss = bad ? std::nan("") : (val ? val(std::max(e, 1)) : std::nan(""));
        info.kerasLoss = e > 0 ? info.trainLoss : std::nan("");
        out.push_back(info);
        if (bad)
            break;
    }
    return out;
}

const Curve none; // no validation set

// The mean of `loss` over the five epochs from `first`.
double meanOfFive(const std::vector<core::EpochInfo>& epochs, int first,
                  double core::EpochInfo::*loss)
{
    double sum = 0.0;
    for (int e = first; e < first + 5; ++e)
        sum += epochs[std::size_t(e)].*loss;
    return sum / 5.0;
}

// The epochs of the spiral run.
constexpr int spiralEpochs = 200;

} // namespace

class TestOverfitting : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data()
    {
        QTest::addColumn<std::vector<core::EpochInfo>>("epochs");
        QTest::addColumn<int>("from");      // expected start, -1: no mark
        QTest::addColumn<int>("tolerance"); // epochs the start may lie after `from`
        QTest::addColumn<int>("shape");     // core::CurveShape

        using S = core::CurveShape;
        // Validation loss lowest at epoch 30, then rising while the training loss keeps falling.
        const Curve classicTrain = piecewise({{1, 1.0}, {30, 0.35}, {100, 0.05}});
        const Curve classicVal = piecewise({{1, 1.0}, {30, 0.40}, {100, 0.90}});
        QTest::newRow("classic overfit")
            << run(100, classicTrain, classicVal) << 30 << 4 << int(S::Overfitting);
        QTest::newRow("classic overfit, noisy (3 %)")
            << run(100, withNoise(classicTrain, 0.03, 1), withNoise(classicVal, 0.03, 2)) << 30 << 4
            << int(S::Overfitting);
        QTest::newRow("memorised: training loss at its floor, validation rises")
            << run(120, piecewise({{1, 0.7}, {40, 1e-4}}),
                   piecewise({{1, 0.7}, {25, 0.30}, {120, 0.80}}))
            << 25 << 4 << int(S::Overfitting);
        // Flat through epoch 80, then the curves part.
        QTest::newRow("late overfit after a noisy plateau")
            << run(150,
                   withNoise(piecewise({{1, 0.7}, {20, 0.30}, {80, 0.29}, {150, 0.05}}), 0.02, 3),
                   withNoise(piecewise({{1, 0.7}, {20, 0.35}, {80, 0.35}, {150, 0.70}}), 0.02, 4))
            << 80 << 4 << int(S::Overfitting);

        // Never learned: both at chance level (ln 2), flat together, noisy (the spiral run).
        QTest::newRow("never learned") << run(200, withNoise(piecewise({{1, 0.69}}), 0.03, 5),
                                              withNoise(piecewise({{1, 0.70}}), 0.03, 6))
                                       << -1 << 0 << int(S::NotLearningYet);
        QTest::newRow("never learned, validation minimum early and later noise up")
            << run(200, withNoise(piecewise({{1, 0.69}, {3, 0.66}, {200, 0.69}}), 0.04, 7),
                   withNoise(piecewise({{1, 0.70}, {3, 0.66}, {200, 0.71}}), 0.04, 8))
            << -1 << 0 << int(S::NotLearningYet);
        QTest::newRow("plateau with noise")
            << run(200, withNoise(piecewise({{1, 0.7}, {20, 0.20}}), 0.03, 9),
                   withNoise(piecewise({{1, 0.7}, {20, 0.30}}), 0.05, 10))
            << -1 << 0 << int(S::NoChange);
        QTest::newRow("still learning, the gap widens while validation falls")
            << run(100, piecewise({{1, 1.0}, {100, 0.10}}), piecewise({{1, 1.0}, {100, 0.50}}))
            << -1 << 0 << int(S::Learning);
        QTest::newRow("validation up by less than a clear margin")
            << run(100, piecewise({{1, 1.0}, {30, 0.35}, {100, 0.20}}),
                   piecewise({{1, 1.0}, {30, 0.40}, {100, 0.42}}))
            << -1 << 0 << int(S::Learning);
        QTest::newRow("both rise together (step too large)")
            << run(100, piecewise({{1, 1.0}, {20, 0.30}, {100, 0.60}}),
                   piecewise({{1, 1.0}, {20, 0.32}, {100, 0.64}}))
            << -1 << 0 << int(S::Learning);
        QTest::newRow("divergence: both explode, then NaN")
            << run(40, piecewise({{1, 1.0}, {20, 0.30}, {30, 5.0}}),
                   piecewise({{1, 1.0}, {20, 0.32}, {30, 6.0}}), 31)
            << -1 << 0 << int(S::Diverged);
        QTest::newRow("divergence at once")
            << run(10, classicTrain, classicVal, 1) << -1 << 0 << int(S::Diverged);
        QTest::newRow("short run: 4 epochs")
            << run(4, classicTrain, classicVal) << -1 << 0 << int(S::TooShort);
        QTest::newRow("short rise: 3 epochs after the best")
            << run(33, classicTrain, classicVal) << -1 << 0 << int(S::Learning);
        QTest::newRow("rise long enough: 10 epochs after the best")
            << run(40, classicTrain, classicVal) << 30 << 4 << int(S::Overfitting);
        QTest::newRow("no validation set")
            << run(100, classicTrain, none) << -1 << 0 << int(S::NoValidation);
        QTest::newRow("only the initial weights")
            << run(0, classicTrain, classicVal) << -1 << 0 << int(S::TooShort);
    }
    void shapes()
    {
        QFETCH(std::vector<core::EpochInfo>, epochs);
        QFETCH(int, from);
        QFETCH(int, tolerance);
        QFETCH(int, shape);
        const std::optional<int> start = core::overfittingFromEpoch(epochs);
        const core::CurveReading reading = core::readCurves(epochs);
        QCOMPARE(reading.overfittingFrom, start);
        // The per-epoch plot shades exactly what the rule says.
        ui::LossPerEpochPlot plot;
        plot.clearRun(true, core::EarlyStoppingConfig{});
        ui::RunSnapshot snapshot;
        snapshot.epochs = epochs;
        plot.append(snapshot);
        QCOMPARE(plot.overfittingFrom(), start.value_or(-1));
        QCOMPARE(plot.overfitting(), start.has_value());
        QCOMPARE(core::curveShapeKey(reading.shape), core::curveShapeKey(core::CurveShape(shape)));
        // Never before the best epoch (the one the plot marks).
        if (start)
            QVERIFY2(*start >= plot.bestEpoch(),
                     qPrintable(QStringLiteral("marked from epoch %1, best epoch %2")
                                    .arg(*start)
                                    .arg(plot.bestEpoch())));
        if (from < 0) {
            QVERIFY2(!start, qPrintable(QStringLiteral("marked from epoch %1").arg(*start)));
        } else {
            QVERIFY(start.has_value());
            QVERIFY2(*start >= from && *start <= from + tolerance,
                     qPrintable(QStringLiteral("marked from epoch %1, expected %2 to %3")
                                    .arg(*start)
                                    .arg(from)
                                    .arg(from + tolerance)));
        }
    }

    // The mark follows a live run: absent while the validation loss still falls, there once it
    // has risen for several epochs.
    void liveRun()
    {
        const Curve train = piecewise({{1, 1.0}, {30, 0.35}, {100, 0.05}});
        const Curve val = piecewise({{1, 1.0}, {30, 0.40}, {100, 0.90}});
        QVERIFY(!core::overfittingFromEpoch(run(30, train, val)));
        QVERIFY(!core::overfittingFromEpoch(run(34, train, val)));
        QVERIFY(core::overfittingFromEpoch(run(45, train, val)).has_value());
    }

    // The window's default run overfits. Its validation loss reaches its level within a few
    // epochs and wobbles there (its single lowest value, the old mark, is one of the wobbles)
    // while the training loss falls; then it climbs for good to three times that level. The
    // mark is where it leaves its level: not before the lowest value, within the first half of
    // the run, and from there the training loss falls while the validation loss rises.
    void defaultRunIsMarked()
    {
        const core::RunSettings s = ui::defaultRunSettings();
        const core::RunResult r = core::trainSpec(core::specOf(s));
        const auto& epochs = r.history.epochs;
        const std::optional<int> from = core::overfittingFromEpoch(epochs);
        QVERIFY(from.has_value());
        QCOMPARE(r.outcome.overfittingFrom, from);
        int best = 1;
        for (const auto& e : epochs)
            if (e.epoch > 0 && e.valLoss < epochs[std::size_t(best)].valLoss)
                best = e.epoch;
        qInfo("default run: lowest validation loss at epoch %d, overfitting from epoch %d", best,
              *from);
        QVERIFY(*from >= best);
        QVERIFY(*from < s.train.epochs / 2);
        // Mean losses of the five epochs from the mark and of the last five.
        const auto mean = [&](int first, double core::EpochInfo::*loss) {
            return meanOfFive(epochs, first, loss);
        };
        const int lastFive = int(epochs.size()) - 5;
        QVERIFY(mean(lastFive, &core::EpochInfo::trainLoss) <
                0.5 * mean(*from, &core::EpochInfo::trainLoss));
        QVERIFY(mean(lastFive, &core::EpochInfo::valLoss) >
                2.0 * mean(*from, &core::EpochInfo::valLoss));
        QCOMPARE(core::readCurves(epochs).shape, core::CurveShape::Overfitting);
    }

    // The window's default data at every batch size from 1 to 30 (the slider's range on 30
    // questions): a mark never comes before the best epoch, and from the mark to the end the
    // training loss falls while the validation loss rises away from it.
    void defaultDataEveryBatchSize_data()
    {
        QTest::addColumn<int>("batchSize");
        for (int b = 1; b <= 30; ++b)
            QTest::addRow("B = %d", b) << b;
    }
    void defaultDataEveryBatchSize()
    {
        QFETCH(int, batchSize);
        core::RunSettings s = ui::defaultRunSettings();
        s.train.batchSize = batchSize;
        const core::RunResult r = core::trainSpec(core::specOf(s));
        const auto& epochs = r.history.epochs;
        const std::optional<int> from = core::overfittingFromEpoch(epochs);
        QCOMPARE(r.outcome.overfittingFrom, from);
        int best = 1;
        for (const auto& e : epochs)
            if (e.epoch > 0 && e.valLoss < epochs[std::size_t(best)].valLoss)
                best = e.epoch;
        qInfo("B = %d: best epoch %d, overfitting from %d", batchSize, best, from.value_or(-1));
        if (!from)
            return;
        QVERIFY2(
            *from >= best,
            qPrintable(QStringLiteral("mark at %1 before the best epoch %2").arg(*from).arg(best)));
        // Means of five epochs: at the mark and at the end.
        const auto mean = [&](int first, double core::EpochInfo::*loss) {
            return meanOfFive(epochs, first, loss);
        };
        const int lastFive = int(epochs.size()) - 5;
        const int at = std::min(*from, lastFive);
        const double trainThen = mean(at, &core::EpochInfo::trainLoss);
        const double trainNow = mean(lastFive, &core::EpochInfo::trainLoss);
        const double valThen = mean(at, &core::EpochInfo::valLoss);
        const double valNow = mean(lastFive, &core::EpochInfo::valLoss);
        QVERIFY2(trainNow <= trainThen * 1.02,
                 qPrintable(QStringLiteral("training loss %1 -> %2").arg(trainThen).arg(trainNow)));
        QVERIFY2(valNow > valThen * 1.05,
                 qPrintable(QStringLiteral("validation loss %1 -> %2").arg(valThen).arg(valNow)));
        QVERIFY(valNow - trainNow > valThen - trainThen);
    }

    // The spiral run: 2,000 spiral questions, noise 0.2, 1,000 validation rows, 64-64 tanh, Adam 0.01,
    // B = 1. The network never learns the spiral: no overfitting mark.
    void spiralRunIsNotMarked()
    {
        core::RunSettings s = ui::defaultRunSettings();
        s.data.kind = core::DatasetKind::Spiral;
        s.data.nTrain = 2000;
        s.data.nVal = 1000;
        s.data.noise = 0.2;
        s.hidden = {64, 64};
        s.activation = core::Activation::Tanh;
        s.train.optimizer.kind = core::OptimizerKind::Adam;
        s.train.optimizer.learningRate = 0.01;
        s.train.batchSize = 1;
        s.train.epochs = spiralEpochs;
        const core::RunResult r = core::trainSpec(core::specOf(s));
        const auto& epochs = r.history.epochs;
        QCOMPARE(int(epochs.size()), spiralEpochs + 1);
        // The shape of the issue: both accuracies near chance, both losses flat together.
        const auto& last = epochs.back();
        qInfo("spiral run: accuracy %.3f train, %.3f validation; loss %.3f / %.3f",
              last.trainAccuracy, last.valAccuracy, last.trainLoss, last.valLoss);
        QVERIFY(last.trainAccuracy < 0.7);
        QVERIFY(std::abs(last.valLoss - last.trainLoss) < 0.1);
        QCOMPARE(core::overfittingFromEpoch(epochs), std::nullopt);
        QCOMPARE(r.outcome.overfittingFrom, std::nullopt);
        QCOMPARE(core::readCurves(epochs).shape, core::CurveShape::NotLearningYet);
    }
};

QTEST_MAIN(TestOverfitting)
#include "tst_overfitting.moc"
