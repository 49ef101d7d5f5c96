#include "ui/session/settings_store.hpp"

#include <QSettings>
#include <QStringList>

#include <stdexcept>

namespace ui
{

core::RunSettings defaultRunSettings()
{
    core::RunSettings s = core::overfitPreset();
    s.train.earlyStopping.patience = 20;
    s.train.earlyStopping.restoreBestWeights = true;
    return s;
}

void saveRunSettings(QSettings& store, const core::RunSettings& s)
{
    store.beginGroup(QStringLiteral("run"));
    store.setValue("data/kind",
                   QString::fromLatin1(core::datasetKey(s.data.kind).data(),
                                       qsizetype(core::datasetKey(s.data.kind).size())));
    store.setValue("data/nTrain", s.data.nTrain);
    store.setValue("data/nVal", s.data.nVal);
    store.setValue("data/noise", s.data.noise);
    store.setValue("data/labelNoise", s.data.labelNoise);
    store.setValue("data/seed", qulonglong(s.data.seed));
    store.setValue("validation/split", s.validation == core::ValidationMode::Split);
    store.setValue("validation/fraction", s.validationSplit);
    QStringList hidden;
    for (int h : s.hidden)
        hidden << QString::number(h);
    store.setValue("model/hidden", hidden.join(QLatin1Char(',')));
    store.setValue("model/activation", int(s.activation));
    store.setValue("model/initSeed", qulonglong(s.initSeed));
    store.setValue("train/batchSize", s.train.batchSize);
    store.setValue("train/epochs", s.train.epochs);
    store.setValue("train/shuffle", s.train.shuffle);
    store.setValue("train/shuffleSeed", qulonglong(s.train.shuffleSeed));
    store.setValue("optimizer/kind", int(s.train.optimizer.kind));
    store.setValue("optimizer/learningRate", s.train.optimizer.learningRate);
    store.setValue("optimizer/momentum", s.train.optimizer.momentum);
    const auto& es = s.train.earlyStopping;
    store.setValue("earlyStopping/enabled", es.enabled);
    store.setValue("earlyStopping/patience", es.patience);
    store.setValue("earlyStopping/minDelta", es.minDelta);
    store.setValue("earlyStopping/restoreBestWeights", es.restoreBestWeights);
    store.endGroup();
}

core::RunSettings loadRunSettings(QSettings& store)
{
    const core::RunSettings d = defaultRunSettings();
    core::RunSettings s = d;
    store.beginGroup(QStringLiteral("run"));
    core::DatasetKind kind;
    if (core::parseDatasetKind(store.value("data/kind").toString().toStdString(), kind))
        s.data.kind = kind;
    s.data.nTrain = store.value("data/nTrain", d.data.nTrain).toInt();
    s.data.nVal = store.value("data/nVal", d.data.nVal).toInt();
    s.data.noise = store.value("data/noise", d.data.noise).toDouble();
    s.data.labelNoise = store.value("data/labelNoise", d.data.labelNoise).toDouble();
    s.data.seed = store.value("data/seed", qulonglong(d.data.seed)).toULongLong();
    s.validation = store.value("validation/split", false).toBool()
                       ? core::ValidationMode::Split
                       : core::ValidationMode::SeparateSet;
    s.validationSplit = store.value("validation/fraction", d.validationSplit).toDouble();
    if (store.contains("model/hidden")) {
        std::vector<int> hidden;
        for (const QString& part : store.value("model/hidden").toString().split(QLatin1Char(',')))
            hidden.push_back(part.trimmed().toInt());
        s.hidden = hidden;
    }
    const int activation = store.value("model/activation", int(d.activation)).toInt();
    if (activation >= 0 && activation <= int(core::Activation::Linear))
        s.activation = core::Activation(activation);
    s.initSeed = store.value("model/initSeed", qulonglong(d.initSeed)).toULongLong();
    s.train.batchSize = store.value("train/batchSize", d.train.batchSize).toInt();
    s.train.epochs = store.value("train/epochs", d.train.epochs).toInt();
    s.train.shuffle = store.value("train/shuffle", d.train.shuffle).toBool();
    s.train.shuffleSeed =
        store.value("train/shuffleSeed", qulonglong(d.train.shuffleSeed)).toULongLong();
    const int opt = store.value("optimizer/kind", int(d.train.optimizer.kind)).toInt();
    if (opt >= 0 && opt <= int(core::OptimizerKind::Adam))
        s.train.optimizer.kind = core::OptimizerKind(opt);
    s.train.optimizer.learningRate =
        store.value("optimizer/learningRate", d.train.optimizer.learningRate).toDouble();
    s.train.optimizer.momentum =
        store.value("optimizer/momentum", d.train.optimizer.momentum).toDouble();
    auto& es = s.train.earlyStopping;
    es.enabled = store.value("earlyStopping/enabled", es.enabled).toBool();
    es.patience = store.value("earlyStopping/patience", es.patience).toInt();
    es.minDelta = store.value("earlyStopping/minDelta", es.minDelta).toDouble();
    es.restoreBestWeights =
        store.value("earlyStopping/restoreBestWeights", es.restoreBestWeights).toBool();
    store.endGroup();
    try {
        s.validate();
    } catch (const std::invalid_argument&) {
        return d; // a damaged or outdated file: start from the defaults
    }
    return s;
}

} // namespace ui
