#include "ui/experiments/sweep_plot.hpp"

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
    yAxis->setLabel(kind == Kind::Losses
                        ? tr("loss (mean ± standard deviation over seeds)")
                        : tr("until the best validation loss (mean ± sd, log scale)"));
    if (kind == Kind::Costs) {
        yAxis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
        yAxis->setTicker(t);
        yAxis->setNumberFormat(QStringLiteral("gb"));
    }
    for (SweepColumn c : columns_) {
        QCPGraph* g = addGraph(xAxis, yAxis);
        g->setName(columnName(c));
        const QColor colour = colourOf(c);
        g->setPen(QPen(colour, 2.0, c == SweepColumn::BestValLoss ? Qt::DashLine : Qt::SolidLine));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 6));
        auto* bars = new QCPErrorBars(xAxis, yAxis);
        bars->removeFromLegend();
        bars->setDataPlottable(g);
        bars->setPen(QPen(colour, 1.2));
        bars->setWhiskerWidth(8);
        graphs_.push_back(g);
        bars_.push_back(bars);
    }
    legend->setVisible(true);
    setSweep(core::SweepParameter::BatchSize, {});
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

void SweepPlot::setSweep(core::SweepParameter parameter,
                         const std::vector<core::SweepSummaryRow>& rows)
{
    parameter_ = parameter;
    rows_ = rows;
    xAxis->setLabel(parameter == core::SweepParameter::BatchSize
                        ? tr("batch size (log₂ scale)")
                        : tr("%1 (log scale)").arg(parameterName(parameter)));
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    if (rows.empty()) {
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        ticker->setLogBase(parameter == core::SweepParameter::BatchSize ? 2.0 : 10.0);
        xAxis->setTicker(ticker);
    } else {
        // A tick at every swept value (30 is not a power of 2, but it is what was trained).
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (const core::SweepSummaryRow& row : rows)
            if (row.value > 0.0)
                ticker->addTick(row.value, QString::number(row.value, 'g', 6));
        xAxis->setTicker(ticker);
    }
    xAxis->setNumberFormat(QStringLiteral("g"));
    const bool logY = kind_ == Kind::Costs;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        QVector<double> keys, values, errors;
        for (const core::SweepSummaryRow& row : rows) {
            const core::SweepStat& s = row[columns_[i]];
            if (s.n == 0 || !std::isfinite(s.mean) || !(row.value > 0.0))
                continue;
            if (logY && !(s.mean > 0.0))
                continue;
            keys << row.value;
            values << s.mean;
            errors << (std::isfinite(s.sd) ? s.sd : 0.0);
        }
        graphs_[i]->setData(keys, values, true);
        bars_[i]->setData(errors);
    }
    resetView();
}

void SweepPlot::fitToData()
{
    if (rows_.empty()) {
        xAxis->setRange(1.0, 32.0);
        yAxis->setRange(logY_ || kind_ == Kind::Costs ? QCPRange(1.0, 1000.0) : QCPRange(0.0, 1.0));
        return;
    }
    // Every point with its error bar (on a log axis, the positive part of it).
    const bool logY = kind_ == Kind::Costs;
    bool found = false;
    QCPRange keys, values;
    for (const core::SweepSummaryRow& row : rows_)
        for (core::SweepColumn c : columns_) {
            const core::SweepStat& s = row[c];
            if (s.n == 0 || !std::isfinite(s.mean) || !(row.value > 0.0) ||
                (logY && !(s.mean > 0.0)))
                continue;
            const double sd = std::isfinite(s.sd) ? s.sd : 0.0;
            const double lo = logY && s.mean - sd <= 0.0 ? s.mean : s.mean - sd;
            const QCPRange k(row.value, row.value), v(lo, s.mean + sd);
            keys =
                found ? QCPRange(std::min(keys.lower, k.lower), std::max(keys.upper, k.upper)) : k;
            values =
                found ? QCPRange(std::min(values.lower, v.lower), std::max(values.upper, v.upper))
                      : v;
            found = true;
        }
    if (!found)
        return;
    // Room around the outermost values: a factor on log axes, a margin on linear ones.
    xAxis->setRange(keys.lower / 1.4, keys.upper * 1.4);
    if (kind_ == Kind::Costs) {
        yAxis->setRange(values.lower / 1.6, values.upper * 1.6);
    } else {
        const double pad = std::max(values.size(), 1e-9) * 0.08;
        yAxis->setRange(std::min(0.0, values.lower - pad), values.upper + pad);
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
