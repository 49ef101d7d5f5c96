// The interface language: applyLanguage installs BatchLab's translations (and replaces the ones
// installed before); View > Language lists the system language and each shipped language with
// the current one checked; choosing one rebuilds the window in it, keeping the settings, the
// pace, the paused state and the lesson being followed, and remembers the choice.
#include "quiet_platform.hpp"
#include "run_record.hpp"
#include "slowdown.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/experiments/sweep_dialog.hpp"
#include "ui/files/run_files.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/window_host.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ui::MainWindow;

namespace
{

QString fileMenuTitle(const MainWindow& w)
{
    return w.menuBar()->actions().value(0)->text();
}

ui::LanguageMenu* languageMenu(const MainWindow& w)
{
    return w.findChild<ui::LanguageMenu*>(QStringLiteral("languageMenu"));
}

MainWindow::Options testOptions(bool save)
{
    return fixture::Setup().paused().writesSettings(save).options();
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void applyLanguageTranslates_data();
    void applyLanguageTranslates();
    void menuListsTheLanguages();
    void choosingRebuildsTheWindow();
    void choiceIsRemembered();
    void openedRunKeepsItsInitialWeights();
    void switchingDuringARun();
    void examNumbersSurviveTheSwitch();
    void sweepSurvivesTheSwitch();
    void windowFitsALaptopScreen_data();
    void windowFitsALaptopScreen();
};

void TestLanguage::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
}

void TestLanguage::cleanup()
{
    ui::applyLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TestLanguage::applyLanguageTranslates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("localeName");
    QTest::newRow("ko") << "ko" << QStringLiteral("파일(&F)") << "ko_KR";
    QTest::newRow("en") << "en" << QStringLiteral("&File") << "en_US";
    QTest::newRow("ko again") << "ko" << QStringLiteral("파일(&F)") << "ko_KR";
}

void TestLanguage::applyLanguageTranslates()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, localeName);
    QVERIFY(ui::applyLanguage(code));
    QCOMPARE(ui::appliedLanguage(), code);
    QCOMPARE(QCoreApplication::translate("ui::MainWindow", "&File"), file);
    QCOMPARE(QLocale().name(), localeName);
    MainWindow w(testOptions(false));
    QCOMPARE(fileMenuTitle(w), file);
}

void TestLanguage::menuListsTheLanguages()
{
    ui::applyLanguage(QStringLiteral("ko"));
    MainWindow w(testOptions(false));
    ui::LanguageMenu* menu = languageMenu(w);
    QVERIFY(menu);
    QVERIFY(w.viewMenu()->actions().contains(menu->menuAction()));
    QCOMPARE(menu->title(), QStringLiteral("언어(&L)"));
    for (const QString& code : {QString(), QStringLiteral("en"), QStringLiteral("ko")})
        QVERIFY2(menu->actionFor(code), qPrintable(code));
    QVERIFY(menu->actionFor(QStringLiteral("ko"))->isChecked());
    QVERIFY(!menu->actionFor(QStringLiteral("en"))->isChecked());
    // Each language is named in itself, whatever the interface says.
    QCOMPARE(menu->actionFor(QStringLiteral("ko"))->text(), QStringLiteral("한국어"));
    QCOMPARE(menu->actionFor(QStringLiteral("en"))->text(), QStringLiteral("English"));
    // Choosing the language in use changes nothing.
    QSignalSpy chosen(menu, &ui::LanguageMenu::languageChosen);
    menu->actionFor(QStringLiteral("ko"))->trigger();
    QCOMPARE(chosen.count(), 0);
    menu->actionFor(QStringLiteral("en"))->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("en"));
}

void TestLanguage::choosingRebuildsTheWindow()
{
    ui::applyLanguage(QStringLiteral("en"));
    ui::WindowHost host(testOptions(false));
    MainWindow* first = host.window();
    first->show();
    QVERIFY(QTest::qWaitForWindowExposed(first));
    QCOMPARE(fileMenuTitle(*first), QStringLiteral("&File"));
    // Settings and a lesson that must survive the switch.
    QSpinBox* batch = first->controlsPanel()->batchSpin();
    batch->setValue(7);
    QVERIFY(first->teaching()->startLesson(QStringLiteral("epochs")));
    const core::RunSettings before = first->controlsPanel()->settings();

    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    languageMenu(*first)->actionFor(QStringLiteral("ko"))->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    MainWindow* second = host.window();
    QVERIFY(second != first);
    QVERIFY(second->isVisible());
    QCOMPARE(fileMenuTitle(*second), QStringLiteral("파일(&F)"));
    QCOMPARE(ui::appliedLanguage(), QStringLiteral("ko"));
    QCOMPARE(second->controlsPanel()->batchSpin()->value(), before.train.batchSize);
    QCOMPARE(second->controlsPanel()->settings().train.epochs, before.train.epochs);
    const core::Lesson* lesson = second->teaching()->lessonRunner()->lesson();
    QVERIFY(lesson);
    QCOMPARE(QString::fromStdString(lesson->id), QStringLiteral("epochs"));
    QCOMPARE(QString::fromStdString(lesson->language), QStringLiteral("ko"));
    QVERIFY(languageMenu(*second)->actionFor(QStringLiteral("ko"))->isChecked());
    // Not saved: this window does not write settings.
    QVERIFY(!QSettings().contains(QStringLiteral("interface/language")));

    languageMenu(*second)->actionFor(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(replaced.count(), 2);
    QCOMPARE(fileMenuTitle(*host.window()), QStringLiteral("&File"));
}

// File > Open run, then View > Language: the rebuilt window trains from the record's
// initial weights, not from fresh Glorot weights of the seed.
void TestLanguage::openedRunKeepsItsInitialWeights()
{
    ui::applyLanguage(QStringLiteral("en"));
    ui::WindowHost host(testOptions(false));
    MainWindow* first = host.window();
    // A record (without history: it is trained when opened) whose initial weights are not the
    // Glorot weights of its seed.
    core::RunRecord record;
    record.spec = first->controller()->spec();
    core::RunSettings other = record.spec.settings;
    other.initSeed += 1;
    const Eigen::VectorXd weights = other.makeInitialNetwork().parameters();
    QVERIFY(!core::sameParameters(weights, record.spec.settings.makeInitialNetwork().parameters()));
    record.spec.initialParameters = weights;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(core::writeRunRecord(record)));
    }
    QVERIFY(first->runFiles()->openRun(path));
    QVERIFY(first->controller()->spec().initialParameters);
    QVERIFY(core::sameParameters(*first->controller()->spec().initialParameters, weights));

    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    languageMenu(*first)->actionFor(QStringLiteral("ko"))->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    const core::RunSpec& spec = host.window()->controller()->spec();
    QVERIFY2(spec.initialParameters, "the rebuilt window trains from Glorot weights");
    QVERIFY(core::sameParameters(*spec.initialParameters, weights));
}

// A language switch while a run trains: the old window goes at once (its worker is cancelled
// and joined), the new one trains the same settings to their end.
// A sweep started in Experiments > Sweep... keeps training when the window is rebuilt
// for another language; the new window's dialog shows it running, and it can be cancelled there.
void TestLanguage::sweepSurvivesTheSwitch()
{
    ui::applyLanguage(QStringLiteral("en"));
    ui::WindowHost host(testOptions(false));
    MainWindow* first = host.window();
    first->show();
    first->findChild<QAction*>(QStringLiteral("sweepAction"))->trigger();
    auto* dialog = first->findChild<ui::SweepDialog*>();
    QVERIFY(dialog);
    // Long enough to outlast the switch on any machine (3 million updates); cancelled below.
    dialog->valuesEdit()->setText(QStringLiteral("1, 2"));
    dialog->seedsBox()->setValue(1);
    dialog->epochsBox()->setValue(100000);
    QVERIFY2(dialog->startSweep(), qPrintable(dialog->message()));
    ui::SweepJob* job = host.session()->sweep();
    QCOMPARE(dialog->job(), job);
    QVERIFY(job->running());

    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    languageMenu(*first)->actionFor(QStringLiteral("ko"))->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    QVERIFY(job->running());
    QVERIFY(!job->wasCancelled());
    MainWindow* second = host.window();
    // The dialog that was open is open again, in the new language.
    auto* again = second->findChild<ui::SweepDialog*>();
    QVERIFY(again);
    QVERIFY(again->isVisible());
    QCOMPARE(again->windowTitle(), QStringLiteral("스윕"));
    QCOMPARE(again->job(), job);
    // The form shows the running sweep, and Start waits for it to end.
    QCOMPARE(again->valuesEdit()->text(), QStringLiteral("1, 2"));
    QCOMPARE(again->epochsBox()->value(), 100000);
    auto* start = again->findChild<QPushButton*>(QStringLiteral("sweepStart"));
    QVERIFY(start);
    QVERIFY(!start->isEnabled());

    QSignalSpy finished(job, &ui::SweepJob::finished);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000 * sanitizerSlowdown);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(start->isEnabled());
    ui::applyLanguage(QStringLiteral("en"));
}

void TestLanguage::switchingDuringARun()
{
    ui::applyLanguage(QStringLiteral("en"));
    MainWindow::Options o = testOptions(false);
    o.startPaused = false;
    ui::WindowHost host(o);
    MainWindow* first = host.window();
    first->controller()->setSpeed(2000.0); // a run of some seconds
    QTRY_VERIFY_WITH_TIMEOUT(first->controller()->progress().updatesDone > 10,
                             10000 * sanitizerSlowdown);
    const core::RunSettings settings = first->controller()->settings();
    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    QElapsedTimer t;
    t.start();
    languageMenu(*first)->actionFor(QStringLiteral("ko"))->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    MainWindow* second = host.window();
    QVERIFY(second->controller()->settings() == settings);
    second->controller()->setSpeed(0.0);
    QTRY_COMPARE_WITH_TIMEOUT(second->controller()->progress().state, ui::RunState::Finished,
                              60000 * sanitizerSlowdown);
    QCOMPARE(second->controller()->progress().outcome->reason, core::StopReason::Completed);
}

// A language switch and back keeps the exam view's numbers in step with the controls (the
// rebuilt window's exam view showed N = 1, B = 1, one check per pass until a new run started).
void TestLanguage::examNumbersSurviveTheSwitch()
{
    ui::applyLanguage(QStringLiteral("en"));
    ui::WindowHost host(testOptions(false));
    MainWindow* first = host.window();
    first->controlsPanel()->batchSpin()->setValue(4);
    const auto numbers = [&host] {
        return host.window()->teaching()->examView()->numbersLabel()->text();
    };
    // Once the run has started (its memory per batch is shown then).
    QTRY_VERIFY(numbers().contains(QLatin1String("memory per batch")));
    const QString before = numbers();
    QVERIFY2(before.contains(QLatin1String("<b>4</b>")), qPrintable(before));
    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    languageMenu(*first)->actionFor(QStringLiteral("ko"))->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    languageMenu(*host.window())->actionFor(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(replaced.count(), 2);
    QCOMPARE(host.window()->controlsPanel()->batchSpin()->value(), 4);
    QCOMPARE(numbers(), before);
    QCOMPARE(host.window()->teaching()->examView()->noteLabel()->text(),
             ui::ExamView::batchNote(30, 4));
}

void TestLanguage::choiceIsRemembered()
{
    ui::applyLanguage(QStringLiteral("en"));
    QCOMPARE(ui::savedLanguage(), QString());
    ui::WindowHost host(testOptions(true));
    QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);
    languageMenu(*host.window())->actionFor(QStringLiteral("ko"))->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    QCOMPARE(ui::savedLanguage(), QStringLiteral("ko"));
    languageMenu(*host.window())->actionFor(QString())->trigger();
    QTRY_COMPARE(replaced.count(), 2);
    QCOMPARE(ui::savedLanguage(), QString());
    QCOMPARE(ui::appliedLanguage(), QString());
}

void TestLanguage::windowFitsALaptopScreen_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << "en";
    QTest::newRow("ko") << "ko";
}

// A 1366 x 768 laptop or projector shows the whole window, docks included, in either language.
void TestLanguage::windowFitsALaptopScreen()
{
    QFETCH(QString, code);
    ui::applyLanguage(code);
    MainWindow w(testOptions(false));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
    auto report = [&] {
        QString r = QStringLiteral("window minimum %1 x %2;").arg(min.width()).arg(min.height());
        for (QWidget* child : w.findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            r += QStringLiteral(" %1(%4) %2x%3")
                     .arg(QString::fromLatin1(child->metaObject()->className()))
                     .arg(child->minimumSizeHint().width())
                     .arg(child->minimumSizeHint().height())
                     .arg(child->objectName());
        return r;
    };
    QVERIFY2(min.width() <= 1366, qPrintable(report()));
    QVERIFY2(min.height() <= 740, qPrintable(report()));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
