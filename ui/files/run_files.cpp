#include "ui/files/run_files.hpp"

#include "comparison.hpp"
#include "limits.hpp"
#include "ui/session/session.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/files/csv_import_dialog.hpp"
#include "ui/plots/csv_exporter.hpp"
#include "ui/session/failure_text.hpp"
#include "ui/session/training_controller.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace ui
{

namespace
{

std::string fileName(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

bool sameRows(const core::SharedData& a, const core::SharedData& b)
{
    if (a.sameObject(b)) // copies of one spec (or both none)
        return true;
    if (a.has_value() != b.has_value())
        return false;
    const auto same = [](const core::Dataset& x, const core::Dataset& y) {
        return x.task == y.task && x.x.rows() == y.x.rows() && x.x.cols() == y.x.cols() &&
               x.x == y.x && x.y == y.y;
    };
    return same(a->train, b->train) && same(a->val, b->val);
}

// Whether `spec` trains exactly what `record` recorded.
bool retrains(const core::RunSpec& spec, const core::RunRecord& record)
{
    return spec.settings == record.spec.settings && sameRows(spec.data, record.spec.data) &&
           spec.initialParameters && record.spec.initialParameters &&
           core::sameParameters(*spec.initialParameters, *record.spec.initialParameters);
}

} // namespace

RunFiles::RunFiles(const WindowParts& parts)
    : QObject(parts.window), parts_(parts), window_(parts.window)
{
    openData_ = new QAction(tr("Open &data (CSV)..."), this);
    openData_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openData_->setToolTip(tr("Train on your own questions: a CSV file of numbers, one row per "
                             "question, one column with the answers"));
    connect(openData_, &QAction::triggered, this, &RunFiles::askOpenData);
    generatedData_ = new QAction(tr("Use &generated data"), this);
    connect(generatedData_, &QAction::triggered, this, &RunFiles::useGeneratedData);
    openRun_ = new QAction(tr("&Open run..."), this);
    openRun_->setShortcut(QKeySequence::Open);
    openRun_->setToolTip(tr("Show a saved run (a run record) as it was, without training it"));
    connect(openRun_, &QAction::triggered, this, &RunFiles::askOpenRun);
    saveRun_ = new QAction(tr("&Save run..."), this);
    saveRun_->setShortcut(QKeySequence::Save);
    saveRun_->setToolTip(tr("Save everything needed to reopen and replay this run exactly: "
                            "settings, data, initial and final weights, history"));
    connect(saveRun_, &QAction::triggered, this, &RunFiles::askSaveRun);
    openComparison_ = new QAction(tr("Open &comparison..."), this);
    openComparison_->setToolTip(tr("Add the runs of a saved comparison to the Runs dock, "
                                   "overlaid as they were saved"));
    connect(openComparison_, &QAction::triggered, this, &RunFiles::askOpenComparison);
    saveComparison_ = new QAction(tr("Save co&mparison..."), this);
    saveComparison_->setToolTip(tr("Save the kept runs (or, when none is kept, the runs shown) "
                                   "in one file: each one replays exactly"));
    connect(saveComparison_, &QAction::triggered, this, &RunFiles::askSaveComparison);
    for (QAction* a : {openData_, openRun_, saveRun_})
        window_->addAction(a);

    TrainingController* c = parts_.controller;
    connect(c, &TrainingController::runStarted, this, &RunFiles::onRunStarted);
    connect(c, &TrainingController::progressChanged, this, &RunFiles::onProgress);
    connect(parts_.panel, &ControlsPanel::generatedDataRequested, this,
            &RunFiles::useGeneratedData);
    folder_ = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder_.isEmpty())
        folder_ = QDir::homePath();
}

void RunFiles::fail(const QString& title, const QString& text)
{
    if (parts_.report)
        parts_.report(title, text);
}

bool RunFiles::openData(const QString& path, const core::CsvImportOptions& options,
                        std::optional<double> validationSplit, bool sortedSaid)
{
    ControlsPanel* panel = parts_.panel;
    core::RunSpec spec = panel->spec();
    core::RunSettings& s = spec.settings;
    QString sorted;
    try {
        core::CsvImport in = core::importCsvFile(fileName(path), options);
        core::checkRowsFit(in.data.rows(), 1, validationSplit);
        if (validationSplit && !sortedSaid)
            sorted = FailureText::ofSortedAnswers(in.data, *validationSplit);
        s.validation =
            validationSplit ? core::ValidationMode::Split : core::ValidationMode::SeparateSet;
        if (validationSplit)
            s.validationSplit = *validationSplit;
        else
            s.data.nVal = 0;
        core::DataSplit rows;
        rows.train = std::move(in.data);
        rows.val = rows.train.slice(0, 0);
        spec.data = std::move(rows);
        spec.dataSource = QFileInfo(path).fileName().toStdString();
        s.train.batchSize = std::min(s.train.batchSize, std::max(1, spec.trainingRows()));
        spec.validate();
    } catch (const std::exception& e) {
        fail(tr("Cannot open data"), FailureText::of(e));
        return false;
    }
    if (!panel->hasExplicitData())
        generatedValidation_ = panel->settings(); // what "Use generated data" goes back to
    panel->setSettings(s);
    panel->setExplicitData(spec.data, QString::fromStdString(spec.dataSource));
    parts_.restartFromPanel();
    const QString training = tr("Training on %1: %n question(s)", nullptr, spec.data->train.rows())
                                 .arg(QDir::toNativeSeparators(path));
    if (sorted.isEmpty()) {
        parts_.note(training, 10000);
        return true;
    }
    // Sorted answers: the run trains (the user may mean it), and the window says why its new
    // exam will read strangely: in the status bar, and in a message once the caller is done
    // (`batchlab FILE` reports on stderr while the file opens; the warning is the window's).
    parts_.note(training + QStringLiteral(" — ") + sorted, 30000);
    QTimer::singleShot(0, this, [this, sorted] { fail(tr("The answers look sorted"), sorted); });
    return true;
}

void RunFiles::useGeneratedData()
{
    ControlsPanel* panel = parts_.panel;
    if (!panel->hasExplicitData())
        return;
    // The validation of the generated exam as it was before the file (a file's choice of
    // validation_split or none does not fit the generator's separate validation set).
    if (generatedValidation_) {
        core::RunSettings s = panel->settings();
        s.validation = generatedValidation_->validation;
        s.validationSplit = generatedValidation_->validationSplit;
        s.data.nVal = generatedValidation_->data.nVal;
        panel->setSettings(s);
    }
    panel->setExplicitData(std::nullopt, {});
    parts_.restartFromPanel();
}

bool RunFiles::openRun(const QString& path)
{
    core::RunRecord record;
    try {
        record = core::loadRunRecord(fileName(path));
        if (record.spec.data && record.spec.dataSource.empty())
            record.spec.dataSource = QFileInfo(path).fileName().toStdString();
        parts_.controller->showRecord(record);
    } catch (const std::exception& e) {
        // Every message names the file (the reader's start with its path already).
        const QString text = FailureText::of(e);
        fail(tr("Cannot open run"), text.startsWith(QString::fromStdString(fileName(path)))
                                        ? text
                                        : tr("%1: %2").arg(QDir::toNativeSeparators(path), text));
        return false;
    }
    opened_ = std::move(record);
    opened_->spec = parts_.controller->spec(); // with the initial weights it trains from
    ControlsPanel* panel = parts_.panel;
    panel->setSettings(opened_->spec.settings);
    panel->setExplicitData(opened_->spec.data, QString::fromStdString(opened_->spec.dataSource));
    parts_.note(
        opened_->history
            ? tr("Opened %1: the run as it was recorded, not trained again. Play trains it again "
                 "from the same initial weights and checks that it is reproduced.")
                  .arg(QFileInfo(path).fileName())
            : tr("Opened %1: the record has no history, so it is being trained.")
                  .arg(QFileInfo(path).fileName()),
        20000);
    return true;
}

std::optional<core::RunRecord> RunFiles::liveRecord() const
{
    // The store's entry of the live run is the run (its record once it has ended).
    const RunEntry* e = parts_.session->liveEntry();
    return e ? e->record(QCoreApplication::applicationVersion().toStdString()) : std::nullopt;
}

bool RunFiles::canSaveNow() const
{
    const RunProgress& p = parts_.controller->progress();
    return p.outcome && p.outcome->reason != core::StopReason::Cancelled &&
           liveRecord().has_value();
}

bool RunFiles::saveRun(const QString& path)
{
    const RunProgress& p = parts_.controller->progress();
    if (!p.outcome) {
        fail(tr("Cannot save the run yet"),
             tr("The run has not ended yet: a record holds a whole run, so that it can be "
                "replayed exactly. Let it finish (or raise the pace), then save."));
        return false;
    }
    if (p.outcome->reason == core::StopReason::Cancelled) {
        fail(tr("Cannot save a stopped run"),
             tr("This run was stopped by hand before its end, so replaying it would not give the "
                "same history. Press Play to train it again and save it when it has ended."));
        return false;
    }
    const std::optional<core::RunRecord> record = liveRecord();
    if (!record) {
        fail(tr("Cannot save the run"), tr("The run has no results to save."));
        return false;
    }
    std::string text;
    try {
        text = core::writeRunRecord(*record);
        // Never write a record that Open run would refuse.
        core::limits::checkRecordFileBytes(static_cast<std::int64_t>(text.size()));
    } catch (const std::exception& e) {
        fail(tr("Cannot save the run"), FailureText::of(e));
        return false;
    }
    const ExportResult r = CsvExporter::writeText(path, QByteArray::fromStdString(text));
    if (!r.ok) {
        fail(tr("Save run failed"), r.error);
        return false;
    }
    parts_.note(tr("Saved the run to %1").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void RunFiles::askOpenData()
{
    const QString path = QFileDialog::getOpenFileName(
        window_, tr("Open data"), folder_, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    folder_ = QFileInfo(path).absolutePath();
    core::CsvPreview preview;
    try {
        preview = core::previewCsvFile(fileName(path));
    } catch (const std::exception& e) {
        fail(tr("Cannot open data"), FailureText::of(e));
        return;
    }
    CsvImportDialog dialog(path, preview, parts_.panel->settings().validationSplit, window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openData(path, dialog.options(), dialog.validationSplit(), true);
}

void RunFiles::askOpenRun()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open run"), folder_,
                                                      tr("Run records (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    folder_ = QFileInfo(path).absolutePath();
    openRun(path);
}

void RunFiles::askSaveRun()
{
    TrainingController* c = parts_.controller;
    const RunProgress& p = c->progress();
    const bool going = !p.outcome && p.error.isEmpty();
    if (going) {
        const auto answer = QMessageBox::question(
            window_, tr("Save run"),
            tr("The run has not ended yet. Finish it now at full speed and save it then?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    } else if (!p.outcome || p.outcome->reason == core::StopReason::Cancelled) {
        saveRun(QString()); // says why not
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        window_, tr("Save run"), QDir(folder_).filePath(QStringLiteral("run.json")),
        tr("Run records (*.json)"));
    if (path.isEmpty())
        return;
    folder_ = QFileInfo(path).absolutePath();
    if (!going) {
        saveRun(path);
        return;
    }
    saveWhenDone_ = path;
    saveGeneration_ = c->generation();
    c->setSpeed(0.0);
    c->setPaused(false);
}

bool RunFiles::saveComparison(const QString& path)
{
    const RunStore* store = parts_.session->store();
    bool anyPinned = false;
    for (const auto& e : store->runs())
        anyPinned = anyPinned || e->pinned;
    core::Comparison c;
    int skipped = 0;
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    for (const auto& e : store->runs()) {
        if (anyPinned ? !e->pinned : !e->shown)
            continue;
        std::optional<core::RunRecord> r = e->record(version);
        if (!r || !e->data.outcome || e->data.outcome->reason == core::StopReason::Cancelled) {
            ++skipped; // a run still training or stopped by hand would not replay
            continue;
        }
        c.runs.push_back({std::move(*r), e->label.toStdString(), e->colour, e->shown});
        if (c.runs.size() == core::Comparison::maxRuns)
            break;
    }
    if (c.runs.empty()) {
        fail(tr("Nothing to compare"),
             tr("No run that has ended is kept or shown. Keep the runs to compare (the Keep box "
                "in the Runs dock) once they have ended, then save."));
        return false;
    }
    std::string text;
    try {
        text = core::writeComparison(c);
    } catch (const std::exception& e) {
        fail(tr("Cannot save the comparison"), FailureText::of(e));
        return false;
    }
    const ExportResult r = CsvExporter::writeText(path, QByteArray::fromStdString(text));
    if (!r.ok) {
        fail(tr("Save comparison failed"), r.error);
        return false;
    }
    QString note = tr("Saved %n run(s) to %1", nullptr, int(c.runs.size()))
                       .arg(QDir::toNativeSeparators(path));
    if (skipped > 0)
        note += QLatin1Char(' ') +
                tr("(%n run(s) left out: still training or stopped by hand)", nullptr, skipped);
    parts_.note(note, 10000);
    return true;
}

bool RunFiles::openComparison(const QString& path)
{
    core::Comparison c;
    try {
        c = core::loadComparison(QFile::encodeName(path).toStdString());
        for (const core::ComparedRun& run : c.runs)
            (void)run.record.spec.makeData(); // every run's data can be made: else nothing added
    } catch (const std::exception& e) {
        fail(tr("Cannot open the comparison"), FailureText::of(e));
        return false;
    }
    RunStore* store = parts_.session->store();
    for (const core::ComparedRun& run : c.runs) {
        const RunId id = store->addRecord(run.record);
        store->setPinned(id, true);
        store->setLabel(id, QString::fromStdString(run.label));
        store->setColour(id, run.colour);
        store->setShown(id, run.shown);
    }
    parts_.note(
        tr("Opened %n run(s) from %1", nullptr, int(c.runs.size())).arg(QFileInfo(path).fileName()),
        10000);
    return true;
}

void RunFiles::askOpenComparison()
{
    const QString path =
        QFileDialog::getOpenFileName(window_, tr("Open comparison"), folder_,
                                     tr("Comparisons (*.batchlab-comparison);;All files (*)"));
    if (path.isEmpty())
        return;
    folder_ = QFileInfo(path).absolutePath();
    openComparison(path);
}

void RunFiles::askSaveComparison()
{
    QString path = QFileDialog::getSaveFileName(
        window_, tr("Save comparison"),
        QDir(folder_).filePath(QStringLiteral("runs.batchlab-comparison")),
        tr("Comparisons (*.batchlab-comparison)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".batchlab-comparison");
    folder_ = QFileInfo(path).absolutePath();
    saveComparison(path);
}

void RunFiles::onRunStarted()
{
    TrainingController* c = parts_.controller;
    if (saveWhenDone_ && c->generation() != saveGeneration_)
        saveWhenDone_.reset(); // another run began: the one to save is gone
    comparing_ = 0;
    if (opened_ && opened_->history && !c->showsRecord() && retrains(c->spec(), *opened_))
        comparing_ = c->generation();
}

void RunFiles::onProgress(const RunProgress& p)
{
    TrainingController* c = parts_.controller;
    if (!p.outcome || p.generation != c->generation())
        return;
    if (saveWhenDone_ && p.generation == saveGeneration_) {
        const QString path = *saveWhenDone_;
        saveWhenDone_.reset();
        c->setSpeed(parts_.panel->speed());
        saveRun(path);
    }
    if (comparing_ != p.generation || p.outcome->reason == core::StopReason::Cancelled)
        return;
    comparing_ = 0;
    const std::optional<core::RunRecord> now = liveRecord();
    if (!now || !now->history)
        return;
    const core::ReplayCheck check =
        core::checkReplay(*opened_, *now->history, *now->finalParameters);
    const bool same = check.same();
    const QString message =
        same ? tr("Trained again: the same history and the same final weights as the record, bit "
                  "for bit (%n update(s)).",
                  nullptr, int(p.updatesDone))
             : tr("Trained again, but it differs from the record: %1")
                   .arg(check.historyDifference.empty()
                            ? tr("the final weights differ")
                            : QString::fromStdString(check.historyDifference));
    parts_.note(message, 30000);
    emit replayChecked(same, message);
}

} // namespace ui
