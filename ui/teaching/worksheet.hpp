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
#include <QString>

#include <vector>

class QWidget;

namespace ui
{

class Worksheet
{
    Q_DECLARE_TR_FUNCTIONS(Worksheet)
public:
    // Writes the worksheet to `worksheetPath` and the answer key to `answerKeyPath`.
    static ExportResult write(const core::Lesson& lesson, const QString& worksheetPath,
                              const QString& answerKeyPath);
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

} // namespace ui
