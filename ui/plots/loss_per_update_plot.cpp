#include "ui/plots/loss_per_update_plot.hpp"

#include "ui/plots/band_envelope.hpp"
#include "ui/plots/series_style.hpp"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ui
{

namespace
{
constexpr std::size_t maxEpochMarks = 60; // more boundaries than this in view: none drawn
constexpr std::size_t denseLimit = 2000;  // points beyond which noisy curves are not antialiased
} // namespace

LossPerUpdatePlot::LossPerUpdatePlot(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("Loss per weight update"));
    setAccessibleName(tr("Loss per weight update"));
    setCountingX(true); // updates, epochs or questions until the axis shows seconds
    yAxis->setLabel(tr("batch loss"));

    band_ = new BandPlottable(xAxis, yAxis);
    band_->setBrush(QColor(120, 170, 230, 60));
    band_->setName(tr("batch loss range (min-max)"));
    band_->setSource(&points_, [this](const UpdatePoint& p) { return xOf(p); });
    band_->setVisible(false);
    band_->removeFromLegend();

    raw_ = addGraph();
    raw_->setName(tr("batch loss (one update)"));
    // Never colour alone (ui/plots/series_style.hpp): thin, dashed and thick.
    raw_->setPen(QPen(series::trainingColour(), 0)); // cosmetic: the fast path

    running_ = addGraph();
    running_->setName(tr("Keras running mean of the epoch"));
    running_->setPen(QPen(series::validationColour(), 1.6, Qt::DashLine));

    smoothed_ = addGraph();
    smoothed_->setName(tr("smoothed (debiased EMA)"));
    smoothed_->setPen(QPen(series::smoothedColour(), 2.4));

    for (std::size_t i = 0; i < maxEpochMarks; ++i) {
        auto* line = new QCPItemStraightLine(this);
        line->setPen(QPen(QColor(160, 160, 160), 1, Qt::DotLine));
        line->setVisible(false);
        line->setLayer(QStringLiteral("grid"));
        marks_.push_back(line);
    }
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange&) { updateEpochMarks(); });
    applyAxisLabel();
}

const std::vector<core::EpochInfo>& LossPerUpdatePlot::epochs() const
{
    static const std::vector<core::EpochInfo> none;
    if (follow_ == 0 || !store_)
        return own_;
    const RunEntry* e = store_->entry(follow_);
    return e ? e->data.epochs : none;
}

void LossPerUpdatePlot::clearRun()
{
    points_.clear();
    own_.clear();
    follow_ = 0;
    emaAccumulated_.clear();
    stride_ = 1;
    plotted_ = 0;
    for (QCPGraph* g : {raw_, running_, smoothed_})
        g->data()->clear();
    band_->setVisible(false);
    band_->removeFromLegend();
    raw_->setName(tr("batch loss (one update)"));
    updateEpochMarks();
    resetView();
}

void LossPerUpdatePlot::setRunShape(int stepsPerEpoch, int rows)
{
    stepsPerEpoch_ = std::max(1, stepsPerEpoch);
    rows_ = std::max(1, rows);
    rebuildFrom(0);
    refresh();
}

double LossPerUpdatePlot::xOf(const UpdatePoint& p) const
{
    return updateKey(p, axis_, stepsPerEpoch_, epochs());
}

double LossPerUpdatePlot::xOfEpochBoundary(int epoch) const
{
    switch (axis_) {
    case UpdateAxis::Update:
        // Where the epoch ended (a growing batch's epochs have fewer updates), else the count
        // of the run's first epochs.
        for (const core::EpochInfo& e : epochs())
            if (e.epoch == epoch)
                return static_cast<double>(e.updates);
        return static_cast<double>(epoch) * stepsPerEpoch_;
    case UpdateAxis::Epoch:
        return epoch;
    case UpdateAxis::SamplesSeen:
        return static_cast<double>(epoch) * rows_;
    case UpdateAxis::Seconds:
        return secondsAtEpoch(epochs(), epoch);
    }
    return 0.0;
}

void LossPerUpdatePlot::append(const RunSnapshot& snapshot)
{
    if (follow_ == 0 || !store_)
        own_.insert(own_.end(), snapshot.epochs.begin(), snapshot.epochs.end());
    std::size_t firstChanged = points_.size();
    if (snapshot.updateStride > stride_) {
        stride_ = snapshot.updateStride;
        points_ = rebucket(points_, stride_);
        firstChanged = 0;
    }
    for (const UpdatePoint& p : snapshot.updates) {
        const std::size_t before = points_.size();
        appendMerged(points_, p, stride_);
        if (points_.size() == before) // merged into the last point
            firstChanged = std::min(firstChanged, before - 1);
    }
    if (stride_ > 1 && !band_->visible()) {
        band_->setVisible(true);
        band_->addToLegend();
        raw_->setName(tr("batch loss (mean of %n update(s))", "", int(stride_)));
    } else if (stride_ > 1) {
        raw_->setName(tr("batch loss (mean of %n update(s))", "", int(stride_)));
    }
    // On the epoch axis a point's place within its epoch needs the epoch's number of updates,
    // known for sure once it has ended (a growing batch's epochs have fewer): redraw its points.
    if (axis_ == UpdateAxis::Epoch && !snapshot.epochs.empty()) {
        const int ended = snapshot.epochs.front().epoch;
        const auto it =
            std::lower_bound(points_.begin(), points_.end(), ended,
                             [](const UpdatePoint& p, int epoch) { return p.epoch < epoch; });
        firstChanged = std::min(firstChanged, std::size_t(it - points_.begin()));
    }
    rebuildFrom(firstChanged);
    if (!snapshot.epochs.empty()) {
        updateEpochMarks();
        describe(); // at epoch ends: often enough for a screen reader
    }
    refresh();
}

void LossPerUpdatePlot::describe()
{
    QStringList parts;
    parts << tr("Loss per weight update.");
    if (points_.empty()) {
        parts << tr("No update yet.");
    } else {
        const UpdatePoint& last = points_.back();
        parts << tr("%n weight update(s) so far.", nullptr, int(last.lastUpdate));
        const QLocale locale;
        if (std::isfinite(last.meanLoss))
            parts << tr("Last batch loss %1.").arg(locale.toString(last.meanLoss, 'g', 3));
        if (!smoothed_->data()->isEmpty()) {
            const double v = (smoothed_->data()->constEnd() - 1)->value;
            if (std::isfinite(v))
                parts << tr("Smoothed loss %1.").arg(locale.toString(v, 'g', 3));
        }
    }
    if (!overlays_.empty())
        parts << tr("%n kept run(s) drawn for comparison.", nullptr, int(overlays_.size()));
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

void LossPerUpdatePlot::rebuildFrom(std::size_t first)
{
    first = std::min({first, plotted_, points_.size()});
    // Drop the graph data of points that changed.
    if (first == 0) {
        for (QCPGraph* g : {raw_, running_, smoothed_})
            g->data()->clear();
        haveValues_ = havePositive_ = false;
    } else if (first < plotted_) {
        const double keep = xOf(points_[first - 1]);
        for (QCPGraph* g : {raw_, running_, smoothed_})
            g->data()->removeAfter(keep);
    }
    emaAccumulated_.resize(points_.size());
    const double w = smoothing_;
    const std::size_t n = points_.size() - first;
    QVector<double> keys, raw, running, smooth;
    keys.reserve(qsizetype(n));
    raw.reserve(qsizetype(n));
    running.reserve(qsizetype(n));
    smooth.reserve(qsizetype(n));
    for (std::size_t i = first; i < points_.size(); ++i) {
        const UpdatePoint& p = points_[i];
        // TensorBoard: last = last * w + (1 - w) * v; shown value = last / (1 - w^steps).
        const double x = xOf(p);
        if (std::isnan(x)) {
            // Seconds are known once the epoch has ended: drawn from here when it has.
            emaAccumulated_.resize(i);
            break;
        }
        const double prev = i > 0 ? emaAccumulated_[i - 1] : 0.0;
        emaAccumulated_[i] = prev * w + (1.0 - w) * p.meanLoss;
        if (!std::isfinite(p.meanLoss))
            continue; // never plotted (the trainer stops before such a value anyway)
        keys.push_back(x);
        raw.push_back(p.meanLoss);
        running.push_back(p.runningMean);
        const double debias = 1.0 - std::pow(w, static_cast<double>(i + 1));
        smooth.push_back(debias > 0.0 ? emaAccumulated_[i] / debias : p.meanLoss);
        for (double v : {p.minLoss, p.maxLoss, p.runningMean, smooth.back()}) {
            if (!std::isfinite(v))
                continue;
            if (!haveValues_)
                valueRange_ = QCPRange(v, v);
            valueRange_.expand(v);
            haveValues_ = true;
            if (v > 0) {
                if (!havePositive_)
                    positiveRange_ = QCPRange(v, v);
                positiveRange_.expand(v);
                havePositive_ = true;
            }
        }
    }
    raw_->addData(keys, raw, true);
    running_->addData(keys, running, true);
    smoothed_->addData(keys, smooth, true);
    smoothed_->setVisible(smoothing_ > 0.0);
    if (smoothing_ > 0.0)
        smoothed_->addToLegend();
    else
        smoothed_->removeFromLegend();
    plotted_ = emaAccumulated_.size();
    // A handful of updates (B = N gives one per epoch) would be a few short segments or, for the
    // very first update, nothing at all: each one gets a dot.
    const bool dots = raw_->dataCount() <= 60;
    if (dots != (raw_->scatterStyle().shape() != QCPScatterStyle::ssNone))
        raw_->setScatterStyle(dots ? QCPScatterStyle(QCPScatterStyle::ssDisc, 6 * penScale())
                                   : QCPScatterStyle(QCPScatterStyle::ssNone));
    // Thousands of zigzagging segments drawn with antialiasing cost the GUI thread tens of
    // milliseconds per replot; without it, a few.
    // Wide pens are stroked into polygons and filled: slow for long zigzags. Dense curves get
    // one-pixel cosmetic pens, which Qt draws on its fast path.
    const bool dense = points_.size() > denseLimit;
    for (QCPGraph* g : {raw_, running_})
        g->setAntialiased(!dense);
    band_->setAntialiasedFill(!dense);
    QPen runningPen = running_->pen();
    runningPen.setWidthF(dense ? 0.0 : 1.6 * penScale());
    running_->setPen(runningPen);
    QPen smoothPen = smoothed_->pen();
    smoothPen.setWidthF(dense ? 0.0 : 2.4 * penScale());
    smoothed_->setPen(smoothPen);
}

void LossPerUpdatePlot::rebuildOverlays()
{
    for (const Overlay& o : overlays_) {
        removeGraph(o.graph);
        removeItem(o.name);
    }
    overlays_.clear();
    // The live run's curve says which run it is when others are drawn beside it.
    const QString live = liveLabelAmongOthers();
    smoothed_->setName(live.isEmpty()
                           ? tr("smoothed (debiased EMA)")
                           : QStringLiteral("%1 · %2").arg(live, tr("smoothed (debiased EMA)")));
    if (!store_)
        return;
    const double w = smoothing_;
    for (const auto& e : store_->runs()) {
        if (!e->shown || e->live || e->data.updates.empty())
            continue;
        QCPGraph* g = addGraph();
        g->setName(e->label);
        const QColor c = QColor::fromRgb(e->colour);
        g->setPen(QPen(c, 1.3 * penScale()));
        g->setLayer(QStringLiteral("main"));
        QVector<double> keys, values;
        keys.reserve(qsizetype(e->data.updates.size()));
        values.reserve(qsizetype(e->data.updates.size()));
        double ema = 0.0;
        std::size_t i = 0;
        for (const UpdatePoint& p : e->data.updates) {
            ema = ema * w + (1.0 - w) * p.meanLoss;
            ++i;
            const double x = updateKey(p, axis_, e->stepsPerEpoch(), e->data.epochs);
            const double debias = 1.0 - std::pow(w, double(i));
            const double v = w > 0.0 && debias > 0.0 ? ema / debias : p.meanLoss;
            if (std::isfinite(x) && std::isfinite(v)) {
                keys.push_back(x);
                values.push_back(v);
            }
        }
        g->setData(keys, values, true);
        const bool dense = keys.size() > qsizetype(denseLimit);
        g->setAntialiased(!dense);
        if (dense) // one-pixel cosmetic pen: Qt's fast path
            g->setPen(QPen(c, 0));
        series::applyRunMarker(g, e->look, penScale(), int(keys.size()));
        overlays_.push_back({e->id, g, addEndLabel(e->label, c)});
    }
    describe();
    // The live run's curves stay on top.
    band_->setLayer(QStringLiteral("main"));
    for (QCPGraph* g : {raw_, running_, smoothed_})
        g->setLayer(QStringLiteral("main"));
    refresh();
}

void LossPerUpdatePlot::placeLabels()
{
    std::vector<QRectF> taken;
    for (const Overlay& o : overlays_)
        placeEndLabel(o.name, o.graph, taken);
}

void LossPerUpdatePlot::updateEpochMarks()
{
    const QCPRange r = xAxis->range();
    if (points_.empty()) {
        for (auto* m : marks_)
            m->setVisible(false);
        return;
    }
    const int lastEpoch = points_.back().epoch;
    // Boundaries are evenly spaced on every axis: epoch e sits at e * width.
    const double width = xOfEpochBoundary(1);
    const bool fewEnough = width > 0 && r.size() / width <= double(maxEpochMarks);
    const int from = std::max(1, static_cast<int>(std::ceil(r.lower / std::max(width, 1e-12))));
    std::size_t used = 0;
    if (fewEnough) {
        for (int e = from; e < lastEpoch && used < marks_.size(); ++e) {
            const double x = xOfEpochBoundary(e);
            if (x > r.upper)
                break;
            marks_[used]->point1->setCoords(x, 1.0);
            marks_[used]->point2->setCoords(x, 2.0);
            marks_[used]->setVisible(true);
            ++used;
        }
    }
    for (std::size_t i = used; i < marks_.size(); ++i)
        marks_[i]->setVisible(false);
}

void LossPerUpdatePlot::fitToData()
{
    bool found = false;
    QCPRange keys = raw_->getKeyRange(found);
    // The live run's value range is kept up to date as points arrive; overlays add theirs.
    QCPRange valueRange = valueRange_, positiveRange = positiveRange_;
    bool haveValues = haveValues_, havePositive = havePositive_;
    for (const Overlay& o : overlays_) {
        bool ok = false;
        const QCPRange k = o.graph->getKeyRange(ok);
        if (ok)
            keys =
                found ? QCPRange(std::min(keys.lower, k.lower), std::max(keys.upper, k.upper)) : k;
        found = found || ok;
        const QCPRange v = valueRangeOf(o.graph, QCP::sdBoth, ok);
        if (ok) {
            valueRange = haveValues ? QCPRange(std::min(valueRange.lower, v.lower),
                                               std::max(valueRange.upper, v.upper))
                                    : v;
            haveValues = true;
        }
        const QCPRange pv = valueRangeOf(o.graph, QCP::sdPositive, ok);
        if (ok) {
            positiveRange = havePositive ? QCPRange(std::min(positiveRange.lower, pv.lower),
                                                    std::max(positiveRange.upper, pv.upper))
                                         : pv;
            havePositive = true;
        }
    }
    if (!found) {
        setFittedX(0, std::max(1.0, xOfEpochBoundary(1)), {});
        yAxis->setRange(logY_ ? 0.01 : 0.0, 1.0);
        return;
    }
    if (keys.size() <= 0)
        keys = QCPRange(keys.lower - 0.5, keys.upper + 0.5);
    // Room for the last dot when there are dots (a few updates).
    const int n = raw_->dataCount();
    const double dotRoom = n <= 60 ? keys.size() / std::max(n, 1) * 0.5 : 0.0;
    std::vector<QCPGraph*> curves{raw_};
    for (const Overlay& o : overlays_)
        curves.push_back(o.graph);
    setFittedX(std::min(0.0, keys.lower), keys.upper + dotRoom, curves);
    // The min-max of every bucket bounds all curves (raw, running mean, smoothed).
    const bool any = logY_ ? havePositive : haveValues;
    const QCPRange values = logY_ ? positiveRange : valueRange;
    if (!any)
        return;
    if (logY_) {
        yAxis->setRange(values.lower / 1.3, values.upper * 1.3);
    } else {
        // A single value (the first update) still gets a readable range around it.
        const double pad = std::max({values.size() * 0.05, std::abs(values.upper) * 0.05, 1e-6});
        yAxis->setRange(std::max(0.0, values.lower - pad), values.upper + pad);
    }
}

void LossPerUpdatePlot::setAxis(UpdateAxis axis)
{
    if (axis == axis_)
        return;
    axis_ = axis;
    applyAxisLabel();
    setCountingX(axis != UpdateAxis::Seconds);
    rebuildFrom(0);
    rebuildOverlays();
    resetView();
    updateEpochMarks();
}

void LossPerUpdatePlot::applyAxisLabel()
{
    xAxis->setLabel(axisTitle(axis_));
}

void LossPerUpdatePlot::setSmoothing(double weight)
{
    smoothing_ = std::clamp(weight, 0.0, 0.999);
    rebuildFrom(0);
    rebuildOverlays();
    refresh();
}

} // namespace ui
