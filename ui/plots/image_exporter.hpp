// Writes images of a plot or of a whole widget: PNG, JPG, BMP (raster, with a scale for
// slides and print), PDF and SVG (vector for plots), with an optional caption strip at the
// bottom that says which settings produced the image. A plot's export panels
// (PlotWidget::exportPanels: the data view's confusion matrix and the pictures still wrong) go
// beside and under it, drawn with QWidget::render. Files are written atomically with
// QSaveFile: on any failure nothing (not even a partial file) is left behind.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QCustomPlot;
class QWidget;

namespace ui
{

struct ImageExportOptions {
    QString path;
    QString format;   // "png", "jpg", "bmp", "pdf" or "svg"; empty: from the file suffix
    int width = 1200; // total size in logical pixels (points for PDF), caption included
    int height = 800;
    double scale = 1.0; // raster formats: pixels per logical pixel
    QString caption;    // empty: no caption strip
    int quality = 95;   // JPG
};

// Where the parts of an exported plot go, in logical pixels of its content (the image without
// its caption strip): the plot, the panel beside it, the panel under both, and how many times
// their own size the panels are drawn.
struct ExportLayout {
    QRect plot;
    QRect side;
    QRect below;
    double panelScale = 1.0;
};

struct ExportResult {
    bool ok = false;
    QString error; // for people, when !ok
};

class ImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)
public:
    static QStringList formats() { return {"png", "jpg", "bmp", "pdf", "svg"}; }
    static QString formatOf(const ImageExportOptions& options);

    // A raster image of `plot` (or `widget`) with the caption (size * scale pixels).
    static QImage renderPlot(QCustomPlot* plot, int width, int height, double scale,
                             const QString& caption);
    static QImage renderWidget(QWidget* widget, int width, int height, double scale,
                               const QString& caption);

    static ExportResult exportPlot(QCustomPlot* plot, const ImageExportOptions& options);

    // The layout of content of `content` logical pixels with panels of these sizes (empty: no
    // panel).
    static ExportLayout layoutOf(QSize content, QSize side, QSize below);
    // The layout of `plot`'s image of width x height with `caption`, with its own panels.
    static ExportLayout plotLayout(QCustomPlot* plot, int width, int height,
                                   const QString& caption);
    static ExportResult exportWidget(QWidget* widget, const ImageExportOptions& options);
};

} // namespace ui
