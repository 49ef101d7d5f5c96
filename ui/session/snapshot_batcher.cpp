#include "ui/session/snapshot_batcher.hpp"

#include <algorithm>

namespace ui
{

SnapshotBatcher::SnapshotBatcher(std::size_t maxPoints)
    : maxPoints_(std::max<std::size_t>(maxPoints, 16))
{
}

void SnapshotBatcher::onUpdate(const core::UpdateInfo& u)
{
    updatesDone_ = u.update;
    samplesSeen_ += u.size;
    // The bucketing of core::History (core/history.hpp), handed over in pieces: closed buckets
    // go to the pending snapshot, the open one stays here until its last update.
    const std::int64_t stride = core::strideFor(u.update, stride_, std::int64_t(maxPoints_));
    if (stride != stride_) {
        closeBucket();
        stride_ = stride;
        pending_.updates = rebucket(pending_.updates, stride_);
    }
    core::addUpdate(accumulated_, u, samplesSeen_);
    latestBatch_.update = u.update;
    latestBatch_.epoch = u.epoch;
    latestBatch_.batch = u.batch;
    latestBatch_.rows.assign(u.rows.begin(), u.rows.end());
    batchPending_ = true;
    // The order must be read now: after an epoch's last batch the trainer reshuffles.
    if (orderSource_ && u.epoch != orderEpoch_) {
        order_.assign(orderSource_->begin(), orderSource_->end());
        orderEpoch_ = u.epoch;
    }
    if (u.update % stride_ == 0)
        closeBucket();
}

void SnapshotBatcher::closeBucket()
{
    if (accumulated_.count == 0)
        return;
    appendMerged(pending_.updates, accumulated_, stride_);
    accumulated_ = UpdatePoint{};
}

void SnapshotBatcher::onEpoch(const core::EpochInfo& e)
{
    pending_.epochs.push_back(e);
    pending_.epochsDone = e.epoch;
}

void SnapshotBatcher::onFinished(const core::Outcome& o)
{
    pending_.outcome = o;
}

RunSnapshot SnapshotBatcher::takePending()
{
    closeBucket();
    RunSnapshot out = std::move(pending_);
    if (batchPending_) {
        out.batches.push_back(latestBatch_);
        batchPending_ = false;
    }
    if (orderEpoch_ != sentOrderEpoch_) {
        out.epochOrder = order_;
        out.epochOrderEpoch = orderEpoch_;
        sentOrderEpoch_ = orderEpoch_;
    }
    pending_ = RunSnapshot{};
    out.updateStride = stride_;
    out.updatesDone = updatesDone_;
    pending_.epochsDone = out.epochsDone;
    return out;
}

} // namespace ui
