#include "ui/window/export_actions.hpp"

#include "ui/plots/csv_exporter.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/export_dialog.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/run_description.hpp"
#include "ui/session/session.hpp"
#include "ui/teaching/worksheet.hpp"
#include "ui/window/main_window.hpp"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>

// The words stay in the window's context (MainWindow::tr), where the translations have them.

namespace ui
{

ExportActions::ExportActions(const WindowParts& parts, const Plots& plots, QObject* parent)
    : QObject(parent), parts_(parts), plots_(plots)
{
    exportDir_ = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (exportDir_.isEmpty())
        exportDir_ = QDir::homePath();
}

void ExportActions::addTo(QMenu* file)
{
    QWidget* window = parts_.window;
    file->addAction(MainWindow::tr("Export loss per &update image..."), this,
                    [this] { askExportPlot(plots_.perUpdate); });
    file->addAction(MainWindow::tr("Export loss per &epoch image..."), this,
                    [this] { askExportPlot(plots_.perEpoch); });
    file->addAction(MainWindow::tr("Export &data view image..."), this,
                    [this] { askExportPlot(plots_.data); });
    file->addAction(MainWindow::tr("Export &window image..."), this,
                    &ExportActions::askExportWindow);
    file->addAction(MainWindow::tr("Export wor&ksheet..."), this,
                    [window] { Worksheet::exportInteractively(window); });
    file->addAction(MainWindow::tr("Export worksheet of &these runs..."), this, [this, window] {
        Worksheet::exportRunsInteractively(*parts_.session->store(), window);
    });
    file->addSeparator();
    file->addAction(MainWindow::tr("Export per-update history as &CSV..."), this,
                    [this] { askExportCsv(false); });
    file->addAction(MainWindow::tr("Export per-epoch history as C&SV..."), this,
                    [this] { askExportCsv(true); });
    file->addSeparator();
    file->addAction(MainWindow::tr("Copy window &image"), QKeySequence::Copy, this,
                    [this, window] { copyImage(window); });
}

void ExportActions::connectPlot(PlotWidget* plot)
{
    connect(plot, &PlotWidget::exportImageRequested, this, [this, plot] { askExportPlot(plot); });
    connect(plot, &PlotWidget::copyImageRequested, this, [this, plot] { copyImage(plot); });
    connect(plot, &PlotWidget::exportCsvRequested, this,
            [this, plot] { askExportCsv(plot == plots_.perEpoch); });
}

QString ExportActions::caption() const
{
    const TrainingController* controller = parts_.controller;
    const RunProgress& p = controller->progress();
    return MainWindow::tr("BatchLab · %1 · after %2 epochs (%3 updates)")
        .arg(RunDescription::caption(controller->spec()))
        .arg(p.epochsDone)
        .arg(p.updatesDone);
}

QString ExportActions::suggestedPath(const QString& stem, const QString& suffix) const
{
    return QDir(exportDir_).filePath(QStringLiteral("batchlab-%1.%2").arg(stem, suffix));
}

void ExportActions::report(const ExportResult& r)
{
    if (!r.ok && parts_.report)
        parts_.report(MainWindow::tr("Export failed"), r.error);
}

ExportResult ExportActions::exportPlotImage(PlotWidget* plot, const ImageExportOptions& options)
{
    const ExportResult r = ImageExporter::exportPlot(plot, options);
    report(r);
    return r;
}

ExportResult ExportActions::exportWindowImage(const ImageExportOptions& options)
{
    const ExportResult r = ImageExporter::exportWidget(parts_.window, options);
    report(r);
    return r;
}

ExportResult ExportActions::exportUpdatesCsv(const QString& path)
{
    const Session* session = parts_.session;
    const RunEntry* e = session->store()->entry(session->selectedRun());
    const ExportResult r =
        CsvExporter::writeUpdates(path, e ? e->data.updates : std::vector<UpdatePoint>{});
    report(r);
    return r;
}

ExportResult ExportActions::exportEpochsCsv(const QString& path)
{
    const Session* session = parts_.session;
    const RunEntry* e = session->store()->entry(session->selectedRun());
    const ExportResult r = e ? CsvExporter::writeEpochs(path, e->data.epochs, e->reading())
                             : CsvExporter::writeEpochs(path, {}, core::RunReading{});
    report(r);
    return r;
}

void ExportActions::askExportPlot(PlotWidget* plot)
{
    const QString stem = plot == plots_.perUpdate  ? QStringLiteral("loss-per-update")
                         : plot == plots_.perEpoch ? QStringLiteral("loss-per-epoch")
                                                   : QStringLiteral("data");
    ExportDialog dialog(plot->title(), suggestedPath(stem, QStringLiteral("png")), QSize(1200, 700),
                        caption(), parts_.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImageExportOptions o = dialog.options();
    exportDir_ = QFileInfo(o.path).absolutePath();
    exportPlotImage(plot, o);
}

void ExportActions::askExportWindow()
{
    ExportDialog dialog(MainWindow::tr("window"),
                        suggestedPath(QStringLiteral("window"), QStringLiteral("png")),
                        parts_.window->size(), caption(), parts_.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImageExportOptions o = dialog.options();
    exportDir_ = QFileInfo(o.path).absolutePath();
    exportWindowImage(o);
}

void ExportActions::askExportCsv(bool perEpoch)
{
    const QString path = QFileDialog::getSaveFileName(
        parts_.window,
        perEpoch ? MainWindow::tr("Export per-epoch history")
                 : MainWindow::tr("Export per-update history"),
        suggestedPath(perEpoch ? QStringLiteral("epochs") : QStringLiteral("updates"),
                      QStringLiteral("csv")),
        MainWindow::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportDir_ = QFileInfo(path).absolutePath();
    if (perEpoch)
        exportEpochsCsv(path);
    else
        exportUpdatesCsv(path);
}

void ExportActions::copyImage(QWidget* what)
{
    const auto* plot = qobject_cast<QCustomPlot*>(what);
    const QImage image =
        plot
            ? ImageExporter::renderPlot(const_cast<QCustomPlot*>(plot), what->width(),
                                        what->height() + 30, 2.0, caption())
            : ImageExporter::renderWidget(what, what->width(), what->height() + 30, 1.0, caption());
    QGuiApplication::clipboard()->setImage(image);
    if (parts_.note)
        parts_.note(MainWindow::tr("Image copied to the clipboard"), 3000);
}

} // namespace ui
