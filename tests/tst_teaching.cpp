// The teaching docks on the real window: the Lessons menu lists the ten lessons, the exam
// view's numbers follow the batch-size box typed into, a lesson shows its panel, sets the
// controls, pauses at its step and can be left at any time; the check question is answered
// and verified by running it. Writes screenshots of the window with a lesson for people.
#include "quiet_platform.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/lesson_panel.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using ui::MainWindow;

namespace
{

std::unique_ptr<MainWindow> makeWindow()
{
    return fixture::Setup().paused().debounce(30).window();
}

// The value in bold on the line of the numbers table that starts with `name`.
QString shownNumber(const ui::ExamView& view, const QString& name)
{
    const QString html = view.numbersLabel()->text();
    const int at = html.indexOf(name);
    if (at < 0)
        return {};
    const int b = html.indexOf(QLatin1String("<b>"), at);
    return html.mid(b + 3, html.indexOf(QLatin1String("</b>"), b) - b - 3);
}

ui::TeachingDocks* attach(MainWindow& w)
{
    return w.teaching();
}

} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lessonsMenu();
    void numbersFollowTheBatchBox_data();
    void numbersFollowTheBatchBox();
    void lessonRunsPausesAndLeaves();
    void checkQuestionIsVerifiedByRunning_data();
    void checkQuestionIsVerifiedByRunning();
    void anotherLessonClearsTheAnswer_data();
    void anotherLessonClearsTheAnswer();
    void koreanLessons();
};

void TestTeaching::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teaching"));
}

void TestTeaching::lessonsMenu()
{
    auto w = makeWindow();
    ui::TeachingDocks* t = attach(*w);
    QCOMPARE(t->lessons().size(), std::size_t(10));
    QMenu* menu = t->lessonsMenu();
    QStringList titles;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            titles << a->text();
    QVERIFY2(titles.size() >= 8, qPrintable(titles.join(", ")));
    for (const auto& f : t->lessons())
        QVERIFY(titles.contains(QString::fromStdString(f.lesson.title)));
    // The Lessons menu sits before Help.
    const QList<QAction*> top = w->menuBar()->actions();
    QCOMPARE(top.at(top.size() - 2)->menu(), menu);
    QVERIFY(!t->lessonDock()->isVisible());
}

void TestTeaching::numbersFollowTheBatchBox_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("perPass");
    QTest::addColumn<QString>("last");
    // The default run has N = 30 questions.
    QTest::newRow("B = 30") << "30"
                            << "1"
                            << "30";
    QTest::newRow("B = 1") << "1"
                           << "30"
                           << "1";
    QTest::newRow("B = 7") << "7"
                           << "5"
                           << "2";
    QTest::newRow("B = 20") << "20"
                            << "2"
                            << "10";
}

void TestTeaching::numbersFollowTheBatchBox()
{
    QFETCH(QString, typed);
    QFETCH(QString, perPass);
    QFETCH(QString, last);
    auto w = makeWindow();
    ui::TeachingDocks* t = attach(*w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QSpinBox* box = w->controlsPanel()->batchSpin();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, typed);
    QTest::keyClick(box, Qt::Key_Return);
    // At once, before the debounced run starts.
    QCOMPARE(shownNumber(*t->examView(), QStringLiteral("checks per pass")), perPass);
    QCOMPARE(shownNumber(*t->examView(), QStringLiteral("last batch")), last);
    QCOMPARE(shownNumber(*t->examView(), QStringLiteral("batch size B")), typed);
}

void TestTeaching::lessonRunsPausesAndLeaves()
{
    auto w = makeWindow();
    ui::TeachingDocks* t = attach(*w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QSignalSpy reached(t->lessonRunner(), &ui::LessonRunner::stepReached);
    QVERIFY(t->startLesson(QStringLiteral("one-update")));
    QVERIFY(t->lessonDock()->isVisible());
    // Step 1: B = N = 100, pause after the first answer check.
    QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 1, 20000);
    QCOMPARE(w->controlsPanel()->batchSpin()->value(), 100);
    QCOMPARE(w->controller()->progress().updatesDone, std::int64_t(1));
    QCOMPARE(w->controller()->progress().state, ui::RunState::Paused);
    QCOMPARE(shownNumber(*t->examView(), QStringLiteral("checks per pass")), QStringLiteral("1"));
    // Next: B = 10 needs two steps (step 2 continues the run for two more passes).
    ui::LessonPanel* panel = t->lessonPanel();
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 2, 20000);
    QCOMPARE(w->controller()->progress().updatesDone, std::int64_t(3));
    w->controller()->setSpeed(0); // the rest of this test need not be watched
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QCOMPARE(w->controlsPanel()->batchSpin()->value(), 10);
    QCOMPARE(shownNumber(*t->examView(), QStringLiteral("checks per pass")), QStringLiteral("10"));
    const QImage shot = w->grab().toImage();
    QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("batchlab_lesson_window.png"))));
    // Leave the lesson: the panel goes, the run stays for experimenting.
    QTest::mouseClick(panel->leaveButton(), Qt::LeftButton);
    QVERIFY(!t->lessonDock()->isVisible());
    QVERIFY(!panel->active());
    QVERIFY(w->controller()->generation() > 0);
}

void TestTeaching::checkQuestionIsVerifiedByRunning_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("one-update right") << "one-update" << 20 << "Right";
    QTest::newRow("one-update wrong") << "one-update" << 4 << "Not quite";
    QTest::newRow("more-epochs close") << "more-epochs" << 96 << "Close enough";
    QTest::newRow("more-epochs wrong") << "more-epochs" << 60 << "Not quite";
}

void TestTeaching::checkQuestionIsVerifiedByRunning()
{
    QFETCH(QString, lesson);
    QFETCH(int, answer);
    QFETCH(QString, verdict);
    auto w = makeWindow();
    ui::TeachingDocks* t = attach(*w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(t->startLesson(lesson));
    ui::LessonPanel* panel = t->lessonPanel();
    // Skip to the question with Next (each step starts its run; the question replaces it).
    // Bounded: a lesson has a few steps; a Next that stopped moving must fail, not hang.
    for (int click = 0; click < 50 && !panel->atCheck(); ++click)
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QVERIFY2(panel->atCheck(), "Next never reached the question");
    QVERIFY(panel->verifyButton()->isVisible());
    panel->answerBox()->setFocus();
    panel->answerBox()->selectAll();
    QTest::keyClicks(panel->answerBox(), QString::number(answer));
    QSignalSpy verified(t->lessonRunner(), &ui::LessonRunner::checkVerified);
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000);
    QVERIFY2(panel->verdictLabel()->text().contains(verdict),
             qPrintable(panel->verdictLabel()->text()));
    if (lesson == QLatin1String("more-epochs")) {
        const QImage shot = w->grab().toImage();
        // Beside the test program (one per build), not a fixed name in the shared /tmp.
        QVERIFY(shot.save(QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("batchlab_lesson_check.png"))));
    }
}

void TestTeaching::anotherLessonClearsTheAnswer_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("then");
    QTest::addColumn<bool>("leaveBetween");
    QTest::newRow("lesson 2, then lesson 4") << "small-and-large-batches"
                                             << "more-epochs" << false;
    QTest::newRow("lesson 1, left, then lesson 4") << "one-update"
                                                   << "more-epochs" << true;
}

// A new lesson's check question starts with an empty answer box and no verdict: an answer typed
// (and verified) for another lesson's question must not stay there.
void TestTeaching::anotherLessonClearsTheAnswer()
{
    QFETCH(QString, first);
    QFETCH(QString, then);
    QFETCH(bool, leaveBetween);
    auto w = makeWindow();
    ui::TeachingDocks* t = attach(*w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::LessonPanel* panel = t->lessonPanel();
    const auto toTheQuestion = [panel] {
        for (int click = 0; click < 50 && !panel->atCheck(); ++click)
            QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        return panel->atCheck();
    };
    QVERIFY(t->startLesson(first));
    QVERIFY2(toTheQuestion(), "Next never reached the question");
    panel->answerBox()->setFocus();
    panel->answerBox()->selectAll();
    QTest::keyClicks(panel->answerBox(), QStringLiteral("777"));
    QCOMPARE(panel->answerBox()->value(), 777);
    QSignalSpy verified(t->lessonRunner(), &ui::LessonRunner::checkVerified);
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000);
    QVERIFY(!panel->verdictLabel()->text().isEmpty());
    if (leaveBetween)
        QTest::mouseClick(panel->leaveButton(), Qt::LeftButton);
    QVERIFY(t->startLesson(then));
    QCOMPARE(panel->answerBox()->value(), panel->answerBox()->minimum());
    QVERIFY(panel->verdictLabel()->text().isEmpty());
    QVERIFY2(toTheQuestion(), "Next never reached the question");
    QCOMPARE(panel->answerBox()->value(), panel->answerBox()->minimum());
    QVERIFY(panel->verdictLabel()->text().isEmpty());
}

// With a Korean locale the menu offers the Korean lessons; their text reaches the panel with the
// numbers filled in.
void TestTeaching::koreanLessons()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    auto w = makeWindow();
    ui::TeachingDocks* t = attach(*w);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(t->lessons().size(), std::size_t(10));
    for (const auto& f : t->lessons())
        QCOMPARE(f.lesson.language, std::string("ko"));
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QSignalSpy reached(t->lessonRunner(), &ui::LessonRunner::stepReached);
    QVERIFY(t->startLesson(QStringLiteral("more-epochs")));
    QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 1, 60000);
    const QString text = t->lessonPanel()->textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("오버피팅")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("연습 문제는 30개뿐")), qPrintable(text));
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    const QImage shot = w->grab().toImage();
    QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("batchlab_lesson_ko.png"))));
}

QTEST_MAIN(TestTeaching)
#include "tst_teaching.moc"
