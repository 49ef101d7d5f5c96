#include "run_settings.hpp"

#include "limits.hpp"
#include "settings_schema.hpp"

#include <algorithm>

#include <cmath>
#include <stdexcept>

namespace core
{

NetworkSpec RunSettings::networkSpec() const
{
    NetworkSpec s;
    s.inputs = generatedInputs(data);
    s.hidden = hidden;
    s.activation = activation;
    s.task = taskOf(data.kind);
    if (s.task == TaskKind::MultiClassClassification)
        s.classes = generatedClasses(data);
    return s;
}

DataSplit RunSettings::makeData() const
{
    if (validation == ValidationMode::SeparateSet)
        return generate(data);
    DataSpec trainOnly = data;
    trainOnly.nVal = 0;
    return splitValidation(generate(trainOnly).train, validationSplit);
}

Network RunSettings::makeInitialNetwork() const
{
    Network net(networkSpec());
    net.initGlorot(initSeed);
    return net;
}

int RunSettings::trainingRows() const
{
    if (validation == ValidationMode::SeparateSet)
        return data.nTrain;
    return rowsBeforeSplit(data.nTrain, validationSplit);
}

void RunSettings::validate() const
{
    // Every field within the range of the settings schema (one place for each limit).
    checkSettingRanges(*this);
    train.optimizer.validate();
    // Before anything is generated or allocated: the network's and the data's sizes.
    const NetworkSpec net = networkSpec();
    limits::checkParameters(limits::parameterCount(net.inputs, net.hidden, net.outputs()));
    limits::checkDataCells(static_cast<std::int64_t>(data.nTrain) + data.nVal,
                           static_cast<std::int64_t>(net.inputs) + 1);
    limits::checkBatchWorkspace(batchSizeOfEpoch(train, trainingRows(), train.epochs - 1),
                                net.inputs, net.hidden, net.outputs());
    if (train.batchGrowth.factor > 1 && train.earlyStopping.enabled)
        throw std::invalid_argument("a growing batch (successive fit calls) cannot be combined "
                                    "with early stopping");
    // Data sizes, noise and the split are checked by generating (cheap at these sizes).
    (void)makeData();
}

RunSettings overfitPreset()
{
    // 30 noisy practice questions, a network with room to memorise them, 300 passes: the
    // validation loss is lowest near epoch 40 and ends more than 3x higher, while the training
    // loss keeps falling towards zero (checked by tst_trainer).
    RunSettings s;
    s.data.kind = DatasetKind::Moons;
    s.data.nTrain = 30;
    s.data.nVal = 200;
    s.data.noise = 0.35;
    s.data.seed = 1;
    s.hidden = {64, 64};
    s.activation = Activation::Tanh;
    s.initSeed = 1;
    s.train.batchSize = 4;
    s.train.epochs = 300;
    s.train.shuffle = true;
    s.train.shuffleSeed = 1;
    s.train.optimizer.kind = OptimizerKind::Adam;
    s.train.optimizer.learningRate = 0.01;
    return s;
}

} // namespace core
