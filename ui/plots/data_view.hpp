// The practice exam itself: training points (filled) and validation points (hollow), with the
// model's answer drawn under them: for classification the probability of class 1 as a heat map
// (the decision boundary is where it crosses 0.5), for regression the fitted curve. Redrawn a
// few times a second from the latest weights the worker sent (a copy, never the trainer's), on
// a layer of its own: the points are drawn again only when the view changes.
#pragma once

#include "network.hpp"
#include "ui/plots/plot_widget.hpp"
#include "ui/session/run_snapshot.hpp"

#include <QTimer>

#include <memory>

namespace ui
{

class DataView : public PlotWidget
{
    Q_OBJECT
public:
    explicit DataView(QWidget* parent = nullptr);

    void clearRun();
    void setRunStart(const std::shared_ptr<const RunStart>& start);
    void setParameters(const Eigen::VectorXd& parameters);
    // Draw the model now instead of at the next throttle tick (tests, screenshots).
    void redrawModelNow();
    // Grid cells per side of the heat map.
    static constexpr int gridSize = 60;

protected:
    void fitToData() override;
    QString readoutAt(double key, double value) const override;

private:
    void drawModel();
    void plotData();

    QCPColorMap* heatMap_ = nullptr;
    QCPGraph* curve_ = nullptr;
    QCPGraph* trainClass0_ = nullptr;
    QCPGraph* trainClass1_ = nullptr;
    QCPGraph* valClass0_ = nullptr;
    QCPGraph* valClass1_ = nullptr;

    std::shared_ptr<const RunStart> start_;
    std::unique_ptr<core::Network> network_;
    Eigen::VectorXd parameters_;
    bool modelDirty_ = false;
    QCPRange xRange_, yRange_;
    QTimer throttle_;
};

} // namespace ui
