// The side panel of a guided lesson: the lesson's title, the text of the current step, the
// results of the runs so far (N, B, E, answer checks, losses, measured time), the buttons Run /
// Next / Back / Leave lesson, and at the end the check question with an answer box and a
// Verify button that runs it. Drives a LessonRunner; knows nothing of the main window.
#pragma once

#include "lesson.hpp"
#include "ui/session/lesson_runner.hpp"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class QVBoxLayout;

namespace ui
{

class QuizWidget;

class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(LessonRunner* runner, QWidget* parent = nullptr);

    // Shows the lesson's first step (nothing runs until Run is pressed).
    void startLesson(const core::Lesson& lesson);
    bool active() const { return lesson_.has_value(); }
    int stepIndex() const { return step_; }
    bool atCheck() const { return atCheck_; }

    QPushButton* runButton() const { return run_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* backButton() const { return back_; }
    QPushButton* leaveButton() const { return leave_; }
    QPushButton* verifyButton() const { return verify_; }
    QSpinBox* answerBox() const { return answer_; }
    QLabel* verdictLabel() const { return verdict_; }
    QTextBrowser* textView() const { return text_; }
    QTableWidget* resultsTable() const { return results_; }
    QuizWidget* quiz() const { return quiz_; }

    // Plain text with blank lines between paragraphs, as HTML paragraphs.
    static QString paragraphsHtml(const QString& text);

signals:
    void lessonLeft();

private:
    void showStep(int index);
    void showCheck();
    void onStepReached(int index, const LessonResult& r);
    void onVerified(qint64 answer, const LessonResult& r);
    void addResult(const QString& what, const LessonResult& r);
    void leaveLesson();

    LessonRunner* runner_;
    std::optional<core::Lesson> lesson_;
    int step_ = 0;
    bool atCheck_ = false;

    QVBoxLayout* layout_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* progress_ = nullptr;
    QTextBrowser* text_ = nullptr;
    QLabel* status_ = nullptr;
    QTableWidget* results_ = nullptr;
    QWidget* checkBox_ = nullptr;
    QLabel* checkTitle_ = nullptr;
    QLabel* question_ = nullptr;
    QSpinBox* answer_ = nullptr;
    QPushButton* verify_ = nullptr;
    QLabel* verdict_ = nullptr;
    QuizWidget* quiz_ = nullptr; // the lesson's quiz bank, under the check question
    QPushButton* back_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* leave_ = nullptr;
};

} // namespace ui
