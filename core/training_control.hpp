// Pause, single-step, cancel and pace a running Trainer from another thread. Every request is
// an atomic; the trainer checks them between updates, and sleeps on a condition variable only
// while paused (the mutex guards nothing but that sleep).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace core
{

class TrainingControl
{
public:
    void pause() { paused_.store(true); }
    void resume()
    {
        paused_.store(false);
        wake();
    }
    void cancel()
    {
        cancelled_.store(true);
        wake();
    }
    // While paused: allow `n` more updates, then pause again.
    void allowSteps(std::int64_t n)
    {
        credits_.fetch_add(n);
        wake();
    }
    // Updates per second; 0 or less means full speed.
    void setSpeed(double updatesPerSecond)
    {
        speed_.store(updatesPerSecond);
        wake();
    }
    // Raise or lower the number of epochs of the running run (never below those done).
    void setEpochs(int epochs)
    {
        epochs_.store(epochs);
        wake();
    }

    bool isPaused() const { return paused_.load(); }
    bool isCancelled() const { return cancelled_.load(); }
    double speed() const { return speed_.load(); }
    int requestedEpochs() const { return epochs_.load(); } // 0: none requested

    // Called by the trainer before each update: returns false when cancelled. Blocks while
    // paused without credits; honours the pace.
    bool waitForTurn();

private:
    void wake()
    {
        std::lock_guard lock(mutex_);
        cv_.notify_all();
    }

    std::atomic<bool> paused_{false};
    std::atomic<bool> cancelled_{false};
    std::atomic<std::int64_t> credits_{0};
    std::atomic<double> speed_{0.0};
    std::atomic<int> epochs_{0};
    std::mutex mutex_;
    std::condition_variable cv_;
    std::chrono::steady_clock::time_point nextSlot_{};
};

} // namespace core
