// Turns a Trainer's per-update and per-epoch reports into RunSnapshot values. Runs on the
// worker thread only. The per-update points are bucketed (1, 2, 4, ... updates per point) so a
// run of any length produces at most `maxPoints` points in all.
#pragma once

#include "training_events.hpp"
#include "ui/session/run_snapshot.hpp"

#include <cstddef>
#include <cstdint>

namespace ui
{

class SnapshotBatcher final : public core::TrainingObserver
{
public:
    explicit SnapshotBatcher(std::size_t maxPoints);

    void onUpdate(const core::UpdateInfo& u) override;
    void onEpoch(const core::EpochInfo& e) override;
    void onFinished(const core::Outcome& o) override;

    // Everything gathered since the last call, including the unfinished bucket.
    RunSnapshot takePending();
    bool hasPending() const { return accumulated_.count > 0 || batchPending_ || !pending_.empty(); }
    std::int64_t updatesDone() const { return updatesDone_; }
    // The trainer's order of the training rows (read during onUpdate, on the worker thread), so
    // that snapshots carry each epoch's order for the exam view. Optional.
    void setEpochOrderSource(const std::vector<int>* order) { orderSource_ = order; }

private:
    void closeBucket();

    std::size_t maxPoints_;
    std::int64_t stride_ = 1;
    std::int64_t updatesDone_ = 0;
    std::int64_t samplesSeen_ = 0;
    UpdatePoint accumulated_; // updates of the current bucket not yet handed out
    // The newest batch and its epoch's order, in buffers reused from update to update (no
    // allocation per update); copied into a snapshot once per hand-over.
    BatchRows latestBatch_;
    bool batchPending_ = false;
    const std::vector<int>* orderSource_ = nullptr;
    std::vector<int> order_;
    int orderEpoch_ = 0;
    int sentOrderEpoch_ = 0;
    RunSnapshot pending_;
};

} // namespace ui
