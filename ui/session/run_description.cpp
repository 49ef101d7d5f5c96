#include "ui/session/run_description.hpp"

#include <QLocale>

namespace ui
{

QString RunDescription::datasetName(core::DatasetKind kind)
{
    switch (kind) {
    case core::DatasetKind::Moons:
        return tr("Two moons");
    case core::DatasetKind::Circles:
        return tr("Circles");
    case core::DatasetKind::Spiral:
        return tr("Spiral");
    case core::DatasetKind::Xor:
        return tr("XOR");
    case core::DatasetKind::Blobs:
        return tr("Blobs");
    case core::DatasetKind::Sine:
        return tr("Sine (regression)");
    case core::DatasetKind::Polynomial:
        return tr("Polynomial (regression)");
    case core::DatasetKind::KBlobs:
        return tr("k blobs (k classes)");
    case core::DatasetKind::KSpiral:
        return tr("k-arm spiral (k classes)");
    case core::DatasetKind::Digits:
        return tr("Handwritten digits (10 classes)");
    }
    return {};
}

QString RunDescription::activationName(core::Activation a)
{
    switch (a) {
    case core::Activation::Tanh:
        return QStringLiteral("tanh");
    case core::Activation::Relu:
        return QStringLiteral("relu");
    case core::Activation::Sigmoid:
        return QStringLiteral("sigmoid");
    case core::Activation::Linear:
        return QStringLiteral("linear");
    }
    return {};
}

QString RunDescription::status(core::RunStatus s, int endEpoch, bool paused)
{
    switch (s) {
    case core::RunStatus::NotStarted:
        return tr("idle");
    case core::RunStatus::Training:
        return paused ? tr("paused") : tr("training");
    case core::RunStatus::Completed:
        return tr("finished");
    case core::RunStatus::EarlyStopped:
        return tr("stopped early at epoch %1").arg(endEpoch);
    case core::RunStatus::Diverged:
        return tr("diverged");
    case core::RunStatus::Stopped:
        return tr("stopped at epoch %1").arg(endEpoch);
    case core::RunStatus::Failed:
        return tr("cannot train");
    }
    return {};
}

QString RunDescription::optimizerName(core::OptimizerKind k)
{
    switch (k) {
    case core::OptimizerKind::Sgd:
        return tr("SGD");
    case core::OptimizerKind::Momentum:
        return tr("SGD with momentum");
    case core::OptimizerKind::Adam:
        return tr("Adam");
    }
    return {};
}

QString RunDescription::updatesPerEpoch(int n, int b)
{
    if (n < 1 || b < 1)
        return tr("No training rows");
    const int bb = std::min(b, n);
    const int steps = core::stepsPerEpoch(n, bb);
    const int last = n - (steps - 1) * bb;
    return tr("N = %1, B = %2: %n weight update(s) per epoch (last batch: %3)", "", steps)
        .arg(n)
        .arg(b)
        .arg(last);
}

QString RunDescription::totalUpdates(int n, int b, int epochs)
{
    if (n < 1 || b < 1)
        return {};
    const qint64 steps = core::stepsPerEpoch(n, std::min(b, n));
    const QLocale locale;
    return tr("%n epoch(s) × %1 = %2 weight updates in all", "", epochs)
        .arg(steps)
        .arg(locale.toString(steps * epochs));
}

QString RunDescription::caption(const core::RunSettings& s)
{
    QString hidden;
    for (int h : s.hidden)
        hidden += QString::number(h) + QLatin1Char('-');
    const core::NetworkSpec net = s.networkSpec();
    const int inputs = net.inputs;
    const QString validation = s.validation == core::ValidationMode::Split
                                   ? tr("validation_split %1").arg(s.validationSplit)
                                   : tr("validation %1 rows").arg(s.data.nVal);
    const QString early =
        s.train.earlyStopping.enabled
            ? tr(", EarlyStopping(patience %1, min_delta %2%3)")
                  .arg(s.train.earlyStopping.patience)
                  .arg(s.train.earlyStopping.minDelta)
                  .arg(s.train.earlyStopping.restoreBestWeights ? tr(", restore best") : QString())
            : QString();
    // The noise only where it changes the data (the digits are as drawn).
    const QString data = core::usesNoise(s.data.kind) ? tr("%1, N = %2, noise %3, seed %4")
                                                            .arg(datasetName(s.data.kind))
                                                            .arg(s.trainingRows())
                                                            .arg(s.data.noise)
                                                            .arg(s.data.seed)
                                                      : tr("%1, N = %2, seed %3")
                                                            .arg(datasetName(s.data.kind))
                                                            .arg(s.trainingRows())
                                                            .arg(s.data.seed);
    return tr("%1, %2 · network %3-%4%5 %6, init seed %7 · %8 lr %9 · batch_size %10, "
              "epochs %11, shuffle %12%13")
        .arg(data)
        .arg(validation)
        .arg(inputs)
        .arg(hidden)
        .arg(net.outputs())
        .arg(activationName(s.activation))
        .arg(s.initSeed)
        .arg(optimizerName(s.train.optimizer.kind))
        .arg(s.train.optimizer.learningRate)
        .arg(s.train.batchSize)
        .arg(s.train.epochs)
        .arg(s.train.shuffle ? tr("on") : tr("off"))
        .arg(early);
}

QString RunDescription::caption(const core::RunSpec& spec)
{
    const core::RunSettings& s = spec.settings;
    if (!spec.data)
        return caption(s);
    QString hidden;
    for (int h : s.hidden)
        hidden += QString::number(h) + QLatin1Char('-');
    const core::DataSplit data = spec.makeData();
    return tr("%1 (%2 training rows, %3 validation rows) · network %4-%5%6 %7 · %8 lr %9 · "
              "batch_size %10, epochs %11, shuffle %12")
        .arg(spec.dataSource.empty() ? tr("your data") : QString::fromStdString(spec.dataSource))
        .arg(data.train.rows())
        .arg(data.val.rows())
        .arg(data.train.inputs())
        .arg(hidden)
        .arg(spec.networkSpec().outputs())
        .arg(activationName(s.activation))
        .arg(optimizerName(s.train.optimizer.kind))
        .arg(s.train.optimizer.learningRate)
        .arg(s.train.batchSize)
        .arg(s.train.epochs)
        .arg(s.train.shuffle ? tr("on") : tr("off"));
}

} // namespace ui
