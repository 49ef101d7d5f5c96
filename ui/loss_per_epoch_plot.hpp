// Loss per epoch, live: training loss as Keras reports it (running mean over the epoch's
// batches) and as evaluated at the end of the epoch, validation loss, and accuracy on a second
// axis for classification. Marks the best validation epoch, where early stopping stopped (or
// would stop with the chosen patience), and shades the overfitting region from the epoch
// core::overfittingFromEpoch finds (the validation loss rising away from the training loss).
#pragma once

#include "early_stopping.hpp"
#include "plot_widget.hpp"
#include "run_snapshot.hpp"

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

    void setLogY(bool on);
    bool logY() const { return logY_; }
    void setShowAccuracy(bool on);
    bool showsAccuracy() const { return showAccuracy_; }

    const std::vector<core::EpochInfo>& epochs() const { return epochs_; }
    // 1-based epoch with the lowest validation loss (-1: none yet).
    int bestEpoch() const { return bestEpoch_; }
    // Where early stopping stopped or would stop (-1: not (yet)).
    int stopEpoch() const { return stopEpoch_; }
    bool overfitting() const { return overfittingFrom_ > 0; }
    // Epoch from which the run overfits by core::overfittingFromEpoch (-1: it does not).
    int overfittingFrom() const { return overfittingFrom_; }

protected:
    void fitToData() override;
    bool hasCsv() const override { return true; }

private:
    void updateMarks();
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

    std::vector<core::EpochInfo> epochs_;
    std::optional<core::Outcome> outcome_;
    core::EarlyStoppingConfig earlyStopping_;
    int bestEpoch_ = -1;
    int stopEpoch_ = -1;
    int overfittingFrom_ = -1;
    bool classification_ = true;
    bool showAccuracy_ = true;
    bool logY_ = false;
};

} // namespace ui
