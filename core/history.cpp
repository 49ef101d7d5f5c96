#include "history.hpp"

#include "network.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace core
{

History::History(std::size_t maxUpdatePoints, std::size_t maxWeightSnapshots)
    : maxPoints_(std::max<std::size_t>(maxUpdatePoints, 4)),
      maxSnapshots_(std::max<std::size_t>(maxWeightSnapshots, 2))
{
    buckets_.reserve(maxPoints_);
}

void addUpdate(UpdateBucket& b, const UpdateInfo& u, std::int64_t samplesSeen)
{
    if (b.count == 0) {
        b.firstUpdate = u.update;
        b.minLoss = b.maxLoss = u.loss;
        b.meanLoss = 0.0;
    }
    b.meanLoss += (u.loss - b.meanLoss) / (b.count + 1);
    b.minLoss = std::min(b.minLoss, u.loss);
    b.maxLoss = std::max(b.maxLoss, u.loss);
    ++b.count;
    b.lastUpdate = u.update;
    b.epoch = u.epoch;
    b.batch = u.batch;
    b.samplesSeen = samplesSeen;
    b.runningMean = u.runningMean;
}

void appendMerged(std::vector<UpdateBucket>& buckets, const UpdateBucket& b, std::int64_t stride)
{
    if (!buckets.empty() && bucketIndex(buckets.back(), stride) == bucketIndex(b, stride)) {
        UpdateBucket& a = buckets.back();
        // In 64 bits: two recorded buckets may each hold up to 2^30 updates.
        const std::int64_t count = std::int64_t(a.count) + b.count;
        a.meanLoss = (a.meanLoss * a.count + b.meanLoss * b.count) / double(count);
        a.minLoss = std::min(a.minLoss, b.minLoss);
        a.maxLoss = std::max(a.maxLoss, b.maxLoss);
        a.count = int(std::min<std::int64_t>(count, std::numeric_limits<int>::max()));
        a.lastUpdate = b.lastUpdate;
        a.epoch = b.epoch;
        a.batch = b.batch;
        a.samplesSeen = b.samplesSeen;
        a.runningMean = b.runningMean;
        return;
    }
    buckets.push_back(b);
}

std::vector<UpdateBucket> rebucket(const std::vector<UpdateBucket>& buckets, std::int64_t stride)
{
    std::vector<UpdateBucket> out;
    out.reserve(buckets.size() / 2 + 1);
    for (const UpdateBucket& b : buckets)
        appendMerged(out, b, stride);
    return out;
}

std::int64_t strideFor(std::int64_t update, std::int64_t stride, std::int64_t maxPoints)
{
    stride = std::max<std::int64_t>(stride, 1);
    maxPoints = std::max<std::int64_t>(maxPoints, 1);
    while ((update - 1) / stride >= maxPoints)
        stride *= 2;
    return stride;
}

void History::onUpdate(const UpdateInfo& u)
{
    ++totalUpdates_;
    samplesSeen_ += u.size;
    const std::int64_t stride = strideFor(u.update, perBucket_, std::int64_t(maxPoints_));
    if (stride != perBucket_) {
        perBucket_ = stride;
        buckets_ = rebucket(buckets_, perBucket_);
    }
    if (buckets_.empty() || bucketIndex(buckets_.back(), perBucket_) != (u.update - 1) / perBucket_)
        buckets_.emplace_back();
    addUpdate(buckets_.back(), u, samplesSeen_);
}

void History::onEpoch(const EpochInfo& e)
{
    epochs_.push_back(e);
    if (!net_ || e.epoch % snapshotStride_ != 0)
        return;
    if (snapshots_.size() == maxSnapshots_) {
        snapshotStride_ *= 2;
        std::erase_if(snapshots_,
                      [&](const WeightSnapshot& s) { return s.epoch % snapshotStride_ != 0; });
        if (e.epoch % snapshotStride_ != 0)
            return;
    }
    snapshots_.push_back(WeightSnapshot{e.epoch, net_->parameters()});
}

} // namespace core
