#include "ui/session/sweep_job.hpp"
#include "ui/session/failure_text.hpp"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace ui
{

SweepJob::SweepJob(RunStore* store, QObject* parent) : QObject(parent), store_(store)
{
    inbox_.setWake(this, [this] { drain(); });
}

SweepJob::~SweepJob()
{
    if (runner_)
        runner_->cancel();
    runner_.reset(); // joins the workers; their queued reports die with this object
}

int SweepJob::defaultJobs(bool windowTrains)
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp(windowTrains ? cores - 1 : cores, 1, core::limits::maxSweepJobs);
}

bool SweepJob::start(const core::SweepSpec& sweep, int jobs, QString* error)
{
    std::vector<core::SweepRun> plan;
    try {
        plan = core::planSweep(sweep);
    } catch (const std::exception& e) {
        if (error)
            *error = FailureText::of(e);
        return false;
    }
    return launch(std::move(plan), jobs, error, false, sweep);
}

bool SweepJob::startPlan(std::vector<core::SweepRun> plan, int jobs, QString* error,
                         bool keepHistories)
{
    return launch(std::move(plan), jobs, error, keepHistories, {});
}

bool SweepJob::launch(std::vector<core::SweepRun> plan, int jobs, QString* error,
                      bool keepHistories, const core::SweepSpec& sweep)
{
    if (jobs < 1 || jobs > core::limits::maxSweepJobs || plan.empty()) {
        if (error)
            *error = QStringLiteral("bad number of jobs, or no runs");
        return false;
    }
    if (runner_)
        runner_->cancel();
    runner_.reset(); // joined: nothing of the previous start arrives any more
    // The previous sweep's runs that nobody looked at make room (a sweep is up to
    // limits::maxSweepRuns runs; sweeps started one after another would otherwise pile up).
    if (store_)
        for (RunId id : ids_)
            if (const RunEntry* e = store_->entry(id); e && !e->shown)
                store_->remove(id);
    sweep_ = sweep;
    keepHistories_ = keepHistories;
    plan_ = plan;
    values_ = core::sweepValues(plan_);
    results_.clear();
    ids_.clear();
    planned_ = int(plan_.size());
    jobs_ = jobs;
    cancelled_ = false;
    running_ = true;
    endedMs_ = -1;
    clock_.start();
    runner_ = std::make_unique<core::SweepRunner>(std::move(plan), jobs);
    // Below the window's training thread (nice +8): the window and its live run come first.
    runner_->setWorkerNice(10);
    const quint64 generation = ++generation_;
    // Worker threads: each result is handed over (handover.hpp: queued, tagged with this start's
    // generation, this object's thread woken to drain them).
    runner_->start(
        [this, generation](const core::SweepRunResult& r) {
            inbox_.put(generation, Report{false, r});
        },
        [this, generation] {
            inbox_.put(generation, Report{true, {}});
        });
    emit started();
    return true;
}

void SweepJob::cancel()
{
    if (runner_ && running_) {
        cancelled_ = true;
        runner_->cancel();
    }
}

double SweepJob::secondsElapsed() const
{
    if (!clock_.isValid())
        return 0.0;
    return double(endedMs_ >= 0 ? endedMs_ : clock_.elapsed()) / 1000.0;
}

double SweepJob::secondsLeft() const
{
    if (results_.empty())
        return std::numeric_limits<double>::quiet_NaN();
    if (!running_)
        return 0.0;
    return secondsElapsed() / double(results_.size()) * double(planned_ - int(results_.size()));
}

std::vector<core::SweepSummaryRow> SweepJob::summary() const
{
    return core::summarizeSweep(values_, results_);
}

void SweepJob::drain()
{
    // What a replaced sweep reported is dropped here.
    for (Report& r : inbox_.takeCurrent(generation_)) {
        if (r.done)
            onDone();
        else
            onRun(std::move(r.result));
    }
}

void SweepJob::onRun(core::SweepRunResult r)
{
    try {
        if (r.index < 0 || r.index >= int(plan_.size()))
            return;
        const core::SweepRun& run = plan_[std::size_t(r.index)];
        if (r.ok() && store_) {
            const RunId id = store_->addRecord(
                core::makeRunRecord(run.spec, r.run,
                                    QCoreApplication::applicationVersion().toStdString()),
                RunOrigin::Background);
            store_->setLabel(id, tr("%1 · seed %2").arg(RunStore::labelOf(run.spec)).arg(r.seed));
            ids_.push_back(id);
        }
        if (!keepHistories_)
            r.run = {}; // the history lives in the store now
        results_.push_back(std::move(r));
        emit runFinished(run.index);
    } catch (const std::exception&) {
        // A run that cannot enter the store (its data cannot be made) still counts as done.
        r.run = {};
        if (r.error.empty())
            r.error = "not stored";
        results_.push_back(std::move(r));
    }
}

void SweepJob::onDone()
{
    if (!running_)
        return;
    running_ = false;
    endedMs_ = clock_.elapsed();
    emit finished(cancelled_);
}

} // namespace ui
