// The views of the runs: a new live run clears the loss plots and gives them its shape, its
// snapshots extend them (and the data view while it follows the live run), and the run selected
// in the Runs dock is the one the data view and the exam view show (Session::selectedRun()). See
// docs/ARCHITECTURE.md, "A run's way from the worker to the pixels".
#pragma once

#include "ui/session/run_snapshot.hpp"

#include <QObject>

namespace ui
{

class ControlsPanel;
class DataView;
class LossPerEpochPlot;
class LossPerUpdatePlot;
class Session;
class TeachingDocks;

class RunViews : public QObject
{
    Q_OBJECT
public:
    struct Parts {
        Session* session = nullptr;
        ControlsPanel* panel = nullptr; // shows a run started elsewhere (its data, a compared B)
        LossPerUpdatePlot* perUpdate = nullptr;
        LossPerEpochPlot* perEpoch = nullptr;
        DataView* data = nullptr;
        TeachingDocks* teaching = nullptr;
    };
    explicit RunViews(const Parts& parts, QObject* parent = nullptr);

    void onRunStarted();
    void onSnapshot(const RunSnapshot& s);
    // The run the exam view and the data view show, from the store.
    void showSelectedRun();

private:
    Parts parts_;
};

} // namespace ui
