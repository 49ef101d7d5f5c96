// The Keras code shown for the current settings: exact text for a table of settings, and
// valid Python for every data set, optimizer and validation mode.
#include "keras_code.hpp"

#include <QMap>
#include <QProcess>
#include <QtTest>

namespace
{

core::RunSettings base()
{
    return core::overfitPreset();
}

} // namespace

class TestKerasCode : public QObject
{
    Q_OBJECT
private slots:
    void defaultRunIsExact()
    {
        const std::string want = R"(import numpy as np
import keras
from keras import layers

keras.utils.set_random_seed(1)
rng = np.random.default_rng(1)

# The practice exam: moons, noise 0.35.
def make_data(n):
    c = np.arange(n) % 2
    t = np.pi * rng.random(n)
    upper = np.c_[np.cos(t), np.sin(t)]
    lower = np.c_[1 - np.cos(t), 0.5 - np.sin(t)]
    x = np.where(c[:, None] == 0, upper, lower) + 0.35 * rng.standard_normal((n, 2))
    return x, c.astype("float64")

x_train, y_train = make_data(30)  # the practice exam
x_val, y_val = make_data(200)  # a new, unseen exam

model = keras.Sequential([
    keras.Input(shape=(2,)),
    layers.Dense(64, activation="tanh"),
    layers.Dense(64, activation="tanh"),
    layers.Dense(1, activation="sigmoid"),
])
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(
    x_train, y_train,
    batch_size=4,
    epochs=300,
    validation_data=(x_val, y_val),
    shuffle=True,
)
)";
        QCOMPARE(QString::fromStdString(core::kerasCode(base())), QString::fromStdString(want));
    }

    void lines_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("line");
        QTest::newRow("batch size") << 0 << QStringLiteral("    batch_size=32,\n");
        QTest::newRow("epochs") << 1 << QStringLiteral("    epochs=7,\n");
        QTest::newRow("no shuffle") << 2 << QStringLiteral("    shuffle=False,\n");
        QTest::newRow("validation_split") << 3 << QStringLiteral("    validation_split=0.25,\n");
        QTest::newRow("split uses x, y") << 3 << QStringLiteral("x, y = make_data(30)\n");
        QTest::newRow("sgd") << 4
                             << QStringLiteral(
                                    "    optimizer=keras.optimizers.SGD(learning_rate=0.05),\n");
        QTest::newRow("momentum") << 5
                                  << QStringLiteral(
                                         "keras.optimizers.SGD(learning_rate=0.01, momentum=0.8)");
        QTest::newRow("early stopping")
            << 6
            << QStringLiteral(
                   "early_stopping = keras.callbacks.EarlyStopping(\n    monitor=\"val_loss\",\n"
                   "    min_delta=0.001,\n    patience=5,\n    restore_best_weights=True,\n"
                   "    start_from_epoch=2,\n)\n");
        QTest::newRow("callbacks") << 6 << QStringLiteral("    callbacks=[early_stopping],\n");
        QTest::newRow("regression output") << 7 << QStringLiteral("    layers.Dense(1),\n])\n");
        QTest::newRow("regression loss")
            << 7 << QStringLiteral("    loss=\"mean_squared_error\",\n)");
        QTest::newRow("relu, three layers")
            << 8
            << QStringLiteral("    layers.Dense(8, activation=\"relu\"),\n    layers.Dense(8, "
                              "activation=\"relu\"),\n"
                              "    layers.Dense(4, activation=\"relu\"),\n");
        QTest::newRow("label noise") << 9 << QStringLiteral("rng.random(n) < 0.1, 1 - c, c)");
        QTest::newRow("adam betas")
            << 10 << QStringLiteral("Adam(learning_rate=0.001, beta_1=0.8)");
        QTest::newRow("clean new exam")
            << 11 << QStringLiteral("make_data(200, noisy_answers=False)");
        QTest::newRow("clean new exam: the flips are conditional")
            << 11
            << QStringLiteral("    if noisy_answers:\n        c = np.where(rng.random(n) < 0.3");
    }
    void lines()
    {
        QFETCH(int, variant);
        QFETCH(QString, line);
        core::RunSettings s = base();
        switch (variant) {
        case 0:
            s.train.batchSize = 32;
            break;
        case 1:
            s.train.epochs = 7;
            break;
        case 2:
            s.train.shuffle = false;
            break;
        case 3:
            s.validation = core::ValidationMode::Split;
            s.validationSplit = 0.25;
            break;
        case 4:
            s.train.optimizer.kind = core::OptimizerKind::Sgd;
            s.train.optimizer.learningRate = 0.05;
            break;
        case 5:
            s.train.optimizer.kind = core::OptimizerKind::Momentum;
            s.train.optimizer.momentum = 0.8;
            break;
        case 6:
            s.train.earlyStopping = {true, core::Monitor::ValLoss, 0.001, 5, true, 2};
            break;
        case 7:
            s.data.kind = core::DatasetKind::Sine;
            break;
        case 8:
            s.hidden = {8, 8, 4};
            s.activation = core::Activation::Relu;
            break;
        case 9:
            s.data.labelNoise = 0.1;
            break;
        case 10:
            s.train.optimizer.learningRate = 0.001;
            s.train.optimizer.beta1 = 0.8;
            break;
        case 11:
            s.data.labelNoise = 0.3;
            s.data.cleanValidation = true;
            break;
        }
        const QString code = QString::fromStdString(core::kerasCode(s));
        QVERIFY2(code.contains(line), qPrintable(code));
    }

    void numbersReadBack_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("0.01") << 0.01 << QStringLiteral("0.01");
        QTest::newRow("1") << 1.0 << QStringLiteral("1.0");
        QTest::newRow("1e-07") << 1e-7 << QStringLiteral("1e-07");
        QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    }
    void numbersReadBack()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(core::pythonNumber(value)), text);
    }

    void everyVariantIsValidPython_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("split");
        QTest::addColumn<int>("optimizer");
        for (auto k : core::allDatasetKinds())
            for (bool split : {false, true})
                QTest::addRow("%s %s", core::datasetKey(k).data(), split ? "split" : "separate")
                    << int(k) << split
                    << int(split ? core::OptimizerKind::Sgd : core::OptimizerKind::Adam);
    }
    void everyVariantIsValidPython()
    {
        QFETCH(int, kind);
        QFETCH(bool, split);
        QFETCH(int, optimizer);
        core::RunSettings s = base();
        s.data.kind = core::DatasetKind(kind);
        s.validation = split ? core::ValidationMode::Split : core::ValidationMode::SeparateSet;
        s.train.optimizer.kind = core::OptimizerKind(optimizer);
        s.train.earlyStopping.enabled = split;
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())")});
        QVERIFY(python.waitForStarted());
        python.write(QByteArray::fromStdString(core::kerasCode(s)));
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    // Explicit rows (a CSV file, a record) are written into the code as trained: Python reads
    // back every number bit for bit, in shapes that match what fit() is given.
    void explicitRowsReadBackExactly_data()
    {
        QTest::addColumn<bool>("classification");
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("valRows");
        QTest::addColumn<bool>("split");
        QTest::newRow("classes, 2 inputs, validation_split") << true << 2 << 0 << true;
        QTest::newRow("numbers, 3 inputs, no validation") << false << 3 << 0 << false;
        QTest::newRow("numbers, 1 input, given validation rows") << false << 1 << 5 << false;
    }
    void explicitRowsReadBackExactly()
    {
        QFETCH(bool, classification);
        QFETCH(int, inputs);
        QFETCH(int, valRows);
        QFETCH(bool, split);
        core::RunSpec spec = core::specOf(base());
        spec.settings.validation =
            split ? core::ValidationMode::Split : core::ValidationMode::SeparateSet;
        core::DataSplit d;
        const auto rows = [&](int n, int seed) {
            core::Dataset ds;
            ds.task =
                classification ? core::TaskKind::BinaryClassification : core::TaskKind::Regression;
            ds.x.resize(n, inputs);
            ds.y.resize(n);
            for (int r = 0; r < n; ++r) {
                for (int c = 0; c < inputs; ++c)
                    ds.x(r, c) = std::sin(seed + r * 1.7 + c) / 3.0;
                ds.y(r) = classification ? double(r % 2) : std::cos(r + seed) * 1e-3;
            }
            return ds;
        };
        d.train = rows(12, 1);
        d.val = rows(valRows, 2);
        spec.data = d;
        spec.dataSource = "exam.csv";
        const std::string code = core::kerasCode(spec);
        QVERIFY(code.find("# The practice exam: exam.csv, 12 rows") != std::string::npos);
        QVERIFY(code.find("make_data") == std::string::npos);
        QVERIFY(code.find("keras.Input(shape=(" + std::to_string(inputs) + ",))") !=
                std::string::npos);
        QVERIFY(code.find(split ? "validation_split=" : "validation_data=") != std::string::npos ||
                (!split && valRows == 0));
        QVERIFY((code.find("validation_data=(x_val, y_val)") != std::string::npos) ==
                (!split && valRows > 0));
        QVERIFY(code.find(classification ? "binary_crossentropy" : "mean_squared_error") !=
                std::string::npos);
        // Python prints every array element with repr(); they must read back as the same bits.
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import ast, sys\n"
                            "tree = ast.parse(sys.stdin.read())\n"
                            "for n in tree.body:\n"
                            "    if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) "
                            "and getattr(n.value.func, 'attr', '') == 'array':\n"
                            "        v = ast.literal_eval(n.value.args[0])\n"
                            "        flat = [a for r in v for a in r] if v and "
                            "isinstance(v[0], list) else v\n"
                            "        print(n.targets[0].id, len(v), ' '.join(repr(float(a)) "
                            "for a in flat))\n")});
        QVERIFY(python.waitForStarted());
        python.write(QByteArray::fromStdString(code));
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QMap<QString, QStringList> arrays;
        QMap<QString, int> lengths;
        for (const QByteArray& line : python.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2)
                continue;
            lengths[QString::fromLatin1(parts[0])] = parts[1].toInt();
            QStringList values;
            for (int i = 2; i < parts.size(); ++i)
                values << QString::fromLatin1(parts[i]);
            arrays[QString::fromLatin1(parts[0])] = values;
        }
        const QString x = split ? QStringLiteral("x") : QStringLiteral("x_train");
        const QString y = split ? QStringLiteral("y") : QStringLiteral("y_train");
        QCOMPARE(lengths.value(x), 12);
        QCOMPARE(lengths.value(y), 12);
        QCOMPARE(arrays.value(x).size(), 12 * inputs);
        for (int r = 0; r < 12; ++r) {
            for (int c = 0; c < inputs; ++c)
                QCOMPARE(arrays.value(x).at(r * inputs + c).toDouble(), d.train.x(r, c));
            QCOMPARE(arrays.value(y).at(r).toDouble(), d.train.y(r));
        }
        QCOMPARE(lengths.contains(QStringLiteral("x_val")), valRows > 0 && !split);
        if (valRows > 0 && !split)
            QCOMPARE(arrays.value(QStringLiteral("y_val")).at(valRows - 1).toDouble(),
                     d.val.y(valRows - 1));
    }
};

QTEST_GUILESS_MAIN(TestKerasCode)
#include "tst_keras_code.moc"
