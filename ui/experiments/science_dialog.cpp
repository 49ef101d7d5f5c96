#include "ui/experiments/science_dialog.hpp"
#include "ui/session/failure_text.hpp"

#include "ui/experiments/science_csv.hpp"
#include "ui/experiments/science_plot.hpp"
#include "ui/plots/export_dialog.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/session/sweep_job.hpp"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ui
{

QString ScienceDialog::experimentName(core::Experiment e)
{
    switch (e) {
    case core::Experiment::CriticalBatch:
        return tr("Critical batch size (Shallue, McCandlish 2018)");
    case core::Experiment::NoiseScale:
        return tr("Gradient noise scale during training (McCandlish 2018)");
    case core::Experiment::LinearScaling:
        return tr("Linear scaling with warm-up (Goyal 2017)");
    case core::Experiment::IncreaseBatch:
        return tr("Increase the batch instead of decaying the learning rate (Smith 2017)");
    }
    return {};
}

ScienceDialog::ScienceDialog(RunStore* store, std::function<bool()> windowTrains, QWidget* parent)
    : QDialog(parent), windowTrains_(std::move(windowTrains)), job_(new SweepJob(store, this))
{
    setWindowTitle(tr("Batch-size science"));
    setObjectName(QStringLiteral("scienceDialog"));
    experiment_ = new QComboBox;
    experiment_->setObjectName(QStringLiteral("scienceExperiment"));
    for (core::Experiment e : core::allExperiments)
        experiment_->addItem(experimentName(e), int(e));
    seeds_ = new QSpinBox;
    seeds_->setRange(1, 10);
    seeds_->setValue(core::defaultExperiment(core::Experiment::CriticalBatch).seeds);
    seeds_->setToolTip(tr("Each setting is trained with seeds 1..K (initial weights and "
                          "shuffling); the plots show the mean"));
    start_ = new QPushButton(tr("&Start"));
    start_->setObjectName(QStringLiteral("scienceStart"));
    cancel_ = new QPushButton(tr("&Cancel"));
    cancel_->setObjectName(QStringLiteral("scienceCancel"));
    cancel_->setEnabled(false);
    export_ = new QPushButton(tr("&Export image..."));
    export_->setObjectName(QStringLiteral("scienceExport"));
    export_->setToolTip(tr("Save the plot shown as PNG, JPG, BMP, PDF or SVG"));
    exportCsv_ = new QPushButton(tr("Export C&SV..."));
    exportCsv_->setObjectName(QStringLiteral("scienceExportCsv"));
    exportCsv_->setToolTip(tr("Save the results as CSV files in a folder: one row per run, one "
                              "per epoch, and the fitted numbers"));
    exportCsv_->setEnabled(false);
    exportDir_ = QDir::homePath();
    progress_ = new QProgressBar;
    status_ = new QLabel(tr("On the digits: 1,297 practice pictures, 500 for validation. "
                            "See docs/SCIENCE.md for what each experiment shows."));
    status_->setWordWrap(true);
    tabs_ = new QTabWidget;

    auto* form = new QFormLayout;
    form->addRow(tr("Experiment:"), experiment_);
    form->addRow(tr("Seeds:"), seeds_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(cancel_);
    buttons->addWidget(progress_, 1);
    buttons->addWidget(export_);
    buttons->addWidget(exportCsv_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);
    resize(1000, 700);

    timer_ = new QTimer(this);
    timer_->setInterval(500);
    // The plots are drawn again at most every 500 ms while runs end (each drawing reads every
    // result so far: 11 ms with 30 critical-batch results, and small runs end many per second),
    // and once at the end; docs/PERFORMANCE.md.
    connect(timer_, &QTimer::timeout, this, [this] {
        updateStatus();
        if (redrawPending_)
            redraw();
    });
    connect(start_, &QPushButton::clicked, this, &ScienceDialog::start);
    connect(cancel_, &QPushButton::clicked, job_, &SweepJob::cancel);
    connect(export_, &QPushButton::clicked, this, [this] { askExport(); });
    connect(exportCsv_, &QPushButton::clicked, this, &ScienceDialog::askExportCsv);
    connect(experiment_, &QComboBox::currentIndexChanged, this, [this] {
        if (!job_->running())
            showPlots(experiment());
    });
    connect(job_, &SweepJob::runFinished, this, [this] {
        updateStatus();
        redrawPending_ = true;
    });
    connect(job_, &SweepJob::finished, this, [this] {
        timer_->stop();
        start_->setEnabled(true);
        cancel_->setEnabled(false);
        experiment_->setEnabled(true);
        exportCsv_->setEnabled(job_->runsDone() > 0);
        redraw();
        updateStatus();
    });
    showPlots(experiment());
}

ScienceDialog::~ScienceDialog() = default;

core::Experiment ScienceDialog::experiment() const
{
    return core::Experiment(experiment_->currentData().toInt());
}

void ScienceDialog::setExperiment(core::Experiment e)
{
    experiment_->setCurrentIndex(experiment_->findData(int(e)));
}

void ScienceDialog::showPlots(core::Experiment e)
{
    tabs_->clear();
    for (SciencePlot* p : plots_)
        p->deleteLater();
    plots_.clear();
    for (SciencePlot::Kind kind : SciencePlot::kindsOf(e)) {
        auto* plot = new SciencePlot(kind);
        connect(plot, &PlotWidget::exportImageRequested, this, [this, plot] { askExport(plot); });
        plots_.push_back(plot);
        tabs_->addTab(plot, plot->title());
    }
}

bool ScienceDialog::start()
{
    core::ExperimentSpec spec = core::defaultExperiment(experiment());
    spec.seeds = seeds_->value();
    std::vector<core::SweepRun> plan;
    QString error;
    try {
        plan = core::planExperiment(spec);
    } catch (const std::exception& e) {
        error = FailureText::of(e);
    }
    // On failure `error` says why (a bad plan, too many runs).
    const bool started =
        error.isEmpty() &&
        job_->startPlan(std::move(plan), SweepJob::defaultJobs(windowTrains_ && windowTrains_()),
                        &error, true);
    if (!started && error.isEmpty())
        error = tr("nothing to train");
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Batch-size science"),
                             tr("The experiment cannot start: %1").arg(error));
        return false;
    }
    running_ = spec.kind;
    showPlots(running_);
    start_->setEnabled(false);
    cancel_->setEnabled(true);
    experiment_->setEnabled(false);
    exportCsv_->setEnabled(false);
    progress_->setRange(0, job_->runsPlanned());
    progress_->setValue(0);
    timer_->start();
    updateStatus();
    return true;
}

void ScienceDialog::redraw()
{
    redrawPending_ = false;
    if (running_ == core::Experiment::CriticalBatch && !job_->results().empty()) {
        const core::CriticalBatchReading r = core::readCriticalBatch(job_->plan(), job_->results());
        if (r.fit.ok)
            bCrit_ = r.fit.bCrit;
    }
    for (SciencePlot* p : plots_)
        p->setResults(running_, job_->plan(), job_->results(), bCrit_);
}

QString ScienceDialog::statusText() const
{
    const int done = job_->runsDone(), planned = job_->runsPlanned();
    if (job_->running()) {
        const double left = job_->secondsLeft();
        return std::isfinite(left) ? tr("%1 of %2 runs done · about %3 s left")
                                         .arg(done)
                                         .arg(planned)
                                         .arg(std::lround(left))
                                   : tr("%1 of %2 runs done").arg(done).arg(planned);
    }
    if (job_->wasCancelled())
        return tr("Cancelled after %1 of %2 runs.").arg(done).arg(planned);
    QString text = tr("%1 runs done in %2 s; they are in the Runs dock.")
                       .arg(done)
                       .arg(job_->secondsElapsed(), 0, 'f', 1);
    if (running_ == core::Experiment::CriticalBatch && bCrit_)
        text += QLatin1Char(' ') + tr("Critical batch size B_crit ≈ %1.").arg(*bCrit_, 0, 'g', 3);
    return text;
}

SciencePlot* ScienceDialog::currentPlot() const
{
    return qobject_cast<SciencePlot*>(tabs_->currentWidget());
}

QString ScienceDialog::caption() const
{
    // The experiment drawn (the one started, else the one chosen) and its seeds.
    const bool started = job_->runsPlanned() > 0;
    int seeds = seeds_->value();
    if (started) {
        seeds = 1;
        for (const core::SweepRun& r : job_->plan())
            seeds = std::max(seeds, r.seed);
    }
    return tr("%1 · digits: 1,297 practice pictures, 500 for validation · seeds 1 to %2")
        .arg(experimentName(started ? running_ : experiment()))
        .arg(seeds);
}

bool ScienceDialog::askExport(SciencePlot* plot)
{
    if (!plot)
        plot = currentPlot();
    if (!plot)
        return false;
    const core::Experiment e = job_->runsPlanned() > 0 ? running_ : experiment();
    const QString stem = SciencePlot::stemOf(e, plot->kind());
    ExportDialog dialog(plot->title(),
                        QDir(exportDir_).filePath(QStringLiteral("batchlab-%1.png").arg(stem)),
                        QSize(1200, 700), caption(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ImageExportOptions o = dialog.options();
    exportDir_ = QFileInfo(o.path).absolutePath();
    const ExportResult r = ImageExporter::exportPlot(plot, o);
    if (!r.ok)
        QMessageBox::warning(this, tr("Export failed"), r.error);
    return r.ok;
}

bool ScienceDialog::exportCsv(const QString& dir)
{
    if (job_->results().empty())
        return false;
    exportDir_ = dir;
    const ExportResult r = writeExperimentCsv(dir, running_, job_->plan(), job_->results());
    if (!r.ok)
        QMessageBox::warning(this, tr("Export failed"), r.error);
    return r.ok;
}

bool ScienceDialog::askExportCsv()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for %1").arg(experimentCsvNames(running_).join(QStringLiteral(", "))),
        exportDir_);
    return !dir.isEmpty() && exportCsv(dir);
}

void ScienceDialog::updateStatus()
{
    progress_->setValue(job_->runsDone());
    if (job_->runsPlanned() > 0)
        status_->setText(statusText());
}

} // namespace ui
