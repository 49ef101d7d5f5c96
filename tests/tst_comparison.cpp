// Comparison files: the kept runs as run records with their label, colour and whether they are
// shown. Written and read back exactly; every run in one replays bit for bit; damaged files are
// refused with the JSON path of what is wrong, and random damage never crashes the reader.
#include "comparison.hpp"
#include "refusal.hpp"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

namespace
{

core::RunSpec smallSpec(int batch)
{
    core::RunSettings s = core::overfitPreset();
    s.train.batchSize = batch;
    s.train.epochs = 15;
    s.data.nTrain = 20;
    s.data.nVal = 30;
    s.hidden = {8, 8};
    return core::specOf(s);
}

core::Comparison twoRuns()
{
    core::Comparison c;
    int i = 0;
    for (int b : {1, 20}) {
        const core::RunSpec spec = smallSpec(b);
        const core::RunResult r = core::trainSpec(spec);
        core::ComparedRun run;
        run.record = core::makeRunRecord(spec, r, "test");
        run.label = "B = " + std::to_string(b);
        run.colour = i == 0 ? 0x1f77b4u : 0xd62728u;
        run.shown = i == 0;
        c.runs.push_back(std::move(run));
        ++i;
    }
    return c;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsExact();
    void everyRunReplaysBitForBit();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void randomDamageNeverCrashes();
    void missingFileIsNamed();
};

void TestComparison::roundTripIsExact()
{
    const core::Comparison c = twoRuns();
    const std::string text = core::writeComparison(c);
    const core::Comparison back = core::readComparison(text);
    QCOMPARE(back.runs.size(), std::size_t(2));
    QCOMPARE(back.runs[1].label, std::string("B = 20"));
    QCOMPARE(back.runs[1].colour, 0xd62728u);
    QCOMPARE(back.runs[0].shown, true);
    QCOMPARE(back.runs[1].shown, false);
    QCOMPARE(core::writeComparison(back), text);
}

void TestComparison::everyRunReplaysBitForBit()
{
    const core::Comparison back = core::readComparison(core::writeComparison(twoRuns()));
    for (const core::ComparedRun& run : back.runs) {
        const core::RunResult again = core::trainSpec(run.record.spec);
        const core::ReplayCheck check =
            core::checkReplay(run.record, again.history, again.finalParameters);
        QVERIFY2(check.same(), check.historyDifference.c_str());
    }
}

void TestComparison::damagedFilesAreRefused_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << "!garbage"
                              << "not valid JSON";
    QTest::newRow("truncated") << "!truncate"
                               << "not valid JSON";
    QTest::newRow("other format") << R"([{"op":"replace","path":"/format","value":"batchlab-run"}])"
                                  << "format";
    QTest::newRow("newer version") << R"([{"op":"replace","path":"/format_version","value":2}])"
                                   << "format_version";
    QTest::newRow("no runs") << R"([{"op":"replace","path":"/runs","value":[]}])"
                             << "runs: must hold at least one run";
    QTest::newRow("unknown field") << R"([{"op":"add","path":"/extra","value":1}])"
                                   << "extra: unknown field";
    QTest::newRow("bad colour") << R"([{"op":"replace","path":"/runs/1/colour","value":"red"}])"
                                << "runs[1].colour: must be a colour written #rrggbb";
    QTest::newRow("empty label") << R"([{"op":"replace","path":"/runs/0/label","value":""}])"
                                 << "runs[0].label";
    QTest::newRow("shown not bool") << R"([{"op":"replace","path":"/runs/0/shown","value":"yes"}])"
                                    << "runs[0].shown: must be true or false";
    QTest::newRow("record without history")
        << R"([{"op":"remove","path":"/runs/0/record/history"}])"
        << "runs[0].record: must hold the run's history";
    QTest::newRow("bad record field")
        << R"([{"op":"replace","path":"/runs/1/record/training/batch_size","value":0}])"
        << "runs[1].record.training.batch_size";
    QTest::newRow("record not an object")
        << R"([{"op":"replace","path":"/runs/0/record","value":[1]}])"
        << "runs[0].record: must be an object";
}

void TestComparison::damagedFilesAreRefused()
{
    QFETCH(QString, patch);
    QFETCH(QString, message);
    const std::string good = core::writeComparison(twoRuns());
    const std::string text = damaged(nlohmann::json::parse(good), patch, good.size() / 2);
    const std::optional<QString> why =
        refusal<core::ComparisonError>([&] { core::readComparison(text); });
    QVERIFY2(why, "accepted a damaged comparison");
    QVERIFY2(why->contains(message), qPrintable(*why));
}

void TestComparison::randomDamageNeverCrashes()
{
    core::Comparison c = twoRuns();
    c.runs.resize(1);
    const std::string good = core::writeComparison(c);
    const auto [accepted, refused] = acceptedAndRefused<core::ComparisonError>(
        good, 7, [](const std::string& t) { core::readComparison(t); }, 600);
    QCOMPARE(accepted + refused, 600);
    QVERIFY(refused > 0);
}

void TestComparison::missingFileIsNamed()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("none.batchlab-comparison")).toStdString();
    const std::optional<QString> why =
        refusal<core::ComparisonError>([&] { core::loadComparison(path); });
    QVERIFY(why);
    QVERIFY(why->startsWith(QString::fromStdString(path)));
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
