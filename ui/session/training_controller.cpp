#include "ui/session/training_controller.hpp"

#include "training_control.hpp"
#include "ui/session/training_worker.hpp"

#include <cmath>

namespace ui
{

TrainingController::TrainingController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ui::RunSnapshot>();
    qRegisterMetaType<ui::RunProgress>();
    worker_ = std::make_unique<TrainingWorker>();
    thread_.reset(QThread::create([worker = worker_.get()] { worker->serve(); }));
    thread_->setObjectName(QStringLiteral("batchlab-training"));
    thread_->start();

    collect_.setInterval(25);
    collect_.setTimerType(Qt::PreciseTimer);
    connect(&collect_, &QTimer::timeout, this, &TrainingController::collect);
    debounce_.setSingleShot(true);
    debounce_.setInterval(150);
    connect(&debounce_, &QTimer::timeout, this, &TrainingController::startPending);
}

TrainingController::~TrainingController()
{
    if (control_)
        control_->cancel();
    worker_->shutdown();
    thread_->wait(); // then nothing else can reach the worker
    worker_->joined();
}

void TrainingController::restartSoon(const core::RunSpec& spec)
{
    pendingSpec_ = spec;
    debounce_.start();
}

void TrainingController::startPending()
{
    if (pendingSpec_) {
        const core::RunSpec s = *pendingSpec_;
        pendingSpec_.reset();
        start(s);
    }
}

void TrainingController::beginGeneration(const core::RunSpec& spec)
{
    debounce_.stop();
    pendingSpec_.reset();
    if (control_)
        control_->cancel();
    spec_ = spec;
    applyRunPace();
    recorded_.reset();
    lastParameters_ = Eigen::VectorXd();
    showsRecord_ = false;
    ++generation_;
    control_ = std::make_shared<core::TrainingControl>();
    if (paused_)
        control_->pause();
    control_->setSpeed(speed_);
    mailbox_ = std::make_shared<SnapshotMailbox>();
    runStart_.reset();
    progress_ = RunProgress{};
    progress_.generation = generation_;
    progress_.epochsPlanned = spec.settings.train.epochs;
    progress_.state = paused_ ? RunState::Paused : RunState::Running;
    rateClock_.start();
    rateUpdates_ = 0;
}

void TrainingController::start(const core::RunSpec& spec)
{
    beginGeneration(spec);
    RunRequest request{generation_, spec, control_, mailbox_, maxUpdatePoints_};
    worker_->post(request);
    collect_.start();
    emit runStarted(generation_);
    emit progressChanged(progress_);
}

void TrainingController::showRecord(const core::RunRecord& record)
{
    if (!record.history) {
        start(record.spec);
        return;
    }
    core::RunSpec spec = record.spec;
    spec.validate();
    const Eigen::VectorXd initial =
        spec.initialParameters ? *spec.initialParameters : spec.makeInitialNetwork().parameters();
    spec.initialParameters = initial;
    RunSnapshot snap = recordedSnapshot(spec, initial, *record.history, record.outcome,
                                        record.finalParameters.value_or(Eigen::VectorXd()));
    beginGeneration(spec);
    control_->cancel(); // nothing trains in this generation
    showsRecord_ = true;
    snap.generation = generation_;
    collect_.stop();
    emit runStarted(generation_);
    // Through the same path as a worker's snapshot, so every view and the progress agree.
    mailbox_->put(generation_, std::move(snap));
    collect();
    if (!progress_.outcome) {
        // A record of a run that had not ended: shown as it stands, as if stopped there.
        progress_.outcome = core::Outcome{core::StopReason::Cancelled,
                                          progress_.epochsDone,
                                          progress_.updatesDone,
                                          -1,
                                          false,
                                          {},
                                          std::nullopt,
                                          0};
        updateState();
        emit progressChanged(progress_);
    }
}

std::optional<core::RunRecord>
TrainingController::finishedRecord(const std::string& programVersion) const
{
    if (!progress_.outcome || !recorded_ || !runStart_)
        return std::nullopt;
    core::RunRecord r;
    r.programVersion = programVersion;
    r.spec = spec_;
    r.spec.initialParameters = runStart_->initialParameters;
    r.finalParameters = lastParameters_;
    r.history = *recorded_;
    r.outcome = progress_.outcome;
    return r;
}

void TrainingController::setEpochs(int epochs)
{
    spec_.settings.train.epochs = epochs;
    applyRunPace();
    if (control_ && secondsPerRun_ > 0.0)
        control_->setSpeed(speed_);
    if (!control_ || showsRecord_)
        return;
    control_->setEpochs(epochs);
    progress_.epochsPlanned = std::max(epochs, progress_.epochsDone);
    if (progress_.stepsPerEpoch > 0)
        progress_.totalUpdates =
            static_cast<std::int64_t>(progress_.epochsPlanned) * progress_.stepsPerEpoch;
    // A completed run continues (the worker ignores this while the run is still going).
    const bool canContinue = progress_.outcome &&
                             progress_.outcome->reason == core::StopReason::Completed &&
                             !progress_.outcome->restoredBest && epochs > progress_.epochsDone;
    if (canContinue) {
        progress_.outcome.reset();
        collect_.start();
        updateState();
    }
    worker_->postExtend(generation_);
    emit progressChanged(progress_);
}

void TrainingController::setPaused(bool paused)
{
    paused_ = paused;
    if (control_) {
        if (paused)
            control_->pause();
        else
            control_->resume();
    }
    updateState();
    emit progressChanged(progress_);
}

void TrainingController::stepUpdates(std::int64_t n)
{
    if (!paused_)
        setPaused(true);
    if (control_ && !progress_.outcome && n > 0)
        control_->allowSteps(n);
}

void TrainingController::stepEpoch()
{
    if (!paused_)
        setPaused(true);
    // The worker turns it into steps where its position is exact (presses in quick succession
    // add whole epochs, never a partial one).
    if (control_ && !progress_.outcome)
        control_->allowEpochs(1);
}

void TrainingController::stop()
{
    if (control_)
        control_->cancel();
}

void TrainingController::setSpeed(double updatesPerSecond)
{
    secondsPerRun_ =
        updatesPerSecond < 0.0 && std::isfinite(updatesPerSecond) ? -updatesPerSecond : 0.0;
    speed_ = updatesPerSecond > 0.0 && std::isfinite(updatesPerSecond) ? updatesPerSecond : 0.0;
    applyRunPace();
    if (control_)
        control_->setSpeed(speed_);
}

void TrainingController::applyRunPace()
{
    if (secondsPerRun_ <= 0.0)
        return;
    const int rows = std::max(1, spec_.trainingRows());
    const double updates = double(spec_.settings.train.epochs) *
                           core::stepsPerEpoch(rows, std::max(1, spec_.settings.train.batchSize));
    speed_ = std::max(1.0, updates / secondsPerRun_);
}

void TrainingController::collect()
{
    if (!mailbox_)
        return;
    // At most one merged snapshot of this generation; anything of an older run is dropped.
    std::vector<RunSnapshot> taken = mailbox_->takeCurrent(generation_);
    if (taken.empty() || taken.front().empty())
        return;
    RunSnapshot s = std::move(taken.front());
    s.generation = generation_;
    if (s.start) {
        runStart_ = s.start;
        progress_.stepsPerEpoch = s.start->stepsPerEpoch;
        progress_.trainingRows = s.start->trainingRows;
        progress_.batchSize = s.start->batchSize;
    }
    if (!s.updates.empty())
        progress_.lastBatch = s.updates.back().batch;
    if (s.parameters.size() > 0)
        lastParameters_ = s.parameters;
    progress_.updatesDone = std::max(progress_.updatesDone, s.updatesDone);
    progress_.epochsDone = std::max(progress_.epochsDone, s.epochsDone);
    if (s.epochsPlanned > 0)
        progress_.epochsPlanned = s.epochsPlanned;
    progress_.totalUpdates =
        static_cast<std::int64_t>(progress_.epochsPlanned) * progress_.stepsPerEpoch;
    if (s.outcome) {
        progress_.outcome = s.outcome;
        recorded_ = s.recorded;
        collect_.stop();
    } else if (!s.updates.empty()) {
        progress_.outcome.reset(); // a continued run
        recorded_.reset();
    }
    if (!s.error.isEmpty()) {
        progress_.error = s.error;
        collect_.stop();
    }
    // Updates per second over the last half second or so.
    const qint64 ms = rateClock_.elapsed();
    if (ms >= 500) {
        progress_.updatesPerSecond = 1000.0 * double(progress_.updatesDone - rateUpdates_) / ms;
        rateUpdates_ = progress_.updatesDone;
        rateClock_.restart();
    }
    updateState();
    emit snapshotReceived(s);
    emit progressChanged(progress_);
    if (!s.error.isEmpty())
        emit runFailed(s.error);
    // Epochs lowered below what the worker had already begun (the GUI's count lags the
    // worker's): the trainer cannot go back, so the run shown would not be the run of the
    // settings. Train the settings afresh (found by tst_stress_window).
    if (!showsRecord_ && !restartPending() && progress_.epochsDone > spec_.settings.train.epochs)
        restartSoon(spec_);
}

void TrainingController::updateState()
{
    if (!progress_.error.isEmpty())
        progress_.state = RunState::Failed;
    else if (progress_.outcome)
        progress_.state = RunState::Finished;
    else if (generation_ == 0)
        progress_.state = RunState::Idle;
    else
        progress_.state = paused_ ? RunState::Paused : RunState::Running;
    if (progress_.state != RunState::Running)
        progress_.updatesPerSecond =
            progress_.state == RunState::Paused ? 0.0 : progress_.updatesPerSecond;
}

} // namespace ui
