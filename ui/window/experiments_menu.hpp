// The Experiments menu, right after View: Sweep... and Batch-size science... (dialogs made once
// and kept while the window lives, showing the session's sweep and runs), then the meters'
// docks (Gradient noise, Cost per batch size).
#pragma once

#include "lesson_sweep.hpp"
#include "ui/controls/window_parts.hpp"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace ui
{

class ExportActions;
class MetersDocks;
class ScienceDialog;
class SweepDialog;

class ExperimentsMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the menu to `bar` (after the menus already there).
    ExperimentsMenu(const WindowParts& parts, ExportActions* exports, QMenuBar* bar,
                    QObject* parent = nullptr);

    // The meters' actions, after a separator.
    void addMeters(MetersDocks* meters);
    // A lesson step's meter, shown and raised (the cost view measures at once: the step talks
    // about its numbers).
    void showMeter(core::LessonMeter meter);
    void openSweep();
    void openScience();
    bool sweepDialogShown() const;

private:
    WindowParts parts_;
    ExportActions* exports_;
    MetersDocks* meters_ = nullptr;
    QMenu* menu_ = nullptr;
    SweepDialog* sweepDialog_ = nullptr;
    ScienceDialog* scienceDialog_ = nullptr;
};

} // namespace ui
