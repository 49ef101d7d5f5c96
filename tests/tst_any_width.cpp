// Questions of any width, opened as a user opens them: a CSV file of 1, 2, 3, 13, 64 or 1,000
// numeric input columns and an answer of 2, 3 or 10 classes, written as numbers or as words,
// opens through File > Open data (RunFiles::openData) in the window and through
// `batchlab --headless --data`; each trains to its end and draws the data view (one input: a
// line; two: the plane and the model's heat map; more: the principal-component projection with
// the wrong answers marked), and nothing aborts. Few rows and epochs keep the table quick.
// For three or more classes the data view's confusion matrix counts the new exam by default or
// the practice exam as chosen, and clicking one of the practice exam's cells selects exactly its
// questions in the exam view. The exported picture of the data view (the window's export and
// headless data.png) shows the matrix beside the plot and, for the digits, the pictures still
// wrong under it.
#include "quiet_platform.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/files/run_files.hpp"
#include "ui/plots/confusion_matrix.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/plots/wrong_pictures.hpp"
#include "ui/session/lesson_runner.hpp" // Q_DECLARE_METATYPE(core::RunSettings)
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/adaptive_layout.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
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
QByteArray csvOfWidth(int width, int classes, bool text, int rows = ::rows)
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
        if (classes == 0) // regression: the score itself
            t += QByteArray::number(score[std::size_t(i)] + 0.01, 'f', 4) + '\n';
        else
            t += (text && c < 10 ? QByteArray(words[c]) : QByteArray::number(c)) + '\n';
    }
    return t;
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Whether `c` is the colour of a confusion matrix's cell (ui/plots/confusion_matrix.cpp): on
// the way from pale to full green (right answers) or red (wrong ones). No point, cross, heat
// map or legend of the data view has such a colour.
bool matrixColour(const QColor& c)
{
    const auto onTheWay = [&c](const QColor& from, const QColor& to) {
        const double t =
            std::clamp((from.red() - c.red()) / double(from.red() - to.red()), 0.0, 1.0);
        const auto near = [t](int v, int a, int b) { return std::abs(v - (a + (b - a) * t)) <= 4; };
        return near(c.red(), from.red(), to.red()) && near(c.green(), from.green(), to.green()) &&
               near(c.blue(), from.blue(), to.blue());
    };
    return onTheWay(QColor(222, 240, 225), QColor(56, 142, 72)) ||
           onTheWay(QColor(250, 222, 218), QColor(196, 50, 40));
}

// How many pixels of `image` inside `area` have a matrix cell's colour, as the middle of a
// 3 x 3 block of one colour (a cell's inside, not the smoothed edge of a curve), and the
// leftmost one's x.
std::pair<int, int> matrixPixels(const QImage& image, QRect area = {})
{
    if (area.isEmpty())
        area = image.rect();
    area &= image.rect().adjusted(1, 1, -1, -1);
    const auto solid = [&image](int x, int y) {
        const QRgb c = image.pixel(x, y);
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if (image.pixel(x + dx, y + dy) != c)
                    return false;
        return true;
    };
    int n = 0, left = image.width();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (matrixColour(image.pixelColor(x, y)) && solid(x, y)) {
                ++n;
                left = std::min(left, x);
            }
    return {n, left};
}

// One layer of 8, B = 8, 6 epochs.
using fixture::smallRun;

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
    void confusionCellSelectsQuestions_data();
    void confusionCellSelectsQuestions();
    void confusionCountsTheChosenExam();
    void hundredClassesScroll();
    void axesChooseColumns_data();
    void axesChooseColumns();
    void digitsShowWrongPictures_data();
    void digitsShowWrongPictures();
    void sortedAnswersWarnInTheWindow_data();
    void sortedAnswersWarnInTheWindow();
    void refusedFiles_data();
    void refusedFiles();
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
    MainWindow w(fixture::Setup().settings(smallRun()).fullSpeed().options());
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
    // Three or more classes: the confusion matrix beside the plot, in the right part.
    const auto [cells, left] = matrixPixels(data);
    if (classes >= 3) {
        QVERIFY2(cells > 400, qPrintable(QString::number(cells)));
        QVERIFY2(left > data.width() / 2, qPrintable(QString::number(left)));
    } else {
        QVERIFY2(cells < 20, qPrintable(QString::number(cells)));
    }
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("epochs.csv"))));
    // The run record keeps the class names of a file of words.
    if (text) {
        QFile record(QDir(out).filePath(QStringLiteral("run.json")));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QVERIFY(record.readAll().contains("\"class_names\""));
    }
}

namespace
{

// A window training on `csv` (a quarter held back) to its end; errors land in `errors`.
std::unique_ptr<MainWindow> trainedWindow(const QByteArray& csv, QTemporaryDir& dir,
                                          QStringList& errors)
{
    auto w =
        std::make_unique<MainWindow>(fixture::Setup().settings(smallRun()).fullSpeed().options());
    w->controller()->setDebounceMilliseconds(20);
    w->setErrorSink([&errors](const QString& title, const QString& text) {
        errors << title + QStringLiteral(": ") + text;
    });
    w->resize(1366, 768);
    w->show();
    const QString path = dir.filePath(QStringLiteral("exam.csv"));
    if (!writeFile(path, csv) || !w->runFiles()->openData(path, {}, 0.25))
        return nullptr;
    // The file's run to its end (not the generated run the window started with).
    const int lines = int(csv.count('\n')) - 1;
    const ui::TrainingController* c = w->controller();
    if (!QTest::qWaitFor(
            [&] {
                const auto start = c->runStart();
                return start && start->data.train.rows() + start->data.val.rows() == lines &&
                       c->progress().state == ui::RunState::Finished;
            },
            60000))
        errors << QStringLiteral("the file's run did not finish");
    return w;
}

// The data view's card in front (a window of 1366 x 768 puts it behind a tab).
void showDataCard(MainWindow& w)
{
    QWidget* card = w.dataView()->parentWidget();
    w.adaptiveLayout()->adaptNow(); // settled first: a change of layout turns to the first tab
    if (w.adaptiveLayout()->plotsInTabs())
        w.adaptiveLayout()->tabs()->setCurrentWidget(card);
    QCoreApplication::processEvents();
}

// A window trained on `csv` to its end (see trainedWindow) with the data view's card in front
// and the last weights drawn.
std::unique_ptr<MainWindow> windowShowingData(const QByteArray& csv, QTemporaryDir& dir,
                                              QStringList& errors)
{
    auto w = trainedWindow(csv, dir, errors);
    if (w) {
        w->dataView()->redrawModelNow();
        showDataCard(*w);
    }
    return w;
}

// The window as it looks, for a person to read (in the build's tests folder).
void saveLook(MainWindow& w, const QString& name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (w.grab().toImage().save(path))
        qInfo("window: %s", qPrintable(path));
}

} // namespace

void TestAnyWidth::confusionCellSelectsQuestions_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("classes");
    QTest::addColumn<bool>("text");
    QTest::newRow("2 inputs, 2 classes: no matrix") << 2 << 2 << false;
    QTest::newRow("13 inputs, 2 classes: no matrix") << 13 << 2 << false;
    QTest::newRow("2 inputs, 3 classes (the plane)") << 2 << 3 << false;
    QTest::newRow("13 inputs, 3 classes in words") << 13 << 3 << true;
    QTest::newRow("64 inputs, 10 classes") << 64 << 10 << false;
}

void TestAnyWidth::confusionCellSelectsQuestions()
{
    QFETCH(int, width);
    QFETCH(int, classes);
    QFETCH(bool, text);
    QTemporaryDir dir;
    QStringList errors;
    const auto w = trainedWindow(csvOfWidth(width, classes, text), dir, errors);
    QVERIFY2(w && errors.isEmpty(), qPrintable(errors.join('\n')));
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->progress().state == ui::RunState::Finished, 60000);
    DataView* view = w->dataView();
    view->redrawModelNow();
    QTRY_VERIFY(view->modelDrawings() > 0);
    showDataCard(*w);
    if (classes < 3) {
        QVERIFY(!view->showsConfusion());
        QVERIFY(!view->sidePanel()->isVisible());
        return;
    }
    QVERIFY(view->showsConfusion());
    QVERIFY(view->sidePanel()->isVisible());
    // The practice exam's matrix, chosen as a user does (the new exam's is the default).
    QVERIFY(view->examChoice()->isVisible());
    view->examChoice()->setCurrentIndex(1);
    emit view->examChoice()->activated(1);
    QCOMPARE(view->shownExam(), DataView::Exam::Practice);
    const core::Dataset& train = w->controller()->runStart()->data.train;
    ui::ConfusionMatrix* m = view->confusion();
    QCOMPARE(m->classes(), classes);
    // The class names as the data set keeps them.
    QStringList kept;
    for (const std::string& name : train.classNames)
        kept << QString::fromStdString(name);
    if (text)
        QCOMPARE(m->names(), kept);
    else
        QCOMPARE(m->names().first(), QStringLiteral("0"));
    // Every training question in exactly one cell, in the row of its answer-sheet class.
    int total = 0;
    std::vector<int> perClass(std::size_t(classes), 0);
    for (int t = 0; t < classes; ++t)
        for (int a = 0; a < classes; ++a) {
            total += m->count(t, a);
            perClass[std::size_t(t)] += m->count(t, a);
        }
    QCOMPARE(total, train.rows());
    for (int i = 0; i < train.rows(); ++i)
        --perClass[std::size_t(std::lround(train.y(i)))];
    QVERIFY(std::all_of(perClass.begin(), perClass.end(), [](int n) { return n == 0; }));
    // A wrong cell when there is one, else a right one.
    int pickT = -1, pickA = -1;
    for (int t = 0; t < classes; ++t)
        for (int a = 0; a < classes; ++a)
            if (m->count(t, a) > 0 && (pickT < 0 || (pickT == pickA && t != a)))
                pickT = t, pickA = a;
    QVERIFY(pickT >= 0);
    ui::ExamView* exam = w->teaching()->examView();
    QCOMPARE(exam->grid()->rows(), train.rows());
    QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(pickT, pickA).center());
    const std::vector<int> selected = exam->grid()->selectedRows();
    QCOMPARE(int(selected.size()), m->count(pickT, pickA));
    QCOMPARE(selected, view->questionsOf(pickT, pickA));
    for (int row : selected)
        QCOMPARE(int(std::lround(train.y(row))), pickT);
    QCOMPARE(m->pickedTruth(), pickT);
    QCOMPARE(m->pickedAnswer(), pickA);
    // By keys: to the top-left cell, then Enter.
    for (int i = 0; i < classes; ++i) {
        QTest::keyClick(m, Qt::Key_Left);
        QTest::keyClick(m, Qt::Key_Up);
    }
    QCOMPARE(m->pickedTruth(), 0);
    QCOMPARE(m->pickedAnswer(), 0);
    QTest::keyClick(m, Qt::Key_Down);
    QTest::keyClick(m, Qt::Key_Right);
    QTest::keyClick(m, Qt::Key_Return);
    QCOMPARE(exam->grid()->selectedRows(), view->questionsOf(1, 1));
    QCOMPARE(int(exam->grid()->selectedRows().size()), m->count(1, 1));
    // A click on one question of the grid selects that one alone.
    const int one = selected.front();
    QTest::mouseClick(exam->grid(), Qt::LeftButton, {}, exam->grid()->cellRect(one).center());
    QCOMPARE(exam->grid()->selectedRows(), std::vector<int>{one});
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    saveLook(*w, QStringLiteral("batchlab_confusion_%1x%2.png").arg(width).arg(classes));
}

// The new exam is the default: its questions in the matrix, counted by their answer sheet; a
// click says that the exam view holds the practice exam and selects nothing. The choice of the
// practice exam counts the practice exam and holds for the next run.
void TestAnyWidth::confusionCountsTheChosenExam()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto w = windowShowingData(csvOfWidth(13, 3, false), dir, errors);
    QVERIFY2(w && errors.isEmpty(), qPrintable(errors.join('\n')));
    DataView* view = w->dataView();
    QVERIFY(view->showsConfusion());
    QCOMPARE(view->confusionExam(), DataView::Exam::New);
    QCOMPARE(view->shownExam(), DataView::Exam::New);
    QCOMPARE(view->examChoice()->currentIndex(), 0);
    QVERIFY(view->examChoice()->isEnabled());
    QVERIFY(view->confusionTitle().startsWith(QStringLiteral("New exam")));
    ui::ConfusionMatrix* m = view->confusion();
    QVERIFY(!m->practiceExam());
    const core::DataSplit data = w->controller()->runStart()->data; // a copy: runs change
    QCOMPARE(data.val.rows(), 15);
    const auto rowSums = [m] {
        std::vector<int> sums(3, 0);
        for (int t = 0; t < 3; ++t)
            for (int a = 0; a < 3; ++a)
                sums[std::size_t(t)] += m->count(t, a);
        return sums;
    };
    const auto classesOf = [](const core::Dataset& d) {
        std::vector<int> n(3, 0);
        for (int i = 0; i < d.rows(); ++i)
            ++n[std::size_t(std::lround(d.y(i)))];
        return n;
    };
    QCOMPARE(rowSums(), classesOf(data.val));
    QVERIFY(classesOf(data.val) != classesOf(data.train));
    // A cell of the new exam: nothing selected in the exam view, and a sentence why.
    ui::ExamView* exam = w->teaching()->examView();
    exam->selectQuestions({0}, {});
    QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(0, 0).center());
    QVERIFY(exam->grid()->selectedRows().empty());
    // The practice exam, chosen in the box above the matrix.
    view->examChoice()->setCurrentIndex(1);
    emit view->examChoice()->activated(1);
    QCOMPARE(view->shownExam(), DataView::Exam::Practice);
    QVERIFY(m->practiceExam());
    QCOMPARE(rowSums(), classesOf(data.train));
    QVERIFY(view->confusionTitle().startsWith(QStringLiteral("Practice exam")));
    // The next run keeps the choice.
    const auto first = w->controller()->runStart();
    w->controller()->start(w->controller()->spec());
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() && w->controller()->runStart() != first &&
                                 w->controller()->progress().state == ui::RunState::Finished,
                             60000);
    view->redrawModelNow();
    QCOMPARE(view->shownExam(), DataView::Exam::Practice);
    QCOMPARE(view->examChoice()->currentIndex(), 1);
    QCOMPARE(rowSums(), classesOf(data.train));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestAnyWidth::hundredClassesScroll()
{
    // 100 classes of two questions each: the matrix keeps readable cells and scrolls, with a
    // note saying so, and the plot keeps most of the card.
    QTemporaryDir dir;
    QStringList errors;
    const auto w = windowShowingData(csvOfWidth(5, 100, false, 200), dir, errors);
    QVERIFY2(w && errors.isEmpty(), qPrintable(errors.join('\n')));
    DataView* view = w->dataView();
    QVERIFY(view->showsConfusion());
    ui::ConfusionMatrix* m = view->confusion();
    QCOMPARE(m->classes(), 100);
    QVERIFY(m->cellRect(0, 0).width() >= 18);
    auto* scroll = view->sidePanel()->findChild<QScrollArea*>(QStringLiteral("confusionScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->horizontalScrollBar()->maximum() > 0);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    QVERIFY(view->sidePanel()->width() < view->width());
    bool noted = false;
    for (QLabel* l : view->sidePanel()->findChildren<QLabel*>())
        noted = noted || (l->isVisible() && l->text().contains(QStringLiteral("100 classes")));
    QVERIFY(noted);
    // The last cell still clicks.
    scroll->ensureVisible(m->cellRect(99, 99).center().x(), m->cellRect(99, 99).center().y());
    QTest::mouseClick(m, Qt::LeftButton, {}, m->cellRect(99, 99).center());
    QCOMPARE(int(w->teaching()->examView()->grid()->selectedRows().size()), m->count(99, 99));
    saveLook(*w, QStringLiteral("batchlab_confusion_100_classes.png"));
}

void TestAnyWidth::axesChooseColumns_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("classes");
    QTest::newRow("2 inputs: the plane, no choice") << 2 << 3;
    QTest::newRow("3 inputs, 2 classes") << 3 << 2;
    QTest::newRow("13 inputs, 3 classes") << 13 << 3;
    QTest::newRow("64 inputs, 10 classes") << 64 << 10;
    QTest::newRow("6 inputs, regression: one column against y") << 6 << 0;
}

void TestAnyWidth::axesChooseColumns()
{
    QFETCH(int, width);
    QFETCH(int, classes);
    QTemporaryDir dir;
    QStringList errors;
    const auto w = trainedWindow(csvOfWidth(width, classes, false), dir, errors);
    QVERIFY2(w && errors.isEmpty(), qPrintable(errors.join('\n')));
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->progress().state == ui::RunState::Finished, 60000);
    DataView* view = w->dataView();
    showDataCard(*w);
    auto* xCombo = view->axisChoice()->findChild<QComboBox*>(QStringLiteral("dataAxisX"));
    auto* yCombo = view->axisChoice()->findChild<QComboBox*>(QStringLiteral("dataAxisY"));
    QVERIFY(xCombo && yCombo);
    if (width < 3) {
        QVERIFY(!view->axisChoice()->isVisible());
        return;
    }
    QVERIFY(view->axisChoice()->isVisible());
    QCOMPARE(xCombo->currentIndex(), 0); // the projection
    QCOMPARE(xCombo->count(), width + 1);
    QVERIFY(!yCombo->isVisible());
    QCOMPARE(view->axisColumnX(), -1);

    // Column 3 across, column 2 up, chosen as a user does.
    xCombo->setCurrentIndex(3);
    emit xCombo->activated(3);
    if (classes == 0) {
        // Regression: the column across, the answer up.
        QVERIFY(!yCombo->isVisible());
        QCOMPARE(view->axisColumnX(), 2);
        const core::Dataset& train = w->controller()->runStart()->data.train;
        QCOMPARE(train.task, core::TaskKind::Regression);
        for (int i = 0; i < train.rows(); ++i)
            QCOMPARE(view->questionPoint(true, i), QPointF(train.x(i, 2), train.y(i)));
        QVERIFY(view->xAxis->label().contains(QStringLiteral("column 3")));
        QCOMPARE(view->yAxis->label(), QStringLiteral("y"));
        return;
    }
    QVERIFY(yCombo->isVisible());
    yCombo->setCurrentIndex(1);
    emit yCombo->activated(1);
    QCOMPARE(view->axisColumnX(), 2);
    QCOMPARE(view->axisColumnY(), 1);
    const core::DataSplit data = w->controller()->runStart()->data; // a copy: runs change
    for (int i = 0; i < data.train.rows(); ++i)
        QCOMPARE(view->questionPoint(true, i), QPointF(data.train.x(i, 2), data.train.x(i, 1)));
    for (int i = 0; i < data.val.rows(); ++i)
        QCOMPARE(view->questionPoint(false, i), QPointF(data.val.x(i, 2), data.val.x(i, 1)));
    QVERIFY2(view->xAxis->label().contains(QStringLiteral("column 3")),
             qPrintable(view->xAxis->label()));
    QCOMPARE(view->yAxis->label(), QStringLiteral("column 2"));
    QCOMPARE(view->pointCount(), rows);
    QVERIFY(view->modelDrawings() > 0); // the model drawn again on the new axes
    QVERIFY(view->wrongCount() >= 0 && view->wrongCount() <= rows);

    // The next run on the same questions keeps the choice.
    const auto first = w->controller()->runStart();
    w->controller()->start(w->controller()->spec());
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() && w->controller()->runStart() != first &&
                                 w->controller()->progress().state == ui::RunState::Finished,
                             60000);
    QCOMPARE(view->axisColumnX(), 2);
    QCOMPARE(xCombo->currentIndex(), 3);
    QCOMPARE(view->questionPoint(true, 0), QPointF(data.train.x(0, 2), data.train.x(0, 1)));

    // Other questions: the projection again.
    const QString other = dir.filePath(QStringLiteral("other.csv"));
    QVERIFY(writeFile(other, csvOfWidth(width + 1, classes, false)));
    QVERIFY(w->runFiles()->openData(other, {}, 0.25));
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() &&
                                 w->controller()->runStart()->spec.inputs == width + 1,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->progress().state == ui::RunState::Finished, 60000);
    QCOMPARE(view->axisColumnX(), -1);
    QCOMPARE(xCombo->currentIndex(), 0);
    QCOMPARE(xCombo->count(), width + 2);
    QVERIFY(view->xAxis->label().contains(QStringLiteral("principal component")));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

namespace
{

// The data view's exported picture (what the window's export and headless data.png write): the
// plot on the left, the confusion matrix beside it, and for pictures the ones still wrong under
// both, each where the exporter's layout puts it. Saved as `name` for a person to look at.
void checkExport(DataView* view, bool pictures, const QString& name)
{
    const QString caption = QStringLiteral("BatchLab · test");
    const ui::ExportLayout l = ui::ImageExporter::plotLayout(view, 1200, 800, caption);
    QVERIFY(!l.side.isEmpty());
    QCOMPARE(l.side.left(), l.plot.right() + 1);
    QVERIFY2(l.plot.width() > 600, qPrintable(QString::number(l.plot.width())));
    QVERIFY(l.panelScale >= 1.0);
    QCOMPARE(l.below.isEmpty(), !pictures);
    const QImage image = ui::ImageExporter::renderPlot(view, 1200, 800, 1.0, caption);
    QCOMPARE(image.size(), QSize(1200, 800));
    QVERIFY(image.save(QDir(QCoreApplication::applicationDirPath()).filePath(name)));
    // The matrix's cells in the side panel, none in the plot.
    const auto [inSide, left] = matrixPixels(image, l.side);
    QVERIFY2(inSide > 2000, qPrintable(QString::number(inSide)));
    QVERIFY(left >= l.side.left());
    QVERIFY2(matrixPixels(image, l.plot).first < 20,
             qPrintable(QString::number(matrixPixels(image, l.plot).first)));
    if (!pictures)
        return;
    // Under both, the pictures still wrong: the model's digits on red (ui/plots/question_tiles).
    int red = 0;
    for (int y = l.below.top(); y <= l.below.bottom(); ++y)
        for (int x = l.below.left(); x <= l.below.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += std::abs(c.red() - 176) <= 8 && std::abs(c.green() - 32) <= 8 &&
                   std::abs(c.blue() - 28) <= 8;
        }
    QVERIFY2(red > 50, qPrintable(QString::number(red)));
}

} // namespace

void TestAnyWidth::digitsShowWrongPictures_data()
{
    QTest::addColumn<int>("epochs");
    QTest::addColumn<bool>("pictures");
    QTest::newRow("digits, before training") << 0 << true;
    QTest::newRow("digits, after 3 epochs") << 3 << true;
    QTest::newRow("10 blobs of 64 inputs: no pictures") << 3 << false;
}

// The bundled digits: under the data view, the practice-exam pictures the model still answers
// wrongly, each drawn by QuestionTiles with both digits (the model's on red), as many as fit;
// clicking one selects it in the exam view. Other data of as many inputs have no strip.
void TestAnyWidth::digitsShowWrongPictures()
{
    QFETCH(int, epochs);
    QFETCH(bool, pictures);
    core::RunSettings s = smallRun();
    s.data.kind = pictures ? core::DatasetKind::Digits : core::DatasetKind::KBlobs;
    s.data.classes = 10;
    s.data.extraInputs = pictures ? 0 : 62;
    s.data.nTrain = 100;
    s.data.nVal = 50;
    s.train.epochs = std::max(epochs, 1);
    s.train.batchSize = 10;
    MainWindow w(fixture::Setup().paused().settings(s).fullSpeed().options());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(w.controller()->runStart() != nullptr);
    // The practice exam's matrix (the strip shows the practice exam), as the untrained model
    // answers (about one digit in ten right).
    w.dataView()->setConfusionExam(DataView::Exam::Practice);
    QTRY_VERIFY(w.dataView()->modelDrawings() > 0);
    const auto rightAnswers = [&w] {
        int n = 0;
        for (int c = 0; c < 10; ++c)
            n += w.dataView()->confusion()->count(c, c);
        return n;
    };
    const int rightBefore = rightAnswers();
    if (epochs > 0) {
        w.controller()->stepUpdates(std::int64_t(epochs) * 10);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->progress().updatesDone >= epochs * 10, 60000);
    }
    DataView* view = w.dataView();
    QTRY_VERIFY(view->modelDrawings() > 0);
    QTest::qWait(300); // the view's throttle: the last weights drawn
    view->redrawModelNow();
    showDataCard(w);
    QCOMPARE(view->showsWrongPictures(), pictures);
    // Counted again as the run trains: three passes over the digits teach most of them.
    if (epochs > 0)
        QVERIFY2(rightAnswers() > rightBefore + 20,
                 qPrintable(QStringLiteral("%1 -> %2").arg(rightBefore).arg(rightAnswers())));
    QCOMPARE(view->wrongPanel()->isVisible(), pictures);
    checkExport(view, pictures,
                QStringLiteral("batchlab_digits_export_%1_%2.png")
                    .arg(epochs)
                    .arg(pictures ? "digits" : "blobs"));
    if (QTest::currentTestFailed() || !pictures)
        return;
    const core::Dataset& train = w.controller()->runStart()->data.train;
    QCOMPARE(train.pictureSide, 8);
    ui::WrongPictures* strip = view->wrongPictures();
    QCOMPARE(strip->tiles().look(), ui::QuestionTiles::Look::Picture);
    // Exactly the questions the confusion matrix counts off its diagonal.
    int offDiagonal = 0;
    for (int t = 0; t < 10; ++t)
        for (int a = 0; a < 10; ++a)
            offDiagonal += t == a ? 0 : view->confusion()->count(t, a);
    QCOMPARE(strip->wrongCount(), offDiagonal);
    QVERIFY(strip->wrongCount() > 0);
    QVERIFY(strip->shownCount() > 0);
    QVERIFY(strip->shownCount() <= strip->wrongCount());
    QVERIFY(strip->tileRect(strip->shownCount() - 1).right() < strip->width());
    // Drawn as in the exam grid: the picture's darkest pixel and the model's digit on red.
    QCoreApplication::processEvents();
    const QImage image = strip->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const auto has = [&](const QRect& r, const QColor& c, int tolerance) {
        int n = 0;
        for (int y = int(r.top() * dpr); y < int(r.bottom() * dpr); ++y)
            for (int x = int(r.left() * dpr); x < int(r.right() * dpr); ++x) {
                const QColor p = image.pixelColor(x, y);
                n += std::abs(p.red() - c.red()) <= tolerance &&
                     std::abs(p.green() - c.green()) <= tolerance &&
                     std::abs(p.blue() - c.blue()) <= tolerance;
            }
        return n > 4;
    };
    for (int i = 0; i < std::min(strip->shownCount(), 5); ++i) {
        const int row = strip->rowOfTile(i);
        const double darkest = train.x.row(row).leftCols(64).maxCoeff();
        const int grey = int(std::lround(255.0 * (1.0 - darkest)));
        QVERIFY(has(strip->tileRect(i), QColor(grey, grey, grey), 2));
        QVERIFY(has(strip->tileRect(i), QColor(176, 32, 28), 6));
    }
    // A click on a picture selects that question in the exam view.
    const int first = strip->rowOfTile(0);
    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->tileRect(0).center());
    QCOMPARE(w.teaching()->examView()->grid()->selectedRows(), std::vector<int>{first});
    saveLook(w, QStringLiteral("batchlab_digits_wrong_pictures_%1.png").arg(epochs));
}

namespace
{

// `rows` rows of 3 inputs; the answers (3 classes) in blocks of a third each when `sorted`, else
// in turn.
QByteArray csvOfClasses(bool sorted)
{
    QByteArray t = "a,b,c,label\n";
    for (int i = 0; i < rows; ++i) {
        const int c = sorted ? i * 3 / rows : i % 3;
        t += QByteArray::number(std::sin(0.3 * i) + c, 'g', 5) + ',' +
             QByteArray::number(std::cos(0.7 * i), 'g', 5) + ',' +
             QByteArray::number(0.01 * i, 'g', 5) + ',' + QByteArray::number(c) + '\n';
    }
    return t;
}

// The window's command line with a screenshot (no display needed): exit code and stderr.
std::pair<int, QString> runWindow(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BATCHLAB_EXE), args);
    if (!p.waitForFinished(120000))
        return {-1, QStringLiteral("did not finish")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

void TestAnyWidth::sortedAnswersWarnInTheWindow_data()
{
    QTest::addColumn<bool>("sorted");
    QTest::newRow("answers sorted in blocks: a warning") << true;
    QTest::newRow("answers in turn: none") << false;
}

// `batchlab file.csv` skips the CSV dialog, so the window says what the dialog would have: the
// answers look sorted. As main.cpp opens the file: problems on stderr while it opens, then the
// window's own sink (a message that does not block) and the status bar. The run trains anyway.
void TestAnyWidth::sortedAnswersWarnInTheWindow()
{
    QFETCH(bool, sorted);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answers.csv"));
    QVERIFY(writeFile(path, csvOfClasses(sorted)));
    MainWindow w(fixture::Setup().settings(smallRun()).fullSpeed().options());
    QStringList shown;
    w.setErrorSink([&shown](const QString& title, const QString& text) {
        shown << title + QStringLiteral(": ") + text;
    });
    w.show();
    const MainWindow::ErrorSink window = w.errorSink();
    QStringList stderrLines;
    w.setErrorSink([&stderrLines](const QString& title, const QString& text) {
        stderrLines << title + QStringLiteral(": ") + text;
    });
    QVERIFY(w.runFiles()->openData(path, {}, 0.25));
    w.setErrorSink(window);
    QVERIFY2(stderrLines.isEmpty(), qPrintable(stderrLines.join('\n')));
    if (sorted) {
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("look sorted")), qPrintable(shown.first()));
        QVERIFY2(shown.first().contains(QStringLiteral("shuffle the rows")),
                 qPrintable(shown.first()));
        QVERIFY2(w.noteLabel()->text().contains(QStringLiteral("look sorted")),
                 qPrintable(w.noteLabel()->text()));
    } else {
        QTest::qWait(50); // the message would be queued: give it its turn
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join('\n')));
        QVERIFY(!w.noteLabel()->text().contains(QStringLiteral("sorted")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(w.controller()->progress().state == ui::RunState::Finished, 60000);
    QCOMPARE(w.controller()->runStart()->data.train.rows(), 45);

    // The real command line: nothing about it on stderr (it is the window's to say), exit 0.
    const auto [code, err] =
        runWindow({QStringLiteral("--defaults"), QStringLiteral("--screenshot"),
                   dir.filePath(QStringLiteral("shot.png")), QStringLiteral("--epochs-before"),
                   QStringLiteral("0"), path});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("sorted")), qPrintable(err));
}

void TestAnyWidth::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::newRow("a word among numbers")
        << QByteArray("x1,x2,label\n1,2,0\n3,abc,1\n5,6,0\n7,8,1\n") << "line 3, column 2";
    QTest::newRow("an empty cell") << QByteArray("x1,x2,x3,label\n1,2,3,0\n4,5,6,1\n,8,9,0\n"
                                                 "1,1,1,1\n")
                                   << "line 4, column 1";
    QTest::newRow("two points in a number")
        << QByteArray("a;b;y\n1;2;0\n3;4;1\n5;6;0\n7;8;1\n9;1.2.3;0\n") << "line 6, column 2";
}

// A file with a bad cell is refused, naming its line and column: in the window through the
// error sink (nothing trains on it), headless and on the window's command line on stderr with a
// non-zero exit.
void TestAnyWidth::refusedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, csv));
    {
        MainWindow w(fixture::Setup().settings(smallRun()).options());
        QStringList errors;
        w.setErrorSink([&errors](const QString& title, const QString& text) {
            errors << title + QStringLiteral(": ") + text;
        });
        QVERIFY(!w.runFiles()->openData(path, {}, 0.25));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(where), qPrintable(errors.first()));
        QVERIFY(!w.controlsPanel()->hasExplicitData());
    }
    QProcess p;
    p.start(QStringLiteral(BATCHLAB_EXE),
            {QStringLiteral("--headless"), QStringLiteral("--quiet"), QStringLiteral("--data"),
             path, QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
             QStringLiteral("--epochs"), QStringLiteral("1")});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() != 0, qPrintable(err));
    QVERIFY2(err.contains(where), qPrintable(err));

    const auto [code, windowErr] =
        runWindow({QStringLiteral("--defaults"), QStringLiteral("--screenshot"),
                   dir.filePath(QStringLiteral("shot.png")), path});
    QVERIFY2(code != 0 && code != -1, qPrintable(windowErr));
    QVERIFY2(windowErr.contains(where), qPrintable(windowErr));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("shot.png"))));
}

QTEST_MAIN(TestAnyWidth)
#include "tst_any_width.moc"
