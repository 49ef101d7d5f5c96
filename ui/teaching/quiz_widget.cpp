#include "ui/teaching/quiz_widget.hpp"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui
{

QuizWidget::QuizWidget(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("<b>Quiz</b>: pick one answer for each question."));
    title->setWordWrap(true);
    questions_ = new QWidget;
    questionsLayout_ = new QVBoxLayout(questions_);
    questionsLayout_->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidget(questions_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(120);
    check_ = new QPushButton(tr("Check the &quiz"));
    score_ = new QLabel;
    auto* row = new QHBoxLayout;
    row->addWidget(check_);
    row->addWidget(score_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addLayout(row);
    connect(check_, &QPushButton::clicked, this, [this] { check(); });
}

bool QuizWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto it = labels_.find(watched);
        if (it != labels_.end()) {
            it->second->setChecked(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuizWidget::setQuiz(const std::vector<core::QuizQuestion>& quiz)
{
    quiz_ = quiz;
    items_.clear();
    labels_.clear();
    while (QLayoutItem* item = questionsLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t i = 0; i < quiz_.size(); ++i) {
        const core::QuizQuestion& q = quiz_[i];
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 4, 0, 4);
        auto* question = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(
            QString::fromStdString(q.question).toHtmlEscaped()));
        question->setWordWrap(true);
        v->addWidget(question);
        Item item;
        item.group = new QButtonGroup(box);
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            // The radio button carries the letter; the answer beside it wraps in a narrow dock
            // (a radio button's own text would not), and a click on it picks the answer too.
            auto* r = new QRadioButton(QStringLiteral("%1)").arg(QChar(u'A' + int(c))));
            r->setAccessibleName(QString::fromStdString(q.choices[c]));
            auto* text = new QLabel(QString::fromStdString(q.choices[c]));
            text->setWordWrap(true);
            text->installEventFilter(this);
            labels_[text] = r;
            item.group->addButton(r, static_cast<int>(c));
            item.choices.push_back(r);
            auto* row = new QHBoxLayout;
            row->addWidget(r, 0, Qt::AlignTop);
            row->addWidget(text, 1);
            v->addLayout(row);
        }
        item.verdict = new QLabel;
        item.verdict->setWordWrap(true);
        v->addWidget(item.verdict);
        questionsLayout_->addWidget(box);
        // Shown now, whatever the panel shows at this moment: a box added while the quiz was on
        // screen and hidden before Qt's deferred show ran stayed hidden (an empty quiz).
        box->show();
        items_.push_back(item);
    }
    questionsLayout_->addStretch(1);
    score_->clear();
    right_ = 0;
    setVisible(!quiz_.empty());
}

int QuizWidget::check()
{
    right_ = 0;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const core::QuizQuestion& q = quiz_[i];
        const int picked = items_[i].group->checkedId();
        const QString why = QString::fromStdString(q.why).toHtmlEscaped();
        if (picked < 0) {
            items_[i].verdict->setText(tr("<i>Not answered yet.</i>"));
        } else if (picked == q.answer) {
            ++right_;
            items_[i].verdict->setText(tr("<b style='color:#2e7d32'>Right.</b> %1").arg(why));
        } else {
            items_[i].verdict->setText(
                tr("<b style='color:#c62828'>Not quite.</b> The answer is: %1. %2")
                    .arg(QString::fromStdString(q.choices[static_cast<std::size_t>(q.answer)])
                             .toHtmlEscaped(),
                         why));
        }
    }
    score_->setText(tr("%1 of %2 right").arg(right_).arg(static_cast<int>(items_.size())));
    emit checked(right_, static_cast<int>(items_.size()));
    return right_;
}

QRadioButton* QuizWidget::choice(int question, int index) const
{
    if (question < 0 || question >= static_cast<int>(items_.size()))
        return nullptr;
    const auto& c = items_[static_cast<std::size_t>(question)].choices;
    return index >= 0 && index < static_cast<int>(c.size()) ? c[static_cast<std::size_t>(index)]
                                                            : nullptr;
}

QLabel* QuizWidget::verdict(int question) const
{
    return question >= 0 && question < static_cast<int>(items_.size())
               ? items_[static_cast<std::size_t>(question)].verdict
               : nullptr;
}

} // namespace ui
