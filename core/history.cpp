#include "history.hpp"

#include "network.hpp"

#include <algorithm>
#include <stdexcept>

namespace core
{

History::History(std::size_t maxUpdatePoints, std::size_t maxWeightSnapshots)
    : maxPoints_(std::max<std::size_t>(maxUpdatePoints, 4)),
      maxSnapshots_(std::max<std::size_t>(maxWeightSnapshots, 2))
{
    buckets_.reserve(maxPoints_);
}

void History::onUpdate(const UpdateInfo& u)
{
    ++totalUpdates_;
    samplesSeen_ += u.size;
    if (!buckets_.empty() && buckets_.back().count < perBucket_) {
        UpdateBucket& b = buckets_.back();
        b.meanLoss += (u.loss - b.meanLoss) / (b.count + 1);
        b.minLoss = std::min(b.minLoss, u.loss);
        b.maxLoss = std::max(b.maxLoss, u.loss);
        ++b.count;
        b.lastUpdate = u.update;
        b.runningMean = u.runningMean;
        b.epoch = u.epoch;
        b.samplesSeen = samplesSeen_;
        return;
    }
    if (buckets_.size() == maxPoints_)
        mergePairs();
    buckets_.push_back(UpdateBucket{u.update, u.update, 1, u.loss, u.loss, u.loss, u.runningMean,
                                    u.epoch, samplesSeen_});
}

void History::mergePairs()
{
    std::size_t out = 0;
    for (std::size_t i = 0; i + 1 < buckets_.size(); i += 2) {
        const UpdateBucket& a = buckets_[i];
        const UpdateBucket& b = buckets_[i + 1];
        UpdateBucket m = b;
        m.firstUpdate = a.firstUpdate;
        m.count = a.count + b.count;
        m.minLoss = std::min(a.minLoss, b.minLoss);
        m.maxLoss = std::max(a.maxLoss, b.maxLoss);
        m.meanLoss = (a.meanLoss * a.count + b.meanLoss * b.count) / m.count;
        buckets_[out++] = m;
    }
    if (buckets_.size() % 2 == 1)
        buckets_[out++] = buckets_.back();
    buckets_.resize(out);
    perBucket_ *= 2;
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
