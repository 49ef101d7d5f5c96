#include "ui/experiments/science_csv.hpp"

#include "ui/plots/csv_exporter.hpp"

#include <QDir>

#include <algorithm>
#include <string>

namespace ui
{

QStringList experimentCsvNames(core::Experiment kind)
{
    const QString stem = QString::fromStdString(core::experimentStem(kind));
    QStringList names{stem + QStringLiteral(".csv"), stem + QStringLiteral("_epochs.csv")};
    if (kind == core::Experiment::CriticalBatch)
        names << stem + QStringLiteral("_steps.csv") << stem + QStringLiteral("_fit.csv");
    return names;
}

ExportResult writeExperimentCsv(const QString& dir, core::Experiment kind,
                                const std::vector<core::SweepRun>& plan,
                                std::vector<core::SweepRunResult> results)
{
    std::sort(results.begin(), results.end(),
              [](const core::SweepRunResult& a, const core::SweepRunResult& b) {
                  return a.index < b.index;
              });
    std::vector<std::string> texts{core::experimentRunsCsv(plan, results),
                                   core::experimentEpochsCsv(plan, results)};
    if (kind == core::Experiment::CriticalBatch) {
        const core::CriticalBatchReading reading = core::readCriticalBatch(plan, results);
        texts.push_back(core::criticalBatchStepsCsv(reading));
        texts.push_back(core::criticalBatchFitCsv(reading));
    }
    const QStringList names = experimentCsvNames(kind);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const std::string& text = texts[std::size_t(i)];
        const ExportResult r = CsvExporter::writeText(
            QDir(dir).filePath(names[i]), QByteArray(text.data(), qsizetype(text.size())));
        if (!r.ok)
            return r;
    }
    return {true, {}};
}

} // namespace ui
