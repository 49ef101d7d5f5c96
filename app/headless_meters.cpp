#include "headless_meters.hpp"

#include "limits.hpp"
#include "ui/plots/cost_plot.hpp"
#include "ui/plots/csv_exporter.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/plots/noise_plot.hpp"

#include <QCoreApplication>
#include <QDir>

namespace
{

class Meters
{
    Q_DECLARE_TR_FUNCTIONS(Meters)
};

QString qs(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

MetersResult writeMeters(const core::RunSettings& settings, const std::vector<int>& batchSizes,
                         const MetersOutput& out, const std::optional<Eigen::VectorXd>& weights)
{
    MetersResult r;
    auto bad = [&](const QString& message) {
        r.ok = false;
        r.badInput = true;
        r.error = message;
        return r;
    };
    try {
        settings.validate();
        const core::DataSplit data = settings.makeData();
        core::Network net = settings.makeInitialNetwork();
        if (weights) {
            if (weights->size() != net.parameterCount())
                return bad(Meters::tr("the weights have %1 values; the network has %2")
                               .arg(weights->size())
                               .arg(net.parameterCount()));
            net.parameters() = *weights;
        }
        core::NoiseMeterConfig nc;
        nc.batchSizes = batchSizes;
        nc.seed = out.noiseSeed;
        nc.batches = out.noiseBatches;
        r.noise = core::measureNoise(net, data.train, nc);
        core::CostMeterConfig cc;
        cc.batchSizes = batchSizes;
        cc.secondsPerBatchSize = out.costSecondsPerBatchSize;
        cc.jobs = out.costJobs;
        r.cost = core::measureCost(settings, cc);
    } catch (const std::exception& e) {
        return bad(Meters::tr("the meters cannot measure this: %1").arg(qs(e.what())));
    }
    if (!QDir().mkpath(out.dir)) {
        r.error =
            Meters::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(out.dir));
        return r;
    }
    const QDir dir(out.dir);
    auto failed = [&](const ui::ExportResult& e) {
        if (!e.ok)
            r.error = e.error;
        return !e.ok;
    };
    if (out.csv) {
        if (failed(ui::CsvExporter::writeText(dir.filePath(QStringLiteral("noise.csv")),
                                              ui::NoisePlot::csv(r.noise))) ||
            failed(ui::CsvExporter::writeText(dir.filePath(QStringLiteral("cost.csv")),
                                              ui::CostPlot::csv(r.cost))))
            return r;
    }
    if (!out.imageFormats.isEmpty()) {
        ui::NoisePlot noise;
        ui::CostPlot cost;
        noise.setReport(r.noise);
        cost.setRows(r.cost);
        const std::pair<ui::PlotWidget*, QString> plots[] = {{&noise, QStringLiteral("noise")},
                                                             {&cost, QStringLiteral("cost")}};
        for (const auto& [plot, stem] : plots) {
            plot->resize(out.width, out.height);
            plot->resetView();
        }
        QCoreApplication::processEvents();
        for (const QString& format : out.imageFormats)
            for (const auto& [plot, stem] : plots) {
                ui::ImageExportOptions o;
                o.path = dir.filePath(stem + QLatin1Char('.') + format);
                o.format = format;
                o.width = out.width;
                o.height = out.height;
                o.scale = out.scale;
                o.caption = out.caption;
                if (failed(ui::ImageExporter::exportPlot(plot, o)))
                    return r;
            }
    }
    r.ok = true;
    return r;
}
