#include "ui/session/lesson_runner.hpp"

#include "limits.hpp"

#include <algorithm>
#include <cmath>

namespace ui
{

LessonRunner::LessonRunner(TrainingController* controller, QObject* parent)
    : QObject(parent), controller_(controller)
{
    qRegisterMetaType<ui::LessonResult>();
    connect(controller_, &TrainingController::progressChanged, this, &LessonRunner::onProgress);
    connect(controller_, &TrainingController::snapshotReceived, this, &LessonRunner::onSnapshot);
    connect(&pace_, &QTimer::timeout, this, &LessonRunner::tick);
}

void LessonRunner::setSweepJob(SweepJob* job)
{
    if (sweepJob_)
        disconnect(sweepJob_, nullptr, this, nullptr);
    sweepJob_ = job;
    if (!job)
        return;
    connect(job, &SweepJob::finished, this, &LessonRunner::onSweepFinished);
    // Someone else started a sweep (Experiments > Sweep...): it is not this step's any more.
    connect(job, &SweepJob::started, this, [this] {
        if (sweeping_ && !startingSweep_) {
            sweeping_ = false;
            emit stepInterrupted(step_);
        }
    });
}

void LessonRunner::startSweep(const core::RunSettings& s, const core::LessonSweep& sweep)
{
    running_ = false;
    pace_.stop();
    settings_ = s;
    emit settingsApplied(s);
    if (!sweepJob_)
        return;
    const core::SweepSpec spec = core::lessonSweepSpec(s, sweep);
    // The same sweep still training (the window was rebuilt for another language during this
    // step): the step waits for it rather than training it again.
    const core::SweepSpec& current = sweepJob_->sweep();
    if (sweepJob_->running() && current.values == spec.values && current.seeds == spec.seeds &&
        current.parameter == spec.parameter && current.base.settings == spec.base.settings &&
        !current.base.hasExplicitData() && !current.scaleLearningRate && !current.varyDataSeed) {
        sweeping_ = true;
        emit sweepStarted();
        return;
    }
    startingSweep_ = true;
    sweeping_ = sweepJob_->start(
        spec, SweepJob::defaultJobs(controller_->progress().state == RunState::Running));
    startingSweep_ = false;
    if (sweeping_)
        emit sweepStarted();
}

void LessonRunner::onSweepFinished(bool cancelled)
{
    if (!sweeping_)
        return;
    sweeping_ = false;
    if (cancelled) {
        emit stepInterrupted(step_);
        return;
    }
    LessonResult r;
    r.step = verifying_ ? -1 : step_;
    r.facts = core::plannedFacts(settings_);
    r.finished = true;
    r.sweepRuns = sweepJob_->runsDone();
    r.trainLoss = r.valLoss = std::nan("");
    if (verifying_) {
        verifying_ = false;
        const double best =
            core::sweepExtremeAt(sweepJob_->summary(), core::SweepColumn::BestValLoss, false);
        emit checkVerified(std::isfinite(best) ? qint64(best) : -1, r);
    } else {
        emit stepReached(step_, r);
    }
}

void LessonRunner::setLesson(const core::Lesson& lesson)
{
    leave();
    lesson_ = lesson;
    step_ = -1;
}

void LessonRunner::runStep(int index)
{
    if (!lesson_ || index < 0 || index >= static_cast<int>(lesson_->steps.size()))
        return;
    step_ = index;
    verifying_ = false;
    const core::LessonStep& s = lesson_->steps[static_cast<std::size_t>(index)];
    sweeping_ = false;
    if (s.xAxis)
        emit axisApplied(*s.xAxis);
    if (s.meter)
        emit meterApplied(*s.meter);
    const bool continues = !s.restart && generation_ == controller_->generation() &&
                           controller_->generation() != 0 && !controller_->progress().outcome;
    if (!s.paper.bestMark.empty())
        emit bestMarkApplied(
            QString::fromStdString(core::fillPlaceholders(s.paper.bestMark, s.settings)));
    else if (s.sweep || (s.target.runs() && !continues))
        emit bestMarkApplied(QString());
    if (s.sweep) {
        startSweep(s.settings, *s.sweep);
        return;
    }
    if (!s.target.runs()) {
        // An explaining step: show its settings, start nothing.
        running_ = false;
        pace_.stop();
        emit settingsApplied(s.settings);
        return;
    }
    const std::int64_t target = s.target.pauseAfterUpdate(s.settings);
    if (continues) {
        target_ = target;
        issued_ = controller_->progress().updatesDone;
        running_ = true;
        controller_->setSpeed(s.speed);
        emit speedApplied(s.speed);
        if (issued_ >= target_)
            onProgress(controller_->progress());
        else
            tick();
        return;
    }
    startRun(s.settings, s.speed, target);
}

void LessonRunner::verify()
{
    if (!lesson_)
        return;
    verifying_ = true;
    const core::RunSettings& s = lesson_->check.settings;
    if (lesson_->check.sweep) {
        startSweep(s, *lesson_->check.sweep);
        return;
    }
    startRun(s, 0.0, core::plannedFacts(s).updates);
}

void LessonRunner::startRun(const core::RunSettings& s, double speed, std::int64_t target)
{
    settings_ = s;
    target_ = target;
    issued_ = 0;
    last_.reset();
    // Not watching while the run is being replaced: the controller reports the old one first.
    running_ = false;
    emit settingsApplied(s);
    emit speedApplied(speed);
    controller_->setSpeed(speed);
    controller_->setPaused(true);
    controller_->start(s);
    generation_ = controller_->generation();
    running_ = true;
    tick();
}

void LessonRunner::tick()
{
    if (!running_ || controller_->generation() != generation_) {
        pace_.stop();
        return;
    }
    const double speed = controller_->speed();
    if (speed <= 0.0) {
        // Full speed: every remaining update at once.
        pace_.stop();
        if (issued_ < target_) {
            controller_->stepUpdates(target_ - issued_);
            issued_ = target_;
        }
        return;
    }
    if (issued_ < target_) {
        controller_->stepUpdates(1);
        ++issued_;
    }
    // Clamped before the cast: a pace of 1e-12 updates/s would not fit an int of milliseconds.
    const int ms = static_cast<int>(
        std::clamp(std::lround(1000.0 / std::max(speed, core::limits::minPace)), 1L, 100000L));
    if (!pace_.isActive() || pace_.interval() != ms)
        pace_.start(ms);
    if (issued_ >= target_)
        pace_.stop();
}

void LessonRunner::leave()
{
    sweeping_ = false; // the sweep goes on: its runs are kept like any sweep's
    running_ = false;
    verifying_ = false;
    pace_.stop();
    if (step_ >= 0)
        emit bestMarkApplied(QString());
    step_ = -1;
}

void LessonRunner::onSnapshot(const RunSnapshot& s)
{
    if (s.generation != generation_)
        return;
    if (!s.epochs.empty())
        last_ = s.epochs.back(); // a result needs only the last row (the store has them all)
}

LessonResult LessonRunner::result(const RunProgress& p) const
{
    LessonResult r;
    r.step = verifying_ ? -1 : step_;
    core::Outcome o;
    if (p.outcome)
        o = *p.outcome;
    else {
        o.epochs = p.epochsDone;
        o.updates = p.updatesDone;
    }
    r.facts = core::factsOfOutcome(settings_, o);
    r.earlyStopped = p.outcome && p.outcome->reason == core::StopReason::EarlyStopped;
    r.finished = p.outcome.has_value();
    r.trainLoss = r.valLoss = std::nan("");
    if (last_) {
        const core::EpochInfo& last = *last_;
        r.trainLoss = last.trainLoss;
        r.valLoss = last.valLoss;
        r.bestEpoch = last.bestEpoch;
        // Measured at full speed only: a paced run's time is mostly waiting.
        if (last.epoch > 0 && controller_->speed() <= 0.0)
            r.secondsPerEpoch = last.seconds / last.epoch;
    }
    if (p.outcome)
        r.bestEpoch = p.outcome->bestEpoch;
    return r;
}

void LessonRunner::onProgress(const RunProgress& p)
{
    if (!running_)
        return;
    if (p.generation != generation_) {
        // Something else started a run (a slider, Restore defaults): the student took over.
        running_ = false;
        pace_.stop();
        emit stepInterrupted(step_);
        return;
    }
    const bool failed = p.state == RunState::Failed;
    const bool ended = p.outcome.has_value() || failed;
    if (!ended && p.updatesDone < target_)
        return;
    // Wait for the epoch's end report when the target is an epoch boundary.
    if (!ended && p.epochsDone * std::max(p.stepsPerEpoch, 1) < target_ && p.stepsPerEpoch > 0 &&
        target_ % p.stepsPerEpoch == 0)
        return;
    running_ = false;
    pace_.stop();
    const LessonResult r = result(p);
    if (verifying_) {
        verifying_ = false;
        emit checkVerified(core::answerOf(lesson_->check.answer, r.facts), r);
    } else {
        emit stepReached(step_, r);
    }
}

} // namespace ui
