// A value handed from a worker thread to the thread that owns an object: the worker puts it under
// the lock, then posts a queued call that carries nothing; that call takes it under the same lock
// (ThreadSanitizer sees the lock order the hand-over; it cannot see Qt's event queue). The latest
// value wins.
#pragma once

#include <mutex>
#include <optional>
#include <utility>

namespace ui
{

template <typename T> class Handover
{
public:
    void put(T value)
    {
        const std::lock_guard lock(mutex_);
        value_ = std::move(value);
    }
    std::optional<T> take()
    {
        const std::lock_guard lock(mutex_);
        std::optional<T> out;
        out.swap(value_);
        return out;
    }

private:
    std::mutex mutex_;
    std::optional<T> value_;
};

} // namespace ui
