#include "ui/experiments/meters_docks.hpp"

#include "ui/experiments/cost_view.hpp"
#include "ui/experiments/noise_view.hpp"
#include "ui/teaching/exam_view.hpp"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace ui
{

MetersDocks::MetersDocks(QMainWindow* window, TrainingController* controller, const RunStore* store,
                         ExamView* exam)
    : QObject(window)
{
    noise_ = new NoiseView(controller, store);
    noise_->setObjectName(QStringLiteral("noiseView"));
    noiseDock_ = new QDockWidget(tr("Gradient noise"), window);
    noiseDock_->setObjectName(QStringLiteral("noiseDock"));
    noiseDock_->setWidget(noise_);
    cost_ = new CostView(controller);
    cost_->setObjectName(QStringLiteral("costView"));
    costDock_ = new QDockWidget(tr("Cost per batch size"), window);
    costDock_->setObjectName(QStringLiteral("costDock"));
    costDock_->setWidget(cost_);
    for (QDockWidget* d : {noiseDock_, costDock_}) {
        d->setAllowedAreas(Qt::AllDockWidgetAreas);
        window->addDockWidget(Qt::RightDockWidgetArea, d);
        d->hide();
    }
    window->tabifyDockWidget(noiseDock_, costDock_);
    noiseDock_->toggleViewAction()->setObjectName(QStringLiteral("noiseAction"));
    noiseDock_->toggleViewAction()->setToolTip(
        tr("How noisy a batch's gradient is for each batch size, measured beside the formula"));
    costDock_->toggleViewAction()->setObjectName(QStringLiteral("costAction"));
    costDock_->toggleViewAction()->setToolTip(
        tr("Time per update and per epoch, measured on this computer, and the memory one batch "
           "needs, computed from the network"));
    if (exam)
        connect(cost_, &CostView::measured, exam, &ExamView::setMeasuredCost);
}

QList<QAction*> MetersDocks::actions() const
{
    return {noiseDock_->toggleViewAction(), costDock_->toggleViewAction()};
}

} // namespace ui
