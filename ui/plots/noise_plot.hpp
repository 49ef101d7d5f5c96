// The gradient-noise meter's plot: for each batch size B (log2 x axis), the measured variance
// of a minibatch gradient around the full-batch gradient (core::measureNoise) beside the
// formula (N - B) / (B (N - 1)) sigma^2, both on a log y axis (B = N, variance 0, is left out
// of the log axis and said in the legend's words); on a second axis, the measured spread
// (standard deviation) of the per-update loss of the kept runs with each B.
#pragma once

#include "noise_meter.hpp"
#include "ui/plots/plot_widget.hpp"

#include <map>

namespace ui
{

class NoisePlot : public PlotWidget
{
    Q_OBJECT
public:
    explicit NoisePlot(QWidget* parent = nullptr);

    void setReport(const core::NoiseReport& report);
    const core::NoiseReport& report() const { return report_; }
    // Batch size -> standard deviation of the per-update loss (kept runs).
    void setLossSpread(const std::map<int, double>& spread);
    const std::map<int, double>& lossSpread() const { return spread_; }

    // noise.csv: batch_size,measured_variance,theory_variance,method,batches
    static QByteArray csv(const core::NoiseReport& report);

protected:
    bool hasCsv() const override { return true; }
    void fitToData() override;

private:
    QCPGraph* measured_ = nullptr;
    QCPGraph* theory_ = nullptr;
    QCPGraph* spreadGraph_ = nullptr;
    core::NoiseReport report_;
    std::map<int, double> spread_;
};

// A log axis whose labels read as numbers: "0.5", "20", "3·10⁻⁵" (two significant digits, never
// "1E+05" nor two ticks both labelled "3·10⁰"); less than 1.6 decades wide it ticks linearly, as
// many ticks as the axis' tick count asks (QCustomPlot's own step put one every 1000 bytes).
class ReadableLogTicker : public QCPAxisTickerLog
{
public:
    static QString readable(double value, const QLocale& locale);

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
};

// Logarithmic axis with base 2 (ticks at powers of two), shared by the meters' plots.
void setLog2Axis(QCPAxis* axis);
void setLog10Axis(QCPAxis* axis);
// Fits the axes of `plot` to its visible graphs with a margin (so that no marker sits on the
// frame), and hides the right axis when none of its graphs has data.
void fitLogAxes(QCustomPlot* plot);

} // namespace ui
