#include "ui/teaching/lesson_panel.hpp"

#include "ui/teaching/quiz_widget.hpp"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ui
{

namespace
{

QString fill(const std::string& text, const core::RunSettings& s,
             std::optional<std::int64_t> answer = std::nullopt)
{
    return QString::fromStdString(core::fillPlaceholders(text, s, answer));
}

QString lossText(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : QStringLiteral("–");
}

} // namespace

LessonPanel::LessonPanel(LessonRunner* runner, QWidget* parent) : QWidget(parent), runner_(runner)
{
    title_ = new QLabel;
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title_->setFont(f);
    title_->setWordWrap(true);
    progress_ = new QLabel;
    text_ = new QTextBrowser;
    text_->setOpenExternalLinks(false);
    text_->setMinimumHeight(100);
    status_ = new QLabel;
    status_->setWordWrap(true);
    status_->setStyleSheet(QStringLiteral("QLabel { color: #3a5f9a; }"));

    results_ = new QTableWidget(0, 6);
    results_->setHorizontalHeaderLabels({tr("run"), tr("N / B / passes"), tr("checks"),
                                         tr("train loss"), tr("val loss"), tr("s / pass")});
    results_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results_->horizontalHeader()->setStretchLastSection(true);
    results_->verticalHeader()->hide();
    results_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results_->setMaximumHeight(110);
    results_->setToolTip(tr("What each run of this lesson showed, to compare them."));

    checkBox_ = new QWidget;
    auto* checkLayout = new QVBoxLayout(checkBox_);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    auto* checkTitle = new QLabel(tr("<b>Check question</b>"));
    checkTitle_ = checkTitle;
    question_ = new QLabel;
    question_->setWordWrap(true);
    answer_ = new QSpinBox;
    answer_->setRange(0, std::numeric_limits<int>::max());
    answer_->setAccessibleName(tr("Your answer"));
    verify_ = new QPushButton(tr("&Verify by running it"));
    verify_->setToolTip(tr("Runs the question's settings to the end and compares the result with "
                           "your answer."));
    verdict_ = new QLabel;
    verdict_->setWordWrap(true);
    auto* answerRow = new QHBoxLayout;
    auto* answerLabel = new QLabel(tr("Your &answer:"));
    answerLabel->setBuddy(answer_);
    answerRow->addWidget(answerLabel);
    answerRow->addWidget(answer_, 1);
    answerRow->addWidget(verify_);
    checkLayout->addWidget(checkTitle);
    checkLayout->addWidget(question_);
    checkLayout->addLayout(answerRow);
    checkLayout->addWidget(verdict_);
    quiz_ = new QuizWidget;
    checkLayout->addWidget(quiz_, 1);

    back_ = new QPushButton(tr("&Back"));
    run_ = new QPushButton(tr("&Run this step"));
    next_ = new QPushButton(tr("&Next"));
    leave_ = new QPushButton(tr("&Leave lesson"));
    leave_->setToolTip(tr("Stop the lesson and keep experimenting with the current run."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back_);
    buttons->addWidget(run_);
    buttons->addWidget(next_);
    buttons->addStretch(1);
    buttons->addWidget(leave_);

    auto* layout = new QVBoxLayout(this);
    layout_ = layout;
    layout->addWidget(title_);
    layout->addWidget(progress_);
    layout->addWidget(text_, 1);
    layout->addWidget(status_);
    layout->addWidget(results_);
    layout->addWidget(checkBox_);
    layout->addLayout(buttons);

    connect(back_, &QPushButton::clicked, this, [this] {
        if (atCheck_)
            showStep(static_cast<int>(lesson_->steps.size()) - 1);
        else if (step_ > 0)
            showStep(step_ - 1);
    });
    connect(run_, &QPushButton::clicked, this, [this] {
        if (!lesson_ || atCheck_)
            return;
        status_->setText(tr("Running…"));
        run_->setEnabled(false);
        runner_->runStep(step_);
        const auto& s = lesson_->steps[static_cast<std::size_t>(step_)];
        if (!s.target.runs()) {
            status_->clear();
            run_->setEnabled(true);
        }
    });
    connect(next_, &QPushButton::clicked, this, [this] {
        if (!lesson_)
            return;
        if (step_ + 1 < static_cast<int>(lesson_->steps.size()))
            showStep(step_ + 1);
        else
            showCheck();
    });
    connect(leave_, &QPushButton::clicked, this, &LessonPanel::leaveLesson);
    connect(verify_, &QPushButton::clicked, this, [this] {
        verdict_->setText(tr("Running the question's settings…"));
        verdict_->show();
        verify_->setEnabled(false);
        runner_->verify();
    });
    connect(runner_, &LessonRunner::stepReached, this, &LessonPanel::onStepReached);
    connect(runner_, &LessonRunner::checkVerified, this, &LessonPanel::onVerified);
    connect(runner_, &LessonRunner::stepInterrupted, this, [this] {
        status_->setText(tr("You changed the run: the lesson waits. Press Run to go on with the "
                            "lesson's settings, or keep experimenting."));
        run_->setEnabled(true);
        verify_->setEnabled(true);
    });
    setEnabled(false);
}

QString LessonPanel::paragraphsHtml(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") + p.toHtmlEscaped().replace(QLatin1Char('\n'), "<br>") +
                QStringLiteral("</p>");
    return html;
}

void LessonPanel::startLesson(const core::Lesson& lesson)
{
    lesson_ = lesson;
    runner_->setLesson(lesson);
    results_->setRowCount(0);
    // Another lesson asks another question: nothing of the last one's answer stays.
    answer_->setValue(answer_->minimum());
    verdict_->clear();
    setEnabled(true);
    title_->setText(QString::fromStdString(lesson.title));
    quiz_->setQuiz(lesson.quiz);
    showStep(0);
}

void LessonPanel::showStep(int index)
{
    atCheck_ = false;
    step_ = index;
    const core::LessonStep& s = lesson_->steps[static_cast<std::size_t>(index)];
    progress_->setText(
        tr("Step %1 of %2").arg(index + 1).arg(static_cast<int>(lesson_->steps.size())) +
        (s.title.empty() ? QString() : QStringLiteral(": ") + fill(s.title, s.settings)));
    QString html;
    if (index == 0 && !lesson_->summary.empty())
        html += QStringLiteral("<div style='color:#4a5568'>") +
                paragraphsHtml(fill(lesson_->summary, s.settings)) + QStringLiteral("</div>");
    html += paragraphsHtml(fill(s.text, s.settings));
    text_->setHtml(html);
    status_->clear();
    checkBox_->hide();
    // A step's text has the room; at the check question the quiz has it (showCheck()).
    text_->setMaximumHeight(QWIDGETSIZE_MAX);
    results_->show();
    layout_->setStretchFactor(text_, 1);
    layout_->setStretchFactor(checkBox_, 0);
    back_->setEnabled(index > 0);
    run_->setVisible(true);
    run_->setEnabled(true);
    const bool trains = s.target.runs() || s.sweep;
    run_->setText(trains ? tr("&Run this step") : tr("&Show"));
    next_->setEnabled(true);
    next_->setText(index + 1 < static_cast<int>(lesson_->steps.size()) ? tr("&Next")
                                                                       : tr("&To the question"));
    // Steps start by themselves: the student reads, the run shows what the text says.
    runner_->runStep(index);
    if (s.sweep) {
        status_->setText(tr("The sweep trains in the background (Experiments > Sweep shows each "
                            "run as it ends)…"));
        run_->setEnabled(false);
    } else if (s.target.runs()) {
        status_->setText(tr("Running…"));
        run_->setEnabled(false);
    }
}

void LessonPanel::showCheck()
{
    atCheck_ = true;
    progress_->setText(tr("Check question"));
    // The question goes where the steps' texts were: it has the room to be read.
    text_->setHtml(QStringLiteral("<b>") +
                   paragraphsHtml(fill(lesson_->check.question, lesson_->check.settings)) +
                   QStringLiteral("</b>") +
                   paragraphsHtml(tr("Type your answer below and press Verify: BatchLab runs "
                                     "exactly these settings and compares.")));
    question_->hide();
    verdict_->clear();
    // The question is a few lines: the text box is as high as they are (its minimum at
    // least), and the quiz under it gets the rest of the panel instead of a strip.
    text_->document()->setTextWidth(text_->viewport()->width());
    const int frame = text_->frameWidth() * 2 + 4;
    text_->setMaximumHeight(std::max(text_->minimumHeight(),
                                     int(std::ceil(text_->document()->size().height())) + frame));
    layout_->setStretchFactor(text_, 0);
    layout_->setStretchFactor(checkBox_, 1);
    // Nothing else takes the quiz's room: the line above already says "Check question", an
    // empty results table and an empty verdict need no lines.
    checkTitle_->hide();
    results_->setVisible(results_->rowCount() > 0);
    verdict_->hide();
    checkBox_->show();
    verify_->setEnabled(true);
    answer_->setFocus();
    back_->setEnabled(true);
    run_->setVisible(false);
    next_->setEnabled(false);
    status_->clear();
}

void LessonPanel::onStepReached(int index, const LessonResult& r)
{
    if (!lesson_ || atCheck_ || index != step_)
        return;
    run_->setEnabled(true);
    run_->setText(tr("&Run again"));
    if (r.sweepRuns > 0) {
        status_->setText(
            tr("The sweep is finished: %n runs. Read, then press Next.", nullptr, r.sweepRuns));
        return;
    }
    if (r.earlyStopped)
        status_->setText(tr("Early stopping ended the run after pass %1 (best epoch %2). Read, "
                            "then press Next.")
                             .arg(r.facts.epochs)
                             .arg(r.bestEpoch));
    else if (r.finished)
        status_->setText(tr("The run is finished: %1 passes, %2 answer checks. Read, then press "
                            "Next.")
                             .arg(r.facts.epochs)
                             .arg(QLocale().toString(qlonglong(r.facts.updates))));
    else
        status_->setText(tr("Paused after answer check %1 (pass %2). Read, then press Next, or "
                            "press Play to keep going.")
                             .arg(QLocale().toString(qlonglong(r.facts.updates)))
                             .arg(r.facts.epochs));
    addResult(tr("step %1").arg(index + 1), r);
}

void LessonPanel::onVerified(qint64 answer, const LessonResult& r)
{
    if (!lesson_)
        return;
    verify_->setEnabled(true);
    if (r.sweepRuns == 0)
        addResult(tr("check"), r);
    const qint64 given = answer_->value();
    const qint64 distance = given > answer ? given - answer : answer - given;
    QString html;
    if (distance == 0)
        html = tr("<b style='color:#2e7d32'>Right!</b> The run gives %1.").arg(answer);
    else if (distance <= lesson_->check.tolerance)
        html = tr("<b style='color:#2e7d32'>Close enough.</b> You said %1; the run gives %2.")
                   .arg(given)
                   .arg(answer);
    else
        html = tr("<b style='color:#c62828'>Not quite.</b> You said %1; the run gives %2.")
                   .arg(given)
                   .arg(answer);
    if (!lesson_->check.explanation.empty())
        html += paragraphsHtml(fill(lesson_->check.explanation, lesson_->check.settings, answer));
    verdict_->setText(html);
    verdict_->show();
}

void LessonPanel::addResult(const QString& what, const LessonResult& r)
{
    const int row = results_->rowCount();
    results_->insertRow(row);
    results_->show();
    const QStringList cells{what,
                            QStringLiteral("%1 / %2 / %3")
                                .arg(r.facts.trainingRows)
                                .arg(r.facts.batchSize)
                                .arg(r.facts.epochs),
                            QLocale().toString(qlonglong(r.facts.updates)),
                            lossText(r.trainLoss),
                            lossText(r.valLoss),
                            r.secondsPerEpoch > 0 ? QLocale().toString(r.secondsPerEpoch, 'g', 3)
                                                  : QStringLiteral("–")};
    for (int c = 0; c < cells.size(); ++c)
        results_->setItem(row, c, new QTableWidgetItem(cells[c]));
    results_->scrollToBottom();
}

void LessonPanel::leaveLesson()
{
    runner_->leave();
    lesson_.reset();
    atCheck_ = false;
    setEnabled(false);
    title_->clear();
    progress_->clear();
    text_->clear();
    status_->clear();
    answer_->setValue(answer_->minimum());
    verdict_->clear();
    checkBox_->hide();
    text_->setMaximumHeight(QWIDGETSIZE_MAX);
    emit lessonLeft();
}

} // namespace ui
