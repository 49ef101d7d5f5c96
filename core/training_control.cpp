#include "training_control.hpp"

#include "limits.hpp"

#include <algorithm>

namespace core
{

bool TrainingControl::waitForTurn(std::int64_t updatesDone, std::int64_t stepsPerEpoch,
                                  const std::function<void()>& beforeWaiting)
{
    const bool turn = nextTurn(updatesDone, stepsPerEpoch, beforeWaiting);
    if (turn)
        turns_.fetch_add(1);
    parked_.store(false);
    return turn;
}

bool TrainingControl::nextTurn(std::int64_t updatesDone, std::int64_t stepsPerEpoch,
                               const std::function<void()>& beforeWaiting)
{
    bool handedOver = !beforeWaiting;
    using clock = std::chrono::steady_clock;
    for (;;) {
        if (cancelled_.load())
            return false;
        if (const int epochs = epochRequests_.exchange(0); epochs > 0 && stepsPerEpoch > 0) {
            // Only this thread takes credits, so the position after them is exact.
            const std::int64_t at = updatesDone + credits_.load();
            const std::int64_t intoEpoch = at % stepsPerEpoch;
            credits_.fetch_add(stepsPerEpoch - intoEpoch + (epochs - 1) * stepsPerEpoch);
        }
        if (paused_.load()) {
            std::int64_t c = credits_.load();
            while (c > 0)
                if (credits_.compare_exchange_weak(c, c - 1))
                    return true; // a single step runs at once, whatever the pace
            if (!handedOver) {
                beforeWaiting();
                handedOver = true;
            }
            parked_.store(true); // nothing left to do until resumed, stepped or cancelled
            std::unique_lock lock(mutex_);
            cv_.wait_for(lock, std::chrono::milliseconds(50), [&] {
                return cancelled_.load() || !paused_.load() || credits_.load() > 0 ||
                       epochRequests_.load() > 0;
            });
            continue;
        }
        const double ups = speed_.load();
        if (ups <= 0.0) {
            nextSlot_ = {};
            return true;
        }
        const auto now = clock::now();
        // At least limits::minPace: 1 / 1e-12 seconds would overflow the clock's duration.
        const auto period = std::chrono::duration_cast<clock::duration>(
            std::chrono::duration<double>(1.0 / std::max(ups, limits::minPace)));
        if (nextSlot_ == clock::time_point{} || nextSlot_ + 4 * period < now)
            nextSlot_ = now; // first paced update, or we fell behind: do not burst
        if (now >= nextSlot_) {
            nextSlot_ += period;
            return true;
        }
        // Sleep in short slices so that pause, cancel and speed changes take effect at once.
        std::unique_lock lock(mutex_);
        const auto until = std::min(nextSlot_, now + std::chrono::milliseconds(50));
        cv_.wait_until(lock, until,
                       [&] { return cancelled_.load() || paused_.load() || speed_.load() != ups; });
    }
}

} // namespace core
