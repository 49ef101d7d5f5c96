#include "ui/window/experiments_menu.hpp"

#include "ui/experiments/cost_view.hpp"
#include "ui/experiments/meters_docks.hpp"
#include "ui/experiments/science_dialog.hpp"
#include "ui/experiments/sweep_dialog.hpp"
#include "ui/experiments/sweep_view.hpp"
#include "ui/session/session.hpp"
#include "ui/window/export_actions.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

// The words stay in the window's context (MainWindow::tr), where the translations have them.

namespace ui
{

ExperimentsMenu::ExperimentsMenu(const WindowParts& parts, ExportActions* exports, QMenuBar* bar,
                                 QObject* parent)
    : QObject(parent), parts_(parts), exports_(exports)
{
    menu_ = bar->addMenu(MainWindow::tr("E&xperiments"));
    menu_->setObjectName(QStringLiteral("experimentsMenu"));
    QAction* sweep =
        menu_->addAction(MainWindow::tr("&Sweep..."), this, &ExperimentsMenu::openSweep);
    sweep->setObjectName(QStringLiteral("sweepAction"));
    sweep->setToolTip(
        MainWindow::tr("Train many runs in the background, one per value and seed, and plot "
                       "the mean and spread of their losses"));
    QAction* science = menu_->addAction(MainWindow::tr("Batch-size s&cience..."), this,
                                        &ExperimentsMenu::openScience);
    science->setObjectName(QStringLiteral("scienceAction"));
    science->setToolTip(
        MainWindow::tr("Measure the critical batch size, the gradient noise scale, linear "
                       "scaling and growing batches on the digits, as research papers did"));
}

void ExperimentsMenu::addMeters(MetersDocks* meters)
{
    meters_ = meters;
    menu_->addSeparator();
    menu_->addActions(meters->actions());
}

void ExperimentsMenu::showMeter(core::LessonMeter meter)
{
    if (!meters_)
        return;
    QDockWidget* dock =
        meter == core::LessonMeter::Noise ? meters_->noiseDock() : meters_->costDock();
    dock->show();
    dock->raise();
    // The noise view measures whenever it is shown; the cost view on request, and the step
    // talks about its numbers.
    if (meter == core::LessonMeter::Cost)
        meters_->costView()->measure();
}

bool ExperimentsMenu::sweepDialogShown() const
{
    return sweepDialog_ && sweepDialog_->isVisible();
}

void ExperimentsMenu::openSweep()
{
    TrainingController* controller = parts_.controller;
    if (!sweepDialog_) {
        sweepDialog_ = new SweepDialog(
            parts_.session->sweep(), controller->effectiveSpec(),
            [controller] { return controller->progress().state == RunState::Running; },
            parts_.window);
        exports_->connectPlot(sweepDialog_->view()->lossPlot());
        exports_->connectPlot(sweepDialog_->view()->costPlot());
    } else {
        sweepDialog_->setBase(controller->effectiveSpec());
    }
    sweepDialog_->show();
    sweepDialog_->raise();
    sweepDialog_->activateWindow();
}

void ExperimentsMenu::openScience()
{
    TrainingController* controller = parts_.controller;
    if (!scienceDialog_) {
        scienceDialog_ = new ScienceDialog(
            parts_.session->store(),
            [controller] { return controller->progress().state == RunState::Running; },
            parts_.window);
    }
    scienceDialog_->show();
    scienceDialog_->raise();
    scienceDialog_->activateWindow();
}

} // namespace ui
