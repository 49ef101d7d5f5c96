// Run records: doubles round-trip bit for bit; save -> open -> replay gives an identical history
// (generated data, a validation split, explicit rows, early stopping, a decimated per-update
// history); a record written by hand from task.md's data and weights reproduces the PyTorch
// reference trajectory; malformed records are refused with a message naming the bad field.
#include "csv_table.hpp"
#include "refusal.hpp"

#include "dataset.hpp"
#include "limits.hpp"
#include "overfitting.hpp"
#include "run_record.hpp"
#include "task_io.hpp"
#include "trainer.hpp"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <bit>
#include <cmath>
#include <limits>

using nlohmann::json;

namespace
{

const QString refDir = QStringLiteral(BATCHLAB_TEST_DATA "/reference");

// The process's peak resident set so far (KiB).
long peakResidentKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

core::RunSpec smallSpec()
{
    core::RunSpec s;
    s.settings.data.kind = core::DatasetKind::Moons;
    s.settings.data.nTrain = 24;
    s.settings.data.nVal = 16;
    s.settings.data.noise = 0.3;
    s.settings.data.seed = 5;
    s.settings.hidden = {8, 8};
    s.settings.initSeed = 3;
    s.settings.train.batchSize = 5;
    s.settings.train.epochs = 12;
    s.settings.train.shuffle = true;
    s.settings.train.shuffleSeed = 9;
    s.settings.train.optimizer.kind = core::OptimizerKind::Adam;
    s.settings.train.optimizer.learningRate = 0.01;
    return s;
}

// Rows of a reference CSV (columns i, x or x1.., y) as a JSON {"x": [...], "y": [...]}.
json rowsFromCsv(const QString& path)
{
    const CsvTable t = CsvTable::read(path);
    json x = json::array(), y = json::array();
    for (int r = 0; r < t.rows.size(); ++r) {
        json row = json::array();
        for (int c = 1; c < t.header.size() - 1; ++c)
            row.push_back(t.rows[r][c].toDouble());
        x.push_back(row);
        y.push_back(t.number(r, QStringLiteral("y")));
    }
    return json{{"x", x}, {"y", y}};
}

// Initial weights of init_<task>.csv (param,i,j,value) as Keras layers [n_in][n_out].
json weightsFromCsv(const QString& path, const std::vector<int>& widths)
{
    json layers = json::array();
    for (std::size_t l = 0; l + 1 < widths.size(); ++l)
        layers.push_back(json{{"kernel", json::array()}, {"bias", json::array()}});
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        layers[l]["kernel"] = json(std::vector<std::vector<double>>(
            static_cast<std::size_t>(widths[l]),
            std::vector<double>(static_cast<std::size_t>(widths[l + 1]), 0.0)));
        layers[l]["bias"] = json(std::vector<double>(static_cast<std::size_t>(widths[l + 1]), 0.0));
    }
    const CsvTable t = CsvTable::read(path);
    for (const QStringList& row : t.rows) {
        const std::size_t l = static_cast<std::size_t>(row[0].mid(1).toInt() - 1);
        const std::size_t i = static_cast<std::size_t>(row[1].toInt());
        const std::size_t j = static_cast<std::size_t>(row[2].toInt());
        if (row[0].startsWith(QLatin1Char('W')))
            layers[l]["kernel"][i][j] = row[3].toDouble();
        else
            layers[l]["bias"][j] = row[3].toDouble();
    }
    return layers;
}

// What a teacher's script would write for task.md's task with SGD 0.05 and no shuffling.
json handWritten(char task, int batch, int epochs)
{
    const QString t{QLatin1Char(task)};
    const bool regression = task == 'R';
    const std::vector<int> widths =
        regression ? std::vector<int>{1, 64, 64, 1} : std::vector<int>{2, 32, 32, 1};
    return json{
        {"format", "batchlab-run-record"},
        {"format_version", 1},
        {"data",
         {{"source", "rows"},
          {"task", regression ? "regression" : "binary_classification"},
          {"train", rowsFromCsv(refDir + QStringLiteral("/data_%1_train.csv").arg(t))},
          {"val", rowsFromCsv(refDir + QStringLiteral("/data_%1_val.csv").arg(t))}}},
        {"model",
         {{"hidden", std::vector<int>(widths.begin() + 1, widths.end() - 1)},
          {"activation", "tanh"}}},
        {"training",
         {{"batch_size", batch},
          {"epochs", epochs},
          {"shuffle", false},
          {"optimizer", {{"name", "sgd"}, {"learning_rate", 0.05}}}}},
        {"initial_weights", weightsFromCsv(refDir + QStringLiteral("/init_%1.csv").arg(t), widths)},
    };
}

} // namespace

class TestRunRecord : public QObject
{
    Q_OBJECT
private slots:
    void doublesRoundTripExactly()
    {
        const std::vector<double> values{0.1,
                                         1.0 / 3.0,
                                         -0.0,
                                         4.9e-324, // smallest denormal
                                         2.2250738585072014e-308,
                                         std::numeric_limits<double>::max(),
                                         -std::numeric_limits<double>::max(),
                                         3.141592653589793,
                                         0.30000000000000004,
                                         1e23,
                                         123456789.123456789,
                                         std::nextafter(1.0, 2.0)};
        core::RunSpec s = smallSpec();
        core::DataSplit d;
        d.train.task = core::TaskKind::Regression;
        d.train.x.resize(static_cast<Eigen::Index>(values.size()), 1);
        d.train.y.resize(static_cast<Eigen::Index>(values.size()));
        for (std::size_t i = 0; i < values.size(); ++i) {
            d.train.x(static_cast<Eigen::Index>(i), 0) = values[i];
            d.train.y(static_cast<Eigen::Index>(i)) = values[values.size() - 1 - i];
        }
        d.val = d.train.slice(0, 0);
        s.data = d;
        core::Network net(s.networkSpec());
        for (Eigen::Index i = 0; i < net.parameterCount(); ++i)
            net.parameters()(i) = values[static_cast<std::size_t>(i) % values.size()];
        s.initialParameters = net.parameters();
        core::RunRecord r;
        r.spec = s;
        const std::string text = core::writeRunRecord(r);
        const core::RunRecord back = core::readRunRecord(text);
        QVERIFY(back.spec.data.has_value());
        QCOMPARE(back.spec.data->train.rows(), d.train.rows());
        for (Eigen::Index i = 0; i < d.train.rows(); ++i) {
            QVERIFY(sameBits(back.spec.data->train.x(i, 0), d.train.x(i, 0)));
            QVERIFY(sameBits(back.spec.data->train.y(i), d.train.y(i)));
        }
        QVERIFY(back.spec.initialParameters.has_value());
        for (Eigen::Index i = 0; i < net.parameterCount(); ++i)
            QVERIFY(sameBits((*back.spec.initialParameters)(i), net.parameters()(i)));
        // Writing what was read gives the same text.
        QCOMPARE(core::writeRunRecord(back), text);
    }

    void saveOpenReplay_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("generated, separate validation") << 0 << 200000;
        QTest::newRow("validation split") << 1 << 200000;
        QTest::newRow("explicit rows, sgd, no shuffle") << 2 << 200000;
        QTest::newRow("early stopping, restore best") << 3 << 200000;
        QTest::newRow("decimated per-update history") << 0 << 8;
        QTest::newRow("momentum, relu, regression") << 4 << 200000;
    }
    void saveOpenReplay()
    {
        QFETCH(int, variant);
        QFETCH(int, maxPoints);
        core::RunSpec s = smallSpec();
        if (variant == 1) {
            s.settings.validation = core::ValidationMode::Split;
            s.settings.validationSplit = 0.25;
        } else if (variant == 2) {
            s.data = core::generate(s.settings.data);
            s.dataSource = "moons.csv";
            s.settings.train.optimizer.kind = core::OptimizerKind::Sgd;
            s.settings.train.optimizer.learningRate = 0.1;
            s.settings.train.shuffle = false;
        } else if (variant == 3) {
            s.settings.train.epochs = 200;
            s.settings.train.optimizer.learningRate = 0.05;
            s.settings.train.earlyStopping = {true, core::Monitor::ValLoss, 0.0, 3, true, 0};
        } else if (variant == 4) {
            s.settings.data.kind = core::DatasetKind::Sine;
            s.settings.activation = core::Activation::Relu;
            s.settings.train.optimizer.kind = core::OptimizerKind::Momentum;
            s.settings.train.optimizer.learningRate = 0.02;
        }
        const core::RunResult first = core::trainSpec(s, maxPoints);
        if (variant == 3)
            QCOMPARE(first.outcome.reason, core::StopReason::EarlyStopped);
        if (maxPoints == 8)
            QVERIFY(first.history.updatesPerBucket > 1);
        const core::RunRecord record = core::makeRunRecord(s, first, "test");
        const std::string text = core::writeRunRecord(record);

        const core::RunRecord opened = core::readRunRecord(text);
        core::RunSettings expected = s.settings;
        if (s.data) // explicit rows: the generator's settings are not part of the run
            expected.data = core::DataSpec{};
        QCOMPARE(opened.spec.settings, expected);
        QCOMPARE(opened.spec.dataSource, s.dataSource);
        QCOMPARE(opened.programVersion, std::string("test"));
        QVERIFY(opened.history && opened.outcome && opened.finalParameters);
        QCOMPARE(opened.outcome->reason, first.outcome.reason);
        QCOMPARE(opened.outcome->message, first.outcome.message);
        QCOMPARE(core::historyDifference(*opened.history, first.history), std::string());
        QCOMPARE(core::writeRunRecord(opened), text);

        const core::RunResult again = core::trainSpec(opened.spec, opened.history->maxUpdatePoints);
        QCOMPARE(core::historyDifference(*opened.history, again.history), std::string());
        QCOMPARE(again.finalParameters.size(), opened.finalParameters->size());
        for (Eigen::Index i = 0; i < again.finalParameters.size(); ++i)
            QVERIFY(sameBits(again.finalParameters(i), (*opened.finalParameters)(i)));
        QCOMPARE(again.outcome.epochs, opened.outcome->epochs);
        QCOMPARE(again.outcome.bestEpoch, opened.outcome->bestEpoch);
        QCOMPARE(opened.outcome->overfittingFrom, first.outcome.overfittingFrom);
        QCOMPARE(again.outcome.overfittingFrom, first.outcome.overfittingFrom);
    }

    // outcome.overfitting_from_epoch: the rule's verdict on the recorded epochs (null when the
    // run does not overfit); records written before the field existed still read, and get the
    // verdict from their history.
    void overfittingFromEpochIsRecorded()
    {
        core::RunSettings settings = core::overfitPreset();
        settings.train.epochs = 150;
        const core::RunSpec spec = core::specOf(settings);
        const core::RunResult result = core::trainSpec(spec);
        const std::optional<int> from = core::overfittingFromEpoch(result.history.epochs);
        QVERIFY(from.has_value());
        QCOMPARE(result.outcome.overfittingFrom, from);
        const std::string text = core::writeRunRecord(core::makeRunRecord(spec, result, "test"));
        json j = json::parse(text);
        QCOMPARE(j["outcome"]["overfitting_from_epoch"].get<int>(), *from);
        QCOMPARE(core::readRunRecord(text).outcome->overfittingFrom, from);

        // An old record: no field; the verdict comes from its history.
        json old = j;
        old["outcome"].erase("overfitting_from_epoch");
        QCOMPARE(core::readRunRecord(old.dump()).outcome->overfittingFrom, from);
        // ... and without a history there is none to give.
        old.erase("history");
        QCOMPARE(core::readRunRecord(old.dump()).outcome->overfittingFrom, std::nullopt);
        // null: no overfitting.
        json none = j;
        none.erase("history");
        none["outcome"]["overfitting_from_epoch"] = nullptr;
        QCOMPARE(core::readRunRecord(none.dump()).outcome->overfittingFrom, std::nullopt);
        QVERIFY(core::writeRunRecord(core::readRunRecord(none.dump()))
                    .find("\"overfitting_from_epoch\": null") != std::string::npos);
        // A run that does not overfit writes null.
        settings.train.epochs = 5;
        const core::RunSpec shortSpec = core::specOf(settings);
        const std::string shortText = core::writeRunRecord(
            core::makeRunRecord(shortSpec, core::trainSpec(shortSpec), "test"));
        QVERIFY(json::parse(shortText)["outcome"]["overfitting_from_epoch"].is_null());
    }

    void differenceIsReported()
    {
        const core::RunResult r = core::trainSpec(smallSpec());
        core::RecordedHistory changed = r.history;
        changed.updates[7].meanLoss = std::nextafter(changed.updates[7].meanLoss, 1e9);
        QVERIFY(QString::fromStdString(core::historyDifference(r.history, changed))
                    .contains(QStringLiteral("update 8")));
        changed = r.history;
        changed.epochs[3].valLoss += 1e-15;
        QVERIFY(QString::fromStdString(core::historyDifference(r.history, changed))
                    .contains(QStringLiteral("epoch 3: val_loss")));
    }

    void handWrittenRecordReproducesReference_data()
    {
        QTest::addColumn<char>("task");
        QTest::addColumn<int>("batch");
        QTest::newRow("C B=32") << 'C' << 32;
        QTest::newRow("C B=10") << 'C' << 10;
        QTest::newRow("R B=100") << 'R' << 100;
    }
    void handWrittenRecordReproducesReference()
    {
        QFETCH(char, task);
        QFETCH(int, batch);
        const std::string text = handWritten(task, batch, 50).dump(1);
        const core::RunRecord rec = core::readRunRecord(text);
        QVERIFY(rec.spec.data && rec.spec.initialParameters);

        // Exactly what batchlab-fit trains: task.md's data and weights.
        const core::Network taskNet = core::taskNetwork(task);
        QCOMPARE(*rec.spec.initialParameters, taskNet.parameters());
        const core::DataSplit taskData = core::taskData(task);
        QCOMPARE(rec.spec.data->train.x, taskData.train.x);
        QCOMPARE(rec.spec.data->val.y, taskData.val.y);

        core::TaskRecorder fromRecord;
        const core::RunResult result = core::trainSpec(rec.spec, 200000, &fromRecord);
        QCOMPARE(result.outcome.reason, core::StopReason::Completed);

        const CsvTable ref = CsvTable::read(
            refDir + QStringLiteral("/%1_B%2_E50/updates.csv").arg(QLatin1Char(task)).arg(batch));
        QCOMPARE(qsizetype(fromRecord.updates.size()), ref.rows.size());
        double scale = 0.0;
        for (int r = 0; r < ref.rows.size(); ++r)
            scale = std::max(scale, std::abs(ref.number(r, QStringLiteral("loss"))));
        double worst = 0.0;
        for (int r = 0; r < ref.rows.size(); ++r)
            worst = std::max(worst, std::abs(fromRecord.updates[static_cast<std::size_t>(r)].loss -
                                             ref.number(r, QStringLiteral("loss"))));
        QVERIFY2(worst <= 1e-9 * scale, qPrintable(QStringLiteral("max diff %1").arg(worst)));

        // And bit for bit what the core trains from taskData/taskNetwork (batchlab-fit's run).
        core::TrainConfig c = rec.spec.settings.train;
        core::Trainer direct(taskNet, taskData.train, taskData.val, c);
        core::TaskRecorder fit;
        direct.run(&fit);
        QCOMPARE(fit.updates.size(), fromRecord.updates.size());
        for (std::size_t i = 0; i < fit.updates.size(); ++i)
            QVERIFY(sameBits(fit.updates[i].loss, fromRecord.updates[i].loss));
    }

    void malformedRecordIsRefused_data()
    {
        QTest::addColumn<QString>("patch"); // a JSON Patch (RFC 6902) applied to a good record
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QStringLiteral("!garbage") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated")
            << QStringLiteral("!truncate") << QStringLiteral("not valid JSON");
        QTest::newRow("number beyond double")
            << QStringLiteral("!overflow") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object")
            << QStringLiteral(R"([{"op":"replace","path":"","value":[1,2]}])")
            << QStringLiteral("the record: must be an object");
        QTest::newRow("unknown version")
            << QStringLiteral(R"([{"op":"replace","path":"/format_version","value":2}])")
            << QStringLiteral("format_version: version 2 is not known");
        QTest::newRow("wrong format")
            << QStringLiteral(R"([{"op":"replace","path":"/format","value":"keras"}])")
            << QStringLiteral("format: must be");
        QTest::newRow("missing format") << QStringLiteral(R"([{"op":"remove","path":"/format"}])")
                                        << QStringLiteral("format: missing");
        QTest::newRow("missing data") << QStringLiteral(R"([{"op":"remove","path":"/data"}])")
                                      << QStringLiteral("data: missing");
        QTest::newRow("missing batch size")
            << QStringLiteral(R"([{"op":"remove","path":"/training/batch_size"}])")
            << QStringLiteral("training.batch_size: missing");
        QTest::newRow("batch size text")
            << QStringLiteral(R"([{"op":"replace","path":"/training/batch_size","value":"32"}])")
            << QStringLiteral("training.batch_size: must be a whole number");
        QTest::newRow("batch size 0")
            << QStringLiteral(R"([{"op":"replace","path":"/training/batch_size","value":0}])")
            << QStringLiteral("training.batch_size: must be between 1");
        QTest::newRow("unknown field (typo)")
            << QStringLiteral(R"([{"op":"add","path":"/training/batchsize","value":3}])")
            << QStringLiteral("training.batchsize: unknown field");
        QTest::newRow("unknown optimizer")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/training/optimizer/name","value":"rmsprop"}])")
            << QStringLiteral("training.optimizer.name: 'rmsprop' is not one of");
        QTest::newRow("negative learning rate")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/training/optimizer/learning_rate","value":-1}])")
            << QStringLiteral("training.optimizer.learning_rate: needs a number in (0, ");
        QTest::newRow("kernel rows")
            << QStringLiteral(R"([{"op":"remove","path":"/initial_weights/0/kernel/1"}])")
            << QStringLiteral("initial_weights[0].kernel: must have 2 rows, not 1");
        QTest::newRow("kernel columns")
            << QStringLiteral(R"([{"op":"remove","path":"/initial_weights/1/kernel/3/0"}])")
            << QStringLiteral("initial_weights[1].kernel[3]: must hold 32 numbers, not 31");
        QTest::newRow("bias length")
            << QStringLiteral(R"([{"op":"add","path":"/initial_weights/2/bias/-","value":0}])")
            << QStringLiteral("initial_weights[2].bias: must hold 1 numbers, not 2");
        QTest::newRow("layer count")
            << QStringLiteral(R"([{"op":"remove","path":"/initial_weights/2"}])")
            << QStringLiteral("initial_weights: must hold 3 layers");
        QTest::newRow("weight null")
            << QStringLiteral(
                   R"([{"op":"replace","path":"/initial_weights/0/bias/4","value":null}])")
            << QStringLiteral("initial_weights[0].bias[4]: must be a number");
        QTest::newRow("ragged rows")
            << QStringLiteral(R"([{"op":"add","path":"/data/train/x/5/-","value":1.5}])")
            << QStringLiteral("data.train.x[5]: must hold 2 numbers, not 3");
        QTest::newRow("x and y rows")
            << QStringLiteral(R"([{"op":"remove","path":"/data/train/y/0"}])")
            << QStringLiteral("data.train.x: must have 99 rows, not 100");
        QTest::newRow("class label 2")
            << QStringLiteral(R"([{"op":"replace","path":"/data/train/y/7","value":2}])")
            << QStringLiteral("data.train.y[7]: a class label must be 0 or 1");
        QTest::newRow("validation inputs")
            << QStringLiteral(R"([{"op":"replace","path":"/data/val/x/0","value":[1]}])")
            << QStringLiteral("data.val.x[0]: must hold 2 numbers, not 1");
        QTest::newRow("unknown source")
            << QStringLiteral(R"([{"op":"replace","path":"/data/source","value":"url"}])")
            << QStringLiteral("data.source: 'url' is not");
        QTest::newRow("split out of range")
            << QStringLiteral(
                   R"([{"op":"add","path":"/validation","value":{"mode":"split","split":1.5}}])")
            << QStringLiteral("validation.split: needs a number in (0, 1)");
        QTest::newRow("split with separate rows")
            << QStringLiteral(
                   R"([{"op":"add","path":"/validation","value":{"mode":"split","split":0.5}}])")
            << QStringLiteral("cannot train: a validation split needs all rows in one set");
        QTest::newRow("hidden 0") << QStringLiteral(
                                         R"([{"op":"replace","path":"/model/hidden/0","value":0}])")
                                  << QStringLiteral("model.hidden[0]: must be between 1 and 4096");
        QTest::newRow("history columns")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":1,
                "epochs":{"epoch":[0,1],"loss":[1],"batch_loss_mean":[1,1],"train_loss":[1,1],
                "val_loss":[1,1],"train_accuracy":[1,1],"val_accuracy":[1,1],"seconds":[0,0],
                "updates":[0,1],"best_epoch":[-1,1]},"updates":null}}])")
            << QStringLiteral("history.epochs.loss: must hold 2 values (one per epoch), not 1");
        QTest::newRow("outcome reason")
            << QStringLiteral(
                   R"([{"op":"add","path":"/outcome","value":{"reason":"bored","epochs":1,"updates":1}}])")
            << QStringLiteral("outcome.reason: 'bored' is not one of");
        QTest::newRow("outcome overfitting_from_epoch")
            << QStringLiteral(R"([{"op":"add","path":"/outcome","value":{"reason":"completed",
                "epochs":1,"updates":1,"overfitting_from_epoch":"late"}}])")
            << QStringLiteral("outcome.overfitting_from_epoch: must be a whole number");
        QTest::newRow("outcome overfitting_from_epoch 0")
            << QStringLiteral(R"([{"op":"add","path":"/outcome","value":{"reason":"completed",
                "epochs":1,"updates":1,"overfitting_from_epoch":0}}])")
            << QStringLiteral("outcome.overfitting_from_epoch: must be between 1 and");
    }
    void malformedRecordIsRefused()
    {
        QFETCH(QString, patch);
        QFETCH(QString, message);
        const json good = handWritten('C', 32, 2);
        QVERIFY(core::readRunRecord(good.dump()).spec.data.has_value()); // the base is good
        std::string text;
        if (patch == QLatin1String("!overflow")) {
            text = good.dump();
            const std::string lr = "\"learning_rate\":0.05";
            QVERIFY(text.find(lr) != std::string::npos);
            text.replace(text.find(lr), lr.size(), "\"learning_rate\":1e999");
        } else {
            text = damaged(good, patch, 500);
        }
        const auto why = refusal<core::RunRecordError>([&] { core::readRunRecord(text); });
        QVERIFY2(why, "the record was accepted");
        QVERIFY2(why->contains(message), qPrintable(*why));
    }

    // A record that contradicts itself is refused, naming the field: its settings, history and
    // outcome must tell the same run.
    void selfContradictingRecordIsRefused_data()
    {
        QTest::addColumn<QString>("pointer"); // a JSON pointer into the record
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("10^6 epochs beside a 12-epoch history that completed")
            << "/training/epochs" << 1000000
            << "outcome.epochs: is 12, but the run says it completed training.epochs = 1000000";
        QTest::newRow("fewer epochs than the history")
            << "/training/epochs" << 5 << "history: reaches epoch 12, beyond training.epochs = 5";
        QTest::newRow("outcome epochs") << "/outcome/epochs" << 11 << "outcome.epochs: is 11";
        QTest::newRow("outcome updates")
            << "/outcome/updates" << 3 << "outcome.updates: is 3, but the history counts 60";
    }
    void selfContradictingRecordIsRefused()
    {
        QFETCH(QString, pointer);
        QFETCH(int, value);
        QFETCH(QString, message);
        const core::RunSpec s = smallSpec();
        json j = json::parse(core::writeRunRecord(core::makeRunRecord(s, core::trainSpec(s), "x")));
        QVERIFY(core::readRunRecord(j.dump()).outcome.has_value()); // the base is good
        j[json::json_pointer(pointer.toStdString())] = value;
        const auto why = refusal<core::RunRecordError>([&] { core::readRunRecord(j.dump()); });
        QVERIFY2(why, "the record was accepted");
        QVERIFY2(why->contains(message), qPrintable(*why));
    }

    // The column "partial" (a goal met inside an epoch, core::EpochInfo::partial) marks only
    // the last row of a run that reached its goal, short of its epoch's steps.
    void misplacedPartialEpochIsRefused_data()
    {
        QTest::addColumn<int>("row");         // the row marked partial
        QTest::addColumn<int>("lastUpdates"); // the last row's updates (-1: as trained)
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("not the last row")
            << 3 << -1 << "completed"
            << "history.epochs.partial: marks epoch 3, which is not the last epoch";
        QTest::newRow("a whole epoch")
            << 12 << -1 << "completed"
            << "history.epochs.partial: marks epoch 12, but its 60 updates are not within";
        QTest::newRow("a cancelled run")
            << 12 << 58 << "cancelled"
            << "history.epochs.partial: marks epoch 12, but only a run that reached its goal";
    }
    void misplacedPartialEpochIsRefused()
    {
        QFETCH(int, row);
        QFETCH(int, lastUpdates);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        const core::RunSpec s = smallSpec();
        json j = json::parse(core::writeRunRecord(core::makeRunRecord(s, core::trainSpec(s), "x")));
        json& epochs = j["history"]["epochs"];
        QVERIFY(!epochs.contains("partial")); // only written when a row is partial
        json partial = json::array();
        for (std::size_t i = 0; i < epochs["epoch"].size(); ++i)
            partial.push_back(int(i) == row);
        epochs["partial"] = partial;
        if (lastUpdates >= 0)
            epochs["updates"].back() = lastUpdates;
        j["outcome"]["reason"] = reason.toStdString();
        const auto why = refusal<core::RunRecordError>([&] { core::readRunRecord(j.dump()); });
        QVERIFY2(why, "the record was accepted");
        QVERIFY2(why->contains(message), qPrintable(*why));
    }

    // Not JSON: a sentence with the line and column, not the library's exception text.
    void syntaxErrorSaysLineAndColumn()
    {
        const std::string text =
            "{\n  \"format\": \"batchlab-run\",\n  \"format_version\": tru\n}\n";
        const auto why = refusal<core::RunRecordError>([&] { core::readRunRecord(text); });
        QVERIFY2(why, "accepted");
        QVERIFY2(why->startsWith(QStringLiteral("the text is not valid JSON: line 3, column ")),
                 qPrintable(*why));
        QVERIFY2(!why->contains(QStringLiteral("json.exception")), qPrintable(*why));
    }

    // A file over the record size limit is refused before a byte of it is read (a sparse file
    // of 200 MB: parsing it took 6 s and 893 MB).
    void oversizedFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1000 * 1000));
        f.close();
        const auto why =
            refusal<core::RunRecordError>([&] { core::loadRunRecord(path.toStdString()); });
        QVERIFY2(why, "accepted");
        QVERIFY2(why->contains(QStringLiteral("over the record size limit")), qPrintable(*why));
        QVERIFY2(why->startsWith(path), qPrintable(*why));
    }

    void mutatedRecordsNeverCrash()
    {
        // Random small edits of a good record: each one is read or refused with a
        // RunRecordError, never anything else.
        core::RunSpec s = smallSpec();
        s.settings.data.nTrain = 6;
        s.settings.data.nVal = 3;
        s.settings.hidden = {3};
        s.settings.train.epochs = 2;
        const std::string good =
            core::writeRunRecord(core::makeRunRecord(s, core::trainSpec(s), "x"));
        const auto [accepted, refused] = acceptedAndRefused<core::RunRecordError>(
            good, 20261129, [](const std::string& t) { core::readRunRecord(t); });
        QVERIFY(accepted > 0);
        QVERIFY(refused > 0);
    }

    void hugeNetworkIsRefused()
    {
        json j = handWritten('C', 32, 1);
        j.erase("initial_weights");
        j["model"]["hidden"] = std::vector<int>(16, 4096);
        const auto why = refusal<core::RunRecordError>([&] { core::readRunRecord(j.dump()); });
        QVERIFY2(why, "accepted");
        QVERIFY2(why->contains(QStringLiteral("parameter limit")), qPrintable(*why));
    }

    // A few bytes of JSON must not make the reader allocate what they describe: each limit is
    // checked before the allocation it guards, and named in the message.
    void limitsHoldBeforeAllocation_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("message");
        QTest::newRow("16 x 4096 units, empty weights")
            << QStringLiteral(R"([{"op":"replace","path":"/model/hidden","value":
                   [4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096]},
                   {"op":"replace","path":"/initial_weights","value":[]}])")
            << QStringLiteral("parameter limit");
        QTest::newRow("16 x 4096 units, final weights only")
            << QStringLiteral(R"([{"op":"replace","path":"/model/hidden","value":
                   [4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096]},
                   {"op":"remove","path":"/initial_weights"},
                   {"op":"add","path":"/final_weights","value":[]}])")
            << QStringLiteral("parameter limit");
        QTest::newRow("4096 x 4096 with weights (16.8 M parameters)")
            << QStringLiteral(R"([{"op":"replace","path":"/model/hidden","value":[4096,4096]},
                   {"op":"replace","path":"/initial_weights","value":[]}])")
            << QStringLiteral("recorded weights limit");
        QTest::newRow("bucket stride beyond int")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":8,
                "epochs":{"epoch":[0],"loss":[1],"batch_loss_mean":[1],"train_loss":[1],
                "val_loss":[1],"train_accuracy":[1],"val_accuracy":[1],"seconds":[0],
                "updates":[0],"best_epoch":[-1]},"updates":{"updates_per_bucket":1099511627776,
                "first_update":[1],"last_update":[8],"count":[8],"epoch":[1],
                "samples_seen":[8],"loss":[1],"loss_min":[1],"loss_max":[1],
                "running_mean":[1]}}}])")
            << QStringLiteral("history.updates.updates_per_bucket: must be at most 1073741824");
        QTest::newRow("two buckets of 2^30 updates")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":2147483648,
                "epochs":{"epoch":[0],"loss":[1],"batch_loss_mean":[1],"train_loss":[1],
                "val_loss":[1],"train_accuracy":[1],"val_accuracy":[1],"seconds":[0],
                "updates":[0],"best_epoch":[-1]},"updates":{"updates_per_bucket":1073741824,
                "first_update":[1,1073741825],"last_update":[1073741824,2147483648],
                "count":[1073741824,1073741824],"epoch":[1,2],"samples_seen":[8,8],
                "loss":[1,1],"loss_min":[1,1],"loss_max":[1,1],"running_mean":[1,1]}}}])")
            << QStringLiteral("history.total_updates: is more than the 8 updates the run can make");
        QTest::newRow("bucket count above its stride")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":8,
                "epochs":{"epoch":[0],"loss":[1],"batch_loss_mean":[1],"train_loss":[1],
                "val_loss":[1],"train_accuracy":[1],"val_accuracy":[1],"seconds":[0],
                "updates":[0],"best_epoch":[-1]},"updates":{"updates_per_bucket":2,
                "first_update":[1],"last_update":[8],"count":[8],"epoch":[1],
                "samples_seen":[8],"loss":[1],"loss_min":[1],"loss_max":[1],
                "running_mean":[1]}}}])")
            << QStringLiteral("history.updates.count[0]: must be at most 2");
        QTest::newRow("bucket count not its range")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":8,
                "epochs":{"epoch":[0],"loss":[1],"batch_loss_mean":[1],"train_loss":[1],
                "val_loss":[1],"train_accuracy":[1],"val_accuracy":[1],"seconds":[0],
                "updates":[0],"best_epoch":[-1]},"updates":{"updates_per_bucket":8,
                "first_update":[1],"last_update":[8],"count":[3],"epoch":[1],
                "samples_seen":[8],"loss":[1],"loss_min":[1],"loss_max":[1],
                "running_mean":[1]}}}])")
            << QStringLiteral("history.updates.count[0]: must be last_update - first_update + 1");
        QTest::newRow("overlapping buckets")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":8,
                "epochs":{"epoch":[0],"loss":[1],"batch_loss_mean":[1],"train_loss":[1],
                "val_loss":[1],"train_accuracy":[1],"val_accuracy":[1],"seconds":[0],
                "updates":[0],"best_epoch":[-1]},"updates":{"updates_per_bucket":4,
                "first_update":[1,4],"last_update":[4,7],"count":[4,4],"epoch":[1,2],
                "samples_seen":[8,8],"loss":[1,1],"loss_min":[1,1],"loss_max":[1,1],
                "running_mean":[1,1]}}}])")
            << QStringLiteral("history.updates.first_update[1]: must come after");
        QTest::newRow("bucket beyond total_updates")
            << QStringLiteral(R"([{"op":"add","path":"/history","value":{"total_updates":4,
                "epochs":{"epoch":[0],"loss":[1],"batch_loss_mean":[1],"train_loss":[1],
                "val_loss":[1],"train_accuracy":[1],"val_accuracy":[1],"seconds":[0],
                "updates":[0],"best_epoch":[-1]},"updates":{"updates_per_bucket":8,
                "first_update":[1],"last_update":[8],"count":[8],"epoch":[1],
                "samples_seen":[8],"loss":[1],"loss_min":[1],"loss_max":[1],
                "running_mean":[1]}}}])")
            << QStringLiteral("history.updates.last_update[0]: is beyond total_updates");
        QTest::newRow("unknown field of 300,000 characters")
            << QStringLiteral("!longkey") << QStringLiteral("unknown field");
    }
    void limitsHoldBeforeAllocation()
    {
        QFETCH(QString, patch);
        QFETCH(QString, message);
        const json good = handWritten('C', 32, 2);
        std::string text;
        if (patch == QLatin1String("!longkey")) {
            json j = good;
            j["training"][std::string(300000, 'k')] = 1;
            text = j.dump();
        } else {
            text = damaged(good, patch, 0);
        }
        const long before = peakResidentKiB();
        QElapsedTimer clock;
        clock.start();
        const auto why = refusal<core::RunRecordError>([&] { core::readRunRecord(text); });
        const qint64 ms = clock.elapsed();
        QVERIFY2(why, "the record was accepted");
        QVERIFY2(why->contains(message), qPrintable(*why));
        QVERIFY2(why->size() < 400, "the message quotes at most 60 characters of the input");
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("refused after %1 ms").arg(ms)));
        // The peak resident size grew by less than 200 MB (it was 2 GB before the limits).
        const long grown = peakResidentKiB() - before;
        QVERIFY2(grown < 200 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
    }

    void recordedWeightsLimitOnWriting()
    {
        core::RunSpec s = smallSpec();
        s.settings.hidden = {4096, 4096}; // 16.8 M parameters: hundreds of MB of JSON
        core::RunRecord r;
        r.spec = s;
        QElapsedTimer clock;
        clock.start();
        try {
            (void)core::writeRunRecord(r);
            QFAIL("written");
        } catch (const core::LimitError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("recorded weights limit")),
                     e.what());
        }
        QVERIFY(clock.elapsed() < 1000);
        // Within the limit a record is written as before.
        s.settings.hidden = {64, 64};
        r.spec = s;
        QVERIFY(!core::writeRunRecord(r).empty());
    }

    void missingFileIsNamed()
    {
        const auto why =
            refusal<core::RunRecordError>([] { core::loadRunRecord("/nonexistent/run.json"); });
        QVERIFY2(why, "accepted");
        QVERIFY(why->contains(QStringLiteral("/nonexistent/run.json")));
    }
};

QTEST_APPLESS_MAIN(TestRunRecord)
#include "tst_run_record.moc"
