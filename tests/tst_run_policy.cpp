// The window's run policy without a window (ui/session/run_policy.hpp): an edit that only raises
// the epochs (not below those done) continues the run, anything else restarts it; Play plays on,
// pauses or trains a finished or failed run again; Reset takes the next seed; the next run keeps
// an opened record's initial weights only while the network and its seed stay; the compare
// dialog offers B = 1, B and N and reads whole numbers from 1 to 1000000, 1 to 12 of them.
#include "ui/session/run_policy.hpp"
#include "ui/session/settings_store.hpp"

#include <QTest>

using ui::RunPolicy;
using ui::RunState;

Q_DECLARE_METATYPE(RunPolicy::Edit)
Q_DECLARE_METATYPE(RunPolicy::Play)
Q_DECLARE_METATYPE(RunPolicy::BatchSizes::Error)
Q_DECLARE_METATYPE(ui::RunState)

namespace
{

// The window's default run: N = 30 training rows, B = 4, 300 epochs.
core::RunSettings base()
{
    return ui::defaultRunSettings();
}

QList<int> listOf(const std::vector<int>& v)
{
    return QList<int>(v.begin(), v.end());
}

} // namespace

class TestRunPolicy : public QObject
{
    Q_OBJECT
private slots:
    void afterEdit_data();
    void afterEdit();
    void onPlay_data();
    void onPlay();
    void newStudentTakesTheNextSeed();
    void nextSpecKeepsARecordsWeights_data();
    void nextSpecKeepsARecordsWeights();
    void comparedBatchSizes_data();
    void comparedBatchSizes();
    void parseBatchSizes_data();
    void parseBatchSizes();
    void offeredTextReadsBack();
    void comparedSpecs_data();
    void comparedSpecs();
};

void TestRunPolicy::afterEdit_data()
{
    QTest::addColumn<int>("wantedEpochs");
    QTest::addColumn<int>("wantedBatch");
    QTest::addColumn<int>("epochsDone");
    QTest::addColumn<RunState>("state");
    QTest::addColumn<bool>("restartPending");
    QTest::addColumn<bool>("showsRecord");
    QTest::addColumn<RunPolicy::Edit>("expected");
    const auto C = RunPolicy::Edit::Continue;
    const auto R = RunPolicy::Edit::Restart;
    // The shown run: B = 4, 300 epochs.
    QTest::newRow("epochs raised") << 400 << 4 << 120 << RunState::Running << false << false << C;
    QTest::newRow("epochs lowered, not below done")
        << 150 << 4 << 120 << RunState::Running << false << false << C;
    QTest::newRow("epochs down to those done")
        << 120 << 4 << 120 << RunState::Paused << false << false << C;
    QTest::newRow("epochs below those done")
        << 100 << 4 << 120 << RunState::Running << false << false << R;
    QTest::newRow("finished run, epochs raised")
        << 400 << 4 << 300 << RunState::Finished << false << false << C;
    QTest::newRow("failed run, epochs raised")
        << 400 << 4 << 10 << RunState::Failed << false << false << R;
    QTest::newRow("batch size changed")
        << 300 << 5 << 10 << RunState::Running << false << false << R;
    QTest::newRow("batch and epochs changed")
        << 400 << 5 << 10 << RunState::Running << false << false << R;
    QTest::newRow("a restart is pending")
        << 400 << 4 << 10 << RunState::Running << true << false << R;
    QTest::newRow("an opened record is shown")
        << 400 << 4 << 300 << RunState::Finished << false << true << R;
    QTest::newRow("nothing changed") << 300 << 4 << 10 << RunState::Running << false << false << C;
}

void TestRunPolicy::afterEdit()
{
    QFETCH(int, wantedEpochs);
    QFETCH(int, wantedBatch);
    QFETCH(int, epochsDone);
    QFETCH(RunState, state);
    QFETCH(bool, restartPending);
    QFETCH(bool, showsRecord);
    QFETCH(RunPolicy::Edit, expected);
    RunPolicy::Shown shown;
    shown.settings = base();
    shown.settings.train.batchSize = 4;
    shown.settings.train.epochs = 300;
    shown.state = state;
    shown.epochsDone = epochsDone;
    shown.restartPending = restartPending;
    shown.showsRecord = showsRecord;
    core::RunSettings wanted = shown.settings;
    wanted.train.epochs = wantedEpochs;
    wanted.train.batchSize = wantedBatch;
    QCOMPARE(RunPolicy::afterEdit(wanted, shown), expected);
}

void TestRunPolicy::onPlay_data()
{
    QTest::addColumn<RunState>("state");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<RunPolicy::Play>("expected");
    QTest::newRow("running") << RunState::Running << false << RunPolicy::Play::Pause;
    QTest::newRow("paused") << RunState::Paused << true << RunPolicy::Play::Resume;
    QTest::newRow("idle, paused") << RunState::Idle << true << RunPolicy::Play::Resume;
    QTest::newRow("idle") << RunState::Idle << false << RunPolicy::Play::Pause;
    QTest::newRow("finished") << RunState::Finished << false << RunPolicy::Play::FromTheStart;
    QTest::newRow("finished, paused")
        << RunState::Finished << true << RunPolicy::Play::FromTheStart;
    QTest::newRow("failed") << RunState::Failed << false << RunPolicy::Play::FromTheStart;
}

void TestRunPolicy::onPlay()
{
    QFETCH(RunState, state);
    QFETCH(bool, paused);
    QFETCH(RunPolicy::Play, expected);
    QCOMPARE(RunPolicy::onPlay(state, paused), expected);
}

void TestRunPolicy::newStudentTakesTheNextSeed()
{
    core::RunSettings s = base();
    s.initSeed = 41;
    const core::RunSettings next = RunPolicy::newStudent(s);
    QCOMPARE(next.initSeed, std::uint64_t(42));
    core::RunSettings rest = next;
    rest.initSeed = 41;
    QVERIFY(rest == s); // nothing else changes
}

void TestRunPolicy::nextSpecKeepsARecordsWeights_data()
{
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<int>("seed");
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("kept");
    // The shown run: seed 7, hidden {16, 16}, with recorded weights.
    QTest::newRow("same network, other batch") << true << 7 << QList<int>{16, 16} << 9 << true;
    QTest::newRow("other seed") << true << 8 << QList<int>{16, 16} << 4 << false;
    QTest::newRow("other network") << true << 7 << QList<int>{16, 8} << 4 << false;
    QTest::newRow("no recorded weights") << false << 7 << QList<int>{16, 16} << 4 << false;
}

void TestRunPolicy::nextSpecKeepsARecordsWeights()
{
    QFETCH(bool, recorded);
    QFETCH(int, seed);
    QFETCH(QList<int>, hidden);
    QFETCH(int, batch);
    QFETCH(bool, kept);
    core::RunSettings shownSettings = base();
    shownSettings.initSeed = 7;
    shownSettings.hidden = {16, 16};
    core::RunSpec shown = core::specOf(shownSettings);
    if (recorded)
        shown.initialParameters = shown.makeInitialNetwork().parameters();
    core::RunSettings panel = shownSettings;
    panel.initSeed = std::uint64_t(seed);
    panel.hidden = std::vector<int>(hidden.begin(), hidden.end());
    panel.train.batchSize = batch;
    const core::RunSpec next = RunPolicy::nextSpec(core::specOf(panel), shown);
    QCOMPARE(next.settings, panel);
    QCOMPARE(next.initialParameters.has_value(), kept);
    if (kept)
        QVERIFY(next.initialParameters->isApprox(*shown.initialParameters));
}

void TestRunPolicy::comparedBatchSizes_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("B = 4 of N = 30") << 4 << QList<int>{1, 4, 30};
    QTest::newRow("B = 1") << 1 << QList<int>{1, 30};
    QTest::newRow("B = N") << 30 << QList<int>{1, 30};
    QTest::newRow("B above N") << 50 << QList<int>{1, 30, 50};
}

void TestRunPolicy::comparedBatchSizes()
{
    QFETCH(int, batch);
    QFETCH(QList<int>, expected);
    core::RunSettings s = base();
    s.train.batchSize = batch;
    QCOMPARE(listOf(RunPolicy::comparedBatchSizes(core::specOf(s))), expected);
}

void TestRunPolicy::parseBatchSizes_data()
{
    using Error = RunPolicy::BatchSizes::Error;
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("bad");
    QTest::newRow("commas") << "1, 4, 30" << QList<int>{1, 4, 30} << Error::None << "";
    QTest::newRow("semicolons and spaces")
        << " 8;16   32 ;" << QList<int>{8, 16, 32} << Error::None << "";
    QTest::newRow("tabs and new lines") << "2\t3\n5" << QList<int>{2, 3, 5} << Error::None << "";
    QTest::newRow("order and repeats kept")
        << "30,1,30" << QList<int>{30, 1, 30} << Error::None << "";
    QTest::newRow("largest") << "1000000" << QList<int>{1000000} << Error::None << "";
    QTest::newRow("twelve") << "1 2 3 4 5 6 7 8 9 10 11 12"
                            << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12} << Error::None
                            << "";
    QTest::newRow("thirteen") << "1 2 3 4 5 6 7 8 9 10 11 12 13" << QList<int>{} << Error::Count
                              << "";
    QTest::newRow("empty") << "" << QList<int>{} << Error::Count << "";
    QTest::newRow("only separators") << " ,; " << QList<int>{} << Error::Count << "";
    QTest::newRow("zero") << "1, 0, 4" << QList<int>{} << Error::NotABatchSize << "0";
    QTest::newRow("negative") << "-4" << QList<int>{} << Error::NotABatchSize << "-4";
    QTest::newRow("too large") << "1000001" << QList<int>{} << Error::NotABatchSize << "1000001";
    QTest::newRow("decimal") << "2.5" << QList<int>{} << Error::NotABatchSize << "2.5";
    QTest::newRow("word") << "4, all" << QList<int>{} << Error::NotABatchSize << "all";
    QTest::newRow("long word cut to 20") << "abcdefghijklmnopqrstuvwxyz" << QList<int>{}
                                         << Error::NotABatchSize << "abcdefghijklmnopqrst";
    QTest::newRow("bad part before too many")
        << "x 1 2 3 4 5 6 7 8 9 10 11 12 13" << QList<int>{} << Error::NotABatchSize << "x";
}

void TestRunPolicy::parseBatchSizes()
{
    using Error = RunPolicy::BatchSizes::Error;
    QFETCH(QString, text);
    QFETCH(QList<int>, sizes);
    QFETCH(Error, error);
    QFETCH(QString, bad);
    const RunPolicy::BatchSizes parsed = RunPolicy::parseBatchSizes(text);
    QCOMPARE(parsed.error, error);
    QCOMPARE(listOf(parsed.sizes), sizes);
    QCOMPARE(parsed.bad, bad);
}

void TestRunPolicy::offeredTextReadsBack()
{
    const std::vector<int> offered = RunPolicy::comparedBatchSizes(core::specOf(base()));
    const QString text = RunPolicy::batchSizesText(offered);
    QCOMPARE(text, QStringLiteral("1, 4, 30"));
    const RunPolicy::BatchSizes parsed = RunPolicy::parseBatchSizes(text);
    QCOMPARE(parsed.error, RunPolicy::BatchSizes::Error::None);
    QCOMPARE(listOf(parsed.sizes), listOf(offered));
}

void TestRunPolicy::comparedSpecs_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<int>("failedSize"); // -1: none
    QTest::newRow("three sizes") << QList<int>{1, 4, 30} << -1;
    QTest::newRow("none") << QList<int>{} << -1;
    QTest::newRow("zero cannot train") << QList<int>{1, 0, 30} << 0;
    QTest::newRow("the first that cannot") << QList<int>{4, 2000000, 0} << 2000000;
}

void TestRunPolicy::comparedSpecs()
{
    QFETCH(QList<int>, sizes);
    QFETCH(int, failedSize);
    const core::RunSpec spec = core::specOf(base());
    const RunPolicy::Compared c =
        RunPolicy::comparedSpecs(spec, std::vector<int>(sizes.begin(), sizes.end()));
    QCOMPARE(c.failedSize.value_or(-1), failedSize);
    if (failedSize != -1) {
        QVERIFY(c.specs.empty());
        QVERIFY(!c.error.isEmpty());
        return;
    }
    QVERIFY(c.error.isEmpty());
    QCOMPARE(int(c.specs.size()), int(sizes.size()));
    for (std::size_t i = 0; i < c.specs.size(); ++i) {
        QCOMPARE(c.specs[i].settings.train.batchSize, sizes[qsizetype(i)]);
        core::RunSettings rest = c.specs[i].settings;
        rest.train.batchSize = spec.settings.train.batchSize;
        QVERIFY(rest == spec.settings); // only the batch size differs
    }
}

QTEST_GUILESS_MAIN(TestRunPolicy)
#include "tst_run_policy.moc"
