// The common behaviour of BatchLab's plots: zoom and pan with the mouse, a legend, a hover
// read-out of the values under the cursor, "reset view" (double-click), a context menu with
// export actions, and following the data until the user zooms or pans.
#pragma once

#include "ui/session/run_store.hpp"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QTimer>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace ui
{

class PlotWidget : public QCustomPlot
{
    Q_OBJECT
public:
    explicit PlotWidget(QWidget* parent = nullptr);

    // A logarithmic loss axis (y), or a linear one; the view follows the data again.
    void setLogY(bool on);
    bool logY() const { return logY_; }
    // A logarithmic x axis (updates, questions or seconds spanning decades: B = 1's 9,000
    // updates beside B = 30's 300), or a linear one; the view follows the data again.
    void setLogX(bool on);
    bool logX() const { return logX_; }
    // Whether the x axis counts (epochs, weight updates, questions solved): then a linear x
    // axis ticks at whole numbers only (ui/plots/whole_number_ticker.hpp); a log one keeps its
    // log ticker.
    void setCountingX(bool on);
    bool countingX() const { return countingX_; }
    // Follow the data again and fit the axes to it.
    void resetView();
    bool followsData() const { return follow_; }
    // Refit the axes when following the data, then replot on the next event loop turn.
    void refresh();
    // Refreshes closer together than this are merged into one (0: every refresh replots).
    void setMinRefreshInterval(int ms) { minRefreshMs_ = ms; }
    // How many replots were done (for the responsiveness benchmark).
    quint64 replotCount() const { return replots_; }
    // A short title used for export file names and captions.
    QString title() const { return title_; }
    void setTitle(const QString& title) { title_ = title; }
    // The classroom look (ui/classroom.hpp): tick labels, axis labels, legend and texts at
    // `fontScale` times their normal size; high contrast: black axes, a darker grid and curves
    // drawn thicker. (1, false) is the normal look.
    void setClassroomLook(double fontScale, bool highContrast);
    double fontScale() const { return fontScale_; }
    bool highContrast() const { return highContrast_; }

    // Overlay the shown runs of `store` that are not live (the live one is what a plot draws from
    // its snapshots): rebuildOverlays() whenever a run is added, removed, changes its look, or a
    // run that is not live gets new data (the live entry changes 40 times a second).
    void setStore(const RunStore* store);
    // Whether a rectangle (pixels) covers a plotted point or a curve between two points of a
    // visible graph.
    bool coversData(const QRectF& pixels) const;
    // The rectangles (pixels) of the visible labels inside the plot (the hover read-out aside).
    QList<QRectF> labelRects() const;
    // The words of mark labels that found no free place inside the plot (written below it).
    QString footerText() const;

    // What an exported image of the plot shows beside and under it (ui/plots/image_exporter.hpp
    // places them and draws them with QWidget::render): widgets made for that one image, at
    // their size hint. None by default; the data view's confusion matrix and wrong pictures.
    struct ExportPanels {
        std::unique_ptr<QWidget> side;  // right of the plot
        std::unique_ptr<QWidget> below; // under the plot and the side panel, the whole width
    };
    virtual ExportPanels exportPanels() const { return {}; }
    // Fits the legend (its columns and font) to a picture of `size` rather than to the widget
    // (an export of another size, ui/plots/image_exporter.cpp); an empty size: to the widget
    // again.
    void fitLegendTo(QSize size);

signals:
    void exportImageRequested();
    void copyImageRequested();
    void exportCsvRequested();

protected:
    // Fit the axes to the data (called while following).
    virtual void fitToData();
    // The read-out for plot coordinates (key, value); default: every named graph at `key`.
    virtual QString readoutAt(double key, double value) const;
    // Redraws the overlaid runs of the store (default: none).
    virtual void rebuildOverlays() {}
    const RunStore* store_ = nullptr;
    bool logY_ = false;
    bool logX_ = false;
    bool countingX_ = false;
    // Sets the x range to [lower, upper] as fitted for a linear axis; on a log axis the lower
    // end is the smallest positive key of `graphs` (a zero or negative key has no place there).
    void setFittedX(double lower, double upper, const std::vector<QCPGraph*>& graphs);
    // Called before every replot, once the axes have their ranges: place the labels of marks
    // (default: nothing to place).
    virtual void placeLabels() {}
    // Puts `text` at x = `key` and the first of `heights` (axis-rect ratios) where it lies inside
    // the axis rectangle, clear of every curve and of the `taken` rectangles; returns its
    // rectangle (pixels). Where no height is free, the label is hidden and its words are written
    // below the plot (footerText()); returns an empty rectangle.
    QRectF placeClear(QCPItemText* text, double key, const std::vector<double>& heights,
                      const std::vector<QRectF>& taken);
    static QRectF textRect(QCPItemText* text);
    // A kept run's name at the end of its curve `graph` (ui/plots/series_style.hpp): a label in
    // the run's colour, placed by placeEndLabel().
    QCPItemText* addEndLabel(const QString& name, const QColor& colour);
    // The live run's label when kept runs are drawn beside it (its legend entries then name it
    // too: every legend and export names every run); empty otherwise.
    QString liveLabelAmongOthers() const;
    // Puts `label` just left of the last point of `graph`, at the nearest height where it covers
    // no curve and none of `taken` (then adds its rectangle there); hidden where nothing is free
    // (the legend still names the run).
    void placeEndLabel(QCPItemText* label, const QCPGraph* graph, std::vector<QRectF>& taken);
    // Whether the context menu offers "Export data as CSV...".
    virtual bool hasCsv() const { return false; }
    // How many times thicker than normal curves are drawn (subclasses multiply the widths they
    // set; 0-width cosmetic pens stay as they are).
    double penScale() const { return penScale_; }
    // Nearest finite value of `g` at `key` (NaN when the graph has no point near it).
    static double valueNear(const QCPGraph* g, double key, double* foundKey = nullptr);
    // g->getValueRange(found, domain), scanning only the points appended since the last call
    // (graphs of tens of thousands of epochs are fitted up to 40 times a second).
    QCPRange valueRangeOf(const QCPGraph* g, QCP::SignDomain domain, bool& found) const;

    void contextMenuEvent(QContextMenuEvent* event) override;
    // The wheel zooms the x axis; with Ctrl held, the y axis (zooming both at once loses every
    // curve in a few turns).
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct RangeCache {
        int count = 0;
        double firstKey = 0.0, lastKey = 0.0, firstValue = 0.0, lastValue = 0.0;
        bool found = false;
        QCPRange range;
    };
    mutable std::map<std::pair<const QCPGraph*, int>, RangeCache> rangeCache_;
    mutable int rangeCacheGraphs_ = -1;
    void onMouseMove(QMouseEvent* event);
    void styleAxes();
    void fitLegend();
    void parkEmptyLegend();
    void wrapLegend();
    void showFooter();
    // As many ticks as the axis' length has room for with its tick label font (small windows and
    // classroom fonts must never crowd their labels).
    void fitTickCounts();
    QSize legendRoom() const { return exportSize_.isEmpty() ? size() : exportSize_; }
    QSize exportSize_;
    QCPTextElement* footer_ = nullptr;
    QStringList footerLines_;
    static constexpr double legendPointSize = 9.5; // and of the axis labels

    bool follow_ = true;
    bool legendWasVisible_ = true;
    int minRefreshMs_ = 0;
    QElapsedTimer sinceRefresh_;
    QTimer refreshLater_;
    quint64 replots_ = 0;
    QString title_;
    QCPItemText* readout_ = nullptr;
    double fontScale_ = 1.0;
    double penScale_ = 1.0;
    bool highContrast_ = false;
};

} // namespace ui
