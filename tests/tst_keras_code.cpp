// The Keras code shown for the current settings: exact text for a table of settings, and
// valid Python for every data set, optimizer and validation mode.
#include "keras_code.hpp"

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
};

QTEST_GUILESS_MAIN(TestKerasCode)
#include "tst_keras_code.moc"
