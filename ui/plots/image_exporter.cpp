#include "ui/plots/image_exporter.hpp"

#include "ui/plots/plot_widget.hpp"
#include "ui/session/failure_text.hpp"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QImageWriter>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ui
{

namespace
{

// The caption's font for a picture `width` logical pixels wide (a line of about 1/28 of it).
QFont captionFont(int width)
{
    QFont f;
    f.setPixelSize(std::max(9, int(std::clamp(width / 28, 22, 48) * 0.38)));
    return f;
}

constexpr int captionMargin = 8;

// Height of the caption strip for a given width (logical pixels): every line of the caption,
// wrapped at spaces rather than cut (a slide must show every word).
int captionHeight(const QString& caption, int width)
{
    if (caption.isEmpty())
        return 0;
    const QFontMetricsF fm(captionFont(width));
    const double textWidth = std::max(20, width - 2 * captionMargin);
    const QRectF r = fm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, caption);
    const int oneLine = std::clamp(width / 28, 22, 48);
    return std::max(oneLine, int(std::ceil(r.height() + fm.height() * 0.6)));
}

void drawCaption(QPainter& p, const QRectF& strip, const QString& caption)
{
    p.save();
    p.fillRect(strip, QColor(246, 246, 246));
    p.setPen(QColor(200, 200, 200));
    p.drawLine(strip.topLeft(), strip.topRight());
    p.setFont(captionFont(int(strip.width())));
    p.setPen(QColor(70, 70, 70));
    const QRectF text = strip.adjusted(captionMargin, 2, -captionMargin, -2);
    p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, caption);
    p.restore();
}

// Draws the content (plot or widget) into `target` (logical coordinates) with `painter`.
using DrawContent = std::function<void(QPainter&, const QRect& target)>;

QImage renderRaster(const DrawContent& draw, int width, int height, double scale,
                    const QString& caption)
{
    width = std::max(width, 16);
    height = std::max(height, 16);
    scale = std::clamp(scale, 0.25, 8.0);
    QImage image(QSize(int(std::lround(width * scale)), int(std::lround(height * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    const int cap = captionHeight(caption, width);
    draw(p, QRect(0, 0, width, height - cap));
    if (cap > 0)
        drawCaption(p, QRectF(0, height - cap, width, cap), caption);
    p.end();
    return image;
}

PlotWidget::ExportPanels panelsOf(QCustomPlot* plot)
{
    const auto* own = qobject_cast<const PlotWidget*>(plot);
    return own ? own->exportPanels() : PlotWidget::ExportPanels{};
}

// The legend fitted to the plot's part of the picture while it is drawn, then to the widget again.
class LegendFittedTo
{
public:
    LegendFittedTo(QCustomPlot* plot, QSize size) : plot_(qobject_cast<PlotWidget*>(plot))
    {
        if (plot_)
            plot_->fitLegendTo(size);
    }
    ~LegendFittedTo()
    {
        if (plot_) {
            plot_->fitLegendTo({});
            plot_->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    LegendFittedTo(const LegendFittedTo&) = delete;
    LegendFittedTo& operator=(const LegendFittedTo&) = delete;

private:
    PlotWidget* plot_;
};

QSize sizeOf(const std::unique_ptr<QWidget>& panel)
{
    return panel ? panel->size() : QSize();
}

// Draws `panel` into `target` (logical pixels) at `k` times its size: as vectors onto a vector
// painter, else through an image of `pixelScale` times as many pixels.
void drawPanel(QPainter& p, QWidget* panel, const QRect& target, double k, double pixelScale,
               bool vector)
{
    if (!panel || target.isEmpty())
        return;
    panel->resize(std::max(1, int(target.width() / k)), std::max(1, int(target.height() / k)));
    if (QLayout* layout = panel->layout())
        layout->activate();
    if (vector) {
        p.save();
        p.translate(target.topLeft());
        p.scale(k, k);
        panel->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
        return;
    }
    const double dpr = k * pixelScale;
    QImage shot((QSizeF(panel->size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    shot.setDevicePixelRatio(dpr);
    shot.fill(Qt::white);
    panel->render(&shot);
    p.drawImage(QRectF(target.topLeft(), QSizeF(panel->size()) * k), shot);
}

void drawPanels(QPainter& p, const PlotWidget::ExportPanels& panels, const ExportLayout& l,
                QPoint origin, double pixelScale, bool vector)
{
    drawPanel(p, panels.side.get(), l.side.translated(origin), l.panelScale, pixelScale, vector);
    drawPanel(p, panels.below.get(), l.below.translated(origin), l.panelScale, pixelScale, vector);
}

DrawContent plotContent(QCustomPlot* plot, double scale)
{
    return [plot, scale](QPainter& p, const QRect& target) {
        const PlotWidget::ExportPanels panels = panelsOf(plot);
        const ExportLayout l =
            ImageExporter::layoutOf(target.size(), sizeOf(panels.side), sizeOf(panels.below));
        const QRect at = l.plot.translated(target.topLeft());
        const LegendFittedTo fitted(plot, at.size());
        const QPixmap pm = plot->toPixmap(at.width(), at.height(), scale);
        p.drawPixmap(at, pm);
        drawPanels(p, panels, l, target.topLeft(), scale, false);
    };
}

DrawContent widgetContent(QWidget* widget, double scale)
{
    return [widget, scale](QPainter& p, const QRect& target) {
        QImage shot(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
        shot.setDevicePixelRatio(scale);
        shot.fill(Qt::white);
        widget->render(&shot);
        p.drawImage(target, shot);
    };
}

ExportResult failure(const QString& path, const QString& why)
{
    return {false, ImageExporter::tr("Could not write %1:\n%2")
                       .arg(QDir::toNativeSeparators(path), FailureText::ofWrite(path, why))};
}

// Vector output: `paint` draws onto a device of size width x height (points).
ExportResult writeVector(const ImageExportOptions& o, const QString& format,
                         const std::function<void(QPainter&, const QRect&)>& paint)
{
    QSaveFile file(o.path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(o.path, file.errorString());
    const int cap = captionHeight(o.caption, o.width);
    bool painted = false;
    if (format == QLatin1String("pdf")) {
        QPdfWriter pdf(&file);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(o.width, o.height), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("BatchLab"));
        pdf.setTitle(o.caption);
        QCPPainter p;
        if (p.begin(&pdf)) {
            paint(p, QRect(0, 0, o.width, o.height - cap));
            if (cap > 0)
                drawCaption(p, QRectF(0, o.height - cap, o.width, cap), o.caption);
            painted = p.end();
        }
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(o.width, o.height));
        svg.setViewBox(QRect(0, 0, o.width, o.height));
        svg.setTitle(QStringLiteral("BatchLab"));
        svg.setDescription(o.caption);
        QCPPainter p;
        if (p.begin(&svg)) {
            paint(p, QRect(0, 0, o.width, o.height - cap));
            if (cap > 0)
                drawCaption(p, QRectF(0, o.height - cap, o.width, cap), o.caption);
            painted = p.end();
        }
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        const QString why =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : ImageExporter::tr("the %1 could not be drawn").arg(format.toUpper());
        file.cancelWriting();
        return failure(o.path, why);
    }
    if (!file.commit())
        return failure(o.path, file.errorString());
    return {true, {}};
}

ExportResult writeRaster(const ImageExportOptions& o, const QString& format, const QImage& image)
{
    QSaveFile file(o.path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(o.path, file.errorString());
    QImageWriter writer(&file, format.toLatin1());
    if (format == QLatin1String("jpg"))
        writer.setQuality(o.quality);
    const QImage out =
        format == QLatin1String("png") ? image : image.convertToFormat(QImage::Format_RGB32);
    if (!writer.write(out)) {
        const QString why =
            file.error() != QFileDevice::NoError ? file.errorString() : writer.errorString();
        file.cancelWriting();
        return failure(o.path, why);
    }
    if (!file.commit())
        return failure(o.path, file.errorString());
    return {true, {}};
}

bool validOptions(const ImageExportOptions& o, const QString& format, ExportResult& error)
{
    if (!ImageExporter::formats().contains(format)) {
        error = failure(
            o.path, ImageExporter::tr("unknown image format '%1' (use PNG, JPG, BMP, PDF or SVG)")
                        .arg(format));
        return false;
    }
    if (o.width < 16 || o.height < 16 || o.width > 20000 || o.height > 20000 ||
        o.width * o.scale > 30000 || o.height * o.scale > 30000) {
        error =
            failure(o.path, ImageExporter::tr("the image size %1 × %2 (scale %3) is out of range")
                                .arg(o.width)
                                .arg(o.height)
                                .arg(o.scale));
        return false;
    }
    return true;
}

} // namespace

QString ImageExporter::formatOf(const ImageExportOptions& options)
{
    QString f = options.format.isEmpty() ? QFileInfo(options.path).suffix() : options.format;
    f = f.toLower();
    if (f == QLatin1String("jpeg"))
        f = QStringLiteral("jpg");
    return f;
}

ExportLayout ImageExporter::layoutOf(QSize content, QSize side, QSize below)
{
    ExportLayout l;
    const int w = content.width(), h = content.height();
    if (side.isEmpty() && below.isEmpty()) {
        l.plot = QRect(QPoint(0, 0), content);
        return l;
    }
    // The panels grow with the picture, so that a slide's matrix reads as well as the plot's
    // labels (a 1200 x 800 picture's by about a third), yet the one beside the plot takes at
    // most 40 % of the width and the one under it at most a quarter of the height.
    double k = std::clamp(h / 560.0, 1.0, 3.0);
    if (!side.isEmpty())
        k = std::min({k, 0.4 * w / side.width(),
                      0.95 * h / (side.height() + (below.isEmpty() ? 0 : below.height()))});
    if (!below.isEmpty())
        k = std::min(k, 0.25 * h / below.height());
    k = std::max(k, 0.05);
    l.panelScale = k;
    const int belowHeight = below.isEmpty() ? 0 : int(std::ceil(below.height() * k));
    const int sideWidth = side.isEmpty() ? 0 : int(std::ceil(side.width() * k));
    if (belowHeight > 0)
        l.below = QRect(0, h - belowHeight, w, belowHeight);
    if (sideWidth > 0)
        l.side = QRect(w - sideWidth, 0, sideWidth, h - belowHeight);
    l.plot = QRect(0, 0, w - sideWidth, h - belowHeight);
    return l;
}

ExportLayout ImageExporter::plotLayout(QCustomPlot* plot, int width, int height,
                                       const QString& caption)
{
    const PlotWidget::ExportPanels panels = panelsOf(plot);
    return layoutOf(QSize(width, height - captionHeight(caption, width)), sizeOf(panels.side),
                    sizeOf(panels.below));
}

QImage ImageExporter::renderPlot(QCustomPlot* plot, int width, int height, double scale,
                                 const QString& caption)
{
    return renderRaster(plotContent(plot, scale), width, height, scale, caption);
}

QImage ImageExporter::renderWidget(QWidget* widget, int width, int height, double scale,
                                   const QString& caption)
{
    return renderRaster(widgetContent(widget, scale), width, height, scale, caption);
}

ExportResult ImageExporter::exportPlot(QCustomPlot* plot, const ImageExportOptions& o)
{
    const QString format = formatOf(o);
    ExportResult error;
    if (!validOptions(o, format, error))
        return error;
    if (format == QLatin1String("pdf") || format == QLatin1String("svg"))
        return writeVector(o, format, [plot](QPainter& p, const QRect& target) {
            const PlotWidget::ExportPanels panels = panelsOf(plot);
            const ExportLayout l =
                layoutOf(target.size(), sizeOf(panels.side), sizeOf(panels.below));
            const LegendFittedTo fitted(plot, l.plot.size());
            // QCustomPlot draws itself as vectors onto a QCPPainter (writeVector makes one).
            auto& qcp = static_cast<QCPPainter&>(p);
            qcp.save();
            qcp.translate(target.topLeft());
            qcp.setMode(QCPPainter::pmVectorized);
            qcp.setMode(QCPPainter::pmNoCaching);
            plot->toPainter(&qcp, l.plot.width(), l.plot.height());
            qcp.restore();
            drawPanels(p, panels, l, target.topLeft(), 1.0, true);
        });
    return writeRaster(o, format, renderPlot(plot, o.width, o.height, o.scale, o.caption));
}

ExportResult ImageExporter::exportWidget(QWidget* widget, const ImageExportOptions& o)
{
    const QString format = formatOf(o);
    ExportResult error;
    if (!validOptions(o, format, error))
        return error;
    if (format == QLatin1String("pdf") || format == QLatin1String("svg"))
        return writeVector(o, format, [widget](QPainter& p, const QRect& target) {
            const QSize s = widget->size();
            const double k =
                std::min(target.width() / double(s.width()), target.height() / double(s.height()));
            p.save();
            p.translate(target.topLeft());
            p.scale(k, k);
            widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
            p.restore();
        });
    return writeRaster(o, format, renderWidget(widget, o.width, o.height, o.scale, o.caption));
}

} // namespace ui
