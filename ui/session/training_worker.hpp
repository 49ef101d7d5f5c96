// The object that trains, on the TrainingController's thread. Each run is a request with its own
// settings value, control and mailbox; the worker never touches the GUI and never waits for it.
// A finished run is kept so that raising the epochs can continue it. When a run ends, the last
// snapshot carries its core::RecordedHistory (for File > Save run).
// Requests reach the thread through a std::mutex + condition variable (not queued Qt calls), so
// the hand-over is visible to ThreadSanitizer: Debian's Qt is not built with it, and the
// happens-before edge of Qt's event queue is invisible to it.
#pragma once

#include "history.hpp"
#include "run_spec.hpp"
#include "trainer.hpp"
#include "training_control.hpp"
#include "ui/session/snapshot_batcher.hpp"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace ui
{

struct RunRequest {
    quint64 generation = 0;
    core::RunSpec spec; // copied, never shared
    std::shared_ptr<core::TrainingControl> control;
    std::shared_ptr<SnapshotMailbox> mailbox;
    std::size_t maxUpdatePoints = std::size_t(core::defaultMaxUpdatePoints);
};

class TrainingWorker
{
public:
    TrainingWorker() = default;
    ~TrainingWorker();

    // GUI thread: start `request` once the current run has returned (cancel it first); a newer
    // request replaces one that has not started yet.
    void post(const RunRequest& request);
    // GUI thread: continue the current run if its control asks for more epochs than it has done.
    void postExtend(quint64 generation);
    // GUI thread: make serve() return once the current run has returned.
    void shutdown();
    // GUI thread, after the thread has been joined: takes the lock serve() last released, so
    // that ThreadSanitizer sees the end of serve() before the worker is destroyed (the join
    // itself happens inside Qt, which is not instrumented).
    void joined() { std::lock_guard lock(mutex_); }

    // Training thread: serves requests until shutdown().
    void serve();

private:
    // Builds the run of `request` and trains until it ends, is cancelled or superseded.
    void run(const RunRequest& request);
    void extend(quint64 generation);
    void trainLoop();
    void publish(bool withParameters, bool forceParameters = false);

    RunRequest request_;
    std::unique_ptr<core::Trainer> trainer_;
    std::unique_ptr<SnapshotBatcher> batcher_;
    // The run's per-update buckets as a run record holds them (core::History with the same
    // point bound), so that a saved record replays bit for bit however long the run; fed beside
    // the batcher. It is not told of epoch ends (UpdatesOnly): the snapshots carry the rows to
    // the store, which holds the only copy (RunSnapshot::recorded).
    std::unique_ptr<core::History> history_;
    std::unique_ptr<core::TrainingObserver> historyUpdates_;
    std::unique_ptr<core::FanOut> observers_;
    std::chrono::steady_clock::time_point lastPublish_{};
    std::chrono::steady_clock::time_point lastParameters_{};
    std::int64_t parametersAtUpdate_ = -1;

    std::mutex mutex_; // guards the three requests below, nothing else
    std::condition_variable wake_;
    std::optional<RunRequest> pendingRun_;
    std::optional<quint64> pendingExtend_;
    bool quit_ = false;
};

} // namespace ui
