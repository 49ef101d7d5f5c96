// The meters of Experiments as two docks of a main window: "Gradient noise"
// (ui::NoiseView) and "Cost per batch size" (ui::CostView). The window adds their toggle actions
// to its Experiments menu; measured costs go to the exam view's numbers.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ui
{

class CostView;
class ExamView;
class NoiseView;
class RunStore;
class TrainingController;

class MetersDocks : public QObject
{
    Q_OBJECT
public:
    // Both docks start hidden (tabified on the right); `exam` may be null.
    MetersDocks(QMainWindow* window, TrainingController* controller, const RunStore* store,
                ExamView* exam);

    NoiseView* noiseView() const { return noise_; }
    CostView* costView() const { return cost_; }
    QDockWidget* noiseDock() const { return noiseDock_; }
    QDockWidget* costDock() const { return costDock_; }
    // "Gradient noise" and "Cost per batch size", checkable (show / hide the docks).
    QList<QAction*> actions() const;

private:
    NoiseView* noise_ = nullptr;
    CostView* cost_ = nullptr;
    QDockWidget* noiseDock_ = nullptr;
    QDockWidget* costDock_ = nullptr;
};

} // namespace ui
