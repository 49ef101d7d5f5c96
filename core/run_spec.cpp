#include "run_spec.hpp"

#include "limits.hpp"
#include "settings_schema.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace core
{

namespace
{

void checkRows(const Dataset& d, const char* part)
{
    if (d.y.size() != d.x.rows())
        throw std::invalid_argument(std::string(part) + ": x and y have different row counts");
    if (!d.x.allFinite() || !d.y.allFinite())
        throw std::invalid_argument(std::string(part) + ": every value must be a finite number");
    if (d.task == TaskKind::BinaryClassification)
        for (Eigen::Index i = 0; i < d.y.size(); ++i)
            if (d.y(i) != 0.0 && d.y(i) != 1.0)
                throw std::invalid_argument(std::string(part) + ": row " + std::to_string(i + 1) +
                                            ": a class label must be 0 or 1");
    if (d.task == TaskKind::MultiClassClassification) {
        // Before classCount (which reads the largest label) decides the network's width.
        const double top =
            d.classNames.empty() ? double(limits::maxClasses) : double(d.classNames.size());
        for (Eigen::Index i = 0; i < d.y.size(); ++i)
            if (!(d.y(i) >= 0.0 && d.y(i) < top && d.y(i) == std::floor(d.y(i))))
                throw std::invalid_argument(std::string(part) + ": row " + std::to_string(i + 1) +
                                            ": a class must be a whole number from 0 to " +
                                            std::to_string(static_cast<long long>(top) - 1) +
                                            " (the class's index)");
        if (!d.classNames.empty())
            limits::checkClasses(static_cast<std::int64_t>(d.classNames.size()));
    }
}

} // namespace

TaskKind RunSpec::task() const
{
    return data ? data->train.task : taskOf(settings.data.kind);
}

int RunSpec::inputs() const
{
    return data ? data->train.inputs() : settings.networkSpec().inputs;
}

NetworkSpec RunSpec::networkSpec() const
{
    NetworkSpec s = settings.networkSpec();
    s.inputs = inputs();
    s.task = task();
    if (data && s.task == TaskKind::MultiClassClassification)
        s.classes = classCount(*data);
    return s;
}

DataSplit RunSpec::makeData() const
{
    if (!data)
        return settings.makeData();
    if (settings.validation == ValidationMode::Split) {
        if (data->val.rows() > 0)
            throw std::invalid_argument(
                "a validation split needs all rows in one set (no separate validation rows)");
        return splitValidation(data->train, settings.validationSplit);
    }
    return *data;
}

Network RunSpec::makeInitialNetwork() const
{
    Network net(networkSpec());
    if (!initialParameters) {
        net.initGlorot(settings.initSeed);
        return net;
    }
    if (initialParameters->size() != net.parameterCount())
        throw std::invalid_argument(
            "the initial weights have " + std::to_string(initialParameters->size()) +
            " parameters; the network needs " + std::to_string(net.parameterCount()));
    if (!initialParameters->allFinite())
        throw std::invalid_argument("the initial weights must be finite numbers");
    net.parameters() = *initialParameters;
    return net;
}

int RunSpec::trainingRows() const
{
    return trainingRows(settings, data ? std::optional<int>(data->train.rows()) : std::nullopt);
}

int RunSpec::trainingRows(const RunSettings& settings, std::optional<int> explicitRows)
{
    if (!explicitRows)
        return settings.trainingRows();
    if (settings.validation == ValidationMode::SeparateSet)
        return *explicitRows;
    return rowsBeforeSplit(*explicitRows, settings.validationSplit);
}

void RunSpec::validate() const
{
    if (!data) {
        settings.validate();
    } else {
        // The schema's ranges of every field but the generator's (the rows are given).
        checkSettingRanges(settings, false);
        settings.train.optimizer.validate();
        if (data->train.rows() < 1)
            throw std::invalid_argument("the training set needs at least one row");
        if (data->train.inputs() < 1)
            throw std::invalid_argument("the data needs at least one input column");
        limits::checkInputs(data->train.inputs());
        if (data->val.rows() > 0 &&
            (data->val.inputs() != data->train.inputs() || data->val.task != data->train.task))
            throw std::invalid_argument(
                "the validation rows must have the training rows' columns and task");
        limits::checkDataCells(static_cast<std::int64_t>(data->train.rows()) + data->val.rows(),
                               static_cast<std::int64_t>(data->train.inputs()) + 1);
        checkRows(data->train, "training rows");
        checkRows(data->val, "validation rows");
        limits::checkParameters(
            limits::parameterCount(data->train.inputs(), settings.hidden, networkSpec().outputs()));
        (void)makeData(); // the split
    }
    // A record or a command line could ask for gigabytes; refuse before allocating.
    const NetworkSpec net = networkSpec();
    limits::checkParameters(limits::parameterCount(net.inputs, net.hidden, net.outputs()));
    if (net.task == TaskKind::MultiClassClassification)
        limits::checkClasses(net.classes);
    limits::checkBatchWorkspace(
        batchSizeOfEpoch(settings.train, trainingRows(), settings.train.epochs - 1), net.inputs,
        net.hidden, net.outputs());
    (void)makeInitialNetwork(); // explicit weights of the right size
}

} // namespace core
