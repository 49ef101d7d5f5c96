#include "ui/window/playback_actions.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QMenu>
#include <QStyle>

// The words stay in the window's context (MainWindow::tr), where the translations have them.

namespace ui
{

PlaybackActions::PlaybackActions(QWidget* window, TrainingController* controller,
                                 ControlsPanel* panel)
    : QObject(window), window_(window)
{
    QStyle* s = window->style();
    playPause_ =
        new QAction(s->standardIcon(QStyle::SP_MediaPause), MainWindow::tr("&Pause"), window);
    playPause_->setShortcut(Qt::Key_Space);
    playPause_->setToolTip(MainWindow::tr("Play or pause the practice (Space)"));

    stepUpdate_ = new QAction(s->standardIcon(QStyle::SP_MediaSeekForward),
                              MainWindow::tr("&Update"), window);
    stepUpdate_->setShortcut(Qt::Key_N);
    stepUpdate_->setToolTip(
        MainWindow::tr("Step one weight update: solve one batch of questions and check "
                       "it against the answer sheet (N)"));
    connect(stepUpdate_, &QAction::triggered, controller,
            [controller] { controller->stepUpdates(1); });

    stepEpoch_ =
        new QAction(s->standardIcon(QStyle::SP_MediaSkipForward), MainWindow::tr("&Epoch"), window);
    stepEpoch_->setShortcut(Qt::Key_E);
    stepEpoch_->setToolTip(
        MainWindow::tr("Step to the end of the epoch: finish this pass over the whole "
                       "practice exam (E)"));
    connect(stepEpoch_, &QAction::triggered, controller, [controller] { controller->stepEpoch(); });

    reset_ =
        new QAction(s->standardIcon(QStyle::SP_BrowserReload), MainWindow::tr("&Reset"), window);
    reset_->setShortcut(Qt::Key_R);
    reset_->setToolTip(MainWindow::tr("Start again with new initial weights: a new student (R)"));

    faster_ = new QAction(MainWindow::tr("&Faster"), window);
    faster_->setShortcut(Qt::Key_BracketRight);
    connect(faster_, &QAction::triggered, panel, [panel] { panel->faster(); });
    slower_ = new QAction(MainWindow::tr("&Slower"), window);
    slower_->setShortcut(Qt::Key_BracketLeft);
    connect(slower_, &QAction::triggered, panel, [panel] { panel->slower(); });
    defaults_ = new QAction(MainWindow::tr("Restore &defaults"), window);
    for (QAction* a : {playPause_, stepUpdate_, stepEpoch_, reset_, faster_, slower_})
        window->addAction(a);
}

void PlaybackActions::addToPanel(ControlsPanel* panel) const
{
    panel->setPlaybackActions(playPause_, stepUpdate_, stepEpoch_, reset_);
    panel->addGroupActions(QStringLiteral("pace"), {faster_, slower_});
    panel->addGroupActions(QStringLiteral("defaults"), {defaults_});
}

void PlaybackActions::addTo(QMenu* training) const
{
    for (QAction* a : {playPause_, stepUpdate_, stepEpoch_, reset_})
        training->addAction(a);
    training->addSeparator();
    training->addAction(faster_);
    training->addAction(slower_);
    training->addSeparator();
    training->addAction(defaults_);
}

void PlaybackActions::showProgress(const RunProgress& p)
{
    const bool playing = p.state == RunState::Running;
    playPause_->setText(playing ? MainWindow::tr("&Pause") : MainWindow::tr("&Play"));
    playPause_->setIcon(
        window_->style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace ui
