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

struct UpdateBucket {
    std::int64_t firstUpdate = 0;
    std::int64_t lastUpdate = 0;
    int count = 0; // updates merged into this bucket
    double minLoss = 0.0;
    double maxLoss = 0.0;
    double meanLoss = 0.0;
    double runningMean = 0.0;     // Keras running mean at the bucket's last update
    int epoch = 0;                // epoch of the bucket's last update
    std::int64_t samplesSeen = 0; // training rows seen up to the bucket's last update
};

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
    void mergePairs();

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
