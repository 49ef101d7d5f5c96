// ui::bandEnvelope (the per-update plot's min/max band, at most one point per pixel column) and
// the plot using it: the band keeps every bucket's extremes but never more points than columns.
#include "ui/plots/band_envelope.hpp"
#include "ui/plots/loss_per_update_plot.hpp"

#include <QtTest>

#include <cmath>
#include <vector>

namespace
{

// Noisy buckets of 2 updates: x = the last update.
std::vector<ui::UpdatePoint> noisyBuckets(int n)
{
    std::vector<ui::UpdatePoint> out;
    for (int i = 0; i < n; ++i) {
        ui::UpdatePoint p;
        p.firstUpdate = 2 * i + 1;
        p.lastUpdate = 2 * i + 2;
        p.count = 2;
        p.epoch = 1 + i / 1000;
        const double a = 0.7 + 0.6 * std::sin(i * 12.9898), b = 0.7 + 0.6 * std::cos(i * 4.1414);
        p.minLoss = std::min(a, b);
        p.maxLoss = std::max(a, b);
        p.meanLoss = 0.5 * (a + b);
        p.runningMean = p.meanLoss;
        out.push_back(p);
    }
    return out;
}

double xOf(const ui::UpdatePoint& p)
{
    return double(p.lastUpdate);
}

ui::RunSnapshot bucketsOf(int n)
{
    ui::RunSnapshot s;
    s.updateStride = 2;
    s.updates = noisyBuckets(n);
    return s;
}

// The plot at 1200 x 500 with these buckets, drawn.
void drawn(ui::LossPerUpdatePlot& plot, const ui::RunSnapshot& s)
{
    plot.resize(1200, 500);
    plot.clearRun();
    plot.setRunShape(1000, 1000);
    plot.append(s);
    plot.resetView();
    plot.replot();
}

} // namespace

class TestBandEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void columns_data()
    {
        QTest::addColumn<int>("buckets");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<int>("columns");
        QTest::newRow("few buckets: kept as they are") << 50 << 0.0 << 101.0 << 500;
        QTest::newRow("60,000 buckets on 1,800 columns") << 60000 << 0.0 << 120001.0 << 1800;
        QTest::newRow("zoomed into a tenth") << 60000 << 50000.0 << 62000.0 << 900;
        QTest::newRow("one column") << 1000 << 0.0 << 2001.0 << 1;
    }
    void columns()
    {
        QFETCH(int, buckets);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(int, columns);
        const std::vector<ui::UpdatePoint> points = noisyBuckets(buckets);
        const ui::BandEnvelope b = ui::bandEnvelope(points, xOf, lower, upper, columns);
        QCOMPARE(b.low.size(), b.keys.size());
        QCOMPARE(b.high.size(), b.keys.size());
        QVERIFY(!b.keys.isEmpty());
        QVERIFY(b.keys.size() <= 2 * columns + 2);
        for (qsizetype i = 1; i < b.keys.size(); ++i)
            QVERIFY(b.keys[i] > b.keys[i - 1]); // x-monotone: a simple polygon
        // Every visible bucket lies inside the band: at the first band point at or after it
        // (its column's last point, or the bucket itself where nothing was thinned).
        for (const ui::UpdatePoint& p : points) {
            const double x = xOf(p);
            if (x < lower || x >= upper)
                continue;
            const qsizetype k = std::lower_bound(b.keys.begin(), b.keys.end(), x) - b.keys.begin();
            QVERIFY(k < b.keys.size());
            QVERIFY(b.low[k] <= p.minLoss);
            QVERIFY(b.high[k] >= p.maxLoss);
        }
        // The fill reaches both edges of the view (or of the data).
        QVERIFY(b.keys.first() <= std::max(lower, xOf(points.front())));
        QVERIFY(b.keys.last() >= std::min(upper, xOf(points.back())));
        // Thinned: one level per column, so a column's extremes are those of its buckets.
        if (b.keys.size() < qsizetype(points.size())) {
            const double width = (upper - lower) / columns;
            for (qsizetype i = 0; i < b.keys.size(); ++i) {
                const double x = b.keys[i];
                if (x < lower || x >= upper)
                    continue;
                const int c = std::min(int((x - lower) / width), columns - 1);
                double lo = INFINITY, hi = -INFINITY;
                for (const ui::UpdatePoint& p : points)
                    if (xOf(p) >= lower + c * width && xOf(p) < lower + (c + 1) * width &&
                        xOf(p) < upper) {
                        lo = std::min(lo, p.minLoss);
                        hi = std::max(hi, p.maxLoss);
                    }
                QCOMPARE(b.low[i], lo);
                QCOMPARE(b.high[i], hi);
            }
        }
    }

    void nonFiniteLossesAreLeftOut()
    {
        std::vector<ui::UpdatePoint> points = noisyBuckets(10);
        points[3].maxLoss = std::nan("");
        const ui::BandEnvelope b = ui::bandEnvelope(points, xOf, 0.0, 21.0, 100);
        QCOMPARE(b.keys.size(), qsizetype(9));
        for (double v : b.high)
            QVERIFY(std::isfinite(v));
    }

    // In the plot: 60,000 buckets. The mean line keeps every bucket; the band is drawn as one
    // vertical line per pixel column, from the envelope of at most two levels a column.
    void plotDrawsTheBandThinned()
    {
        const ui::RunSnapshot s = bucketsOf(60000);
        ui::LossPerUpdatePlot plot;
        drawn(plot, s);
        QCOMPARE(plot.graph(0)->dataCount(), 60000); // the mean line keeps every bucket
        const ui::BandPlottable* band = plot.band();
        QVERIFY(band->visible());
        const int columns = plot.axisRect()->width();
        QVERIFY(columns > 100);
        const qsizetype levels = band->lastEnvelope().keys.size();
        QVERIFY2(levels <= 2 * columns + 4, qPrintable(QString::number(levels)));
        QVERIFY(levels > columns);
        QVERIFY2(band->lastLineCount() > columns * 9 / 10 && band->lastLineCount() <= columns + 1,
                 qPrintable(QString::number(band->lastLineCount())));
        // The band reaches from the lowest minimum to the highest maximum of the buckets.
        bool found = false;
        const QCPRange r = band->getValueRange(found);
        QVERIFY(found);
        double lo = INFINITY, hi = -INFINITY;
        for (const ui::UpdatePoint& p : s.updates) {
            lo = std::min(lo, p.minLoss);
            hi = std::max(hi, p.maxLoss);
        }
        QCOMPARE(r.lower, lo);
        QCOMPARE(r.upper, hi);
    }

    // Few buckets (fewer than half the columns): the band is the polygon between them.
    void fewBucketsAreAPolygon()
    {
        ui::LossPerUpdatePlot plot;
        drawn(plot, bucketsOf(100));
        QVERIFY(plot.band()->visible());
        QCOMPARE(plot.band()->lastLineCount(), 0);
        QVERIFY(plot.band()->lastEnvelope().keys.size() >= 100);
    }
};

QTEST_MAIN(TestBandEnvelope)
#include "tst_band_envelope.moc"
