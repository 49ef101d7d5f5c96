// What the lessons claim holds for the runs students will make: every lesson's steps are run
// with the initial-weight and shuffle seeds shifted by 0..19 (the data fixed), on a thread
// pool, and every claim is checked against each run (core/lesson_claims.hpp).
//  - every claim holds at the lesson's own seed (shift 0);
//  - a claim holds in at least 18 of the 20, unless it is said of the lesson's seed only (an
//    exact best or stopping epoch, or "lesson_seed_only": the text says so);
//  - docs/lesson-claims.md, the table the teacher guides cite, states the shares the runs give
//    (within one seed: another compiler's rounding may move a claim that sits on its edge).
//    BATCHLAB_WRITE_CLAIMS=1 rewrites it from the runs.
#include "cost_meter.hpp"
#include "lesson_claims.hpp"
#include "ui/teaching/lesson_library.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <map>

namespace
{

constexpr int seedShifts = 20;
constexpr int leastShare = 18;

struct LessonClaims {
    core::Lesson lesson;
    // [shift] -> the claims' results
    std::vector<std::vector<core::ClaimResult>> bySeed;
    std::vector<core::RunCurve> atLessonSeed; // the steps' runs at shift 0
};

QString claimsDocPath()
{
    return QStringLiteral(BATCHLAB_SOURCE_DIR "/docs/lesson-claims.md");
}

} // namespace

class TestLessonSeeds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void holdsAtTheLessonSeed();
    void holdsForMostSeeds();
    void theGuideStatesTheShares();
    void claimsCanFail();

private:
    QString table() const;
    QString figures() const;
    void compareBlock(const QString& name, const QString& fresh);
    std::vector<LessonClaims> lessons_;
};

// Trains every lesson at every shift once, all of them at the same time on a thread pool.
void TestLessonSeeds::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    const QDir dir(ui::LessonLibrary::embeddedFolder());
    for (const QString& name :
         dir.entryList({QStringLiteral("*.en.json")}, QDir::Files, QDir::Name)) {
        LessonClaims c;
        c.lesson = ui::LessonLibrary::load(dir.filePath(name));
        c.bySeed.resize(seedShifts);
        lessons_.push_back(std::move(c));
    }
    QVERIFY(lessons_.size() >= 8);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (LessonClaims& c : lessons_)
        for (int k = 0; k < seedShifts; ++k)
            pool.start([&c, k] {
                const core::Lesson l = core::withSeedsShifted(c.lesson, std::uint64_t(k));
                std::vector<core::RunCurve> curves = core::runLessonSteps(l);
                c.bySeed[std::size_t(k)] = core::checkLessonClaims(l, curves);
                if (k == 0)
                    c.atLessonSeed = std::move(curves);
            });
    pool.waitForDone();
    qInfo("%zu lessons x %d seeds on %d threads: %.1f s", lessons_.size(), seedShifts,
          pool.maxThreadCount(), clock.elapsed() / 1000.0);
    qInfo("%s", qPrintable(table()));
    qInfo("%s", qPrintable(figures()));
}

void TestLessonSeeds::holdsAtTheLessonSeed()
{
    for (const LessonClaims& c : lessons_)
        for (const core::ClaimResult& r : c.bySeed.front())
            QVERIFY2(r.holds, qPrintable(QStringLiteral("%1 step %2: \"%3\": %4")
                                             .arg(QString::fromStdString(c.lesson.id))
                                             .arg(r.step)
                                             .arg(QString::fromStdString(r.claim),
                                                  QString::fromStdString(r.why))));
}

void TestLessonSeeds::holdsForMostSeeds()
{
    int claims = 0;
    for (const LessonClaims& c : lessons_) {
        const std::size_t n = c.bySeed.front().size();
        for (std::size_t i = 0; i < n; ++i) {
            const core::ClaimResult& r = c.bySeed.front()[i];
            if (r.lessonSeedOnly)
                continue;
            int held = 0;
            for (const auto& seed : c.bySeed)
                held += int(i < seed.size() && seed[i].holds);
            QVERIFY2(held >= leastShare,
                     qPrintable(QStringLiteral("%1 step %2: \"%3\" holds for %4 of %5 seeds")
                                    .arg(QString::fromStdString(c.lesson.id))
                                    .arg(r.step)
                                    .arg(QString::fromStdString(r.claim))
                                    .arg(held)
                                    .arg(seedShifts)));
            ++claims;
        }
    }
    QVERIFY(claims >= 10); // the check has something to check
}

// The table of docs/lesson-claims.md: lesson, step, claim, seeds it holds for.
QString TestLessonSeeds::table() const
{
    QString out = QStringLiteral("| lesson | step | claim | holds for (of %1 seeds) | said of "
                                 "|\n|---|---|---|---|---|\n")
                      .arg(seedShifts);
    for (const LessonClaims& c : lessons_) {
        const std::size_t n = c.bySeed.front().size();
        for (std::size_t i = 0; i < n; ++i) {
            const core::ClaimResult& r = c.bySeed.front()[i];
            int held = 0;
            for (const auto& seed : c.bySeed)
                held += int(i < seed.size() && seed[i].holds);
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                       .arg(c.lesson.order)
                       .arg(r.step)
                       .arg(QString::fromStdString(r.claim).replace(QLatin1Char('|'),
                                                                    QStringLiteral("\\|")))
                       .arg(held)
                       .arg(r.lessonSeedOnly ? QStringLiteral("the lesson's seed")
                                             : QStringLiteral("every run"));
        }
    }
    return out;
}

// What each step's run shows at the lesson's seed: the figures the teacher guides cite.
QString TestLessonSeeds::figures() const
{
    QString out = QStringLiteral(
        "| lesson | step | B | passes | weight updates | training loss: start → end | "
        "validation loss: best (pass) → end | right at the end: practice / new exam | "
        "memory of one batch (× B = 1) |\n|---|---|---|---|---|---|---|---|---|\n");
    const auto num = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'f', 2) : QStringLiteral("–");
    };
    const auto percent = [](double v) {
        return std::isfinite(v) ? QString::number(qRound(100 * v)) + QStringLiteral(" %")
                                : QStringLiteral("–");
    };
    for (const LessonClaims& c : lessons_)
        for (std::size_t i = 0; i < c.lesson.steps.size(); ++i) {
            const core::LessonStep& s = c.lesson.steps[i];
            if (!s.target.runs() || i >= c.atLessonSeed.size() || c.atLessonSeed[i].epochs.empty())
                continue;
            const std::vector<core::EpochInfo>& e = c.atLessonSeed[i].epochs;
            const core::EpochInfo& first = e.front();
            const core::EpochInfo& last = e.back();
            const int best = std::clamp(last.bestEpoch, 0, int(e.size()) - 1);
            const core::NetworkSpec net = s.settings.networkSpec();
            const int rows = s.settings.trainingRows();
            const double ratio =
                double(core::batchMemory(net, std::min(s.settings.train.batchSize, rows)).total()) /
                double(core::batchMemory(net, 1).total());
            // A run that stopped at its goal: the passes it made (its questions solved / N: the
            // whole passes and the batches of the pass it stopped within) and its updates; the
            // losses and scores at that moment are those of its last (partial) epoch row, or not
            // known (–) when it has none there.
            const std::optional<std::int64_t> goal = c.atLessonSeed[i].goalUpdates;
            const double nan = std::nan("");
            const core::EpochInfo& whole = last.partial && e.size() >= 2 ? e[e.size() - 2] : last;
            QString passes = QString::number(last.epoch);
            if (goal)
                passes = QString::number(
                    (double(whole.epoch) * rows +
                     double(*goal - whole.updates) * std::min(s.settings.train.batchSize, rows)) /
                        rows,
                    'f', 2);
            const bool unknown = goal && last.updates != *goal; // (then: no row at the stop)
            out +=
                QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 → %7 | %8 (%9) → %10 | %11 / %12 | "
                               "%13 |\n")
                    .arg(c.lesson.order)
                    .arg(i + 1)
                    .arg(s.settings.train.batchSize)
                    .arg(passes)
                    .arg(goal.value_or(last.updates))
                    .arg(num(first.trainLoss), num(unknown ? nan : last.trainLoss),
                         num(unknown ? nan : e[std::size_t(best)].valLoss))
                    .arg(unknown ? QStringLiteral("–") : QString::number(best))
                    .arg(num(unknown ? nan : last.valLoss),
                         percent(unknown ? nan : last.trainAccuracy),
                         percent(unknown ? nan : last.valAccuracy), QString::number(ratio, 'f', 0));
        }
    return out;
}

// A generated block of docs/lesson-claims.md against what the runs give now: the same rows,
// each number within rounding (another compiler's last bits may move a share by one seed or a
// loss by a unit of the last digit). BATCHLAB_WRITE_CLAIMS=1 rewrites the block.
void TestLessonSeeds::compareBlock(const QString& name, const QString& fresh)
{
    const QString begin =
        QStringLiteral("<!-- %1: generated by tests/tst_lesson_seeds -->\n").arg(name);
    const QString end = QStringLiteral("<!-- /%1 -->").arg(name);
    QFile f(claimsDocPath());
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(claimsDocPath()));
    QString doc = QString::fromUtf8(f.readAll());
    f.close();
    const qsizetype from = doc.indexOf(begin), to = doc.indexOf(end);
    QVERIFY2(from >= 0 && to > from, qPrintable(QStringLiteral("no block ") + name));
    if (qEnvironmentVariableIntValue("BATCHLAB_WRITE_CLAIMS") == 1) {
        doc.replace(from + begin.size(), to - from - begin.size(), fresh);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(doc.toUtf8());
        return;
    }
    const QStringList written =
        doc.mid(from + begin.size(), to - from - begin.size()).split(QLatin1Char('\n'));
    const QStringList computed = fresh.split(QLatin1Char('\n'));
    QCOMPARE(written.size(), computed.size());
    static const QRegularExpression number(QStringLiteral("-?\\d+(\\.\\d+)?"));
    for (qsizetype i = 0; i < written.size(); ++i) {
        QString wText = written[i], cText = computed[i];
        QCOMPARE(wText.replace(number, QStringLiteral("#")),
                 cText.replace(number, QStringLiteral("#")));
        auto w = number.globalMatch(written[i]), c = number.globalMatch(computed[i]);
        while (w.hasNext() && c.hasNext()) {
            const QString a = w.next().captured(), b = c.next().captured();
            const double x = a.toDouble(), y = b.toDouble();
            const double slack =
                a.contains(QLatin1Char('.')) ? std::max(0.011, 0.03 * std::abs(y)) : 1.0;
            QVERIFY2(
                std::abs(x - y) <= slack,
                qPrintable(written[i] + QStringLiteral("\n  against the runs:\n") + computed[i]));
        }
    }
}

void TestLessonSeeds::theGuideStatesTheShares()
{
    compareBlock(QStringLiteral("claims"), table());
    compareBlock(QStringLiteral("figures"), figures());
}

// A claim the runs do not show is reported as not holding, with what they show.
void TestLessonSeeds::claimsCanFail()
{
    core::Lesson l = lessons_.front().lesson;
    for (const LessonClaims& c : lessons_)
        if (c.lesson.id == "epochs")
            l = c.lesson;
    QCOMPARE(QString::fromStdString(l.id), QStringLiteral("epochs"));
    // "the loss keeps falling" turned round: it rises.
    for (core::LessonStep& s : l.steps)
        for (core::ShapeCheck& c : s.expect.shapes)
            if (c.shape == core::Shape::Falls)
                c.shape = core::Shape::Rises;
    const std::vector<core::ClaimResult> r = core::checkLessonClaims(l, core::runLessonSteps(l));
    int failed = 0;
    for (const core::ClaimResult& c : r)
        if (!c.holds) {
            QVERIFY(!c.why.empty());
            ++failed;
        }
    QVERIFY(failed >= 2);
}

QTEST_MAIN(TestLessonSeeds)
#include "tst_lesson_seeds.moc"
