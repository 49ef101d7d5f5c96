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
#include <qcustomplot.h>

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

namespace ui
{

// The per-update plot's min/max band as a plottable of its own. Before each replot it asks for
// the envelope of the visible range (bandEnvelope) and draws it cheaply: where there are more
// buckets than pixel columns, one vertical one-pixel line per column from its lowest minimum to
// its highest maximum (a few hundred lines, no polygon: filling the band as QCPGraph's channel
// fill still took ~half of the GUI thread at B = 1 on noisy data, docs/PERFORMANCE.md); where
// there are fewer, the polygon between the bucket minima and maxima, as a graph's fill would be.
class BandPlottable : public QCPAbstractPlottable
{
public:
    using XOf = std::function<double(const UpdatePoint&)>;
    BandPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    // The buckets (kept by the caller, in the order of their x) and how to place them.
    void setSource(const std::vector<UpdatePoint>* points, XOf xOf);
    // The envelope drawn at the last replot (for tests).
    const BandEnvelope& lastEnvelope() const { return envelope_; }
    // Pixel columns drawn as single lines at the last replot (0: drawn as a polygon).
    int lastLineCount() const { return lines_; }

    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    const std::vector<UpdatePoint>* points_ = nullptr;
    XOf xOf_;
    BandEnvelope envelope_;
    int lines_ = 0;
};

} // namespace ui
