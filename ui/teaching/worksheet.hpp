// A printable worksheet of a lesson (A4 PDF, in the lesson's language): the summary, every step
// with its text and, for a step that runs, the plot its run draws (vector, as the window
// draws it) and a box for notes; the check question and the quiz with room to answer;
// a short glossary. The answer key (the check's answer from running it, the quiz's answers with
// their reasons) is a separate PDF. The runs are trained here, exactly as the lesson trains them.
// Files are written atomically (QSaveFile): on failure nothing is left behind.
#pragma once

#include "lesson.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/session/run_store.hpp"

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace ui
{
class PlotWidget;
}

class QWidget;

namespace ui
{

// What a lesson's worksheet shows that must be computed first: every step's run, sweep and
// meter and the check's answer (no widget in it).
struct WorksheetMaterial;

class Worksheet
{
    Q_DECLARE_TR_FUNCTIONS(Worksheet)
public:
    // Told how far the work is (done of total); returns false to cancel it.
    using Progress = std::function<bool(int done, int total)>;
    // Writes the worksheet to `worksheetPath` and the answer key to `answerKeyPath`.
    static ExportResult write(const core::Lesson& lesson, const QString& worksheetPath,
                              const QString& answerKeyPath, const Progress& progress = {});
    // Trains what the pages show. Touches no widget, so it may run on any thread. Null (and
    // `error` set) when the lesson cannot be run or `progress` cancelled.
    static std::shared_ptr<const WorksheetMaterial>
    prepare(const core::Lesson& lesson, QString& error, const Progress& progress = {});
    // Draws the pages from what prepare() gave (GUI thread): one step at a time, each step's
    // plot made, drawn and dropped, so memory stays that of one plot whatever the steps.
    static ExportResult write(const core::Lesson& lesson, const WorksheetMaterial& material,
                              const QString& worksheetPath, const QString& answerKeyPath,
                              const Progress& progress = {});
    // The plot of step `step` (0-based) as the page draws it (null: the step has none);
    // `curves` gets how many runs it draws.
    static std::unique_ptr<PlotWidget> stepPlot(const core::Lesson& lesson,
                                                const WorksheetMaterial& material, std::size_t step,
                                                int* curves = nullptr);
    // The same pages as images (72 dpi times `scale`), for a preview and the tests; empty when
    // the lesson cannot be run.
    static std::vector<QImage> previewPages(const core::Lesson& lesson, bool answerKey,
                                            double scale = 1.0);
    // The answer key's file next to a worksheet ("x.pdf" -> "x-answers.pdf").
    static QString answerKeyPathFor(const QString& worksheetPath);
    // The answer of the lesson's check question, from running its settings.
    static std::int64_t checkAnswer(const core::Lesson& lesson);
    // A worksheet of the runs kept in the window: the shown runs that have ended, overlaid per
    // epoch and per weight update, a table of their settings with their results left blank to
    // fill in, questions with room to answer and the glossary; the answer key has the results.
    // Fails, with a reason, when no shown run has ended.
    static ExportResult writeRuns(const RunStore& store, const QString& worksheetPath,
                                  const QString& answerKeyPath);
    // File > Export worksheet of these runs...: asks for a file.
    static void exportRunsInteractively(const RunStore& store, QWidget* parent);
    // File > Export worksheet...: asks for a lesson (in the interface's language) and a file.
    static void exportInteractively(QWidget* parent);
};

// File > Export worksheet... without freezing the window: the runs are trained on a thread of
// their own, then the pages are drawn on the GUI thread step by step; progress() says how far,
// cancel() stops between runs or steps (nothing is left behind), finished() says how it went.
// Destroying the job cancels it and waits for its thread.
class WorksheetExportJob : public QObject
{
    Q_OBJECT
public:
    WorksheetExportJob(core::Lesson lesson, QString worksheetPath, QString answerKeyPath,
                       QObject* parent = nullptr);
    ~WorksheetExportJob() override;
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const ui::ExportResult& result);

private:
    struct Prepared {
        std::shared_ptr<const WorksheetMaterial> material;
        QString error;
        int trainTotal = 1;
    };
    void drawPages(const Prepared& prepared);

    core::Lesson lesson_;
    QString worksheetPath_;
    QString answerKeyPath_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    QThread* thread_ = nullptr;
};

} // namespace ui
