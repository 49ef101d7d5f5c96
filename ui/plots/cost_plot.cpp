#include "ui/plots/cost_plot.hpp"

#include "ui/plots/noise_plot.hpp"
#include "ui/plots/seconds_ticker.hpp"
#include "ui/plots/series_style.hpp"

#include <cmath>

namespace ui
{

namespace
{

QByteArray number(double v)
{
    return std::isfinite(v) ? QByteArray::number(v, 'g', 17) : QByteArray();
}

// Powers of ten of bytes as people read them: "1 kB", "100 kB", "1 MB" (not "1E+05").
class BytesTicker : public ReadableLogTicker
{
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override
    {
        return locale.formattedDataSize(qint64(std::llround(tick)), 0, QLocale::DataSizeSIFormat);
    }
};

} // namespace

CostPlot::CostPlot(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("cost per batch size"));
    xAxis->setLabel(tr("batch size B (log₂ scale)"));
    yAxis->setLabel(tr("seconds (measured)"));
    yAxis2->setLabel(tr("bytes one batch needs"));
    setLog2Axis(xAxis);
    setLog10Axis(yAxis);
    setLog10Axis(yAxis2);
    yAxis2->setTicker(QSharedPointer<BytesTicker>::create());
    yAxis->setTicker(QSharedPointer<LogSecondsTicker>::create());
    logY_ = true;
    xAxis->setRange(0.8, 40.0);
    yAxis->setRange(1e-6, 1e-2);
    yAxis2->setRange(1e3, 1e5);
    yAxis2->setVisible(true);

    perUpdate_ = addGraph();
    perUpdate_->setName(tr("seconds per weight update"));
    perUpdate_->setPen(QPen(series::trainingColour(), 2));
    perUpdate_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
    perEpoch_ = addGraph();
    perEpoch_->setName(tr("seconds per epoch"));
    perEpoch_->setPen(QPen(series::validationColour(), 2));
    perEpoch_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 8));
    bytes_ = addGraph(xAxis, yAxis2);
    bytes_->setName(tr("bytes per batch (right axis)"));
    bytes_->setPen(QPen(series::smoothedColour(), 1.5, Qt::DashLine));
    bytes_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 7));
}

void CostPlot::fitToData()
{
    fitLogAxes(this);
}

void CostPlot::setRows(const std::vector<core::CostRow>& rows)
{
    rows_ = rows;
    QVector<double> keys, update, epoch, bytes;
    for (const core::CostRow& r : rows) {
        keys << r.batchSize;
        update << r.secondsPerUpdate;
        epoch << r.secondsPerEpoch;
        bytes << double(r.bytesPerBatch);
    }
    perUpdate_->setData(keys, update);
    perEpoch_->setData(keys, epoch);
    bytes_->setData(keys, bytes);
    refresh();
}

QByteArray CostPlot::csv(const std::vector<core::CostRow>& rows)
{
    QByteArray out = "batch_size,seconds_per_epoch,seconds_per_update,samples_per_second,"
                     "updates_per_epoch,bytes_per_batch\n";
    for (const core::CostRow& r : rows)
        out += QByteArray::number(r.batchSize) + ',' + number(r.secondsPerEpoch) + ',' +
               number(r.secondsPerUpdate) + ',' + number(r.samplesPerSecond) + ',' +
               QByteArray::number(r.updatesPerEpoch) + ',' +
               QByteArray::number(qint64(r.bytesPerBatch)) + '\n';
    return out;
}

} // namespace ui
