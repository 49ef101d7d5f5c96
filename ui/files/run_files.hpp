// The File menu's runs and data: Open data (a CSV file of your own questions), Use generated
// data, Open run (a run record: its plots at once, without retraining), Save run (a record of the
// run that has ended) and, after an opened run is trained again, whether it reproduced the record
// bit for bit. Attached to the window from outside, like TeachingDocks.
//
// Nothing here changes anything when a file is bad: the window's error sink gets a message that
// names the file (with line and column, or the JSON field), and the run, the controls and the
// plots stay as they were. Records are written atomically (QSaveFile).
#pragma once

#include "ui/controls/window_parts.hpp"

#include "csv_import.hpp"
#include "run_record.hpp"

#include <QObject>
#include <QString>

#include <optional>

class QAction;

namespace ui
{

struct RunProgress;

class RunFiles : public QObject
{
    Q_OBJECT
public:
    explicit RunFiles(const WindowParts& parts);

    QAction* openDataAction() const { return openData_; }
    QAction* generatedDataAction() const { return generatedData_; }
    QAction* openRunAction() const { return openRun_; }
    QAction* saveRunAction() const { return saveRun_; }
    QAction* openComparisonAction() const { return openComparison_; }
    QAction* saveComparisonAction() const { return saveComparison_; }

    // Trains on the rows of a CSV file (holding back the last `validationSplit` as the
    // validation exam, or none). False, with a message, when the file cannot be used. Answers
    // that look sorted (a class the split leaves out of practice or exam) are said in the status
    // bar and, once the caller is back in the event loop, through the window's error sink, unless
    // `sortedSaid` (the CSV dialog said it already).
    bool openData(const QString& path, const core::CsvImportOptions& options,
                  std::optional<double> validationSplit, bool sortedSaid = false);
    // Back to the generator of the controls.
    void useGeneratedData();
    // Shows a run record without training it (a record without a history is trained). False,
    // with a message, when it cannot be read.
    bool openRun(const QString& path);
    // Writes a record of the current run, which must have ended (not stopped by hand). False,
    // with a message, otherwise.
    bool saveRun(const QString& path);
    // Writes the kept (pinned) runs that have ended, or, when none is pinned, every shown run
    // that has ended, as one comparison file. False, with a message, when there is none.
    bool saveComparison(const QString& path);
    // Adds the runs of a comparison file to the session as kept runs, overlaid as they were
    // saved; the live run goes on. False, with a message, when the file cannot be read (then
    // nothing is added).
    bool openComparison(const QString& path);
    // Whether the current run has ended so that saveRun() can write it.
    bool canSaveNow() const;

    // The record opened last (its history is what a retrain is compared with).
    const std::optional<core::RunRecord>& openedRecord() const { return opened_; }

signals:
    // An opened run was trained again to its end: `same` when the new history and final
    // weights equal the record's bit for bit; `message` says so, or names the first difference.
    void replayChecked(bool same, const QString& message);

private:
    // The live run of the session's store as a run record once it has ended, else empty.
    std::optional<core::RunRecord> liveRecord() const;
    void askOpenData();
    void askOpenRun();
    void askSaveRun();
    void askOpenComparison();
    void askSaveComparison();
    void onRunStarted();
    void onProgress(const RunProgress& p);
    void fail(const QString& title, const QString& text);

    WindowParts parts_;
    QMainWindow* window_;
    QAction* openData_ = nullptr;
    QAction* generatedData_ = nullptr;
    QAction* openRun_ = nullptr;
    QAction* saveRun_ = nullptr;
    QAction* openComparison_ = nullptr;
    QAction* saveComparison_ = nullptr;
    std::optional<core::RunRecord> opened_;
    quint64 comparing_ = 0;               // the generation that retrains the opened record
    std::optional<QString> saveWhenDone_; // Save run asked before the run had ended
    quint64 saveGeneration_ = 0;
    std::optional<core::RunSettings> generatedValidation_; // settings before Open data
    QString folder_;
};

} // namespace ui
