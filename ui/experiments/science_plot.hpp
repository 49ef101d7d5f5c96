// The plots of the batch-size experiments (core/batch_science.hpp), drawn from an experiment's
// plan and results:
//   StepsVsBatch    updates to the goal against B (log-log): the mean over seeds with ± sd, the
//                   perfect-scaling line S(B0) B0 / B through the smallest batch, and the
//                   fitted curve S = S_min (1 + B_crit / B);
//   ExamplesVsSteps questions E against updates S (log-log) with the fitted hyperbola
//                   (S / S_min - 1)(E / E_min - 1) = 1;
//   NoiseScale      B_simple per epoch, one curve per seed, with B_crit when known;
//   PerEpoch        validation accuracy (linear scaling) or loss (increase batch) per epoch,
//                   the mean over seeds, one curve per setting;
//   PerUpdate       the same per weight update (increase batch);
//   FinalAccuracy   the final validation accuracy per k, without and with warm-up.
// Exported like every PlotWidget (batchlab --headless --experiment, the Batch-size science
// window).
#pragma once

#include "ui/plots/plot_widget.hpp"

#include "batch_science.hpp"

#include <optional>
#include <vector>

namespace ui
{

class SciencePlot : public PlotWidget
{
    Q_OBJECT
public:
    enum class Kind {
        StepsVsBatch,
        ExamplesVsSteps,
        NoiseScale,
        PerEpoch,
        PerUpdate,
        FinalAccuracy
    };

    explicit SciencePlot(Kind kind, QWidget* parent = nullptr);

    // Draws the results of `plan` (any subset, in any order), replacing what was drawn. `bCrit`:
    // the critical batch size, drawn on the noise-scale plot.
    void setResults(core::Experiment experiment, const std::vector<core::SweepRun>& plan,
                    const std::vector<core::SweepRunResult>& results,
                    std::optional<double> bCrit = std::nullopt);

    Kind kind() const { return kind_; }
    // The plots of an experiment, and the file stem of one ("critical_batch_steps", ...).
    static std::vector<Kind> kindsOf(core::Experiment e);
    static QString stemOf(core::Experiment e, Kind kind);
    // The curve of the points (not the lines of theory), for tests.
    QCPGraph* pointsGraph() const { return points_; }
    QCPGraph* fittedGraph() const { return fitted_; }

protected:
    void fitToData() override;

private:
    void drawCritical(const core::CriticalBatchReading& r);
    void drawCurves(const std::vector<core::SweepRun>& plan,
                    const std::vector<core::SweepRunResult>& results);
    QCPGraph* line(const QString& name, const QColor& colour, Qt::PenStyle style, bool scatter);

    Kind kind_;
    core::Experiment experiment_ = core::Experiment::CriticalBatch;
    QCPGraph* points_ = nullptr;
    QCPGraph* fitted_ = nullptr;
};

} // namespace ui
