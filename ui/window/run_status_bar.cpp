#include "ui/window/run_status_bar.hpp"

#include "ui/session/run_description.hpp"

#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace ui
{

RunStatusBar::RunStatusBar(QStatusBar* bar) : QObject(bar), bar_(bar)
{
    epochLabel_ = new QLabel;
    updateLabel_ = new QLabel;
    rateLabel_ = new QLabel;
    stateLabel_ = new QLabel;
    stateLabel_->setObjectName(QStringLiteral("stateLabel"));
    // The counts and the state keep their whole width; a long note wraps in what is left.
    for (QLabel* l : {epochLabel_, updateLabel_, rateLabel_}) {
        l->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
        bar->addWidget(l);
    }
    stateLabel_->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    bar->addWidget(stateLabel_, 1);
    noteLabel_ = new QLabel;
    noteLabel_->setObjectName(QStringLiteral("noteLabel"));
    noteLabel_->setWordWrap(true);
    noteLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(noteLabel_, 3);
    fitNote();
    noteTimer_ = new QTimer(this);
    noteTimer_->setSingleShot(true);
    connect(noteTimer_, &QTimer::timeout, this, [this] { showNote(QString(), 0); });
}

void RunStatusBar::showProgress(const RunProgress& p, bool opened)
{
    const QLocale locale;
    epochLabel_->setText(tr("Epoch %1 / %2").arg(p.epochsDone).arg(p.epochsPlanned));
    updateLabel_->setText(tr("Update %1 / %2")
                              .arg(locale.toString(qlonglong(p.updatesDone)))
                              .arg(locale.toString(qlonglong(p.totalUpdates))));
    rateLabel_->setText(p.state == RunState::Running
                            ? tr("%1 updates/s").arg(locale.toString(p.updatesPerSecond, 'f', 0))
                            : QString());
    // The run status in the words every view uses, with what only the status bar has room for.
    const core::RunStatus status =
        core::runStatus(p.outcome, p.state == RunState::Failed,
                        p.state == RunState::Running || p.state == RunState::Paused, p.epochsDone);
    QString state = RunDescription::status(status, p.outcome ? p.outcome->epochs : p.epochsDone,
                                           p.state == RunState::Paused);
    QString color = QStringLiteral("#333");
    switch (status) {
    case core::RunStatus::NotStarted:
    case core::RunStatus::Stopped:
        break;
    case core::RunStatus::Training:
        color = p.state == RunState::Paused ? QStringLiteral("#9a6700") : QStringLiteral("#1a7f37");
        break;
    case core::RunStatus::Failed:
        state = tr("%1: %2").arg(state, p.error);
        color = QStringLiteral("#cf222e");
        break;
    case core::RunStatus::Completed:
        if (p.outcome->restoredBest)
            state =
                tr("%1 (best weights of epoch %2 restored)").arg(state).arg(p.outcome->bestEpoch);
        break;
    case core::RunStatus::EarlyStopped:
        // A goal (core/schedule.hpp) stops a run as early stopping does, often within the
        // first epoch: what counts then is the weight updates it took.
        if (p.outcome->reason == core::StopReason::GoalReached)
            state = tr("goal reached after %1 weight updates (%2 questions solved)")
                        .arg(QLocale().toString(qlonglong(p.outcome->updates)),
                             QLocale().toString(qlonglong(p.outcome->samples)));
        else
            state = tr("%1 (best epoch %2)").arg(state).arg(p.outcome->bestEpoch);
        color = QStringLiteral("#6639ba");
        break;
    case core::RunStatus::Diverged:
        state = tr("%1 at update %2: %3")
                    .arg(state)
                    .arg(p.outcome->updates + 1)
                    .arg(QString::fromStdString(p.outcome->message));
        color = QStringLiteral("#cf222e");
        break;
    }
    if (opened)
        state = tr("opened run, as recorded: %1").arg(state);
    stateLabel_->setText(state);
    stateLabel_->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
}

void RunStatusBar::showNote(const QString& text, int ms)
{
    noteLabel_->setText(text);
    noteLabel_->setToolTip(text);
    if (ms > 0)
        noteTimer_->start(ms);
    else
        noteTimer_->stop();
    fitNote();
}

void RunStatusBar::fitNote()
{
    // At most two lines: a word-wrapped label asks for the height of its text at the narrowest
    // width the bar's layout tries, and the main window gave the bar that height (a two-sentence
    // note made it some 330 px tall, taking the plots' and the docks' room). The whole note is
    // in the tooltip. Measured with the font of the moment (the classroom look scales it).
    const QFontMetrics fm(noteLabel_->font());
    const QMargins m = noteLabel_->contentsMargins();
    noteLabel_->setMaximumHeight(2 * fm.lineSpacing() + m.top() + m.bottom() +
                                 2 * noteLabel_->margin());
}

} // namespace ui
