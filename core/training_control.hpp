// Pause, single-step, cancel and pace a running Trainer from another thread. Every request is
// an atomic; the trainer checks them between updates, and sleeps on a condition variable only
// while paused (the mutex guards nothing but that sleep).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
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
    // While paused: run to the end of the current epoch (counting the steps already allowed),
    // then `n - 1` whole epochs more, then pause again. The trainer resolves it in waitForTurn,
    // where its position is exact, so requests made in quick succession never overshoot.
    void allowEpochs(int n)
    {
        epochRequests_.fetch_add(n);
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

    // Called by the trainer before each update (`updatesDone` so far, `stepsPerEpoch` of the run,
    // for allowEpochs): returns false when cancelled. Blocks while paused without credits;
    // honours the pace.
    // `beforeWaiting` (optional) runs once on the caller's thread just before it would block
    // while paused, so that what was done before the pause can be handed over first.
    bool waitForTurn(std::int64_t updatesDone = 0, std::int64_t stepsPerEpoch = 0,
                     const std::function<void()>& beforeWaiting = {});
    // Whether the trainer is waiting for a turn while paused (so nothing of it is in flight),
    // and how many turns it has been given (one update each): what tests wait on instead of
    // sleeping.
    bool isParked() const { return parked_.load(); }
    std::int64_t turnsGiven() const { return turns_.load(); }

private:
    bool nextTurn(std::int64_t updatesDone, std::int64_t stepsPerEpoch,
                  const std::function<void()>& beforeWaiting);
    void wake()
    {
        std::lock_guard lock(mutex_);
        cv_.notify_all();
    }

    std::atomic<bool> paused_{false};
    std::atomic<bool> cancelled_{false};
    std::atomic<std::int64_t> credits_{0};
    std::atomic<int> epochRequests_{0};
    std::atomic<double> speed_{0.0};
    std::atomic<int> epochs_{0};
    std::atomic<bool> parked_{false};
    std::atomic<std::int64_t> turns_{0};
    std::mutex mutex_;
    std::condition_variable cv_;
    std::chrono::steady_clock::time_point nextSlot_{};
};

} // namespace core
