// Questions of any width, opened as a user opens them: a CSV file of 1, 2, 3, 13, 64 or 1,000
// numeric input columns and an answer of 2, 3 or 10 classes, written as numbers or as words,
// opens through File > Open data (RunFiles::openData) in the window and through
// `batchlab --headless --data`; each trains to its end and draws the data view (one input: a
// line; two: the plane and the model's heat map; more: the principal-component projection with
// the wrong answers marked), and nothing aborts. Few rows and epochs keep the table quick.
#include "quiet_platform.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/files/run_files.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/session/lesson_runner.hpp" // Q_DECLARE_METATYPE(core::RunSettings)
#include "ui/window/main_window.hpp"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using ui::DataView;
using ui::MainWindow;

Q_DECLARE_METATYPE(DataView::Mode)

namespace
{

constexpr int rows = 60;

// Answers as words: the classes' names in a file of text answers.
const char* const words[] = {"zero", "one", "two",   "three", "four",
                             "five", "six", "seven", "eight", "nine"};

// `rows` rows of `width` inputs (a header, then numbers) and an answer of `classes` classes that
// depends on them (the rank of a weighted sum cut into `classes` equal parts), written as the
// class number or as a word.
QByteArray csvOfWidth(int width, int classes, bool text)
{
    std::vector<std::vector<double>> x(rows, std::vector<double>(std::size_t(width)));
    std::vector<double> score(rows, 0.0);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < width; ++j) {
            const double v = std::sin(0.7 * i + 1.3 * j) + 0.1 * ((i * 7 + j * 3) % 5);
            x[std::size_t(i)][std::size_t(j)] = v;
            score[std::size_t(i)] += (j % 2 == 0 ? 1.0 : -0.5) * v;
        }
    std::vector<double> sorted = score;
    std::sort(sorted.begin(), sorted.end());
    QByteArray t;
    for (int j = 0; j < width; ++j)
        t += "x" + QByteArray::number(j + 1) + ',';
    t += "label\n";
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < width; ++j)
            t += QByteArray::number(x[std::size_t(i)][std::size_t(j)], 'g', 6) + ',';
        const auto rank =
            std::lower_bound(sorted.begin(), sorted.end(), score[std::size_t(i)]) - sorted.begin();
        const int c = int(rank) * classes / rows;
        t += (text ? QByteArray(words[c]) : QByteArray::number(c)) + '\n';
    }
    return t;
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

core::RunSettings smallRun()
{
    core::RunSettings s = core::overfitPreset();
    s.hidden = {8};
    s.train.batchSize = 8;
    s.train.epochs = 6;
    return s;
}

} // namespace

class TestAnyWidth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowTrainsAndDraws_data();
    void windowTrainsAndDraws();
    void headlessTrainsAndDraws_data() { windowTrainsAndDraws_data(); }
    void headlessTrainsAndDraws();
};

void TestAnyWidth::initTestCase()
{
    quietPlatformWarnings();
    ui::setScreenArea(QRect(0, 0, 1366, 768));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_any_width"));
}

void TestAnyWidth::windowTrainsAndDraws_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("classes");
    QTest::addColumn<bool>("text");
    QTest::addColumn<DataView::Mode>("mode");
    for (int width : {1, 2, 3, 13, 64, 1000})
        for (int classes : {2, 3, 10})
            for (bool text : {false, true})
                QTest::addRow("%d inputs, %d classes, %s", width, classes,
                              text ? "words" : "numbers")
                    << width << classes << text
                    << (width == 1   ? DataView::Mode::Line
                        : width == 2 ? DataView::Mode::Plane
                                     : DataView::Mode::Projection);
}

void TestAnyWidth::windowTrainsAndDraws()
{
    QFETCH(int, width);
    QFETCH(int, classes);
    QFETCH(bool, text);
    QFETCH(DataView::Mode, mode);
    MainWindow::Options o;
    o.useSavedSettings = false;
    o.saveSettings = false;
    o.initialSettings = smallRun();
    o.initialSpeed = 0.0;
    MainWindow w(o);
    w.controller()->setDebounceMilliseconds(20);
    QStringList errors;
    w.setErrorSink([&errors](const QString& title, const QString& text) {
        errors << title + QStringLiteral(": ") + text;
    });
    w.show();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exam.csv"));
    QVERIFY(writeFile(path, csvOfWidth(width, classes, text)));
    // What File > Open data does after its dialog, with a quarter held back for validation.
    QVERIFY2(w.runFiles()->openData(path, {}, 0.25), qPrintable(errors.join('\n')));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QTRY_VERIFY_WITH_TIMEOUT(w.controller()->progress().state == ui::RunState::Finished, 60000);
    QCOMPARE(w.controller()->runStart()->spec.inputs, width);
    const core::DataSplit& data = w.controller()->runStart()->data;
    QVERIFY(data.train.task == (classes == 2 ? core::TaskKind::BinaryClassification
                                             : core::TaskKind::MultiClassClassification));
    if (classes > 2)
        QCOMPARE(core::classCount(data), classes);
    if (text)
        QCOMPARE(int(data.train.classNames.size()), classes);

    DataView* view = w.dataView();
    QCOMPARE(view->mode(), mode);
    QCOMPARE(view->pointCount(), rows); // 45 training and 15 validation questions
    view->redrawModelNow();
    QVERIFY(view->modelDrawings() > 0);
    if (mode == DataView::Mode::Projection)
        QVERIFY(view->wrongCount() >= 0 && view->wrongCount() <= rows);
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir.filePath(QStringLiteral("window.png"))));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestAnyWidth::headlessTrainsAndDraws()
{
    QFETCH(int, width);
    QFETCH(int, classes);
    QFETCH(bool, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exam.csv"));
    QVERIFY(writeFile(path, csvOfWidth(width, classes, text)));
    const QString out = dir.filePath(QStringLiteral("out"));
    QProcess p;
    p.start(QStringLiteral(BATCHLAB_EXE),
            {QStringLiteral("--headless"), QStringLiteral("--quiet"), QStringLiteral("--data"),
             path, QStringLiteral("--out"), out, QStringLiteral("--write"),
             QStringLiteral("csv,png,record"), QStringLiteral("--hidden"), QStringLiteral("8"),
             QStringLiteral("--batch-size"), QStringLiteral("8"), QStringLiteral("--epochs"),
             QStringLiteral("4"), QStringLiteral("--validation-split"), QStringLiteral("0.25")});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    const QImage data(QDir(out).filePath(QStringLiteral("data.png")));
    QVERIFY2(!data.isNull(), qPrintable(QDir(out).entryList().join(' ')));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("epochs.csv"))));
    // The run record keeps the class names of a file of words.
    if (text) {
        QFile record(QDir(out).filePath(QStringLiteral("run.json")));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QVERIFY(record.readAll().contains("\"class_names\""));
    }
}

QTEST_MAIN(TestAnyWidth)
#include "tst_any_width.moc"
