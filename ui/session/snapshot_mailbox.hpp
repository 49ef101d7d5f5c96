// The hand-over point between the training worker and the GUI: the worker posts snapshots
// (merging them while the GUI has not collected), the GUI takes them on its own timer. The lock
// is held only to merge or swap, so neither side ever waits for the other's work.
#pragma once

#include "ui/session/run_snapshot.hpp"

#include <mutex>

namespace ui
{

class SnapshotMailbox
{
public:
    explicit SnapshotMailbox(quint64 generation) : generation_(generation) {}

    void post(RunSnapshot&& snapshot);
    // Everything posted since the last take (empty() when nothing new).
    RunSnapshot take();
    quint64 generation() const { return generation_; }

private:
    const quint64 generation_;
    std::mutex mutex_;
    RunSnapshot pending_;
};

} // namespace ui
