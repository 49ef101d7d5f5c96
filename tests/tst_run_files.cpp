// File > Save run / Open run / Open data in the window. A saved record replays bit for bit in the
// core (also past the per-update point bound, after raising the epochs of a finished run, with
// early stopping and after divergence); an opened record shows its plots without training and,
// played again, reproduces itself; bad records and bad CSV files go to the error sink and change
// nothing; a CSV file trains with its own rows until "Use generated data" is pressed; the import
// dialog checks the whole file as the choices change.
#include "quiet_platform.hpp"
#include "ui/classroom/classroom.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/files/csv_import_dialog.hpp"
#include "ui/files/run_files.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/lesson_runner.hpp" // Q_DECLARE_METATYPE(core::RunSettings)
#include "ui/session/session.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using ui::MainWindow;
using ui::RunState;

namespace
{

using fixture::Errors;

// 30 training rows, 40 validation rows, B = 4, 20 epochs.
core::RunSettings smallRun()
{
    return fixture::smallRun({.hidden = {16, 16}, .batch = 4, .epochs = 20, .validationRows = 40});
}

std::unique_ptr<MainWindow> makeWindow(const core::RunSettings& s, Errors* errors)
{
    return fixture::Setup().settings(s).fullSpeed().debounce(20).shown().collect(errors).window();
}

bool finished(const MainWindow& w)
{
    return w.controller()->progress().state == RunState::Finished;
}

bool sameBits(const Eigen::VectorXd& a, const Eigen::VectorXd& b)
{
    return a.size() == b.size() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// 40 rows: two inputs and a 0/1 answer that depends on them (with a header).
QByteArray classificationCsv()
{
    QByteArray t = "hours,sleep,passed\n";
    for (int i = 0; i < 40; ++i) {
        const double h = (i % 10) * 0.5, z = (i * 7 % 9) * 0.8;
        t += QByteArray::number(h) + ',' + QByteArray::number(z) + ',' +
             (h + 0.3 * z > 3.0 ? "1" : "0") + '\n';
    }
    return t;
}

} // namespace

class TestRunFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void savedRecordReplaysExactly_data();
    void savedRecordReplaysExactly();
    void openedRunShowsPlotsAndRetrainsExactly();
    void saveRefusedUntilTheRunHasEnded();
    void badRecordChangesNothing_data();
    void badRecordChangesNothing();
    void openDataTrainsOnTheFile_data();
    void openDataTrainsOnTheFile();
    void badDataChangesNothing_data();
    void badDataChangesNothing();
    void recordedWeightsKeptWhileTheStudentIsTheSame();
    void importDialogChecksTheWholeFile();
    void importDialogTextAnswersAndMissingCells();
    void importDialogWarnsOfSortedAnswers();
    // Last: run before openDataTrainsOnTheFile, that test found the data label of its own new
    // window hidden in some runs (a leak between windows not found yet).
    void openedRunLeavesTheStatusBarItsHeight();
};

void TestRunFiles::initTestCase()
{
    quietPlatformWarnings();
    // A roomy screen: the whole controls panel is shown (tst_layout covers small screens).
    ui::setScreenArea(QRect(0, 0, 2560, 1440));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_run_files"));
}

void TestRunFiles::savedRecordReplaysExactly_data()
{
    QTest::addColumn<core::RunSettings>("settings");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("raiseEpochsTo");
    QTest::addColumn<int>("reason");
    const core::RunSettings base = smallRun();
    QTest::newRow("default small run") << base << 100000 << 0 << int(core::StopReason::Completed);
    // 20 epochs x 8 updates = 160 updates into at most 64 buckets: the record's buckets must be
    // the worker's own (core::History), not the plot's.
    QTest::newRow("past the point bound") << base << 64 << 0 << int(core::StopReason::Completed);
    QTest::newRow("epochs raised after the end")
        << base << 100000 << 35 << int(core::StopReason::Completed);
    core::RunSettings early = base;
    early.train.epochs = 300;
    early.train.earlyStopping.enabled = true;
    early.train.earlyStopping.patience = 5;
    early.train.earlyStopping.restoreBestWeights = true;
    QTest::newRow("early stopping, best weights restored")
        << early << 100000 << 0 << int(core::StopReason::EarlyStopped);
    core::RunSettings split = base;
    split.validation = core::ValidationMode::Split;
    split.validationSplit = 0.3;
    split.train.shuffle = false;
    split.train.optimizer.kind = core::OptimizerKind::Momentum;
    split.train.optimizer.learningRate = 0.05;
    QTest::newRow("validation_split, momentum, no shuffle")
        << split << 100000 << 0 << int(core::StopReason::Completed);
    core::RunSettings wild = base;
    wild.data.kind = core::DatasetKind::Sine;
    wild.train.optimizer.kind = core::OptimizerKind::Sgd;
    wild.train.optimizer.learningRate = 50.0;
    QTest::newRow("diverged") << wild << 100000 << 0 << int(core::StopReason::Diverged);
}

void TestRunFiles::savedRecordReplaysExactly()
{
    QFETCH(core::RunSettings, settings);
    QFETCH(int, maxPoints);
    QFETCH(int, raiseEpochsTo);
    QFETCH(int, reason);
    Errors errors;
    auto w = makeWindow(settings, &errors);
    w->controller()->setMaxUpdatePoints(std::size_t(maxPoints));
    w->controller()->start(settings); // with the bound above
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    if (raiseEpochsTo > 0) {
        w->controlsPanel()->epochSpin()->setValue(raiseEpochsTo);
        QTRY_COMPARE_WITH_TIMEOUT(w->controller()->progress().epochsDone, raiseEpochsTo, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    }
    QCOMPARE(int(w->controller()->progress().outcome->reason), reason);
    // The run's epoch rows are held once, by the store: what the worker handed over for the
    // record (its core::History) carries none (docs/PERFORMANCE.md, "Epoch rows kept once").
    const ui::RunEntry* live = w->session()->liveEntry();
    QVERIFY(live && live->data.recorded);
    QCOMPARE(live->data.recorded->epochs.size(), std::size_t(0));
    QCOMPARE(live->data.epochs.size(), std::size_t(w->controller()->progress().epochsDone + 1));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QVERIFY(w->runFiles()->canSaveNow());
    QVERIFY(w->runFiles()->saveRun(path));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));

    const core::RunRecord record = core::loadRunRecord(QFile::encodeName(path).toStdString());
    QVERIFY(record.history && record.finalParameters && record.outcome);
    QCOMPARE(record.history->maxUpdatePoints, std::int64_t(maxPoints));
    QCOMPARE(record.spec.settings.train.epochs,
             raiseEpochsTo > 0 ? raiseEpochsTo : settings.train.epochs);
    const core::RunResult replay = core::trainSpec(record.spec, maxPoints);
    QCOMPARE(QString::fromStdString(core::historyDifference(*record.history, replay.history)),
             QString());
    QVERIFY(sameBits(*record.finalParameters, replay.finalParameters));
    QCOMPARE(int(replay.outcome.reason), reason);
    if (maxPoints < record.history->totalUpdates)
        QVERIFY(record.history->updatesPerBucket > 1);
}

// File > Open run on a laptop screen: its two-sentence note takes at most two lines of the status
// bar, and the bar goes back to its height when the note goes (it grew to about 330 px and
// stayed, taking the docks' and the plots' room).
void TestRunFiles::openedRunLeavesTheStatusBarItsHeight()
{
    ui::setScreenArea(QRect(0, 0, 1366, 768));
    struct RealScreenAgain {
        ~RealScreenAgain() { ui::setScreenArea(std::nullopt); }
    } realScreenAgain;
    Errors errors;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    auto w = makeWindow(smallRun(), &errors);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    QVERIFY(w->runFiles()->saveRun(path));
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };
    w->showNote(QString(), 0);
    settle();
    const int before = w->statusBar()->height();
    const int line = w->noteLabel()->fontMetrics().lineSpacing();
    QVERIFY(w->runFiles()->openRun(path));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));
    QVERIFY(w->noteLabel()->text().startsWith(QLatin1String("Opened run.json")));
    settle();
    QVERIFY2(w->statusBar()->height() <= before + line + 2,
             qPrintable(
                 QStringLiteral("%1 px, %2 px before").arg(w->statusBar()->height()).arg(before)));
    w->showNote(QString(), 0);
    settle();
    QTRY_COMPARE(w->statusBar()->height(), before);
}

void TestRunFiles::openedRunShowsPlotsAndRetrainsExactly()
{
    Errors errors;
    core::RunSettings s = smallRun();
    s.data.kind = core::DatasetKind::Circles;
    s.train.epochs = 25;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("circles.json"));
    {
        auto first = makeWindow(s, &errors);
        QTRY_VERIFY_WITH_TIMEOUT(finished(*first), 20000);
        QVERIFY(first->runFiles()->saveRun(path));
    }
    const core::RunRecord record = core::loadRunRecord(QFile::encodeName(path).toStdString());

    auto w = makeWindow(smallRun(), &errors); // another run: moons, 20 epochs
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    const quint64 before = w->controller()->generation();
    QVERIFY(w->runFiles()->openRun(path));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));
    // At once, without training: the recorded history in the plots, the run Finished.
    QCOMPARE(w->controller()->generation(), before + 1);
    QVERIFY(w->controller()->showsRecord());
    QCOMPARE(w->controller()->progress().state, RunState::Finished);
    QCOMPARE(w->controller()->progress().updatesDone, record.outcome->updates);
    QCOMPARE(w->controller()->progress().epochsDone, 25);
    QCOMPARE(w->lossPerEpochPlot()->epochs().size(), record.history->epochs.size());
    QCOMPARE(w->lossPerEpochPlot()->epochs().back().valLoss, record.history->epochs.back().valLoss);
    // Opened too, its rows are held once (the store's entry), and saving it again writes them.
    QVERIFY(w->session()->liveEntry()->data.recorded);
    QVERIFY(w->session()->liveEntry()->data.recorded->epochs.empty());
    const std::optional<core::RunRecord> again = w->session()->liveEntry()->record("test");
    QVERIFY(again && again->history);
    QCOMPARE(QString::fromStdString(core::historyDifference(*record.history, *again->history)),
             QString());
    QCOMPARE(w->lossPerUpdatePlot()->points().size(), record.history->updates.size());
    QCOMPARE(w->controlsPanel()->settings(), s);
    QVERIFY(w->stateLabel()->text().contains(QLatin1String("opened run")));

    // Play trains it again from the recorded initial weights and compares.
    QSignalSpy checked(w->runFiles(), &ui::RunFiles::replayChecked);
    const QList<QAction*> actions = w->actions();
    QAction* play = nullptr;
    for (QAction* a : actions)
        if (a->shortcut() == QKeySequence(Qt::Key_Space))
            play = a;
    QVERIFY(play);
    play->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
    QVERIFY2(checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));
    QVERIFY(!w->controller()->showsRecord());
    QCOMPARE(w->controller()->progress().updatesDone, record.outcome->updates);
}

void TestRunFiles::saveRefusedUntilTheRunHasEnded()
{
    Errors errors;
    core::RunSettings s = smallRun();
    MainWindow w(fixture::Setup().paused().settings(s).options());
    fixture::collectErrors(w, &errors);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.json"));
    writeFile(path, "the teacher's old file");
    QTRY_VERIFY_WITH_TIMEOUT(w.controller()->runStart() != nullptr, 5000);
    w.controller()->stepUpdates(3);
    QTRY_COMPARE_WITH_TIMEOUT(w.controller()->progress().updatesDone, 3, 5000);
    QVERIFY(!w.runFiles()->canSaveNow());
    QVERIFY(!w.runFiles()->saveRun(path));
    QCOMPARE(errors.texts.size(), 1);
    QVERIFY(errors.texts.back().contains(QLatin1String("not ended")));

    w.controller()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished(w), 5000);
    QCOMPARE(int(w.controller()->progress().outcome->reason), int(core::StopReason::Cancelled));
    QVERIFY(!w.runFiles()->saveRun(path));
    QCOMPARE(errors.texts.size(), 2);
    QVERIFY(errors.texts.back().contains(QLatin1String("stopped")));
    QCOMPARE(readFile(path), QByteArray("the teacher's old file"));

    // A path that cannot be written: a message, and nothing left behind.
    w.controller()->setPaused(false);
    w.controller()->start(s);
    QTRY_VERIFY_WITH_TIMEOUT(finished(w), 20000);
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/run.json"));
    QVERIFY(!w.runFiles()->saveRun(bad));
    QCOMPARE(errors.texts.size(), 3);
    QVERIFY(!QFile::exists(bad));
    // Under a file: the system's reason, in words a teacher can act on.
    QVERIFY(!w.runFiles()->saveRun(path + QStringLiteral("/run.json")));
    QCOMPARE(errors.texts.size(), 4);
    QVERIFY2(errors.texts.back().contains(QLatin1String("old.json is a file, not a folder")),
             qPrintable(errors.texts.back()));
    QCOMPARE(readFile(path), QByteArray("the teacher's old file"));
}

void TestRunFiles::badRecordChangesNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    // A good record to damage.
    core::RunSettings s = smallRun();
    s.train.epochs = 3;
    const core::RunSpec spec = core::specOf(s);
    const std::string good =
        core::writeRunRecord(core::makeRunRecord(spec, core::trainSpec(spec), "test"));
    const QByteArray g = QByteArray::fromStdString(good);
    QTest::newRow("not JSON") << QByteArray("{ this is not json") << QString("JSON");
    QTest::newRow("empty") << QByteArray() << QString("JSON");
    QByteArray version = g;
    version.replace("\"format_version\": 1", "\"format_version\": 99");
    QTest::newRow("unknown version") << version << QString("format_version");
    QByteArray batch = g;
    batch.replace("\"batch_size\": 4", "\"batch_size\": \"four\"");
    QTest::newRow("wrong type") << batch << QString("batch_size");
    QByteArray missing = g;
    missing.replace("\"epochs\": 3,", "");
    QTest::newRow("missing field") << missing << QString("epochs");
}

void TestRunFiles::badRecordChangesNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    Errors errors;
    auto w = makeWindow(smallRun(), &errors);
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    writeFile(path, text);
    const quint64 generation = w->controller()->generation();
    const auto epochs = w->lossPerEpochPlot()->epochs().size();
    QVERIFY(!w->runFiles()->openRun(path));
    QCOMPARE(errors.texts.size(), 1);
    QVERIFY2(errors.texts.first().contains(expected), qPrintable(errors.texts.first()));
    QVERIFY2(errors.texts.first().contains(QLatin1String("bad.json")),
             qPrintable(errors.texts.first()));
    QCOMPARE(w->controller()->generation(), generation);
    QCOMPARE(w->controlsPanel()->settings(), smallRun());
    QCOMPARE(w->lossPerEpochPlot()->epochs().size(), epochs);
    QVERIFY(!w->runFiles()->openRun(dir.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(errors.texts.size(), 2);
    QCOMPARE(w->controller()->generation(), generation);
}

void TestRunFiles::openDataTrainsOnTheFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("target");   // 1-based, 0 = last
    QTest::addColumn<double>("split"); // 0 = none
    QTest::addColumn<int>("trainingRows");
    QTest::addColumn<bool>("classification");
    QTest::addColumn<int>("inputs");
    QTest::newRow("classes, header, split 0.25")
        << classificationCsv() << 0 << 0.25 << 30 << true << 2;
    QTest::newRow("classes, no validation") << classificationCsv() << 0 << 0.0 << 40 << true << 2;
    QByteArray sine;
    for (int i = 0; i < 50; ++i)
        sine += QByteArray::number(i * 0.1) + ';' + QByteArray::number(std::sin(i * 0.1)) + '\n';
    QTest::newRow("numbers, no header, semicolons, split 0.2")
        << sine << 0 << 0.2 << 40 << false << 1;
    QByteArray first = "y\tx\n";
    for (int i = 0; i < 24; ++i)
        first += QByteArray::number(i * i % 7) + '\t' + QByteArray::number(i) + '\n';
    QTest::newRow("target in the first column, tabs") << first << 1 << 0.0 << 24 << false << 1;
}

void TestRunFiles::openDataTrainsOnTheFile()
{
    QFETCH(QByteArray, text);
    QFETCH(int, target);
    QFETCH(double, split);
    QFETCH(int, trainingRows);
    QFETCH(bool, classification);
    QFETCH(int, inputs);
    Errors errors;
    auto w = makeWindow(smallRun(), &errors);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exam.csv"));
    writeFile(path, text);
    core::CsvImportOptions o;
    o.targetIndex = target;
    QVERIFY(
        w->runFiles()->openData(path, o, split > 0 ? std::optional<double>(split) : std::nullopt));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));
    QVERIFY(w->controlsPanel()->hasExplicitData());
    QVERIFY(w->controller()->spec().hasExplicitData());
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    QCOMPARE(w->controller()->progress().trainingRows, trainingRows);
    QCOMPARE(w->controller()->runStart()->spec.inputs, inputs);
    QCOMPARE(w->controller()->runStart()->data.train.task == core::TaskKind::BinaryClassification,
             classification);
    QCOMPARE(w->controller()->runStart()->data.val.rows(),
             split > 0
                 ? int(text.count('\n')) -
                       (text.startsWith("hours") || text.startsWith("y\t") ? 1 : 0) - trainingRows
                 : 0);
    const auto* label = w->controlsPanel()->findChild<QLabel*>(QStringLiteral("explicitDataLabel"));
    QVERIFY(label && label->isVisibleTo(w->controlsPanel()));
    QVERIFY(label->text().contains(QLatin1String("exam.csv")));
    // The batch line counts the file's questions.
    QVERIFY2(
        w->controlsPanel()->updatesPerEpochLabel()->text().contains(QString::number(trainingRows)),
        qPrintable(w->controlsPanel()->updatesPerEpochLabel()->text()));

    // A scenario cannot hold the file's rows: saving one says so and writes nothing.
    const QString scenario = dir.filePath(QStringLiteral("lesson.batchlab-scenario"));
    QVERIFY(!w->classroom()->saveScenario(scenario));
    QCOMPARE(errors.texts.size(), 1);
    QVERIFY(errors.texts.first().contains(QLatin1String("exam.csv")));
    QVERIFY(!QFile::exists(scenario));
    errors.texts.clear();

    // Moving the batch slider keeps the file's rows.
    const quint64 generation = w->controller()->generation();
    QTest::keyClick(w->controlsPanel()->batchSlider(), Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->generation() > generation, 5000);
    QCOMPARE(w->controller()->settings().train.batchSize, 5);
    QVERIFY(w->controller()->spec().hasExplicitData());
    // The file's rows are held once: the controls, the controller and every run of the store
    // share them (a file at the cell limit would otherwise be copied with every run).
    QVERIFY(w->controller()->spec().data.sameObject(w->controlsPanel()->spec().data));
    int runsWithTheFile = 0;
    for (const auto& e : w->session()->store()->runs())
        if (e->spec.hasExplicitData()) {
            QVERIFY(e->spec.data.sameObject(w->controller()->spec().data));
            ++runsWithTheFile;
        }
    QVERIFY(runsWithTheFile >= 1);

    // "Use generated data" goes back to the generator.
    QTRY_VERIFY(w->controlsPanel()->generatedDataButton()->height() > 0); // laid out
    QTest::mouseClick(w->controlsPanel()->generatedDataButton(), Qt::LeftButton);
    QVERIFY(!w->controlsPanel()->hasExplicitData());
    QVERIFY(!w->controller()->spec().hasExplicitData());
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    QCOMPARE(w->controller()->progress().trainingRows, smallRun().trainingRows());
}

void TestRunFiles::badDataChangesNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("classification");
    QTest::addColumn<double>("split");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << false << 0.0 << QString("empty");
    QTest::newRow("ragged row") << QByteArray("a,b,y\n1,2,0\n3,1\n2,2,1\n") << false << 0.0
                                << QString("line 3");
    QTest::newRow("text in a number column") << QByteArray("a,b,y\n1,2,0\n3,x,1\n2,2,1\n") << false
                                             << 0.0 << QString("line 3, column 2");
    QTest::newRow("NaN") << QByteArray("a,y\n1,0\nnan,1\n2,1\n") << false << 0.0
                         << QString("line 3");
    QTest::newRow("Inf") << QByteArray("a,y\n1,0\n2,1\n3,inf\n") << false << 0.0
                         << QString("line 4");
    QTest::newRow("a single class")
        << QByteArray("a,y\n1,1\n2,1\n3,1\n") << true << 0.0 << QString("class");
    QTest::newRow("too few rows for the split")
        << QByteArray("a,y\n1,0\n2,1\n3,0\n") << false << 0.9 << QString("too few");
}

void TestRunFiles::badDataChangesNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, classification);
    QFETCH(double, split);
    QFETCH(QString, expected);
    Errors errors;
    auto w = makeWindow(smallRun(), &errors);
    QTRY_VERIFY_WITH_TIMEOUT(finished(*w), 20000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(path, text);
    const quint64 generation = w->controller()->generation();
    core::CsvImportOptions o;
    if (classification)
        o.task = core::TaskKind::BinaryClassification;
    QVERIFY(
        !w->runFiles()->openData(path, o, split > 0 ? std::optional<double>(split) : std::nullopt));
    QCOMPARE(errors.texts.size(), 1);
    QVERIFY2(errors.texts.first().contains(expected), qPrintable(errors.texts.first()));
    QCOMPARE(w->controller()->generation(), generation);
    QVERIFY(!w->controlsPanel()->hasExplicitData());
    QCOMPARE(w->controlsPanel()->settings(), smallRun());
    QCOMPARE(readFile(path), text); // only read
}

void TestRunFiles::recordedWeightsKeptWhileTheStudentIsTheSame()
{
    Errors errors;
    const core::RunSettings s = smallRun();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    // A record whose initial weights are not Glorot from its seed (a teacher's script).
    core::RunSpec spec = core::specOf(s);
    Eigen::VectorXd weights = spec.makeInitialNetwork().parameters() * 0.5;
    spec.initialParameters = weights;
    core::RunRecord rec;
    rec.programVersion = "test";
    rec.spec = spec;
    writeFile(path, QByteArray::fromStdString(core::writeRunRecord(rec))); // no history
    auto w = makeWindow(s, &errors);
    QVERIFY(w->runFiles()->openRun(path));
    QVERIFY(!w->controller()->showsRecord()); // nothing to show: it trains
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    QVERIFY(sameBits(w->controller()->runStart()->initialParameters, weights));

    // Only the batch size changes: the same student, the same recorded weights.
    w->controlsPanel()->batchSpin()->setValue(6);
    QTRY_COMPARE_WITH_TIMEOUT(w->controller()->settings().train.batchSize, 6, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    QVERIFY(sameBits(w->controller()->runStart()->initialParameters, weights));

    // Reset: a new student, Glorot weights from the next seed.
    const QList<QAction*> actions = w->actions();
    for (QAction* a : actions)
        if (a->shortcut() == QKeySequence(Qt::Key_R))
            a->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w->controller()->runStart() != nullptr, 5000);
    QCOMPARE(w->controller()->settings().initSeed, s.initSeed + 1);
    core::RunSettings next = s;
    next.initSeed += 1;
    QVERIFY(sameBits(w->controller()->runStart()->initialParameters,
                     next.makeInitialNetwork().parameters()));
    QVERIFY2(errors.texts.isEmpty(), qPrintable(errors.texts.join('\n')));
}

void TestRunFiles::importDialogChecksTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exam.csv"));
    QByteArray text = "name,hours,passed\n";
    for (int i = 0; i < 20; ++i)
        text += "s" + QByteArray::number(i) + ',' + QByteArray::number(i % 6) + ',' +
                QByteArray::number(i % 2) + '\n';
    writeFile(path, text);
    const core::CsvPreview preview = core::previewCsvFile(QFile::encodeName(path).toStdString());
    ui::CsvImportDialog dialog(path, preview, 0.2);
    dialog.show();
    QCOMPARE(dialog.table()->columnCount(), 3);
    QCOMPARE(dialog.table()->rowCount(), 20);
    QCOMPARE(dialog.targetCombo()->currentText(), QStringLiteral("passed"));
    // The name column is text: it starts left out, and the file can be used.
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.columnList()->item(0)->checkState(), Qt::Unchecked);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.options().dropColumns, std::vector<std::string>{"1"});
    // Taking it back in: the file cannot be used as it is, and the message says what to do.
    dialog.columnList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.problem().contains(QLatin1String("column 1")));
    QVERIFY(dialog.problem().contains(QLatin1String("can be left out")));
    QVERIFY(!ok->isEnabled());

    // Without the name column it can.
    QByteArray clean;
    for (const QByteArray& line : text.split('\n'))
        if (!line.isEmpty())
            clean += line.mid(line.indexOf(',') + 1) + '\n';
    const QString cleanPath = dir.filePath(QStringLiteral("clean.csv"));
    writeFile(cleanPath, clean);
    ui::CsvImportDialog second(
        cleanPath, core::previewCsvFile(QFile::encodeName(cleanPath).toStdString()), 0.2);
    second.show();
    ok = second.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(second.problem().isEmpty());
    QVERIFY(ok->isEnabled());
    QVERIFY2(second.summaryLabel()->text().contains(QLatin1String("16")),
             qPrintable(second.summaryLabel()->text()));
    QCOMPARE(second.validationSplit().value_or(0.0), 0.2);
    second.splitCheck()->setFocus();
    QTest::keyClick(second.splitCheck(), Qt::Key_Space);
    QVERIFY(!second.validationSplit());
    QVERIFY2(second.summaryLabel()->text().contains(QLatin1String("20")),
             qPrintable(second.summaryLabel()->text()));
    // Forcing classes onto a column of six values is refused with a reason.
    second.targetCombo()->setCurrentIndex(0); // "hours" (0..5) as the answer
    second.taskCombo()->setFocus();
    QTest::keyClick(second.taskCombo(), Qt::Key_End); // classes: six of them
    QVERIFY2(second.problem().isEmpty(), qPrintable(second.problem()));
    QVERIFY2(second.summaryLabel()->text().contains(QLatin1String(": 0, 1, 2, 3, 4, 5")),
             qPrintable(second.summaryLabel()->text()));
    QTest::keyClick(second.taskCombo(), Qt::Key_Up); // two classes
    QVERIFY(!second.problem().isEmpty());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(second.options().targetIndex, 1);
    QCOMPARE(second.options().task.value_or(core::TaskKind::Regression),
             core::TaskKind::BinaryClassification);
}

// Iris as published is sorted by species: validation_split would hold back a new exam of one
// species only. The dialog says so (the file can still be used); shuffled rows give no warning.
void TestRunFiles::importDialogWarnsOfSortedAnswers()
{
    QTemporaryDir dir;
    QByteArray sorted = "length,width,species\n";
    QByteArray shuffled = sorted;
    const char* species[] = {"setosa", "versicolor", "virginica"};
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 50; ++i)
            sorted += QByteArray::number(c + i * 0.1) + ',' + QByteArray::number(i) + ',' +
                      species[c] + '\n';
    for (int i = 0; i < 50; ++i)
        for (int c = 0; c < 3; ++c)
            shuffled += QByteArray::number(c + i * 0.1) + ',' + QByteArray::number(i) + ',' +
                        species[c] + '\n';
    const QString sortedPath = dir.filePath(QStringLiteral("sorted.csv"));
    const QString shuffledPath = dir.filePath(QStringLiteral("shuffled.csv"));
    writeFile(sortedPath, sorted);
    writeFile(shuffledPath, shuffled);
    ui::CsvImportDialog dialog(
        sortedPath, core::previewCsvFile(QFile::encodeName(sortedPath).toStdString()), 0.2);
    dialog.show();
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    // The last 30 rows are all virginica: the new exam asks neither setosa nor versicolor.
    QVERIFY2(dialog.warning().contains(QLatin1String("setosa, versicolor")),
             qPrintable(dialog.warning()));
    QVERIFY(dialog.summaryLabel()->text().contains(dialog.warning()));
    // Half held back: virginica is never practised.
    dialog.splitSpin()->setValue(0.4);
    QVERIFY2(dialog.warning().contains(QLatin1String("only in the last rows")),
             qPrintable(dialog.warning()));
    // Without validation_split nothing is held back: no warning.
    dialog.splitCheck()->setFocus();
    QTest::keyClick(dialog.splitCheck(), Qt::Key_Space);
    QVERIFY(dialog.warning().isEmpty());

    ui::CsvImportDialog mixed(
        shuffledPath, core::previewCsvFile(QFile::encodeName(shuffledPath).toStdString()), 0.2);
    QVERIFY2(mixed.warning().isEmpty(), qPrintable(mixed.warning()));
}

void TestRunFiles::importDialogTextAnswersAndMissingCells()
{
    // Names and dates beside the inputs, a missing cell, three classes in words.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iris.csv"));
    writeFile(path, "student,date,length,width,species\n"
                    "Kim,2024-03-02,5.1,3.5,setosa\n"
                    "Lee,2024-03-03,7.0,NA,versicolor\n"
                    "Park,2024-03-04,6.3,3.3,virginica\n"
                    "Choi,2024-03-05,4.9,3.0,setosa\n"
                    "Jung,2024-03-06,6.4,3.2,versicolor\n"
                    "Kang,2024-03-07,5.8,2.7,virginica\n");
    ui::CsvImportDialog dialog(path, core::previewCsvFile(QFile::encodeName(path).toStdString()),
                               0.2);
    dialog.show();
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    // The names and dates start left out; the NA cell still stops it, with what to do.
    QCOMPARE(dialog.columnList()->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.columnList()->item(1)->checkState(), Qt::Unchecked);
    QVERIFY2(dialog.problem().contains(QLatin1String("line 3, column 4")),
             qPrintable(dialog.problem()));
    QVERIFY(!ok->isEnabled());
    // Leaving out rows with missing cells: usable, and the summary says how many.
    dialog.dropIncompleteCheck()->setFocus();
    QTest::keyClick(dialog.dropIncompleteCheck(), Qt::Key_Space);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(ok->isEnabled());
    const QString summary = dialog.summaryLabel()->text();
    // (Plural forms as the source text has them when no translation is loaded.)
    QVERIFY2(summary.contains(QLatin1String("3 class")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String(": setosa, versicolor, virginica")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 row")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("with an empty or NA cell left out (the first on "
                                            "line 3)")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("2 column")), qPrintable(summary));
    const core::CsvImport in =
        core::importCsvFile(QFile::encodeName(path).toStdString(), dialog.options());
    QCOMPARE(in.data.task, core::TaskKind::MultiClassClassification);
    QCOMPARE(in.data.inputs(), 2);
    QCOMPARE(in.data.rows(), 5);
    // Words cannot be numbers: asking for a regression says so.
    dialog.taskCombo()->setCurrentIndex(1);
    QVERIFY2(dialog.problem().contains(QLatin1String("answers in words are classes")),
             qPrintable(dialog.problem()));
    QVERIFY(!ok->isEnabled());
}

QTEST_MAIN(TestRunFiles)
#include "tst_run_files.moc"
