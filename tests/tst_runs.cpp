// Compare runs: every run of the session is kept in the RunStore (the last 8 unpinned, pinned ones
// always), overlaid in both loss plots, shown in the Runs dock and readable on four x axes; a new
// user sets B = 4, then B = 1, then B = 30 and sees the three runs together; "Compare batch sizes"
// trains a list one after another; the language switch keeps the session (nothing retrained);
// no legend or mark label covers plotted data.
#include "quiet_platform.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/runs/runs_model.hpp"
#include "ui/runs/runs_view.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/session.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/session/training_controller.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/window_host.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using ui::MainWindow;
using ui::RunId;
using ui::RunState;
using ui::UpdateAxis;

namespace
{

core::RunSettings quickSettings(int batch, int epochs = 40)
{
    core::RunSettings s = ui::defaultRunSettings();
    s.train.batchSize = batch;
    s.train.epochs = epochs;
    return s;
}

MainWindow::Options windowOptions()
{
    return fixture::Setup().settings(quickSettings(4)).fullSpeed().options();
}

using fixture::allFinished;
using fixture::failOnError;
using fixture::trainTo;

// Last key of a graph (NaN when empty).
double lastKey(const QCPGraph* g)
{
    return g->dataCount() > 0 ? (g->data()->constEnd() - 1)->key : std::nan("");
}

// The graphs of the plot drawn in this colour (an overlaid run's curves).
std::vector<QCPGraph*> graphsOf(QCustomPlot* plot, quint32 rgb)
{
    std::vector<QCPGraph*> out;
    for (int i = 0; i < plot->graphCount(); ++i)
        if ((plot->graph(i)->pen().color().rgb() & 0xffffffu) == rgb)
            out.push_back(plot->graph(i));
    return out;
}

void checkNothingCovered(ui::PlotWidget* plot)
{
    plot->replot(); // lays out and places the labels now
    const QRect area = plot->axisRect()->rect();
    if (plot->legend->visible() && plot->legend->itemCount() > 0)
        QVERIFY2(!plot->legend->outerRect().intersects(area),
                 qPrintable(plot->title() + QStringLiteral(": legend over the axis rectangle")));
    const QString shots = qEnvironmentVariable("BATCHLAB_TEST_SHOTS");
    if (!shots.isEmpty())
        plot->grab().save(shots + QStringLiteral("/runs-%1.png").arg(plot->title()));
    for (const QRectF& r : plot->labelRects()) {
        QVERIFY2(area.contains(r.toAlignedRect().adjusted(1, 1, -1, -1)),
                 qPrintable(plot->title() + QStringLiteral(": a label leaves the plot")));
        QVERIFY2(!plot->coversData(r),
                 qPrintable(plot->title() + QStringLiteral(": a label covers plotted data")));
    }
}

// What coversData answers, computed the slow way: every point and every segment in pixels.
bool coversInPixels(const QCPGraph* g, const QRectF& r)
{
    QPointF prev;
    bool havePrev = false;
    for (const QCPGraphData& d : *g->data()) {
        if (!std::isfinite(d.value))
            continue;
        const QPointF p(g->keyAxis()->coordToPixel(d.key), g->valueAxis()->coordToPixel(d.value));
        if (r.contains(p))
            return true;
        if (havePrev)
            for (const QLineF& edge :
                 {QLineF(r.topLeft(), r.topRight()), QLineF(r.bottomLeft(), r.bottomRight()),
                  QLineF(r.topLeft(), r.bottomLeft()), QLineF(r.topRight(), r.bottomRight())})
                if (QLineF(prev, p).intersects(edge, nullptr) == QLineF::BoundedIntersection)
                    return true;
        prev = p;
        havePrev = true;
    }
    return false;
}

} // namespace

class TestRuns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void coversDataMatchesThePixels_data();
    void coversDataMatchesThePixels();
    void storeKeepsTheLastUnpinnedRuns_data();
    void storeKeepsTheLastUnpinnedRuns();
    void storeMergesSnapshotsOfARun();
    void runsGetDistinctNames();
    void unwatchedRunsAreNotKept();
    void threeRunsAreKeptAndOverlaid();
    void goalRunsSayWhereTheyStopped();
    void overlaysReadOnEveryAxis_data();
    void overlaysReadOnEveryAxis();
    void hidingAndRemovingRuns();
    void selectedRunIsWhatTheViewsAndCsvShow();
    void useTheseSettingsPutsThemBack();
    void compareBatchSizesTrainsEachOneAfterAnother();
    void lessonStartsOnACleanPicture();
    void badBatchSizeListIsRefused();
    void noLegendOrLabelCoversData();
    void languageSwitchKeepsTheSession();
};

void TestRuns::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_runs"));
}

void TestRuns::coversDataMatchesThePixels_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<bool>("logY");
    QTest::newRow("20 points") << 20 << false;
    QTest::newRow("5,000 points") << 5000 << false;
    QTest::newRow("5,000 points, log y") << 5000 << true;
    QTest::newRow("100,000 points") << 100000 << false;
}

// The label placement's test (PlotWidget::coversData, which compares the points under a
// rectangle as numbers) gives what testing every point and segment in pixels gives, for random
// rectangles over a random walk (the shape of a loss curve), dense and sparse.
void TestRuns::coversDataMatchesThePixels()
{
    QFETCH(int, points);
    QFETCH(bool, logY);
    ui::PlotWidget plot;
    plot.resize(640, 400);
    QCPGraph* g = plot.addGraph();
    std::mt19937 rng(7);
    std::normal_distribution<double> step(0.0, 0.05);
    double v = 1.0;
    for (int i = 0; i < points; ++i) {
        v = std::clamp(v + step(rng), 0.01, 2.0);
        g->addData(i, i % 97 == 50 ? std::nan("") : v);
    }
    plot.setLogY(logY);
    plot.xAxis->setRange(-points * 0.05, points * 1.05);
    plot.yAxis->setRange(0.005, 2.2);
    plot.replot();
    const QRect area = plot.axisRect()->rect();
    std::uniform_real_distribution<double> x(area.left(), area.right());
    std::uniform_real_distribution<double> y(area.top(), area.bottom());
    std::uniform_real_distribution<double> size(2.0, 160.0);
    int covered = 0;
    for (int k = 0; k < 400; ++k) {
        const QRectF r(x(rng), y(rng), size(rng), size(rng) / 4);
        const bool slow = coversInPixels(g, r);
        covered += slow;
        QVERIFY2(plot.coversData(r) == slow,
                 qPrintable(QStringLiteral("rectangle %1,%2 %3x%4: pixels say %5")
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height())
                                .arg(slow)));
    }
    // Both answers occur: the comparison says something.
    QVERIFY2(covered > 20 && covered < 380, qPrintable(QString::number(covered)));
}

void TestRuns::storeKeepsTheLastUnpinnedRuns_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<QList<int>>("pinned"); // positions (from 0) pinned right after adding
    QTest::addColumn<int>("expected");
    QTest::newRow("a few") << 3 << QList<int>{} << 3;
    QTest::newRow("exactly eight") << 8 << QList<int>{} << 8;
    QTest::newRow("twelve keep eight") << 12 << QList<int>{} << 8;
    QTest::newRow("pinned are extra") << 12 << QList<int>{0, 1} << 10;
    QTest::newRow("all pinned") << 10 << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << 10;
}

void TestRuns::storeKeepsTheLastUnpinnedRuns()
{
    QFETCH(int, runs);
    QFETCH(QList<int>, pinned);
    QFETCH(int, expected);
    ui::RunStore store;
    std::vector<RunId> ids;
    for (int i = 0; i < runs; ++i) {
        core::RunSpec spec = core::specOf(quickSettings(i + 1));
        ids.push_back(store.add(spec, ui::RunOrigin::Window, false));
        if (pinned.contains(i))
            store.setPinned(ids.back(), true);
    }
    QCOMPARE(store.size(), expected);
    for (int i : pinned)
        QVERIFY(store.entry(ids[std::size_t(i)]));
    // The newest always stays, and ids are never reused.
    QVERIFY(store.entry(ids.back()));
    QCOMPARE(store.entry(ids.back())->label,
             QStringLiteral("B = %1 · E = 40 · Adam 0.01").arg(runs));
    QCOMPARE(store.add(core::specOf(quickSettings(1)), ui::RunOrigin::Window, true),
             ids.back() + 1);
    // The live run is never dropped: add enough others to push it out otherwise.
    const RunId live = ids.back() + 1;
    for (int i = 0; i < 20; ++i)
        store.add(core::specOf(quickSettings(2)), ui::RunOrigin::Window, false);
    QVERIFY(store.entry(live));
}

// Runs of the same B, E and optimizer are told apart by what differs (the data's size, its
// label noise, the seed), else by a number: a legend never names two runs alike.
void TestRuns::runsGetDistinctNames()
{
    ui::RunStore store;
    const core::RunSettings base = quickSettings(4);
    core::RunSettings more = base;
    more.data.nTrain = 400;
    core::RunSettings seeded = base;
    seeded.initSeed = 7;
    core::RunSettings careless = base;
    careless.data.labelNoise = 0.3;
    QStringList labels;
    for (const core::RunSettings& s : {base, more, seeded, base, base, careless})
        labels << store.entry(store.add(core::specOf(s), ui::RunOrigin::Window, false))->label;
    QCOMPARE(labels[0], QStringLiteral("B = 4 · E = 40 · Adam 0.01"));
    QVERIFY2(labels[1].contains(QStringLiteral("N = 400")), qPrintable(labels[1]));
    QVERIFY2(labels[2].contains(QStringLiteral("seed 7")), qPrintable(labels[2]));
    QVERIFY2(labels[5].contains(QStringLiteral("30 % of answers wrong")), qPrintable(labels[5]));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
}

void TestRuns::storeMergesSnapshotsOfARun()
{
    ui::RunStore store;
    const RunId id = store.add(core::specOf(quickSettings(4)), ui::RunOrigin::Window, true);
    ui::RunSnapshot a;
    for (int u = 1; u <= 6; ++u) {
        ui::UpdatePoint p;
        p.firstUpdate = p.lastUpdate = u;
        p.count = 1;
        p.meanLoss = p.minLoss = p.maxLoss = double(u);
        a.updates.push_back(p);
    }
    a.epochs.push_back(core::EpochInfo{});
    a.updatesDone = 6;
    store.appendTo(id, std::move(a));
    ui::RunSnapshot b; // the run grew past the bound: two updates per point from here
    b.updateStride = 2;
    ui::UpdatePoint p;
    p.firstUpdate = 7;
    p.lastUpdate = 8;
    p.count = 2;
    p.meanLoss = 7.5;
    p.minLoss = 7;
    p.maxLoss = 8;
    b.updates.push_back(p);
    b.updatesDone = 8;
    store.appendTo(id, std::move(b));
    const ui::RunEntry* e = store.entry(id);
    QVERIFY(e);
    QCOMPARE(e->data.updateStride, std::int64_t(2));
    QCOMPARE(int(e->data.updates.size()), 4);
    QCOMPARE(e->data.updates[0].meanLoss, 1.5);
    QCOMPARE(e->data.updates[0].maxLoss, 2.0);
    QCOMPARE(e->data.updates[3].lastUpdate, std::int64_t(8));
    QCOMPARE(e->data.updatesDone, std::int64_t(8));
    // A run that is gone takes nothing.
    store.remove(id);
    store.appendTo(id, ui::RunSnapshot{});
    QCOMPARE(store.size(), 0);
}

// Runs replaced before a tenth of their epochs (a slider being dragged) are not kept; a run that
// got that far is, as "stopped".
void TestRuns::unwatchedRunsAreNotKept()
{
    MainWindow::Options o = windowOptions();
    o.startPaused = true;
    MainWindow w(o);
    failOnError(w);
    w.show();
    for (int b : {5, 6, 7}) { // started and replaced at once, nothing trained
        w.controlsPanel()->setSettings(quickSettings(b));
        w.restartFromPanel();
    }
    QCOMPARE(w.session()->store()->size(), 1);
    QCOMPARE(w.session()->liveEntry()->spec.settings.train.batchSize, 7);
    // Four of its 40 epochs, then another run: it stays.
    for (int e = 0; e < 4; ++e)
        w.controller()->stepEpoch();
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->liveEntry()->data.epochsDone, 4, 30000);
    w.controlsPanel()->setSettings(quickSettings(8));
    w.restartFromPanel();
    QCOMPARE(w.session()->store()->size(), 2);
    QCOMPARE(w.runsView()->model()->statusOf(*w.session()->store()->runs().front()),
             QStringLiteral("stopped at epoch 4"));
}

// A run with a goal (core/schedule.hpp) stops as soon as it is reached, often within its first
// epoch: the status bar and the Runs dock say after how many weight updates, not "stopped early
// at epoch 0 (best epoch -1)".
void TestRuns::goalRunsSayWhereTheyStopped()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000); // B = 4
    core::RunSettings s = quickSettings(1);
    s.train.goal = {core::GoalKind::ValAccuracy, 0.7, 1};
    trainTo(w, s);
    const std::optional<core::Outcome> o = w.controller()->progress().outcome;
    QVERIFY(o);
    QCOMPARE(o->reason, core::StopReason::GoalReached);
    QVERIFY(o->updates < core::updatesInEpochs(s.train, s.trainingRows(), s.train.epochs));
    const QString updates = QLocale().toString(qlonglong(o->updates));
    QCOMPARE(w.stateLabel()->text(),
             QStringLiteral("goal reached after %1 weight updates (%2 questions solved)")
                 .arg(updates, QLocale().toString(qlonglong(o->samples))));
    const ui::RunEntry* live = w.session()->liveEntry();
    QVERIFY(live);
    QCOMPARE(w.runsView()->model()->statusOf(*live),
             QStringLiteral("goal reached after %1 weight updates").arg(updates));
    // Another run's status is unchanged.
    QCOMPARE(w.runsView()->model()->statusOf(*w.session()->store()->runs().front()),
             QStringLiteral("finished"));
}

void TestRuns::threeRunsAreKeptAndOverlaid()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000); // B = 4
    trainTo(w, quickSettings(1));
    trainTo(w, quickSettings(30));
    const ui::RunStore* store = w.session()->store();
    QCOMPARE(store->size(), 3);
    QCOMPARE(store->runs()[0]->spec.settings.train.batchSize, 4);
    QCOMPARE(store->runs()[1]->spec.settings.train.batchSize, 1);
    QCOMPARE(store->runs()[2]->spec.settings.train.batchSize, 30);
    QVERIFY(store->runs()[2]->live);
    QCOMPARE(w.session()->liveRun(), store->runs()[2]->id);
    // The two kept runs are overlaid in their colours, the live one drawn as before.
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 2);
    QCOMPARE(w.lossPerUpdatePlot()->overlayCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const ui::RunEntry& e = *store->runs()[std::size_t(i)];
        const auto curves = graphsOf(w.lossPerEpochPlot(), e.colour);
        QCOMPARE(int(curves.size()), 2); // validation and training loss
        QCOMPARE(lastKey(curves[0]), 40.0);
        QCOMPARE(curves[0]->dataCount(), 41); // epochs 0..40
        QCOMPARE(graphsOf(w.lossPerUpdatePlot(), e.colour).size(), std::size_t(1));
    }
    // The table lists them, the live one last.
    QCOMPARE(w.runsView()->model()->rowCount(), 3);
    QCOMPARE(w.runsView()->model()->idAt(2), w.session()->liveRun());
    QTemporaryDir dir;
    ui::ImageExportOptions o;
    o.path = dir.filePath(QStringLiteral("overlay.png"));
    o.width = 900;
    o.height = 500;
    QVERIFY(w.exportPlotImage(w.lossPerEpochPlot(), o).ok);
    QCOMPARE(QImage(o.path).size(), QSize(900, 500));
}

void TestRuns::overlaysReadOnEveryAxis_data()
{
    QTest::addColumn<int>("axis");
    QTest::newRow("epoch") << int(UpdateAxis::Epoch);
    QTest::newRow("update") << int(UpdateAxis::Update);
    QTest::newRow("questions solved") << int(UpdateAxis::SamplesSeen);
    QTest::newRow("seconds") << int(UpdateAxis::Seconds);
}

void TestRuns::overlaysReadOnEveryAxis()
{
    QFETCH(int, axis);
    MainWindow::Options o = windowOptions();
    o.initialSettings = quickSettings(1, 20);
    MainWindow w(o);
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    trainTo(w, quickSettings(30, 20));
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("epochAxisCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(axis);
    const ui::RunEntry& kept = *w.session()->store()->runs().front();
    const core::EpochInfo& last = *kept.lastEpoch();
    const auto curves = graphsOf(w.lossPerEpochPlot(), kept.colour);
    QCOMPARE(int(curves.size()), 2);
    // B = 1 over 30 questions: 30 updates and 30 questions per epoch.
    const double expected[] = {20.0 * 30, 20.0, 20.0 * 30, last.seconds};
    const int order[] = {int(UpdateAxis::Update), int(UpdateAxis::Epoch),
                         int(UpdateAxis::SamplesSeen), int(UpdateAxis::Seconds)};
    for (int i = 0; i < 4; ++i)
        if (order[i] == axis)
            QCOMPARE(lastKey(curves[0]), expected[i]);
    QCOMPARE(w.lossPerEpochPlot()->xAxis->label(), ui::axisTitle(UpdateAxis(axis)));
    // The live run (B = 30: one update per epoch) is on the same axis.
    const double liveLast = lastKey(w.lossPerEpochPlot()->graph(2));
    const double liveExpected[] = {20.0, 20.0, 20.0 * 30,
                                   w.session()->liveEntry()->lastEpoch()->seconds};
    for (int i = 0; i < 4; ++i)
        if (order[i] == axis)
            QCOMPARE(liveLast, liveExpected[i]);
    // The per-update plot reads the same way.
    w.lossPerUpdatePlot()->setAxis(UpdateAxis(axis));
    const auto updateCurves = graphsOf(w.lossPerUpdatePlot(), kept.colour);
    QCOMPARE(int(updateCurves.size()), 1);
    const double updateExpected[] = {20.0 * 30, 20.0, 20.0 * 30, last.seconds};
    for (int i = 0; i < 4; ++i)
        if (order[i] == axis)
            QVERIFY(qFuzzyCompare(lastKey(updateCurves[0]), updateExpected[i]));
}

void TestRuns::hidingAndRemovingRuns()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    trainTo(w, quickSettings(2));
    trainTo(w, quickSettings(8));
    ui::RunsModel* model = w.runsView()->model();
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 2);
    // Unchecking "Show" hides the run in both plots.
    QVERIFY(
        model->setData(model->index(0, ui::RunsModel::Shown), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 1);
    QCOMPARE(w.lossPerUpdatePlot()->overlayCount(), 1);
    // Removing the other kept run through the dock's action.
    w.runsView()->selectRun(model->idAt(1));
    QVERIFY(w.runsView()->removeAction()->isEnabled());
    w.runsView()->removeAction()->trigger();
    QCOMPARE(w.session()->store()->size(), 2);
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 0);
    // The live run cannot be removed.
    w.runsView()->selectRun(w.session()->liveRun());
    QVERIFY(!w.runsView()->removeAction()->isEnabled());
    // Renaming changes the legend.
    const RunId first = model->idAt(0);
    QVERIFY(model->setData(model->index(0, ui::RunsModel::Shown), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(0, ui::RunsModel::Label), QStringLiteral("small steps"),
                           Qt::EditRole));
    QCOMPARE(w.session()->store()->entry(first)->label, QStringLiteral("small steps"));
    bool named = false;
    for (int i = 0; i < w.lossPerEpochPlot()->graphCount(); ++i)
        named = named || w.lossPerEpochPlot()->graph(i)->name() == QStringLiteral("small steps");
    QVERIFY(named);
}

void TestRuns::selectedRunIsWhatTheViewsAndCsvShow()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    trainTo(w, quickSettings(4, 25));
    const RunId kept = w.session()->store()->runs().front()->id;
    w.runsView()->selectRun(kept);
    QCOMPARE(w.session()->selectedRun(), kept);
    // The exam view and the data view say that they show a kept run, and which.
    const QString label = w.session()->store()->entry(kept)->label;
    QVERIFY(w.teaching()->examDock()->windowTitle().endsWith(label));
    auto* dataTitle = w.dataView()->parentWidget()->findChild<QLabel*>(QStringLiteral("cardTitle"));
    QVERIFY(dataTitle);
    QVERIFY(dataTitle->text().endsWith(label));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("epochs.csv"));
    QVERIFY(w.exportEpochsCsv(path).ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    // The kept run has 40 epochs (+ epoch 0), the live one 25; the CSV has a comment/header
    // part and one row per epoch.
    int rows = 0;
    for (const QByteArray& l : lines)
        rows +=
            !l.startsWith('#') && !l.isEmpty() && std::isdigit(static_cast<unsigned char>(l[0]));
    QCOMPARE(rows, 41);
    // Selecting the live run again follows it, and the titles say nothing more.
    w.runsView()->selectRun(w.session()->liveRun());
    QCOMPARE(w.session()->selectedRun(), w.session()->liveRun());
    QVERIFY(!w.teaching()->examDock()->windowTitle().contains(label));
    QVERIFY(!dataTitle->text().contains(label));
    // A pick lasts until a new run starts: then the views show what trains, and the Runs dock
    // no longer marks the old pick.
    w.runsView()->selectRun(kept);
    QCOMPARE(w.session()->selectedRun(), kept);
    trainTo(w, quickSettings(5, 10));
    QCOMPARE(w.session()->selectedRun(), w.session()->liveRun());
    QCOMPARE(w.runsView()->currentRun(), RunId(0));
}

void TestRuns::useTheseSettingsPutsThemBack()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    trainTo(w, quickSettings(16, 30));
    w.runsView()->selectRun(w.session()->store()->runs().front()->id);
    w.runsView()->useSettingsAction()->trigger();
    QCOMPARE(w.controlsPanel()->settings().train.batchSize, 4);
    QCOMPARE(w.controlsPanel()->settings().train.epochs, 40);
    QCOMPARE(w.controller()->settings().train.batchSize, 4);
}

void TestRuns::compareBatchSizesTrainsEachOneAfterAnother()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    QCOMPARE(w.defaultComparedBatchSizes(), (std::vector<int>{1, 4, 30}));
    const int before = w.session()->store()->size();
    // A slow pace and a pause: the comparison trains at full speed all the same.
    w.controlsPanel()->setSpeed(1.0);
    w.controller()->setPaused(true);
    QVERIFY(w.controller()->speed() > 0.0);
    // The controls show the batch size of each run while it trains.
    QList<int> shown;
    connect(w.controller(), &ui::TrainingController::runStarted, &w,
            [&] { shown << w.controlsPanel()->settings().train.batchSize; });
    QVERIFY(w.compareBatchSizes({1, 4, 30}));
    QVERIFY(w.session()->comparing());
    QCOMPARE(w.controller()->speed(), 0.0);
    QCOMPARE(w.controlsPanel()->speed(), 0.0);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 120000);
    QCOMPARE(shown, (QList<int>{1, 4, 30}));
    const ui::RunStore* store = w.session()->store();
    QCOMPARE(store->size(), before + 3);
    const int sizes[] = {1, 4, 30};
    for (int i = 0; i < 3; ++i) {
        const ui::RunEntry& e = *store->runs()[std::size_t(before + i)];
        QCOMPARE(e.spec.settings.train.batchSize, sizes[i]);
        QVERIFY(e.data.outcome);
        QCOMPARE(e.data.outcome->reason, core::StopReason::Completed);
        QCOMPARE(e.data.epochsDone, 40);
        QCOMPARE(e.data.updatesDone, std::int64_t(40) * core::stepsPerEpoch(30, sizes[i]));
    }
    // The controls show the live run: the last one compared.
    QCOMPARE(w.controlsPanel()->settings().train.batchSize, 30);
    // The comparison started on a clean picture: the runs from before are kept, hidden; the
    // two compared runs before the live one are overlaid.
    for (int i = 0; i < before; ++i)
        QVERIFY(!store->runs()[std::size_t(i)]->shown);
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 2);
}

void TestRuns::lessonStartsOnACleanPicture()
{
    MainWindow w(windowOptions());
    failOnError(w);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    trainTo(w, quickSettings(2, 20));
    // The student looked at the runs per second, zoomed in on the per-update plot, and ticked
    // the first run to overlay it.
    auto* axis = w.findChild<QComboBox*>(QStringLiteral("epochAxisCombo"));
    QVERIFY(axis);
    axis->setCurrentIndex(int(ui::UpdateAxis::Seconds));
    ui::LossPerUpdatePlot* perUpdate = w.lossPerUpdatePlot();
    QTest::mousePress(perUpdate, Qt::LeftButton, {}, perUpdate->axisRect()->rect().center());
    QTest::mouseRelease(perUpdate, Qt::LeftButton, {}, perUpdate->axisRect()->rect().center());
    QVERIFY(!perUpdate->followsData());
    const ui::RunStore* store = w.session()->store();
    QCOMPARE(store->size(), 2);
    QVERIFY(store->runs().front()->shown);
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 1);
    QVERIFY(w.teaching()->startLesson(QStringLiteral("epochs")));
    QCOMPARE(axis->currentIndex(), int(ui::UpdateAxis::Epoch));
    QVERIFY(w.lossPerUpdatePlot()->followsData());
    QTRY_COMPARE(w.lossPerEpochPlot()->overlayCount(), 0);
    // Both runs from before are kept, hidden; the lesson's own run is the live one.
    QCOMPARE(store->size(), 3);
    for (const auto& e : store->runs())
        QCOMPARE(e->shown, e->live);
}

void TestRuns::badBatchSizeListIsRefused()
{
    MainWindow w(windowOptions());
    QStringList errors;
    w.setErrorSink([&](const QString&, const QString& text) { errors << text; });
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    const int before = w.session()->store()->size();
    QVERIFY(!w.compareBatchSizes({4, 0}));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.front().contains(QStringLiteral("B = 0")));
    QVERIFY(!w.session()->comparing());
    QCOMPARE(w.session()->store()->size(), before);
}

void TestRuns::noLegendOrLabelCoversData()
{
    MainWindow::Options o = windowOptions();
    o.initialSettings = ui::defaultRunSettings(); // the default run and its overfitting marks
    MainWindow w(o);
    failOnError(w);
    w.resize(1920, 1080);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
    for (ui::PlotWidget* p :
         std::initializer_list<ui::PlotWidget*>{w.lossPerEpochPlot(), w.lossPerUpdatePlot()})
        checkNothingCovered(p);
    // The marks of the default run (best epoch, overfitting) are said inside the plot, or below
    // it where a small plot has no free place for them.
    const auto marksSaid = [&w] {
        return !w.lossPerEpochPlot()->labelRects().isEmpty() ||
               w.lossPerEpochPlot()->footerText().contains(QStringLiteral("best"));
    };
    QVERIFY(marksSaid());
    // On a small screen too.
    w.resize(1024, 768);
    checkNothingCovered(w.lossPerEpochPlot());
    QVERIFY(marksSaid());
    w.resize(1920, 1080);
    // Eight kept runs overlaid with the live one.
    for (int b : {1, 2, 3, 5, 6, 8, 10, 15})
        trainTo(w, quickSettings(b, 60));
    QCOMPARE(w.lossPerEpochPlot()->overlayCount(), 8);
    // Nothing was selected by hand: the exam view and the data view follow the live run.
    QCOMPARE(w.session()->selectedRun(), w.session()->liveRun());
    QVERIFY(w.dataView()->graphCount() > 0);
    int points = 0;
    for (int i = 0; i < w.dataView()->graphCount(); ++i)
        points += w.dataView()->graph(i)->dataCount();
    QCOMPARE(points, 30 + 200); // the live run's questions and the new exam
    for (ui::PlotWidget* p :
         std::initializer_list<ui::PlotWidget*>{w.lossPerEpochPlot(), w.lossPerUpdatePlot()})
        checkNothingCovered(p);
    const QString shots = qEnvironmentVariable("BATCHLAB_TEST_SHOTS");
    if (!shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/runs-overlay.png"));
}

void TestRuns::languageSwitchKeepsTheSession()
{
    MainWindow::Options o = windowOptions();
    ui::WindowHost host(o);
    MainWindow* first = host.window();
    failOnError(*first);
    first->show();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(*first), 60000);
    trainTo(*first, quickSettings(1));
    const quint64 generation = first->controller()->generation();
    const int runs = first->session()->store()->size();
    const std::size_t epochs = first->lossPerEpochPlot()->epochs().size();
    host.switchLanguage(QStringLiteral("ko"));
    MainWindow* second = host.window();
    QVERIFY(second != first);
    QCOMPARE(second->session(), host.session());
    QCOMPARE(second->controller()->generation(), generation); // nothing trained again
    QCOMPARE(second->session()->store()->size(), runs);
    QCOMPARE(second->lossPerEpochPlot()->epochs().size(), epochs);
    QCOMPARE(second->lossPerEpochPlot()->overlayCount(), runs - 1);
    QCOMPARE(second->runsView()->model()->rowCount(), runs);
    host.switchLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestRuns)
#include "tst_runs.moc"
