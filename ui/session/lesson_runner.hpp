// Drives a TrainingController through a lesson: each step sets the run up, runs it to the step's
// pause point (exactly: the run stays paused and is given single steps, one per tick at the
// step's pace or all at once at full speed), then reports that the step is reached. The check
// question is verified by running its settings to the end. The student may press Play, move a
// slider or leave the lesson at any time: the runner only watches its own generation.
// A step (or check) with a sweep trains it on the session's SweepJob instead, in the background,
// and is reached when the sweep ends (a check's answer is then read from the sweep's summary); a
// sweep cancelled or replaced by the student interrupts the step.
#pragma once

#include "lesson.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/sweep_job.hpp"
#include "ui/session/training_controller.hpp"

#include <QObject>
#include <QTimer>

#include <optional>

namespace ui
{

// What one finished step's run showed (for the lesson's table of results).
struct LessonResult {
    int step = -1; // -1: the check run
    core::RunFacts facts;
    double trainLoss = 0.0;
    double valLoss = 0.0;
    int bestEpoch = -1;
    double secondsPerEpoch = 0.0; // measured, mean over the epochs done
    bool earlyStopped = false;
    bool finished = false; // the run ended (else it is paused)
    int sweepRuns = 0;     // a sweep step or check: the sweep's runs (all ended)
};

class LessonRunner : public QObject
{
    Q_OBJECT
public:
    explicit LessonRunner(TrainingController* controller, QObject* parent = nullptr);

    // The sweep that steps with a sweep train (the session's). Without one such steps only
    // show their settings.
    void setSweepJob(SweepJob* job);
    void setLesson(const core::Lesson& lesson);
    const core::Lesson* lesson() const { return lesson_ ? &*lesson_ : nullptr; }
    // Sets up and runs step `index` (emits stepReached when it pauses).
    void runStep(int index);
    int currentStep() const { return step_; }
    bool stepRunning() const { return running_; }
    // Runs the check's settings to the end; emits checkVerified with the true answer.
    void verify();
    // Stops guiding (the run stays as it is, the student keeps experimenting).
    void leave();

signals:
    // The controls should show these settings and this pace (the runner starts the run itself).
    void settingsApplied(const core::RunSettings& settings);
    void speedApplied(double updatesPerSecond);
    // The step shows the loss plots on this x axis (steps without "x_axis" leave them).
    void axisApplied(core::LessonAxis axis);
    void stepReached(int index, const ui::LessonResult& result);
    void checkVerified(qint64 answer, const ui::LessonResult& result);
    // The run ended or was replaced before the step's pause point (e.g. a slider moved).
    void stepInterrupted(int index);
    // A step or check started its sweep on the SweepJob (the window shows Experiments > Sweep).
    void sweepStarted();
    // The step opens the gradient-noise or the cost view.
    void meterApplied(core::LessonMeter meter);
    // Words for the per-epoch plot's best-epoch mark (the step's "best_mark"; empty: none).
    // A step without its own words keeps those of the run it continues; a new run, a sweep or
    // leaving the lesson clears them.
    void bestMarkApplied(const QString& words);

private:
    void startRun(const core::RunSettings& s, double speed, std::int64_t target);
    void startSweep(const core::RunSettings& s, const core::LessonSweep& sweep);
    void onSweepFinished(bool cancelled);
    void onProgress(const RunProgress& p);
    void onSnapshot(const RunSnapshot& s);
    void tick();
    LessonResult result(const RunProgress& p) const;

    TrainingController* controller_;
    SweepJob* sweepJob_ = nullptr;
    bool sweeping_ = false; // the job runs this runner's sweep (of step_, or of the check)
    bool startingSweep_ = false;
    std::optional<core::Lesson> lesson_;
    int step_ = -1;
    bool verifying_ = false;
    bool running_ = false;
    quint64 generation_ = 0;
    core::RunSettings settings_;
    std::int64_t target_ = 0; // pause after this update of the run
    std::int64_t issued_ = 0; // single steps given so far
    QTimer pace_;
    std::optional<core::EpochInfo> last_; // the run's last epoch row
};

} // namespace ui

Q_DECLARE_METATYPE(ui::LessonResult)
Q_DECLARE_METATYPE(core::RunSettings)
