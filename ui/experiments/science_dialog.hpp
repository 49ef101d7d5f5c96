// Experiments > Batch-size science...: one of the four batch-size experiments
// (core/batch_science.hpp, docs/SCIENCE.md) with its defaults on the digits, trained in the
// background on the sweep's pool (its own SweepJob: every run enters the run store as a kept
// background run), with progress, the time left and Cancel, and its plots (ui::SciencePlot)
// redrawn as runs finish (at most twice a second, and at the end). The critical batch size found
// here is drawn on the noise-scale plot. Export image... (or a plot's context menu) saves the shown
// plot through the window's ExportDialog and ImageExporter, with a caption naming the experiment.
// Export CSV... writes the results into a folder, the same files as `batchlab --headless
// --experiment NAME --write csv` (ui/experiments/science_csv.hpp: one row per run, one per epoch,
// the fitted numbers).
#pragma once

#include "batch_science.hpp"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace ui
{

class RunStore;
class SciencePlot;
class SweepJob;

class ScienceDialog : public QDialog
{
    Q_OBJECT
public:
    // `windowTrains` says whether the window's own run is training (one worker fewer then).
    ScienceDialog(RunStore* store, std::function<bool()> windowTrains, QWidget* parent = nullptr);
    ~ScienceDialog() override;

    SweepJob* job() const { return job_; }
    // Starts the chosen experiment; false (with a message box) when it cannot.
    bool start();
    void setExperiment(core::Experiment e);
    core::Experiment experiment() const;
    const std::vector<SciencePlot*>& plots() const { return plots_; }
    QString statusText() const;
    // The plot of the tab shown (null before any).
    SciencePlot* currentPlot() const;
    // Asks where and how to save `plot` (the shown one when null) and writes it; a failure is
    // shown in a message box. Returns whether an image was written.
    bool askExport(SciencePlot* plot = nullptr);
    // Writes the finished runs' CSV files into `dir` (experimentCsvNames of the experiment
    // started); a failure is shown in a message box. False as well before any run finished.
    bool exportCsv(const QString& dir);
    // Asks for a folder and writes them there.
    bool askExportCsv();
    // The caption of an exported plot: the experiment and its seeds.
    QString caption() const;
    static QString experimentName(core::Experiment e);

private:
    void showPlots(core::Experiment e);
    void redraw();
    void updateStatus();

    std::function<bool()> windowTrains_;
    SweepJob* job_;
    core::Experiment running_ = core::Experiment::CriticalBatch;
    std::optional<double> bCrit_;
    QComboBox* experiment_;
    QSpinBox* seeds_;
    QPushButton* start_;
    QPushButton* cancel_;
    QPushButton* export_;
    QPushButton* exportCsv_;
    QString exportDir_;
    QProgressBar* progress_;
    QLabel* status_;
    QTabWidget* tabs_;
    QTimer* timer_;
    bool redrawPending_ = false; // a run ended since the plots were last drawn
    std::vector<SciencePlot*> plots_;
};

} // namespace ui
