#include "ui/experiments/sweep_plot.hpp"

#include "ui/plots/seconds_ticker.hpp"
#include "ui/plots/whole_number_ticker.hpp"
#include "ui/plots/wrap_words.hpp"

#include <algorithm>
#include <cmath>

namespace ui
{

namespace
{

using core::SweepColumn;

std::vector<SweepColumn> columnsOf(SweepPlot::Kind kind)
{
    if (kind == SweepPlot::Kind::Losses)
        return {SweepColumn::BestValLoss, SweepColumn::FinalValLoss, SweepColumn::FinalTrainLoss,
                SweepColumn::Gap};
    return {SweepColumn::BestEpoch, SweepColumn::UpdatesToBest, SweepColumn::SamplesToBest,
            SweepColumn::SecondsToBest};
}

QColor colourOf(SweepColumn c)
{
    switch (c) {
    case SweepColumn::BestValLoss:
        return QColor(120, 20, 20);
    case SweepColumn::FinalValLoss:
        return QColor(200, 40, 40);
    case SweepColumn::FinalTrainLoss:
        return QColor(30, 100, 200);
    case SweepColumn::Gap:
        return QColor(130, 60, 170);
    case SweepColumn::BestEpoch:
        return QColor(30, 100, 200);
    case SweepColumn::UpdatesToBest:
        return QColor(200, 40, 40);
    case SweepColumn::SamplesToBest:
        return QColor(40, 140, 60);
    default:
        return QColor(120, 120, 120);
    }
}

} // namespace

QString SweepPlot::columnName(SweepColumn c)
{
    switch (c) {
    case SweepColumn::BestEpoch:
        return tr("epochs until the best validation loss");
    case SweepColumn::BestValLoss:
        return tr("best validation loss");
    case SweepColumn::FinalTrainLoss:
        return tr("final training loss");
    case SweepColumn::FinalValLoss:
        return tr("final validation loss");
    case SweepColumn::Gap:
        return tr("gap: final validation minus training loss (overfitting)");
    case SweepColumn::OverfittingFrom:
        return tr("overfitting from epoch");
    case SweepColumn::Updates:
        return tr("weight updates");
    case SweepColumn::Seconds:
        return tr("seconds");
    case SweepColumn::UpdatesToBest:
        return tr("weight updates until the best");
    case SweepColumn::SamplesToBest:
        return tr("questions solved until the best");
    case SweepColumn::SecondsToBest:
        return tr("seconds until the best");
    }
    return {};
}

QString SweepPlot::parameterName(core::SweepParameter p)
{
    switch (p) {
    case core::SweepParameter::BatchSize:
        return tr("batch size");
    case core::SweepParameter::Epochs:
        return tr("epochs");
    case core::SweepParameter::LearningRate:
        return tr("learning rate");
    }
    return {};
}

SweepPlot::SweepPlot(Kind kind, QWidget* parent)
    : PlotWidget(parent), kind_(kind), columns_(columnsOf(kind))
{
    setTitle(kind == Kind::Losses ? tr("Sweep: loss") : tr("Sweep: cost of the best"));
    // The losses share one axis (one unit). The costs do not: epochs, weight updates, questions
    // and seconds are four units, each on its own linear axis starting at zero, one small plot
    // each under its own heading: a reader compares each with zero, never units with units.
    std::vector<QCPAxisRect*> rects(columns_.size(), axisRect());
    if (kind == Kind::Losses) {
        yAxis->setLabel(tr("loss (mean ± standard deviation over seeds)"));
    } else {
        QCPAxisRect* first = axisRect();
        plotLayout()->take(first);
        auto* grid = new QCPLayoutGrid;
        plotLayout()->addElement(0, 0, grid);
        grid->setColumnSpacing(10);
        grid->setRowSpacing(0);
        auto* columnLeft = new QCPMarginGroup(this);
        auto* columnRight = new QCPMarginGroup(this);
        auto* rowTop = new QCPMarginGroup(this);
        auto* rowBottom = new QCPMarginGroup(this);
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            QCPAxisRect* r = i == 0 ? first : new QCPAxisRect(this);
            const int row = int(i / 2) * 2, column = int(i % 2);
            auto* heading = new QCPTextElement(this, costTitle(columns_[i]));
            heading->setFont(first->axis(QCPAxis::atBottom)->labelFont());
            heading->setTextColor(colourOf(columns_[i]));
            heading->setMargins(QMargins(2, 4, 2, 0));
            grid->addElement(row, column, heading);
            grid->addElement(row + 1, column, r);
            grid->setRowStretchFactor(row, 0.001);
            headings_.push_back(heading);
            if (r != first)
                for (QCPAxis::AxisType t :
                     {QCPAxis::atBottom, QCPAxis::atLeft, QCPAxis::atTop, QCPAxis::atRight}) {
                    const QCPAxis* model = first->axis(t);
                    QCPAxis* a = r->axis(t);
                    a->setBasePen(model->basePen());
                    a->setTickPen(model->tickPen());
                    a->setSubTickPen(model->subTickPen());
                    a->grid()->setPen(model->grid()->pen());
                    a->setTickLabelFont(model->tickLabelFont());
                    a->setLabelFont(model->labelFont());
                    a->setTickLabelColor(model->tickLabelColor());
                    a->setLabelColor(model->labelColor());
                }
            r->setMarginGroup(QCP::msLeft, column == 0 ? columnLeft : columnRight);
            r->setMarginGroup(QCP::msTop | QCP::msBottom, row == 0 ? rowTop : rowBottom);
            QCPAxis* y = r->axis(QCPAxis::atLeft);
            y->setScaleType(QCPAxis::stLinear);
            if (columns_[i] == SweepColumn::SecondsToBest)
                y->setTicker(QSharedPointer<SecondsTicker>::create());
            else
                useWholeNumberTicks(y);
            y->setNumberFormat(QStringLiteral("gb"));
            rects[i] = r;
        }
        legend->setVisible(false); // each small plot's title names its curve
    }
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const SweepColumn c = columns_[i];
        QCPAxis* x = rects[i]->axis(QCPAxis::atBottom);
        QCPAxis* y = rects[i]->axis(QCPAxis::atLeft);
        QCPGraph* g = addGraph(x, y);
        g->setName(columnName(c));
        const QColor colour = colourOf(c);
        g->setPen(QPen(colour, 2.0, c == SweepColumn::BestValLoss ? Qt::DashLine : Qt::SolidLine));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 6));
        auto* bars = new QCPErrorBars(x, y);
        bars->removeFromLegend();
        bars->setDataPlottable(g);
        bars->setPen(QPen(colour, 1.2));
        bars->setWhiskerWidth(8);
        graphs_.push_back(g);
        bars_.push_back(bars);
    }
    if (kind == Kind::Losses)
        legend->setVisible(true);
    else
        for (QCPGraph* g : graphs_)
            g->removeFromLegend();
    // A heading wider than its small plot is broken into lines (QCPTextElement does not wrap).
    connect(this, &QCustomPlot::afterLayout, this, [this] { wrapHeadings(); });
    setSweep(core::SweepParameter::BatchSize, {});
}

QString SweepPlot::costTitle(SweepColumn c)
{
    switch (c) {
    case SweepColumn::BestEpoch:
        return tr("epochs until the best (mean ± sd)");
    case SweepColumn::UpdatesToBest:
        return tr("weight updates until the best (mean ± sd)");
    case SweepColumn::SamplesToBest:
        return tr("questions solved until the best (mean ± sd)");
    case SweepColumn::SecondsToBest:
        return tr("seconds until the best (mean ± sd)");
    default:
        return columnName(c);
    }
}

void SweepPlot::wrapHeadings()
{
    bool changed = false;
    for (std::size_t i = 0; i < headings_.size(); ++i) {
        QCPTextElement* h = headings_[i];
        const int room = std::max(60, graphs_[i]->keyAxis()->axisRect()->outerRect().width() - 8);
        const QString text = wrapWords(costTitle(columns_[i]), QFontMetrics(h->font()), room);
        if (h->text() != text) {
            h->setText(text);
            changed = true;
        }
    }
    if (changed)
        replot(rpQueuedReplot);
}

QCPGraph* SweepPlot::graphOf(SweepColumn c) const
{
    const auto it = std::find(columns_.begin(), columns_.end(), c);
    return it == columns_.end() ? nullptr : graphs_[std::size_t(it - columns_.begin())];
}

QCPErrorBars* SweepPlot::errorBarsOf(SweepColumn c) const
{
    const auto it = std::find(columns_.begin(), columns_.end(), c);
    return it == columns_.end() ? nullptr : bars_[std::size_t(it - columns_.begin())];
}

std::vector<QCPAxis*> SweepPlot::keyAxes() const
{
    std::vector<QCPAxis*> axes;
    for (QCPGraph* g : graphs_)
        if (std::find(axes.begin(), axes.end(), g->keyAxis()) == axes.end())
            axes.push_back(g->keyAxis());
    return axes;
}

void SweepPlot::setSweep(core::SweepParameter parameter,
                         const std::vector<core::SweepSummaryRow>& rows)
{
    parameter_ = parameter;
    rows_ = rows;
    const QString xLabel = parameter == core::SweepParameter::BatchSize
                               ? tr("batch size (log₂ scale)")
                               : tr("%1 (log scale)").arg(parameterName(parameter));
    const std::vector<QCPAxis*> xs = keyAxes();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        QCPAxis* x = xs[i];
        // The small plots of the costs: the swept value is named under the lower two, in
        // words short enough for half the plot's width (the ticks show the log scale).
        if (xs.size() > 2)
            x->setLabel(i < 2 ? QString() : parameterName(parameter));
        else
            x->setLabel(xLabel);
        x->setScaleType(QCPAxis::stLogarithmic);
        if (rows.empty()) {
            QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
            ticker->setLogBase(parameter == core::SweepParameter::BatchSize ? 2.0 : 10.0);
            x->setTicker(ticker);
        } else {
            // A tick at every swept value (30 is not a power of 2, but it is what was trained).
            QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
            for (const core::SweepSummaryRow& row : rows)
                if (row.value > 0.0)
                    ticker->addTick(row.value, QString::number(row.value, 'g', 6));
            x->setTicker(ticker);
        }
        x->setNumberFormat(QStringLiteral("g"));
    }
    const bool costs = kind_ == Kind::Costs;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        QVector<double> keys, values, below, above;
        for (const core::SweepSummaryRow& row : rows) {
            const core::SweepStat& s = row[columns_[i]];
            if (s.n == 0 || !std::isfinite(s.mean) || !(row.value > 0.0))
                continue;
            if (costs && !(s.mean > 0.0))
                continue;
            const double sd = std::isfinite(s.sd) ? s.sd : 0.0;
            keys << row.value;
            values << s.mean;
            above << sd;
            // A count or a time is never below zero: its bar stops there.
            below << (costs ? std::min(sd, s.mean) : sd);
        }
        graphs_[i]->setData(keys, values, true);
        bars_[i]->setData(below, above);
    }
    resetView();
}

void SweepPlot::fitToData()
{
    const std::vector<QCPAxis*> xs = keyAxes();
    if (rows_.empty()) {
        for (QCPAxis* x : xs)
            x->setRange(1.0, 32.0);
        for (QCPGraph* g : graphs_)
            g->valueAxis()->setRange(0.0, kind_ == Kind::Costs ? 10.0 : 1.0);
        return;
    }
    // Every point with its error bar.
    const bool costs = kind_ == Kind::Costs;
    bool anyKey = false;
    QCPRange keys;
    // The value range of each value axis (one for the losses, one per column for the costs).
    std::vector<std::pair<QCPAxis*, QCPRange>> values;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        QCPAxis* y = graphs_[i]->valueAxis();
        auto it =
            std::find_if(values.begin(), values.end(), [y](const auto& v) { return v.first == y; });
        bool found = it != values.end();
        QCPRange range = found ? it->second : QCPRange();
        for (const core::SweepSummaryRow& row : rows_) {
            const core::SweepStat& s = row[columns_[i]];
            if (s.n == 0 || !std::isfinite(s.mean) || !(row.value > 0.0) ||
                (costs && !(s.mean > 0.0)))
                continue;
            const double sd = std::isfinite(s.sd) ? s.sd : 0.0;
            const QCPRange v(costs ? std::max(0.0, s.mean - sd) : s.mean - sd, s.mean + sd);
            range = found ? QCPRange(std::min(range.lower, v.lower), std::max(range.upper, v.upper))
                          : v;
            found = true;
            keys = anyKey
                       ? QCPRange(std::min(keys.lower, row.value), std::max(keys.upper, row.value))
                       : QCPRange(row.value, row.value);
            anyKey = true;
        }
        if (!found)
            continue;
        if (it != values.end())
            it->second = range;
        else
            values.emplace_back(y, range);
    }
    if (!anyKey)
        return;
    // Room around the outermost values: a factor on the log x axis, a margin on the linear
    // value axes (the costs' from zero: a count is read against zero).
    for (QCPAxis* x : xs)
        x->setRange(keys.lower / 1.4, keys.upper * 1.4);
    for (const auto& [y, v] : values) {
        if (costs) {
            y->setRange(0.0, std::max(v.upper, 1e-9) * 1.1);
        } else {
            const double pad = std::max(v.size(), 1e-9) * 0.08;
            y->setRange(std::min(0.0, v.lower - pad), v.upper + pad);
        }
    }
}

QString SweepPlot::readoutAt(double key, double) const
{
    if (rows_.empty())
        return {};
    // The row nearest to the cursor on the (logarithmic) x axis.
    const core::SweepSummaryRow* nearest = nullptr;
    double best = 0.0;
    for (const core::SweepSummaryRow& row : rows_) {
        if (!(row.value > 0.0) || !(key > 0.0))
            continue;
        const double d = std::abs(std::log(row.value) - std::log(key));
        if (!nearest || d < best) {
            nearest = &row;
            best = d;
        }
    }
    if (!nearest)
        return {};
    QStringList lines{tr("%1 = %2 (%3 runs)")
                          .arg(parameterName(parameter_))
                          .arg(nearest->value, 0, 'g', 6)
                          .arg(nearest->runs)};
    for (SweepColumn c : columns_) {
        const core::SweepStat& s = (*nearest)[c];
        if (s.n == 0)
            continue;
        lines << tr("%1: %2 ± %3").arg(columnName(c)).arg(s.mean, 0, 'g', 4).arg(s.sd, 0, 'g', 2);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ui
