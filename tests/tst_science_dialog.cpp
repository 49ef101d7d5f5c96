// Experiments > Batch-size science...: Start trains the chosen experiment in the background
// (every run enters the run store), the progress bar and the status follow it, the plots are
// drawn from its results, and Cancel stops it between two updates.
#include "ui/experiments/science_dialog.hpp"
#include "ui/experiments/science_plot.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/sweep_job.hpp"

#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

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
