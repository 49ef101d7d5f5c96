// The CSV files of a batch-size experiment's results (docs/SCIENCE.md), the same wherever they
// are written (`batchlab --headless --experiment NAME --write csv` and the science dialog's
// Export CSV...): STEM.csv (one row per run, core::experimentRunsCsv), STEM_epochs.csv (one row
// per epoch of every run) and, for critical-batch, STEM_steps.csv (one row per batch size) and
// STEM_fit.csv (the fitted numbers), STEM being core::experimentStem. Each file is written
// atomically (QSaveFile, CsvExporter::writeText): a failure leaves the old file whole.
#pragma once

#include "batch_science.hpp"
#include "ui/plots/image_exporter.hpp"

#include <QString>
#include <QStringList>

#include <vector>

namespace ui
{

// The names of the files `kind` writes, in the order they are written.
QStringList experimentCsvNames(core::Experiment kind);
// Writes them into `dir` (which must exist). Results in any order: the rows follow the plan
// (SweepRunResult::index). Stops at the first file that cannot be written and says which.
ExportResult writeExperimentCsv(const QString& dir, core::Experiment kind,
                                const std::vector<core::SweepRun>& plan,
                                std::vector<core::SweepRunResult> results);

} // namespace ui
