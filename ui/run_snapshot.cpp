#include "run_snapshot.hpp"

#include <algorithm>

namespace ui
{

void appendMerged(std::vector<UpdatePoint>& points, const UpdatePoint& p, std::int64_t stride)
{
    if (!points.empty() && bucketIndex(points.back(), stride) == bucketIndex(p, stride)) {
        UpdatePoint& a = points.back();
        const int count = a.count + p.count;
        a.meanLoss = (a.meanLoss * a.count + p.meanLoss * p.count) / count;
        a.minLoss = std::min(a.minLoss, p.minLoss);
        a.maxLoss = std::max(a.maxLoss, p.maxLoss);
        a.count = count;
        a.lastUpdate = p.lastUpdate;
        a.epoch = p.epoch;
        a.batch = p.batch;
        a.samplesSeen = p.samplesSeen;
        a.runningMean = p.runningMean;
        return;
    }
    points.push_back(p);
}

std::vector<UpdatePoint> rebucket(const std::vector<UpdatePoint>& points, std::int64_t stride)
{
    std::vector<UpdatePoint> out;
    out.reserve(points.size() / 2 + 1);
    for (const UpdatePoint& p : points)
        appendMerged(out, p, stride);
    return out;
}

void RunSnapshot::merge(RunSnapshot&& later)
{
    if (later.start)
        start = std::move(later.start);
    if (later.updateStride > updateStride) {
        updates = rebucket(updates, later.updateStride);
        updateStride = later.updateStride;
    }
    for (const UpdatePoint& p : later.updates)
        appendMerged(updates, p, updateStride);
    epochs.insert(epochs.end(), later.epochs.begin(), later.epochs.end());
    if (later.outcome)
        outcome = later.outcome;
    if (later.parameters.size() > 0)
        parameters = std::move(later.parameters);
    updatesDone = later.updatesDone;
    epochsDone = later.epochsDone;
    epochsPlanned = later.epochsPlanned;
    if (!later.error.isEmpty())
        error = later.error;
    for (BatchRows& b : later.batches)
        batches.push_back(std::move(b));
    if (batches.size() > maxBatches)
        batches.erase(batches.begin(), batches.end() - static_cast<std::ptrdiff_t>(maxBatches));
    if (!later.epochOrder.empty()) {
        epochOrder = std::move(later.epochOrder);
        epochOrderEpoch = later.epochOrderEpoch;
    }
}

} // namespace ui
