// The quiz bank in the lesson panel: every shipped lesson has at least three conceptual
// questions in each language; picking the stated answers scores all right, a wrong pick is
// marked with the right answer and the reason, an unanswered question is said to be so.
#include "ui/session/lesson_runner.hpp"
#include "ui/session/training_controller.hpp"
#include "ui/teaching/lesson_library.hpp"
#include "ui/teaching/lesson_panel.hpp"
#include "ui/teaching/quiz_widget.hpp"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestQuiz : public QObject
{
    Q_OBJECT
private slots:
    void everyLessonHasAQuiz_data();
    void everyLessonHasAQuiz();
    void rightWrongAndUnanswered();
    void panelShowsTheLessonsQuiz();
    void quizHasRoomAtTheQuestion_data();
    void quizHasRoomAtTheQuestion();
};

void TestQuiz::everyLessonHasAQuiz_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

// Answering every question as stated scores all of them right, through the buttons.
void TestQuiz::everyLessonHasAQuiz()
{
    QFETCH(QString, language);
    const auto all = ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, nullptr);
    const auto lessons = ui::LessonLibrary::forLanguage(all, language);
    QVERIFY(lessons.size() >= 6);
    for (const auto& f : lessons) {
        const auto& quiz = f.lesson.quiz;
        QVERIFY2(quiz.size() >= 3, f.lesson.id.c_str());
        ui::QuizWidget w;
        w.setQuiz(quiz);
        QCOMPARE(w.questionCount(), static_cast<int>(quiz.size()));
        QSignalSpy checked(&w, &ui::QuizWidget::checked);
        for (int i = 0; i < w.questionCount(); ++i)
            w.choice(i, quiz[static_cast<std::size_t>(i)].answer)->setChecked(true);
        w.checkButton()->click();
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.last().at(0).toInt(), w.questionCount());
        QCOMPARE(w.rightCount(), w.questionCount());
        if (f.lesson.id == "fit-x-y") { // a picture for people: <temp>/batchlab_quiz_<lang>.png
            w.choice(0, 0)->setChecked(true);
            w.check();
            w.resize(380, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.grab().save(
                QDir::temp().filePath(QStringLiteral("batchlab_quiz_%1.png").arg(language))));
        }
    }
}

void TestQuiz::rightWrongAndUnanswered()
{
    core::QuizQuestion a{"What is y?", {"questions", "answer sheet"}, 1, "y holds the answers."};
    core::QuizQuestion b{"Epochs?", {"passes", "batches", "rows"}, 0, "An epoch is a pass."};
    core::QuizQuestion c{"Unanswered?", {"yes", "no"}, 0, "."};
    ui::QuizWidget w;
    w.setQuiz({a, b, c});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.choice(0, 1)->setChecked(true); // right
    // A click on an answer's text picks it, as on its button.
    const QList<QLabel*> texts = w.findChildren<QLabel*>();
    const auto wrong = std::find_if(texts.begin(), texts.end(),
                                    [](QLabel* l) { return l->text() == QLatin1String("rows"); });
    QVERIFY(wrong != texts.end());
    QTest::mouseClick(*wrong, Qt::LeftButton);
    QVERIFY(w.choice(1, 2)->isChecked()); // wrong
    QCOMPARE(w.check(), 1);
    QVERIFY(w.verdict(0)->text().contains(QStringLiteral("y holds the answers.")));
    QVERIFY(w.verdict(1)->text().contains(QStringLiteral("passes")));
    QVERIFY(w.verdict(1)->text().contains(QStringLiteral("An epoch is a pass.")));
    QVERIFY(!w.verdict(2)->text().isEmpty());
    QVERIFY(w.scoreLabel()->text().contains(QLatin1Char('1')));
    QVERIFY(w.choice(3, 0) == nullptr && w.choice(0, 5) == nullptr && w.verdict(7) == nullptr);
    // A new quiz replaces the old one.
    w.setQuiz({a});
    QCOMPARE(w.questionCount(), 1);
    QCOMPARE(w.rightCount(), 0);
}

void TestQuiz::panelShowsTheLessonsQuiz()
{
    const auto all = ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, nullptr);
    const auto lessons = ui::LessonLibrary::forLanguage(all, QStringLiteral("en"));
    ui::TrainingController controller;
    ui::LessonRunner runner(&controller);
    ui::LessonPanel panel(&runner);
    panel.startLesson(lessons.front().lesson);
    QCOMPARE(panel.quiz()->questionCount(), static_cast<int>(lessons.front().lesson.quiz.size()));
    panel.leaveButton()->click();
}

void TestQuiz::quizHasRoomAtTheQuestion_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("lesson");
    // The lesson dock's size in the window at 1366 x 768 (beside the exam view) and at
    // 1920 x 1080.
    QTest::newRow("1366x768 lesson 1") << QSize(389, 569) << 0;
    QTest::newRow("1366x768 lesson 4") << QSize(389, 569) << 3;
    QTest::newRow("1366x768 lesson 10") << QSize(389, 569) << 9;
    QTest::newRow("1920x1080 lesson 4") << QSize(440, 685) << 3;
}

// At the check question the lesson's quiz is what there is to do: its questions are shown
// (a question added while the quiz was hidden once stayed hidden) and get the room they need,
// or at least 40 % of the panel, not a strip of a scroll box.
void TestQuiz::quizHasRoomAtTheQuestion()
{
    QFETCH(QSize, size);
    QFETCH(int, lesson);
    const auto all = ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, nullptr);
    const auto lessons = ui::LessonLibrary::forLanguage(all, QStringLiteral("en"));
    QVERIFY(lesson < int(lessons.size()));
    ui::TrainingController controller;
    controller.setPaused(true);
    ui::LessonRunner runner(&controller);
    ui::LessonPanel panel(&runner);
    panel.resize(size);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.startLesson(lessons[std::size_t(lesson)].lesson);
    for (int click = 0; click < 50 && !panel.atCheck(); ++click)
        panel.nextButton()->click();
    QVERIFY2(panel.atCheck(), "Next never reached the question");
    auto* scroll = panel.quiz()->findChild<QScrollArea*>();
    QVERIFY(scroll && scroll->widget());
    // Every question is on screen (scrolled to, where the panel is small).
    QTRY_VERIFY(panel.quiz()->choice(0, 0) && panel.quiz()->choice(0, 0)->isVisible());
    for (int q = 0; q < panel.quiz()->questionCount(); ++q)
        QVERIFY(panel.quiz()->choice(q, 0)->isVisible());
    const auto needed = [scroll] {
        QWidget* q = scroll->widget();
        return q->hasHeightForWidth() ? q->heightForWidth(scroll->viewport()->width())
                                      : q->sizeHint().height();
    };
    const auto shot = qScopeGuard([&] {
        panel.grab().save(QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("batchlab_quiz_%1x%2_%3.png")
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(lesson + 1)));
    });
    QTRY_VERIFY2(scroll->viewport()->height() >= std::min(needed(), panel.height() * 2 / 5),
                 qPrintable(QStringLiteral("the quiz shows %1 px of %2 in a panel of %3 px")
                                .arg(scroll->viewport()->height())
                                .arg(needed())
                                .arg(panel.height())));
    // The question and the answer box stay in sight above it.
    QVERIFY(panel.textView()->height() >= 60);
    QVERIFY(panel.answerBox()->isVisible());
}

QTEST_MAIN(TestQuiz)
#include "tst_quiz.moc"
