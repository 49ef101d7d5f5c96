#include "ui/session/training_worker.hpp"

#include "ui/session/failure_text.hpp"

#include <exception>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ui
{

namespace
{

using Clock = std::chrono::steady_clock;
// How often a running worker hands its batch to the mailbox, and how often weights go along.
constexpr auto publishPeriod = std::chrono::milliseconds(10);
constexpr auto parametersPeriod = std::chrono::milliseconds(100);
// Below this pace (updates per second) every update is handed over at once.
constexpr double slowPace = 200.0;

// Passes a run's updates and its end to a core::History, not its epoch rows: the store keeps
// those, once (a long run has hundreds of thousands; docs/PERFORMANCE.md, "Epoch rows kept
// once"). RunEntry::record() puts the rows and the history together.
class UpdatesOnly final : public core::TrainingObserver
{
public:
    explicit UpdatesOnly(core::TrainingObserver* to) : to_(to) {}
    void onUpdate(const core::UpdateInfo& u) override { to_->onUpdate(u); }
    void onFinished(const core::Outcome& o) override { to_->onFinished(o); }

private:
    core::TrainingObserver* to_;
};

} // namespace

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::post(const RunRequest& request)
{
    {
        std::lock_guard lock(mutex_);
        pendingRun_ = request;
        pendingExtend_.reset();
    }
    wake_.notify_one();
}

void TrainingWorker::postExtend(quint64 generation)
{
    {
        std::lock_guard lock(mutex_);
        pendingExtend_ = generation;
    }
    wake_.notify_one();
}

void TrainingWorker::shutdown()
{
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_one();
}

void TrainingWorker::serve()
{
#ifdef Q_OS_LINUX
    // When the CPU is contended the window must win: the trainer runs at a lower priority
    // (QThread priorities do nothing under Linux's default scheduler, a nice value does).
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 8);
#endif
    for (;;) {
        std::optional<RunRequest> run;
        std::optional<quint64> extend;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return quit_ || pendingRun_ || pendingExtend_; });
            if (quit_)
                return;
            run.swap(pendingRun_);
            extend.swap(pendingExtend_);
        }
        try {
            if (run)
                this->run(*run);
            if (extend)
                this->extend(*extend);
        } catch (const std::exception& e) {
            // Nothing leaves the worker thread (the history, the batcher and the loop included):
            // the run fails with its reason.
            observers_.reset();
            trainer_.reset();
            batcher_.reset();
            historyUpdates_.reset();
            history_.reset();
            RunSnapshot failed;
            failed.error = FailureText::of(e);
            if (request_.mailbox)
                request_.mailbox->put(request_.generation, std::move(failed));
        }
    }
}

void TrainingWorker::run(const RunRequest& request)
{
    if (request.control->isCancelled()) {
        // Stopped before it began: it ends as cancelled, or its window would say "running"
        // forever (found by tst_controller's start/stop stress). A newer run drops it.
        RunSnapshot stopped;
        stopped.outcome = core::Outcome{core::StopReason::Cancelled,
                                        0,
                                        0,
                                        -1,
                                        false,
                                        "training stopped by the user",
                                        std::nullopt,
                                        0};
        request.mailbox->put(request.generation, std::move(stopped));
        return;
    }
    request_ = request;
    trainer_.reset();
    batcher_.reset();
    observers_.reset();
    historyUpdates_.reset();
    history_.reset();
    auto start = std::make_shared<RunStart>();
    try {
        const core::RunSpec& spec = request.spec;
        spec.validate();
        start->data = spec.makeData();
        const core::Network net = spec.makeInitialNetwork();
        start->spec = net.spec();
        start->initialParameters = net.parameters();
        trainer_ = std::make_unique<core::Trainer>(net, start->data.train, start->data.val,
                                                   spec.settings.train);
        trainer_->stopEvaluationsOn(request.control.get()); // closing never waits for one
        start->trainingRows = trainer_->trainSet().rows();
        start->batchSize = std::min(spec.settings.train.batchSize, start->trainingRows);
        start->stepsPerEpoch = trainer_->stepsPerEpoch();
    } catch (const std::exception& e) {
        trainer_.reset();
        RunSnapshot failed;
        failed.error = FailureText::of(e);
        request.mailbox->put(request.generation, std::move(failed));
        return;
    }
    batcher_ = std::make_unique<SnapshotBatcher>(request.maxUpdatePoints);
    history_ = std::make_unique<core::History>(request.maxUpdatePoints);
    historyUpdates_ = std::make_unique<UpdatesOnly>(history_.get());
    observers_ = std::make_unique<core::FanOut>(batcher_.get(), historyUpdates_.get());
    batcher_->setEpochOrderSource(&trainer_->epochOrder());
    RunSnapshot first;
    first.start = std::move(start);
    first.parameters = trainer_->network().parameters();
    first.epochsPlanned = trainer_->config().epochs;
    request.mailbox->put(request.generation, std::move(first));
    parametersAtUpdate_ = 0;
    lastPublish_ = lastParameters_ = Clock::now();
    trainLoop();
}

void TrainingWorker::extend(quint64 generation)
{
    if (!trainer_ || generation != request_.generation || request_.control->isCancelled())
        return;
    const int wanted = request_.control->requestedEpochs();
    if (wanted <= trainer_->config().epochs)
        return;
    trainer_->setEpochs(wanted);
    if (!trainer_->finished())
        trainLoop();
}

void TrainingWorker::trainLoop()
{
    core::TrainingControl& control = *request_.control;
    while (!trainer_->finished()) {
        const int wanted = control.requestedEpochs();
        if (wanted > 0 && wanted != trainer_->config().epochs)
            trainer_->setEpochs(wanted);
        // Hand everything over before a wait (paused, or a slow pace): the GUI must see the
        // update that was just stepped, however long the pause lasts.
        // Waiting and handing over are not training time (the seconds axis, "time of the last
        // pass"): the trainer's clock runs only while it steps.
        trainer_->clockIdle();
        const double pace = control.speed();
        if (control.isPaused() || (pace > 0.0 && pace < slowPace))
            publish(true);
        // ... also when the pause comes between that check and the wait.
        if (!control.waitForTurn(trainer_->updatesDone(), trainer_->stepsPerEpoch(),
                                 [this] { publish(true); })) {
            trainer_->cancel(observers_.get());
            break;
        }
        trainer_->clockBusy();
        trainer_->step(observers_.get());
        const auto now = Clock::now();
        if (now - lastPublish_ >= publishPeriod) {
            trainer_->clockIdle();
            publish(now - lastParameters_ >= parametersPeriod);
        }
    }
    // The last weights always go along: restore_best_weights may have changed them.
    publish(true, true);
}

void TrainingWorker::publish(bool withParameters, bool forceParameters)
{
    const std::int64_t done = trainer_->updatesDone();
    const bool newParameters = forceParameters || (withParameters && done != parametersAtUpdate_);
    if (!batcher_->hasPending() && !newParameters)
        return;
    RunSnapshot s = batcher_->takePending();
    s.epochsPlanned = trainer_->config().epochs;
    const auto now = Clock::now();
    if (newParameters) {
        s.parameters = trainer_->network().parameters();
        parametersAtUpdate_ = done;
        lastParameters_ = now;
    }
    if (s.outcome)
        s.recorded = std::make_shared<const core::RecordedHistory>(
            core::recordedHistory(*history_, std::int64_t(request_.maxUpdatePoints)));
    lastPublish_ = now;
    request_.mailbox->put(request_.generation, std::move(s));
}

} // namespace ui
