// Loss per epoch, live: training loss as Keras reports it (running mean over the epoch's
// batches) and as evaluated at the end of the epoch, validation loss, and accuracy on a second
// axis for classification. Marks the best validation epoch, where early stopping stopped (or
// would stop with the chosen patience), and shades the overfitting region (the validation loss
// rising away from the training loss); both facts come from core::RunReader.
// With a run store it overlays every shown run that is not live in its colour and with its
// marker (validation loss solid, training loss dashed), its name at the end of its curve. The x
// axis counts epochs, weight updates, questions solved or seconds.
#pragma once

#include "early_stopping.hpp"
#include "run_reading.hpp"
#include "ui/plots/epoch_buckets.hpp"
#include "ui/plots/plot_widget.hpp"
#include "ui/plots/run_axis.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/run_store.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace ui
{

class LossPerEpochPlot : public PlotWidget
{
    Q_OBJECT
public:
    explicit LossPerEpochPlot(QWidget* parent = nullptr);

    // Forget the previous run. `classification` shows the accuracy axis; `earlyStopping` is
    // the configuration used for the "would stop here" mark.
    void clearRun(bool classification, const core::EarlyStoppingConfig& earlyStopping);
    void append(const RunSnapshot& snapshot);
    // The rows of the run being drawn are those of the store's entry `id` (set after
    // clearRun(), with setStore()): the store has each snapshot before the plot, and the plot
    // keeps no copy of them (docs/ARCHITECTURE.md, "A run's way from the worker to the
    // pixels"). Without it (no store: worksheets, headless pictures) append() keeps them.
    void followRun(RunId id) { follow_ = id; }
    // Rows of the live run's training set (for the questions-solved axis).
    void setTrainingRows(int rows);
    int overlayCount() const { return int(overlays_.size()); }
    void setAxis(UpdateAxis axis);
    UpdateAxis axis() const { return axis_; }

    // Words said at the best-epoch mark before its number (a lesson step's "best_mark", e.g.
    // "Too much is as bad as too little: stop here"); empty: the mark says only its epoch.
    void setBestMarkWords(const QString& words);
    const QString& bestMarkWords() const { return bestWords_; }

    void setShowAccuracy(bool on);
    bool showsAccuracy() const { return showAccuracy_; }

    // The run's rows: the followed entry's, else the ones appended.
    const std::vector<core::EpochInfo>& epochs() const;
    // 1-based best epoch by the run's monitor (core::RunReading; -1: none yet).
    int bestEpoch() const { return bestEpoch_; }
    // Where early stopping stopped or would stop (-1: not (yet)).
    int stopEpoch() const { return stopEpoch_; }
    bool overfitting() const { return overfittingFrom_ > 0; }
    // Epoch from which the run overfits (core::RunReading; -1: it does not).
    int overfittingFrom() const { return overfittingFrom_; }

protected:
    void fitToData() override;
    void placeLabels() override;
    bool hasCsv() const override { return true; }

private:
    struct Overlay {
        RunId id = 0;
        QCPGraph* val = nullptr;
        QCPGraph* train = nullptr;
        QCPItemText* name = nullptr; // at the end of its curve
    };
    void updateMarks();
    // The accessible description: best epoch, overfitting, last losses, in words.
    void describe();
    void rebuildOverlays() override;
    void rebuildLive();
    // Draws the rows that arrived and brings the marks up to date (pending_ cleared).
    void settle();
    // Where the end of the live run's epoch `epoch` sits on the x axis.
    double keyOfEpoch(int epoch) const;
    void applyAccuracyVisibility();

    QCPGraph* kerasLoss_ = nullptr;
    QCPGraph* trainLoss_ = nullptr;
    QCPGraph* valLoss_ = nullptr;
    QCPGraph* trainAccuracy_ = nullptr;
    QCPGraph* valAccuracy_ = nullptr;
    QCPItemStraightLine* bestLine_ = nullptr;
    QCPItemText* bestLabel_ = nullptr;
    QCPItemStraightLine* stopLine_ = nullptr;
    QCPItemText* stopLabel_ = nullptr;
    QCPItemRect* overfitRegion_ = nullptr;
    QCPItemText* overfitLabel_ = nullptr;
    QString overfitText_;
    QString bestText_;
    QString bestWords_;
    QString stopText_;

    RunId follow_ = 0;                 // the store's entry whose rows are drawn (0: own_)
    std::vector<core::EpochInfo> own_; // the rows appended when no entry is followed
    // The live run's five curves, drawn in buckets when the run is long (ui/plots/
    // epoch_buckets.hpp). Rows that arrive are drawn, and the marks read again, at once while
    // the run has few rows, at the refresh rate (~15 a second) when it has many.
    EpochCurves curves_;
    bool pending_ = false;
    std::optional<core::Outcome> outcome_;
    core::RunReader reader_;
    core::EarlyStoppingConfig earlyStopping_;
    int bestEpoch_ = -1;
    int stopEpoch_ = -1;
    int overfittingFrom_ = -1;
    bool classification_ = true;
    bool showAccuracy_ = true;
    UpdateAxis axis_ = UpdateAxis::Epoch;
    int rows_ = 1;
    std::vector<Overlay> overlays_;
};

} // namespace ui
