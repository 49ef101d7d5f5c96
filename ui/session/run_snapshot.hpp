// Values that travel from the training worker to the window. A RunSnapshot carries everything a
// run reported since the previous one; nothing in it points into the trainer.
#pragma once

#include "dataset.hpp"
#include "history.hpp"
#include "network.hpp"
#include "run_record.hpp"
#include "training_events.hpp"
#include "ui/session/handover.hpp"

#include <QMetaType>
#include <QString>

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ui
{

// One point of the per-update loss curve: core's bucket, with core's one bucketing
// (core/history.hpp: bucketIndex, appendMerged, rebucket, strideFor).
using UpdatePoint = core::UpdateBucket;
using core::appendMerged;
using core::bucketIndex;
using core::rebucket;

// What does not change during a run: its data, network shape and sizes.
struct RunStart {
    core::DataSplit data;
    core::NetworkSpec spec;
    Eigen::VectorXd initialParameters;
    int trainingRows = 0;
    int batchSize = 0;
    int stepsPerEpoch = 0;
};

// The rows of one weight update's batch, for the exam view.
struct BatchRows {
    std::int64_t update = 0;
    int epoch = 0; // from 1
    int batch = 0; // from 0 within the epoch
    std::vector<int> rows;
};

struct RunSnapshot {
    quint64 generation = 0;
    std::shared_ptr<const RunStart> start; // set in the first snapshot of a run only
    std::int64_t updateStride = 1;         // updates per point in `updates`
    std::vector<UpdatePoint> updates;
    std::vector<core::EpochInfo> epochs;
    std::optional<core::Outcome> outcome;
    // With the outcome: the history for a run record, without its epoch rows (`epochs` are).
    std::shared_ptr<const core::RecordedHistory> recorded;
    Eigen::VectorXd parameters; // the latest weights (empty when unchanged since the last one)
    std::int64_t updatesDone = 0;
    int epochsDone = 0;
    int epochsPlanned = 0;
    QString error; // the run could not start (bad settings)
    // The newest batch (at most a few; intermediate ones at full speed are not kept), and the
    // order of the training rows of an epoch that began since the previous snapshot.
    std::vector<BatchRows> batches;
    std::vector<int> epochOrder;
    int epochOrderEpoch = 0;
    static constexpr std::size_t maxBatches = 4;

    bool empty() const
    {
        return !start && updates.empty() && epochs.empty() && !outcome && parameters.size() == 0 &&
               error.isEmpty() && batches.empty();
    }
    // Appends a later snapshot of the same run to this one.
    void merge(RunSnapshot&& later);
};

// The training worker's hand-over to the controller (one per run): snapshots merge while the GUI
// has not collected them.
using SnapshotMailbox = Handover<RunSnapshot, HandoverPolicy::Merge>;

// The per-update buckets of a recorded history as plot points.
std::vector<UpdatePoint> updatePointsOf(const core::RecordedHistory& h, int stepsPerEpoch);
// A whole recorded run as one snapshot, start included: what the window shows for an opened run
// record and what the command line draws. Throws std::invalid_argument when the spec's data
// cannot be made.
RunSnapshot recordedSnapshot(const core::RunSpec& spec, const Eigen::VectorXd& initialParameters,
                             const core::RecordedHistory& history,
                             const std::optional<core::Outcome>& outcome,
                             const Eigen::VectorXd& finalParameters);

} // namespace ui

Q_DECLARE_METATYPE(ui::RunSnapshot)
