// File > Export worksheet and `batchlab --headless --worksheet`: an A4 PDF of a lesson (its
// steps, a box to predict before each run, the runs' plots as vectors, the check question, the
// quiz, a glossary) and a separate answer key whose answer is what running the check gives.
#include "lesson_library.hpp"
#include "worksheet.hpp"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
    void badPathLeavesNothing();
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
