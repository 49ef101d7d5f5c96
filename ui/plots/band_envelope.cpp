#include "ui/plots/band_envelope.hpp"

#include <algorithm>
#include <cmath>

namespace ui
{

BandEnvelope bandEnvelope(const std::vector<UpdatePoint>& points,
                          const std::function<double(const UpdatePoint&)>& xOf, double lower,
                          double upper, int columns)
{
    BandEnvelope out;
    if (points.empty())
        return out;
    auto add = [&out](double key, double lo, double hi) {
        if (!std::isfinite(key) || !std::isfinite(lo) || !std::isfinite(hi))
            return;
        out.keys.push_back(key);
        out.low.push_back(lo);
        out.high.push_back(hi);
    };
    // The visible buckets, with one neighbour on each side.
    const auto byX = [&xOf](const UpdatePoint& p, double x) { return xOf(p) < x; };
    auto first = std::lower_bound(points.begin(), points.end(), lower, byX);
    auto last = std::lower_bound(first, points.end(), upper, byX);
    if (first != points.begin())
        --first;
    if (last != points.end())
        ++last;
    const auto count = last - first;
    columns = std::max(columns, 1);
    if (!(upper > lower) || count <= 2 * std::ptrdiff_t(columns)) {
        for (auto it = first; it != last; ++it)
            add(xOf(*it), it->minLoss, it->maxLoss);
        return out;
    }
    out.keys.reserve(2 * columns + 4);
    out.low.reserve(2 * columns + 4);
    out.high.reserve(2 * columns + 4);
    const double width = (upper - lower) / columns;
    int column = -2; // none yet
    double firstX = 0.0, lastX = 0.0, lo = 0.0, hi = 0.0;
    auto flush = [&] {
        add(firstX, lo, hi);
        if (lastX > firstX)
            add(lastX, lo, hi);
    };
    for (auto it = first; it != last; ++it) {
        const double x = xOf(*it);
        if (!std::isfinite(x) || !std::isfinite(it->minLoss) || !std::isfinite(it->maxLoss))
            continue;
        // The two neighbours outside the range are columns of their own.
        const int c = x < lower    ? -1
                      : x >= upper ? columns
                                   : std::min(int((x - lower) / width), columns - 1);
        if (c != column) {
            if (column != -2)
                flush();
            column = c;
            firstX = lastX = x;
            lo = it->minLoss;
            hi = it->maxLoss;
        } else {
            lastX = x;
            lo = std::min(lo, it->minLoss);
            hi = std::max(hi, it->maxLoss);
        }
    }
    if (column != -2)
        flush();
    return out;
}

} // namespace ui
