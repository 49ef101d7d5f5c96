// batchlab-fit: trains a task of ../shared/peers/task.md (R or C), or task D (the handwritten
// digits as docs/PERFORMANCE.md times them: 64-32-10 tanh, softmax, 100 practice + 500 new
// questions), and writes its trajectory in task.md §7's format, or times the training loop
// (--time). For checks and benchmarks; task D also writes its data and initial weights, from
// which bench/digits_torch_peer.py trains the same network (bench/compare_peers.sh).
#include "dataset.hpp"
#include "limits.hpp"
#include "network.hpp"
#include "settings_schema.hpp"
#include "task_io.hpp"
#include "trainer.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <chrono>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace
{

constexpr int exitBadArguments = 2;

// At most 60 characters of an argument, for a message.
QString quoted(const QString& value)
{
    return QString::fromStdString(core::limits::excerpt(value.toStdString()));
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "batchlab-fit: %s\n", qPrintable(message));
    std::fprintf(stderr, "Try 'batchlab-fit --help'.\n");
    std::exit(exitBadArguments);
}

// The option `name` read as the schema's field `field` (core/settings_schema.hpp), so its range
// is the one every other reader of the settings has: "--batch needs a whole number from 1 to
// 1000000, not '0'".
int schemaInt(const QCommandLineParser& p, const QString& name, const char* field)
{
    const core::SettingField& f = core::settingField(field);
    core::RunSettings s;
    try {
        core::setSettingText(f, s, p.value(name).toStdString());
    } catch (const core::SettingError& e) {
        fail(QStringLiteral("--%1 %2, not '%3'")
                 .arg(name, QString::fromStdString(e.what()), quoted(p.value(name))));
    }
    return *std::get<int*>(f.slot(s));
}

double positiveDouble(const QCommandLineParser& p, const QString& name)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !(v > 0.0) || !std::isfinite(v))
        fail(QStringLiteral("--%1 needs a number > 0, not '%2'").arg(name, quoted(p.value(name))));
    return v;
}

bool writeFile(const QString& path, const std::string& text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text.data(), static_cast<qint64>(text.size()));
    return f.commit();
}

// Task D: the digits as `batchlab --headless --dataset digits` draws them with the default
// seed (100 practice pictures, ten of each digit, and 500 new ones).
core::DataSplit digitsData()
{
    core::DataSpec spec;
    spec.kind = core::DatasetKind::Digits;
    spec.nTrain = core::digitsTrainRows;
    spec.nVal = core::digitsValRows;
    spec.seed = core::RunSettings{}.data.seed;
    return core::generate(spec);
}

// Task D's network: 64-32-10 tanh with a softmax output, task.md §4's quantised Glorot weights
// from a stream of its own (4003).
core::Network digitsNetwork()
{
    core::NetworkSpec spec;
    spec.inputs = 64;
    spec.hidden = {32};
    spec.activation = core::Activation::Tanh;
    spec.task = core::TaskKind::MultiClassClassification;
    spec.classes = 10;
    core::Network net(spec);
    net.initTaskLcg(4003);
    return net;
}

// One row per question: the inputs x0..x(n-1), then the answer y (for the peer).
std::string dataCsv(const core::Dataset& d)
{
    std::string out;
    for (Eigen::Index j = 0; j < d.x.cols(); ++j)
        out.append("x").append(std::to_string(j)).append(",");
    out += "y\n";
    for (int i = 0; i < d.rows(); ++i) {
        for (Eigen::Index j = 0; j < d.x.cols(); ++j)
            out += core::formatG17(d.x(i, j)) + ",";
        out += core::formatG17(d.y(i)) + "\n";
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchlab-fit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHLAB_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Trains task R (sine regression) or C (two moons) of task.md, or D (the digits, "
        "64-32-10 tanh), and writes updates.csv, epochs.csv and final_params.csv (task D also "
        "train.csv, val.csv and initial_params.csv), or prints the speed of the training loop."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("task"), QStringLiteral("R, C or D."), QStringLiteral("T")},
        {QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("B")},
        {QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("E")},
        {QStringLiteral("out"), QStringLiteral("Output directory."), QStringLiteral("DIR")},
        {QStringLiteral("optimizer"), QStringLiteral("sgd (default), momentum or adam."),
         QStringLiteral("NAME"), QStringLiteral("sgd")},
        {QStringLiteral("lr"),
         QStringLiteral("Learning rate (default 0.05 for sgd and momentum, 0.001 for adam)."),
         QStringLiteral("X")},
        {QStringLiteral("momentum"), QStringLiteral("Momentum (default 0.9)."), QStringLiteral("M"),
         QStringLiteral("0.9")},
        {QStringLiteral("shuffle"), QStringLiteral("off (default) or a seed."),
         QStringLiteral("off|SEED"), QStringLiteral("off")},
        {QStringLiteral("time"),
         QStringLiteral("Print one JSON line with updates, seconds and updates_per_s.")},
    });
    if (!p.parse(QCoreApplication::arguments()))
        fail(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    if (!p.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1'")
                 .arg(quoted(p.positionalArguments().first())));

    const QString task = p.value(QStringLiteral("task"));
    if (task != QLatin1String("R") && task != QLatin1String("C") && task != QLatin1String("D"))
        fail(QStringLiteral("--task must be R, C or D, not '%1'").arg(quoted(task)));
    for (const char* required : {"batch", "epochs"})
        if (!p.isSet(QLatin1String(required)))
            fail(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    const bool timing = p.isSet(QStringLiteral("time"));
    if (!timing && !p.isSet(QStringLiteral("out")))
        fail(QStringLiteral("give --out DIR, or --time"));

    core::TrainConfig config;
    config.batchSize = schemaInt(p, QStringLiteral("batch"), "batch_size");
    config.epochs = schemaInt(p, QStringLiteral("epochs"), "epochs");
    if (!core::parseOptimizerKind(p.value(QStringLiteral("optimizer")).toStdString(),
                                  config.optimizer.kind))
        fail(QStringLiteral("--optimizer must be sgd, momentum or adam, not '%1'")
                 .arg(quoted(p.value(QStringLiteral("optimizer")))));
    config.optimizer.learningRate = p.isSet(QStringLiteral("lr"))
                                        ? positiveDouble(p, QStringLiteral("lr"))
                                    : config.optimizer.kind == core::OptimizerKind::Adam ? 0.001
                                                                                         : 0.05;
    {
        bool ok = false;
        config.optimizer.momentum = p.value(QStringLiteral("momentum")).toDouble(&ok);
        if (!ok || !(config.optimizer.momentum >= 0.0 && config.optimizer.momentum < 1.0))
            fail(QStringLiteral("--momentum needs a number in [0, 1), not '%1'")
                     .arg(quoted(p.value(QStringLiteral("momentum")))));
    }
    const QString shuffle = p.value(QStringLiteral("shuffle"));
    if (shuffle == QLatin1String("off")) {
        config.shuffle = false;
    } else {
        bool ok = false;
        config.shuffleSeed = shuffle.toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("--shuffle must be off or a whole number seed, not '%1'")
                     .arg(quoted(shuffle)));
        config.shuffle = true;
    }

    const char t = task.at(0).toLatin1();
    try {
        core::DataSplit data = t == 'D' ? digitsData() : core::taskData(t);
        const core::Network net = t == 'D' ? digitsNetwork() : core::taskNetwork(t);
        if (!timing) {
            // Every update is kept for updates.csv: refuse before training what would not fit.
            const std::int64_t updates =
                std::int64_t(core::stepsPerEpoch(data.train.rows(), config.batchSize)) *
                config.epochs;
            try {
                core::limits::checkKeptUpdates(updates);
            } catch (const core::LimitError& e) {
                fail(QStringLiteral("--epochs %1 with --batch %2: %3")
                         .arg(config.epochs)
                         .arg(config.batchSize)
                         .arg(QString::fromStdString(e.what())));
            }
        }
        if (timing) {
            // The loop alone, as the peers time it: forward, backward, step and the batch loss
            // of every update; no observer, no per-epoch evaluation.
            config.evaluateEachEpoch = false;
            core::Trainer trainer(net, data.train, core::Dataset{}, config);
            trainer.step(nullptr); // reports epoch 0 (evaluation) outside the timed part
            const auto t0 = std::chrono::steady_clock::now();
            trainer.run(nullptr);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            const auto updates = trainer.updatesDone() - 1;
            std::printf("{\"updates\": %lld, \"seconds\": %.6f, \"updates_per_s\": %.1f, "
                        "\"impl\": \"batchlab\", \"task\": \"%c\", \"batch\": %d}\n",
                        static_cast<long long>(updates), seconds, updates / seconds, t,
                        config.batchSize);
            return 0;
        }
        core::Trainer trainer(net, data.train, data.val, config);
        core::TaskRecorder recorder;
        const core::Outcome& outcome = trainer.run(&recorder);
        const QDir out(p.value(QStringLiteral("out")));
        if (!QDir().mkpath(out.path()))
            fail(QStringLiteral("cannot create the directory '%1'").arg(out.path()));
        if (!writeFile(out.filePath(QStringLiteral("updates.csv")),
                       core::updatesCsv(recorder.updates)) ||
            !writeFile(out.filePath(QStringLiteral("epochs.csv")),
                       core::epochsCsv(recorder.epochs)) ||
            !writeFile(out.filePath(QStringLiteral("final_params.csv")),
                       core::finalParamsCsv(trainer.network()))) {
            std::fprintf(stderr, "batchlab-fit: cannot write the files in '%s'\n",
                         qPrintable(out.path()));
            return 1;
        }
        if (t == 'D' &&
            (!writeFile(out.filePath(QStringLiteral("train.csv")), dataCsv(data.train)) ||
             !writeFile(out.filePath(QStringLiteral("val.csv")), dataCsv(data.val)) ||
             !writeFile(out.filePath(QStringLiteral("initial_params.csv")),
                        core::finalParamsCsv(net)))) {
            std::fprintf(stderr, "batchlab-fit: cannot write the files in '%s'\n",
                         qPrintable(out.path()));
            return 1;
        }
        if (outcome.reason == core::StopReason::Diverged) {
            std::fprintf(stderr, "batchlab-fit: %s\n", outcome.message.c_str());
            return 1;
        }
    } catch (const std::invalid_argument& e) {
        fail(QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "batchlab-fit: there was not enough memory for this run\n");
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "batchlab-fit: the run failed: %s\n", e.what());
        return 1;
    }
    return 0;
}
