// The window's sweep (ui::SweepJob, SweepView, SweepDialog): a sweep finishes in the background
// and every run enters the store as it ends (kept, not shown, labelled with its seed); cancel
// stops it; the plots' points and error bars equal the summary; the dialog offers the default
// batch sizes and refuses a bad value naming it.
#include "slowdown.hpp"
#include "ui/experiments/sweep_dialog.hpp"
#include "ui/experiments/sweep_view.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/session/session.hpp"
#include "ui/session/sweep_job.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include <thread>

namespace
{

core::RunSpec smallBase(int epochs = 10)
{
    core::RunSpec spec = core::specOf(core::overfitPreset());
    spec.settings.hidden = {8};
    spec.settings.data.nVal = 40;
    spec.settings.train.epochs = epochs;
    return spec;
}

core::SweepSpec smallSweep(int epochs = 10)
{
    core::SweepSpec s;
    s.base = smallBase(epochs);
    s.values = {2, 8, 30};
    s.seeds = 2;
    return s;
}

} // namespace

class TestSweepView : public QObject
{
    Q_OBJECT
private slots:
    void finishesAndStoresEveryRun()
    {
        ui::RunStore store;
        ui::SweepJob job(&store);
        QSignalSpy finished(&job, &ui::SweepJob::finished);
        QSignalSpy runs(&job, &ui::SweepJob::runFinished);
        QString error;
        QVERIFY2(job.start(smallSweep(), 2, &error), qPrintable(error));
        QVERIFY(job.running());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * sanitizerSlowdown);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!job.running());
        QCOMPARE(runs.count(), 6);
        QCOMPARE(job.runsDone(), 6);
        QCOMPARE(store.size(), 6);
        QCOMPARE(int(job.runIds().size()), 6);
        for (const auto& e : store.runs()) {
            QCOMPARE(e->origin, ui::RunOrigin::Background);
            QVERIFY(e->pinned);
            QVERIFY(!e->shown);
            QVERIFY(e->ended());
            QVERIFY2(e->label.contains(QLatin1String("seed")), qPrintable(e->label));
            QCOMPARE(int(e->data.epochs.size()), 11); // epoch 0 and 10 epochs
        }
        // The store's runs are the sweep's: final validation loss of each, bit for bit.
        for (const core::SweepRunResult& r : job.results()) {
            bool found = false;
            for (const auto& e : store.runs())
                found = found || (e->spec.settings.train.batchSize == int(r.value) &&
                                  e->spec.settings.initSeed == std::uint64_t(r.seed) &&
                                  e->data.epochs.back().valLoss == r.finalValLoss);
            QVERIFY(found);
        }
        QCOMPARE(job.secondsLeft(), 0.0);
    }

    // A sweep's runs never push out the user's kept runs (the store keeps 8 unpinned ones).
    void keepsTheUsersRuns()
    {
        ui::RunStore store;
        std::vector<ui::RunId> mine;
        for (int i = 0; i < ui::RunStore::keptUnpinned(); ++i)
            mine.push_back(store.add(smallBase(), ui::RunOrigin::Window, false));
        ui::SweepJob job(&store);
        QSignalSpy finished(&job, &ui::SweepJob::finished);
        QVERIFY(job.start(smallSweep(3), 2));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * sanitizerSlowdown);
        QCOMPARE(store.size(), ui::RunStore::keptUnpinned() + 6);
        for (ui::RunId id : mine)
            QVERIFY(store.entry(id));
    }

    void cancelStopsIt()
    {
        ui::RunStore store;
        ui::SweepJob job(&store);
        QSignalSpy finished(&job, &ui::SweepJob::finished);
        QVERIFY(job.start(smallSweep(1000000), 2));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000 * sanitizerSlowdown);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(job.wasCancelled());
        QVERIFY(job.runsDone() < job.runsPlanned());
        QCOMPARE(store.size(), job.runsDone());
    }

    void viewShowsTheSummary()
    {
        ui::RunStore store;
        ui::SweepJob job(&store);
        ui::SweepView view(&job);
        QSignalSpy finished(&job, &ui::SweepJob::finished);
        QVERIFY(job.start(smallSweep(), 1));
        QVERIFY(view.cancelButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * sanitizerSlowdown);
        QVERIFY(!view.cancelButton()->isEnabled());
        QCOMPARE(view.progressBar()->value(), 6);
        QCOMPARE(view.progressBar()->maximum(), 6);
        const std::vector<core::SweepSummaryRow> summary = job.summary();
        QCOMPARE(summary.size(), std::size_t(3));
        for (ui::SweepPlot* plot : {view.lossPlot(), view.costPlot()})
            for (core::SweepColumn c : plot->columns()) {
                QCPGraph* g = plot->graphOf(c);
                QCPErrorBars* bars = plot->errorBarsOf(c);
                QVERIFY(g && bars);
                int points = 0;
                for (const core::SweepSummaryRow& row : summary) {
                    const core::SweepStat& s = row[c];
                    if (s.n == 0 || (plot->kind() == ui::SweepPlot::Kind::Costs && s.mean <= 0))
                        continue;
                    QCOMPARE(g->data()->at(points)->key, row.value);
                    QCOMPARE(g->data()->at(points)->value, s.mean);
                    QCOMPARE(bars->data()->at(points).errorPlus, s.sd);
                    // A count or a time is never below zero: the costs' bars stop there.
                    QCOMPARE(bars->data()->at(points).errorMinus,
                             plot->kind() == ui::SweepPlot::Kind::Costs ? std::min(s.sd, s.mean)
                                                                        : s.sd);
                    ++points;
                }
                QCOMPARE(g->dataCount(), points);
            }
        // The costs are four units (epochs, weight updates, questions, seconds): each has its
        // own small plot with a linear axis from zero and its heading, and every point with its
        // error bar lies inside it (one log axis for all four had bars falling off below).
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::SweepPlot* costs = view.costPlot();
        costs->replot();
        QCOMPARE(costs->axisRectCount(), int(costs->columns().size()));
        QCOMPARE(costs->headings().size(), costs->columns().size());
        std::vector<const QCPAxis*> axes;
        for (std::size_t i = 0; i < costs->columns().size(); ++i) {
            const core::SweepColumn c = costs->columns()[i];
            const QCPGraph* g = costs->graphOf(c);
            const QCPAxis* y = g->valueAxis();
            QVERIFY(std::find(axes.begin(), axes.end(), y) == axes.end());
            axes.push_back(y);
            QCOMPARE(y->scaleType(), QCPAxis::stLinear);
            QCOMPARE(y->range().lower, 0.0);
            QVERIFY(costs->headings()[i]->visible());
            QVERIFY(!costs->headings()[i]->text().isEmpty());
            // The heading sits above its plot, not over it.
            QVERIFY(
                !costs->headings()[i]->outerRect().intersects(g->keyAxis()->axisRect()->rect()));
            const QCPErrorBars* bars = costs->errorBarsOf(c);
            for (int k = 0; k < g->dataCount(); ++k) {
                const double mean = g->data()->at(k)->value;
                const QCPErrorBarsData e = bars->data()->at(k);
                QVERIFY2(mean - e.errorMinus >= y->range().lower &&
                             mean + e.errorPlus <= y->range().upper,
                         qPrintable(ui::SweepPlot::columnName(c)));
            }
        }
        const QString shots = QDir::tempPath();
        costs->grab().save(QDir(shots).filePath(QStringLiteral("batchlab_sweep_cost.png")));
        // Hovering near B = 8 reads out the numbers of B = 8.
        const QString readout = view.lossPlot()->readoutFor(7.0);
        const core::SweepStat& at8 = summary[1][core::SweepColumn::FinalValLoss];
        QVERIFY2(readout.contains(QStringLiteral("= 8 ")), qPrintable(readout));
        QVERIFY2(readout.contains(QString::number(at8.mean, 'g', 4)), qPrintable(readout));
        QVERIFY2(readout.contains(QString::number(at8.sd, 'g', 2)), qPrintable(readout));
        QVERIFY(view.lossPlot()->xAxis->scaleType() == QCPAxis::stLogarithmic);
        QVERIFY(view.lossPlot()->graphOf(core::SweepColumn::FinalValLoss)->dataCount() == 3);
    }

    // The cost plot as headless `--sweep` exports it (a plot never shown, drawn at the export's
    // size): its four small plots share the picture's width, two columns from edge to edge. An
    // empty legend below them used to bound the column to its minimum: 532 of 1200 pixels.
    void costPlotsFillTheExport_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("640x480") << QSize(640, 480);
        QTest::newRow("1200x700") << QSize(1200, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void costPlotsFillTheExport()
    {
        QFETCH(QSize, size);
        std::vector<core::SweepSummaryRow> summary;
        for (double b : {1.0, 4.0, 30.0}) {
            core::SweepSummaryRow row;
            row.value = b;
            row.runs = 2;
            for (core::SweepStat& s : row.stats)
                s = {100.0 / b, 10.0 / b, 2};
            // Seconds as a fast run's: tens of microseconds.
            row.stats[int(core::SweepColumn::SecondsToBest)] = {5e-5 * b, 1e-5, 2};
            summary.push_back(row);
        }
        ui::SweepPlot costs(ui::SweepPlot::Kind::Costs);
        costs.resize(size);
        costs.setSweep(core::SweepParameter::BatchSize, summary);
        QCoreApplication::processEvents();
        costs.resetView();
        const QImage picture =
            ui::ImageExporter::renderPlot(&costs, size.width(), size.height(), 1.0, QString());
        QCOMPARE(picture.size(), size);
        int left = size.width(), right = 0;
        for (QCPAxisRect* r : costs.axisRects()) {
            left = std::min(left, r->rect().left());
            right = std::max(right, r->rect().right());
        }
        QVERIFY2(left < size.width() / 10 && right > size.width() * 9 / 10,
                 qPrintable(QStringLiteral("the small plots span x = %1..%2 of %3")
                                .arg(left)
                                .arg(right)
                                .arg(size.width())));
        // Seconds read as people read them: "50 µs", never "5·10⁻⁵" nor "1e-04".
        const QCPAxis* seconds = costs.graphOf(core::SweepColumn::SecondsToBest)->valueAxis();
        QVERIFY(!seconds->tickVectorLabels().isEmpty());
        for (const QString& label : seconds->tickVectorLabels())
            QVERIFY2(!label.contains(QChar(0x00B7)) && !label.contains(QLatin1Char('e')) &&
                         label.contains(QLatin1Char('s')),
                     qPrintable(label));
    }

    // Experiments > Sweep... in the window: the dialog starts from the window's settings, its
    // runs enter the session's store while the window keeps its live run.
    void windowMenuOpensTheSweep()
    {
        core::RunSettings settings = smallBase(6).settings;
        ui::MainWindow w(fixture::Setup().paused().settings(settings).options());
        w.show();
        auto* action = w.findChild<QAction*>(QStringLiteral("sweepAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = w.findChild<ui::SweepDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->epochsBox()->value(), 6);
        QCOMPARE(dialog->valuesEdit()->text(), QStringLiteral("1, 2, 4, 8, 16, 30"));
        dialog->seedsBox()->setValue(1);
        const int before = w.session()->store()->size();
        QSignalSpy finished(dialog->job(), &ui::SweepJob::finished);
        QVERIFY(dialog->startSweep());
        // The window is paused: all cores (one fewer only while it trains).
        QCOMPARE(dialog->job()->jobs(), ui::SweepJob::defaultJobs(false));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * sanitizerSlowdown);
        QCOMPARE(w.session()->store()->size(), before + 6);
        QVERIFY(w.session()->liveEntry());
        action->trigger(); // the same dialog again
        QCOMPARE(w.findChildren<ui::SweepDialog*>().size(), 1);
    }

    // A new sweep removes the previous sweep's runs that were not shown; a shown one stays.
    void sweepsDoNotPileUp()
    {
        ui::RunStore store;
        ui::SweepJob job(&store);
        QSignalSpy finished(&job, &ui::SweepJob::finished);
        QVERIFY(job.start(smallSweep(3), 2));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * sanitizerSlowdown);
        const std::vector<ui::RunId> first = job.runIds();
        QCOMPARE(int(first.size()), 6);
        store.setShown(first[2], true);
        QVERIFY(job.start(smallSweep(3), 2));
        QCOMPARE(store.size(), 1);
        QVERIFY(store.entry(first[2]));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000 * sanitizerSlowdown);
        QCOMPARE(store.size(), 7);
    }

    void jobsLeaveTheWindowACore()
    {
        const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        QCOMPARE(ui::SweepJob::defaultJobs(false), cores);
        QCOMPARE(ui::SweepJob::defaultJobs(true), std::max(1, cores - 1));
    }

    void dialogDefaultsAndRefusals()
    {
        ui::RunStore store;
        ui::SweepJob job(&store);
        ui::SweepDialog dialog(&job, core::specOf(core::overfitPreset()), [] { return false; });
        QCOMPARE(dialog.valuesEdit()->text(), QStringLiteral("1, 2, 4, 8, 16, 30"));
        QCOMPARE(dialog.seedsBox()->value(), 5);
        QCOMPARE(dialog.epochsBox()->value(), 300);
        dialog.parameterBox()->setCurrentIndex(1); // epochs
        QVERIFY(!dialog.epochsBox()->isEnabled());
        QVERIFY(!dialog.scaleBox()->isEnabled());
        dialog.parameterBox()->setCurrentIndex(0);
        dialog.valuesEdit()->setText(QStringLiteral("1, 4, x7"));
        QVERIFY(!dialog.startSweep());
        QVERIFY2(dialog.message().contains(QLatin1String("x7")), qPrintable(dialog.message()));
        // The core's refusals, said by the dialog in the window's language.
        const struct {
            const char* values;
            int seeds;
            const char* message;
        } refused[] = {
            {"1, 0", 5, "batch size = 0: needs a whole number from 1 to 1000000."},
            {"2.5", 5, "batch size = 2.5: needs a whole number from 1 to 1000000."},
            {"4, 8, 4", 5, "batch size = 4 is given twice."},
            {"1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21", 100,
             "21 values × 100 seeds are 2100 runs: a sweep trains at most 2000."},
        };
        for (const auto& r : refused) {
            dialog.valuesEdit()->setText(QString::fromUtf8(r.values));
            dialog.seedsBox()->setValue(r.seeds);
            QVERIFY(!dialog.startSweep());
            QCOMPARE(dialog.message(), QString::fromUtf8(r.message));
        }
        dialog.seedsBox()->setValue(5);
        QVERIFY(!dialog.job()->running());
        QCOMPARE(store.size(), 0);

        // The form's sweep: values, seeds, epochs and the rule as set.
        dialog.valuesEdit()->setText(QStringLiteral("2 8"));
        dialog.seedsBox()->setValue(3);
        dialog.epochsBox()->setValue(4);
        dialog.scaleBox()->setChecked(true);
        core::SweepSpec s;
        QString error;
        QVERIFY(dialog.sweepOf(&s, &error));
        QCOMPARE(s.values, (std::vector<double>{2, 8}));
        QCOMPARE(s.seeds, 3);
        QCOMPARE(s.base.settings.train.epochs, 4);
        QVERIFY(s.scaleLearningRate);
        QSignalSpy finished(dialog.job(), &ui::SweepJob::finished);
        QVERIFY(dialog.startSweep());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000 * sanitizerSlowdown);
        QCOMPARE(store.size(), 6);
    }
};

QTEST_MAIN(TestSweepView)
#include "tst_sweep_view.moc"
