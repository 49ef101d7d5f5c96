// What the window writes out: a plot or the whole window as an image, the selected run's
// histories as CSV, an image on the clipboard, and File's Export entries that ask for them
// (worksheets too). Remembers the folder last written to (kept with the window's settings).
// Errors go to the window's error sink and are returned.
#pragma once

#include "ui/controls/window_parts.hpp"
#include "ui/plots/image_exporter.hpp"

#include <QObject>

class QMenu;
class QWidget;

namespace ui
{

class DataView;
class LossPerEpochPlot;
class LossPerUpdatePlot;
class PlotWidget;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    struct Plots {
        LossPerUpdatePlot* perUpdate = nullptr;
        LossPerEpochPlot* perEpoch = nullptr;
        DataView* data = nullptr;
    };
    ExportActions(const WindowParts& parts, const Plots& plots, QObject* parent = nullptr);

    ExportResult exportPlotImage(PlotWidget* plot, const ImageExportOptions& options);
    ExportResult exportWindowImage(const ImageExportOptions& options);
    ExportResult exportUpdatesCsv(const QString& path);
    ExportResult exportEpochsCsv(const QString& path);
    // The settings of the current run as one line (for captions).
    QString caption() const;

    // The dialogs that ask where (and how large) before writing.
    void askExportPlot(PlotWidget* plot);
    void askExportWindow();
    void askExportCsv(bool perEpoch);
    void copyImage(QWidget* what);
    // A plot's context menu: export its image or CSV, copy its image.
    void connectPlot(PlotWidget* plot);
    // File's Export entries and Copy window image.
    void addTo(QMenu* file);

    QString exportDir() const { return exportDir_; }
    void setExportDir(const QString& dir) { exportDir_ = dir; }

private:
    void report(const ExportResult& r);
    QString suggestedPath(const QString& stem, const QString& suffix) const;

    WindowParts parts_;
    Plots plots_;
    QString exportDir_;
};

} // namespace ui
