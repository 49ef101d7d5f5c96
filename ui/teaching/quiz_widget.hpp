// The quiz of a lesson (its bank of conceptual multiple-choice questions), shown under the check
// question in the lesson panel: the student picks one answer per question and presses Check;
// each question then says right or not, with the reason, and the score is shown.
#pragma once

#include "lesson.hpp"

#include <QWidget>

#include <map>
#include <vector>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace ui
{

class QuizWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QuizWidget(QWidget* parent = nullptr);

    void setQuiz(const std::vector<core::QuizQuestion>& quiz);
    int questionCount() const { return static_cast<int>(quiz_.size()); }
    // Marks every answered question and shows the score; returns how many are right.
    int check();
    int rightCount() const { return right_; }

    QRadioButton* choice(int question, int index) const;
    QPushButton* checkButton() const { return check_; }
    QLabel* verdict(int question) const;
    QLabel* scoreLabel() const { return score_; }

signals:
    void checked(int right, int total);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Item {
        QButtonGroup* group = nullptr;
        std::vector<QRadioButton*> choices;
        QLabel* verdict = nullptr;
    };
    std::vector<core::QuizQuestion> quiz_;
    std::vector<Item> items_;
    std::map<QObject*, QRadioButton*> labels_; // an answer's text picks its button
    QWidget* questions_ = nullptr;
    QVBoxLayout* questionsLayout_ = nullptr;
    QPushButton* check_ = nullptr;
    QLabel* score_ = nullptr;
    int right_ = 0;
};

} // namespace ui
