#include "ui/plots/csv_exporter.hpp"

#include "overfitting.hpp"

#include "ui/session/failure_text.hpp"

#include <QDir>
#include <QSaveFile>

#include <cmath>

namespace ui
{

namespace
{

QByteArray number(double v)
{
    if (!std::isfinite(v))
        return {}; // an empty field: no value (e.g. no validation set, or regression accuracy)
    return QByteArray::number(v, 'g', 17);
}

} // namespace

ExportResult CsvExporter::writeText(const QString& path, const QByteArray& text)
{
    auto failure = [&](const QString& why) {
        return ExportResult{
            false, CsvExporter::tr("Could not write %1:\n%2")
                       .arg(QDir::toNativeSeparators(path), FailureText::ofWrite(path, why))};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return failure(file.errorString());
    if (file.write(text) != text.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(why);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {true, {}};
}

ExportResult CsvExporter::writeUpdates(const QString& path, const std::vector<UpdatePoint>& points)
{
    QByteArray out =
        "first_update,last_update,updates,epoch,batch,samples_seen,loss,loss_min,loss_max,"
        "running_mean\n";
    for (const UpdatePoint& p : points) {
        out += QByteArray::number(qint64(p.firstUpdate)) + ',' +
               QByteArray::number(qint64(p.lastUpdate)) + ',' + QByteArray::number(p.count) + ',' +
               QByteArray::number(p.epoch) + ',' + QByteArray::number(p.batch) + ',' +
               QByteArray::number(qint64(p.samplesSeen)) + ',' + number(p.meanLoss) + ',' +
               number(p.minLoss) + ',' + number(p.maxLoss) + ',' + number(p.runningMean) + '\n';
    }
    return writeText(path, out);
}

ExportResult CsvExporter::writeEpochs(const QString& path,
                                      const std::vector<core::EpochInfo>& epochs,
                                      const core::RunReading& reading)
{
    QByteArray out =
        "epoch,loss,batch_loss_mean,train_loss,val_loss,train_accuracy,val_accuracy,seconds,"
        "updates,partial,best_epoch,overfitting_from_epoch\n";
    // The run's verdict (the same on every row; empty when it does not overfit).
    const std::optional<int> from = reading.overfittingFrom;
    const QByteArray overfitting = from ? QByteArray::number(*from) : QByteArray();
    for (const core::EpochInfo& e : epochs) {
        out += QByteArray::number(e.epoch) + ',' + number(e.kerasLoss) + ',' +
               number(e.batchLossMean) + ',' + number(e.trainLoss) + ',' + number(e.valLoss) + ',' +
               number(e.trainAccuracy) + ',' + number(e.valAccuracy) + ',' + number(e.seconds) +
               ',' + QByteArray::number(qint64(e.updates)) + ',' +
               (e.partial ? "true," : "false,") +
               (e.epoch > 0 ? QByteArray::number(e.bestEpoch) : QByteArray()) + ',' + overfitting +
               '\n';
    }
    return writeText(path, out);
}

} // namespace ui
