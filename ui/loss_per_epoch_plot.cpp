#include "loss_per_epoch_plot.hpp"

#include "overfitting.hpp"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

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

void addFinite(QCPGraph* g, double key, double value)
{
    if (std::isfinite(value))
        g->addData(key, value);
}

} // namespace

LossPerEpochPlot::LossPerEpochPlot(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("Loss per epoch"));
    xAxis->setLabel(tr("epoch"));
    yAxis->setLabel(tr("loss"));
    yAxis2->setLabel(tr("accuracy"));
    yAxis2->setRange(0.0, 1.0);

    kerasLoss_ = makeLine(this, yAxis, tr("training loss (Keras: mean over the epoch)"),
                          QColor(230, 140, 60), 1.3, Qt::DashLine);
    trainLoss_ =
        makeLine(this, yAxis, tr("training loss (end of epoch)"), QColor(30, 100, 200), 2.0);
    valLoss_ = makeLine(this, yAxis, tr("validation loss (new exam)"), QColor(200, 40, 40), 2.0);
    trainAccuracy_ = makeLine(this, yAxis2, tr("training accuracy"), QColor(30, 100, 200, 150), 1.2,
                              Qt::DotLine);
    valAccuracy_ = makeLine(this, yAxis2, tr("validation accuracy"), QColor(200, 40, 40, 150), 1.2,
                            Qt::DotLine);
    axisRect()->setRangeZoomAxes({xAxis}, {yAxis, yAxis2});
    axisRect()->setRangeDragAxes({xAxis}, {yAxis, yAxis2});

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
}

void LossPerEpochPlot::clearRun(bool classification, const core::EarlyStoppingConfig& earlyStopping)
{
    epochs_.clear();
    outcome_.reset();
    earlyStopping_ = earlyStopping;
    classification_ = classification;
    bestEpoch_ = stopEpoch_ = overfittingFrom_ = -1;
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->data()->clear();
    applyAccuracyVisibility();
    updateMarks();
    resetView();
}

void LossPerEpochPlot::append(const RunSnapshot& snapshot)
{
    for (const core::EpochInfo& e : snapshot.epochs) {
        epochs_.push_back(e);
        if (e.epoch > 0)
            addFinite(kerasLoss_, e.epoch, e.kerasLoss);
        addFinite(trainLoss_, e.epoch, e.trainLoss);
        addFinite(valLoss_, e.epoch, e.valLoss);
        addFinite(trainAccuracy_, e.epoch, e.trainAccuracy);
        addFinite(valAccuracy_, e.epoch, e.valAccuracy);
    }
    // Long runs: one-pixel cosmetic pens (Qt's fast path) instead of stroked wide lines.
    const bool dense = epochs_.size() > 600;
    for (int i = 0; i < graphCount(); ++i) {
        QPen pen = graph(i)->pen();
        const double width = dense ? 0.0 : (i == 1 || i == 2 ? 2.0 : 1.3) * penScale();
        if (pen.widthF() != width) {
            pen.setWidthF(width);
            if (dense)
                pen.setStyle(Qt::SolidLine);
            graph(i)->setPen(pen);
            graph(i)->setAntialiased(!dense);
        }
    }
    if (snapshot.outcome)
        outcome_ = snapshot.outcome;
    else if (!snapshot.epochs.empty())
        outcome_.reset(); // a completed run that continues
    if (!snapshot.epochs.empty() || snapshot.outcome) {
        updateMarks();
        refresh();
    }
}

void LossPerEpochPlot::updateMarks()
{
    // Best epoch: the lowest validation loss (the training loss without a validation set).
    bestEpoch_ = -1;
    double best = 0.0;
    bool haveVal = false;
    for (const auto& e : epochs_)
        haveVal = haveVal || std::isfinite(e.valLoss);
    for (const auto& e : epochs_) {
        const double v = haveVal ? e.valLoss : e.kerasLoss;
        if (e.epoch < 1 || !std::isfinite(v))
            continue;
        if (bestEpoch_ < 0 || v < best) {
            bestEpoch_ = e.epoch;
            best = v;
        }
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
        for (const auto& e : epochs_) {
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
        bestLine_->point1->setCoords(bestEpoch_, 1.0);
        bestLine_->point2->setCoords(bestEpoch_, 2.0);
        bestLabel_->position->setCoords(bestEpoch_, 0.97);
        bestLabel_->setText(tr("best validation epoch %1").arg(bestEpoch_));
    }
    stopLine_->setVisible(stopEpoch_ > 0);
    stopLabel_->setVisible(stopEpoch_ > 0);
    if (stopEpoch_ > 0) {
        stopLine_->point1->setCoords(stopEpoch_, 1.0);
        stopLine_->point2->setCoords(stopEpoch_, 2.0);
        stopLabel_->position->setCoords(stopEpoch_, 0.90);
        stopLabel_->setText(
            stopped
                ? tr("early stopping stopped here\n(epoch %1)").arg(stopEpoch_)
                : tr("early stopping would stop here\n(patience %1)").arg(earlyStopping_.patience));
    }
    // Labels near the right end of the curve read leftwards, so they stay inside the plot.
    const double lastEpoch = epochs_.empty() ? 1.0 : double(epochs_.back().epoch);
    const double plotWidth = axisRect()->width();
    auto side = [lastEpoch, plotWidth](QCPItemText* text, double epoch, Qt::Alignment vertical) {
        // The x axis runs from 0 to the last epoch when it follows the run (fitToData).
        const double frac = std::clamp(epoch / lastEpoch, 0.0, 1.0);
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
        text->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | vertical);
        text->setTextAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
    };
    if (showBest)
        side(bestLabel_, bestEpoch_, Qt::AlignBottom);
    if (stopEpoch_ > 0)
        side(stopLabel_, stopEpoch_, Qt::AlignBottom);
    // Overfitting: core's rule (the validation loss rises away from a falling training loss).
    overfittingFrom_ = core::overfittingFromEpoch(epochs_).value_or(-1);
    const bool shade = overfittingFrom_ > 0;
    overfitRegion_->setVisible(shade);
    overfitLabel_->setVisible(shade);
    if (shade) {
        const double end = epochs_.back().epoch;
        overfitRegion_->topLeft->setCoords(overfittingFrom_, 0.0);
        overfitRegion_->bottomRight->setCoords(end, 1.0);
        // Just below the legend, whose height depends on the language's font (Korean lines are
        // taller); the legend's rectangle is the one of the last layout, which is enough.
        double top = 0.34;
        const QRect area = axisRect()->rect();
        const QRect box = legend->outerRect();
        if (legend->visible() && area.height() > 0 && box.height() > 0)
            top = std::max(top, double(box.bottom() + 6 - area.top()) / area.height());
        overfitLabel_->position->setCoords(overfittingFrom_, std::min(top, 0.6));
        overfitLabel_->setText(overfitText_);
        side(overfitLabel_, overfittingFrom_, Qt::AlignTop);
    }
}

void LossPerEpochPlot::fitToData()
{
    bool found = false;
    const QCPRange keys = trainLoss_->getKeyRange(found);
    xAxis->setRange(0.0, found ? std::max(keys.upper, 1.0) : 1.0);
    const QCP::SignDomain domain = logY_ ? QCP::sdPositive : QCP::sdBoth;
    QCPRange values;
    bool any = false;
    for (QCPGraph* g : {kerasLoss_, trainLoss_, valLoss_}) {
        bool ok = false;
        const QCPRange r = g->getValueRange(ok, domain);
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

void LossPerEpochPlot::setLogY(bool on)
{
    logY_ = on;
    yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    resetView();
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
