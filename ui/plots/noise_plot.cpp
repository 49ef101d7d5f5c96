#include "ui/plots/noise_plot.hpp"

#include <cmath>

namespace ui
{

namespace
{

QByteArray number(double v)
{
    return std::isfinite(v) ? QByteArray::number(v, 'g', 17) : QByteArray();
}

} // namespace

QString ReadableLogTicker::readable(double value, const QLocale& locale)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return locale.toString(value, 'g', 2);
    const double magnitude = std::abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e5)
        return locale.toString(value, 'g', 2);
    int exponent = int(std::floor(std::log10(magnitude)));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::round(mantissa * 10.0) >= 100.0) { // 9.96 rounds to 10
        mantissa /= 10.0;
        ++exponent;
    }
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString power;
    for (const QChar c : QString::number(std::abs(exponent)))
        power += digits[c.digitValue()];
    if (exponent < 0)
        power.prepend(QChar(0x207B)); // superscript minus
    const QString ten = QStringLiteral("10") + power;
    return std::abs(mantissa - 1.0) < 0.05
               ? ten
               : locale.toString(mantissa, 'g', 2) + QChar(0x00B7) + ten;
}

QVector<double> ReadableLogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    if (range.lower > 0.0 && range.upper > range.lower &&
        std::log10(range.upper / range.lower) < 1.6)
        return QCPAxisTicker::createTickVector(QCPAxisTicker::getTickStep(range), range);
    return QCPAxisTickerLog::createTickVector(tickStep, range);
}

QString ReadableLogTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    return readable(tick, locale);
}

void setLog2Axis(QCPAxis* axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setLogBase(2);
    ticker->setSubTickCount(0);
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("g"));
}

void setLog10Axis(QCPAxis* axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<ReadableLogTicker>::create());
}

void fitLogAxes(QCustomPlot* plot)
{
    bool rightUsed = false;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        const bool has = !g->data()->isEmpty();
        if (g->valueAxis() == plot->yAxis2 && has)
            rightUsed = true;
        const bool listed = plot->legend->hasItemWithPlottable(g);
        if (has && !listed)
            g->addToLegend();
        else if (!has && listed)
            g->removeFromLegend();
    }
    plot->yAxis2->setVisible(rightUsed);
    bool any = false;
    for (int i = 0; i < plot->graphCount(); ++i)
        any = any || !plot->graph(i)->data()->isEmpty();
    if (!any)
        return; // keep the ranges a log axis can show (set at construction)
    plot->rescaleAxes(true);
    for (QCPAxis* a : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        QCPRange r = a->range();
        if (a->scaleType() == QCPAxis::stLogarithmic && r.lower > 0.0) {
            if (r.upper <= r.lower)
                r = QCPRange(r.lower / 2.0, r.lower * 2.0);
            const double f = std::pow(r.upper / r.lower, 0.06);
            a->setRange(r.lower / f, r.upper * f);
        }
    }
}

void NoisePlot::fitToData()
{
    fitLogAxes(this);
}

NoisePlot::NoisePlot(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("gradient noise"));
    xAxis->setLabel(tr("batch size B (log₂ scale)"));
    yAxis->setLabel(tr("variance of the batch gradient"));
    yAxis2->setLabel(tr("spread of the loss per update (sd)"));
    setLog2Axis(xAxis);
    setLog10Axis(yAxis);
    setLog10Axis(yAxis2);
    logY_ = true;
    xAxis->setRange(0.8, 40.0);
    yAxis->setRange(1e-3, 1.0);
    yAxis2->setRange(1e-3, 1.0);

    measured_ = addGraph();
    measured_->setName(tr("measured"));
    measured_->setPen(QPen(QColor(31, 119, 180), 2));
    measured_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
    theory_ = addGraph();
    theory_->setName(tr("formula (N − B) / (B (N − 1)) · σ²"));
    theory_->setPen(QPen(QColor(90, 90, 90), 1.5, Qt::DashLine));
    spreadGraph_ = addGraph(xAxis, yAxis2);
    spreadGraph_->setName(tr("spread of the loss per update, kept runs (right axis)"));
    spreadGraph_->setPen(QPen(QColor(214, 39, 40), 1.5, Qt::DotLine));
    spreadGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 7));
}

void NoisePlot::setReport(const core::NoiseReport& report)
{
    report_ = report;
    QVector<double> keys, measured, theory;
    for (const core::NoiseRow& r : report.rows) {
        if (r.measuredVariance <= 0.0 && r.theoryVariance <= 0.0)
            continue; // B >= N: no noise, nothing to show on a log axis
        keys << r.batchSize;
        measured << (r.measuredVariance > 0.0 ? r.measuredVariance : qQNaN());
        theory << (r.theoryVariance > 0.0 ? r.theoryVariance : qQNaN());
    }
    measured_->setData(keys, measured);
    theory_->setData(keys, theory);
    refresh();
}

void NoisePlot::setLossSpread(const std::map<int, double>& spread)
{
    spread_ = spread;
    QVector<double> keys, values;
    for (const auto& [b, sd] : spread)
        if (sd > 0.0 && std::isfinite(sd)) {
            keys << b;
            values << sd;
        }
    spreadGraph_->setData(keys, values);
    refresh();
}

QByteArray NoisePlot::csv(const core::NoiseReport& report)
{
    QByteArray out = "batch_size,measured_variance,theory_variance,method,batches\n";
    for (const core::NoiseRow& r : report.rows)
        out += QByteArray::number(r.batchSize) + ',' + number(r.measuredVariance) + ',' +
               number(r.theoryVariance) + ',' +
               QByteArray::fromStdString(std::string(core::noiseMethodKey(r.method))) + ',' +
               QByteArray::number(qint64(r.batches)) + '\n';
    return out;
}

} // namespace ui
