// The histories of a run as CSV files with a header row: one row per plotted update point, one row
// per epoch. Written atomically, as every file BatchLab writes.
#pragma once

#include "run_reading.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/session/run_snapshot.hpp"

#include <vector>

namespace ui
{

class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    // Any text file, written atomically (QSaveFile): the old file stays whole when it fails.
    static ExportResult writeText(const QString& path, const QByteArray& text);
    // Columns: first_update,last_update,updates,epoch,batch,samples_seen,loss,loss_min,
    // loss_max,running_mean (loss is the mean over the row's updates; one update per row
    // unless the run was longer than the plot's point bound).
    static ExportResult writeUpdates(const QString& path, const std::vector<UpdatePoint>& points);
    // Columns: epoch,loss,batch_loss_mean,train_loss,val_loss,train_accuracy,val_accuracy,
    // seconds,updates,partial,best_epoch,overfitting_from_epoch (epoch 0 = the initial weights;
    // loss is Keras's running mean; partial is true on the last row of a run that stopped inside
    // an epoch, core::EpochInfo::partial; overfitting_from_epoch is the run's reading,
    // core::RunReading, the same on every row, empty when the run does not overfit).
    static ExportResult writeEpochs(const QString& path, const std::vector<core::EpochInfo>& epochs,
                                    const core::RunReading& reading);
};

} // namespace ui
