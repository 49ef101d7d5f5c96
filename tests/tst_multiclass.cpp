// k classes exactly as Keras: k output units, softmax, sparse categorical cross-entropy as the
// batch mean, accuracy as the arg-max match. The loss is stable for huge logits; the gradient
// matches finite differences; the trajectories of a three-class task match PyTorch float64
// references (scripts/make_multiclass_reference.py: softmax + nn.CrossEntropyLoss on the logits)
// for SGD, momentum and Adam at B = 1, 7, 32 and N, to 1e-13 on the curve's scale; a run record
// written by hand (docs/run-record.md) for that task replays to the same trajectory; the Keras
// code says softmax and sparse_categorical_crossentropy; the generators make k classes and any
// width; sizes beyond the named limits are refused before allocation.
#include "csv_table.hpp"

#include "cost_meter.hpp"
#include "dataset.hpp"
#include "keras_code.hpp"
#include "limits.hpp"
#include "network.hpp"
#include "noise_meter.hpp"
#include "run_record.hpp"
#include "run_spec.hpp"
#include "task_io.hpp"
#include "trainer.hpp"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <numeric>
#include <set>

using nlohmann::json;

Q_DECLARE_METATYPE(core::DatasetKind)

namespace
{

const QString refDir = QStringLiteral(BATCHLAB_TEST_DATA "/reference");
constexpr double tolerance = 1e-13;
constexpr int referenceEpochs = 20;

core::Dataset readSet(const QString& name)
{
    const CsvTable t = CsvTable::read(refDir + QStringLiteral("/K_data_%1.csv").arg(name));
    core::Dataset d;
    d.task = core::TaskKind::MultiClassClassification;
    d.x.resize(t.rows.size(), 3);
    d.y.resize(t.rows.size());
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < 3; ++c)
            d.x(r, c) = t.rows[r][c].toDouble();
        d.y(r) = t.number(r, QStringLiteral("y"));
    }
    return d;
}

core::NetworkSpec taskK()
{
    core::NetworkSpec s;
    s.inputs = 3;
    s.hidden = {16, 16};
    s.activation = core::Activation::Tanh;
    s.task = core::TaskKind::MultiClassClassification;
    s.classes = 3;
    return s;
}

core::Network initialK()
{
    core::Network net(taskK());
    const CsvTable t = CsvTable::read(refDir + QStringLiteral("/K_init.csv"));
    for (const QStringList& row : t.rows) {
        const int l = row[0].mid(1).toInt() - 1;
        if (row[0].startsWith(QLatin1Char('W')))
            net.weights(l)(row[1].toInt(), row[2].toInt()) = row[3].toDouble();
        else
            net.bias(l)(row[2].toInt()) = row[3].toDouble();
    }
    return net;
}

double paramValue(const core::Network& net, const QString& name, int i, int j)
{
    const int layer = name.mid(1).toInt() - 1;
    return name.startsWith(QLatin1Char('W')) ? net.weights(layer)(i, j) : net.bias(layer)(j);
}

core::OptimizerConfig optimizer(const QString& name)
{
    core::OptimizerConfig c;
    if (name == QLatin1String("sgd")) {
        c.kind = core::OptimizerKind::Sgd;
        c.learningRate = 0.05;
    } else if (name == QLatin1String("momentum")) {
        c.kind = core::OptimizerKind::Momentum;
        c.learningRate = 0.01;
        c.momentum = 0.9;
    } else {
        c.kind = core::OptimizerKind::Adam;
        c.learningRate = 0.001;
        c.beta1 = 0.9;
        c.beta2 = 0.999;
        c.epsilon = 1e-7;
    }
    return c;
}

// The largest per-update difference from the reference's updates.csv, on the scale of the curve
// (each epoch's mean |loss|, as the binary references are compared).
double worstScaled(const std::vector<core::TaskRecorder::UpdateRow>& ours, const CsvTable& ref)
{
    QHash<int, double> sum;
    QHash<int, int> count;
    for (int r = 0; r < ref.rows.size(); ++r) {
        sum[ref.rows[r][1].toInt()] += std::abs(ref.number(r, QStringLiteral("loss")));
        ++count[ref.rows[r][1].toInt()];
    }
    double worst = 0.0;
    for (int r = 0; r < ref.rows.size() && r < int(ours.size()); ++r) {
        const auto& u = ours[std::size_t(r)];
        const double scale = sum[u.epoch] / count[u.epoch];
        worst = std::max(worst, std::abs(u.loss - ref.number(r, QStringLiteral("loss"))) / scale);
    }
    return worst;
}

json rowsJson(const core::Dataset& d)
{
    json x = json::array(), y = json::array();
    for (int r = 0; r < d.rows(); ++r) {
        json row = json::array();
        for (int c = 0; c < d.inputs(); ++c)
            row.push_back(d.x(r, c));
        x.push_back(row);
        y.push_back(d.y(r));
    }
    return json{{"x", x}, {"y", y}};
}

// A teacher's record of task K, written from docs/run-record.md: rows with class names, the
// initial weights as Keras's layers, SGD without shuffling.
json handWrittenK(int batch)
{
    const core::Network net = initialK();
    json layers = json::array();
    for (int l = 0; l < net.layerCount(); ++l) {
        json kernel = json::array();
        for (int i = 0; i < net.layerInputs(l); ++i) {
            json row = json::array();
            for (int j = 0; j < net.layerOutputs(l); ++j)
                row.push_back(net.weights(l)(i, j));
            kernel.push_back(row);
        }
        json bias = json::array();
        for (int j = 0; j < net.layerOutputs(l); ++j)
            bias.push_back(net.bias(l)(j));
        layers.push_back(json{{"kernel", kernel}, {"bias", bias}});
    }
    return json{{"format", "batchlab-run-record"},
                {"format_version", 1},
                {"data",
                 {{"source", "rows"},
                  {"task", "multiclass_classification"},
                  {"class_names", {"north-east", "west", "south-east"}},
                  {"train", rowsJson(readSet(QStringLiteral("train")))},
                  {"val", rowsJson(readSet(QStringLiteral("val")))}}},
                {"model", {{"hidden", {16, 16}}, {"activation", "tanh"}}},
                {"training",
                 {{"batch_size", batch},
                  {"epochs", referenceEpochs},
                  {"shuffle", false},
                  {"optimizer", {{"name", "sgd"}, {"learning_rate", 0.05}}}}},
                {"initial_weights", layers}};
}

} // namespace

class TestMulticlass : public QObject
{
    Q_OBJECT
private slots:
    void lossIsStableAndExact_data()
    {
        QTest::addColumn<double>("scale"); // logits (scale, 0, -scale) for class 0, 1, 2 rows
        QTest::newRow("small") << 0.5;
        QTest::newRow("1e4") << 1e4;
        QTest::newRow("1e300") << 1e300;
    }
    void lossIsStableAndExact()
    {
        QFETCH(double, scale);
        // A network without hidden layers and zero weights: the logits are the biases.
        core::NetworkSpec s;
        s.inputs = 1;
        s.hidden = {};
        s.task = core::TaskKind::MultiClassClassification;
        s.classes = 3;
        core::Network net(s);
        net.bias(0) << scale, 0.0, -scale;
        Eigen::MatrixXd x = Eigen::MatrixXd::Zero(3, 1);
        Eigen::VectorXd y(3);
        y << 0, 1, 2;
        core::Workspace ws(net, 3);
        Eigen::VectorXd grad = Eigen::VectorXd::Zero(net.parameterCount());
        const int rows[] = {0, 1, 2};
        const double loss = ws.lossAndGradient(net, x, y, rows, 3, &grad);
        QVERIFY(std::isfinite(loss));
        QVERIFY(grad.allFinite());
        // logsumexp(z) - z_y per row, by hand (log1p for the exactness the small case needs).
        const double lse = scale + std::log1p(std::exp(-scale) + std::exp(-2 * scale));
        const double expected = ((lse - scale) + lse + (lse + scale)) / 3.0;
        QVERIFY2(
            std::abs(loss - expected) <= 1e-15 * std::max(1.0, expected),
            qPrintable(QStringLiteral("%1 vs %2").arg(loss, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        int correct = -1;
        const double evaluated = ws.evaluate(net, x, y, &correct);
        QCOMPARE(evaluated, loss);
        QCOMPARE(correct, 1); // every row answers class 0
    }

    void gradientMatchesFiniteDifferences()
    {
        core::NetworkSpec s = taskK();
        s.classes = 4;
        core::Network net(s);
        net.initGlorot(7);
        Eigen::MatrixXd x = Eigen::MatrixXd::Random(9, 3);
        Eigen::VectorXd y(9);
        y << 0, 1, 2, 3, 0, 1, 2, 3, 2;
        core::Workspace ws(net, 9);
        std::vector<int> rows(9);
        std::iota(rows.begin(), rows.end(), 0);
        Eigen::VectorXd grad = Eigen::VectorXd::Zero(net.parameterCount());
        ws.lossAndGradient(net, x, y, rows.data(), 9, &grad);
        const double h = 1e-6;
        double worst = 0.0;
        for (Eigen::Index p = 0; p < net.parameterCount(); ++p) {
            const double keep = net.parameters()(p);
            net.parameters()(p) = keep + h;
            const double up = ws.lossAndGradient(net, x, y, rows.data(), 9, nullptr);
            net.parameters()(p) = keep - h;
            const double down = ws.lossAndGradient(net, x, y, rows.data(), 9, nullptr);
            net.parameters()(p) = keep;
            worst = std::max(worst, std::abs((up - down) / (2 * h) - grad(p)));
        }
        QVERIFY2(worst < 1e-8, qPrintable(QString::number(worst)));
    }

    void trajectoryMatchesPyTorch_data()
    {
        QTest::addColumn<QString>("opt");
        QTest::addColumn<int>("batch");
        for (const char* opt : {"sgd", "momentum", "adam"})
            for (int b : {1, 7, 32, 60})
                QTest::addRow("%s B=%d", opt, b) << QString::fromLatin1(opt) << b;
    }
    void trajectoryMatchesPyTorch()
    {
        QFETCH(QString, opt);
        QFETCH(int, batch);
        const QString dir =
            refDir + QStringLiteral("/K_%1_B%2_E%3").arg(opt).arg(batch).arg(referenceEpochs);
        const CsvTable updates = CsvTable::read(dir + QStringLiteral("/updates.csv"));
        const CsvTable epochs = CsvTable::read(dir + QStringLiteral("/epochs.csv"));
        const CsvTable params = CsvTable::read(dir + QStringLiteral("/final_params.csv"));
        QVERIFY(!updates.rows.isEmpty() && !epochs.rows.isEmpty() && !params.rows.isEmpty());

        core::TrainConfig config;
        config.batchSize = batch;
        config.epochs = referenceEpochs;
        config.shuffle = false;
        config.optimizer = optimizer(opt);
        core::Trainer trainer(initialK(), readSet(QStringLiteral("train")),
                              readSet(QStringLiteral("val")), config);
        core::TaskRecorder rec;
        QCOMPARE(trainer.run(&rec).reason, core::StopReason::Completed);

        QCOMPARE(qsizetype(rec.updates.size()), updates.rows.size());
        for (int r = 0; r < updates.rows.size(); ++r) {
            QCOMPARE(rec.updates[std::size_t(r)].epoch, updates.rows[r][1].toInt());
            QCOMPARE(rec.updates[std::size_t(r)].size, updates.rows[r][3].toInt());
        }
        const double worst = worstScaled(rec.updates, updates);
        qInfo("%s B=%d: per-update max scaled difference %.3g", qPrintable(opt), batch, worst);
        QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("max scaled %1").arg(worst)));

        QCOMPARE(qsizetype(rec.epochs.size()), epochs.rows.size());
        auto rel = [](double a, double b) { return std::abs(a - b) / std::abs(b); };
        for (int r = 0; r < epochs.rows.size(); ++r) {
            const core::EpochInfo& e = rec.epochs[std::size_t(r)];
            QVERIFY(rel(e.trainLoss, epochs.number(r, QStringLiteral("train_loss"))) <= tolerance);
            QVERIFY(rel(e.valLoss, epochs.number(r, QStringLiteral("val_loss"))) <= tolerance);
            // Accuracy is a count of arg-max matches: exact.
            QCOMPARE(e.trainAccuracy, epochs.number(r, QStringLiteral("train_accuracy")));
            QCOMPARE(e.valAccuracy, epochs.number(r, QStringLiteral("val_accuracy")));
            if (r > 0)
                QVERIFY(rel(e.kerasLoss, epochs.number(r, QStringLiteral("batch_loss_wmean"))) <=
                        tolerance);
        }

        QCOMPARE(params.rows.size(), trainer.network().parameterCount());
        double maxAbs = 0.0, maxDiff = 0.0;
        for (const QStringList& row : params.rows) {
            const double ref = row[3].toDouble();
            maxAbs = std::max(maxAbs, std::abs(ref));
            maxDiff = std::max(maxDiff, std::abs(ref - paramValue(trainer.network(), row[0],
                                                                  row[1].toInt(), row[2].toInt())));
        }
        QVERIFY2(maxDiff <= tolerance * maxAbs, qPrintable(QString::number(maxDiff / maxAbs)));
    }

    void handWrittenRecordReplays_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("B=7") << 7;
        QTest::newRow("B=60") << 60;
    }
    void handWrittenRecordReplays()
    {
        QFETCH(int, batch);
        const core::RunRecord rec = core::readRunRecord(handWrittenK(batch).dump(1));
        QVERIFY(rec.spec.data && rec.spec.initialParameters);
        QVERIFY(rec.spec.task() == core::TaskKind::MultiClassClassification);
        QCOMPARE(rec.spec.networkSpec().classes, 3);
        QCOMPARE(rec.spec.data->train.classNames.size(), std::size_t(3));
        QCOMPARE(rec.spec.data->val.classNames.at(1), std::string("west"));

        core::TaskRecorder fromRecord;
        const core::RunResult result = core::trainSpec(rec.spec, 200000, &fromRecord);
        QCOMPARE(result.outcome.reason, core::StopReason::Completed);
        const CsvTable ref = CsvTable::read(
            refDir + QStringLiteral("/K_sgd_B%1_E%2/updates.csv").arg(batch).arg(referenceEpochs));
        QCOMPARE(qsizetype(fromRecord.updates.size()), ref.rows.size());
        const double worst = worstScaled(fromRecord.updates, ref);
        QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));

        // Written back (task and class names kept) and replayed: identical bit for bit.
        const std::string written =
            core::writeRunRecord(core::makeRunRecord(rec.spec, result, "test"));
        QVERIFY(written.find("multiclass_classification") != std::string::npos);
        QVERIFY(written.find("south-east") != std::string::npos);
        const core::RunRecord again = core::readRunRecord(written);
        QCOMPARE(again.spec.data->train.classNames, rec.spec.data->train.classNames);
        const core::RunResult replay = core::trainSpec(again.spec);
        QVERIFY(core::checkReplay(again, replay.history, replay.finalParameters).same());
    }

    void badClassesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QString>("message");
        QTest::newRow("class beyond the names")
            << "/data/train/y/0"
            << "3"
            << "data.train.y[0]: a class must be a whole number";
        QTest::newRow("fraction") << "/data/train/y/1"
                                  << "1.5"
                                  << "a class must be a whole number";
        QTest::newRow("negative") << "/data/val/y/2"
                                  << "-1"
                                  << "data.val.y[2]";
        QTest::newRow("one name") << "/data/class_names"
                                  << "[\"a\"]"
                                  << "data.class_names";
        QTest::newRow("names for regression") << "/data/task"
                                              << "\"regression\""
                                              << "data.class_names: regression has no classes";
    }
    void badClassesAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, message);
        json j = handWrittenK(60);
        j[json::json_pointer(path.toStdString())] = json::parse(value.toStdString());
        try {
            (void)core::readRunRecord(j.dump());
            QFAIL("accepted");
        } catch (const core::RunRecordError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }

    void kerasCodeSaysSoftmax()
    {
        const core::RunRecord rec = core::readRunRecord(handWrittenK(7).dump());
        const std::string code = core::kerasCode(rec.spec);
        QVERIFY(code.find("layers.Dense(3, activation=\"softmax\")") != std::string::npos);
        QVERIFY(code.find("loss=\"sparse_categorical_crossentropy\"") != std::string::npos);
        QVERIFY(code.find("metrics=[\"accuracy\"]") != std::string::npos);
        QVERIFY(code.find("keras.Input(shape=(3,))") != std::string::npos);
        core::RunSettings s;
        s.data.kind = core::DatasetKind::KSpiral;
        s.data.classes = 5;
        s.data.extraInputs = 4;
        const std::string generated = core::kerasCode(s);
        QVERIFY(generated.find("layers.Dense(5, activation=\"softmax\")") != std::string::npos);
        QVERIFY(generated.find("keras.Input(shape=(6,))") != std::string::npos);
        QVERIFY(generated.find("k = 5") != std::string::npos);
    }

    void generatorsMakeKClassesOfAnyWidth_data()
    {
        QTest::addColumn<core::DatasetKind>("kind");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("extra");
        for (core::DatasetKind k : {core::DatasetKind::KBlobs, core::DatasetKind::KSpiral})
            for (int c : {3, 10})
                for (int extra : {0, 7})
                    QTest::addRow("%s k=%d +%d", core::datasetKey(k).data(), c, extra)
                        << k << c << extra;
        QTest::addRow("moons +3") << core::DatasetKind::Moons << 2 << 3;
        QTest::addRow("sine +2") << core::DatasetKind::Sine << 0 << 2;
    }
    void generatorsMakeKClassesOfAnyWidth()
    {
        QFETCH(core::DatasetKind, kind);
        QFETCH(int, classes);
        QFETCH(int, extra);
        core::RunSettings s;
        s.data.kind = kind;
        s.data.classes = std::max(classes, 3);
        s.data.extraInputs = extra;
        s.data.nTrain = 50;
        s.data.nVal = 20;
        s.data.labelNoise = 0.1;
        s.hidden = {8};
        s.train.epochs = 3;
        s.validate();
        const core::DataSplit d = s.makeData();
        const int own = kind == core::DatasetKind::Sine ? 1 : 2;
        QCOMPARE(d.train.inputs(), own + extra);
        QCOMPARE(s.networkSpec().inputs, own + extra);
        QCOMPARE(core::classCount(d), classes);
        if (classes > 2) {
            QVERIFY(d.train.task == core::TaskKind::MultiClassClassification);
            QCOMPARE(s.networkSpec().outputs(), classes);
            std::set<int> seen;
            for (int i = 0; i < d.train.rows(); ++i) {
                QVERIFY(d.train.y(i) >= 0 && d.train.y(i) < classes);
                QCOMPARE(d.train.y(i), std::floor(d.train.y(i)));
                seen.insert(int(d.train.y(i)));
            }
            QCOMPARE(int(seen.size()), classes);
        }
        // The generator's own columns do not move when noise columns are added.
        core::DataSpec narrow = s.data;
        narrow.extraInputs = 0;
        const core::DataSplit n = core::generate(narrow);
        QCOMPARE(Eigen::MatrixXd(d.train.x.leftCols(own)), n.train.x);
        QCOMPARE(d.train.y, n.train.y);
        // And it trains, to an accuracy (classification) or a loss.
        const core::RunResult r = core::trainSpec(core::specOf(s));
        QCOMPARE(r.outcome.reason, core::StopReason::Completed);
        QVERIFY(std::isfinite(r.history.epochs.back().trainLoss));
        QCOMPARE(std::isfinite(r.history.epochs.back().trainAccuracy), classes > 0);
    }

    // Label noise with a clean new exam flips training answers only; the rows themselves and
    // the flipped training answers are those of the same seed with label noise everywhere.
    void cleanValidationFlipsTrainingAnswersOnly_data()
    {
        QTest::addColumn<core::DatasetKind>("kind");
        QTest::newRow("xor (binary)") << core::DatasetKind::Xor;
        QTest::newRow("k-blobs (3 classes)") << core::DatasetKind::KBlobs;
    }
    void cleanValidationFlipsTrainingAnswersOnly()
    {
        QFETCH(core::DatasetKind, kind);
        core::DataSpec noisy;
        noisy.kind = kind;
        noisy.nTrain = 400;
        noisy.nVal = 400;
        noisy.labelNoise = 0.3;
        core::DataSpec clean = noisy;
        clean.cleanValidation = true;
        core::DataSpec none = noisy;
        none.labelNoise = 0.0;
        const core::DataSplit n = core::generate(noisy), c = core::generate(clean),
                              z = core::generate(none);
        QCOMPARE(c.train.x, n.train.x);
        QCOMPARE(c.train.y, n.train.y);
        QCOMPARE(c.val.x, z.val.x);
        QCOMPARE(c.val.y, z.val.y);
        // The noisy validation set does differ (about 30 % of its answers).
        const auto flipped = (n.val.y.array() != z.val.y.array()).count();
        QVERIFY2(flipped > 80 && flipped < 160, qPrintable(QString::number(flipped)));
    }

    void metersMeasureKClasses()
    {
        // The gradient-noise meter: enumerated at B = N the batch gradient is the full one
        // (no variance); at B = 1 the measured variance is the theory's sigma^2 exactly.
        core::RunSettings s;
        s.data.kind = core::DatasetKind::KSpiral;
        s.data.classes = 4;
        s.data.extraInputs = 2;
        s.data.nTrain = 24;
        s.hidden = {6};
        const core::Network net = s.makeInitialNetwork();
        QCOMPARE(net.layerOutputs(net.layerCount() - 1), 4);
        core::NoiseMeterConfig nc;
        nc.batchSizes = {1, 24};
        const core::NoiseReport noise = core::measureNoise(net, s.makeData().train, nc);
        QCOMPARE(noise.parameters, net.parameterCount());
        QVERIFY(noise.sigma2 > 0.0);
        QVERIFY(std::abs(noise.rows[0].measuredVariance - noise.rows[0].theoryVariance) <=
                1e-12 * noise.rows[0].theoryVariance);
        QVERIFY(noise.rows[1].measuredVariance <= 1e-20);
        // The cost meter counts the k output units in a batch's memory.
        core::CostMeterConfig cc;
        cc.batchSizes = {1, 8};
        cc.secondsPerBatchSize = 0.02;
        const auto rows = core::measureCost(s, cc, nullptr);
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(rows[1].secondsPerUpdate > 0.0);
        core::NetworkSpec binary = s.networkSpec();
        binary.task = core::TaskKind::BinaryClassification;
        QVERIFY(core::batchMemory(s.networkSpec(), 8).total() >
                core::batchMemory(binary, 8).total());
    }

    void sizesBeyondTheLimitsAreRefused()
    {
        core::NetworkSpec s = taskK();
        s.inputs = core::limits::maxInputs + 1;
        QVERIFY_THROWS_EXCEPTION(core::LimitError, core::Network{s});
        s = taskK();
        s.classes = core::limits::maxClasses + 1;
        QVERIFY_THROWS_EXCEPTION(core::LimitError, core::Network{s});
        s.classes = 1;
        QVERIFY_THROWS_EXCEPTION(core::LimitError, core::Network{s});
        s.classes = 100;
        s.inputs = 1024;
        QCOMPARE(core::Network(s).layerOutputs(2), 100); // within the limits
        core::DataSpec d;
        d.kind = core::DatasetKind::KBlobs;
        d.classes = 11;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::generate(d));
        d.classes = 3;
        d.extraInputs = core::limits::maxInputs;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::generate(d));
    }
};

QTEST_APPLESS_MAIN(TestMulticlass)
#include "tst_multiclass.moc"
