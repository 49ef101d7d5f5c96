// The exam view, fed from a real core::Trainer: after every weight update it highlights exactly
// the rows of the batch the trainer used, at the grid positions of that batch in the epoch's
// order (checked through the widget: its cells are clicked and its pixels read). The numbers
// follow the plan (N, B, E), the marks agree with the trainer's own accuracy, and the solve
// phase ends in the answer check.
#include "run_settings.hpp"
#include "trainer.hpp"
#include "ui/session/snapshot_batcher.hpp"
#include "ui/teaching/exam_view.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace
{

const QColor batchOutline(31, 111, 209);

struct Setup {
    core::RunSettings settings;
    std::shared_ptr<ui::RunStart> start;
    std::unique_ptr<core::Trainer> trainer;
};

// Builds the run the way the training worker does.
Setup makeRun(int n, int b, int epochs, bool shuffle,
              core::DatasetKind kind = core::DatasetKind::Moons, int extraInputs = 0)
{
    Setup s;
    s.settings.data.kind = kind;
    s.settings.data.extraInputs = extraInputs;
    s.settings.data.nTrain = n;
    s.settings.data.nVal = 40;
    s.settings.data.noise = 0.2;
    s.settings.hidden = {8, 8};
    s.settings.train.batchSize = b;
    s.settings.train.epochs = epochs;
    s.settings.train.shuffle = shuffle;
    s.settings.train.shuffleSeed = 5;
    s.settings.train.optimizer.learningRate = 0.02;
    s.start = std::make_shared<ui::RunStart>();
    s.start->data = s.settings.makeData();
    const core::Network net = s.settings.makeInitialNetwork();
    s.start->spec = net.spec();
    s.start->initialParameters = net.parameters();
    s.trainer = std::make_unique<core::Trainer>(net, s.start->data.train, s.start->data.val,
                                                s.settings.train);
    s.start->trainingRows = s.trainer->trainSet().rows();
    s.start->batchSize = std::min(b, s.start->trainingRows);
    s.start->stepsPerEpoch = s.trainer->stepsPerEpoch();
    return s;
}

// Whether the pixels along the inside of a cell's border are the batch outline colour.
bool outlined(const QImage& image, const QRect& cell)
{
    int hits = 0;
    const int y = cell.center().y();
    for (int dx = 0; dx <= 3; ++dx) {
        const QColor c = image.pixelColor(cell.left() + dx, y);
        if (std::abs(c.red() - batchOutline.red()) < 30 &&
            std::abs(c.green() - batchOutline.green()) < 30 &&
            std::abs(c.blue() - batchOutline.blue()) < 30)
            ++hits;
    }
    return hits > 0;
}

// Feeds every update into the view and checks it there and then.
class Checker final : public core::TrainingObserver
{
public:
    Checker(ui::ExamView& view, core::Trainer& trainer) : view_(view), trainer_(trainer) {}

    void onUpdate(const core::UpdateInfo& u) override
    {
        // The trainer's order is still this epoch's while it reports the update.
        view_.showUpdate(u.update, u.epoch, u.batch, u.rows, trainer_.epochOrder());
        ui::ExamGrid* grid = view_.grid();
        std::vector<int> expected(u.rows.begin(), u.rows.end());
        std::sort(expected.begin(), expected.end());
        if (grid->highlightedRows() != expected) {
            failures_ << QStringLiteral("update %1: wrong rows").arg(u.update);
            return;
        }
        // Batch k sits at positions [k*B, k*B + size) of the epoch's order.
        const int b = std::min(trainer_.config().batchSize, trainer_.trainSet().rows());
        for (std::size_t i = 0; i < u.rows.size(); ++i)
            if (grid->order()[static_cast<std::size_t>(u.batch * b) + i] != u.rows[i])
                failures_ << QStringLiteral("update %1: row %2 not at its position")
                                 .arg(u.update)
                                 .arg(u.rows[i]);
        if (view_.checksShown() != u.update)
            failures_ << QStringLiteral("update %1: counter shows %2")
                             .arg(u.update)
                             .arg(view_.checksShown());
        // Through the widget: the outline is drawn on exactly the batch's cells...
        const QImage image = grid->grab().toImage();
        for (int row = 0; row < grid->rows(); ++row) {
            const bool inBatch = std::binary_search(expected.begin(), expected.end(), row);
            if (outlined(image, grid->cellRect(row)) != inBatch)
                failures_ << QStringLiteral("update %1: row %2 outline %3")
                                 .arg(u.update)
                                 .arg(row)
                                 .arg(inBatch ? "missing" : "wrong");
        }
        // ...and clicking the first cell of the batch selects that question.
        const QPoint centre = grid->cellRect(u.rows[0]).center();
        QTest::mouseClick(grid, Qt::LeftButton, {}, centre);
        if (grid->selectedRow() != u.rows[0])
            failures_ << QStringLiteral("update %1: click selected %2 instead of %3")
                             .arg(u.update)
                             .arg(grid->selectedRow())
                             .arg(u.rows[0]);
        QTest::mouseClick(grid, Qt::LeftButton, {}, centre); // unselect
        ++updates_;
    }
    void onEpoch(const core::EpochInfo& e) override { view_.addEpoch(e); }

    QStringList failures_;
    int updates_ = 0;

private:
    ui::ExamView& view_;
    core::Trainer& trainer_;
};

} // namespace

class TestExamView : public QObject
{
    Q_OBJECT
private slots:
    void highlightsTrainerBatch_data();
    void highlightsTrainerBatch();
    void numbersFollowPlan_data();
    void numbersFollowPlan();
    void marksMatchTrainerAccuracy_data();
    void marksMatchTrainerAccuracy();
    void solveThenCheck();
    void snapshotsCarryTheBatch_data();
    void snapshotsCarryTheBatch();
    void screenshot();
    void questionsAreDrawnAsWhatTheyAre_data();
    void questionsAreDrawnAsWhatTheyAre();
    void gridRepaintsAtABoundedRate();
    void cachedCellsFollowTheMarks();
    void scoresSayWhatTheCurvesShow_data();
    void scoresSayWhatTheCurvesShow();
};

void TestExamView::highlightsTrainerBatch_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("b");
    QTest::addColumn<bool>("shuffle");
    QTest::newRow("100/10 shuffled") << 100 << 10 << true;
    QTest::newRow("100/32 shuffled (last batch 4)") << 100 << 32 << true;
    QTest::newRow("100/100 in order") << 100 << 100 << false;
    QTest::newRow("100/1 shuffled") << 100 << 1 << true;
    QTest::newRow("30/4 shuffled") << 30 << 4 << true;
    QTest::newRow("10/64 (B > N)") << 10 << 64 << true;
    QTest::newRow("7/3 in order") << 7 << 3 << false;
}

void TestExamView::highlightsTrainerBatch()
{
    QFETCH(int, n);
    QFETCH(int, b);
    QFETCH(bool, shuffle);
    Setup run = makeRun(n, b, 2, shuffle);
    ui::ExamView view;
    view.resize(700, 420);
    view.setPlan(n, b, 2);
    view.setRunStart(run.start);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Checker checker(view, *run.trainer);
    while (run.trainer->step(&checker)) {
    }
    QVERIFY2(checker.failures_.isEmpty(), qPrintable(checker.failures_.mid(0, 5).join('\n')));
    QCOMPARE(checker.updates_, 2 * core::stepsPerEpoch(n, b));
}

void TestExamView::numbersFollowPlan_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("e");
    QTest::addColumn<QStringList>("numbers"); // N, B, per epoch, last batch, E, total
    QTest::addColumn<QString>("note");
    QTest::newRow("B = N") << 100 << 100 << 5 << QStringList{"100", "100", "1", "100", "5", "5"}
                           << "B = N";
    QTest::newRow("B = 10") << 100 << 10 << 3 << QStringList{"100", "10", "10", "10", "3", "30"}
                            << "";
    QTest::newRow("B = 1") << 100 << 1 << 2 << QStringList{"100", "1", "100", "1", "2", "200"}
                           << "B = 1";
    QTest::newRow("B > N") << 100 << 128 << 4 << QStringList{"100", "128", "1", "100", "4", "4"}
                           << "B = 128 is more";
    QTest::newRow("last batch") << 100 << 32 << 5 << QStringList{"100", "32", "4", "4", "5", "20"}
                                << "last batch";
}

void TestExamView::numbersFollowPlan()
{
    QFETCH(int, n);
    QFETCH(int, b);
    QFETCH(int, e);
    QFETCH(QStringList, numbers);
    QFETCH(QString, note);
    ui::ExamView view;
    view.setPlan(7, 7, 7); // something else first: the view must follow the latest plan
    view.setPlan(n, b, e);
    const QString html = view.numbersLabel()->text();
    QStringList shown;
    for (int at = html.indexOf(QLatin1String("<b>")); at >= 0;
         at = html.indexOf(QLatin1String("<b>"), at + 1))
        shown << html.mid(at + 3, html.indexOf(QLatin1String("</b>"), at) - at - 3);
    QCOMPARE(shown, numbers);
    if (note.isEmpty()) {
        QVERIFY(view.noteLabel()->isHidden());
    } else {
        QVERIFY(!view.noteLabel()->isHidden());
        QVERIFY2(view.noteLabel()->text().contains(note), qPrintable(view.noteLabel()->text()));
    }
    QCOMPARE(view.grid()->rows(), n);
}

void TestExamView::marksMatchTrainerAccuracy_data()
{
    QTest::addColumn<int>("epochs");
    QTest::newRow("before training") << 0;
    QTest::newRow("after 3 epochs") << 3;
    QTest::newRow("after 20 epochs") << 20;
}

void TestExamView::marksMatchTrainerAccuracy()
{
    QFETCH(int, epochs);
    Setup run = makeRun(60, 10, std::max(epochs, 1), true);
    ui::ExamView view;
    view.setRunStart(run.start);
    while (run.trainer->epochsDone() < epochs && run.trainer->step(nullptr)) {
    }
    view.setParameters(run.trainer->network().parameters());
    view.recomputeMarksNow();
    double accuracy = 0.0;
    run.trainer->evaluate(run.trainer->trainSet(), &accuracy);
    int right = 0;
    for (int r = 0; r < view.grid()->rows(); ++r)
        right += view.grid()->markOf(r) == ui::ExamGrid::Mark::Right;
    QCOMPARE(right, static_cast<int>(std::lround(accuracy * 60)));
}

void TestExamView::solveThenCheck()
{
    Setup run = makeRun(20, 5, 1, true);
    ui::ExamView view;
    view.setRunStart(run.start);
    view.setSolveMilliseconds(30);
    struct Feed final : core::TrainingObserver {
        ui::ExamView* v;
        core::Trainer* t;
        core::UpdateInfo last;
        std::vector<int> rows;
        void onUpdate(const core::UpdateInfo& u) override
        {
            last = u;
            rows.assign(u.rows.begin(), u.rows.end());
            v->showUpdate(u.update, u.epoch, u.batch, u.rows, t->epochOrder());
        }
    } feed;
    feed.v = &view;
    feed.t = run.trainer.get();
    run.trainer->step(&feed);
    run.trainer->step(&feed);
    // The second batch is being solved; its check has not been counted yet.
    QCOMPARE(view.grid()->phase(), ui::ExamGrid::Phase::Solving);
    QCOMPARE(view.checksShown(), std::int64_t(1));
    std::sort(feed.rows.begin(), feed.rows.end());
    QCOMPARE(view.grid()->highlightedRows(), feed.rows);
    QTRY_COMPARE(view.grid()->phase(), ui::ExamGrid::Phase::Checked);
    QCOMPARE(view.checksShown(), std::int64_t(2));
    QCOMPARE(view.grid()->highlightedRows(), feed.rows);
}

void TestExamView::snapshotsCarryTheBatch_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("merge"); // updates per snapshot (the GUI collects less often)
    QTest::newRow("100/10, every update") << 100 << 10 << 1;
    QTest::newRow("100/32, every update") << 100 << 32 << 1;
    QTest::newRow("100/100, every update") << 100 << 100 << 1;
    QTest::newRow("30/4, three merged") << 30 << 4 << 3;
    QTest::newRow("100/1, seven merged") << 100 << 1 << 7;
}

// The way the window gets them: Trainer -> SnapshotBatcher (worker) -> RunSnapshot (merged in
// the mailbox when the GUI is slower) -> ExamView. The newest batch is highlighted, at its
// positions in the trainer's order of that epoch.
void TestExamView::snapshotsCarryTheBatch()
{
    QFETCH(int, n);
    QFETCH(int, b);
    QFETCH(int, merge);
    Setup run = makeRun(n, b, 3, true);
    ui::SnapshotBatcher batcher(1000);
    batcher.setEpochOrderSource(&run.trainer->epochOrder());
    struct Tap final : core::TrainingObserver {
        ui::SnapshotBatcher* next;
        core::Trainer* trainer;
        std::vector<int> rows, order;
        int batch = 0;
        void onUpdate(const core::UpdateInfo& u) override
        {
            rows.assign(u.rows.begin(), u.rows.end());
            order = trainer->epochOrder();
            batch = u.batch;
            next->onUpdate(u);
        }
        void onEpoch(const core::EpochInfo& e) override { next->onEpoch(e); }
        void onFinished(const core::Outcome& o) override { next->onFinished(o); }
    } tap;
    tap.next = &batcher;
    tap.trainer = run.trainer.get();
    ui::ExamView view;
    view.resize(700, 420);
    ui::RunSnapshot first;
    first.start = run.start;
    view.applySnapshot(first);
    int checked = 0;
    for (;;) {
        ui::RunSnapshot s;
        bool more = true;
        for (int i = 0; i < merge && more; ++i) {
            more = run.trainer->step(&tap);
            s.merge(batcher.takePending());
        }
        QVERIFY(s.batches.size() <= ui::RunSnapshot::maxBatches);
        view.applySnapshot(s);
        if (!s.batches.empty()) {
            std::vector<int> expected = tap.rows;
            std::sort(expected.begin(), expected.end());
            QCOMPARE(view.grid()->highlightedRows(), expected);
            const int bb = std::min(b, n);
            for (std::size_t i = 0; i < tap.rows.size(); ++i)
                QCOMPARE(view.grid()->order()[static_cast<std::size_t>(tap.batch * bb) + i],
                         tap.rows[i]);
            QCOMPARE(view.grid()->order(), tap.order);
            QCOMPARE(view.checksShown(), run.trainer->updatesDone());
            ++checked;
        }
        if (!more)
            break;
    }
    QVERIFY(checked >= 3 * core::stepsPerEpoch(n, b) / merge);
}

// Not a comparison: writes what the view looks like, for people to look at.
void TestExamView::screenshot()
{
    for (const auto kind : {core::DatasetKind::Moons, core::DatasetKind::Sine}) {
        Setup run = makeRun(100, 10, 5, true, kind);
        ui::ExamView view;
        view.resize(760, 430);
        view.setPlan(100, 10, 5);
        view.setRunStart(run.start);
        view.setEpochsPlanned(5);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Checker checker(view, *run.trainer);
        while (run.trainer->updatesDone() < 23)
            run.trainer->step(&checker);
        view.setParameters(run.trainer->network().parameters());
        view.recomputeMarksNow();
        // Let the nested layouts follow the new texts (one level per turn of the loop).
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // Beside the test program (one per build), not a fixed name in the shared /tmp.
        const QString path =
            QDir(QCoreApplication::applicationDirPath())
                .filePath(kind == core::DatasetKind::Moons
                              ? QStringLiteral("batchlab_exam_view.png")
                              : QStringLiteral("batchlab_exam_view_regression.png"));
        QVERIFY(image.save(path));
        qInfo("exam view: %s", qPrintable(path));
    }
}

void TestExamView::questionsAreDrawnAsWhatTheyAre_data()
{
    QTest::addColumn<core::DatasetKind>("kind");
    QTest::addColumn<int>("extraInputs");
    QTest::addColumn<int>("look");
    QTest::newRow("digits: pictures")
        << core::DatasetKind::Digits << 0 << int(ui::QuestionTiles::Look::Picture);
    QTest::newRow("moons: plain") << core::DatasetKind::Moons << 0
                                  << int(ui::QuestionTiles::Look::Plain);
    QTest::newRow("wide: strips") << core::DatasetKind::KBlobs << 11
                                  << int(ui::QuestionTiles::Look::Strip);
}

// Digits are drawn as their pictures with the answer sheet's answer and the model's, a wrong
// one in red; other wide data as a strip of values; two inputs stay plain. Read from the pixels.
void TestExamView::questionsAreDrawnAsWhatTheyAre()
{
    QFETCH(core::DatasetKind, kind);
    QFETCH(int, extraInputs);
    QFETCH(int, look);
    Setup run = makeRun(100, 10, 5, true, kind, extraInputs);
    ui::ExamView view;
    view.resize(1000, 640);
    view.setPlan(100, 10, 5);
    view.setRunStart(run.start);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(int(view.grid()->tiles().look()), look);
    if (extraInputs > 0)
        return; // the strip's pixels depend on nothing the trainer does
    Checker checker(view, *run.trainer);
    while (run.trainer->updatesDone() < 10) // one whole pass: no tile is drawn pale
        run.trainer->step(&checker);
    view.setParameters(run.trainer->network().parameters());
    view.recomputeMarksNow();
    QCoreApplication::processEvents();
    const QImage image = view.grid()->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    // Counts the pixels of a cell near a colour.
    const auto count = [&](int row, const QColor& c, int tolerance) {
        const QRect r = view.grid()->cellRect(row);
        int n = 0;
        for (int y = int(r.top() * dpr); y < int(r.bottom() * dpr); ++y)
            for (int x = int(r.left() * dpr); x < int(r.right() * dpr); ++x) {
                const QColor p = image.pixelColor(x, y);
                n += std::abs(p.red() - c.red()) <= tolerance &&
                     std::abs(p.green() - c.green()) <= tolerance &&
                     std::abs(p.blue() - c.blue()) <= tolerance;
            }
        return n;
    };
    const QColor wrongAnswer(176, 32, 28);
    int wrong = 0, right = 0;
    for (int row = 0; row < 100; ++row) {
        const bool isWrong = view.grid()->markOf(row) == ui::ExamGrid::Mark::Wrong;
        wrong += isWrong;
        right += !isWrong;
        const bool pictures = look == int(ui::QuestionTiles::Look::Picture);
        // The model's wrong answer sits on a red box; a right one has none.
        QCOMPARE(count(row, wrongAnswer, 6) > 4, pictures && isWrong);
        // The handwriting: the darkest pixel of the row's picture is drawn in its grey.
        if (pictures) {
            const double darkest = run.start->data.train.x.row(row).leftCols(64).maxCoeff();
            const int grey = int(std::lround(255.0 * (1.0 - darkest)));
            QVERIFY(count(row, QColor(grey, grey, grey), 2) > 4);
        }
    }
    QVERIFY(wrong > 0 && right > 0); // one pass: the model gets some right, some wrong
    if (look == int(ui::QuestionTiles::Look::Picture)) {
        const QString path = QDir(QCoreApplication::applicationDirPath())
                                 .filePath(QStringLiteral("batchlab_exam_view_digits.png"));
        QVERIFY(view.grab().toImage().save(path));
        qInfo("exam view: %s", qPrintable(path));
    }
}

namespace
{
struct PaintCounter : QObject {
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        paints += e->type() == QEvent::Paint;
        return false;
    }
};
} // namespace

// A run at full speed moves the batch thousands of times a second; with 2,000 questions the grid
// must not repaint (nor grow its work) with every move: at most ~30 frames a second.
void TestExamView::gridRepaintsAtABoundedRate()
{
    ui::ExamGrid grid;
    grid.resize(600, 500);
    grid.clear(2000);
    grid.setBatchSize(1);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    PaintCounter counter;
    grid.installEventFilter(&counter);
    QElapsedTimer clock;
    clock.start();
    int moves = 0;
    while (clock.elapsed() < 500) {
        const int row = grid.order()[static_cast<std::size_t>(moves % 2000)];
        grid.setBatch(moves % 2000, std::span<const int>(&row, 1), ui::ExamGrid::Phase::Checked);
        grid.setSolvedUpTo(moves % 2000 + 1);
        ++moves;
        QCoreApplication::processEvents();
    }
    const double seconds = clock.elapsed() / 1000.0;
    qInfo("%d batch moves, %d paints in %.2f s", moves, counter.paints, seconds);
    QVERIFY(moves > 100);
    QVERIFY(counter.paints >= 2); // it does follow the run
    QVERIFY2(counter.paints <= 2 + 35 * seconds, qPrintable(QString::number(counter.paints)));
}

// The cells are cached as images: new marks must reach the screen.
void TestExamView::cachedCellsFollowTheMarks()
{
    ui::ExamGrid grid;
    grid.resize(400, 300);
    grid.clear(200);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    const auto colourOf = [&](int row) {
        return grid.grab().toImage().pixelColor(grid.cellRect(row).center());
    };
    for (const auto mark :
         {ui::ExamGrid::Mark::Right, ui::ExamGrid::Mark::Wrong, ui::ExamGrid::Mark::Right}) {
        grid.setMarks(std::vector<ui::ExamGrid::Mark>(200, mark), std::vector<float>(200, 1.0f),
                      nullptr);
        const QColor c = colourOf(17);
        if (mark == ui::ExamGrid::Mark::Right)
            QVERIFY2(c.green() > c.red() + 40, qPrintable(c.name()));
        else
            QVERIFY2(c.red() > c.green() + 40, qPrintable(c.name()));
    }
}

// Beside the scores, the reading of core::readCurves: memorising from the epoch of the
// per-epoch plot's mark, "not learning yet" for a run that never learned, nothing while learning.
void TestExamView::scoresSayWhatTheCurvesShow_data()
{
    QTest::addColumn<int>("shape"); // 0 overfits from epoch 30, 1 flat at chance, 2 learning
    QTest::addColumn<QString>("sentence");
    QTest::newRow("overfits") << 0 << QStringLiteral("Memorising since pass 3");
    QTest::newRow("never learned") << 1 << QStringLiteral("Not learning yet");
    QTest::newRow("learning") << 2 << QString();
}
void TestExamView::scoresSayWhatTheCurvesShow()
{
    QFETCH(int, shape);
    QFETCH(QString, sentence);
    ui::ExamView view;
    for (int e = 0; e <= 100; ++e) {
        core::EpochInfo info;
        info.epoch = e;
        const double falling = 0.7 - 0.6 * e / 100.0;
        info.trainLoss = shape == 1 ? 0.69 + 0.01 * std::sin(e) : falling;
        info.valLoss = shape == 0   ? (e <= 30 ? 0.7 - 0.01 * e : 0.4 + 0.01 * (e - 30))
                       : shape == 1 ? 0.70 + 0.01 * std::cos(e)
                                    : falling + 0.05;
        info.kerasLoss = info.trainLoss;
        view.addEpoch(info);
    }
    view.setOutcome(core::Outcome{});
    const QString text = view.scoreLabel()->text();
    if (sentence.isEmpty()) {
        QVERIFY2(!text.contains(QStringLiteral("Memorising")) &&
                     !text.contains(QStringLiteral("Not learning")) &&
                     !text.contains(QStringLiteral("No change")),
                 qPrintable(text));
    } else {
        QVERIFY2(text.contains(sentence), qPrintable(text));
    }
}

QTEST_MAIN(TestExamView)
#include "tst_exam_view.moc"
