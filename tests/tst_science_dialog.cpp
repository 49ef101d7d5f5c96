// Experiments > Batch-size science...: Start trains the chosen experiment in the background
// (every run enters the run store), the progress bar and the status follow it, the plots are
// drawn from its results, and Cancel stops it between two updates.
#include "ui/experiments/science_csv.hpp"
#include "ui/experiments/science_dialog.hpp"
#include "ui/experiments/science_plot.hpp"
#include "ui/plots/export_dialog.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/sweep_job.hpp"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

Q_DECLARE_METATYPE(core::Experiment)

namespace
{

// Answers the next ExportDialog with `path` (Save), once it is shown.
void saveNextExportAs(const QString& path)
{
    QTimer::singleShot(0, [path] {
        auto* dialog = qobject_cast<ui::ExportDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // The format box picks the format, as a user would choose it.
        auto* format = dialog->findChild<QComboBox*>();
        QVERIFY(format);
        format->setCurrentIndex(format->findData(QFileInfo(path).suffix()));
        dialog->findChild<QLineEdit*>()->setText(path);
        dialog->accept();
    });
}

} // namespace

class TestScienceDialog : public QObject
{
    Q_OBJECT

private slots:
    void runsAnExperiment()
    {
        ui::RunStore store;
        ui::ScienceDialog dialog(&store, [] { return false; });
        dialog.setExperiment(core::Experiment::IncreaseBatch);
        dialog.findChild<QSpinBox*>()->setValue(1);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("scienceStart")),
                          Qt::LeftButton);
        QVERIFY(dialog.job()->running() || dialog.job()->runsDone() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->running(), 120000);
        QCOMPARE(dialog.job()->runsPlanned(), 2);
        QCOMPARE(dialog.job()->runsDone(), 2);
        QCOMPARE(store.size(), 2);
        QCOMPARE(dialog.findChild<QProgressBar*>()->value(), 2);
        QVERIFY(dialog.statusText().contains(QStringLiteral("2 runs done")));
        QCOMPARE(dialog.plots().size(), std::size_t(2));
        dialog.resize(1100, 720);
        QVERIFY(dialog.grab().toImage().save(
            QDir::temp().filePath(QStringLiteral("batchlab_science_dialog.png"))));
        for (ui::SciencePlot* p : dialog.plots()) {
            QVERIFY(p->pointsGraph());
            QVERIFY(p->pointsGraph()->dataCount() > 0);
        }
        // The per-update plot: the growing batch ends after fewer updates than the decaying
        // learning rate (the same epochs).
        ui::SciencePlot* perUpdate = dialog.plots()[1];
        QCOMPARE(perUpdate->kind(), ui::SciencePlot::Kind::PerUpdate);
        QCOMPARE(perUpdate->graphCount(), 2);
        QVERIFY(perUpdate->graph(1)->data()->at(perUpdate->graph(1)->dataCount() - 1)->key <
                perUpdate->graph(0)->data()->at(perUpdate->graph(0)->dataCount() - 1)->key);
        // Per epoch the two curves coincide by design (the first phase is the same run): they
        // differ in line style, width and marker, not in colour alone, and the later drawn one
        // is the thinner, so the one below it stays visible.
        for (ui::SciencePlot* p : dialog.plots()) {
            QCOMPARE(p->graphCount(), 2);
            const QCPGraph* a = p->graph(0);
            const QCPGraph* b = p->graph(1);
            QVERIFY(a->pen().style() != b->pen().style());
            QVERIFY(a->scatterStyle().shape() != b->scatterStyle().shape());
            QVERIFY(a->scatterStyle().shape() != QCPScatterStyle::ssNone);
            QVERIFY(b->pen().widthF() < a->pen().widthF());
        }

        // Export image... saves the plot shown; a plot's context menu saves that plot.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString perEpochPng = dir.filePath(QStringLiteral("per_epoch.png"));
        saveNextExportAs(perEpochPng);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("scienceExport")),
                          Qt::LeftButton);
        QImage image(perEpochPng);
        QVERIFY2(!image.isNull(), qPrintable(perEpochPng));
        // The dialog's size (1200 x 700) at its scale for slides.
        QVERIFY(image.width() >= 1200);
        QCOMPARE(image.width() * 700, image.height() * 1200);
        const QString perUpdateSvg = dir.filePath(QStringLiteral("per_update.svg"));
        saveNextExportAs(perUpdateSvg);
        emit perUpdate->exportImageRequested();
        QFile svg(perUpdateSvg);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(dialog.caption().contains(QStringLiteral("seeds 1 to 1")));
        // A file that cannot be written: a message, no file, no crash.
        const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/x.png"));
        QTimer::singleShot(200, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        saveNextExportAs(nowhere);
        QVERIFY(!dialog.askExport());
        QVERIFY(!QFile::exists(nowhere));
    }

    // Export CSV... writes the files of `batchlab --headless --experiment NAME --write csv`
    // (the same writer, ui/experiments/science_csv.hpp): one row per run, one per epoch, and
    // for the critical batch the steps and the fitted numbers.
    void exportsCsv_data()
    {
        QTest::addColumn<core::Experiment>("experiment");
        QTest::addRow("increase-batch") << core::Experiment::IncreaseBatch;
        QTest::addRow("noise-scale") << core::Experiment::NoiseScale;
    }
    void exportsCsv()
    {
        QFETCH(core::Experiment, experiment);
        ui::RunStore store;
        ui::ScienceDialog dialog(&store, [] { return false; });
        dialog.setExperiment(experiment);
        dialog.findChild<QSpinBox*>()->setValue(1);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("scienceExportCsv"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing to write yet
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!dialog.exportCsv(dir.path()));
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->running(), 120000);
        QVERIFY(button->isEnabled());
        QVERIFY(dialog.exportCsv(dir.path()));

        // The rows follow the plan, whatever order the runs ended in.
        std::vector<core::SweepRunResult> results = dialog.job()->results();
        std::sort(results.begin(), results.end(),
                  [](const auto& a, const auto& b) { return a.index < b.index; });
        const std::vector<core::SweepRun>& plan = dialog.job()->plan();
        const QString stem = QString::fromStdString(core::experimentStem(experiment));
        const QStringList names = ui::experimentCsvNames(experiment);
        QCOMPARE(names, (QStringList{stem + QStringLiteral(".csv"),
                                     stem + QStringLiteral("_epochs.csv")}));
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        files.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(files, expected);
        const auto text = [&](const QString& name) {
            QFile f(QDir(dir.path()).filePath(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
        };
        QCOMPARE(text(names[0]), core::experimentRunsCsv(plan, results));
        QCOMPARE(text(names[1]), core::experimentEpochsCsv(plan, results));
        const std::string runs = text(names[0]);
        QVERIFY(runs.starts_with("run,value,seed,batch_size,learning_rate,"));
        QCOMPARE(std::count(runs.begin(), runs.end(), '\n'), std::ptrdiff_t(1 + plan.size()));

        // A folder that is not one: a message, no file, no crash.
        const QString nowhere = dir.filePath(names[0]) + QStringLiteral("/inside");
        QTimer::singleShot(200, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!dialog.exportCsv(nowhere));
        QVERIFY(!QFile::exists(QDir(nowhere).filePath(names[0])));
    }

    // The critical batch's fitted numbers: its four files, as --experiment critical-batch.
    void exportsTheFit()
    {
        const std::vector<core::SweepRun> plan =
            core::planExperiment(core::defaultExperiment(core::Experiment::CriticalBatch));
        QVERIFY(plan.size() > 4);
        // Results of three runs, one that reached its goal (numbers only: the files are read
        // from them as they are).
        std::vector<core::SweepRunResult> results(3);
        for (int i = 0; i < 3; ++i) {
            results[std::size_t(i)].index = 2 - i;
            results[std::size_t(i)].value = plan[std::size_t(2 - i)].value;
            results[std::size_t(i)].seed = plan[std::size_t(2 - i)].seed;
        }
        results[0].run.outcome.reason = core::StopReason::GoalReached;
        results[0].run.outcome.updates = 400;
        results[0].run.outcome.samples = 400;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(ui::writeExperimentCsv(dir.path(), core::Experiment::CriticalBatch, plan, results)
                    .ok);
        std::sort(results.begin(), results.end(),
                  [](const auto& a, const auto& b) { return a.index < b.index; });
        const core::CriticalBatchReading reading = core::readCriticalBatch(plan, results);
        const QStringList names = ui::experimentCsvNames(core::Experiment::CriticalBatch);
        QCOMPARE(names.size(), 4);
        const std::string expected[] = {
            core::experimentRunsCsv(plan, results), core::experimentEpochsCsv(plan, results),
            core::criticalBatchStepsCsv(reading), core::criticalBatchFitCsv(reading)};
        for (int i = 0; i < 4; ++i) {
            QFile f(QDir(dir.path()).filePath(names[i]));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(names[i]));
            QCOMPARE(f.readAll().toStdString(), expected[i]);
        }
        QVERIFY(names[3].endsWith(QStringLiteral("_fit.csv")));
        QVERIFY(expected[3].starts_with("fit,points,s_min,e_min,b_crit"));
    }

    void cancelStops()
    {
        ui::RunStore store;
        ui::ScienceDialog dialog(&store, [] { return false; });
        dialog.setExperiment(core::Experiment::CriticalBatch);
        dialog.show();
        QVERIFY(dialog.start());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("scienceCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->running(), 60000);
        QVERIFY(dialog.job()->wasCancelled());
        QVERIFY(dialog.job()->runsDone() < dialog.job()->runsPlanned());
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("Cancelled")));
    }
};

QTEST_MAIN(TestScienceDialog)
#include "tst_science_dialog.moc"
