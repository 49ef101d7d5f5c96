// Classroom mode on the real window (offscreen): the mode scales the fonts of the panel, the
// status bar, the teacher's note and the plots' ticks, labels and legends and gives high contrast
// (black text, thicker curves), and everything goes back when it is off; the teacher's dialog,
// driven by clicks, hides and locks control groups (locked ones are disabled, with their
// actions, and say so in their tooltips); File > Open scenario applies the settings, the look,
// the groups, the pace, start paused, the note and the lesson; a bad scenario goes to the error
// sink and changes nothing; Save writes a file that reads back as the window's state.
#include "quiet_platform.hpp"
#include "ui/classroom/classroom.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/teaching/lesson_panel.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/window_host.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ui::MainWindow;

namespace
{

using fixture::Errors;

std::unique_ptr<MainWindow> makeWindow(Errors* errors, bool saved = false)
{
    return fixture::Setup()
        .paused()
        .readsSettings(saved)
        .writesSettings(saved)
        .debounce(30)
        .collect(errors)
        .window();
}

core::Scenario lessonScenario()
{
    core::Scenario s;
    s.settings = core::overfitPreset();
    s.settings.data.kind = core::DatasetKind::Circles;
    s.settings.data.nTrain = 40;
    s.settings.hidden = {16, 16};
    s.settings.train.batchSize = 7;
    s.settings.train.epochs = 55;
    s.lesson = "epochs";
    s.classroom.fontScale = 2.0;
    s.classroom.highContrast = true;
    s.classroom.hidden = {"optimizer"};
    s.classroom.locked = {"epochs", "playback"};
    s.startPaused = true;
    s.pace = 5;
    s.title = "Lesson 3";
    s.note = "Watch <the> red curve.";
    return s;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.data(), qint64(text.size()));
    return path;
}

double tickSize(const ui::PlotWidget* p)
{
    return p->xAxis->tickLabelFont().pointSizeF();
}

void clickBox(QCheckBox* box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() / 2, box->height() / 2));
}

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modeScalesFontsAndContrast();
    void dialogHidesAndLocksGroups();
    void openScenarioAppliesEverything();
    void badScenarioChangesNothing_data();
    void badScenarioChangesNothing();
    void unknownLessonIsAMessage();
    void saveWritesWhatReadsBack();
    void modeIsRemembered();
    void koreanTeacherSetsUpALesson();
    void languageSwitchKeepsTheClassroom();
    void longWordsNeverWidenTheWindow_data();
    void longWordsNeverWidenTheWindow();
};

void TestClassroom::initTestCase()
{
    quietPlatformWarnings();
    // A roomy screen: the whole controls panel is shown (tst_layout covers small screens).
    ui::setScreenArea(QRect(0, 0, 2560, 1440));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_classroom"));
    QSettings().clear();
}

void TestClassroom::modeScalesFontsAndContrast()
{
    Errors errors;
    auto w = makeWindow(&errors);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::Classroom* c = w->classroom();
    ui::ControlsPanel* p = w->controlsPanel();
    QVERIFY(!c->isOn());
    QVERIFY(w->viewMenu()->actions().contains(c->modeAction()));

    const double spin = p->batchSpin()->font().pointSizeF();
    const double bold = p->updatesPerEpochLabel()->font().pointSizeF(); // a font of its own
    const double state = w->stateLabel()->font().pointSizeF();          // styled by a style sheet
    const double update = tickSize(w->lossPerUpdatePlot());
    const double epochLabel = w->lossPerEpochPlot()->xAxis->labelFont().pointSizeF();
    const double legend = w->dataView()->legend->font().pointSizeF();
    const double curve = w->lossPerEpochPlot()->graph(1)->pen().widthF();
    QVERIFY(spin > 0 && bold > 0 && state > 0 && update > 0 && curve > 0);
    const int panelWidth = p->sizeHint().width();

    // View > Classroom mode: 150 % (125 % on a screen narrower than 1600) and high contrast.
    const double k = c->setup().classroom.fontScale;
    QCOMPARE(k, ui::availableScreenArea(w.get()).width() < 1600 ? 1.25 : 1.5);
    QVERIFY(c->setup().classroom.highContrast);
    c->modeAction()->trigger();
    QVERIFY(c->isOn());
    QCOMPARE(c->appliedFontScale(), k);
    QCOMPARE(w->dataView()->legend->font().pointSizeF(), legend * k);
    QCOMPARE(w->dataView()->legend->item(0)->font().pointSizeF(), legend * k);
    QApplication::processEvents();
    QCOMPARE(p->batchSpin()->font().pointSizeF(), spin * k);
    QCOMPARE(p->updatesPerEpochLabel()->font().pointSizeF(), bold * k);
    QVERIFY(p->updatesPerEpochLabel()->font().bold());
    QCOMPARE(w->stateLabel()->font().pointSizeF(), state * k);
    QCOMPARE(c->noteLabel()->font().pointSizeF(), spin * k);
    QCOMPARE(tickSize(w->lossPerUpdatePlot()), update * k);
    QCOMPARE(w->lossPerEpochPlot()->xAxis->labelFont().pointSizeF(), epochLabel * k);
    // A legend wider than its plot gets a smaller font, never below the normal size.
    for (ui::PlotWidget* plot : w->findChildren<ui::PlotWidget*>()) {
        for (int i = 0; i < 6; ++i)
            plot->replot();
        const double size = plot->legend->font().pointSizeF();
        QVERIFY(size >= legend && size <= legend * k);
        QVERIFY(size == legend || plot->legend->minimumOuterSizeHint().width() <= plot->width());
    }
    QVERIFY(w->lossPerEpochPlot()->graph(1)->pen().widthF() > curve * k);
    QCOMPARE(w->palette().color(QPalette::WindowText), QColor(Qt::black));
    QCOMPARE(w->palette().color(QPalette::Window), QColor(Qt::white));
    QVERIFY(p->sizeHint().width() > panelWidth);
    // Curves keep their width when new epochs arrive.
    w->controller()->stepEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(w->lossPerEpochPlot()->graph(1)->dataCount() > 1, 10000);
    QVERIFY(w->lossPerEpochPlot()->graph(1)->pen().widthF() > curve * 1.5);

    c->setOn(false);
    QVERIFY(!c->modeAction()->isChecked());
    QApplication::processEvents();
    QCOMPARE(p->batchSpin()->font().pointSizeF(), spin);
    QCOMPARE(p->updatesPerEpochLabel()->font().pointSizeF(), bold);
    QCOMPARE(w->stateLabel()->font().pointSizeF(), state);
    QCOMPARE(tickSize(w->lossPerUpdatePlot()), update);
    QCOMPARE(w->lossPerEpochPlot()->graph(1)->pen().widthF(), curve);
    QCOMPARE(w->palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
    QVERIFY(errors.texts.isEmpty());
}

void TestClassroom::dialogHidesAndLocksGroups()
{
    Errors errors;
    auto w = makeWindow(&errors);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::ControlsPanel* p = w->controlsPanel();
    const int batch = p->batchSpin()->value();
    const QString batchTip = p->batchSpin()->toolTip();

    ui::ClassroomDialog* d = w->classroom()->openSetupDialog();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    QCOMPARE(d->hideBox(QStringLiteral("model"))->isChecked(), false);
    clickBox(d->hideBox(QStringLiteral("model")));
    clickBox(d->lockBox(QStringLiteral("batch_size")));
    clickBox(d->lockBox(QStringLiteral("pace")));
    clickBox(d->lockBox(QStringLiteral("validation")));
    auto* buttons = d->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(!w->classroom()->isOn()); // only the controls changed: no classroom look
    QWidget* model = p->groupWidgets(QStringLiteral("model")).first();
    QVERIFY(!model->isVisible());
    QVERIFY(p->groupWidgets(QStringLiteral("optimizer")).first()->isVisible());
    QVERIFY(!p->batchSpin()->isEnabled());
    QVERIFY(!p->batchSlider()->isEnabled());
    QVERIFY(p->batchSpin()->toolTip().startsWith(QStringLiteral("Your teacher locked")));
    QVERIFY(p->batchSpin()->toolTip().contains(batchTip));
    QVERIFY(!p->speedSlider()->isEnabled());
    QVERIFY(p->epochSpin()->isEnabled());
    // The window's Faster / Slower ([ and ]) are the pace's too.
    QAction* faster = nullptr;
    for (QAction* a : w->actions())
        if (a->shortcut() == QKeySequence(Qt::Key_BracketRight))
            faster = a;
    QVERIFY(faster);
    QVERIFY(!faster->isEnabled());
    // A student typing into the locked box changes nothing.
    QTest::keyClicks(p->batchSpin(), QStringLiteral("9"));
    QCOMPARE(p->batchSpin()->value(), batch);
    // Both validation boxes stay locked when the panel refreshes its dependents.
    core::RunSettings s = p->settings();
    s.validation = core::ValidationMode::Split;
    p->setSettings(s);
    for (QWidget* v : p->groupWidgets(QStringLiteral("validation")))
        QVERIFY(!v->isEnabled());
    QCOMPARE(w->classroom()->currentScenario().classroom.locked,
             (std::set<std::string>{"batch_size", "pace", "validation"}));

    // And back: the same dialog, unticked.
    d = w->classroom()->openSetupDialog();
    QVERIFY(d->hideBox(QStringLiteral("model"))->isChecked());
    clickBox(d->hideBox(QStringLiteral("model")));
    clickBox(d->lockBox(QStringLiteral("batch_size")));
    clickBox(d->lockBox(QStringLiteral("pace")));
    clickBox(d->lockBox(QStringLiteral("validation")));
    QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(model->isVisible());
    QVERIFY(p->batchSpin()->isEnabled());
    QCOMPARE(p->batchSpin()->toolTip(), batchTip);
    QVERIFY(faster->isEnabled());
    QVERIFY(p->groupWidgets(QStringLiteral("validation"))[2]->isEnabled());  // split: its box
    QVERIFY(!p->groupWidgets(QStringLiteral("validation"))[1]->isEnabled()); // rows: not used

    // Cancel changes nothing.
    d = w->classroom()->openSetupDialog();
    clickBox(d->hideBox(QStringLiteral("data")));
    QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QVERIFY(!p->isGroupHidden(QStringLiteral("data")));
    QVERIFY(errors.texts.isEmpty());
}

void TestClassroom::openScenarioAppliesEverything()
{
    Errors errors;
    auto w = makeWindow(&errors);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTemporaryDir dir;
    core::Scenario s = lessonScenario();
    s.lesson.reset(); // a lesson sets the controls itself (below)
    const double ticks = tickSize(w->lossPerEpochPlot());
    const QString path =
        writeFile(dir, QStringLiteral("lesson.batchlab-scenario"), core::writeScenario(s));
    QVERIFY(w->classroom()->openScenario(path));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));

    ui::ControlsPanel* p = w->controlsPanel();
    QVERIFY(!w->teaching()->lessonPanel()->active());
    QVERIFY(p->settings() == s.settings);
    QVERIFY(w->controller()->settings() == s.settings);
    QVERIFY(w->controller()->isPaused());
    QCOMPARE(p->speed(), 5.0);
    QCOMPARE(w->controller()->speed(), 5.0);
    QVERIFY(w->classroom()->isOn());
    QVERIFY(w->classroom()->modeAction()->isChecked());
    QCOMPARE(w->classroom()->appliedFontScale(), 2.0);
    QVERIFY(w->classroom()->appliedHighContrast());
    QVERIFY(p->isGroupHidden(QStringLiteral("optimizer")));
    QVERIFY(!p->groupWidgets(QStringLiteral("optimizer")).first()->isVisible());
    QVERIFY(!p->epochSpin()->isEnabled());
    QVERIFY(!p->groupWidgets(QStringLiteral("playback")).first()->isEnabled());
    QVERIFY(w->classroom()->noteDock()->isVisible());
    QVERIFY(w->classroom()->noteLabel()->text().contains(QStringLiteral("Lesson 3")));
    QVERIFY(w->classroom()->noteLabel()->text().contains(QStringLiteral("&lt;the&gt;")));
    QCOMPARE(tickSize(w->lossPerEpochPlot()), ticks * 2.0);

    // What the window says it is, is the file.
    QVERIFY(w->classroom()->currentScenario() == s);

    // With a lesson: it starts (its first step then sets the controls as the lesson says).
    const QString withLesson =
        writeFile(dir, QStringLiteral("with-lesson.json"), core::writeScenario(lessonScenario()));
    QVERIFY(w->classroom()->openScenario(withLesson));
    QVERIFY(errors.texts.isEmpty());
    QVERIFY(w->teaching()->lessonPanel()->active());
    QVERIFY(w->teaching()->lessonDock()->isVisible());
    QCOMPARE(w->teaching()->lessonRunner()->lesson()->id, std::string("epochs"));
    QCOMPARE(w->classroom()->currentScenario().lesson, std::optional<std::string>("epochs"));
    QVERIFY(!p->epochSpin()->isEnabled()); // still locked while the lesson runs
    w->classroom()->setOn(false);
}

void TestClassroom::badScenarioChangesNothing_data()
{
    QTest::addColumn<QString>("text"); // "" = no such file
    QTest::addColumn<QString>("message");
    core::Scenario s = lessonScenario();
    const QString good = QString::fromStdString(core::writeScenario(s));
    QTest::newRow("missing file") << QString() << "cannot be read";
    QTest::newRow("not JSON") << QStringLiteral("{\"format\": ") << "not valid JSON";
    QTest::newRow("a run record") << QString(good).replace(QStringLiteral("batchlab-scenario"),
                                                           QStringLiteral("batchlab-run-record"))
                                  << "format: must be \"batchlab-scenario\"";
    QTest::newRow("font scale 4") << QString(good).replace(QStringLiteral("\"font_scale\": 2"),
                                                           QStringLiteral("\"font_scale\": 4"))
                                  << "classroom.font_scale: must be between 1 and 3";
    QTest::newRow("unknown control")
        << QString(good).replace(QStringLiteral("\"optimizer\"]"), QStringLiteral("\"sliders\"]"))
        << "classroom.hidden[0]: 'sliders' is not one of";
    QTest::newRow("typo in a key") << QString(good).replace(QStringLiteral("\"batch_size\":"),
                                                            QStringLiteral("\"batchsize\":"))
                                   << "training.batchsize: unknown field";
    core::Scenario uneven = s;
    uneven.settings.hidden = {16, 8};
    QTest::newRow("layers the panel cannot show")
        << QString::fromStdString(core::writeScenario(uneven)) << "cannot show the model";
    // The epochs box holds the schema's whole range now (tst_controls_schema); the batch box is
    // narrowed to the training rows N.
    core::Scenario bigBatch = s;
    bigBatch.settings.train.batchSize = bigBatch.settings.data.nTrain + 10;
    QTest::newRow("a larger batch than the box holds (B > N)")
        << QString::fromStdString(core::writeScenario(bigBatch)) << "cannot show batch size";
}

void TestClassroom::badScenarioChangesNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    Errors errors;
    auto w = makeWindow(&errors);
    ui::ControlsPanel* p = w->controlsPanel();
    const core::RunSettings before = p->settings();
    const core::RunSettings running = w->controller()->settings();
    const double speed = p->speed();
    QTemporaryDir dir;
    const QString path = text.isEmpty()
                             ? dir.filePath(QStringLiteral("none.json"))
                             : writeFile(dir, QStringLiteral("bad.json"), text.toStdString());
    QVERIFY(!w->classroom()->openScenario(path));
    QCOMPARE(errors.texts.size(), 1);
    QVERIFY2(errors.texts.first().contains(message), qPrintable(errors.texts.first()));
    QVERIFY(p->settings() == before);
    QVERIFY(w->controller()->settings() == running);
    QCOMPARE(p->speed(), speed);
    QVERIFY(!w->classroom()->isOn());
    QCOMPARE(w->classroom()->appliedFontScale(), 1.0);
    for (const QString& g : ui::ControlsPanel::groupNames()) {
        QVERIFY(!p->isGroupHidden(g));
        QVERIFY(!p->isGroupLocked(g));
    }
    QVERIFY(!w->teaching()->lessonPanel()->active());
    QVERIFY(w->classroom()->noteDock()->isHidden());
}

void TestClassroom::unknownLessonIsAMessage()
{
    Errors errors;
    auto w = makeWindow(&errors);
    core::Scenario s = lessonScenario();
    s.lesson = "no-such-lesson";
    s.classroom = {};
    QVERIFY(w->classroom()->applyScenario(s));
    QCOMPARE(errors.texts.size(), 1);
    QVERIFY(errors.texts.first().contains(QStringLiteral("\"no-such-lesson\"")));
    QVERIFY(!w->teaching()->lessonPanel()->active());
    QVERIFY(w->controlsPanel()->settings() == s.settings); // the rest is used
}

void TestClassroom::saveWritesWhatReadsBack()
{
    Errors errors;
    auto w = makeWindow(&errors);
    ui::ControlsPanel* p = w->controlsPanel();
    QVERIFY(w->teaching()->startLesson(QStringLiteral("one-update")));
    p->batchSpin()->setValue(6);
    p->setSpeed(20);
    core::Scenario setup = w->classroom()->setup();
    setup.classroom.fontScale = 1.25;
    setup.classroom.highContrast = false;
    setup.classroom.locked = {"data"};
    setup.title = "제목";
    setup.note = "메모";
    w->classroom()->setSetup(setup);
    w->classroom()->setOn(true);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.batchlab-scenario"));
    QVERIFY(w->classroom()->saveScenario(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const core::Scenario back = core::readScenario(f.readAll().toStdString());
    QVERIFY(back == w->classroom()->currentScenario());
    QCOMPARE(back.settings.train.batchSize, 6);
    QCOMPARE(back.pace, 20.0);
    QCOMPARE(*back.lesson, std::string("one-update"));
    QCOMPARE(back.classroom.fontScale, 1.25);
    QVERIFY(!back.classroom.highContrast);
    QCOMPARE(back.classroom.locked, std::set<std::string>{"data"});
    QCOMPARE(back.title, std::string("제목"));

    // Off: the scenario asks for the normal look.
    w->classroom()->setOn(false);
    QVERIFY(w->classroom()->saveScenario(path));
    QFile again(path); // a new file: QSaveFile replaced the old one
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(core::readScenario(again.readAll().toStdString()).classroom.fontScale, 1.0);
    // A folder that does not exist is an error, not a crash.
    QVERIFY(!w->classroom()->saveScenario(dir.filePath(QStringLiteral("no/such/dir/x.json"))));
    QCOMPARE(errors.titles.size(), 1);
}

void TestClassroom::modeIsRemembered()
{
    Errors errors;
    {
        auto w = makeWindow(&errors, true);
        QVERIFY(!w->classroom()->isOn());
        core::Scenario setup = w->classroom()->setup();
        setup.classroom.fontScale = 1.75;
        w->classroom()->setSetup(setup);
        w->classroom()->setOn(true);
        w->classroom()->setOn(false);
        w->classroom()->setOn(true);
    }
    QApplication::processEvents();
    {
        auto w = makeWindow(&errors, true);
        QVERIFY(w->classroom()->isOn());
        QCOMPARE(w->classroom()->appliedFontScale(), 1.75);
        w->classroom()->setOn(false);
    }
    QApplication::processEvents();
    auto w = makeWindow(&errors, true);
    QVERIFY(!w->classroom()->isOn());
    QSettings().clear();
    QVERIFY(errors.texts.isEmpty());
}

void TestClassroom::koreanTeacherSetsUpALesson()
{
    // In Korean: the dialog, the menus and the note speak Korean; a lesson from a scenario
    // starts in Korean. Images of the dialog and the window go to <temp> for people to look at.
    QVERIFY(ui::applyLanguage(QStringLiteral("ko")));
    Errors errors;
    auto w = makeWindow(&errors);
    w->resize(1366, 768);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::Classroom* c = w->classroom();
    QCOMPARE(c->modeAction()->text(), QStringLiteral("교실 모드(&C)"));
    QCOMPARE(c->noteDock()->windowTitle(), QStringLiteral("선생님의 메모"));
    ui::ClassroomDialog* d = c->openSetupDialog();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    QCOMPARE(d->windowTitle(), QStringLiteral("교실 설정"));
    QVERIFY(d->findChildren<QLabel*>().size() > 10);
    clickBox(d->lockBox(QStringLiteral("epochs")));
    d->fontSizeBox()->setValue(175);                 // not the default of this screen
    d->titleEdit()->insert(QStringLiteral("3교시")); // QTest types ASCII only
    QVERIFY(d->grab().toImage().save(
        QDir::temp().filePath(QStringLiteral("batchlab_classroom_dialog_ko.png"))));
    QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(c->isOn()); // a look changed in the dialog is shown at once
    QCOMPARE(c->appliedFontScale(), 1.75);
    QVERIFY(w->controlsPanel()->epochSpin()->toolTip().startsWith(
        QStringLiteral("선생님이 이 컨트롤을 잠갔습니다.")));
    QVERIFY(c->noteLabel()->text().contains(QStringLiteral("3교시")));

    core::Scenario s = lessonScenario();
    QTemporaryDir dir;
    QVERIFY(c->openScenario(writeFile(dir, QStringLiteral("ko.json"), core::writeScenario(s))));
    QVERIFY(errors.texts.isEmpty());
    QCOMPARE(w->teaching()->lessonRunner()->lesson()->language, std::string("ko"));
    QApplication::processEvents();
    QVERIFY(w->grab().toImage().save(
        QDir::temp().filePath(QStringLiteral("batchlab_classroom_ko.png"))));
    c->setOn(false);
    QVERIFY(ui::applyLanguage(QStringLiteral("en")));
}

void TestClassroom::languageSwitchKeepsTheClassroom()
{
    // View > Language rebuilds the window: the new one has the same mode, look, groups and
    // note, and its fonts are as large as the old one's (not scaled twice).
    ui::WindowHost host(fixture::Setup().paused().options());
    MainWindow* old = host.window();
    old->show(); // the host shows the new window when the old one was visible
    QVERIFY(QTest::qWaitForWindowExposed(old));
    const double bold = old->controlsPanel()->updatesPerEpochLabel()->font().pointSizeF();
    const double spin = old->controlsPanel()->batchSpin()->font().pointSizeF();
    core::Scenario setup = old->classroom()->setup();
    setup.classroom.fontScale = 2.0;
    setup.classroom.hidden = {"model"};
    setup.classroom.locked = {"epochs"};
    setup.title = "Lesson";
    old->classroom()->setSetup(setup);
    old->classroom()->setOn(true);
    QCOMPARE(old->controlsPanel()->updatesPerEpochLabel()->font().pointSizeF(), bold * 2);

    host.switchLanguage(QStringLiteral("ko"));
    MainWindow* w = host.window();
    QVERIFY(w != old);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    ui::Classroom* c = w->classroom();
    QVERIFY(c->isOn());
    QVERIFY(c->modeAction()->isChecked());
    QCOMPARE(c->appliedFontScale(), 2.0);
    QVERIFY(c->setup() == setup);
    QVERIFY(w->controlsPanel()->isGroupHidden(QStringLiteral("model")));
    QVERIFY(!w->controlsPanel()->epochSpin()->isEnabled());
    QVERIFY(c->noteLabel()->text().contains(QStringLiteral("Lesson")));
    QApplication::processEvents();
    QCOMPARE(w->controlsPanel()->updatesPerEpochLabel()->font().pointSizeF(), bold * 2);
    QCOMPARE(w->controlsPanel()->batchSpin()->font().pointSizeF(), spin * 2);
    c->setOn(false);
    QApplication::processEvents();
    QCOMPARE(w->controlsPanel()->updatesPerEpochLabel()->font().pointSizeF(), bold);
    QCOMPARE(w->controlsPanel()->batchSpin()->font().pointSizeF(), spin);
    QVERIFY(ui::applyLanguage(QStringLiteral("en")));
}

// A scenario's title and note are the teacher's text: a 190-character URL or 5,000 characters
// without a space (the format accepts both) wrap at the window's width, a long note scrolls,
// and the window keeps the size of the screen it is on.
void TestClassroom::longWordsNeverWidenTheWindow_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("note");
    const QString url = QStringLiteral("https://example.org/") + QString(230, QLatin1Char('m')) +
                        QStringLiteral("?q=1");
    QTest::newRow("URL in the note") << QStringLiteral("Lesson") << QStringLiteral("See ") + url;
    QTest::newRow("5,000 characters without a space")
        << QString() << QString(5000, QLatin1Char('x'));
    QTest::newRow("title without a space") << QString(200, QChar(0xAC00)) << QString();
}

void TestClassroom::longWordsNeverWidenTheWindow()
{
    QFETCH(QString, title);
    QFETCH(QString, note);
    const QRect screen(0, 0, 1366, 768);
    ui::setScreenArea(screen);
    Errors errors;
    auto w = makeWindow(&errors);
    w->resize(1366, 740);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTemporaryDir dir;
    core::Scenario s;
    s.settings = core::overfitPreset();
    s.startPaused = true;
    s.title = title.toStdString();
    s.note = note.toStdString();
    const QString path =
        writeFile(dir, QStringLiteral("long.batchlab-scenario"), core::writeScenario(s));
    QVERIFY(w->classroom()->openScenario(path));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));
    QVERIFY(w->classroom()->noteDock()->isVisible());
    // Once the window's layout has settled (the arrangement follows the new dock a moment
    // later; a loaded machine may be seconds late).
    QTRY_VERIFY2_WITH_TIMEOUT(w->frameGeometry().width() <= screen.width() &&
                                  w->minimumSizeHint().width() <= screen.width(),
                              qPrintable(QStringLiteral("window %1 px, at least %2 px")
                                             .arg(w->frameGeometry().width())
                                             .arg(w->minimumSizeHint().width())),
                              10000);
    QLabel* label = w->classroom()->noteLabel();
    QVERIFY(label->width() <= w->width());
    // The whole text is there (only break opportunities were added) ...
    QString shown = label->text();
    shown.remove(QChar(0x200B));
    QVERIFY(shown.contains(title.toHtmlEscaped()));
    QVERIFY(shown.contains(note.left(100).toHtmlEscaped()));
    // ... and the note takes at most a third of the window's height.
    QVERIFY2(w->classroom()->noteDock()->height() <= w->height() / 3 + 40,
             qPrintable(QString::number(w->classroom()->noteDock()->height())));
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (QChar& c : tag)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    QVERIFY(w->grab().save(
        QDir::temp().filePath(QStringLiteral("batchlab-classroom-long-%1.png").arg(tag))));
    ui::setScreenArea(QRect(0, 0, 2560, 1440));
}

QTEST_MAIN(TestClassroom)
#include "tst_classroom.moc"
