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

namespace ui
{

BandPlottable::BandPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setPen(Qt::NoPen);
    setSelectable(QCP::stNone);
}

void BandPlottable::setSource(const std::vector<UpdatePoint>* points, XOf xOf)
{
    points_ = points;
    xOf_ = std::move(xOf);
}

double BandPlottable::selectTest(const QPointF&, bool, QVariant*) const
{
    return -1.0; // never selected; the readout follows the mean line
}

QCPRange BandPlottable::getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain) const
{
    foundRange = false;
    QCPRange r;
    if (!points_ || !xOf_)
        return r;
    for (const UpdatePoint& p : *points_) {
        const double x = xOf_(p);
        if (!std::isfinite(x) || (inSignDomain == QCP::sdPositive && x <= 0) ||
            (inSignDomain == QCP::sdNegative && x >= 0))
            continue;
        r = foundRange ? QCPRange(std::min(r.lower, x), std::max(r.upper, x)) : QCPRange(x, x);
        foundRange = true;
    }
    return r;
}

QCPRange BandPlottable::getValueRange(bool& foundRange, QCP::SignDomain inSignDomain,
                                      const QCPRange& inKeyRange) const
{
    foundRange = false;
    QCPRange r;
    if (!points_ || !xOf_)
        return r;
    const bool anyKey = inKeyRange == QCPRange();
    for (const UpdatePoint& p : *points_) {
        if (!anyKey && !inKeyRange.contains(xOf_(p)))
            continue;
        for (double v : {p.minLoss, p.maxLoss}) {
            if (!std::isfinite(v) || (inSignDomain == QCP::sdPositive && v <= 0) ||
                (inSignDomain == QCP::sdNegative && v >= 0))
                continue;
            r = foundRange ? QCPRange(std::min(r.lower, v), std::max(r.upper, v)) : QCPRange(v, v);
            foundRange = true;
        }
    }
    return r;
}

void BandPlottable::draw(QCPPainter* painter)
{
    lines_ = 0;
    envelope_ = {};
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!points_ || !xOf_ || points_->empty() || !keyAxis || !valueAxis)
        return;
    const QRect rect = keyAxis->axisRect()->rect();
    const int columns = std::max(1, rect.width());
    const QCPRange range = keyAxis->range();
    envelope_ = bandEnvelope(*points_, xOf_, range.lower, range.upper, columns);
    const qsizetype n = envelope_.keys.size();
    if (n == 0)
        return;
    if (n >= columns / 2 && n >= 4) {
        // Dense: per pixel column, the span from the lowest to the highest pixel of its levels.
        const int left = rect.left();
        std::vector<double> top(std::size_t(columns) + 1, INFINITY);
        std::vector<double> bottom(std::size_t(columns) + 1, -INFINITY);
        for (qsizetype i = 0; i < n; ++i) {
            const double px = keyAxis->coordToPixel(envelope_.keys[i]);
            const long c = std::lround(px) - left;
            if (c < 0 || c > columns)
                continue;
            const double a = valueAxis->coordToPixel(envelope_.low[i]);
            const double b = valueAxis->coordToPixel(envelope_.high[i]);
            top[std::size_t(c)] = std::min({top[std::size_t(c)], a, b});
            bottom[std::size_t(c)] = std::max({bottom[std::size_t(c)], a, b});
        }
        QVector<QLineF> lines;
        lines.reserve(columns + 1);
        for (int c = 0; c <= columns; ++c) {
            if (!(top[std::size_t(c)] <= bottom[std::size_t(c)]))
                continue;
            const double x = left + c;
            const double y0 = std::max(top[std::size_t(c)], double(rect.top()) - 1);
            const double y1 = std::min(bottom[std::size_t(c)], double(rect.bottom()) + 1);
            if (y0 <= y1)
                lines.push_back(QLineF(x, y0, x, y1 + 0.5));
        }
        painter->setAntialiasing(false);
        QPen pen(mBrush.color(), 0); // cosmetic: one pixel wide
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawLines(lines);
        lines_ = int(lines.size());
        return;
    }
    // Sparse: the polygon between the minima and the maxima.
    QPolygonF polygon;
    polygon.reserve(2 * n);
    for (qsizetype i = 0; i < n; ++i)
        polygon << QPointF(keyAxis->coordToPixel(envelope_.keys[i]),
                           valueAxis->coordToPixel(envelope_.low[i]));
    for (qsizetype i = n - 1; i >= 0; --i)
        polygon << QPointF(keyAxis->coordToPixel(envelope_.keys[i]),
                           valueAxis->coordToPixel(envelope_.high[i]));
    applyFillAntialiasingHint(painter);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mBrush);
    painter->drawPolygon(polygon);
}

void BandPlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const
{
    applyFillAntialiasingHint(painter);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mBrush);
    painter->drawRect(rect.adjusted(0, rect.height() * 0.15, 0, -rect.height() * 0.15));
}

} // namespace ui
