// The window: sliders moved with key events change the run and the updates-per-epoch line;
// raising epochs continues the run; the epoch plot gains one point per epoch; exports write
// images of the requested size and CSVs with the right rows; a bad path reports an error and
// leaves nothing behind.
#include "quiet_platform.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/plots/csv_exporter.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/session.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using ui::MainWindow;
using ui::RunState;

namespace
{

std::unique_ptr<MainWindow> makeWindow(bool paused)
{
    return fixture::Setup().paused(paused).debounce(30).shown().window();
}

int lineCount(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    return int(f.readAll().count('\n'));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void batchSliderChangesRun_data();
    void batchSliderChangesRun();
    void raisingEpochsContinuesTheRun();
    void epochPlotGainsOnePointPerEpoch();
    void viewsReadTheStoresEpochRows();
    void exportImageHasRequestedSize_data();
    void exportImageHasRequestedSize();
    void exportCsvHasOneRowPerUpdateAndEpoch();
    void unwritablePathReportsAndWritesNothing_data();
    void unwritablePathReportsAndWritesNothing();
    void closingAtRandomMomentsOfARun();
};

void TestMainWindow::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::batchSliderChangesRun_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("batch");
    QTest::addColumn<QString>("text");
    // The default run has N = 30 training rows and B = 4.
    QTest::newRow("Home: B = 1") << QList<int>{Qt::Key_Home} << 1
                                 << "N = 30, B = 1: 30 weight update";
    QTest::newRow("End: B = N") << QList<int>{Qt::Key_End} << 30
                                << "N = 30, B = 30: 1 weight update";
    QTest::newRow("4 x Right: B = 8")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Right} << 8
        << "N = 30, B = 8: 4 weight update";
}

void TestMainWindow::batchSliderChangesRun()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, batch);
    QFETCH(QString, text);
    auto w = makeWindow(true);
    const quint64 before = w->controller()->generation();
    QSlider* slider = w->controlsPanel()->batchSlider();
    slider->setFocus();
    for (int k : keys)
        QTest::keyClick(slider, Qt::Key(k));
    QCOMPARE(w->controlsPanel()->batchSpin()->value(), batch);
    QVERIFY2(w->controlsPanel()->updatesPerEpochLabel()->text().startsWith(text),
             qPrintable(w->controlsPanel()->updatesPerEpochLabel()->text()));
    // After the debounce, one new generation with the new batch size.
    QTRY_COMPARE_WITH_TIMEOUT(w->controller()->generation(), before + 1, 5000);
    QCOMPARE(w->controller()->settings().train.batchSize, batch);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    QCOMPARE(w->controller()->progress().stepsPerEpoch, (30 + batch - 1) / batch);
    // No second restart is waiting behind the debounce.
    QTRY_VERIFY_WITH_TIMEOUT(!w->controller()->restartPending(), 5000);
    QCOMPARE(w->controller()->generation(), before + 1);
}

void TestMainWindow::raisingEpochsContinuesTheRun()
{
    auto w = makeWindow(true);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    const quint64 g = w->controller()->generation();
    QSpinBox* epochs = w->controlsPanel()->epochSpin();
    epochs->setFocus();
    QTest::keyClick(epochs, Qt::Key_Up);
    QCOMPARE(w->controller()->settings().train.epochs, ui::defaultRunSettings().train.epochs + 1);
    QSlider* slider = w->controlsPanel()->epochSlider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(epochs->value(), 2000);
    QCOMPARE(w->controller()->settings().train.epochs, 2000);
    QVERIFY(w->controlsPanel()->totalUpdatesLabel()->text().contains(QStringLiteral("16,000")));
    QVERIFY(!w->controller()->restartPending()); // raising the epochs restarts nothing
    QCOMPARE(w->controller()->generation(), g);  // the same run, extended
    QCOMPARE(w->controller()->progress().epochsPlanned, 2000);
}

void TestMainWindow::epochPlotGainsOnePointPerEpoch()
{
    auto w = makeWindow(true);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    ui::LossPerEpochPlot* plot = w->lossPerEpochPlot();
    for (int epoch = 1; epoch <= 3; ++epoch) {
        w->controller()->stepEpoch();
        QTRY_COMPARE_WITH_TIMEOUT(w->controller()->progress().epochsDone, epoch, 5000);
        // Epoch 0 (initial weights) and one point per epoch, on the end-of-epoch curves.
        QTRY_COMPARE_WITH_TIMEOUT(int(plot->epochs().size()), epoch + 1, 5000);
        for (int i = 1; i <= 2; ++i) // end-of-epoch training loss, validation loss
            QCOMPARE(plot->graph(i)->dataCount(), epoch + 1);
        QCOMPARE(plot->graph(0)->dataCount(), epoch); // Keras's loss has no epoch 0
    }
    QCOMPARE(int(w->lossPerUpdatePlot()->points().size()), 3 * 8);
}

void TestMainWindow::viewsReadTheStoresEpochRows()
{
    // The live run's epoch rows are kept once, in its store entry: the plots and the exam view
    // read them there (a long run's rows would otherwise be held in several copies).
    auto w = makeWindow(true);
    const auto finishedRun = [&w](int batchSize) {
        core::RunSettings s = ui::defaultRunSettings();
        s.train.batchSize = batchSize;
        s.train.epochs = 3;
        w->controller()->start(s);
        w->controller()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(w->controller()->progress().state == RunState::Finished &&
                                     w->controller()->progress().epochsDone == 3,
                                 20000);
        const ui::RunEntry* live = w->session()->liveEntry();
        QVERIFY(live);
        QTRY_COMPARE_WITH_TIMEOUT(int(live->data.epochs.size()), 4, 5000);
        QCOMPARE(w->lossPerEpochPlot()->epochs().size(), std::size_t(4));
        QCOMPARE(&w->lossPerEpochPlot()->epochs(), &live->data.epochs);
        QCOMPARE(&w->lossPerUpdatePlot()->epochs(), &live->data.epochs);
        QCOMPARE(&w->teaching()->examView()->epochs(), &live->data.epochs);
    };
    finishedRun(8);
    if (QTest::currentTestFailed())
        return;
    const ui::RunId first = w->session()->liveRun();
    finishedRun(16); // a new live run; the first is kept (it ended)
    if (QTest::currentTestFailed())
        return;
    const ui::RunEntry* kept = w->session()->store()->entry(first);
    QVERIFY(kept && !kept->live);
    // A kept run shown in the exam view is read from its entry too; the plots stay on the live.
    w->session()->select(first);
    QCOMPARE(&w->teaching()->examView()->epochs(), &kept->data.epochs);
    QCOMPARE(&w->lossPerEpochPlot()->epochs(), &w->session()->liveEntry()->data.epochs);
    w->session()->select(w->session()->liveRun());
    QCOMPARE(&w->teaching()->examView()->epochs(), &w->session()->liveEntry()->data.epochs);
}

void TestMainWindow::exportImageHasRequestedSize_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("caption");
    QTest::newRow("png 800x500") << "png" << 800 << 500 << 1.0 << false;
    QTest::newRow("png 640x400 x2 caption") << "png" << 640 << 400 << 2.0 << true;
    QTest::newRow("jpg 300x200 x3") << "jpg" << 300 << 200 << 3.0 << true;
    QTest::newRow("bmp 400x300") << "bmp" << 400 << 300 << 1.0 << false;
    QTest::newRow("pdf") << "pdf" << 600 << 400 << 1.0 << true;
    QTest::newRow("svg") << "svg" << 600 << 400 << 1.0 << true;
}

void TestMainWindow::exportImageHasRequestedSize()
{
    QFETCH(QString, format);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, scale);
    QFETCH(bool, caption);
    auto w = makeWindow(true);
    w->controller()->stepEpoch();
    QTRY_COMPARE_WITH_TIMEOUT(w->controller()->progress().epochsDone, 1, 5000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int target = 0; target < 2; ++target) {
        ui::ImageExportOptions o;
        o.path = dir.filePath(QStringLiteral("plot%1.%2").arg(target).arg(format));
        o.width = width;
        o.height = height;
        o.scale = scale;
        o.caption = caption ? w->caption() : QString();
        const ui::ExportResult r =
            target == 0 ? w->exportPlotImage(w->lossPerUpdatePlot(), o) : w->exportWindowImage(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(o.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        if (format == QLatin1String("pdf")) {
            QVERIFY(head.startsWith("%PDF"));
        } else if (format == QLatin1String("svg")) {
            QVERIFY(f.readAll().contains("<svg"));
        } else {
            const QImage image(o.path);
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(qRound(width * scale), qRound(height * scale)));
        }
    }
    // Nothing but the two images (no temporary files) is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestMainWindow::exportCsvHasOneRowPerUpdateAndEpoch()
{
    auto w = makeWindow(true);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    w->controller()->stepUpdates(5 * 8 + 3); // 5 epochs and 3 updates of the 6th
    QTRY_COMPARE_WITH_TIMEOUT(w->controller()->progress().updatesDone, 43, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(int(w->lossPerUpdatePlot()->points().size()), 43, 5000);
    QTemporaryDir dir;
    const QString updates = dir.filePath(QStringLiteral("updates.csv"));
    const QString epochs = dir.filePath(QStringLiteral("epochs.csv"));
    QVERIFY(w->exportUpdatesCsv(updates).ok);
    QVERIFY(w->exportEpochsCsv(epochs).ok);
    QCOMPARE(lineCount(updates), 1 + 43);
    QCOMPARE(lineCount(epochs), 1 + 1 + 5); // header, epoch 0, epochs 1-5
    QFile f(epochs);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines[0].startsWith("epoch,loss,batch_loss_mean,train_loss,val_loss"));
    QVERIFY(lines[1].startsWith("0,,"));
    QVERIFY(lines[6].startsWith("5,"));
}

void TestMainWindow::unwritablePathReportsAndWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("png") << "png";
    QTest::newRow("svg") << "svg";
    QTest::newRow("pdf") << "pdf";
    QTest::newRow("csv") << "csv";
}

void TestMainWindow::unwritablePathReportsAndWritesNothing()
{
    QFETCH(QString, kind);
    auto w = makeWindow(true);
    QStringList errors;
    w->setErrorSink([&](const QString&, const QString& text) { errors << text; });
    QTemporaryDir dir;
    // Two ways to fail: the target is an existing folder, or its folder does not exist.
    const QString blocked = dir.filePath(QStringLiteral("blocked.") + kind);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked.") + kind));
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.") + kind);
    for (const QString& path : {blocked, missing}) {
        ui::ExportResult r;
        if (kind == QLatin1String("csv")) {
            r = w->exportEpochsCsv(path);
        } else {
            ui::ImageExportOptions o;
            o.path = path;
            o.width = 400;
            o.height = 300;
            r = w->exportPlotImage(w->lossPerEpochPlot(), o);
        }
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QDir::toNativeSeparators(path)));
    }
    QCOMPARE(errors.size(), 2);
    // Nothing was written: the folder holds only the blocking folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("blocked.") + kind});
    QVERIFY(QDir(blocked).isEmpty());
}

// Stress (seeded): 100 windows closed at random moments of their run (before the first update,
// during it, at its end, paused); each close returns within a second.
void TestMainWindow::closingAtRandomMomentsOfARun()
{
    std::mt19937 rng(1202);
    for (int i = 0; i < 100; ++i) {
        auto w = makeWindow(rng() % 4 == 0);
        const std::int64_t after = std::int64_t(rng() % 400);
        if (!w->controller()->isPaused() && after > 0)
            QTRY_VERIFY_WITH_TIMEOUT(w->controller()->progress().updatesDone >= after ||
                                         w->controller()->progress().state ==
                                             ui::RunState::Finished,
                                     10000);
        QElapsedTimer t;
        t.start();
        w->close();
        w.reset();
        // Generous: a hang (seconds of evaluation before) fails, a busy machine does not.
        QVERIFY2(t.elapsed() < 10000,
                 qPrintable(QStringLiteral("close %1 took %2 ms").arg(i).arg(t.elapsed())));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
