// The per-epoch curves of long runs drawn from a bounded number of points, as the per-update
// curve is (docs/PERFORMANCE.md, "Epoch rows kept once"). The run store keeps every epoch row
// (exports and run records read them there); what a plot draws are buckets of `stride`
// consecutive rows (1, 2, 4, ...: at most maxEpochBuckets buckets), each drawn as its lowest and
// its highest finite value at the rows where they occur, in their order, so that every spike
// of the curve is still drawn. The bucket holding the last row is drawn row by row (the curve
// ends at the run's last epoch). Runs of up to maxEpochBuckets epochs are drawn row by row, as
// before.
#pragma once

#include "ui/plots/run_axis.hpp"

#include "training_events.hpp"

#include <qcustomplot.h>

#include <QVector>

#include <cstddef>
#include <vector>

namespace ui
{

inline constexpr std::size_t maxEpochBuckets = 4096;

// Rows per bucket for `rows` rows: the smallest power of two that leaves at most `maxBuckets`
// buckets.
std::size_t epochStride(std::size_t rows, std::size_t maxBuckets = maxEpochBuckets);

// The value a curve draws of a row (NaN or infinite: no point).
using EpochValue = double (*)(const core::EpochInfo&);

// Where rows sit on the x axis (ui/plots/run_axis.hpp).
struct EpochKeys {
    int trainingRows = 1;
    UpdateAxis axis = UpdateAxis::Epoch;
    double operator()(const core::EpochInfo& e) const { return epochKey(e, trainingRows, axis); }
};

// Appends the points of rows [from, to) in whole buckets of `stride` rows (`from` at a bucket's
// start; a shorter last bucket is a bucket too): each bucket's lowest and highest finite value,
// in the order of their rows (one point when they are one row).
void appendBucketPoints(QVector<QCPGraphData>& out, const std::vector<core::EpochInfo>& rows,
                        std::size_t from, std::size_t to, std::size_t stride, EpochValue value,
                        const EpochKeys& keys);

// The points a whole run's curve is drawn from: its buckets at epochStride(rows.size(),
// maxBuckets), the bucket of the last row row by row.
QVector<QCPGraphData> epochCurvePoints(const std::vector<core::EpochInfo>& rows, EpochValue value,
                                       const EpochKeys& keys,
                                       std::size_t maxBuckets = maxEpochBuckets);

// The curves of a growing run: sync() reads only the rows added since the previous call
// (all of them again when the stride doubles, a logarithmic number of times per run) and sets
// each graph's data to its complete buckets plus the last bucket row by row; the same points
// as epochCurvePoints() of all rows.
class EpochCurves
{
public:
    void add(QCPGraph* graph, EpochValue value);
    // Draws `rows` (the same run's rows, grown since the last call; fewer rows than before, or
    // other keys, start afresh).
    void sync(const std::vector<core::EpochInfo>& rows, const EpochKeys& keys);
    void clear(); // no rows drawn (the graphs emptied)
    std::size_t stride() const { return stride_; }
    std::size_t rowsDrawn() const { return rows_; }
    void setMaxBuckets(std::size_t n) { maxBuckets_ = n; }

private:
    struct Curve {
        QCPGraph* graph = nullptr;
        EpochValue value = nullptr;
        QVector<QCPGraphData> complete; // points of the complete buckets
    };
    std::vector<Curve> curves_;
    std::size_t maxBuckets_ = maxEpochBuckets;
    std::size_t stride_ = 1;
    std::size_t completeRows_ = 0; // rows in complete buckets (a multiple of stride_)
    std::size_t rows_ = 0;         // rows drawn
    EpochKeys keys_;
};

} // namespace ui
