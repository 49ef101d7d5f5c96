// The one way a value goes from a worker thread to the thread that owns its receiver
// (docs/ARCHITECTURE.md, "Threads"): the training worker's snapshots, a sweep's finished runs,
// the meters' measurements.
//
//  - The worker put()s a value tagged with the generation it was started for, under a std::mutex:
//    ThreadSanitizer sees the lock order the hand-over (Debian's Qt is not built with it, so the
//    happens-before edge of Qt's event queue is out of its sight).
//  - What the values become while the receiver has not taken them is the policy:
//    KeepLatest (a newer value replaces an older one: a measurement), Merge (a later value is
//    merged into the pending one with T::merge(T&&): the training snapshots) or Queue (every value
//    in order: a sweep's runs).
//  - The receiver take()s on its own thread: either when woken (setWake: after each put, a queued
//    call that carries nothing runs `wake` on the receiver's thread) or on its own timer.
//    takeCurrent(g) drops what was put for any other generation (a run or a sweep that was
//    replaced); take() gives every value with its generation, for a receiver that must hear of
//    stale work too.
//  - The lock is held only to store or swap values; neither side ever waits for the other's work.
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QtGlobal>

#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace ui
{

enum class HandoverPolicy { KeepLatest, Merge, Queue };

template <typename T> struct Handed {
    quint64 generation = 0;
    T value;
};

template <typename T, HandoverPolicy Policy> class Handover
{
public:
    // Set before any worker may put (the worker threads are started after it).
    void setWake(QObject* receiver, std::function<void()> wake)
    {
        receiver_ = receiver;
        wake_ = std::move(wake);
    }

    // Worker side.
    void put(quint64 generation, T value)
    {
        {
            const std::lock_guard lock(mutex_);
            if constexpr (Policy == HandoverPolicy::Queue) {
                pending_.push_back({generation, std::move(value)});
            } else if constexpr (Policy == HandoverPolicy::KeepLatest) {
                pending_.clear();
                pending_.push_back({generation, std::move(value)});
            } else {
                if (!pending_.empty() && pending_.back().generation == generation)
                    pending_.back().value.merge(std::move(value));
                else
                    pending_.push_back({generation, std::move(value)});
            }
        }
        if (receiver_ && wake_)
            QMetaObject::invokeMethod(receiver_, wake_, Qt::QueuedConnection);
    }

    // Receiver side: everything put since the last take, oldest first.
    std::vector<Handed<T>> take()
    {
        std::vector<Handed<T>> out;
        const std::lock_guard lock(mutex_);
        out.swap(pending_);
        return out;
    }
    // The same, without what was put for another generation than `current`.
    std::vector<T> takeCurrent(quint64 current)
    {
        std::vector<T> out;
        for (Handed<T>& h : take())
            if (h.generation == current)
                out.push_back(std::move(h.value));
        return out;
    }

private:
    std::mutex mutex_;
    std::vector<Handed<T>> pending_; // under mutex_
    QObject* receiver_ = nullptr;
    std::function<void()> wake_;
};

} // namespace ui
