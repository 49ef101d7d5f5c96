// Classroom scenarios (core/scenario.hpp): every field round-trips exactly; the settings part is
// written as a run record writes it; malformed files are refused with a message that starts with
// the JSON path of the bad field; random damage is refused with a ScenarioError, never a crash.
#include "refusal.hpp"

#include "run_record.hpp"
#include "scenario.hpp"

#include <nlohmann/json.hpp>

#include <QtTest>

using nlohmann::json;

namespace
{

core::Scenario fullScenario()
{
    core::Scenario s;
    s.settings = core::overfitPreset();
    s.settings.data.kind = core::DatasetKind::Circles;
    s.settings.data.nTrain = 40;
    s.settings.data.noise = 0.1 + 1e-17 * 3; // not a short decimal: must still read back exactly
    s.settings.validation = core::ValidationMode::Split;
    s.settings.validationSplit = 0.3;
    s.settings.hidden = {16, 8};
    s.settings.train.batchSize = 7;
    s.settings.train.epochs = 123;
    s.settings.train.optimizer.kind = core::OptimizerKind::Momentum;
    s.settings.train.optimizer.learningRate = 0.0123456789;
    s.settings.train.optimizer.momentum = 0.85;
    s.settings.train.earlyStopping.enabled = true;
    s.settings.train.earlyStopping.patience = 9;
    s.settings.train.earlyStopping.restoreBestWeights = true;
    s.lesson = "epochs";
    s.classroom.fontScale = 1.75;
    s.classroom.highContrast = true;
    s.classroom.hidden = {"model", "optimizer"};
    s.classroom.locked = {"batch_size", "data", "defaults"};
    s.classroom.presentation = {"loss_per_epoch", "data"};
    s.startPaused = true;
    s.pace = 5;
    s.title = "수업 3: 에포크";
    s.note = "Watch the validation loss.\n검증 손실을 보세요.";
    return s;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsExact()
    {
        const core::Scenario s = fullScenario();
        const std::string text = core::writeScenario(s);
        const core::Scenario back = core::readScenario(text);
        QVERIFY(back == s);
        QCOMPARE(back.settings.data.noise, s.settings.data.noise);
        QCOMPARE(*back.lesson, std::string("epochs"));
        QCOMPARE(back.classroom.locked.size(), std::size_t(3));
        QCOMPARE(core::writeScenario(back), text); // and writes the same text again
    }

    void defaultsRoundTrip()
    {
        core::Scenario s;
        s.settings = core::overfitPreset();
        const core::Scenario back = core::readScenario(core::writeScenario(s));
        QVERIFY(back == s);
        QVERIFY(!back.lesson.has_value());
        QVERIFY(back.title.empty());
        // No presentation layout: no key (a scenario for an older BatchLab reads there too).
        QVERIFY(!json::parse(core::writeScenario(s)).at("classroom").contains("presentation"));
    }

    void settingsAreWrittenAsInARunRecord()
    {
        // The same objects as a run record's, key for key: one format to learn.
        const core::Scenario s = fullScenario();
        const json scenario = json::parse(core::writeScenario(s));
        const json record = json::parse(
            core::writeRunRecord(core::RunRecord{1, "x", core::specOf(s.settings), {}, {}, {}}));
        for (const char* key : {"data", "validation", "model", "training"})
            QVERIFY2(scenario.at(key) == record.at(key), key);
    }

    void minimalFileUsesDefaults()
    {
        const std::string text = R"({"format": "batchlab-scenario", "format_version": 1,
            "data": {"source": "generator", "generator": {"dataset": "xor", "n_train": 20}},
            "model": {"hidden": [8]}, "training": {"batch_size": 5, "epochs": 10}})";
        const core::Scenario s = core::readScenario(text);
        QCOMPARE(s.settings.data.kind, core::DatasetKind::Xor);
        QCOMPARE(s.settings.train.batchSize, 5);
        QCOMPARE(s.classroom.fontScale, 1.0);
        QVERIFY(!s.classroom.highContrast);
        QVERIFY(s.classroom.hidden.empty());
        QVERIFY(s.classroom.presentation.empty());
        QVERIFY(!s.startPaused);
        QCOMPARE(s.pace, 0.0);
    }

    void malformedScenarioIsRefused_data()
    {
        QTest::addColumn<QString>("patch"); // a JSON Patch (RFC 6902) applied to a good scenario
        QTest::addColumn<QString>("start"); // how the message starts (the path of the field)
        // Parse errors are a sentence with the line and column, not the JSON library's own words.
        QTest::newRow("not JSON") << QStringLiteral("!garbage")
                                  << QStringLiteral("the text is not valid JSON: line 1, column ");
        QTest::newRow("truncated") << QStringLiteral("!truncate")
                                   << QStringLiteral("the text is not valid JSON: line 1, column ");
        QTest::newRow("not an object")
            << QStringLiteral(R"([{"op":"replace","path":"","value":"hello"}])")
            << QStringLiteral("the scenario: must be an object");
        QTest::newRow("a run record")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/format","value":"batchlab-run-record"}])")
            << QStringLiteral("format: must be \"batchlab-scenario\"");
        QTest::newRow("missing format") << QStringLiteral(R"([{"op":"remove","path":"/format"}])")
                                        << QStringLiteral("format: missing (required)");
        QTest::newRow("unknown version")
            << QStringLiteral(R"([{"op":"replace","path":"/format_version","value":2}])")
            << QStringLiteral("format_version: version 2 is not known");
        QTest::newRow("version as text")
            << QStringLiteral(R"([{"op":"replace","path":"/format_version","value":"1"}])")
            << QStringLiteral("format_version: must be a whole number");
        QTest::newRow("unknown top-level key")
            << QStringLiteral(R"([{"op":"add","path":"/colour","value":1}])")
            << QStringLiteral("colour: unknown field");
        QTest::newRow("title not text")
            << QStringLiteral(R"([{"op":"replace","path":"/title","value":3}])")
            << QStringLiteral("title: must be a string");
        QTest::newRow("title too long") << QStringLiteral("!longtitle")
                                        << QStringLiteral("title: must be at most 200 characters");
        QTest::newRow("lesson id with a slash")
            << QStringLiteral(R"([{"op":"replace","path":"/lesson","value":"../etc"}])")
            << QStringLiteral("lesson: a lesson id is");
        QTest::newRow("lesson id empty")
            << QStringLiteral(R"([{"op":"replace","path":"/lesson","value":""}])")
            << QStringLiteral("lesson: a lesson id is");
        QTest::newRow("rows data")
            << QStringLiteral(R"([{"op":"replace","path":"/data/source","value":"rows"}])")
            << QStringLiteral("data.source: a scenario's data must be \"generator\"");
        QTest::newRow("unknown data key")
            << QStringLiteral(R"([{"op":"add","path":"/data/train","value":[]}])")
            << QStringLiteral("data.train: unknown field");
        QTest::newRow("unknown dataset")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/data/generator/dataset","value":"mnist"}])")
            << QStringLiteral("data.generator.dataset: 'mnist' is not one of");
        QTest::newRow("missing model") << QStringLiteral(R"([{"op":"remove","path":"/model"}])")
                                       << QStringLiteral("model: missing (required)");
        QTest::newRow("batch size 0")
            << QStringLiteral(R"([{"op":"replace","path":"/training/batch_size","value":0}])")
            << QStringLiteral("training.batch_size: must be between 1");
        QTest::newRow("epochs as a fraction")
            << QStringLiteral(R"([{"op":"replace","path":"/training/epochs","value":2.5}])")
            << QStringLiteral("training.epochs: must be a whole number");
        QTest::newRow("optimizer typo")
            << QStringLiteral(
                   R"([{"op":"add","path":"/training/optimizer/learning_rat","value":1}])")
            << QStringLiteral("training.optimizer.learning_rat: unknown field");
        QTest::newRow("split of 1")
            << QStringLiteral(R"([{"op":"replace","path":"/validation/split","value":1}])")
            << QStringLiteral("validation.split: needs a number in (0, 1)");
        QTest::newRow("classroom not an object")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom","value":[]}])")
            << QStringLiteral("classroom: must be an object");
        QTest::newRow("font scale too small")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/font_scale","value":0.5}])")
            << QStringLiteral("classroom.font_scale: must be between 1 and 3");
        QTest::newRow("font scale too large")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/font_scale","value":3.01}])")
            << QStringLiteral("classroom.font_scale: must be between 1 and 3");
        QTest::newRow("font scale as text")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/font_scale","value":"2"}])")
            << QStringLiteral("classroom.font_scale: must be a number");
        QTest::newRow("high contrast as number")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/high_contrast","value":1}])")
            << QStringLiteral("classroom.high_contrast: must be true or false");
        QTest::newRow("hidden not a list")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/hidden","value":"model"}])")
            << QStringLiteral("classroom.hidden: must be an array");
        QTest::newRow("unknown control")
            << QStringLiteral(
                   R"([{"op":"add","path":"/classroom/locked/1","value":"learning_rate"}])")
            << QStringLiteral("classroom.locked[1]: 'learning_rate' is not one of playback, pace");
        QTest::newRow("control twice")
            << QStringLiteral(R"([{"op":"add","path":"/classroom/hidden/0","value":"optimizer"}])")
            << QStringLiteral("classroom.hidden[2]: 'optimizer' is listed twice");
        QTest::newRow("control not text")
            << QStringLiteral(R"([{"op":"add","path":"/classroom/hidden/0","value":7}])")
            << QStringLiteral("classroom.hidden[0]: must be a string");
        QTest::newRow("unknown classroom key")
            << QStringLiteral(R"([{"op":"add","path":"/classroom/fontscale","value":2}])")
            << QStringLiteral("classroom.fontscale: unknown field");
        QTest::newRow("start paused as text")
            << QStringLiteral(R"([{"op":"replace","path":"/playback/start_paused","value":"yes"}])")
            << QStringLiteral("playback.start_paused: must be true or false");
        QTest::newRow("negative pace")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/playback/updates_per_second","value":-1}])")
            << QStringLiteral("playback.updates_per_second: must be 0 (full speed) or between 1");
        QTest::newRow("pace too fast")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/playback/updates_per_second","value":1e6}])")
            << QStringLiteral("playback.updates_per_second: must be 0 (full speed) or between 1");
        QTest::newRow("16 x 4096 hidden units (251 M parameters)")
            << QStringLiteral(R"([{"op":"replace","path":"/model/hidden","value":
                   [4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096]}])")
            << QStringLiteral("the scenario: cannot train: the network would have 251,");
        QTest::newRow("momentum with sgd (lost when written: found by fuzzing)")
            << QStringLiteral(R"([{"op":"replace","path":"/training/optimizer","value":
                   {"name":"sgd","learning_rate":0.05,"momentum":8.0}}])")
            << QStringLiteral("training.optimizer.momentum: goes with name \"momentum\" only");
        QTest::newRow("beta_1 with momentum")
            << QStringLiteral(R"([{"op":"replace","path":"/training/optimizer","value":
                   {"name":"momentum","learning_rate":0.05,"beta_1":0.8}}])")
            << QStringLiteral("training.optimizer.beta_1: goes with name \"adam\" only");
        QTest::newRow("presentation of three plots")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/presentation","value":
                   ["data","loss_per_epoch","loss_per_update"]}])")
            << QStringLiteral("classroom.presentation: must name one or two plots");
        QTest::newRow("presentation of no plot")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/presentation","value":[]}])")
            << QStringLiteral("classroom.presentation: must name one or two plots");
        QTest::newRow("presentation of an unknown plot")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/presentation/1","value":
                   "exam"}])")
            << QStringLiteral("classroom.presentation[1]: 'exam' is not one of");
        QTest::newRow("presentation of a plot twice")
            << QStringLiteral(R"([{"op":"replace","path":"/classroom/presentation/1","value":
                   "loss_per_epoch"}])")
            << QStringLiteral("classroom.presentation[1]: 'loss_per_epoch' is listed twice");
        QTest::newRow("unknown key of 300,000 characters")
            << QStringLiteral("!longkey") << QStringLiteral("kkkkk");
        QTest::newRow("cannot train (batch ok, no rows after the split)")
            << QStringLiteral(R"([{"op":"replace","path":"/data/generator/n_train","value":1}])")
            << QStringLiteral("the scenario: cannot train:");
    }

    void malformedScenarioIsRefused()
    {
        QFETCH(QString, patch);
        QFETCH(QString, start);
        const json good = json::parse(core::writeScenario(fullScenario()));
        std::string text;
        if (patch == QLatin1String("!longtitle")) {
            json j = good;
            j["title"] = std::string(201, 'x');
            text = j.dump();
        } else if (patch == QLatin1String("!longkey")) {
            json j = good;
            j[std::string(300000, 'k')] = 1;
            text = j.dump();
        } else {
            text = damaged(good, patch, 200);
        }
        const auto why = refusal<core::ScenarioError>([&] { core::readScenario(text); });
        QVERIFY2(why, "the scenario was accepted");
        QVERIFY2(why->startsWith(start), qPrintable(why->left(300)));
        QVERIFY2(why->size() < 400, "the message quotes at most 60 characters of the input");
    }

    void longKoreanTitleCountsCharactersNotBytes()
    {
        core::Scenario s = fullScenario();
        s.title.clear();
        for (int i = 0; i < 200; ++i)
            s.title += "가"; // 600 bytes, 200 characters: allowed
        QVERIFY(core::readScenario(core::writeScenario(s)) == s);
    }

    void mutatedScenariosNeverCrash()
    {
        const std::string good = core::writeScenario(fullScenario());
        const auto [accepted, refused] = acceptedAndRefused<core::ScenarioError>(
            good, 20261201, [](const std::string& t) { core::readScenario(t); });
        QVERIFY(accepted > 0);
        QVERIFY(refused > 0);
    }

    void documentedExampleReads()
    {
        // docs/examples/lesson-epochs.batchlab-scenario, the file of docs/scenario.md.
        QFile f(QStringLiteral(BATCHLAB_TEST_DATA "/../../docs/examples/"
                                                  "lesson-epochs.batchlab-scenario"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const core::Scenario s = core::readScenario(f.readAll().toStdString());
        QCOMPARE(s.settings.train.batchSize, 4);
        QCOMPARE(s.settings.train.optimizer.kind, core::OptimizerKind::Adam);
        QCOMPARE(s.classroom.fontScale, 1.5);
        QCOMPARE(s.classroom.hidden, (std::set<std::string>{"model", "optimizer"}));
        QCOMPARE(s.title, std::string("Lesson 3: how many epochs?"));
    }

    void koreanExampleReads()
    {
        // docs/examples/more-epochs.ko.batchlab-scenario: a Korean teacher's note and a lesson.
        QFile f(QStringLiteral(BATCHLAB_TEST_DATA "/../../docs/examples/"
                                                  "more-epochs.ko.batchlab-scenario"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const core::Scenario s = core::readScenario(f.readAll().toStdString());
        QCOMPARE(s.lesson.value_or(std::string()), std::string("more-epochs"));
        QVERIFY(QString::fromStdString(s.title).contains(QStringLiteral("에포크")));
        QCOMPARE(s.classroom.locked, (std::set<std::string>{"data", "defaults", "optimizer"}));
        QVERIFY(s.startPaused);
        // It writes back to the same scenario.
        QVERIFY(core::readScenario(core::writeScenario(s)) == s);
    }

    void controlNamesAreKnown()
    {
        QCOMPARE(core::controlGroupNames().size(), std::size_t(10));
        QVERIFY(core::isControlGroupName("early_stopping"));
        QVERIFY(!core::isControlGroupName("Early_Stopping"));
    }
};

QTEST_APPLESS_MAIN(TestScenario)
#include "tst_scenario.moc"
