#include "ui/session/snapshot_mailbox.hpp"

namespace ui
{

void SnapshotMailbox::post(RunSnapshot&& snapshot)
{
    std::lock_guard lock(mutex_);
    pending_.generation = generation_;
    pending_.merge(std::move(snapshot));
}

RunSnapshot SnapshotMailbox::take()
{
    RunSnapshot out;
    {
        std::lock_guard lock(mutex_);
        std::swap(out, pending_);
        // A new pending snapshot continues at the stride reached so far.
        pending_.updateStride = out.updateStride;
        pending_.generation = generation_;
    }
    out.generation = generation_;
    return out;
}

} // namespace ui
