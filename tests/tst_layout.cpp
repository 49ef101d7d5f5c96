// The window fits the screen it is on: the real window rendered at every screen size
// x language x mode (normal, classroom), with the default run trained to its end (shared by
// every case) and with a lesson running. Checked in widget geometry and plot coordinates:
// - the window (frame included) fits the screen's available area;
// - every visible plot keeps a data area of at least 360 x 220 px; the per-epoch plot gets no
//   less room than the per-update plot;
// - tick labels of every axis do not intersect;
// - the legend lies inside its plot and covers no data; mark labels lie inside the data area
//   and cover no data;
// - no visible widget lies outside the window (scrolled contents aside);
// - no "&" is displayed: every visible plain-text label with a mnemonic has a buddy (the export
//   dialog too, whose size fits the smallest screen).
#include "quiet_platform.hpp"
#include "ui/classroom/classroom.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/export_dialog.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/session/session.hpp"
#include "ui/teaching/exam_grid.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/adaptive_layout.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QWindow>

#include <memory>

using ui::MainWindow;
using ui::PlotWidget;

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fits_data();
    void fits();
    void focusAndPresentation();
    void presentationShowsBothLossPlots_data();
    void presentationShowsBothLossPlots();
    void followsDocks();
    void exportDialogShowsNoAmpersand_data();
    void exportDialogShowsNoAmpersand();

private:
    // A window on the shared session, shown on a screen of `screen` in English (nullptr when it
    // could not be shown).
    std::unique_ptr<MainWindow> openWindow(QSize screen);
    std::unique_ptr<ui::Session> session_;
};

namespace
{

// Where a widget lies, in its window's coordinates.
QRect inWindow(const QWidget* w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

bool insideScrolledContents(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget()))
            if (area->viewport() == p)
                return true;
    return false;
}

// A mnemonic shown as "&": a plain-text label with "&x" and no buddy.
bool showsAmpersand(const QLabel* label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        return false;
    const QString single = QString(text).replace(QStringLiteral("&&"), QString());
    return single.contains(QLatin1Char('&')) && !label->buddy();
}

void checkTicks(const PlotWidget* plot, const QString& where)
{
    for (QCPAxisRect* r : plot->axisRects())
        for (QCPAxis* a : r->axes()) {
            if (!a->visible() || !a->tickLabels())
                continue;
            const QFontMetrics fm(a->tickLabelFont());
            const QVector<double> ticks = a->tickVector();
            const QVector<QString> labels = a->tickVectorLabels();
            QRectF previous;
            QString previousText;
            for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
                if (!a->range().contains(ticks[i]))
                    continue;
                const double at = a->coordToPixel(ticks[i]);
                const QSizeF size = fm.boundingRect(QRect(0, 0, 10000, 10000), 0, labels[i]).size();
                const QRectF label =
                    a->orientation() == Qt::Horizontal
                        ? QRectF(at - size.width() / 2, 0, size.width(), size.height())
                        : QRectF(0, at - size.height() / 2, size.width(), size.height());
                if (!previous.isNull() && previous.intersects(label))
                    QFAIL(
                        qPrintable(QStringLiteral("%1: tick labels %2 and %3 of axis '%4' overlap")
                                       .arg(where, previousText, labels[i], a->label())));
                previous = label;
                previousText = labels[i];
            }
        }
}

// The first visible widget outside its window, described ("" when none). Tabbed docks behind
// the current one are kept "visible" out of sight; scrolled contents may extend past their view.
QString firstOutside(const QWidget& window)
{
    for (QWidget* child : window.findChildren<QWidget*>()) {
        if (!child->isVisible() || child->isWindow() || insideScrolledContents(child) ||
            child->visibleRegion().isEmpty())
            continue;
        const QRect r = inWindow(child);
        if (!window.rect().contains(r))
            return QStringLiteral("%1 '%2' at %3,%4 %5x%6 is outside the window")
                .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height());
    }
    return {};
}

// Every text a class reads from the back of the room is at least `least` pixels high (the
// font's pixel size): the widgets that show text, the plots' ticks, axis titles, legends and
// labels, and the numbers on the exam view's tiles.
void checkGlyphs(const QWidget& window, int least, const QString& where)
{
    const auto small = [least](const QFont& f) { return QFontInfo(f).pixelSize() < least; };
    for (QWidget* child : window.findChildren<QWidget*>()) {
        if (!child->isVisible() || child->isWindow() || child->visibleRegion().isEmpty())
            continue;
        const bool text = qobject_cast<QLabel*>(child) || qobject_cast<QAbstractButton*>(child) ||
                          qobject_cast<QAbstractSpinBox*>(child) ||
                          qobject_cast<QComboBox*>(child) || qobject_cast<QLineEdit*>(child) ||
                          qobject_cast<QTabBar*>(child) || qobject_cast<QHeaderView*>(child) ||
                          qobject_cast<QAbstractItemView*>(child) ||
                          qobject_cast<QTextEdit*>(child) || qobject_cast<QDockWidget*>(child) ||
                          qobject_cast<QGroupBox*>(child);
        const auto* label = qobject_cast<QLabel*>(child);
        if (text && !(label && label->text().isEmpty()))
            QVERIFY2(
                !small(child->font()),
                qPrintable(QStringLiteral("%1: %2 '%3' (\"%4\") has %5 px text < %6 px")
                               .arg(where, QString::fromLatin1(child->metaObject()->className()),
                                    child->objectName(), label ? label->text().left(40) : QString())
                               .arg(QFontInfo(child->font()).pixelSize())
                               .arg(least)));
    }
    for (const PlotWidget* plot : window.findChildren<PlotWidget*>()) {
        if (!plot->isVisible() || plot->visibleRegion().isEmpty())
            continue;
        const auto say = [&](const QString& what, const QFont& f) {
            return QStringLiteral("%1: %2: %3 of %4 px < %5 px")
                .arg(where, plot->title(), what)
                .arg(QFontInfo(f).pixelSize())
                .arg(least);
        };
        for (QCPAxisRect* r : plot->axisRects())
            for (QCPAxis* a : r->axes()) {
                if (!a->visible())
                    continue;
                if (a->tickLabels())
                    QVERIFY2(!small(a->tickLabelFont()),
                             qPrintable(say(QStringLiteral("tick labels"), a->tickLabelFont())));
                if (!a->label().isEmpty())
                    QVERIFY2(!small(a->labelFont()), qPrintable(say(a->label(), a->labelFont())));
            }
        if (plot->legend->visible() && plot->legend->itemCount() > 0)
            QVERIFY2(!small(plot->legend->font()),
                     qPrintable(say(QStringLiteral("legend"), plot->legend->font())));
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(plot->item(i));
                t && t->visible() && !t->text().isEmpty())
                QVERIFY2(!small(t->font()), qPrintable(say(t->text().left(40), t->font())));
    }
    for (const ui::ExamGrid* grid : window.findChildren<ui::ExamGrid*>())
        if (grid->isVisible() && grid->numberPixelSize() > 0)
            QVERIFY2(grid->numberPixelSize() >= least,
                     qPrintable(QStringLiteral("%1: question numbers of %2 px < %3 px")
                                    .arg(where)
                                    .arg(grid->numberPixelSize())
                                    .arg(least)));
}

void checkPlot(const PlotWidget* plot, const QString& where)
{
    const QSize least = ui::AdaptiveLayout::minDataArea();
    const QSize area = plot->axisRect()->size();
    QVERIFY2(area.width() >= least.width() && area.height() >= least.height(),
             qPrintable(QStringLiteral("%1: data area %2x%3 < %4x%5")
                            .arg(where)
                            .arg(area.width())
                            .arg(area.height())
                            .arg(least.width())
                            .arg(least.height())));
    checkTicks(plot, where);
    if (QTest::currentTestFailed())
        return;
    const QRectF whole(0, 0, plot->width(), plot->height());
    if (plot->legend->visible() && plot->legend->itemCount() > 0) {
        const QRectF legend = plot->legend->outerRect();
        QVERIFY2(whole.contains(legend), qPrintable(where + QStringLiteral(": legend is cut")));
        QVERIFY2(!plot->coversData(legend),
                 qPrintable(where + QStringLiteral(": legend covers data")));
    }
    // The marks' vertical lines (best epoch, early stopping): no label is crossed by one; a
    // mark's own words sit beside its line.
    std::vector<double> lines;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (const auto* line = qobject_cast<const QCPItemStraightLine*>(plot->item(i));
            line && line->visible() && line->point1->key() == line->point2->key())
            lines.push_back(line->point1->pixelPosition().x());
    for (const QRectF& label : plot->labelRects()) {
        QVERIFY2(QRectF(plot->axisRect()->rect()).contains(label),
                 qPrintable(where + QStringLiteral(": a label is cut")));
        QVERIFY2(!plot->coversData(label),
                 qPrintable(where + QStringLiteral(": a label covers data")));
        for (double x : lines)
            QVERIFY2(x <= label.left() + 2 || x >= label.right() - 2,
                     qPrintable(where + QStringLiteral(": a mark's line at x = %1 crosses a "
                                                       "label at x = %2..%3")
                                            .arg(x)
                                            .arg(label.left())
                                            .arg(label.right())));
    }
}

} // namespace

void TestLayout::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
    // The default run, trained to its end at full speed once: every case shows it.
    session_ = std::make_unique<ui::Session>();
    MainWindow first(fixture::Setup().session(session_.get()).options());
    first.controlsPanel()->setSpeed(0);
    first.controller()->setSpeed(0);
    QTRY_VERIFY_WITH_TIMEOUT(first.controller()->progress().state == ui::RunState::Finished, 90000);
}

void TestLayout::cleanupTestCase()
{
    ui::setScreenArea(std::nullopt);
    ui::applyLanguage(QStringLiteral("en"));
}

void TestLayout::fits_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("classroom");
    QTest::addColumn<bool>("lesson");
    const QList<QSize> sizes{{1024, 768}, {1280, 720},  {1280, 800},
                             {1366, 768}, {1920, 1080}, {2560, 1440}};
    // The lesson cases last: a lesson trains a run of its own, in place of the shared one.
    for (bool lesson : {false, true})
        for (const QSize& s : sizes)
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")})
                for (bool classroom : {false, true})
                    QTest::addRow("%dx%d %s%s%s", s.width(), s.height(), qPrintable(language),
                                  classroom ? " classroom" : "", lesson ? " lesson" : "")
                        << s << language << classroom << lesson;
}

void TestLayout::fits()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    QFETCH(bool, classroom);
    QFETCH(bool, lesson);
    QVERIFY(ui::applyLanguage(language));
    const QRect avail(QPoint(0, 0), screen);
    ui::setScreenArea(avail);
    MainWindow w(fixture::Setup().session(session_.get()).options());
    fixture::failOnError(w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // CTest's layout_dpr2 runs these cases again at device pixel ratio 2 (QT_SCALE_FACTOR=2).
    if (qEnvironmentVariableIsSet("BATCHLAB_EXPECT_DPR"))
        QCOMPARE(w.devicePixelRatioF(), qEnvironmentVariable("BATCHLAB_EXPECT_DPR").toDouble());
    if (classroom)
        w.classroom()->setOn(true);
    if (lesson) {
        // The lesson's first step trains to its pause point at full speed: every machine checks
        // the same picture (at the step's own pace a loaded machine would catch the run at
        // another update).
        QSignalSpy reached(w.teaching()->lessonRunner(), &ui::LessonRunner::stepReached);
        QVERIFY(w.teaching()->startLesson(QStringLiteral("epochs")));
        w.controller()->setSpeed(0);
        QTRY_VERIFY_WITH_TIMEOUT(!reached.isEmpty(), 60000);
    }
    // Let the classroom fit its panes and the layout settle for this size and font.
    QCoreApplication::sendPostedEvents();
    QTest::qWait(60);
    w.adaptiveLayout()->adaptNow();
    QTest::qWait(60);
    w.adaptiveLayout()->adaptNow();
    for (PlotWidget* p :
         {static_cast<PlotWidget*>(w.lossPerUpdatePlot()),
          static_cast<PlotWidget*>(w.lossPerEpochPlot()), static_cast<PlotWidget*>(w.dataView())})
        if (p->isVisible()) // the ticks and labels of this size (twice: ticks follow the layout)
            for (int i = 0; i < 2; ++i)
                p->replot(QCustomPlot::rpImmediateRefresh);

    // The arrangement is part of every message: a failure on another machine says where it was.
    const QString where = QStringLiteral("%1 (arrangement %2)")
                              .arg(QString::fromLatin1(QTest::currentDataTag()))
                              .arg(int(w.adaptiveLayout()->level()));
    // The window fits the screen, frame included.
    QVERIFY2(w.frameGeometry().width() <= screen.width() &&
                 w.frameGeometry().height() <= screen.height(),
             qPrintable(QStringLiteral("%1: window %2x%3 on a %4x%5 screen")
                            .arg(where)
                            .arg(w.frameGeometry().width())
                            .arg(w.frameGeometry().height())
                            .arg(screen.width())
                            .arg(screen.height())));

    // Every visible plot: its data area, ticks, legend and labels.
    int visiblePlots = 0;
    for (PlotWidget* p :
         {static_cast<PlotWidget*>(w.lossPerUpdatePlot()),
          static_cast<PlotWidget*>(w.lossPerEpochPlot()), static_cast<PlotWidget*>(w.dataView())}) {
        if (!p->isVisible())
            continue;
        ++visiblePlots;
        checkPlot(p, where + QLatin1Char(' ') + p->title());
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(visiblePlots >= 1);
    QVERIFY2(w.lossPerEpochPlot()->isVisible(),
             qPrintable(where + QStringLiteral(": the per-epoch plot is not shown")));
    // The loss per update and the loss per epoch are seen together (the lesson is the pair) at
    // every size from 1280 x 800 up, in both languages, in classroom mode and beside a lesson's
    // panel; the data view gives way first. (At 1280 x 800 the Korean classroom beside a
    // lesson's panel still needs tabs: its per-epoch plot's five-line legend leaves it 1 % less
    // data area than the per-update plot's, against the 0.85 share.)
    const bool pairExpected = (screen.width() >= 1920 && screen.height() >= 1080) ||
                              (screen.width() >= 1280 && screen.height() >= 800 &&
                               !(classroom && lesson && language == QLatin1String("ko")));
    if (pairExpected)
        QVERIFY2(w.lossPerUpdatePlot()->isVisible() && w.adaptiveLayout()->pairShown(),
                 qPrintable(where + QStringLiteral(": the two loss plots are not shown together "
                                                   "(arrangement %1)")
                                        .arg(int(w.adaptiveLayout()->level()))));
    if (w.lossPerUpdatePlot()->isVisible()) {
        const QSize e = w.lossPerEpochPlot()->axisRect()->size();
        const QSize u = w.lossPerUpdatePlot()->axisRect()->size();
        QVERIFY2(double(e.width()) * e.height() >=
                     ui::AdaptiveLayout::pairAreaShare * double(u.width()) * u.height(),
                 qPrintable(where + QStringLiteral(": per-epoch data area smaller than "
                                                   "per-update")));
    }

    // No widget outside the window (once the window's deferred layout has landed); no "&"
    // shown.
    QTRY_VERIFY2_WITH_TIMEOUT(firstOutside(w).isEmpty(),
                              qPrintable(where + QStringLiteral(": ") + firstOutside(w)), 3000);
    for (QWidget* child : w.findChildren<QWidget*>()) {
        if (!child->isVisible() || child->isWindow())
            continue;
        if (auto* label = qobject_cast<QLabel*>(child))
            QVERIFY2(!showsAmpersand(label),
                     qPrintable(where + QStringLiteral(": label shows \"%1\"").arg(label->text())));
    }
    // Every question of a 30-question exam is in view where the exam view is (none cut by the
    // dock's edge nor scrolled away: the tables beside the grid scroll on their own). A lesson's
    // 100 questions may scroll beside a lesson panel.
    if (const ui::ExamGrid* grid = w.teaching()->examView()->grid();
        grid->isVisible() && grid->rows() <= 30) {
        const QRegion seen = grid->visibleRegion();
        for (int i = 0; i < grid->rows(); ++i)
            QVERIFY2(seen.contains(grid->cellRect(i).adjusted(1, 1, -1, -1)),
                     qPrintable(QStringLiteral("%1: question %2 of %3 is not in view")
                                    .arg(where)
                                    .arg(i + 1)
                                    .arg(grid->rows())));
    }
    // Classroom mode on a 1024 x 768 projector: every text at least 1/50 of the screen height.
    if (classroom && screen == QSize(1024, 768))
        checkGlyphs(w, screen.height() / 50, where);
    if (classroom)
        w.classroom()->setOn(false);
}

std::unique_ptr<MainWindow> TestLayout::openWindow(QSize screen)
{
    if (!ui::applyLanguage(QStringLiteral("en")))
        return nullptr;
    ui::setScreenArea(QRect(QPoint(0, 0), screen));
    auto w = std::make_unique<MainWindow>(fixture::Setup().session(session_.get()).options());
    w->show();
    return QTest::qWaitForWindowExposed(w.get()) ? std::move(w) : nullptr;
}

void TestLayout::focusAndPresentation()
{
    const std::unique_ptr<MainWindow> window = openWindow(QSize(2560, 1440));
    QVERIFY(window);
    MainWindow& w = *window;
    ui::AdaptiveLayout* layout = w.adaptiveLayout();
    layout->adaptNow();
    PlotWidget* update = w.lossPerUpdatePlot();
    PlotWidget* epoch = w.lossPerEpochPlot();
    PlotWidget* data = w.dataView();
    QVERIFY(!layout->plotsInTabs()); // a grid on a large screen
    QVERIFY(update->isVisible() && epoch->isVisible() && data->isVisible());
    const QSize before = update->size();

    // Double-click a card's title: that plot fills the area.
    auto* title = update->parentWidget()->findChild<QLabel*>(QStringLiteral("cardTitle"));
    QVERIFY(title);
    QTest::mouseDClick(title, Qt::LeftButton);
    QTRY_VERIFY(!epoch->isVisible() && !data->isVisible());
    QTRY_VERIFY(update->width() > before.width() || update->height() > before.height());
    QCOMPARE(layout->focusedCard(), update->parentWidget());

    // Esc (View > Focus plot > All plots) shows all of them again.
    QTest::keyClick(&w, Qt::Key_Escape);
    QTRY_VERIFY(update->isVisible() && epoch->isVisible() && data->isVisible());
    QCOMPARE(layout->focusedCard(), nullptr);

    // The classroom's presentation layout: the per-epoch plot and the data, the exam view beside.
    layout->setPresentation({QStringLiteral("loss_per_epoch"), QStringLiteral("data")});
    layout->adaptNow();
    QVERIFY(!update->isVisible());
    QVERIFY(epoch->isVisible() && data->isVisible());
    QVERIFY(w.teaching()->examDock()->isVisible());
    layout->setPresentation({});
    layout->adaptNow();
    QVERIFY(update->isVisible());
}

// Presentation "per epoch and per update" shows both, on full-HD and larger screens, the docks
// open and closed.
void TestLayout::presentationShowsBothLossPlots_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("docksOpen");
    for (const QSize& s : {QSize(1920, 1080), QSize(2560, 1440)})
        for (bool open : {true, false})
            QTest::addRow("%dx%d docks %s", s.width(), s.height(), open ? "open" : "closed")
                << s << open;
}

void TestLayout::presentationShowsBothLossPlots()
{
    QFETCH(QSize, screen);
    QFETCH(bool, docksOpen);
    const std::unique_ptr<MainWindow> window = openWindow(screen);
    QVERIFY(window);
    MainWindow& w = *window;
    if (!docksOpen)
        for (QDockWidget* d : w.findChildren<QDockWidget*>())
            d->hide();
    w.classroom()->setOn(true);
    ui::AdaptiveLayout* layout = w.adaptiveLayout();
    layout->setPresentation({QStringLiteral("loss_per_epoch"), QStringLiteral("loss_per_update")});
    QCoreApplication::sendPostedEvents();
    layout->adaptNow();
    QVERIFY(w.lossPerEpochPlot()->isVisible());
    QVERIFY(w.lossPerUpdatePlot()->isVisible());
    QVERIFY(!w.dataView()->isVisible());
    for (PlotWidget* p : {static_cast<PlotWidget*>(w.lossPerUpdatePlot()),
                          static_cast<PlotWidget*>(w.lossPerEpochPlot())}) {
        const QSize a = p->axisRect()->size();
        QVERIFY2(
            a.width() >= ui::AdaptiveLayout::minDataArea().width() &&
                a.height() >= ui::AdaptiveLayout::minDataArea().height(),
            qPrintable(QStringLiteral("%1: %2x%3").arg(p->title()).arg(a.width()).arg(a.height())));
    }
    w.classroom()->setOn(false);
}

// Closing the docks gives the plots their room back; opening them again takes it.
void TestLayout::followsDocks()
{
    const std::unique_ptr<MainWindow> window = openWindow(QSize(1920, 1080));
    QVERIFY(window);
    MainWindow& w = *window;
    ui::AdaptiveLayout* layout = w.adaptiveLayout();
    layout->adaptNow();
    const auto withDocks = layout->level();
    const QSize epochWith = w.lossPerEpochPlot()->size();
    QList<QDockWidget*> open;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (d->isVisible()) {
            open << d;
            d->hide();
        }
    QVERIFY(!open.isEmpty());
    // No call of adaptNow(): the layout follows by itself.
    QTRY_VERIFY(w.lossPerEpochPlot()->width() > epochWith.width() || layout->level() < withDocks);
    QVERIFY(layout->level() <= withDocks);
    for (QDockWidget* d : open)
        d->show();
    QTRY_COMPARE(layout->level(), withDocks);
}

void TestLayout::exportDialogShowsNoAmpersand_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void TestLayout::exportDialogShowsNoAmpersand()
{
    QFETCH(QString, language);
    QVERIFY(ui::applyLanguage(language));
    ui::ExportDialog dialog(QStringLiteral("plot"), QStringLiteral("/tmp/x.png"), QSize(1200, 700),
                            QStringLiteral("caption"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int mnemonics = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        QVERIFY2(!showsAmpersand(label),
                 qPrintable(QStringLiteral("export dialog shows \"%1\"").arg(label->text())));
        mnemonics += label->text().contains(QLatin1Char('&')) ? 1 : 0;
    }
    QCOMPARE(mnemonics, 4); // file, format, size, scale: each with its buddy
    QVERIFY(dialog.sizeHint().width() <= 1024 && dialog.sizeHint().height() <= 768);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
