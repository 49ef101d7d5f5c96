// A sweep trained in the background for the window (Experiments > Sweep...).
//
// Contract (docs/ARCHITECTURE.md, "Threads"):
//  - A SweepJob lives on the GUI thread. It trains a plan on core::SweepRunner's worker threads
//    (never on the GUI thread); each finished run is handed over as a value and added here, on
//    the GUI thread, to the RunStore as a kept (pinned) background run that is not shown until
//    the user ticks it in the Runs dock, labelled with its settings and seed.
//  - cancel() stops every worker between two weight updates; the destructor cancels and joins.
//  - Results of an earlier start() are dropped: each start has its own runner, and what a runner
//    reports after it was replaced never arrives (the runner is joined before it goes).
//  - A new start() removes the previous sweep's runs from the store unless they are shown (the
//    user ticked them to overlay them): sweeps do not pile up in memory.
//  - The Session owns its SweepJob, so a sweep outlives the window that started it.
#pragma once

#include "ui/session/handover.hpp"
#include "ui/session/run_store.hpp"

#include "sweep.hpp"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

namespace ui
{

class SweepJob : public QObject
{
    Q_OBJECT
public:
    explicit SweepJob(RunStore* store, QObject* parent = nullptr);
    ~SweepJob() override;

    // Workers for a sweep: all cores, or one less while the window trains (at least one).
    static int defaultJobs(bool windowTrains);

    // Plans `sweep` and starts it on `jobs` workers. False (nothing started, *error says why)
    // when the sweep cannot run: a bad value, too many runs, settings that cannot train.
    bool start(const core::SweepSpec& sweep, int jobs, QString* error = nullptr);
    // The same for a plan made elsewhere (the batch-size experiments); with `keepHistories`
    // results() keep each run's history too (they also enter the store).
    bool startPlan(std::vector<core::SweepRun> plan, int jobs, QString* error = nullptr,
                   bool keepHistories = false);
    const std::vector<core::SweepRun>& plan() const { return plan_; }
    void cancel();

    bool running() const { return running_; }
    bool wasCancelled() const { return cancelled_; }
    int runsDone() const { return int(results_.size()); }
    int runsPlanned() const { return planned_; }
    int jobs() const { return jobs_; }
    // Seconds since start() (to the end once finished).
    double secondsElapsed() const;
    // An estimate of the seconds left (NaN before the first run ends).
    double secondsLeft() const;
    core::SweepParameter parameter() const { return sweep_.parameter; }
    const core::SweepSpec& sweep() const { return sweep_; }
    const std::vector<double>& values() const { return values_; }
    // The finished runs in the order they ended (numbers only; the histories are in the store).
    const std::vector<core::SweepRunResult>& results() const { return results_; }
    std::vector<core::SweepSummaryRow> summary() const;
    // The store's ids of the runs added so far.
    const std::vector<RunId>& runIds() const { return ids_; }

signals:
    void started();
    void runFinished(int planIndex);
    void finished(bool cancelled);

private:
    bool launch(std::vector<core::SweepRun> plan, int jobs, QString* error, bool keepHistories,
                const core::SweepSpec& sweep);
    // What the workers handed over (a finished run, or the end), taken on this object's thread.
    struct Report {
        bool done = false;
        core::SweepRunResult result;
    };
    void drain();
    void onRun(core::SweepRunResult result);
    void onDone();

    RunStore* store_;
    std::unique_ptr<core::SweepRunner> runner_;
    std::vector<core::SweepRun> plan_;
    bool keepHistories_ = false;
    core::SweepSpec sweep_;
    std::vector<double> values_;
    std::vector<core::SweepRunResult> results_;
    std::vector<RunId> ids_;
    int planned_ = 0;
    int jobs_ = 1;
    bool running_ = false;
    bool cancelled_ = false;
    QElapsedTimer clock_;
    qint64 endedMs_ = -1;
    quint64 generation_ = 0; // of the current start(); older reports are dropped
    Handover<Report, HandoverPolicy::Queue> inbox_;
};

} // namespace ui
