// Lessons: every embedded lesson file loads, and the numbers it states (updates per epoch,
// totals, last batch, the check's answer) are what core::Trainer does with its settings. The
// English and Korean versions of a lesson teach with the same runs. Bad files are rejected with
// the field named. The LessonRunner pauses a real TrainingController exactly where a step says.
#include "cost_meter.hpp"
#include "lesson.hpp"
#include "noise_meter.hpp"
#include "run_record.hpp"
#include "slowdown.hpp"
#include "sweep.hpp"
#include "trainer.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/teaching/lesson_library.hpp"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <mutex>

namespace
{

// Runs a Trainer and records what the lessons talk about.
struct Recorder final : core::TrainingObserver {
    int lastBatchOfEpoch = 0;
    std::int64_t samples = 0;
    int stepsPerEpoch = 0;
    core::CurveRecorder curve; // the per-epoch records the shape checks read
    void onEpoch(const core::EpochInfo& e) override { curve.onEpoch(e); }
    void onFinished(const core::Outcome& o) override { curve.onFinished(o); }
    void onUpdate(const core::UpdateInfo& u) override
    {
        curve.onUpdate(u);
        samples += u.size;
        if (u.batch + 1 == stepsPerEpoch)
            lastBatchOfEpoch = u.size;
    }
};

struct Run {
    std::unique_ptr<core::Trainer> trainer;
    Recorder recorder;
};

std::unique_ptr<Run> startRun(const core::RunSettings& s)
{
    auto run = std::make_unique<Run>();
    const core::DataSplit data = s.makeData();
    run->trainer =
        std::make_unique<core::Trainer>(s.makeInitialNetwork(), data.train, data.val, s.train);
    run->recorder.stepsPerEpoch = run->trainer->stepsPerEpoch();
    return run;
}

void runUntil(Run& run, std::int64_t update)
{
    while (!run.trainer->finished() && run.trainer->updatesDone() < update)
        run.trainer->step(&run.recorder);
}

// The summary of a lesson's sweep, trained once per distinct sweep (the English and Korean
// files, and a step and the check, share it) on two workers.
const std::vector<core::SweepSummaryRow>& sweepSummary(const core::RunSettings& s,
                                                       const core::LessonSweep& w)
{
    static std::vector<std::pair<core::SweepSpec, std::vector<core::SweepSummaryRow>>> done;
    const core::SweepSpec spec = core::lessonSweepSpec(s, w);
    for (const auto& [d, rows] : done)
        if (d.base.settings == spec.base.settings && d.values == spec.values &&
            d.seeds == spec.seeds)
            return rows;
    const std::vector<core::SweepRun> plan = core::planSweep(spec);
    const std::vector<double> values = core::sweepValues(plan);
    std::vector<core::SweepRunResult> results;
    std::mutex m;
    core::SweepRunner runner(plan, 2);
    runner.run([&](const core::SweepRunResult& r) {
        const std::lock_guard lock(m);
        results.push_back(r);
    });
    for (const core::SweepRunResult& r : results)
        if (!r.ok())
            qWarning("sweep run failed: %s", r.error.c_str());
    done.emplace_back(spec, core::summarizeSweep(values, results));
    return done.back().second;
}

QStringList lessonFiles()
{
    const QDir dir(ui::LessonLibrary::embeddedFolder());
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

} // namespace

class TestLesson : public QObject
{
    Q_OBJECT
private slots:
    void embeddedLessons();
    void statedNumbersMatchTrainer_data();
    void statedNumbersMatchTrainer();
    void languagesTeachTheSameRuns_data();
    void languagesTeachTheSameRuns();
    void shapesMatchTrainer_data();
    void shapesMatchTrainer();
    void shapeChecksCanFail_data();
    void shapeChecksCanFail();
    void everyRunStepChecksItsShapes();
    void sweepClaimsMatchTheSweep_data();
    void sweepClaimsMatchTheSweep();
    void sweepClaimsCanFail_data();
    void sweepClaimsCanFail();
    void meterClaimsMatchTheMeters_data();
    void meterClaimsMatchTheMeters();
    void runnerTrainsASweepStep();
    void curveRecorderMeasuresJumps();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void placeholders_data();
    void placeholders();
    void plannedFacts_data();
    void plannedFacts();
    void languageFallback();
    void runnerPausesExactly_data();
    void runnerPausesExactly();
};

void TestLesson::embeddedLessons()
{
    const QStringList files = lessonFiles();
    QStringList problems;
    const auto all = ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(static_cast<int>(all.size()), files.size());
    // Ten lessons, each in English and Korean.
    for (const char* lang : {"en", "ko"}) {
        const auto chosen = ui::LessonLibrary::forLanguage(all, QString::fromLatin1(lang));
        QCOMPARE(chosen.size(), std::size_t(10));
        for (const auto& f : chosen)
            QCOMPARE(QString::fromStdString(f.lesson.language), QString::fromLatin1(lang));
        for (std::size_t i = 0; i < chosen.size(); ++i)
            QCOMPARE(chosen[i].lesson.order, static_cast<int>(i) + 1);
    }
}

void TestLesson::statedNumbersMatchTrainer_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : lessonFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestLesson::statedNumbersMatchTrainer()
{
    QFETCH(QString, path);
    const core::Lesson lesson = ui::LessonLibrary::load(path);
    std::unique_ptr<Run> run;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& step = lesson.steps[i];
        const QByteArray where = "step " + QByteArray::number(int(i + 1));
        if (step.restart && step.target.runs())
            run = startRun(step.settings);
        if (!step.target.runs())
            continue;
        QVERIFY2(run, where.constData());
        const core::RunFacts planned = core::plannedFacts(step.settings);
        // What the step's text says (through its placeholders) is what the trainer does.
        QCOMPARE(run->trainer->stepsPerEpoch(), planned.updatesPerEpoch);
        QCOMPARE(run->trainer->totalUpdates(), planned.updates);
        QCOMPARE(run->trainer->trainSet().rows(), planned.trainingRows);
        const std::int64_t target = step.target.pauseAfterUpdate(step.settings);
        runUntil(*run, target);
        const bool goal = step.settings.train.goal.kind != core::GoalKind::None;
        if (goal && run->trainer->finished()) // stopped at its goal, before the target
            QCOMPARE(run->trainer->outcome().reason, core::StopReason::GoalReached);
        else if (!step.settings.train.earlyStopping.enabled)
            QCOMPARE(run->trainer->updatesDone(), target);
        if (step.expect.updatesPerEpoch)
            QCOMPARE(run->trainer->stepsPerEpoch(), *step.expect.updatesPerEpoch);
        if (step.expect.totalUpdates)
            QCOMPARE(run->trainer->totalUpdates(), *step.expect.totalUpdates);
        if (step.expect.lastBatch) {
            QVERIFY2(run->trainer->epochsDone() >= 1, where.constData());
            QCOMPARE(run->recorder.lastBatchOfEpoch, *step.expect.lastBatch);
            QCOMPARE(planned.lastBatch, *step.expect.lastBatch);
        }
        if (step.expect.stoppedEpoch) {
            QVERIFY(run->trainer->finished());
            QCOMPARE(run->trainer->outcome().epochs, *step.expect.stoppedEpoch);
        }
        if (step.target.toEnd)
            QVERIFY2(run->trainer->finished(), where.constData());
    }

    // The check question: its answer is what running its settings gives.
    const core::LessonCheck& check = lesson.check;
    if (check.sweep) {
        // The batch size of the sweep's lowest mean best validation loss.
        const auto& rows = sweepSummary(check.settings, *check.sweep);
        QCOMPARE(int(rows.size()),
                 int(core::planSweep(core::lessonSweepSpec(check.settings, *check.sweep)).size()) /
                     check.sweep->seeds);
        double lowest = std::numeric_limits<double>::infinity();
        std::int64_t answer = -1;
        for (const core::SweepSummaryRow& r : rows) {
            QCOMPARE(r.runs, check.sweep->seeds);
            const double m = r[core::SweepColumn::BestValLoss].mean;
            if (m < lowest) {
                lowest = m;
                answer = std::int64_t(r.value);
            }
        }
        QCOMPARE(std::int64_t(core::sweepExtremeAt(rows, core::SweepColumn::BestValLoss, false)),
                 answer);
        qInfo("check answer: B = %lld (mean best validation loss %.4f)",
              static_cast<long long>(answer), lowest);
        QVERIFY(check.stated);
        QCOMPARE(answer, *check.stated);
        return;
    }
    auto checkRun = startRun(check.settings);
    runUntil(*checkRun, std::numeric_limits<std::int64_t>::max());
    QVERIFY(checkRun->trainer->finished());
    const core::Outcome& o = checkRun->trainer->outcome();
    const core::RunFacts facts = core::factsOfOutcome(check.settings, o);
    QCOMPARE(facts.samplesSeen, checkRun->recorder.samples);
    const std::int64_t answer = core::answerOf(check.answer, facts);
    if (core::answerFromSettings(check.answer))
        QCOMPARE(answer, core::answerOf(check.answer, core::plannedFacts(check.settings)));
    if (check.answer == core::AnswerKind::LastBatchSize)
        QCOMPARE(answer, std::int64_t(checkRun->recorder.lastBatchOfEpoch));
    if (check.answer == core::AnswerKind::StoppedEpoch) {
        QCOMPARE(o.reason, core::StopReason::EarlyStopped);
        // Keras: the stop comes `patience` epochs after the best one.
        QCOMPARE(answer, std::int64_t(o.bestEpoch + check.settings.train.earlyStopping.patience));
    }
    if (check.answer == core::AnswerKind::UpdatesToGoal) {
        // The run reached its goal: the answer is where it stopped, before its last epoch.
        QCOMPARE(o.reason, core::StopReason::GoalReached);
        QVERIFY(answer < core::plannedFacts(check.settings).updates);
    }
    qInfo("check answer %lld (best epoch %d)", static_cast<long long>(answer), o.bestEpoch);
    if (check.stated)
        QCOMPARE(answer, *check.stated);
    QVERIFY(answer > 0);
}

void TestLesson::languagesTeachTheSameRuns_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("other");
    for (const QString& path : lessonFiles()) {
        if (!path.endsWith(QLatin1String(".en.json")))
            continue;
        const QString stem = path.left(path.size() - int(qstrlen(".en.json")));
        for (const QString& other : lessonFiles())
            if (other.startsWith(stem + QLatin1Char('.')) && other != path)
                QTest::newRow(qPrintable(QFileInfo(other).fileName())) << path << other;
    }
}

void TestLesson::languagesTeachTheSameRuns()
{
    QFETCH(QString, english);
    QFETCH(QString, other);
    const core::Lesson a = ui::LessonLibrary::load(english);
    const core::Lesson b = ui::LessonLibrary::load(other);
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.order, a.order);
    QVERIFY(b.settings == a.settings);
    QCOMPARE(b.steps.size(), a.steps.size());
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        QVERIFY(b.steps[i].settings == a.steps[i].settings);
        QCOMPARE(b.steps[i].restart, a.steps[i].restart);
        QCOMPARE(b.steps[i].target.epoch, a.steps[i].target.epoch);
        QCOMPARE(b.steps[i].target.update, a.steps[i].target.update);
        QCOMPARE(b.steps[i].target.toEnd, a.steps[i].target.toEnd);
        QCOMPARE(b.steps[i].speed, a.steps[i].speed);
        QCOMPARE(b.steps[i].sweep.has_value(), a.steps[i].sweep.has_value());
        if (a.steps[i].sweep) {
            QCOMPARE(b.steps[i].sweep->batchSizes, a.steps[i].sweep->batchSizes);
            QCOMPARE(b.steps[i].sweep->seeds, a.steps[i].sweep->seeds);
        }
        QCOMPARE(b.steps[i].meter, a.steps[i].meter);
        // The same paragraphs: a translation that lost one says less than the lesson.
        QCOMPARE(QString::fromStdString(b.steps[i].text).count(QStringLiteral("\n\n")),
                 QString::fromStdString(a.steps[i].text).count(QStringLiteral("\n\n")));
    }
    QVERIFY(b.check.settings == a.check.settings);
    QCOMPARE(b.check.answer, a.check.answer);
    QCOMPARE(b.check.stated, a.check.stated);
    QCOMPARE(b.check.tolerance, a.check.tolerance);
    QCOMPARE(b.check.sweep.has_value(), a.check.sweep.has_value());
    if (a.check.sweep) {
        QCOMPARE(b.check.sweep->batchSizes, a.check.sweep->batchSizes);
        QCOMPARE(b.check.sweep->seeds, a.check.sweep->seeds);
    }
    // The quiz bank: at least three questions, the same ones (answers, number of choices) in
    // every language.
    QVERIFY2(a.quiz.size() >= 3, qPrintable(english));
    QCOMPARE(b.quiz.size(), a.quiz.size());
    for (std::size_t i = 0; i < a.quiz.size(); ++i) {
        QCOMPARE(b.quiz[i].choices.size(), a.quiz[i].choices.size());
        QCOMPARE(b.quiz[i].answer, a.quiz[i].answer);
        QVERIFY(!b.quiz[i].why.empty() && !a.quiz[i].why.empty());
    }
}

void TestLesson::shapesMatchTrainer_data()
{
    statedNumbersMatchTrainer_data();
}

// What the steps say about their curves (falls, rises, flat, lower, higher, the best epoch) is
// what the trainer's per-epoch records show. A step without a run speaks about the run it
// follows; "than": {"step": k} compares with the run as it was at the end of step k.
void TestLesson::shapesMatchTrainer()
{
    QFETCH(QString, path);
    const core::Lesson lesson = ui::LessonLibrary::load(path);
    std::unique_ptr<Run> run;
    std::vector<core::RunCurve> afterStep;
    int checks = 0;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& step = lesson.steps[i];
        if (step.restart && step.target.runs())
            run = startRun(step.settings);
        if (step.target.runs())
            runUntil(*run, step.target.pauseAfterUpdate(step.settings));
        afterStep.push_back(run ? run->recorder.curve.curve() : core::RunCurve{});
        const core::RunCurve& curve = afterStep.back();
        const QByteArray where = "step " + QByteArray::number(int(i + 1));
        if (step.expect.bestEpoch) {
            QVERIFY2(!curve.epochs.empty(), where.constData());
            QCOMPARE(curve.epochs.back().bestEpoch, *step.expect.bestEpoch);
            ++checks;
        }
        for (const core::ShapeCheck& c : step.expect.shapes) {
            const core::RunCurve* other =
                c.thanStep > 0 ? &afterStep[static_cast<std::size_t>(c.thanStep - 1)] : &curve;
            const std::string problem = core::checkShape(c, curve, other);
            QVERIFY2(problem.empty(),
                     (where + ": " + QByteArray::fromStdString(problem)).constData());
            ++checks;
        }
    }
    qInfo("%d shape checks", checks);
}

void TestLesson::shapeChecksCanFail_data()
{
    QTest::addColumn<QByteArray>("shape");
    QTest::addColumn<bool>("holds");
    // val_loss over epochs 0..5: 1.0, 0.5, 0.6, 0.5, 0.9, 1.2; best epoch 1.
    QTest::newRow("falls") << QByteArray(R"({"series": "val_loss", "is": "falls", "to": 1})")
                           << true;
    QTest::newRow("falls, not by that much")
        << QByteArray(R"({"series": "val_loss", "is": "falls", "to": 1, "by": 0.6})") << false;
    QTest::newRow("does not fall")
        << QByteArray(R"({"series": "val_loss", "is": "falls", "from": 1, "to": "end"})") << false;
    QTest::newRow("rises") << QByteArray(R"({"series": "val_loss", "is": "rises", "from": 3})")
                           << true;
    QTest::newRow("flat")
        << QByteArray(R"({"series": "val_loss", "is": "flat", "from": 1, "to": 3, "within": 0.1})")
        << true;
    QTest::newRow("not flat")
        << QByteArray(R"({"series": "val_loss", "is": "flat", "from": 1, "to": 4, "within": 0.1})")
        << false;
    QTest::newRow("higher than best")
        << QByteArray(
               R"({"series": "val_loss", "is": "higher", "than": {"at": "best"}, "times": 2})")
        << true;
    QTest::newRow("not 3 times")
        << QByteArray(
               R"({"series": "val_loss", "is": "higher", "than": {"at": "best"}, "times": 3})")
        << false;
    QTest::newRow("lower than a value")
        << QByteArray(R"({"series": "val_loss", "is": "lower", "at": 3, "than": {"value": 0.55}})")
        << true;
    QTest::newRow("not lower")
        << QByteArray(R"({"series": "val_loss", "is": "lower", "at": 2, "than": {"value": 0.55}})")
        << false;
    QTest::newRow("beyond the run")
        << QByteArray(R"({"series": "val_loss", "is": "rises", "from": 3, "to": 9})") << false;
    QTest::newRow("no accuracy (NaN)")
        << QByteArray(R"({"series": "val_accuracy", "is": "falls"})") << false;
    // Per weight update: epoch e ends at update 10 e.
    QTest::newRow("lower at an update")
        << QByteArray(
               R"({"series": "val_loss", "is": "lower", "at": {"update": 30}, "than": {"value": 0.55}})")
        << true;
    QTest::newRow("not lower at an update")
        << QByteArray(
               R"({"series": "val_loss", "is": "lower", "at": {"update": 20}, "than": {"value": 0.55}})")
        << false;
    QTest::newRow("no epoch ends at that update")
        << QByteArray(
               R"({"series": "val_loss", "is": "lower", "at": {"update": 25}, "than": {"value": 9}})")
        << false;
    QTest::newRow("higher at an update than at another")
        << QByteArray(
               R"({"series": "val_loss", "is": "higher", "at": {"update": 50}, "than": {"at": {"update": 10}}, "times": 2})")
        << true;
    // The run reached its goal after 42 updates, between the ends of epochs 4 and 5.
    QTest::newRow("reached the goal in fewer updates than a number")
        << QByteArray(
               R"({"series": "updates", "is": "lower", "at": "goal", "than": {"value": 45}})")
        << true;
    QTest::newRow("reached the goal in fewer updates than the whole run")
        << QByteArray(
               R"({"series": "updates", "is": "lower", "at": "goal", "than": {"at": "end"}, "times": 0.9})")
        << true;
    QTest::newRow("not that few updates")
        << QByteArray(
               R"({"series": "updates", "is": "lower", "at": "goal", "than": {"at": "end"}, "times": 0.8})")
        << false;
    QTest::newRow("updates at an epoch end")
        << QByteArray(R"({"series": "updates", "is": "higher", "at": 5, "than": {"at": "goal"}})")
        << true;
    QTest::newRow("no goal reached")
        << QByteArray(
               R"({"series": "updates", "is": "lower", "at": "goal", "than": {"value": 1000}})")
        << false;
}

// The checker itself on a curve made by hand: it can say no.
void TestLesson::shapeChecksCanFail()
{
    QFETCH(QByteArray, shape);
    QFETCH(bool, holds);
    const QByteArray json =
        R"({"id": "x", "language": "en", "title": "T", "settings": {"epochs": 5},
            "steps": [{"text": "t", "run": {"to_end": true}, "expect": {"shapes": [)" +
        shape + R"(]}}], "check": {"question": "q", "answer": "total_updates"}})";
    const core::Lesson l = core::parseLesson(std::string_view(json.constData(), json.size()));
    QCOMPARE(l.steps.front().expect.shapes.size(), std::size_t(1));
    core::RunCurve curve;
    const double val[] = {1.0, 0.5, 0.6, 0.5, 0.9, 1.2};
    for (int e = 0; e <= 5; ++e) {
        core::EpochInfo info;
        info.epoch = e;
        info.valLoss = val[e];
        info.updates = 10 * e;
        info.valAccuracy = std::nan("");
        info.bestEpoch = e == 0 ? -1 : 1;
        curve.epochs.push_back(info);
        curve.updateJump.push_back(std::nan(""));
    }
    if (!QByteArray(QTest::currentDataTag()).startsWith("no goal"))
        curve.goalUpdates = 42;
    const std::string problem =
        core::checkShape(l.steps.front().expect.shapes.front(), curve, &curve);
    QCOMPARE(problem.empty(), holds);
}

// Every shipped lesson checks the shapes its text states, and the English and Korean files
// check the same ones.
void TestLesson::everyRunStepChecksItsShapes()
{
    for (const QString& path : lessonFiles()) {
        const core::Lesson l = ui::LessonLibrary::load(path);
        const core::Lesson en =
            ui::LessonLibrary::load(path.left(path.lastIndexOf(QLatin1Char('.'), path.size() - 6)) +
                                    QStringLiteral(".en.json"));
        std::size_t shapes = 0;
        for (std::size_t i = 0; i < l.steps.size(); ++i) {
            shapes += l.steps[i].expect.shapes.size() + l.steps[i].expect.sweep.size() +
                      l.steps[i].expect.meters.size();
            QCOMPARE(l.steps[i].expect.meters, en.steps[i].expect.meters);
            QCOMPARE(l.steps[i].expect.sweep.size(), en.steps[i].expect.sweep.size());
            for (std::size_t k = 0; k < l.steps[i].expect.sweep.size(); ++k) {
                QCOMPARE(l.steps[i].expect.sweep[k].column, en.steps[i].expect.sweep[k].column);
                QCOMPARE(l.steps[i].expect.sweep[k].kind, en.steps[i].expect.sweep[k].kind);
                QCOMPARE(l.steps[i].expect.sweep[k].number, en.steps[i].expect.sweep[k].number);
            }
            QCOMPARE(l.steps[i].expect.bestEpoch, en.steps[i].expect.bestEpoch);
            QCOMPARE(l.steps[i].expect.shapes.size(), en.steps[i].expect.shapes.size());
            for (std::size_t k = 0; k < l.steps[i].expect.shapes.size(); ++k)
                QCOMPARE(core::describe(l.steps[i].expect.shapes[k]),
                         core::describe(en.steps[i].expect.shapes[k]));
        }
        QVERIFY2(shapes > 0, qPrintable(path));
    }
}

void TestLesson::sweepClaimsMatchTheSweep_data()
{
    statedNumbersMatchTrainer_data();
}

// What a step says about its sweep is what the same sweep (trained here on core::SweepRunner,
// seeds 1..K, exactly as the window trains it) shows in its summary.
void TestLesson::sweepClaimsMatchTheSweep()
{
    QFETCH(QString, path);
    const core::Lesson lesson = ui::LessonLibrary::load(path);
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& step = lesson.steps[i];
        if (!step.sweep)
            continue;
        const auto& rows = sweepSummary(step.settings, *step.sweep);
        for (const core::SweepClaim& c : step.expect.sweep) {
            std::string why;
            QVERIFY2(core::sweepClaimHolds(c, rows, &why),
                     qPrintable(QStringLiteral("step %1: %2").arg(i + 1).arg(why.c_str())));
        }
    }
}

void TestLesson::sweepClaimsCanFail_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("holds");
    using K = core::SweepClaim::Kind;
    // Means 0.5, 0.3, 0.4 at batch sizes 1, 2, 4.
    QTest::newRow("lowest at 2") << int(K::LowestAt) << 2.0 << true;
    QTest::newRow("lowest at 1") << int(K::LowestAt) << 1.0 << false;
    QTest::newRow("highest at 1") << int(K::HighestAt) << 1.0 << true;
    QTest::newRow("highest at 4") << int(K::HighestAt) << 4.0 << false;
    QTest::newRow("all above 0.25") << int(K::AllAbove) << 0.25 << true;
    QTest::newRow("all above 0.35") << int(K::AllAbove) << 0.35 << false;
    QTest::newRow("all below 0.6") << int(K::AllBelow) << 0.6 << true;
    QTest::newRow("all below 0.45") << int(K::AllBelow) << 0.45 << false;
    QTest::newRow("spread below 0.25") << int(K::SpreadBelow) << 0.25 << true;
    QTest::newRow("spread below 0.15") << int(K::SpreadBelow) << 0.15 << false;
}

void TestLesson::sweepClaimsCanFail()
{
    QFETCH(int, kind);
    QFETCH(double, number);
    QFETCH(bool, holds);
    std::vector<core::SweepRunResult> results;
    const double means[] = {0.5, 0.3, 0.4};
    const double values[] = {1, 2, 4};
    for (int v = 0; v < 3; ++v)
        for (double d : {-0.01, 0.01}) {
            core::SweepRunResult r;
            r.value = values[v];
            r.valueIndex = v;
            r.bestValLoss = means[v] + d;
            results.push_back(r);
        }
    const auto rows = core::summarizeSweep({1, 2, 4}, results);
    core::SweepClaim c;
    c.column = core::SweepColumn::BestValLoss;
    c.kind = core::SweepClaim::Kind(kind);
    c.number = number;
    std::string why;
    QCOMPARE(core::sweepClaimHolds(c, rows, &why), holds);
    QCOMPARE(why.empty(), holds);
}

void TestLesson::meterClaimsMatchTheMeters_data()
{
    statedNumbersMatchTrainer_data();
}

// What a step says about the meters holds at its settings, both at the initial weights and at
// the end of its run (the window measures whatever weights the run has when the step is read):
// the gradient noise as core::measureNoise measures it, the memory and updates per epoch as the
// cost meter computes them. Batch sizes: those the meters show (1, 2, 4, ... below N, and N).
void TestLesson::meterClaimsMatchTheMeters()
{
    QFETCH(QString, path);
    const core::Lesson lesson = ui::LessonLibrary::load(path);
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& step = lesson.steps[i];
        if (step.expect.meters.empty())
            continue;
        const QByteArray where = "step " + QByteArray::number(int(i + 1));
        const core::RunSettings& s = step.settings;
        const int n = s.trainingRows();
        std::vector<int> sizes;
        for (double b : core::defaultSweepValues(core::SweepParameter::BatchSize, n))
            sizes.push_back(int(b));
        const core::DataSplit data = s.makeData();
        core::Network start = s.makeInitialNetwork();
        core::Network end = start;
        end.parameters() = core::trainSpec(core::specOf(s)).finalParameters;
        for (const core::MeterClaim claim : step.expect.meters) {
            const QByteArray what = where + " " +
                                    QByteArray(core::meterClaimKey(claim).data(),
                                               qsizetype(core::meterClaimKey(claim).size()));
            if (claim == core::MeterClaim::BytesGrow) {
                for (std::size_t k = 1; k < sizes.size(); ++k)
                    QVERIFY2(core::batchMemory(s.networkSpec(), sizes[k]).total() >
                                 core::batchMemory(s.networkSpec(), sizes[k - 1]).total(),
                             what.constData());
                continue;
            }
            if (claim == core::MeterClaim::UpdatesPerEpochFall) {
                QCOMPARE(core::stepsPerEpoch(n, sizes.front()), n);
                QCOMPARE(core::stepsPerEpoch(n, sizes.back()), 1);
                for (std::size_t k = 1; k < sizes.size(); ++k)
                    QVERIFY2(core::stepsPerEpoch(n, sizes[k]) <=
                                 core::stepsPerEpoch(n, sizes[k - 1]),
                             what.constData());
                continue;
            }
            for (const core::Network* net : {&start, &end}) {
                core::NoiseMeterConfig config;
                config.batchSizes = sizes;
                const core::NoiseReport report = core::measureNoise(*net, data.train, config);
                const auto& rows = report.rows;
                QCOMPARE(rows.size(), sizes.size());
                switch (claim) {
                case core::MeterClaim::NoiseFalls:
                    for (std::size_t k = 1; k < rows.size(); ++k)
                        QVERIFY2(rows[k].measuredVariance < rows[k - 1].measuredVariance,
                                 what.constData());
                    break;
                case core::MeterClaim::NoiseZeroAtN:
                    QCOMPARE(rows.back().batchSize, n);
                    QCOMPARE(rows.back().measuredVariance, 0.0);
                    break;
                case core::MeterClaim::NoiseFollowsFormula:
                    for (const core::NoiseRow& r : rows) {
                        const double tolerance = r.method == core::NoiseMethod::Enumerated
                                                     ? 1e-9 * std::max(1e-300, r.theoryVariance)
                                                     : 3.0 * r.standardError;
                        QVERIFY2(std::abs(r.measuredVariance - r.theoryVariance) <= tolerance,
                                 qPrintable(QStringLiteral("%1: B = %2 measured %3, formula %4")
                                                .arg(what.constData())
                                                .arg(r.batchSize)
                                                .arg(r.measuredVariance)
                                                .arg(r.theoryVariance)));
                    }
                    break;
                default:
                    break;
                }
            }
        }
    }
}

// A sweep step trains its sweep on the SweepJob and is reached when the sweep ends; the check
// of a sweep answers with the batch size of the lowest mean best validation loss.
void TestLesson::runnerTrainsASweepStep()
{
    const QByteArray json = R"({"id": "s", "language": "en", "title": "T",
        "settings": {"preset": "overfit", "hidden": [8], "n_val": 40, "epochs": 5},
        "steps": [{"text": "t", "sweep": {"batch_sizes": [2, 30], "seeds": 2}, "meter": "cost"},
                  {"text": "u", "run": {"until_epoch": 1}}],
        "check": {"question": "q", "answer": "sweep_best_batch_size",
                  "sweep": {"batch_sizes": [2, 30], "seeds": 2}}})";
    const core::Lesson lesson = core::parseLesson(std::string_view(json.constData(), json.size()));
    ui::TrainingController controller;
    ui::RunStore store;
    ui::SweepJob job(&store);
    ui::LessonRunner runner(&controller);
    runner.setSweepJob(&job);
    runner.setLesson(lesson);
    QSignalSpy reached(&runner, &ui::LessonRunner::stepReached);
    QSignalSpy started(&runner, &ui::LessonRunner::sweepStarted);
    QSignalSpy meter(&runner, &ui::LessonRunner::meterApplied);
    QSignalSpy verified(&runner, &ui::LessonRunner::checkVerified);
    runner.runStep(0);
    QCOMPARE(started.count(), 1);
    QCOMPARE(meter.count(), 1);
    QVERIFY(job.running());
    QCOMPARE(job.runsPlanned(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 1, 60000 * sanitizerSlowdown);
    QCOMPARE(reached.first().at(0).toInt(), 0);
    const auto r = reached.first().at(1).value<ui::LessonResult>();
    QCOMPARE(r.sweepRuns, 4);
    QCOMPARE(store.size(), 4);

    runner.verify();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000 * sanitizerSlowdown);
    const double best = core::sweepExtremeAt(job.summary(), core::SweepColumn::BestValLoss, false);
    QVERIFY(best == 2 || best == 30);
    QCOMPARE(verified.first().at(0).toLongLong(), qint64(best));

    // A sweep the student starts instead interrupts the step.
    QSignalSpy interrupted(&runner, &ui::LessonRunner::stepInterrupted);
    runner.runStep(0);
    core::SweepSpec other = core::lessonSweepSpec(lesson.settings, {{4}, 1});
    QVERIFY(job.start(other, 1));
    QCOMPARE(interrupted.count(), 1);
    QCOMPARE(reached.count(), 1);
}

// The update jump is the mean |difference| between consecutive batch losses within an epoch.
void TestLesson::curveRecorderMeasuresJumps()
{
    core::CurveRecorder r;
    core::EpochInfo e;
    r.onEpoch(e);
    for (double loss : {1.0, 3.0, 2.0}) {
        core::UpdateInfo u;
        u.loss = loss;
        r.onUpdate(u);
    }
    e.epoch = 1;
    r.onEpoch(e);
    core::UpdateInfo u;
    u.loss = 2.5;
    r.onUpdate(u);
    e.epoch = 2;
    r.onEpoch(e);
    QCOMPARE(r.curve().epochs.size(), std::size_t(3));
    QVERIFY(std::isnan(r.curve().updateJump[0]));
    QCOMPARE(r.curve().updateJump[1], 1.5);
    QCOMPARE(r.curve().updateJump[2], 0.5);
}

void TestLesson::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray step = R"("steps": [{"text": "t", "run": {"until_epoch": 1}}])";
    const QByteArray check = R"("check": {"question": "q", "answer": "total_updates"})";
    const auto lesson = [&](const QByteArray& extra, const QByteArray& steps,
                            const QByteArray& chk) {
        return R"({"id": "x", "language": "en", "title": "T", "settings": {"epochs": 2})" + extra +
               ", " + steps + ", " + chk + "}";
    };
    QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
    // A teacher's file of thousands of steps would take minutes and gigabytes to print.
    {
        QByteArray many = R"("steps": [)";
        for (int i = 0; i < 101; ++i)
            many += QByteArray(i ? ", " : "") + R"({"text": "t"})";
        QTest::newRow("101 steps") << lesson("", many + "]", check) << "lesson step limit (100)";
        QByteArray quiz = R"(, "quiz": [)";
        for (int i = 0; i < 101; ++i)
            quiz += QByteArray(i ? ", " : "") +
                    R"({"question": "q", "choices": ["a", "b"], "answer": 0})";
        QTest::newRow("101 quiz questions")
            << lesson(quiz + "]", step, check) << "quiz question limit (100)";
    }
    // What a step prints on paper is checked like the rest.
    QTest::newRow("paper key") << lesson("", R"("steps": [{"text": "t", "paper": {"plots": 1}}])",
                                         check)
                               << "steps[0].paper: unknown key";
    QTest::newRow("paper run of a step without one")
        << lesson(
               "",
               R"("steps": [{"text": "t", "run": {"until_epoch": 1}}, {"text": "u", "paper": {"runs": [2]}}])",
               check)
        << "steps[1].paper.runs[0]: step 2 has no run";
    QTest::newRow("paper run ahead")
        << lesson("",
                  R"("steps": [{"text": "t", "run": {"until_epoch": 1}, "paper": {"runs": [2]}}])",
                  check)
        << "steps[0].paper.runs[0]";
    QTest::newRow("paper meter missing")
        << lesson("", R"("steps": [{"text": "t", "paper": {"plot": "noise"}}])", check)
        << "names a sweep or meter";
    QTest::newRow("no steps") << lesson("", R"("steps": [])", check) << "steps";
    QTest::newRow("no check") << QByteArray(R"({"id": "x", "language": "en", "title": "T", )" +
                                            step + "}")
                              << "check";
    QTest::newRow("misspelt key") << lesson(R"(, "titel": "x")", step, check) << "titel";
    QTest::newRow("bad batch")
        << lesson("", R"("steps": [{"text": "t", "settings": {"batch_size": 0}}])", check)
        << "steps[0].settings.batch_size";
    QTest::newRow("bad dataset")
        << lesson("", R"("steps": [{"text": "t", "settings": {"dataset": "dogs"}}])", check)
        << "dogs";
    QTest::newRow("epoch beyond run")
        << lesson("", R"("steps": [{"text": "t", "run": {"until_epoch": 3}}])", check)
        << "until_epoch";
    QTest::newRow("two targets")
        << lesson("", R"("steps": [{"text": "t", "run": {"until_epoch": 1, "to_end": true}}])",
                  check)
        << "exactly one";
    QTest::newRow("first continues")
        << lesson("", R"("steps": [{"text": "t", "continue": true, "run": {"to_end": true}}])",
                  check)
        << "continue";
    QTest::newRow("sweep and run")
        << lesson("", R"("steps": [{"text": "t", "run": {"until_epoch": 1}, "sweep": {}}])", check)
        << "steps[0].sweep: a step trains either a sweep or a run";
    QTest::newRow("sweep of batch 0")
        << lesson("", R"("steps": [{"text": "t", "sweep": {"batch_sizes": [0, 2]}}])", check)
        << "steps[0].sweep.batch_sizes";
    QTest::newRow("sweep of too many runs")
        << lesson(
               "",
               R"("steps": [{"text": "t", "sweep": {"batch_sizes": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], "seeds": 100}}])",
               check)
        << "sweep run limit";
    QTest::newRow("claim without sweep")
        << lesson(
               "",
               R"("steps": [{"text": "t", "expect": {"sweep": [{"column": "gap", "all_above": 1}]}}])",
               check)
        << "speaks about a sweep";
    QTest::newRow("claim of unknown column")
        << lesson(
               "",
               R"("steps": [{"text": "t", "sweep": {}, "expect": {"sweep": [{"column": "luck", "all_above": 1}]}}])",
               check)
        << "luck";
    QTest::newRow("claim of two kinds")
        << lesson(
               "",
               R"("steps": [{"text": "t", "sweep": {}, "expect": {"sweep": [{"column": "gap", "all_above": 1, "lowest_at": 2}]}}])",
               check)
        << "exactly one";
    QTest::newRow("bad meter") << lesson("", R"("steps": [{"text": "t", "meter": "speed"}])", check)
                               << "meter";
    QTest::newRow("bad meter claim")
        << lesson("", R"("steps": [{"text": "t", "expect": {"meters": ["noise_rises"]}}])", check)
        << "meters";
    QTest::newRow("sweep answer without sweep")
        << lesson("", step, R"("check": {"question": "q", "answer": "sweep_best_batch_size"})")
        << "check.sweep";
    QTest::newRow("sweep without its answer")
        << lesson("", step, R"("check": {"question": "q", "answer": "total_updates", "sweep": {}})")
        << "check.sweep";
    QTest::newRow("unknown answer")
        << lesson("", step, R"("check": {"question": "q", "answer": "banana"})") << "banana";
    QTest::newRow("stop without early stopping")
        << lesson("", step, R"("check": {"question": "q", "answer": "stopped_epoch"})")
        << "early stopping";
    QTest::newRow("unknown x axis")
        << lesson("", R"("steps": [{"text": "t", "x_axis": "days"}])", check) << "x_axis";
    QTest::newRow("x axis not a word")
        << lesson("", R"("steps": [{"text": "t", "x_axis": 2}])", check) << "x_axis";
    QTest::newRow("placeholder typo")
        << lesson("", R"("steps": [{"text": "B = {b}", "run": {"until_epoch": 1}}])", check)
        << "{b}";
    QTest::newRow("bad id") << QByteArray(R"({"id": "X Y", "language": "en", "title": "T", )" +
                                          step + ", " + check + "}")
                            << "id";
    const auto shaped = [&](const QByteArray& shape) {
        return lesson(
            "",
            R"("steps": [{"text": "t", "run": {"until_epoch": 1}, "expect": {"shapes": [)" + shape +
                "]}}]",
            check);
    };
    QTest::newRow("shape: unknown series")
        << shaped(R"({"series": "score", "is": "falls"})") << "unknown series";
    QTest::newRow("shape: unknown shape")
        << shaped(R"({"series": "val_loss", "is": "wobbles"})") << "falls, rises";
    QTest::newRow("shape: flat without within")
        << shaped(R"({"series": "val_loss", "is": "flat"})") << "within";
    QTest::newRow("shape: higher without than")
        << shaped(R"({"series": "val_loss", "is": "higher"})") << "than";
    QTest::newRow("shape: later step")
        << shaped(R"({"series": "val_loss", "is": "lower", "than": {"step": 2}})") << "earlier";
    QTest::newRow("shape: backwards")
        << shaped(R"({"series": "val_loss", "is": "falls", "from": 3, "to": 2})") << "after";
    QTest::newRow("shape: bad point")
        << shaped(R"({"series": "val_loss", "is": "falls", "to": "middle"})") << "\"best\"";
    QTest::newRow("updates to goal without a goal")
        << lesson("", step, R"("check": {"question": "q", "answer": "updates_to_goal"})")
        << "needs a goal";
    QTest::newRow("shape: a loss at the goal")
        << shaped(R"({"series": "val_loss", "is": "lower", "at": "goal", "than": {"value": 1}})")
        << "only \"updates\"";
    QTest::newRow("shape: a range to the goal")
        << shaped(R"({"series": "updates", "is": "rises", "to": "goal"})") << "range";
    QTest::newRow("shape: update point with a typo")
        << shaped(
               R"({"series": "val_loss", "is": "lower", "at": {"updates": 3}, "than": {"value": 1}})")
        << "updates";
    QTest::newRow("shape: negative update")
        << shaped(
               R"({"series": "val_loss", "is": "lower", "at": {"update": -3}, "than": {"value": 1}})")
        << "update";
    QTest::newRow("shape without a run")
        << lesson("", R"("steps": [{"text": "t", "expect": {"best_epoch": 1}}])", check)
        << "no step before it runs";
    QTest::newRow("quiz: answer out of range")
        << lesson(R"(, "quiz": [{"question": "q", "choices": ["a", "b"], "answer": 2}])", step,
                  check)
        << "quiz[0].answer";
    QTest::newRow("quiz: one choice")
        << lesson(R"(, "quiz": [{"question": "q", "choices": ["a"], "answer": 0}])", step, check)
        << "2 to 6";
    QTest::newRow("quiz: no answer")
        << lesson(R"(, "quiz": [{"question": "q", "choices": ["a", "b"]}])", step, check)
        << "answer";
    QTest::newRow("learning rate out of the schema's range")
        << lesson("", R"("steps": [{"text": "t", "settings": {"learning_rate": -1}}])", check)
        << "steps[0].settings.learning_rate: needs a number in (0, 1000000]";
    QTest::newRow("beta_1 out of the schema's range")
        << lesson("", R"("steps": [{"text": "t", "settings": {"beta_1": 1}}])", check)
        << "steps[0].settings.beta_1: needs a number in [0, 1)";
    QTest::newRow("cannot train (a batch's workspace)")
        << lesson("",
                  R"("steps": [{"text": "t", "settings": {"n_train": 1000000,
                     "batch_size": 1000000, "hidden": [4096]}}])",
                  check)
        << "cannot train";
    QTest::newRow("16 x 4096 hidden units (251 M parameters)")
        << lesson("",
                  R"("steps": [{"text": "t", "settings": {"hidden": [4096,4096,4096,4096,4096,
                     4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096]}}])",
                  check)
        << "parameter limit";
    QTest::newRow("stated beyond int64 (would wrap to -1)")
        << lesson("", step,
                  R"("check": {"question": "q", "answer": "total_updates",
                     "stated": 18446744073709551615})")
        << "check.stated";
    QTest::newRow("stated 2^63") << lesson("", step,
                                           R"("check": {"question": "q", "answer": "total_updates",
                     "stated": 9223372036854775808})")
                                 << "check.stated";
    QTest::newRow("pace of 1e-12 updates per second")
        << lesson("", R"("steps": [{"text": "t", "speed": 1e-12, "run": {"until_epoch": 1}}])",
                  check)
        << "pace limit";
    QTest::newRow("unknown key of 300,000 characters")
        << lesson(", \"" + QByteArray(300000, 'k') + "\": 1", step, check) << "kkkk";
}

void TestLesson::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    try {
        (void)core::parseLesson(std::string_view(json.constData(), json.size()));
        QFAIL("accepted");
    } catch (const core::LessonError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains(reason), qPrintable(message.left(300)));
        QVERIFY2(message.size() < 400, "the message quotes at most 60 characters of the input");
    }
}

void TestLesson::placeholders_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("e");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("100/32/5") << 100 << 32 << 5
                              << "{N}/{B}: {updates_per_epoch}, last {last_batch}, {total_updates}"
                              << "100/32: 4, last 4, 20";
    QTest::newRow("B = N") << 100 << 100 << 3 << "{updates_per_epoch} x {E} = {total_updates}"
                           << "1 x 3 = 3";
    QTest::newRow("B > N") << 10 << 64 << 2 << "{updates_per_epoch}, last {last_batch}"
                           << "1, last 10";
    QTest::newRow("visits") << 50 << 10 << 20 << "{samples_seen}"
                            << "1,000";
    // Grouped by thousands, as the window writes numbers.
    QTest::newRow("thousands") << 400 << 4 << 100 << "{samples_seen} in {total_updates}"
                               << "40,000 in 10,000";
    QTest::newRow("unknown stays") << 5 << 1 << 1 << "{x} {answer}"
                                   << "{x} {answer}";
}

void TestLesson::placeholders()
{
    QFETCH(int, n);
    QFETCH(int, b);
    QFETCH(int, e);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    core::RunSettings s;
    s.data.nTrain = n;
    s.train.batchSize = b;
    s.train.epochs = e;
    QCOMPARE(QString::fromStdString(core::fillPlaceholders(text.toStdString(), s)), expected);
}

void TestLesson::plannedFacts_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("e");
    QTest::newRow("100/100") << 100 << 100 << 2;
    QTest::newRow("100/10") << 100 << 10 << 2;
    QTest::newRow("100/1") << 100 << 1 << 2;
    QTest::newRow("100/32") << 100 << 32 << 3;
    QTest::newRow("10/64") << 10 << 64 << 3;
    QTest::newRow("7/3") << 7 << 3 << 4;
}

void TestLesson::plannedFacts()
{
    QFETCH(int, n);
    QFETCH(int, b);
    QFETCH(int, e);
    core::RunSettings s;
    s.data.nTrain = n;
    s.data.nVal = 10;
    s.hidden = {4};
    s.train.batchSize = b;
    s.train.epochs = e;
    auto run = startRun(s);
    runUntil(*run, std::numeric_limits<std::int64_t>::max());
    const core::RunFacts planned = core::plannedFacts(s);
    const core::RunFacts done = core::factsOfOutcome(s, run->trainer->outcome());
    QCOMPARE(done.updates, planned.updates);
    QCOMPARE(done.epochs, planned.epochs);
    QCOMPARE(done.samplesSeen, planned.samplesSeen);
    QCOMPARE(done.samplesSeen, run->recorder.samples);
    QCOMPARE(planned.lastBatch, run->recorder.lastBatchOfEpoch);
    QCOMPARE(planned.updatesPerEpoch, run->trainer->stepsPerEpoch());
}

void TestLesson::languageFallback()
{
    const auto all = ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, nullptr);
    const auto german = ui::LessonLibrary::forLanguage(all, QStringLiteral("de_DE"));
    QCOMPARE(german.size(), std::size_t(10));
    for (const auto& f : german)
        QCOMPARE(f.lesson.language, std::string("en"));
    const auto korean = ui::LessonLibrary::forLanguage(all, QStringLiteral("ko_KR"));
    QCOMPARE(korean.front().lesson.language, std::string("ko"));
}

void TestLesson::runnerPausesExactly_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : lessonFiles())
        if (path.endsWith(QLatin1String(".en.json")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// Through the real controller and worker thread: each step pauses at its target update (or
// the run's end), and Verify reports the answer the check states.
void TestLesson::runnerPausesExactly()
{
    QFETCH(QString, path);
    core::Lesson lesson = ui::LessonLibrary::load(path);
    for (core::LessonStep& s : lesson.steps)
        s.speed = s.speed > 0 ? 500.0 : 0.0; // paced steps stay paced, only faster
    ui::TrainingController controller;
    ui::RunStore store;
    ui::SweepJob job(&store);
    ui::LessonRunner runner(&controller);
    runner.setSweepJob(&job);
    QSignalSpy reached(&runner, &ui::LessonRunner::stepReached);
    QSignalSpy verified(&runner, &ui::LessonRunner::checkVerified);
    QSignalSpy applied(&runner, &ui::LessonRunner::settingsApplied);
    runner.setLesson(lesson);
    int expectedReached = 0;
    for (int i = 0; i < static_cast<int>(lesson.steps.size()); ++i) {
        const core::LessonStep& step = lesson.steps[static_cast<std::size_t>(i)];
        runner.runStep(i);
        QVERIFY(!applied.isEmpty());
        QVERIFY(applied.last().at(0).value<core::RunSettings>() == step.settings);
        if (step.sweep) { // reached when the whole sweep has ended
            ++expectedReached;
            QTRY_COMPARE_WITH_TIMEOUT(reached.count(), expectedReached, 120000 * sanitizerSlowdown);
            QCOMPARE(reached.last().at(1).value<ui::LessonResult>().sweepRuns, job.runsPlanned());
            continue;
        }
        if (!step.target.runs())
            continue;
        ++expectedReached;
        QTRY_COMPARE_WITH_TIMEOUT(reached.count(), expectedReached, 60000 * sanitizerSlowdown);
        const auto r = reached.last().at(1).value<ui::LessonResult>();
        QCOMPARE(reached.last().at(0).toInt(), i);
        const std::int64_t target = step.target.pauseAfterUpdate(step.settings);
        const bool goal = step.settings.train.goal.kind != core::GoalKind::None;
        if ((step.settings.train.earlyStopping.enabled || goal) && step.target.toEnd) {
            QVERIFY(controller.progress().outcome.has_value());
            QCOMPARE(r.facts.updates, controller.progress().outcome->updates);
            if (goal) // the window's run stops at the goal where the trainer alone does
                QCOMPARE(controller.progress().outcome->reason, core::StopReason::GoalReached);
        } else {
            QCOMPARE(r.facts.updates, target);
            QCOMPARE(controller.progress().updatesDone, target);
        }
        QCOMPARE(r.facts.updatesPerEpoch, core::plannedFacts(step.settings).updatesPerEpoch);
    }
    runner.verify();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 120000 * sanitizerSlowdown);
    const qint64 answer = verified.last().at(0).toLongLong();
    if (lesson.check.stated)
        QCOMPARE(answer, *lesson.check.stated);
    if (core::answerFromSettings(lesson.check.answer))
        QCOMPARE(answer,
                 core::answerOf(lesson.check.answer, core::plannedFacts(lesson.check.settings)));
}

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
