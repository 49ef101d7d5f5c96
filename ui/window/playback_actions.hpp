// The Training menu's actions, also the panel's buttons and the window's keys: Play/Pause
// (Space), step one update (N) or to the end of the epoch (E), Reset (R), Faster and Slower
// ([ and ]), Restore defaults. Steps and pace act on the controller and the panel; Play, Reset
// and Restore defaults are the window's to decide (ui/session/run_policy.hpp).
#pragma once

#include "ui/session/training_controller.hpp"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ui
{

class ControlsPanel;

class PlaybackActions : public QObject
{
    Q_OBJECT
public:
    // The actions are `window`'s (its keys work wherever the focus is).
    PlaybackActions(QWidget* window, TrainingController* controller, ControlsPanel* panel);

    QAction* playPause() const { return playPause_; }
    QAction* reset() const { return reset_; }
    QAction* defaults() const { return defaults_; }
    // Gives the panel its buttons and groups (pace, defaults).
    void addToPanel(ControlsPanel* panel) const;
    void addTo(QMenu* training) const;
    // Play or Pause, as the run's state asks.
    void showProgress(const RunProgress& p);

private:
    QWidget* window_;
    QAction* playPause_ = nullptr;
    QAction* stepUpdate_ = nullptr;
    QAction* stepEpoch_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* faster_ = nullptr;
    QAction* slower_ = nullptr;
    QAction* defaults_ = nullptr;
};

} // namespace ui
