// The window's three plot cards: a title with Reset view and Export... buttons, the plot's
// options on a row of their own (the x axis, log axes, smoothing, accuracy) and the plot; the
// data card also holds the data view's own panels (axes of wide data, confusion matrix, pictures
// still answered wrongly). MainWindow places the cards in its splitters.
#pragma once

#include "ui/plots/run_axis.hpp"
#include "ui/window/adaptive_layout.hpp"

#include <QObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QWidget;

namespace ui
{

class DataView;
class LossPerEpochPlot;
class LossPerUpdatePlot;
class PlotWidget;

class PlotCards : public QObject
{
    Q_OBJECT
public:
    PlotCards(LossPerUpdatePlot* perUpdate, LossPerEpochPlot* perEpoch, DataView* data,
              QObject* parent = nullptr);

    // Each card once, in the order the window lays them out (the focus chain follows it).
    QWidget* buildPerUpdateCard();
    QWidget* buildPerEpochCard();
    QWidget* buildDataCard();

    // A built card as AdaptiveLayout sees it (its plot, frame and title), named `tab` as a tab.
    static AdaptiveLayout::Card layoutCard(PlotWidget* plot, const QString& tab);

    // The x axes of the two loss plots (a lesson step's axis, a clean picture).
    void setAxes(UpdateAxis perUpdate, UpdateAxis perEpoch);

    // The plots' options, as the window's settings keep them.
    struct Options {
        int updateAxis = int(UpdateAxis::Update);
        int epochAxis = int(UpdateAxis::Epoch);
        bool updateLogY = false;
        int smoothing = 60; // percent
        bool epochLogY = false;
        bool accuracy = true;
    };
    Options options() const;
    void setOptions(const Options& o);

signals:
    // A card's Export... button.
    void exportRequested(PlotWidget* plot);

private:
    QWidget* card(const QString& title, PlotWidget* plot, QWidget* options);

    LossPerUpdatePlot* perUpdate_;
    LossPerEpochPlot* perEpoch_;
    DataView* dataView_;
    QComboBox* xAxisCombo_ = nullptr;
    QComboBox* epochAxisCombo_ = nullptr;
    QCheckBox* updateLogY_ = nullptr;
    QSlider* smoothingSlider_ = nullptr;
    QLabel* smoothingLabel_ = nullptr;
    QCheckBox* epochLogY_ = nullptr;
    QCheckBox* accuracyCheck_ = nullptr;
};

} // namespace ui
