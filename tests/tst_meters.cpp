// The meters in the window (ui/experiments): the noise view measures the live run's weights off
// the GUI thread and plots measured beside formula; the spread of the per-update loss of the
// kept runs per batch size; the cost view measures in the background and the exam view shows the
// current B's measured cost; Experiments menu of the main window has both docks.
#include "ui/experiments/cost_view.hpp"
#include "ui/experiments/meters_docks.hpp"
#include "ui/experiments/noise_view.hpp"
#include "ui/plots/cost_plot.hpp"
#include "ui/plots/noise_plot.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/training_controller.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

namespace
{

core::RunSettings smallRun(int epochs = 2000)
{
    return fixture::smallRun(
        {.hidden = {8, 8}, .batch = 4, .epochs = epochs, .validationRows = 20});
}

ui::UpdatePoint point(std::int64_t u, int epoch, double loss, int count = 1)
{
    ui::UpdatePoint p;
    p.firstUpdate = u;
    p.lastUpdate = u + count - 1;
    p.count = count;
    p.epoch = epoch;
    p.meanLoss = p.minLoss = p.maxLoss = loss;
    return p;
}

} // namespace

class TestMeters : public QObject
{
    Q_OBJECT
private slots:
    void defaultBatchSizes_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("sizes");
        QTest::addRow("30") << 30 << QList<int>{1, 2, 4, 8, 16, 30};
        QTest::addRow("32") << 32 << QList<int>{1, 2, 4, 8, 16, 32};
        QTest::addRow("1") << 1 << QList<int>{1};
        QTest::addRow("0") << 0 << QList<int>{};
    }
    void defaultBatchSizes()
    {
        QFETCH(int, n);
        QFETCH(QList<int>, sizes);
        const std::vector<int> got = ui::defaultBatchSizes(n);
        QCOMPARE(QList<int>(got.begin(), got.end()), sizes);
    }

    void lossSpread()
    {
        ui::RunStore store;
        core::RunSpec spec = core::specOf(smallRun());
        spec.settings.train.batchSize = 2;
        const ui::RunId a = store.add(spec, ui::RunOrigin::Window, false);
        ui::RunSnapshot s;
        // Epoch 1: 1, 3 (mean 2); epoch 2: 2, 2, 5 (a bucket of 4 updates: ignored) (mean 2).
        s.updates = {point(1, 1, 1.0), point(2, 1, 3.0), point(3, 2, 2.0), point(4, 2, 2.0),
                     point(5, 2, 5.0, 4)};
        store.appendTo(a, std::move(s));
        // A second run with B = 2: epoch 1: 0, 2 (mean 1) -> pooled with the first.
        const ui::RunId b = store.add(spec, ui::RunOrigin::Window, false);
        ui::RunSnapshot t;
        t.updates = {point(1, 1, 0.0), point(2, 1, 2.0)};
        store.appendTo(b, std::move(t));
        // B = 30: one update per epoch, no spread; and a live run is not counted.
        spec.settings.train.batchSize = 30;
        const ui::RunId c = store.add(spec, ui::RunOrigin::Window, false);
        ui::RunSnapshot u;
        u.updates = {point(1, 1, 1.0), point(2, 2, 0.5)};
        store.appendTo(c, std::move(u));
        spec.settings.train.batchSize = 4;
        const ui::RunId d = store.add(spec, ui::RunOrigin::Window, true);
        ui::RunSnapshot v;
        v.updates = {point(1, 1, 1.0), point(2, 1, 9.0)};
        store.appendTo(d, std::move(v));

        const std::map<int, double> spread = ui::lossSpreadByBatchSize(store);
        QCOMPARE(int(spread.size()), 1);
        // Squares 1 + 1 + 0 + 0 + 1 + 1 = 4 over 6 updates in 3 epochs: sqrt(4 / 3).
        QVERIFY(std::abs(spread.at(2) - std::sqrt(4.0 / 3.0)) < 1e-15);
    }

    void noiseViewMeasuresTheLiveRun()
    {
        ui::TrainingController controller;
        controller.setSpeed(300.0);
        ui::RunStore store;
        ui::NoiseView view(&controller, &store);
        view.setMinIntervalMs(50);
        view.resize(700, 450);
        view.show();
        QSignalSpy measured(&view, &ui::NoiseView::measured);
        controller.start(smallRun());
        QTRY_VERIFY_WITH_TIMEOUT(measured.count() >= 1, 20000);
        const core::NoiseReport r = view.report();
        QCOMPARE(r.samples, 30);
        QCOMPARE(int(r.rows.size()), 6);
        for (const core::NoiseRow& row : r.rows) {
            if (row.method == core::NoiseMethod::Enumerated)
                QVERIFY(std::abs(row.measuredVariance - row.theoryVariance) <=
                        1e-12 * std::max(row.theoryVariance, 1e-300));
            else
                QVERIFY(std::abs(row.measuredVariance - row.theoryVariance) <=
                        5.0 * row.standardError);
        }
        QCOMPARE(r.rows.back().measuredVariance, 0.0);
        // Plotted: every B below N (B = N has no noise and no place on a log axis).
        QCOMPARE(view.plot()->graph(0)->dataCount(), 5);
        QCOMPARE(view.plot()->graph(1)->dataCount(), 5);
        // The run keeps training: the view measures again, at its new weights.
        const int before = view.measurements();
        QTRY_VERIFY_WITH_TIMEOUT(view.measurements() > before + 1, 20000);
        QVERIFY(view.report().sigma2 != r.sigma2);
        controller.stop();
    }

    void noiseMeasuresOffTheGuiThread()
    {
        ui::TrainingController controller;
        controller.setPaused(true);
        ui::NoiseView view(&controller, nullptr);
        controller.start(smallRun());
        QTRY_VERIFY_WITH_TIMEOUT(controller.runStart() != nullptr, 10000);
        QSignalSpy measured(&view, &ui::NoiseView::measured);
        view.measureNow();
        // Handed to the view's thread: nothing measured yet when measureNow() returns.
        QVERIFY(view.busy());
        QCOMPARE(measured.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 20000);
        QVERIFY(!view.busy());
        // At the initial weights (the run is paused before its first update).
        core::Network net(controller.runStart()->spec);
        net.parameters() = controller.runStart()->initialParameters;
        const core::NoiseReport direct =
            core::measureNoise(net, controller.runStart()->data.train, {ui::defaultBatchSizes(30)});
        QCOMPARE(view.report().sigma2, direct.sigma2);
        QCOMPARE(view.report().rows.at(1).measuredVariance, direct.rows.at(1).measuredVariance);
    }

    void hiddenViewDoesNotMeasure()
    {
        ui::TrainingController controller;
        controller.setSpeed(300.0);
        ui::NoiseView view(&controller, nullptr);
        view.setMinIntervalMs(10);
        QSignalSpy progress(&controller, &ui::TrainingController::progressChanged);
        controller.start(smallRun());
        QTRY_VERIFY_WITH_TIMEOUT(controller.progress().updatesDone > 50, 20000);
        QCOMPARE(view.measurements(), 0);
        QVERIFY(!view.busy());
        controller.stop();
    }

    void costViewAndExamNumbers()
    {
        ui::TrainingController controller;
        controller.setPaused(true);
        controller.start(smallRun(5));
        ui::CostView view(&controller);
        view.setSecondsPerBatchSize(0.02);
        view.setBatchSizes({1, 4, 30});
        ui::ExamView exam;
        exam.setPlan(30, 4, 5);
        QVERIFY(!exam.numbersLabel()->text().contains(QLatin1String("measured")));
        connect(&view, &ui::CostView::measured, &exam, &ui::ExamView::setMeasuredCost);
        QSignalSpy measured(&view, &ui::CostView::measured);
        view.measure();
        QVERIFY(view.busy());
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 20000);
        QCOMPARE(int(view.rows().size()), 3);
        QCOMPARE(view.rows()[1].updatesPerEpoch, 8);
        QCOMPARE(view.plot()->graph(0)->dataCount(), 3);
        QCOMPARE(view.plot()->graph(2)->data()->at(1)->value, double(view.rows()[1].bytesPerBatch));
        const QString html = exam.numbersLabel()->text();
        QVERIFY2(html.contains(QLatin1String("time per check (measured)")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("time per pass (measured)")));
        // The exam view's memory is the cost meter's bytes.
        QCOMPARE(ui::ExamView::batchMemoryBytes(controller.runStart()->spec, 4),
                 view.rows()[1].bytesPerBatch);
    }

    void costViewClosesWhileMeasuring()
    {
        ui::TrainingController controller;
        controller.setPaused(true);
        controller.start(smallRun(5));
        auto view = std::make_unique<ui::CostView>(&controller);
        view->setSecondsPerBatchSize(2.0);
        view->measure();
        QVERIFY(view->busy());
        view.reset(); // cancels and waits; nothing is posted to the gone view
        QCoreApplication::processEvents();
    }

    void metersAreReadable_data()
    {
        QTest::addColumn<QSize>("size");
        // The dock beside the window at 1366 x 768, a small floating dock, an export's size.
        QTest::newRow("dock 265x700") << QSize(265, 700);
        QTest::newRow("small 300x330") << QSize(300, 330);
        QTest::newRow("export 800x500") << QSize(800, 500);
    }

    // Both meters at any size: the legend under the plot (over neither the data nor the words
    // below the plot), every axis title whole (broken into lines where the axis is short), tick
    // labels as numbers people read (no "1E+05", no two ticks with one label).
    void metersAreReadable()
    {
        QFETCH(QSize, size);
        ui::TrainingController controller;
        controller.setPaused(true);
        controller.start(smallRun(5));
        QTRY_VERIFY_WITH_TIMEOUT(controller.runStart() != nullptr, 10000);
        ui::NoiseView noise(&controller, nullptr);
        QSignalSpy measured(&noise, &ui::NoiseView::measured);
        noise.measureNow();
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 20000);
        ui::CostView cost(&controller);
        cost.setSecondsPerBatchSize(0.02);
        QSignalSpy costed(&cost, &ui::CostView::measured);
        cost.measure();
        QTRY_COMPARE_WITH_TIMEOUT(costed.count(), 1, 20000);
        const std::pair<QWidget*, ui::PlotWidget*> views[] = {{&noise, noise.plot()},
                                                              {&cost, cost.plot()}};
        for (const auto& [view, plot] : views) {
            view->resize(size);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
            const QString name = plot->title();
            // Laid out at this size (titles and tick counts settle in a replot or two).
            for (int turn = 0; turn < 3; ++turn) {
                plot->replot();
                QCoreApplication::processEvents();
            }
            view->grab().save(QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("batchlab_meter_%1_%2x%3.png")
                                                .arg(name)
                                                .arg(size.width())
                                                .arg(size.height())));
            const QRect area = plot->axisRect()->rect();
            QVERIFY2(!plot->legend->outerRect().intersects(area), qPrintable(name));
            QVERIFY2(QRect(QPoint(0, 0), plot->size()).contains(plot->legend->outerRect()),
                     qPrintable(name));
            for (QLabel* words : view->findChildren<QLabel*>())
                if (words->isVisible())
                    QVERIFY2(!words->geometry().intersects(plot->geometry()), qPrintable(name));
            for (QCPAxis* a : plot->axisRect()->axes()) {
                if (!a->visible())
                    continue;
                const bool horizontal = a->orientation() == Qt::Horizontal;
                const int length = horizontal ? area.width() : area.height();
                const QFontMetrics fm(a->labelFont());
                for (const QString& line : a->label().split(QLatin1Char('\n')))
                    QVERIFY2(fm.horizontalAdvance(line) <= length,
                             qPrintable(QStringLiteral("%1: '%2' is longer than its axis (%3 px)")
                                            .arg(name, line)
                                            .arg(length)));
                const QVector<QString> labels = a->tickVectorLabels();
                for (int i = 0; i < labels.size(); ++i) {
                    QVERIFY2(!labels[i].contains(QLatin1String("E+"), Qt::CaseInsensitive) &&
                                 !labels[i].contains(QLatin1String("e-")),
                             qPrintable(name + QStringLiteral(": ") + labels[i]));
                    if (i > 0 && !labels[i].isEmpty())
                        QVERIFY2(labels[i] != labels[i - 1],
                                 qPrintable(name + QStringLiteral(": two ticks ") + labels[i]));
                }
                // Vertical tick labels have their lines' room.
                if (!horizontal && labels.size() > 1)
                    QVERIFY2(labels.size() * QFontMetrics(a->tickLabelFont()).height() <= length,
                             qPrintable(name + QStringLiteral(": crowded ticks")));
            }
            view->hide();
        }
    }

    void experimentsMenu()
    {
        ui::MainWindow w(fixture::Setup().paused().options());
        w.show();
        auto* menu = w.menuBar()->findChild<QMenu*>(QStringLiteral("experimentsMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction* a : menu->actions())
            names << a->objectName();
        QVERIFY(names.contains(QLatin1String("noiseAction")));
        QVERIFY(names.contains(QLatin1String("costAction")));
        QVERIFY(!w.meters()->noiseDock()->isVisible());
        QSignalSpy measured(w.meters()->noiseView(), &ui::NoiseView::measured);
        w.meters()->noiseDock()->toggleViewAction()->trigger();
        QVERIFY(w.meters()->noiseDock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(measured.count() >= 1, 20000);
    }
};

QTEST_MAIN(TestMeters)
#include "tst_meters.moc"
