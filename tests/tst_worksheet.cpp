// File > Export worksheet and `batchlab --headless --worksheet`: an A4 PDF of a lesson (its
// steps with the runs' plots as vectors and room for notes, the check question, the
// quiz, a glossary) and a separate answer key whose answer is what running the check gives.
#include "ui/session/run_store.hpp"
#include "ui/teaching/lesson_library.hpp"
#include "ui/teaching/worksheet.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace
{

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int pages(const QByteArray& pdf)
{
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") +
                            pdf.count("/Type /Page/") + pdf.count("/Type /Page>"));
}

const core::Lesson& lesson(const std::string& id, const QString& language)
{
    static const auto all =
        ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, nullptr);
    static std::vector<ui::LessonFile> chosen;
    chosen = ui::LessonLibrary::forLanguage(all, language);
    for (const auto& f : chosen)
        if (f.lesson.id == id)
            return f.lesson;
    qFatal("no lesson %s", id.c_str());
}

} // namespace

class TestWorksheet : public QObject
{
    Q_OBJECT
private slots:
    void writesWorksheetAndKey_data();
    void writesWorksheetAndKey();
    void previewMatchesThePdf();
    void badPathLeavesNothing();
    void exportJobTrainsOffTheGuiThread();
    void exportJobCancels();
    void worksheetOfTheKeptRuns();
    void menusOfferWorksheetAndGlossary();
    void headless_data();
    void headless();
};

void TestWorksheet::writesWorksheetAndKey_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    QTest::newRow("one-update en") << "one-update"
                                   << "en";
    QTest::newRow("one-update ko") << "one-update"
                                   << "ko";
    QTest::newRow("fit-x-y ko") << "fit-x-y"
                                << "ko";
    // Its check is answered by a sweep (lesson 8).
    QTest::newRow("best-batch-size ko") << "best-batch-size"
                                        << "ko";
}

void TestWorksheet::writesWorksheetAndKey()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const core::Lesson& l = lesson(id.toStdString(), language);
    QCOMPARE(QString::fromStdString(l.language), language);
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const QString key = ui::Worksheet::answerKeyPathFor(sheet);
    QCOMPARE(key, dir.filePath(QStringLiteral("sheet-answers.pdf")));
    const ui::ExportResult r = ui::Worksheet::write(l, sheet, key);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QByteArray a = readAll(sheet);
    const QByteArray b = readAll(key);
    QVERIFY(a.startsWith("%PDF") && b.startsWith("%PDF"));
    // A4 pages; several for the worksheet, one for the key.
    QVERIFY2(a.contains("/MediaBox [0 0 595"), a.left(2000).constData());
    QVERIFY2(pages(a) >= 2, qPrintable(QString::number(pages(a))));
    QCOMPARE(pages(b), 1);
    // The plots are vectors: no raster image in the worksheet.
    QVERIFY(!a.contains("/Subtype /Image"));
    // The key's answer is the run's, which is the answer the lesson states.
    if (l.check.stated)
        QCOMPARE(ui::Worksheet::checkAnswer(l), *l.check.stated);
}

// The preview draws the same pages as the PDF: as many, with the plots' coloured curves on
// them. The images are saved to <temp>/batchlab-worksheet/ for people to look at.
void TestWorksheet::previewMatchesThePdf()
{
    const core::Lesson& l = lesson("more-epochs", QStringLiteral("ko"));
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const QString key = ui::Worksheet::answerKeyPathFor(sheet);
    QVERIFY(ui::Worksheet::write(l, sheet, key).ok);
    const std::vector<QImage> pagesOfSheet = ui::Worksheet::previewPages(l, false, 1.5);
    const std::vector<QImage> pagesOfKey = ui::Worksheet::previewPages(l, true, 1.5);
    QCOMPARE(static_cast<int>(pagesOfSheet.size()), pages(readAll(sheet)));
    QCOMPARE(static_cast<int>(pagesOfKey.size()), pages(readAll(key)));
    int coloured = 0;
    const QDir out(QDir::temp().filePath(QStringLiteral("batchlab-worksheet")));
    QVERIFY(QDir().mkpath(out.path()));
    for (std::size_t i = 0; i < pagesOfSheet.size(); ++i) {
        const QImage& page = pagesOfSheet[i];
        QCOMPARE(page.size(), QSize(qRound(595 * 1.5), qRound(842 * 1.5)));
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2) {
                const QColor c = page.pixelColor(x, y);
                if (std::max({c.red(), c.green(), c.blue()}) -
                        std::min({c.red(), c.green(), c.blue()}) >
                    80)
                    ++coloured;
            }
        QVERIFY(page.save(out.filePath(QStringLiteral("more-epochs.ko-%1.png").arg(i + 1))));
    }
    QVERIFY2(coloured > 1000, qPrintable(QString::number(coloured)));
    QVERIFY(pagesOfKey.front().save(out.filePath(QStringLiteral("more-epochs.ko-key.png"))));
}

void TestWorksheet::badPathLeavesNothing()
{
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("missing/folder/sheet.pdf"));
    const ui::ExportResult r = ui::Worksheet::write(lesson("one-update", QStringLiteral("en")),
                                                    sheet, ui::Worksheet::answerKeyPathFor(sheet));
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!QFile::exists(sheet));
}

// File > Export worksheet: the runs train on a thread of their own while the window's event loop
// keeps turning (progress arrives as the runs end), then the pages are drawn step by step.
void TestWorksheet::exportJobTrainsOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const QString key = ui::Worksheet::answerKeyPathFor(sheet);
    ui::WorksheetExportJob job(lesson("small-and-large-batches", QStringLiteral("en")), sheet, key);
    QSignalSpy progress(&job, &ui::WorksheetExportJob::progress);
    QSignalSpy finished(&job, &ui::WorksheetExportJob::finished);
    QThread* gui = QThread::currentThread();
    bool allOnGui = true;
    connect(&job, &ui::WorksheetExportJob::progress, this,
            [&] { allOnGui = allOnGui && QThread::currentThread() == gui; });
    job.start();
    // The event loop delivers progress while the runs still train: nothing waits for them.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 120000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
    const auto r = finished.front().front().value<ui::ExportResult>();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(allOnGui);
    QVERIFY(readAll(sheet).startsWith("%PDF") && readAll(key).startsWith("%PDF"));
    // Progress rises to its end: training, then the pages.
    int last = -1;
    for (const auto& p : progress) {
        QVERIFY(p[0].toInt() >= last);
        QVERIFY(p[0].toInt() <= p[1].toInt());
        last = p[0].toInt();
    }
    QVERIFY(progress.size() >= 4);
}

// Cancelled, an export leaves no file behind and says so.
void TestWorksheet::exportJobCancels()
{
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const QString key = ui::Worksheet::answerKeyPathFor(sheet);
    ui::WorksheetExportJob job(lesson("which-batch-size", QStringLiteral("en")), sheet, key);
    QSignalSpy finished(&job, &ui::WorksheetExportJob::finished);
    connect(&job, &ui::WorksheetExportJob::progress, &job, &ui::WorksheetExportJob::cancel);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
    const auto r = finished.front().front().value<ui::ExportResult>();
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!QFile::exists(sheet) && !QFile::exists(key));
}

// File > Export worksheet of these runs: the shown runs that have ended, overlaid as vectors,
// their table (results only in the key); nothing is written before a run has ended.
void TestWorksheet::worksheetOfTheKeptRuns()
{
    ui::RunStore store;
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("runs.pdf"));
    const QString key = ui::Worksheet::answerKeyPathFor(sheet);
    // A run that has not ended is not on a worksheet.
    store.add(core::specOf(core::overfitPreset()), ui::RunOrigin::Window, true);
    ui::ExportResult r = ui::Worksheet::writeRuns(store, sheet, key);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!QFile::exists(sheet) && !QFile::exists(key));
    for (int b : {1, 30}) {
        core::RunSettings s = core::overfitPreset();
        s.train.batchSize = b;
        s.train.epochs = 30;
        const core::RunSpec spec = core::specOf(s);
        store.addRecord(core::makeRunRecord(spec, core::trainSpec(spec), "test"));
    }
    r = ui::Worksheet::writeRuns(store, sheet, key);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QByteArray a = readAll(sheet);
    const QByteArray b = readAll(key);
    QVERIFY(a.startsWith("%PDF") && b.startsWith("%PDF"));
    QVERIFY(pages(a) >= 1);
    QCOMPARE(pages(b), 1);
    QVERIFY(!a.contains("/Subtype /Image")); // the overlays are vectors
    // The key is longer than the worksheet's table alone: it holds the results.
    QVERIFY(b.size() > 1000);
    const QString shots = qEnvironmentVariable("BATCHLAB_TEST_SHOTS");
    if (!shots.isEmpty()) {
        QFile::copy(sheet, shots + QStringLiteral("/runs-worksheet.pdf"));
        QFile::copy(key, shots + QStringLiteral("/runs-worksheet-answers.pdf"));
    }
}

// File > Export worksheet... and Help > Glossary are in the window's menus.
void TestWorksheet::menusOfferWorksheetAndGlossary()
{
    ui::MainWindow w(fixture::Setup().paused().options());
    QStringList texts;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                texts << a->text();
    QVERIFY2(texts.contains(QStringLiteral("Export wor&ksheet...")), qPrintable(texts.join('|')));
    QVERIFY2(texts.contains(QStringLiteral("&Glossary")), qPrintable(texts.join('|')));
}

void TestWorksheet::headless_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ko") << QStringList{"--worksheet", "epochs", "--language", "ko"} << 0;
    QTest::newRow("en default") << QStringList{"--worksheet", "epochs"} << 0;
    QTest::newRow("unknown lesson") << QStringList{"--worksheet", "nope"} << 2;
    QTest::newRow("unknown language")
        << QStringList{"--worksheet", "epochs", "--language", "xx"} << 2;
}

void TestWorksheet::headless()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(BATCHLAB_EXE), QStringList{"--headless", "--out", dir.path()} + args);
    QVERIFY(p.waitForFinished(240000));
    QCOMPARE(p.exitCode(), exitCode);
    const QString language = args.contains(QStringLiteral("ko")) ? "ko" : "en";
    const QString stem = dir.filePath(QStringLiteral("epochs.") + language);
    if (exitCode == 0) {
        QVERIFY(readAll(stem + QStringLiteral(".worksheet.pdf")).startsWith("%PDF"));
        QVERIFY(readAll(stem + QStringLiteral(".answers.pdf")).startsWith("%PDF"));
    } else {
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(!QFile::exists(stem + QStringLiteral(".worksheet.pdf")));
    }
}

QTEST_MAIN(TestWorksheet)
#include "tst_worksheet.moc"
