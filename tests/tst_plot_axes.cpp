// The plots' x axes as a teacher uses them to compare runs: a logarithmic x axis shows B = 30's
// 300 updates beside B = 1's 9,000; the wheel zooms x only (y with Ctrl) so curves never
// vanish; a double-click brings the whole picture back. An exported picture's caption wraps
// onto more lines instead of ending in "...".
#include "batch_science.hpp"
#include "run_record.hpp"
#include "ui/experiments/science_plot.hpp"
#include "ui/experiments/sweep_plot.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/plots/run_axis.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/settings_store.hpp"

#include <QtTest>

namespace
{

core::RunSpec specWith(int batchSize)
{
    core::RunSettings s = ui::defaultRunSettings();
    s.train.batchSize = batchSize;
    return core::specOf(s);
}

// The default data at B = 1 (kept) and B = 30 (live).
struct TwoRuns {
    ui::RunStore store;
    ui::RunId small = 0, large = 0;
    TwoRuns()
    {
        for (int b : {1, 30}) {
            const core::RunSpec spec = specWith(b);
            const ui::RunId id =
                store.addRecord(core::makeRunRecord(spec, core::trainSpec(spec), "test"));
            (b == 1 ? small : large) = id;
        }
        store.setLive(large, true);
    }
};

void sendWheel(QWidget* w, Qt::KeyboardModifiers modifiers)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}

// The x tick labels of a laid-out plot, and whether each tick is a whole number.
QStringList fractionalTicks(ui::PlotWidget& plot)
{
    plot.resize(700, 400);
    plot.resetView();
    plot.replot();
    QStringList bad;
    const QVector<double> ticks = plot.xAxis->tickVector();
    const QVector<QString> labels = plot.xAxis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const QCPRange r = plot.xAxis->range();
        if (ticks[i] < r.lower || ticks[i] > r.upper)
            continue;
        if (ticks[i] != std::floor(ticks[i]) || labels.value(i).contains(QLatin1Char('.')))
            bad << labels.value(i);
    }
    return bad;
}

// A short run (3 epochs of 4 updates) of the default data.
core::RunRecord shortRun(int epochs)
{
    core::RunSettings s = ui::defaultRunSettings();
    s.train.batchSize = 8;
    s.train.epochs = epochs;
    const core::RunSpec spec = core::specOf(s);
    return core::makeRunRecord(spec, core::trainSpec(spec), "test");
}

} // namespace

class TestPlotAxes : public QObject
{
    Q_OBJECT
private slots:
    void logXShowsShortRunsBesideLongOnes_data()
    {
        QTest::addColumn<bool>("log");
        QTest::addColumn<double>("minShare"); // of the axis' width B = 30's curve spans
        QTest::addColumn<double>("maxShare");
        QTest::newRow("linear") << false << 0.0 << 0.05;
        QTest::newRow("log") << true << 0.5 << 1.0;
    }
    void logXShowsShortRunsBesideLongOnes()
    {
        QFETCH(bool, log);
        QFETCH(double, minShare);
        QFETCH(double, maxShare);
        TwoRuns runs;
        ui::LossPerEpochPlot plot;
        plot.setStore(&runs.store);
        plot.clearRun(true, core::EarlyStoppingConfig{});
        plot.append(runs.store.entry(runs.large)->data);
        plot.setAxis(ui::UpdateAxis::Update);
        plot.setLogX(log);
        plot.resize(800, 500);
        plot.replot();
        QCOMPARE(plot.xAxis->scaleType(), log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        const QCPRange r = plot.xAxis->range();
        QVERIFY(r.lower > 0.0 || !log);
        QVERIFY2(r.lower <= 1.0 && r.upper >= 9000.0,
                 qPrintable(QStringLiteral("%1 to %2").arg(r.lower).arg(r.upper)));
        // B = 30 makes one update an epoch: 1 to 300 updates.
        const double share = (plot.xAxis->coordToPixel(300) - plot.xAxis->coordToPixel(1)) /
                             plot.axisRect()->width();
        qInfo("B = 30's curve spans %.1f %% of the axis", 100.0 * share);
        QVERIFY(share >= minShare && share <= maxShare);
    }

    void wheelZoomsXAndCtrlWheelY()
    {
        TwoRuns runs;
        ui::LossPerUpdatePlot plot;
        plot.setStore(&runs.store);
        const ui::RunEntry* live = runs.store.entry(runs.large);
        plot.setRunShape(live->stepsPerEpoch(), live->trainingRows());
        plot.append(live->data);
        plot.resize(800, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        const QCPRange x0 = plot.xAxis->range(), y0 = plot.yAxis->range();
        sendWheel(&plot, Qt::NoModifier);
        const QCPRange x1 = plot.xAxis->range(), y1 = plot.yAxis->range();
        QVERIFY(x1.size() < x0.size());
        QCOMPARE(y1, y0);
        QVERIFY(!plot.followsData());
        sendWheel(&plot, Qt::ControlModifier);
        QCOMPARE(plot.xAxis->range(), x1);
        QVERIFY(plot.yAxis->range().size() < y1.size());
        // A double-click shows everything again and follows the data.
        QTest::mouseDClick(&plot, Qt::LeftButton, {}, QPoint(400, 250));
        QVERIFY(plot.followsData());
        QCOMPARE(plot.xAxis->range(), x0);
        QCOMPARE(plot.yAxis->range(), y0);
    }

    // Axes that count (epochs, weight updates, questions solved) tick at whole numbers only: a
    // 3-epoch run's per-epoch plot labels 0, 1, 2, 3, never "epoch 0.5". Seconds may be
    // fractional; logarithmic axes keep their own ticks.
    void countingAxesTickWholeNumbers_data()
    {
        QTest::addColumn<QString>("plot");
        QTest::addColumn<int>("axis"); // ui::UpdateAxis
        QTest::addColumn<int>("epochs");
        for (int epochs : {1, 3}) {
            const QByteArray e = " " + QByteArray::number(epochs) + " epochs";
            QTest::newRow("per epoch, x: epoch" + e)
                << "per epoch" << int(ui::UpdateAxis::Epoch) << epochs;
            QTest::newRow("per epoch, x: update" + e)
                << "per epoch" << int(ui::UpdateAxis::Update) << epochs;
            QTest::newRow("per epoch, x: questions" + e)
                << "per epoch" << int(ui::UpdateAxis::SamplesSeen) << epochs;
            QTest::newRow("per update, x: update" + e)
                << "per update" << int(ui::UpdateAxis::Update) << epochs;
            QTest::newRow("per update, x: epoch" + e)
                << "per update" << int(ui::UpdateAxis::Epoch) << epochs;
            QTest::newRow("science, per epoch" + e) << "science per epoch" << 0 << epochs;
            QTest::newRow("science, noise scale" + e) << "science noise" << 0 << epochs;
            QTest::newRow("sweep of epochs" + e) << "sweep" << 0 << epochs;
        }
    }
    void countingAxesTickWholeNumbers()
    {
        QFETCH(QString, plot);
        QFETCH(int, axis);
        QFETCH(int, epochs);
        ui::RunStore store;
        const ui::RunId id = store.addRecord(shortRun(epochs));
        store.setLive(id, true);
        const ui::RunEntry* run = store.entry(id);
        std::unique_ptr<ui::PlotWidget> widget;
        if (plot == QLatin1String("per epoch")) {
            auto p = std::make_unique<ui::LossPerEpochPlot>();
            p->setStore(&store);
            p->clearRun(true, core::EarlyStoppingConfig{});
            p->setTrainingRows(run->trainingRows());
            p->append(run->data);
            p->setAxis(ui::UpdateAxis(axis));
            widget = std::move(p);
        } else if (plot == QLatin1String("per update")) {
            auto p = std::make_unique<ui::LossPerUpdatePlot>();
            p->setStore(&store);
            p->setRunShape(run->stepsPerEpoch(), run->trainingRows());
            p->append(run->data);
            p->setAxis(ui::UpdateAxis(axis));
            widget = std::move(p);
        } else if (plot.startsWith(QLatin1String("science"))) {
            // An experiment of `epochs` epochs on 100 digits, one seed.
            const bool noise = plot.endsWith(QLatin1String("noise"));
            core::ExperimentSpec spec = core::defaultExperiment(
                noise ? core::Experiment::NoiseScale : core::Experiment::LinearScaling);
            spec.base.settings.data.nTrain = 100;
            spec.base.settings.data.nVal = 100;
            spec.base.settings.train.epochs = epochs;
            spec.seeds = 1;
            const std::vector<core::SweepRun> plan = core::planExperiment(spec);
            std::vector<core::SweepRunResult> results;
            for (const core::SweepRun& r : plan)
                results.push_back(core::sweepRunResult(r, core::trainSpec(r.spec)));
            auto p = std::make_unique<ui::SciencePlot>(noise ? ui::SciencePlot::Kind::NoiseScale
                                                             : ui::SciencePlot::Kind::PerEpoch);
            p->setResults(spec.kind, plan, results);
            QVERIFY(p->pointsGraph() && p->pointsGraph()->dataCount() == epochs + 1);
            widget = std::move(p);
        } else {
            // A sweep of 1 .. `epochs` epochs: a tick at each swept value, no other.
            auto p = std::make_unique<ui::SweepPlot>(ui::SweepPlot::Kind::Losses);
            std::vector<core::SweepSummaryRow> rows;
            for (int e = 1; e <= epochs; ++e) {
                core::SweepSummaryRow row;
                row.value = e;
                row.runs = 1;
                for (core::SweepStat& st : row.stats)
                    st = core::SweepStat{0.5 + 0.1 * e, 0.05, 1};
                rows.push_back(row);
            }
            p->setSweep(core::SweepParameter::Epochs, rows);
            widget = std::move(p);
        }
        const QStringList bad = fractionalTicks(*widget);
        qInfo("x ticks: %s", qPrintable(widget->xAxis->tickVectorLabels().toList().join(u' ')));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("fractional ticks: ") + bad.join(u' ')));
        QVERIFY(widget->xAxis->tickVector().size() >= 1);
    }

    // The check can fail: QCustomPlot's own ticker labels a 3-epoch axis in halves.
    void defaultTickerLabelsHalves()
    {
        ui::LossPerEpochPlot plot;
        plot.setCountingX(false);
        plot.xAxis->setRange(0, 3);
        plot.resize(700, 400);
        plot.xAxis->setRange(0, 3);
        plot.xAxis->ticker()->setTickCount(8);
        plot.replot();
        bool half = false;
        for (double t : plot.xAxis->tickVector())
            half = half || t != std::floor(t);
        QVERIFY(half);
    }

    // A growing batch (core/schedule.hpp): every phase's updates are counted by its own batch
    // size, in updates.csv (the batch column) and on the per-update plot's epoch axis, whether
    // the run is drawn from its record or live, epoch by epoch.
    void growingBatchCountsEachPhaseByItsOwn_data()
    {
        QTest::addColumn<int>("factor");
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("epochs");
        QTest::newRow("x5 every epoch: 10, 2, 1 updates") << 5 << 1 << 3;
        QTest::newRow("x2 every 2 epochs: 10, 10, 5, 5, 3, 3") << 2 << 2 << 6;
        QTest::newRow("no growth") << 1 << 1 << 3;
    }
    void growingBatchCountsEachPhaseByItsOwn()
    {
        QFETCH(int, factor);
        QFETCH(int, every);
        QFETCH(int, epochs);
        core::RunSettings s = ui::defaultRunSettings();
        s.data.kind = core::DatasetKind::Digits;
        s.data.nTrain = 100;
        s.data.nVal = 50;
        s.train.batchSize = 10;
        s.train.epochs = epochs;
        s.train.batchGrowth = {factor, every};
        s.train.earlyStopping.enabled = false;
        const core::RunSpec spec = core::specOf(s);
        const core::RunResult r = core::trainSpec(spec);
        const int rows = spec.trainingRows();
        const core::TrainConfig& t = spec.settings.train;
        const std::vector<ui::UpdatePoint> points = ui::updatePointsOf(r.history, 10);
        QCOMPARE(std::int64_t(points.size()), core::updatesInEpochs(t, rows, epochs));
        for (const ui::UpdatePoint& p : points) {
            const std::int64_t before = core::updatesInEpochs(t, rows, p.epoch - 1);
            const int steps =
                core::stepsPerEpoch(rows, core::batchSizeOfEpoch(t, rows, p.epoch - 1));
            QCOMPARE(std::int64_t(p.batch), p.lastUpdate - 1 - before);
            QVERIFY(p.batch < steps);
            // On the epoch axis: within its epoch, its last batch at the epoch's end.
            const double x = ui::updateKey(p, ui::UpdateAxis::Epoch, 10, r.history.epochs);
            QVERIFY2(x > p.epoch - 1 && x <= p.epoch, qPrintable(QString::number(x)));
            if (p.batch == steps - 1)
                QCOMPARE(x, double(p.epoch));
        }

        // The per-update plot on the epoch axis, fed epoch by epoch as the window's worker does
        // (an epoch's points come before its end): every point within its epoch at the end.
        ui::LossPerUpdatePlot plot;
        plot.setRunShape(core::stepsPerEpoch(rows, 10), rows);
        plot.setAxis(ui::UpdateAxis::Epoch);
        for (int e = 1; e <= epochs; ++e) {
            ui::RunSnapshot points;
            for (const ui::UpdatePoint& p : r.history.updates)
                if (p.epoch == e)
                    points.updates.push_back(p);
            ui::RunSnapshot end;
            end.epochs.push_back(r.history.epochs[std::size_t(e)]);
            if (e == 1)
                end.epochs.insert(end.epochs.begin(), r.history.epochs.front());
            plot.append(points);
            plot.append(end);
        }
        QCPGraph* raw = plot.graph(0);
        for (int i = 0; i < plot.graphCount(); ++i)
            if (plot.graph(i)->dataCount() == int(points.size()))
                raw = plot.graph(i);
        QCOMPARE(raw->dataCount(), int(points.size()));
        for (int i = 0; i < raw->dataCount(); ++i) {
            const ui::UpdatePoint& p = points[std::size_t(i)];
            QCOMPARE(raw->data()->at(i)->key,
                     ui::updateKey(p, ui::UpdateAxis::Epoch, 10, r.history.epochs));
        }
    }

    void exportedCaptionWraps()
    {
        ui::LossPerEpochPlot plot;
        const QString shortCaption = QStringLiteral("B = 4 · E = 300 · Adam 0.01");
        QString longCaption;
        for (int i = 0; i < 12; ++i)
            longCaption += QStringLiteral("B = %1 · E = 300 · Adam 0.01 · 30 questions, seed %2; ")
                               .arg(i + 1)
                               .arg(i * 7);
        // The caption strip: the rows of its grey at the left margin, from the bottom up.
        const auto strip = [&](const QString& caption) {
            const QImage img = ui::ImageExporter::renderPlot(&plot, 600, 400, 1.0, caption);
            int rows = 0;
            for (int y = img.height() - 1; y >= 0; --y, ++rows)
                if (img.pixelColor(2, y) != QColor(246, 246, 246))
                    break;
            return rows;
        };
        const int one = strip(shortCaption);
        const int many = strip(longCaption);
        qInfo("caption strip: %d px for one line, %d px for the long caption", one, many);
        QVERIFY(one > 10);
        QVERIFY(many > 2 * one);
    }
};

QTEST_MAIN(TestPlotAxes)
#include "tst_plot_axes.moc"
