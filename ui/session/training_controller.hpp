// Starts, steers and stops training runs for the window.
//
// Thread contract (docs/ARCHITECTURE.md, "Threads"): the controller lives in the GUI thread and
// owns one QThread running one TrainingWorker (requests handed over under a mutex). Every run
// starts from a copied core::RunSpec value and gets a new generation id, its own
// core::TrainingControl (atomics for pause, step, pace, epochs and cancel) and its own
// SnapshotMailbox (a merging Handover). The worker puts batched snapshots into the mailbox; the
// controller collects them on a GUI timer (~40 per second) and drops anything whose generation
// is not the current one. The GUI never touches trainer state; the worker
// never waits for the GUI. The destructor cancels the run, shuts the worker down and wait()s.
#pragma once

#include "run_record.hpp"
#include "run_spec.hpp"
#include "ui/session/run_snapshot.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace core
{
class TrainingControl;
}

namespace ui
{

class TrainingWorker;

enum class RunState { Idle, Running, Paused, Finished, Failed };

struct RunProgress {
    quint64 generation = 0;
    RunState state = RunState::Idle;
    std::int64_t updatesDone = 0;
    std::int64_t totalUpdates = 0;
    int epochsDone = 0;
    int epochsPlanned = 0;
    int stepsPerEpoch = 0;
    int lastBatch = -1; // batch index (within its epoch) of the last update seen
    int trainingRows = 0;
    int batchSize = 0;
    double updatesPerSecond = 0.0;
    std::optional<core::Outcome> outcome;
    QString error;
};

class TrainingController : public QObject
{
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    // A new generation now (the current run is cancelled; its results are dropped). A spec may
    // bring its own rows (a CSV file) and initial weights (an opened run record).
    void start(const core::RunSpec& spec);
    void start(const core::RunSettings& settings) { start(core::specOf(settings)); }
    // A new generation after the debounce delay; calls within the delay collapse into one.
    void restartSoon(const core::RunSpec& spec);
    void restartSoon(const core::RunSettings& settings) { restartSoon(core::specOf(settings)); }
    void setDebounceMilliseconds(int ms) { debounce_.setInterval(ms); }
    bool restartPending() const { return pendingSpec_.has_value(); }
    // The run the next generation will train (pending restart, else the current run's).
    core::RunSpec effectiveSpec() const { return pendingSpec_.value_or(spec_); }
    core::RunSettings effectiveSettings() const { return effectiveSpec().settings; }
    // A new generation that shows a recorded run without training it (File > Open run): the
    // record's history, outcome and final weights arrive as one snapshot; the run is Finished.
    // A record without a history is trained instead. Throws std::invalid_argument (nothing
    // changes) when the record's data cannot be made.
    void showRecord(const core::RunRecord& record);
    // Whether the current generation shows a record rather than a run trained here.
    bool showsRecord() const { return showsRecord_; }

    // Raise (or lower) the epochs of the current run; a completed run continues.
    void setEpochs(int epochs);
    void setPaused(bool paused);
    bool isPaused() const { return paused_; }
    void stepUpdates(std::int64_t n);
    void stepEpoch();
    // Ends the current run (state Finished with StopReason::Cancelled).
    void stop();
    // Updates per second; 0 = full speed; below 0: about -updatesPerSecond seconds for the whole
    // run (each run gets the updates per second that make it so).
    void setSpeed(double updatesPerSecond);
    // The updates per second in effect (0 = full speed).
    double speed() const { return speed_; }
    // What setSpeed() was given last.
    double paceSetting() const { return secondsPerRun_ > 0.0 ? -secondsPerRun_ : speed_; }

    // Bound on per-update points of a run (they are bucketed beyond it).
    void setMaxUpdatePoints(std::size_t n) { maxUpdatePoints_ = n; }
    // How often the GUI collects snapshots.
    void setCollectInterval(int ms) { collect_.setInterval(ms); }

    quint64 generation() const { return generation_; }
    // The current run's control (tests wait on its isParked() and turnsGiven()).
    const core::TrainingControl* control() const { return control_.get(); }
    const core::RunSettings& settings() const { return spec_.settings; }
    const core::RunSpec& spec() const { return spec_; }
    const RunProgress& progress() const { return progress_; }
    // The RunStart of the current generation, once the worker built it (else null).
    std::shared_ptr<const RunStart> runStart() const { return runStart_; }

signals:
    // A new generation begins: views must forget the previous run.
    void runStarted(quint64 generation);
    // New results of the current generation (never of an older one).
    void snapshotReceived(const ui::RunSnapshot& snapshot);
    void progressChanged(const ui::RunProgress& progress);
    void runFailed(const QString& reason);

private:
    void collect();
    void updateState();
    void startPending();
    void beginGeneration(const core::RunSpec& spec);

    std::unique_ptr<TrainingWorker> worker_;
    std::unique_ptr<QThread> thread_;
    std::shared_ptr<core::TrainingControl> control_;
    std::shared_ptr<SnapshotMailbox> mailbox_;
    quint64 generation_ = 0;
    core::RunSpec spec_;
    std::optional<core::RunSpec> pendingSpec_;
    std::shared_ptr<const RunStart> runStart_;
    bool showsRecord_ = false;
    RunProgress progress_;
    bool paused_ = false;
    double speed_ = 0.0;
    double secondsPerRun_ = 0.0; // > 0: the pace follows the run's size
    void applyRunPace();
    std::size_t maxUpdatePoints_ = std::size_t(core::defaultMaxUpdatePoints);
    QTimer collect_;
    QTimer debounce_;
    QElapsedTimer rateClock_;
    std::int64_t rateUpdates_ = 0;
};

} // namespace ui

Q_DECLARE_METATYPE(ui::RunProgress)
