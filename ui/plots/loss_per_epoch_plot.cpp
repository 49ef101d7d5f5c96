#include "ui/plots/loss_per_epoch_plot.hpp"

#include "overfitting.hpp"
#include "ui/plots/series_style.hpp"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ui
{

namespace
{

// `text` with its lines broken at spaces so that none is wider than `width` pixels where a
// break helps (a word longer than that stays whole).
QString wrapped(const QString& text, const QFontMetrics& fm, double width)
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
                out << line;
                line = word;
            } else {
                line = longer;
            }
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QCPGraph* makeLine(QCustomPlot* plot, QCPAxis* valueAxis, const QString& name, QColor color,
                   double width, Qt::PenStyle style = Qt::SolidLine)
{
    QCPGraph* g = plot->addGraph(plot->xAxis, valueAxis);
    g->setName(name);
    g->setPen(QPen(color, width, style));
    return g;
}

} // namespace

LossPerEpochPlot::LossPerEpochPlot(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("Loss per epoch"));
    setAccessibleName(tr("Loss per epoch"));
    xAxis->setLabel(tr("epoch"));
    setCountingX(true); // epochs, updates or questions until the axis shows seconds
    yAxis->setLabel(tr("loss"));
    yAxis2->setLabel(tr("accuracy"));
    yAxis2->setRange(0.0, 1.0);

    // Never colour alone (ui/plots/series_style.hpp): each quantity has its own line style.
    kerasLoss_ = makeLine(this, yAxis, tr("training loss (Keras: mean over the epoch)"),
                          series::trainingColour(), 1.3, Qt::DotLine);
    trainLoss_ = makeLine(this, yAxis, tr("training loss (end of epoch)"), series::trainingColour(),
                          2.0, Qt::DashLine);
    valLoss_ =
        makeLine(this, yAxis, tr("validation loss (new exam)"), series::validationColour(), 2.0);
    trainAccuracy_ = makeLine(this, yAxis2, tr("training accuracy"), series::trainingColour(), 1.2,
                              Qt::DashDotLine);
    valAccuracy_ = makeLine(this, yAxis2, tr("validation accuracy"), series::validationColour(),
                            1.2, Qt::DashDotDotLine);
    axisRect()->setRangeZoomAxes({xAxis}, {yAxis, yAxis2});
    axisRect()->setRangeDragAxes({xAxis}, {yAxis, yAxis2});
    // Keras reports no loss before the first epoch.
    curves_.add(kerasLoss_, [](const core::EpochInfo& e) {
        return e.epoch > 0 ? e.kerasLoss : std::numeric_limits<double>::quiet_NaN();
    });
    curves_.add(trainLoss_, [](const core::EpochInfo& e) { return e.trainLoss; });
    curves_.add(valLoss_, [](const core::EpochInfo& e) { return e.valLoss; });
    curves_.add(trainAccuracy_, [](const core::EpochInfo& e) { return e.trainAccuracy; });
    curves_.add(valAccuracy_, [](const core::EpochInfo& e) { return e.valAccuracy; });

    overfitRegion_ = new QCPItemRect(this);
    overfitRegion_->setLayer(QStringLiteral("background"));
    for (QCPItemPosition* pos : {overfitRegion_->topLeft, overfitRegion_->bottomRight}) {
        pos->setAxisRect(axisRect());
        pos->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    overfitRegion_->setPen(Qt::NoPen);
    overfitRegion_->setBrush(QColor(240, 80, 60, 28));
    overfitRegion_->setClipToAxisRect(true);
    overfitLabel_ = new QCPItemText(this);
    overfitLabel_->position->setAxisRect(axisRect());
    overfitLabel_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    overfitLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    overfitLabel_->setTextAlignment(Qt::AlignLeft);
    overfitLabel_->setPadding(QMargins(6, 2, 6, 2));
    overfitLabel_->setBrush(QColor(255, 255, 255, 190));
    overfitLabel_->setColor(QColor(170, 40, 30));
    overfitText_ = tr("overfitting: the validation loss rises\n(memorising the practice exam)");
    overfitLabel_->setText(overfitText_);

    auto verticalLine = [this](QColor color, Qt::PenStyle style) {
        auto* line = new QCPItemStraightLine(this);
        line->setPen(QPen(color, 1.5, style));
        return line;
    };
    auto label = [this](QColor color) {
        auto* text = new QCPItemText(this);
        text->position->setAxisRect(axisRect());
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->setColor(color);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        text->setPadding(QMargins(4, 0, 4, 2));
        text->setBrush(QColor(255, 255, 255, 190)); // readable over the curves it crosses
        return text;
    };
    bestLine_ = verticalLine(QColor(40, 150, 60), Qt::SolidLine);
    bestLabel_ = label(QColor(30, 120, 45));
    stopLine_ = verticalLine(QColor(120, 60, 170), Qt::DashLine);
    stopLabel_ = label(QColor(100, 50, 150));
    for (QCPAbstractItem* item : std::initializer_list<QCPAbstractItem*>{
             bestLine_, bestLabel_, stopLine_, stopLabel_, overfitRegion_, overfitLabel_}) {
        item->setClipToAxisRect(true);
        item->setVisible(false);
    }
    setLogY(false);
    setMinRefreshInterval(60); // the epoch curves need no more than ~15 frames a second
    connect(this, &QCustomPlot::beforeReplot, this, [this] { settle(); });
}

const std::vector<core::EpochInfo>& LossPerEpochPlot::epochs() const
{
    static const std::vector<core::EpochInfo> none;
    if (follow_ == 0 || !store_)
        return own_;
    const RunEntry* e = store_->entry(follow_);
    return e ? e->data.epochs : none;
}

void LossPerEpochPlot::clearRun(bool classification, const core::EarlyStoppingConfig& earlyStopping)
{
    own_.clear();
    follow_ = 0;
    outcome_.reset();
    reader_.reset();
    earlyStopping_ = earlyStopping;
    classification_ = classification;
    bestEpoch_ = stopEpoch_ = overfittingFrom_ = -1;
    curves_.clear();
    pending_ = false;
    applyAccuracyVisibility();
    updateMarks();
    resetView();
}

void LossPerEpochPlot::append(const RunSnapshot& snapshot)
{
    if (snapshot.start)
        rows_ = std::max(1, snapshot.start->trainingRows);
    if (follow_ == 0 || !store_)
        own_.insert(own_.end(), snapshot.epochs.begin(), snapshot.epochs.end());
    if (snapshot.outcome)
        outcome_ = snapshot.outcome;
    else if (!snapshot.epochs.empty())
        outcome_.reset(); // a completed run that continues
    if (snapshot.epochs.empty() && !snapshot.outcome)
        return;
    pending_ = true;
    // A short run is drawn at once; a long one (tens of thousands of short epochs) at the
    // refresh rate (fitToData(), or before a replot when the view does not follow): its marks
    // read every row.
    if (epochs().size() <= maxEpochBuckets)
        settle();
    refresh();
}

void LossPerEpochPlot::settle()
{
    if (!pending_)
        return;
    pending_ = false;
    curves_.sync(epochs(), EpochKeys{rows_, axis_});
    // Long runs: one-pixel cosmetic pens (Qt's fast path) instead of stroked wide lines.
    const bool dense = epochs().size() > 600;
    for (QCPGraph* g : {kerasLoss_, trainLoss_, valLoss_, trainAccuracy_, valAccuracy_}) {
        QPen pen = g->pen();
        const bool main = g == trainLoss_ || g == valLoss_;
        const double width = dense ? 0.0 : (main ? 2.0 : 1.3) * penScale();
        const Qt::PenStyle style = dense                 ? Qt::SolidLine
                                   : g == kerasLoss_     ? Qt::DotLine
                                   : g == trainLoss_     ? Qt::DashLine
                                   : g == trainAccuracy_ ? Qt::DashDotLine
                                   : g == valAccuracy_   ? Qt::DashDotDotLine
                                                         : Qt::SolidLine;
        if (pen.widthF() != width || pen.style() != style) {
            pen.setWidthF(width);
            pen.setStyle(style);
            g->setPen(pen);
            g->setAntialiased(!dense);
        }
    }
    updateMarks();
}

void LossPerEpochPlot::setBestMarkWords(const QString& words)
{
    if (words == bestWords_)
        return;
    bestWords_ = words;
    updateMarks();
    refresh();
}

void LossPerEpochPlot::updateMarks()
{
    // The run's facts from core::RunReader, the one reading every view shows: the best epoch by
    // the run's own monitor and min_delta, the overfitting start.
    const std::vector<core::EpochInfo>& all = epochs();
    // A followed entry's reading is the store's (read once per change for every view).
    const RunEntry* entry = follow_ != 0 && store_ ? store_->entry(follow_) : nullptr;
    const core::RunReading& reading =
        entry ? entry->reading() : reader_.update(all, outcome_, false, !outcome_);
    bestEpoch_ = reading.bestEpoch;
    bool haveVal = false;
    for (const auto& e : all)
        if (std::isfinite(e.valLoss)) {
            haveVal = true;
            break;
        }
    // Where EarlyStopping stopped, or where it would stop with the chosen patience.
    stopEpoch_ = -1;
    bool stopped = false;
    if (outcome_ && outcome_->reason == core::StopReason::EarlyStopped) {
        stopEpoch_ = outcome_->epochs;
        stopped = true;
    } else if (earlyStopping_.enabled || earlyStopping_.patience > 0) {
        // (Off with Keras's default patience 0 it would stop at the first bump: not worth a mark.)
        core::EarlyStopping rule(earlyStopping_);
        for (const auto& e : all) {
            if (e.epoch < 1)
                continue;
            const double v =
                earlyStopping_.monitor == core::Monitor::ValLoss ? e.valLoss : e.kerasLoss;
            if (rule.onEpochEnd(e.epoch - 1, std::isfinite(v) ? v : std::nan("")).stop) {
                stopEpoch_ = e.epoch;
                break;
            }
        }
    }
    const bool showBest = bestEpoch_ > 0 && haveVal;
    bestLine_->setVisible(showBest);
    bestLabel_->setVisible(showBest);
    if (showBest) {
        bestLine_->point1->setCoords(keyOfEpoch(bestEpoch_), 1.0);
        bestLine_->point2->setCoords(keyOfEpoch(bestEpoch_), 2.0);
        bestLabel_->position->setCoords(keyOfEpoch(bestEpoch_), 0.97);
        bestLabel_->setText(bestWords_.isEmpty()
                                ? tr("best epoch %1").arg(bestEpoch_)
                                : tr("%1\n(best epoch %2)").arg(bestWords_).arg(bestEpoch_));
        bestText_ = bestLabel_->text();
    }
    stopLine_->setVisible(stopEpoch_ > 0);
    stopLabel_->setVisible(stopEpoch_ > 0);
    if (stopEpoch_ > 0) {
        stopLine_->point1->setCoords(keyOfEpoch(stopEpoch_), 1.0);
        stopLine_->point2->setCoords(keyOfEpoch(stopEpoch_), 2.0);
        stopLabel_->position->setCoords(keyOfEpoch(stopEpoch_), 0.90);
        stopLabel_->setText(
            stopped
                ? tr("early stopping stopped here\n(epoch %1)").arg(stopEpoch_)
                : tr("early stopping would stop here\n(patience %1)").arg(earlyStopping_.patience));
        stopText_ = stopLabel_->text();
    }
    // Overfitting: core's rule (the validation loss rises away from a falling training loss).
    overfittingFrom_ = reading.overfittingFrom.value_or(-1);
    const bool shade = overfittingFrom_ > 0;
    overfitRegion_->setVisible(shade);
    overfitLabel_->setVisible(shade);
    if (shade) {
        const double end = all.back().epoch;
        overfitRegion_->topLeft->setCoords(keyOfEpoch(overfittingFrom_), 0.0);
        overfitRegion_->bottomRight->setCoords(keyOfEpoch(int(end)), 1.0);
        overfitLabel_->setText(overfitText_);
    }
    describe();
}

void LossPerEpochPlot::describe()
{
    // What a screen reader says about the plot: the marks and the last losses, in words.
    QStringList parts;
    parts << tr("Loss per epoch.");
    const std::vector<core::EpochInfo>& all = epochs();
    if (all.empty() || all.back().epoch < 1) {
        parts << tr("No epoch has ended yet.");
    } else {
        const core::EpochInfo& last = all.back();
        parts << tr("%n epoch(s) so far.", nullptr, last.epoch);
        if (bestEpoch_ > 0)
            parts << tr("Best epoch (lowest validation loss): %1.").arg(bestEpoch_);
        parts << (overfittingFrom_ > 0
                      ? tr("Overfitting from epoch %1: the validation loss rises while the "
                           "training loss falls.")
                            .arg(overfittingFrom_)
                      : tr("No overfitting marked."));
        const QLocale locale;
        if (std::isfinite(last.trainLoss))
            parts << tr("Last training loss %1.").arg(locale.toString(last.trainLoss, 'g', 3));
        if (std::isfinite(last.valLoss))
            parts << tr("Last validation loss %1.").arg(locale.toString(last.valLoss, 'g', 3));
    }
    if (!overlays_.empty())
        parts << tr("%n kept run(s) drawn for comparison.", nullptr, int(overlays_.size()));
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

void LossPerEpochPlot::placeLabels()
{
    // Labels near the right end of the curve read leftwards, so they stay inside the plot; each
    // goes to the first height where it covers no curve: nothing covers data.
    const QCPRange shown = xAxis->range();
    const double plotWidth = axisRect()->width();
    auto side = [this, shown, plotWidth](QCPItemText* text, const QString& original, int epoch) {
        text->setText(original);
        const double frac =
            shown.size() > 0
                ? std::clamp((keyOfEpoch(epoch) - shown.lower) / shown.size(), 0.0, 1.0)
                : 0.5;
        bool right = frac > 0.6;
        if (plotWidth > 0) {
            const QFontMetrics fm(text->font());
            const double w = fm.boundingRect(QRect(), 0, text->text()).width() + 12;
            // Where it fits; where neither side does, the side with more room.
            right = (1.0 - frac) * plotWidth < w && (frac * plotWidth >= w || frac > 0.5);
            // Where it fits on neither side (large classroom fonts), its lines are broken.
            const double room = (right ? frac : 1.0 - frac) * plotWidth - 12;
            if (w > room + 12 && room > 40)
                text->setText(wrapped(text->text(), fm, room));
        }
        text->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        text->setTextAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
    };
    // The marks' vertical lines: no label is crossed by another mark's line (the best epoch's
    // line ran through the early-stopping words in Korean).
    const bool best = bestLine_->visible();
    const bool stop = stopLine_->visible();
    const bool overfit = overfitRegion_->visible();
    std::vector<std::pair<int, QRectF>> lines;
    const QRectF area = axisRect()->rect();
    for (const auto& [shown, epoch] : {std::pair{best, bestEpoch_}, std::pair{stop, stopEpoch_}})
        if (shown && epoch >= 0) {
            const double x = xAxis->coordToPixel(keyOfEpoch(epoch));
            lines.emplace_back(epoch, QRectF(x - 1.5, area.top(), 3.0, area.height()));
        }
    std::vector<QRectF> taken;
    auto place = [&](QCPItemText* text, const QString& original, int epoch, double preferred) {
        if (original.isEmpty() || epoch < 0)
            return;
        side(text, original, epoch);
        std::vector<QRectF> avoid = taken;
        for (const auto& [at, r] : lines)
            if (at != epoch)
                avoid.push_back(r);
        const double key = keyOfEpoch(epoch);
        // From the preferred height down, then from the top: the first free place wins.
        std::vector<double> heights;
        for (double y = preferred; y < 0.95; y += 0.04)
            heights.push_back(y);
        for (double y = 0.02; y < preferred; y += 0.04)
            heights.push_back(y);
        text->setVisible(true);
        const QRectF r = placeClear(text, key, heights, avoid);
        if (!r.isNull())
            taken.push_back(r);
    };
    // Only the marks that are on (updateMarks() decides), each with its own words.
    if (best)
        place(bestLabel_, bestText_, bestEpoch_, 0.02);
    if (stop)
        place(stopLabel_, stopText_, stopEpoch_, 0.14);
    if (overfit)
        place(overfitLabel_, overfitText_, overfittingFrom_, 0.26);
    // Each kept run's name at the end of its validation curve (its training curve without one).
    for (const Overlay& o : overlays_)
        placeEndLabel(o.name, o.val->data()->isEmpty() ? o.train : o.val, taken);
}

void LossPerEpochPlot::fitToData()
{
    settle();
    std::vector<QCPGraph*> curves{kerasLoss_, trainLoss_, valLoss_};
    for (const Overlay& o : overlays_) {
        curves.push_back(o.val);
        curves.push_back(o.train);
    }
    double upper = 0.0;
    for (QCPGraph* g : curves) {
        bool found = false;
        const QCPRange keys = g->getKeyRange(found);
        if (found)
            upper = std::max(upper, keys.upper);
    }
    const double minUpper = axis_ == UpdateAxis::Seconds ? 1e-3 : 1.0;
    setFittedX(0.0, std::max(upper, minUpper), curves);
    const QCP::SignDomain domain = logY_ ? QCP::sdPositive : QCP::sdBoth;
    QCPRange values;
    bool any = false;
    for (QCPGraph* g : curves) {
        bool ok = false;
        const QCPRange r = valueRangeOf(g, domain, ok);
        if (!ok)
            continue;
        if (!any)
            values = r;
        else
            values.expand(r);
        any = true;
    }
    if (!any)
        yAxis->setRange(logY_ ? 0.01 : 0.0, 1.0);
    else if (logY_)
        yAxis->setRange(values.lower / 1.3, values.upper * 1.3);
    else
        yAxis->setRange(0.0, values.upper * 1.08 + 1e-9);
    yAxis2->setRange(0.0, 1.02);
}

double LossPerEpochPlot::keyOfEpoch(int epoch) const
{
    if (axis_ == UpdateAxis::Epoch)
        return epoch;
    const std::vector<core::EpochInfo>& all = epochs();
    const auto at = [&](std::size_t i) { return epochKey(all[i], rows_, axis_); };
    if (epoch >= 0 && epoch < int(all.size()) && all[std::size_t(epoch)].epoch == epoch)
        return at(std::size_t(epoch));
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].epoch == epoch)
            return at(i);
    return all.empty() ? 0.0 : at(all.size() - 1);
}

void LossPerEpochPlot::setTrainingRows(int rows)
{
    rows_ = std::max(1, rows);
}

void LossPerEpochPlot::setAxis(UpdateAxis axis)
{
    if (axis == axis_)
        return;
    axis_ = axis;
    xAxis->setLabel(axisTitle(axis));
    setCountingX(axis != UpdateAxis::Seconds);
    rebuildLive();
    rebuildOverlays();
    updateMarks();
    resetView();
}

void LossPerEpochPlot::rebuildLive()
{
    curves_.clear();
    curves_.sync(epochs(), EpochKeys{rows_, axis_});
}

void LossPerEpochPlot::rebuildOverlays()
{
    for (const Overlay& o : overlays_) {
        removeGraph(o.val);
        removeGraph(o.train);
        removeItem(o.name);
    }
    overlays_.clear();
    // The live run's validation curve says which run it is when others are drawn beside it
    // (once: the legend stays as short as it can).
    const QString live = liveLabelAmongOthers();
    valLoss_->setName(live.isEmpty() ? tr("validation loss (new exam)")
                                     : QStringLiteral("%1 · %2").arg(live, tr("validation loss")));
    if (!store_)
        return;
    for (const auto& e : store_->runs()) {
        if (!e->shown || e->live || e->data.epochs.empty())
            continue;
        const QColor c = QColor::fromRgb(e->colour);
        QCPGraph* val = makeLine(this, yAxis, e->label, c, 1.8 * penScale());
        QCPGraph* train = makeLine(this, yAxis, QString(), c, 1.2 * penScale(), Qt::DashLine);
        train->removeFromLegend();
        // Drawn in buckets when long, as the live run (ui/plots/epoch_buckets.hpp).
        const EpochKeys keys{std::max(1, e->trainingRows()), axis_};
        val->data()->set(
            epochCurvePoints(
                e->data.epochs, [](const core::EpochInfo& r) { return r.valLoss; }, keys),
            true);
        train->data()->set(
            epochCurvePoints(
                e->data.epochs, [](const core::EpochInfo& r) { return r.trainLoss; }, keys),
            true);
        // Long runs as the live run's: one-pixel cosmetic pens (a dashed or wide pen over
        // thousands of epochs is stroked slowly); the training curve is paler instead of dashed.
        if (e->data.epochs.size() > 600) {
            QColor pale = c;
            pale.setAlpha(120);
            val->setPen(QPen(c, 0));
            train->setPen(QPen(pale, 0));
            val->setAntialiased(false);
            train->setAntialiased(false);
        }
        series::applyRunMarker(val, e->look, penScale(), val->dataCount());
        series::applyRunMarker(train, e->look, penScale(), train->dataCount());
        overlays_.push_back({e->id, val, train, addEndLabel(e->label, c)});
    }
    describe();
    refresh();
}

void LossPerEpochPlot::setShowAccuracy(bool on)
{
    showAccuracy_ = on;
    applyAccuracyVisibility();
    replot(rpQueuedReplot);
}

void LossPerEpochPlot::applyAccuracyVisibility()
{
    const bool show = showAccuracy_ && classification_;
    yAxis2->setVisible(show);
    for (QCPGraph* g : {trainAccuracy_, valAccuracy_}) {
        g->setVisible(show);
        if (show)
            g->addToLegend();
        else
            g->removeFromLegend();
    }
}

} // namespace ui
