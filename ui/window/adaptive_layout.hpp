// How the main window uses the room it has, from a 1024 x 768 projector to a 4K screen. Whenever
// the window's size or font changes, or a dock opens or closes, it picks the first of these
// arrangements in which every visible plot keeps a data area of at least minDataArea() (the data
// view's confusion matrix beside it counting in, the plot keeping two thirds) and the
// per-epoch plot (where overfitting shows) gets no less room than the per-update plot:
//   0. the full controls panel, the three plots in a grid, the docks on the right;
//   1. the controls panel as a compact strip (batch size, epochs, playback; "All settings"
//      unfolds the rest), the grid, the docks on the right;
//   2. the strip, the loss per update and the loss per epoch side by side (they are the lesson),
//      the data view giving way first: a tab of its own behind them; the docks on the right;
//   3. as 2, the docks below the plots as tabs;
//   4. as 2, the docks closed (View menu brings them back);
//   5. the strip, every plot a tab (loss per epoch first), the docks on the right, narrower;
//   6. the strip, the tabs, the docks below the plots as tabs;
//   7. the strip, the tabs, the docks closed.
// Any plot can also be focused to fill the central area (double-click its card's title, View >
// Focus plot, Esc to return). The arrangement is measured, not guessed: each candidate is laid
// out and the plots' axis rectangles are read (fonts, languages and classroom scale included).
#pragma once

#include <QList>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QTimer>

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace ui
{

class ControlsPanel;
class PlotWidget;

class AdaptiveLayout : public QObject
{
    Q_OBJECT
public:
    struct Card {
        QWidget* card = nullptr; // the frame with the title, the options and the plot
        PlotWidget* plot = nullptr;
        QLabel* title = nullptr; // double-click focuses the plot
        QString tabName;
    };
    struct Parts {
        QMainWindow* window = nullptr;
        ControlsPanel* panel = nullptr;
        QScrollArea* panelScroll = nullptr;
        QSplitter* main = nullptr;          // the panel's scroll area beside `plotArea`
        QStackedWidget* plotArea = nullptr; // holds `grid` (the plot splitter), tabs are added
        QSplitter* grid = nullptr;          // per-update above `bottom`
        QSplitter* bottom = nullptr;        // per-epoch beside the data view
        Card perUpdate, perEpoch, data;
        QList<QDockWidget*> sideDocks;     // the exam view first, then Keras code, runs
        QDockWidget* lessonDock = nullptr; // beside the exam view
    };
    enum class Level {
        Full = 0,
        CompactPanel,
        Pair,
        PairDocksBelow,
        PairDocksClosed,
        PlotTabs,
        DocksBelow,
        DocksClosed
    };

    AdaptiveLayout(const Parts& parts, QMenu* viewMenu);

    // The smallest data area (axis rectangle) a visible plot may get.
    static QSize minDataArea() { return {360, 220}; }
    // The per-epoch plot's data area is at least this share of the per-update plot's.
    static constexpr double pairAreaShare = 0.85;
    Level level() const { return level_; }
    // Some plot is behind a tab (the data view from Level::Pair on, all from PlotTabs on).
    bool plotsInTabs() const { return level_ >= Level::Pair; }
    // Both loss plots are shown together (the grid, or side by side).
    bool pairShown() const { return level_ < Level::PlotTabs; }
    QTabWidget* tabs() const { return tabs_; }
    // The focused plot's card (nullptr: all plots are shown).
    QWidget* focusedCard() const { return focused_; }
    void focusPlot(QWidget* card);
    void unfocus() { focusPlot(nullptr); }
    // The classroom's presentation layout: only these plots ("loss_per_epoch",
    // "loss_per_update", "data"), large, with the docks beside them; empty: all plots.
    void setPresentation(const QStringList& plots);
    QStringList presentation() const { return presentation_; }
    // Picks the arrangement for the window's size now (otherwise done shortly after every resize).
    void adaptNow();

signals:
    void adapted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Cards { Grid, Pair, Tabs };
    void apply(Level level);
    void placeCards(Cards mode);
    void toGrid();
    void placeDocks(Level level);
    void settle();
    void balancePair();
    bool fits() const;
    double fontScale() const;

    Parts p_;
    QTabWidget* tabs_ = nullptr;
    QWidget* focused_ = nullptr;
    QStringList presentation_;
    Level level_ = Level::Full;
    Cards cards_ = Cards::Grid;
    bool adapting_ = false;
    QSize adaptedFor_;
    QTimer later_;
    QList<int> gridSizes_;
    QList<int> bottomSizes_;
    QList<QDockWidget*> closedByUs_;
    QList<QDockWidget*> openedByUser_; // after we closed it: not closed again by us
};

} // namespace ui
