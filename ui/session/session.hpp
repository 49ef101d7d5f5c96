// What outlives a window: the runs and the training of one BatchLab session.
//
// Contract (docs/ARCHITECTURE.md, "A run's way from the worker to the pixels"):
//  - A Session owns the RunStore and the TrainingController (and through it the training
//    thread). Windows are views of a session: rebuilding the window (View > Language) hands the
//    same Session to the new window, so no run is trained again and an opened record keeps its
//    initial weights.
//  - Every generation the controller starts becomes a store entry, the live run; the
//    controller's snapshots of that generation are appended to it (stale generations never reach
//    the store: the controller drops them). When the next generation starts, the previous live run
//    stays in the store as a kept run if it ended or trained at least a tenth of its epochs, else
//    it is removed (a slider being dragged starts many runs that nobody watched).
//  - "Compare" trains a list of specs one after another through the same controller; each one is
//    an ordinary run of the store. Anything that starts another run by hand ends the comparison.
//  - The session's sweep (Experiments > Sweep..., a lesson's sweep step) is a SweepJob of the
//    session too, so a window rebuilt for another language shows the same sweep still running.
//  - GUI thread only, like the store and the controller.
#pragma once

#include "ui/session/run_store.hpp"
#include "ui/session/sweep_job.hpp"
#include "ui/session/training_controller.hpp"

#include <QObject>

#include <deque>
#include <vector>

namespace ui
{

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    RunStore* store() { return &store_; }
    const RunStore* store() const { return &store_; }
    TrainingController* controller() const { return controller_.get(); }
    SweepJob* sweep() const { return sweep_.get(); }
    // The store's entry of the controller's current generation (0: none yet).
    RunId liveRun() const { return live_; }
    const RunEntry* liveEntry() const { return store_.entry(live_); }

    // The run the exam view and the data view show: a kept run the user selected, or the live
    // run (0 or an id that is gone mean the live run).
    void select(RunId id);
    RunId selectedRun() const;

    // Trains `specs` one after another (the first at once) and keeps each as a run of the store.
    void compare(const std::vector<core::RunSpec>& specs);
    bool comparing() const { return !queue_.empty() || comparisonLeft_ > 0; }
    // Runs of the current comparison still to start, and its size.
    int comparisonPending() const { return int(queue_.size()); }
    int comparisonSize() const { return comparisonSize_; }
    void cancelComparison();

    // Adds a recorded run (File > Open comparison) as a kept run. Throws std::invalid_argument
    // when its data cannot be made.
    RunId addRecord(const core::RunRecord& record);

signals:
    void selectionChanged(ui::RunId id);
    void comparisonChanged();

private:
    void onRunStarted();
    void onSnapshot(const RunSnapshot& s);
    void onProgress(const RunProgress& p);
    void startNextCompared();

    RunStore store_;
    std::unique_ptr<TrainingController> controller_;
    std::unique_ptr<SweepJob> sweep_; // after store_: it goes (and joins its workers) first
    RunId live_ = 0;
    RunId selected_ = 0;
    std::deque<core::RunSpec> queue_;
    int comparisonSize_ = 0;
    int comparisonLeft_ = 0; // runs of the comparison not yet ended (the running one included)
    bool startingCompared_ = false;
};

} // namespace ui
