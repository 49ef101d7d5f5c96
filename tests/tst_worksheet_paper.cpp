// Every worksheet of every lesson, in both languages, read as paper: a class uses it without the
// window. The PDF is read back as text by pdftotext (poppler-utils), page by page, as a reader's
// search would find it; the plots are checked as the page draws them (Worksheet::stepPlot).
//  - a step that names runs draws that many curves, each run's name in the legend on its page;
//  - a step, its plot and its notes box are on one page; so are the check question and its boxes;
//  - the ticks of an axis that counts (epochs, weight updates, questions) are whole numbers;
//  - no sentence points at the window (the table below, the exam view, the data view, ...);
//  - the glossary's terms are there as Help > Glossary shows them (synonyms in parentheses,
//    never doubled ones), and "fit" is found by a text search (no "fi" ligature).
#include "quiet_platform.hpp"
#include "ui/plots/plot_widget.hpp"
#include "ui/session/run_store.hpp"
#include "ui/teaching/glossary_dialog.hpp"
#include "ui/teaching/lesson_library.hpp"
#include "ui/teaching/worksheet.hpp"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <map>

namespace
{

const std::vector<ui::LessonFile>& allLessons()
{
    static const auto all =
        ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, nullptr);
    return all;
}

const core::Lesson* lessonOf(const QString& id, const QString& language)
{
    for (const auto& f : allLessons())
        if (QString::fromStdString(f.lesson.id) == id &&
            QString::fromStdString(f.lesson.language) == language)
            return &f.lesson;
    return nullptr;
}

// The pages of a PDF as text, in the order they were drawn (pdftotext -raw: a table cell stays
// whole), with a form feed after each page.
QStringList pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// pdftotext breaks lines where the page does; a search for a phrase ignores them.
QString flat(const QString& text)
{
    QString t = text;
    return t.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

int pageOf(const QStringList& pages, const QString& needle, int from = 0)
{
    for (int i = from; i < pages.size(); ++i)
        if (flat(pages[i]).contains(needle))
            return i;
    return -1;
}

// What a worksheet may not say, because paper has no window.
const std::map<QString, QStringList>& windowWords()
{
    static const std::map<QString, QStringList> words{
        {QStringLiteral("en"),
         {QStringLiteral("table below"), QStringLiteral("Exam view"), QStringLiteral("exam view"),
          QStringLiteral("data view"), QStringLiteral("Runs dock"), QStringLiteral("mouse"),
          QStringLiteral("button"), QStringLiteral("slider"), QStringLiteral("Experiments >"),
          QStringLiteral("grid"), QStringLiteral("cells")}},
        {QStringLiteral("ko"),
         {QStringLiteral("아래 표"), QStringLiteral("시험 화면"), QStringLiteral("데이터 화면"),
          QStringLiteral("실행 창"), QStringLiteral("마우스"), QStringLiteral("버튼"),
          QStringLiteral("슬라이더"), QStringLiteral("실험 >"), QStringLiteral("격자")}}};
    return words;
}

} // namespace

class TestWorksheetPaper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paper_data();
    void paper();
    void cleanupTestCase();

private:
    // What the worksheets show, trained once per lesson (both languages train the same runs).
    std::map<QString, std::shared_ptr<const ui::WorksheetMaterial>> material_;
    QElapsedTimer clock_;
};

void TestWorksheetPaper::initTestCase()
{
    quietPlatformWarnings();
    clock_.start();
    QVERIFY2(!allLessons().empty(), "no lessons");
}

void TestWorksheetPaper::paper_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const auto& f : allLessons()) {
        const QString id = QString::fromStdString(f.lesson.id);
        const QString language = QString::fromStdString(f.lesson.language);
        QTest::newRow(qPrintable(id + QLatin1Char(' ') + language)) << id << language;
    }
}

void TestWorksheetPaper::paper()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const core::Lesson* lesson = lessonOf(id, language);
    QVERIFY(lesson);
    // Both languages of a lesson train the same settings: the material is shared.
    std::shared_ptr<const ui::WorksheetMaterial>& m = material_[id];
    if (!m) {
        QString error;
        m = ui::Worksheet::prepare(*lesson, error);
        QVERIFY2(m, qPrintable(error));
    }
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const ui::ExportResult r =
        ui::Worksheet::write(*lesson, *m, sheet, ui::Worksheet::answerKeyPathFor(sheet));
    QVERIFY2(r.ok, qPrintable(r.error));
    // BATCHLAB_TEST_SHOTS=DIR keeps the worksheets there, to look at.
    const QString shots = qEnvironmentVariable("BATCHLAB_TEST_SHOTS");
    if (!shots.isEmpty())
        QFile::copy(sheet, shots + QStringLiteral("/%1.%2.worksheet.pdf").arg(id, language));
    const QStringList pages = pdfPages(sheet);
    QVERIFY2(!pages.isEmpty(), "pdftotext could not read the worksheet");
    const QString all = flat(pages.join(QLatin1Char(' ')));

    const QString notes = ui::Worksheet::tr("Your notes: what do you read here?");
    int from = 0;
    for (std::size_t i = 0; i < lesson->steps.size(); ++i) {
        const core::LessonStep& s = lesson->steps[i];
        const QString where = QStringLiteral("%1 %2 step %3").arg(id, language).arg(i + 1);
        int curves = 0;
        const std::unique_ptr<ui::PlotWidget> plot =
            ui::Worksheet::stepPlot(*lesson, *m, i, &curves);
        // A step that runs, names runs or reads a sweep or meter has something to look at.
        const bool looks =
            s.target.runs() || !s.paper.runs.empty() || s.sweep || s.meter || s.paper.table;
        QVERIFY2(!looks || plot || s.sweep || s.paper.table, qPrintable(where + ": no plot"));
        if (!s.paper.runs.empty() && s.paper.plot != core::PaperPlot::None) // else a table
            QVERIFY2(curves == int(s.paper.runs.size()),
                     qPrintable(where + QStringLiteral(": %1 curves for %2 runs")
                                            .arg(curves)
                                            .arg(s.paper.runs.size())));
        // Whole numbers on an axis that counts.
        if (plot && s.paper.xAxis != core::LessonAxis::Seconds &&
            s.xAxis != core::LessonAxis::Seconds && curves > 0) {
            plot->replot();
            for (double t : plot->xAxis->tickVector())
                QVERIFY2(t == std::floor(t),
                         qPrintable(where + QStringLiteral(": tick %1").arg(t)));
        }
        // The step, its plot and its notes box on one page.
        const QString heading = ui::Worksheet::tr("Step %1").arg(i + 1) +
                                (s.title.empty() ? QString() : QStringLiteral(":"));
        const int page = pageOf(pages, heading, from);
        QVERIFY2(page >= 0, qPrintable(where + ": heading not found"));
        from = page;
        if (looks) {
            const QString rest = flat(pages[page]).section(heading, 1);
            QVERIFY2(rest.contains(notes),
                     qPrintable(where + ": the step and its plot or notes are split across pages"));
        }
        // Each run of a plot with several is named in its legend, on the step's page.
        if (curves > 1) {
            int named = 0;
            for (int k = 0; k < plot->legend->itemCount(); ++k)
                if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(k))) {
                    const QString name = flat(item->plottable()->name());
                    QVERIFY2(
                        flat(pages[page]).contains(name),
                        qPrintable(where + ": the legend's \"" + name + "\" is not on its page"));
                    ++named;
                }
            QVERIFY2(named == curves, qPrintable(where + QStringLiteral(": %1 names").arg(named)));
        }
    }
    // The check question and its two boxes on one page.
    const int q = pageOf(pages, ui::Worksheet::tr("Check question"));
    QVERIFY(q >= 0);
    QVERIFY2(flat(pages[q]).contains(ui::Worksheet::tr("What the run gave:")),
             qPrintable(id + ": the check question is split from its boxes"));
    // No sentence points at the window.
    for (const QString& w : windowWords().at(language))
        QVERIFY2(!all.contains(w),
                 qPrintable(QStringLiteral("%1 %2 says \"%3\"").arg(id, language, w)));
    // The glossary as Help > Glossary: both words of every term, synonyms in parentheses.
    const ui::Glossary g = ui::loadGlossary(ui::embeddedGlossaryPath());
    QVERIFY(!g.terms.isEmpty());
    // Word boxes of a table cell may come back with a space before a closing parenthesis: the
    // terms are looked for without spaces.
    const QString tight = QString(all).remove(QLatin1Char(' '));
    for (const ui::GlossaryTerm& t : g.terms) {
        QVERIFY2(all.contains(flat(t.en)), qPrintable(id + ": glossary lacks " + t.en));
        const QString koWord =
            t.alsoKo.isEmpty() ? t.ko : QStringLiteral("%1(%2)").arg(t.ko, t.alsoKo);
        QVERIFY2(tight.contains(QString(koWord).remove(QLatin1Char(' '))),
                 qPrintable(id + ": glossary lacks " + koWord + " in \"" +
                            all.mid(std::max<qsizetype>(0, all.indexOf(t.ko) - 20), 80) + "\""));
    }
    QVERIFY2(!all.contains(QStringLiteral("(answer sheet (y))")), "doubled parentheses");
    // A text search finds "fit" (a "fi" ligature would hide it).
    QVERIFY2(all.contains(QStringLiteral("overfitting")), qPrintable(id + ": \"fit\" not found"));
}

void TestWorksheetPaper::cleanupTestCase()
{
    qInfo("every worksheet in both languages: %.1f s", clock_.elapsed() / 1000.0);
}

QTEST_MAIN(TestWorksheetPaper)
#include "tst_worksheet_paper.moc"
