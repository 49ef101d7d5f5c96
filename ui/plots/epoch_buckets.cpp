#include "ui/plots/epoch_buckets.hpp"

#include <algorithm>
#include <cmath>

namespace ui
{

std::size_t epochStride(std::size_t rows, std::size_t maxBuckets)
{
    maxBuckets = std::max<std::size_t>(maxBuckets, 1);
    std::size_t stride = 1;
    while ((rows + stride - 1) / stride > maxBuckets)
        stride *= 2;
    return stride;
}

void appendBucketPoints(QVector<QCPGraphData>& out, const std::vector<core::EpochInfo>& rows,
                        std::size_t from, std::size_t to, std::size_t stride, EpochValue value,
                        const EpochKeys& keys)
{
    to = std::min(to, rows.size());
    stride = std::max<std::size_t>(stride, 1);
    for (std::size_t b = from; b < to; b += stride) {
        const std::size_t end = std::min(b + stride, to);
        std::size_t lo = end, hi = end;
        double low = 0.0, high = 0.0;
        for (std::size_t i = b; i < end; ++i) {
            const double v = value(rows[i]);
            if (!std::isfinite(v))
                continue;
            if (lo == end || v < low) {
                lo = i;
                low = v;
            }
            if (hi == end || v > high) {
                hi = i;
                high = v;
            }
        }
        if (lo == end)
            continue; // no finite value in this bucket
        const std::size_t first = std::min(lo, hi), second = std::max(lo, hi);
        out.append(QCPGraphData(keys(rows[first]), value(rows[first])));
        if (second != first)
            out.append(QCPGraphData(keys(rows[second]), value(rows[second])));
    }
}

QVector<QCPGraphData> epochCurvePoints(const std::vector<core::EpochInfo>& rows, EpochValue value,
                                       const EpochKeys& keys, std::size_t maxBuckets)
{
    QVector<QCPGraphData> out;
    const std::size_t n = rows.size();
    if (n == 0)
        return out;
    const std::size_t stride = epochStride(n, maxBuckets);
    const std::size_t last = (n - 1) / stride * stride; // the last row's bucket, row by row
    appendBucketPoints(out, rows, 0, last, stride, value, keys);
    appendBucketPoints(out, rows, last, n, 1, value, keys);
    return out;
}

void EpochCurves::add(QCPGraph* graph, EpochValue value)
{
    curves_.push_back({graph, value, {}});
}

void EpochCurves::clear()
{
    stride_ = 1;
    completeRows_ = rows_ = 0;
    for (Curve& c : curves_) {
        c.complete.clear();
        c.graph->data()->clear();
    }
}

void EpochCurves::sync(const std::vector<core::EpochInfo>& rows, const EpochKeys& keys)
{
    const std::size_t n = rows.size();
    const bool sameKeys = keys.axis == keys_.axis && keys.trainingRows == keys_.trainingRows;
    if (n < rows_ || !sameKeys) { // another run, or another axis
        clear();
        keys_ = keys;
    } else if (n == rows_) {
        return;
    }
    const std::size_t stride = std::max(stride_, epochStride(n, maxBuckets_));
    if (stride != stride_) { // the buckets of the new stride, from the first row
        stride_ = stride;
        completeRows_ = 0;
        for (Curve& c : curves_)
            c.complete.clear();
    }
    const std::size_t last = n == 0 ? 0 : (n - 1) / stride_ * stride_;
    for (Curve& c : curves_) {
        if (last > completeRows_)
            appendBucketPoints(c.complete, rows, completeRows_, last, stride_, c.value, keys_);
        QVector<QCPGraphData> points = c.complete;
        appendBucketPoints(points, rows, last, n, 1, c.value, keys_);
        c.graph->data()->set(points, true);
    }
    completeRows_ = std::max(completeRows_, last);
    rows_ = n;
}

} // namespace ui
