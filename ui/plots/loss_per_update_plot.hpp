// Loss per weight update, live: the raw batch loss (one point per update, or the mean of a
// bucket of updates with its min-max band in long runs), Keras's running mean of the epoch,
// an optional TensorBoard-style smoothed curve (debiased EMA), and marks at epoch boundaries.
// The x axis counts updates, epochs (fractional), samples seen or seconds. With a run store it also
// overlays every shown run of the store that is not live: its smoothed loss in its colour.
#pragma once

#include "ui/plots/band_envelope.hpp"
#include "ui/plots/plot_widget.hpp"
#include "ui/plots/run_axis.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/run_store.hpp"

#include <functional>
#include <vector>

namespace ui
{

class LossPerUpdatePlot : public PlotWidget
{
    Q_OBJECT
public:
    explicit LossPerUpdatePlot(QWidget* parent = nullptr);

    // Forget the previous run; a new one has `stepsPerEpoch` updates per epoch of `rows` rows.
    void clearRun();
    void setRunShape(int stepsPerEpoch, int rows);
    void append(const RunSnapshot& snapshot);
    // The epoch rows (for the seconds axis and each epoch's updates) are those of the store's
    // entry `id` (set after clearRun(), with setStore()); the plot keeps no copy of them
    // (docs/ARCHITECTURE.md, "A run's way from the worker to the pixels"). Without it (no
    // store: worksheets, headless pictures) append() keeps them.
    void followRun(RunId id) { follow_ = id; }
    // The run's epoch rows: the followed entry's, else the ones appended.
    const std::vector<core::EpochInfo>& epochs() const;
    int overlayCount() const { return int(overlays_.size()); }

    void setAxis(UpdateAxis axis);
    UpdateAxis axis() const { return axis_; }
    // TensorBoard's smoothing weight in [0, 1); 0 hides the smoothed curve.
    void setSmoothing(double weight);
    double smoothing() const { return smoothing_; }

    const std::vector<UpdatePoint>& points() const { return points_; }
    std::int64_t stride() const { return stride_; }
    const BandPlottable* band() const { return band_; }
    BandPlottable* band() { return band_; }

protected:
    void fitToData() override;
    bool hasCsv() const override { return true; }
    void placeLabels() override;

private:
    struct Overlay {
        RunId id = 0;
        QCPGraph* graph = nullptr;
        QCPItemText* name = nullptr; // at the end of its curve
    };
    double xOf(const UpdatePoint& p) const;
    void rebuildOverlays() override;
    // The accessible description: updates so far and the last losses, in words.
    void describe();
    double xOfEpochBoundary(int epoch) const;
    void rebuildFrom(std::size_t first);
    void updateEpochMarks();
    void applyAxisLabel();

    BandPlottable* band_ = nullptr; // min-max of the buckets, once they hold several updates
    QCPGraph* raw_ = nullptr;
    QCPGraph* running_ = nullptr;
    QCPGraph* smoothed_ = nullptr;
    std::vector<QCPItemStraightLine*> marks_;

    std::vector<UpdatePoint> points_;
    RunId follow_ = 0;                 // the store's entry whose epoch rows are read (0: own_)
    std::vector<core::EpochInfo> own_; // the epoch rows appended when no entry is followed
    std::vector<Overlay> overlays_;
    std::vector<double> emaAccumulated_; // TensorBoard's un-debiased EMA per point
    std::int64_t stride_ = 1;
    std::size_t plotted_ = 0; // points_[0, plotted_) are in the graphs
    // Value range of everything plotted (all values, and positive values for log y), kept up
    // to date as points arrive so that following the data never rescans them.
    QCPRange valueRange_{0, 0}, positiveRange_{0, 0};
    bool haveValues_ = false, havePositive_ = false;
    int stepsPerEpoch_ = 1;
    int rows_ = 1;
    UpdateAxis axis_ = UpdateAxis::Update;
    double smoothing_ = 0.6;
};

} // namespace ui
