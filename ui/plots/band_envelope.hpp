// The per-update plot's min/max band as QCustomPlot can fill it quickly: one level per pixel
// column of the visible range (the lowest minimum and the highest maximum of the buckets in the
// column, at the x of its first and of its last bucket). Handed the buckets themselves, QCustomPlot
// fills a polygon made of two adaptively sampled zigzags, self-intersecting and thousands of
// vertices long: with the noisy losses of B = 1 that took ~400 ms per replot (docs/PERFORMANCE.md).
// One point per column makes a simple x-monotone polygon of at most 2 points a column; where the
// buckets are fewer than the columns they are kept as they are.
#pragma once

#include "ui/session/run_snapshot.hpp"

#include <QVector>

#include <functional>
#include <vector>

namespace ui
{

struct BandEnvelope {
    QVector<double> keys, low, high;
};

// `points` in the order of their x (`xOf` increasing); the visible x range [lower, upper] spans
// `columns` pixels. One bucket on each side outside the range is kept so that the fill reaches
// the edges. Non-finite losses are left out.
BandEnvelope bandEnvelope(const std::vector<UpdatePoint>& points,
                          const std::function<double(const UpdatePoint&)>& xOf, double lower,
                          double upper, int columns);

} // namespace ui
