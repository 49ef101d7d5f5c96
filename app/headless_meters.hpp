// The gradient-noise and cost meters without a window: for a run's settings and a list of batch sizes,
// measure the gradient noise (core::measureNoise, at the given weights or the settings'
// initial weights) and the cost (core::measureCost), and write noise.csv and cost.csv and the
// plots `noise` and `cost` (ui::NoisePlot, ui::CostPlot) in the formats of `--write`. Called by
// `batchlab --headless --sweep ...`; needs a QApplication (the plots are widgets).
#pragma once

#include "cost_meter.hpp"
#include "noise_meter.hpp"
#include "run_settings.hpp"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct MetersOutput {
    QString dir;              // created when missing
    bool csv = true;          // noise.csv, cost.csv
    QStringList imageFormats; // "png", "svg", "pdf": noise.<f>, cost.<f>
    int width = 1200, height = 700;
    double scale = 1.0;
    QString caption; // empty: none
    std::uint64_t noiseSeed = 1;
    int noiseBatches = 500;
    double costSecondsPerBatchSize = 0.2;
    int costJobs = 1; // batch sizes the cost meter times at once (core::CostMeterConfig::jobs)
};

struct MetersResult {
    bool ok = false;
    QString error;         // for people, when !ok (bad input or a file that could not be written)
    bool badInput = false; // the error is the input's (exit code 2), not a file's
    core::NoiseReport noise;
    std::vector<core::CostRow> cost;
};

// Never throws. `weights` (parameterCount() values) replace the initial weights for the noise
// meter when given (e.g. the weights at the end of a run).
MetersResult writeMeters(const core::RunSettings& settings, const std::vector<int>& batchSizes,
                         const MetersOutput& out,
                         const std::optional<Eigen::VectorXd>& weights = std::nullopt);
