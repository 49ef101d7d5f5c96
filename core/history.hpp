// Everything a run reported, in bounded memory:
//  - per-update points: exact until `maxUpdatePoints`, then decimated by merging neighbouring
//    buckets pairwise (each bucket keeps the min, max and mean of its batch losses), so a
//    run of any length keeps between maxUpdatePoints/2 and maxUpdatePoints buckets;
//  - every epoch's statistics (one row per epoch, epoch 0 first);
//  - a copy of the weights at every epoch end, thinned to every 2nd, 4th, ... epoch when more
//    than `maxWeightSnapshots` would be kept (for replaying the decision boundary).
#pragma once

#include "training_events.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <vector>

namespace core
{

// The bound on per-update points of a run, the same everywhere a run's updates are kept (the
// window's worker, its plots and store, run records, the command line): beyond it, neighbouring
// updates are merged into buckets of 2, 4, 8, ... with their mean, min and max.
inline constexpr std::int64_t defaultMaxUpdatePoints = 100000;

class Network;

// One point of the per-update loss curve: a bucket of consecutive weight updates. Buckets are
// aligned: at stride s, bucket k holds updates k*s+1 .. (k+1)*s (exactly one update each until
// a run grows past its point bound). This is the one bucketing of BatchLab: History (records,
// the command line), the window's worker, its mailbox, store and plots all use the functions
// below.
struct UpdateBucket {
    std::int64_t firstUpdate = 0;
    std::int64_t lastUpdate = 0;
    int count = 0;                // updates merged into this bucket
    int epoch = 0;                // epoch (from 1) of the bucket's last update
    int batch = 0;                // batch index within its epoch of the last update
    std::int64_t samplesSeen = 0; // training rows seen up to the bucket's last update
    double meanLoss = 0.0;
    double minLoss = 0.0;
    double maxLoss = 0.0;
    double runningMean = 0.0; // Keras running mean at the bucket's last update
};

inline std::int64_t bucketIndex(const UpdateBucket& b, std::int64_t stride)
{
    return (b.firstUpdate - 1) / stride;
}
// Adds one update to `b` (a bucket with count 0 starts with it); `samplesSeen` counts rows up to
// and including this update.
void addUpdate(UpdateBucket& b, const UpdateInfo& u, std::int64_t samplesSeen);
// Appends `b`, merging it into the last bucket when both fall into the same bucket at `stride`
// (mean weighted by count, min of the mins, max of the maxes, the later bucket's last update).
void appendMerged(std::vector<UpdateBucket>& buckets, const UpdateBucket& b, std::int64_t stride);
// The buckets at a larger stride (a multiple of theirs).
std::vector<UpdateBucket> rebucket(const std::vector<UpdateBucket>& buckets, std::int64_t stride);
// The stride at which update `update` falls into one of the first `maxPoints` buckets: `stride`
// doubled as often as needed (so a run keeps between maxPoints/2 and maxPoints buckets).
std::int64_t strideFor(std::int64_t update, std::int64_t stride, std::int64_t maxPoints);

struct WeightSnapshot {
    int epoch = 0;
    Eigen::VectorXd parameters;
};

class History final : public TrainingObserver
{
public:
    explicit History(std::size_t maxUpdatePoints = std::size_t(defaultMaxUpdatePoints),
                     std::size_t maxWeightSnapshots = 256);

    // Ask History to copy the network's weights at every epoch end (the network must outlive
    // the run, e.g. Trainer::network()).
    void trackWeights(const Network* net) { net_ = net; }

    void onUpdate(const UpdateInfo& u) override;
    void onEpoch(const EpochInfo& e) override;
    void onFinished(const Outcome& o) override { outcome_ = o; }

    const std::vector<UpdateBucket>& updates() const { return buckets_; }
    std::int64_t updatesPerBucket() const { return perBucket_; }
    const std::vector<EpochInfo>& epochs() const { return epochs_; }
    const std::vector<WeightSnapshot>& weights() const { return snapshots_; }
    int weightStride() const { return snapshotStride_; }
    const std::optional<Outcome>& outcome() const { return outcome_; }
    std::int64_t totalUpdates() const { return totalUpdates_; }

private:
    std::size_t maxPoints_;
    std::size_t maxSnapshots_;
    std::vector<UpdateBucket> buckets_;
    std::int64_t perBucket_ = 1;
    std::int64_t totalUpdates_ = 0;
    std::int64_t samplesSeen_ = 0;
    std::vector<EpochInfo> epochs_;
    std::vector<WeightSnapshot> snapshots_;
    int snapshotStride_ = 1;
    const Network* net_ = nullptr;
    std::optional<Outcome> outcome_;
};

} // namespace core
