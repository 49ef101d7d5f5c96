#include "run_record.hpp"

#include "limits.hpp"
#include "run_reading.hpp"
#include "settings_json.hpp"
#include "trainer.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace core
{

using json_io::generatorDataJson;
using json_io::json;
using json_io::Node;
using json_io::ojson;
using json_io::readGenerator;
using json_io::readKey;
using json_io::readSettingsJson;
using json_io::writeSettingsJson;

namespace
{

constexpr std::string_view formatName = "batchlab-run-record";

// ---- writing ---------------------------------------------------------------------------------

ojson number(double v)
{
    return std::isfinite(v) ? ojson(v) : ojson(nullptr);
}

ojson numbers(const Eigen::Ref<const Eigen::VectorXd>& v)
{
    ojson a = ojson::array();
    for (Eigen::Index i = 0; i < v.size(); ++i)
        a.push_back(number(v(i)));
    return a;
}

ojson matrixRows(const Eigen::Ref<const Eigen::MatrixXd>& m)
{
    ojson rows = ojson::array();
    for (Eigen::Index r = 0; r < m.rows(); ++r)
        rows.push_back(numbers(m.row(r).transpose()));
    return rows;
}

ojson rowsJson(const Dataset& d)
{
    return ojson{{"x", matrixRows(d.x)}, {"y", numbers(d.y)}};
}

std::string_view taskKey(TaskKind t)
{
    switch (t) {
    case TaskKind::Regression:
        return "regression";
    case TaskKind::BinaryClassification:
        return "binary_classification";
    case TaskKind::MultiClassClassification:
        break;
    }
    return "multiclass_classification";
}

ojson weightsJson(const NetworkSpec& spec, const Eigen::VectorXd& parameters)
{
    Network net(spec);
    if (parameters.size() != net.parameterCount())
        throw std::invalid_argument("the weights do not fit the network");
    net.parameters() = parameters;
    ojson layers = ojson::array();
    for (int l = 0; l < net.layerCount(); ++l)
        layers.push_back(
            ojson{{"kernel", matrixRows(net.weights(l))}, {"bias", numbers(net.bias(l))}});
    return layers;
}

ojson historyJson(const RecordedHistory& h, const RecordOptions& options)
{
    ojson epochs = ojson::object();
    const auto column = [&](const char* name, auto get) {
        ojson a = ojson::array();
        for (const EpochInfo& e : h.epochs)
            a.push_back(get(e));
        epochs[name] = std::move(a);
    };
    column("epoch", [](const EpochInfo& e) { return ojson(e.epoch); });
    column("loss", [](const EpochInfo& e) { return number(e.kerasLoss); });
    column("batch_loss_mean", [](const EpochInfo& e) { return number(e.batchLossMean); });
    column("train_loss", [](const EpochInfo& e) { return number(e.trainLoss); });
    column("val_loss", [](const EpochInfo& e) { return number(e.valLoss); });
    column("train_accuracy", [](const EpochInfo& e) { return number(e.trainAccuracy); });
    column("val_accuracy", [](const EpochInfo& e) { return number(e.valAccuracy); });
    column("seconds", [](const EpochInfo& e) { return number(e.seconds); });
    column("updates", [](const EpochInfo& e) { return ojson(e.updates); });
    column("best_epoch", [](const EpochInfo& e) { return ojson(e.bestEpoch); });
    // Only in runs that measured it, so that other records stay as they were.
    if (std::any_of(h.epochs.begin(), h.epochs.end(),
                    [](const EpochInfo& e) { return !std::isnan(e.noiseScale); }))
        column("noise_scale", [](const EpochInfo& e) { return number(e.noiseScale); });
    // Only in runs that stopped inside an epoch (a goal), likewise.
    if (std::any_of(h.epochs.begin(), h.epochs.end(), [](const EpochInfo& e) { return e.partial; }))
        column("partial", [](const EpochInfo& e) { return ojson(e.partial); });

    ojson out{{"epochs", std::move(epochs)},
              {"total_updates", h.totalUpdates},
              {"max_update_points", h.maxUpdatePoints}};
    const bool omit = h.updatesOmitted ||
                      static_cast<std::int64_t>(h.updates.size()) > options.maxRecordedUpdates;
    if (omit) {
        out["updates"] = nullptr;
        return out;
    }
    ojson u = ojson::object();
    u["updates_per_bucket"] = h.updatesPerBucket;
    const auto ucolumn = [&](const char* name, auto get) {
        ojson a = ojson::array();
        for (const UpdateBucket& b : h.updates)
            a.push_back(get(b));
        u[name] = std::move(a);
    };
    ucolumn("first_update", [](const UpdateBucket& b) { return ojson(b.firstUpdate); });
    ucolumn("last_update", [](const UpdateBucket& b) { return ojson(b.lastUpdate); });
    ucolumn("count", [](const UpdateBucket& b) { return ojson(b.count); });
    ucolumn("epoch", [](const UpdateBucket& b) { return ojson(b.epoch); });
    ucolumn("samples_seen", [](const UpdateBucket& b) { return ojson(b.samplesSeen); });
    ucolumn("loss", [](const UpdateBucket& b) { return number(b.meanLoss); });
    ucolumn("loss_min", [](const UpdateBucket& b) { return number(b.minLoss); });
    ucolumn("loss_max", [](const UpdateBucket& b) { return number(b.maxLoss); });
    ucolumn("running_mean", [](const UpdateBucket& b) { return number(b.runningMean); });
    out["updates"] = std::move(u);
    return out;
}

// ---- reading ---------------------------------------------------------------------------------

Eigen::VectorXd readVector(const Node& n, Eigen::Index expected, bool nullIsNan = false)
{
    const std::size_t size = n.arraySize();
    if (expected >= 0 && static_cast<Eigen::Index>(size) != expected)
        n.fail("must hold " + std::to_string(expected) + " numbers, not " + std::to_string(size));
    Eigen::VectorXd v(static_cast<Eigen::Index>(size));
    for (std::size_t i = 0; i < size; ++i)
        v(static_cast<Eigen::Index>(i)) =
            nullIsNan ? n.index(i).toNumber(true) : n.index(i).finite();
    return v;
}

Eigen::MatrixXd readMatrix(const Node& n, Eigen::Index rows, Eigen::Index cols)
{
    const std::size_t r = n.arraySize();
    if (rows >= 0 && static_cast<Eigen::Index>(r) != rows)
        n.fail("must have " + std::to_string(rows) + " rows, not " + std::to_string(r));
    if (r == 0)
        return Eigen::MatrixXd(0, cols < 0 ? 0 : cols);
    if (cols < 0)
        cols = static_cast<Eigen::Index>(n.index(0).arraySize());
    Eigen::MatrixXd m(static_cast<Eigen::Index>(r), cols);
    for (std::size_t i = 0; i < r; ++i)
        m.row(static_cast<Eigen::Index>(i)) = readVector(n.index(i), cols).transpose();
    return m;
}

Dataset readRows(const Node& n, TaskKind task, Eigen::Index inputs,
                 const std::vector<std::string>& classNames)
{
    n.object({"x", "y"});
    Dataset d;
    d.task = task;
    d.classNames = classNames;
    const Node x = n.at("x");
    const std::size_t rows = x.arraySize();
    const std::size_t columns = inputs >= 0 ? static_cast<std::size_t>(inputs)
                                : rows > 0  ? x.index(0).arraySize()
                                            : 0;
    try {
        if (rows > 0)
            limits::checkInputs(static_cast<std::int64_t>(columns));
        limits::checkDataCells(static_cast<std::int64_t>(rows),
                               static_cast<std::int64_t>(columns) + 1);
    } catch (const LimitError& e) {
        n.fail(e.what());
    }
    d.y = readVector(n.at("y"), -1);
    d.x = readMatrix(x, d.y.size(), inputs);
    if (task == TaskKind::BinaryClassification)
        for (Eigen::Index i = 0; i < d.y.size(); ++i)
            if (d.y(i) != 0.0 && d.y(i) != 1.0)
                n.at("y").index(static_cast<std::size_t>(i)).fail("a class label must be 0 or 1");
    if (task == TaskKind::MultiClassClassification) {
        const double top = classNames.empty() ? limits::maxClasses : double(classNames.size());
        for (Eigen::Index i = 0; i < d.y.size(); ++i)
            if (!(d.y(i) >= 0.0 && d.y(i) < top && d.y(i) == std::floor(d.y(i))))
                n.at("y")
                    .index(static_cast<std::size_t>(i))
                    .fail("a class must be a whole number from 0 to " +
                          std::to_string(static_cast<long long>(top) - 1));
    }
    return d;
}

void readData(const Node& root, RunSpec& spec)
{
    const Node d = root.at("data");
    d.object({"source", "generator", "task", "class_names", "file", "train", "val"});
    const std::string source = d.at("source").string();
    if (source == "generator") {
        const Node g = d.at("generator");
        readGenerator(g, spec.settings.data);
        if (d.has("train") || d.has("val") || d.has("task") || d.has("class_names"))
            d.fail("generator data has no 'task', 'class_names', 'train' or 'val' (those are for "
                   "rows)");
        return;
    }
    if (source != "rows")
        d.at("source").fail("'" + source + "' is not 'generator' or 'rows'");
    if (d.has("generator"))
        d.fail("rows data has no 'generator'");
    const TaskKind task = readKey<TaskKind>(
        d.at("task"),
        [](const std::string& k, TaskKind& o) {
            if (k == "regression")
                o = TaskKind::Regression;
            else if (k == "binary_classification")
                o = TaskKind::BinaryClassification;
            else if (k == "multiclass_classification")
                o = TaskKind::MultiClassClassification;
            else
                return false;
            return true;
        },
        "regression, binary_classification, multiclass_classification");
    std::vector<std::string> names;
    if (d.has("class_names")) {
        const Node n = d.at("class_names");
        if (task == TaskKind::Regression)
            n.fail("regression has no classes");
        const std::size_t count = n.arraySize();
        if (count < 2 || count > static_cast<std::size_t>(limits::maxClasses) ||
            (task == TaskKind::BinaryClassification && count != 2))
            n.fail("must name " +
                   std::string(task == TaskKind::BinaryClassification
                                   ? "2 classes"
                                   : "2 to " + std::to_string(limits::maxClasses) + " classes") +
                   ", not " + std::to_string(count));
        for (std::size_t i = 0; i < count; ++i)
            names.push_back(n.index(i).string());
    }
    DataSplit split;
    split.train = readRows(d.at("train"), task, -1, names);
    if (split.train.rows() < 1)
        d.at("train").at("y").fail("needs at least one row");
    if (split.train.inputs() < 1)
        d.at("train").at("x").fail("rows need at least one input column");
    if (d.has("val"))
        split.val = readRows(d.at("val"), task, split.train.inputs(), names);
    else {
        split.val.task = task;
        split.val.classNames = names;
        split.val.x.resize(0, split.train.inputs());
    }
    spec.data = std::move(split);
    if (d.has("file"))
        spec.dataSource = d.at("file").string();
}

Eigen::VectorXd readWeights(const Node& n, const NetworkSpec& netSpec)
{
    Network net(netSpec);
    if (n.arraySize() != static_cast<std::size_t>(net.layerCount()))
        n.fail("must hold " + std::to_string(net.layerCount()) +
               " layers (the hidden layers and "
               "the output), not " +
               std::to_string(n.arraySize()));
    for (int l = 0; l < net.layerCount(); ++l) {
        const Node layer = n.index(static_cast<std::size_t>(l));
        layer.object({"kernel", "bias"});
        net.weights(l) = readMatrix(layer.at("kernel"), net.layerInputs(l), net.layerOutputs(l));
        net.bias(l) = readVector(layer.at("bias"), net.layerOutputs(l));
    }
    return net.parameters();
}

RecordedHistory readHistory(const Node& n)
{
    n.object({"epochs", "updates", "total_updates", "max_update_points"});
    RecordedHistory h;
    h.totalUpdates = n.at("total_updates").integer(0, std::numeric_limits<std::int64_t>::max());
    h.maxUpdatePoints = n.has("max_update_points")
                            ? n.at("max_update_points").integer(4, limits::maxUpdatePointsBound)
                            : 100000;

    const Node e = n.at("epochs");
    e.object({"epoch", "loss", "batch_loss_mean", "train_loss", "val_loss", "train_accuracy",
              "val_accuracy", "seconds", "updates", "best_epoch", "noise_scale", "partial"});
    const std::size_t rows = e.at("epoch").arraySize();
    const auto col = [&](const char* name) {
        const Node c = e.at(name);
        if (c.arraySize() != rows)
            c.fail("must hold " + std::to_string(rows) + " values (one per epoch), not " +
                   std::to_string(c.arraySize()));
        return c;
    };
    h.epochs.resize(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        EpochInfo& x = h.epochs[i];
        x.epoch = static_cast<int>(col("epoch").index(i).integer(0, 1 << 30));
        x.kerasLoss = col("loss").index(i).toNumber(true);
        x.batchLossMean = col("batch_loss_mean").index(i).toNumber(true);
        x.trainLoss = col("train_loss").index(i).toNumber(true);
        x.valLoss = col("val_loss").index(i).toNumber(true);
        x.trainAccuracy = col("train_accuracy").index(i).toNumber(true);
        x.valAccuracy = col("val_accuracy").index(i).toNumber(true);
        x.seconds = col("seconds").index(i).toNumber(true);
        x.updates = col("updates").index(i).integer(0, std::numeric_limits<std::int64_t>::max());
        x.bestEpoch = static_cast<int>(col("best_epoch").index(i).integer(-1, 1 << 30));
        if (e.has("noise_scale"))
            x.noiseScale = col("noise_scale").index(i).toNumber(true);
        if (e.has("partial"))
            x.partial = col("partial").index(i).boolean();
    }

    const Node u = n.at("updates");
    if (u.j.is_null()) {
        h.updatesOmitted = true;
        return h;
    }
    u.object({"updates_per_bucket", "first_update", "last_update", "count", "epoch", "samples_seen",
              "loss", "loss_min", "loss_max", "running_mean"});
    h.updatesPerBucket = u.at("updates_per_bucket").integer(1, limits::maxUpdatesPerBucket);
    const std::size_t buckets = u.at("first_update").arraySize();
    if (static_cast<std::int64_t>(buckets) > limits::maxRecordedUpdatePoints)
        u.at("first_update")
            .fail("holds " + std::to_string(buckets) +
                  " buckets, over the recorded history limit of " +
                  std::to_string(limits::maxRecordedUpdatePoints));
    const auto ucol = [&](const char* name) {
        const Node c = u.at(name);
        if (c.arraySize() != buckets)
            c.fail("must hold " + std::to_string(buckets) + " values, not " +
                   std::to_string(c.arraySize()));
        return c;
    };
    constexpr auto big = std::numeric_limits<std::int64_t>::max();
    h.updates.resize(buckets);
    for (std::size_t i = 0; i < buckets; ++i) {
        UpdateBucket& b = h.updates[i];
        b.firstUpdate = ucol("first_update").index(i).integer(1, big);
        b.lastUpdate = ucol("last_update").index(i).integer(b.firstUpdate, big);
        // A bucket holds the updates first..last, at most the stride, after the previous one
        // and within the run's updates (so that merged counts stay within int).
        b.count = static_cast<int>(ucol("count").index(i).integer(1, h.updatesPerBucket));
        if (b.lastUpdate - b.firstUpdate + 1 != b.count)
            ucol("count").index(i).fail("must be last_update - first_update + 1 (" +
                                        std::to_string(b.lastUpdate - b.firstUpdate + 1) + ")");
        if (b.lastUpdate > h.totalUpdates)
            ucol("last_update")
                .index(i)
                .fail("is beyond total_updates (" + std::to_string(h.totalUpdates) + ")");
        if (i > 0 && b.firstUpdate <= h.updates[i - 1].lastUpdate)
            ucol("first_update").index(i).fail("must come after the previous bucket's last_update");
        b.epoch = static_cast<int>(ucol("epoch").index(i).integer(1, 1 << 30));
        b.samplesSeen = ucol("samples_seen").index(i).integer(0, big);
        b.meanLoss = ucol("loss").index(i).toNumber(true);
        b.minLoss = ucol("loss_min").index(i).toNumber(true);
        b.maxLoss = ucol("loss_max").index(i).toNumber(true);
        b.runningMean = ucol("running_mean").index(i).toNumber(true);
    }
    return h;
}

Outcome readOutcome(const Node& n)
{
    n.object({"reason", "epochs", "updates", "samples", "best_epoch", "restored_best", "message",
              "overfitting_from_epoch"});
    Outcome o;
    o.reason = readKey<StopReason>(
        n.at("reason"),
        [](const std::string& k, StopReason& r) {
            for (StopReason s :
                 {StopReason::Completed, StopReason::EarlyStopped, StopReason::Diverged,
                  StopReason::Cancelled, StopReason::GoalReached})
                if (stopReasonKey(s) == k) {
                    r = s;
                    return true;
                }
            return false;
        },
        "completed, early_stopped, diverged, cancelled, goal_reached");
    o.epochs = static_cast<int>(n.at("epochs").integer(0, 1 << 30));
    o.updates = n.at("updates").integer(0, std::numeric_limits<std::int64_t>::max());
    if (n.has("samples"))
        o.samples = n.at("samples").integer(0, std::numeric_limits<std::int64_t>::max());
    o.bestEpoch =
        n.has("best_epoch") ? static_cast<int>(n.at("best_epoch").integer(-1, 1 << 30)) : -1;
    o.restoredBest = n.has("restored_best") && n.at("restored_best").boolean();
    o.message = n.has("message") ? n.at("message").string() : std::string();
    if (n.has("overfitting_from_epoch") && !n.at("overfitting_from_epoch").j.is_null())
        o.overfittingFrom = static_cast<int>(n.at("overfitting_from_epoch").integer(1, 1 << 30));
    return o;
}

bool sameBits(double a, double b)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

std::string showDouble(double v)
{
    return json(v).dump();
}

} // namespace

RecordedHistory recordedHistory(const History& h, std::int64_t maxUpdatePoints)
{
    RecordedHistory r;
    r.epochs = h.epochs();
    r.updates = h.updates();
    r.updatesPerBucket = h.updatesPerBucket();
    r.totalUpdates = h.totalUpdates();
    r.maxUpdatePoints = maxUpdatePoints;
    return r;
}

std::string writeRunRecord(const RunRecord& record, const RecordOptions& options)
{
    const RunSettings& s = record.spec.settings;
    ojson j = ojson::object();
    j["format"] = formatName;
    j["format_version"] = record.formatVersion;
    j["program"] = ojson{{"name", "BatchLab"}, {"version", record.programVersion}};

    ojson data = ojson::object();
    if (record.spec.data) {
        data["source"] = "rows";
        data["task"] = taskKey(record.spec.data->train.task);
        if (!record.spec.data->train.classNames.empty())
            data["class_names"] = record.spec.data->train.classNames;
        if (!record.spec.dataSource.empty())
            data["file"] = record.spec.dataSource;
        data["train"] = rowsJson(record.spec.data->train);
        if (record.spec.data->val.rows() > 0)
            data["val"] = rowsJson(record.spec.data->val);
    } else if (options.includeGeneratedRows) {
        const DataSplit generated = generate(s.data);
        data["source"] = "rows";
        data["task"] = taskKey(generated.train.task);
        data["train"] = rowsJson(generated.train);
        if (generated.val.rows() > 0)
            data["val"] = rowsJson(generated.val);
    } else {
        data = generatorDataJson(s.data);
    }
    j["data"] = std::move(data);
    writeSettingsJson(j, s);
    const NetworkSpec netSpec = record.spec.networkSpec();
    limits::checkRecordedParameters(
        limits::parameterCount(netSpec.inputs, netSpec.hidden, netSpec.outputs()));
    const Eigen::VectorXd initial = record.spec.makeInitialNetwork().parameters();
    j["initial_weights"] = weightsJson(netSpec, initial);
    if (record.finalParameters)
        j["final_weights"] = weightsJson(netSpec, *record.finalParameters);
    if (record.history)
        j["history"] = historyJson(*record.history, options);
    if (record.outcome) {
        const Outcome& oc = *record.outcome;
        j["outcome"] = ojson{{"reason", stopReasonKey(oc.reason)},
                             {"epochs", oc.epochs},
                             {"updates", oc.updates},
                             {"samples", oc.samples},
                             {"best_epoch", oc.bestEpoch},
                             {"restored_best", oc.restoredBest},
                             {"message", oc.message}};
        // The rule's verdict on the recorded curves (the outcome's own without a history).
        const std::optional<int> from = record.history
                                            ? readRun(record.history->epochs, oc).overfittingFrom
                                            : oc.overfittingFrom;
        j["outcome"]["overfitting_from_epoch"] = from ? ojson(*from) : ojson(nullptr);
    }
    return json_io::prettyText(j);
}

namespace
{

RunRecord readParsed(const json& j);

} // namespace

RunRecord readRunRecord(std::string_view text)
{
    return json_io::readStrict<RunRecordError>(text, "the record", readParsed);
}

namespace
{

// A record that contradicts itself is refused: its history, its outcome and its settings must
// tell the same run (10^6 epochs beside a 50-epoch history that says "completed" would retrain
// for minutes to a different end).
void checkAgreement(const Node& root, const RunRecord& r)
{
    const int settingsEpochs = r.spec.settings.train.epochs;
    // The history's rows are epochs 0 (the initial weights), 1, 2, ...
    const int historyEpochs =
        r.history && !r.history->epochs.empty() ? r.history->epochs.back().epoch : 0;
    if (historyEpochs > settingsEpochs)
        root.at("history").fail("reaches epoch " + std::to_string(historyEpochs) +
                                ", beyond training.epochs = " + std::to_string(settingsEpochs));
    // A partial epoch (a goal met inside it) is the last row, short of its epoch's steps.
    if (r.history)
        for (std::size_t i = 0; i < r.history->epochs.size(); ++i) {
            const EpochInfo& e = r.history->epochs[i];
            if (!e.partial)
                continue;
            const Node at = root.at("history").at("epochs").at("partial");
            if (i + 1 != r.history->epochs.size() || e.epoch < 1)
                at.fail("marks epoch " + std::to_string(e.epoch) +
                        ", which is not the last epoch of a run");
            const TrainConfig& t = r.spec.settings.train;
            const int n = std::max(1, r.spec.trainingRows());
            if (e.updates <= updatesInEpochs(t, n, e.epoch - 1) ||
                e.updates >= updatesInEpochs(t, n, e.epoch))
                at.fail("marks epoch " + std::to_string(e.epoch) + ", but its " +
                        std::to_string(e.updates) + " updates are not within that epoch");
            if (r.outcome && r.outcome->reason != StopReason::GoalReached)
                at.fail("marks epoch " + std::to_string(e.epoch) +
                        ", but only a run that reached its goal ends inside an epoch");
        }
    if (!r.outcome)
        return;
    const Outcome& o = *r.outcome;
    const Node outcome = root.at("outcome");
    if (o.epochs > settingsEpochs)
        outcome.at("epochs").fail(
            "is " + std::to_string(o.epochs) +
            ", more than training.epochs = " + std::to_string(settingsEpochs));
    if (o.reason == StopReason::Completed && o.epochs != settingsEpochs)
        outcome.at("epochs").fail("is " + std::to_string(o.epochs) +
                                  ", but the run says it completed training.epochs = " +
                                  std::to_string(settingsEpochs) + " epochs");
    if (o.reason != StopReason::Completed && o.reason != StopReason::EarlyStopped)
        return;
    if (r.history) {
        if (historyEpochs != o.epochs)
            outcome.at("epochs").fail("is " + std::to_string(o.epochs) +
                                      ", but the history ends at epoch " +
                                      std::to_string(historyEpochs));
        if (r.history->totalUpdates != o.updates)
            outcome.at("updates").fail("is " + std::to_string(o.updates) +
                                       ", but the history counts " +
                                       std::to_string(r.history->totalUpdates) + " updates");
    }
    const std::int64_t whole =
        updatesInEpochs(r.spec.settings.train, std::max(1, r.spec.trainingRows()), o.epochs);
    if (o.updates != whole)
        outcome.at("updates").fail("is " + std::to_string(o.updates) + ", but " +
                                   std::to_string(o.epochs) + " whole epochs make " +
                                   std::to_string(whole) + " updates");
}

RunRecord readParsed(const json& j)
{
    const Node root{j, ""};
    root.object({"format", "format_version", "program", "data", "validation", "model", "training",
                 "initial_weights", "final_weights", "history", "outcome"});
    RunRecord r;
    r.formatVersion = json_io::readFormat(root, formatName, RunRecord::currentFormatVersion);
    if (root.has("program")) {
        const Node p = root.at("program");
        p.object({"name", "version"});
        if (p.has("version"))
            r.programVersion = p.at("version").string();
    }
    RunSettings& s = r.spec.settings;
    readData(root, r.spec);

    readSettingsJson(root, s);

    NetworkSpec netSpec;
    try {
        netSpec = r.spec.networkSpec();
        // Before any Network is built for the weights (a few bytes of JSON can ask for
        // gigabytes): the parameter limit, and the recorded weights limit when there are weights.
        const std::int64_t parameters =
            limits::parameterCount(netSpec.inputs, netSpec.hidden, netSpec.outputs());
        limits::checkParameters(parameters);
        if (root.has("initial_weights") || root.has("final_weights"))
            limits::checkRecordedParameters(parameters);
    } catch (const std::invalid_argument& e) {
        root.fail(e.what());
    }
    if (root.has("initial_weights"))
        r.spec.initialParameters = readWeights(root.at("initial_weights"), netSpec);
    if (root.has("final_weights"))
        r.finalParameters = readWeights(root.at("final_weights"), netSpec);
    if (root.has("history"))
        r.history = readHistory(root.at("history"));
    if (root.has("outcome")) {
        r.outcome = readOutcome(root.at("outcome"));
        // Records written before the field existed: the rule on their recorded curves.
        if (!root.at("outcome").has("overfitting_from_epoch") && r.history)
            r.outcome->overfittingFrom = readRun(r.history->epochs, r.outcome).overfittingFrom;
    }
    try {
        r.spec.validate();
    } catch (const std::invalid_argument& e) {
        throw RunRecordError(std::string("the record cannot train: ") + e.what());
    }
    checkAgreement(root, r);
    if (r.history) {
        // The update range: no more updates than the run can make.
        const std::int64_t most = std::int64_t(stepsPerEpoch(std::max(1, r.spec.trainingRows()),
                                                             r.spec.settings.train.batchSize)) *
                                  r.spec.settings.train.epochs;
        if (r.history->totalUpdates > most)
            root.at("history")
                .at("total_updates")
                .fail("is more than the " + std::to_string(most) +
                      " updates the run can make (epochs × steps per epoch)");
    }
    return r;
}

} // namespace

RunRecord loadRunRecord(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw RunRecordError(path + ": cannot be read");
    try {
        limits::checkRecordFileBytes(static_cast<std::int64_t>(in.tellg()));
    } catch (const LimitError& e) {
        throw RunRecordError(path + ": " + e.what());
    }
    in.seekg(0);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw RunRecordError(path + ": cannot be read");
    try {
        return readRunRecord(text.str());
    } catch (const RunRecordError& e) {
        throw RunRecordError(path + ": " + e.what());
    }
}

RunResult trainSpec(const RunSpec& spec, std::int64_t maxUpdatePoints, TrainingObserver* observer,
                    TrainingControl* control)
{
    spec.validate();
    const DataSplit data = spec.makeData();
    const Network initial = spec.makeInitialNetwork();
    Trainer trainer(initial, data.train, data.val, spec.settings.train);
    History history(static_cast<std::size_t>(maxUpdatePoints));
    FanOut fan(&history, observer);
    RunResult r;
    r.outcome = trainer.run(&fan, control);
    r.initialParameters = initial.parameters();
    r.finalParameters = trainer.network().parameters();
    r.history = recordedHistory(history, maxUpdatePoints);
    r.outcome.overfittingFrom = readRun(r.history.epochs, r.outcome).overfittingFrom;
    return r;
}

RunRecord makeRunRecord(const RunSpec& spec, const RunResult& result, std::string programVersion)
{
    RunRecord r;
    r.programVersion = std::move(programVersion);
    r.spec = spec;
    r.spec.initialParameters = result.initialParameters;
    r.finalParameters = result.finalParameters;
    r.history = result.history;
    r.outcome = result.outcome;
    return r;
}

std::string historyDifference(const RecordedHistory& a, const RecordedHistory& b)
{
    if (a.epochs.size() != b.epochs.size())
        return "the record has " + std::to_string(a.epochs.size()) + " epoch rows, the replay " +
               std::to_string(b.epochs.size());
    for (std::size_t i = 0; i < a.epochs.size(); ++i) {
        const EpochInfo& x = a.epochs[i];
        const EpochInfo& y = b.epochs[i];
        const std::string at = "epoch " + std::to_string(x.epoch) + ": ";
        if (x.epoch != y.epoch || x.updates != y.updates || x.bestEpoch != y.bestEpoch ||
            x.partial != y.partial)
            return at + "epoch, updates, best_epoch or partial differ";
        const std::pair<const char*, std::pair<double, double>> values[] = {
            {"loss", {x.kerasLoss, y.kerasLoss}},
            {"batch_loss_mean", {x.batchLossMean, y.batchLossMean}},
            {"train_loss", {x.trainLoss, y.trainLoss}},
            {"val_loss", {x.valLoss, y.valLoss}},
            {"train_accuracy", {x.trainAccuracy, y.trainAccuracy}},
            {"val_accuracy", {x.valAccuracy, y.valAccuracy}},
            {"noise_scale", {x.noiseScale, y.noiseScale}}};
        for (const auto& [name, v] : values)
            if (!sameBits(v.first, v.second))
                return at + name + " recorded " + showDouble(v.first) + ", replayed " +
                       showDouble(v.second);
    }
    if (a.updatesOmitted || b.updatesOmitted)
        return {};
    if (a.totalUpdates != b.totalUpdates)
        return "the record has " + std::to_string(a.totalUpdates) + " updates, the replay " +
               std::to_string(b.totalUpdates);
    if (a.updatesPerBucket != b.updatesPerBucket || a.updates.size() != b.updates.size())
        return "the per-update history has a different bucketing";
    for (std::size_t i = 0; i < a.updates.size(); ++i) {
        const UpdateBucket& x = a.updates[i];
        const UpdateBucket& y = b.updates[i];
        if (x.firstUpdate != y.firstUpdate || x.lastUpdate != y.lastUpdate || x.count != y.count ||
            x.epoch != y.epoch || x.samplesSeen != y.samplesSeen)
            return "update " + std::to_string(x.firstUpdate) + ": positions differ";
        if (!sameBits(x.meanLoss, y.meanLoss) || !sameBits(x.minLoss, y.minLoss) ||
            !sameBits(x.maxLoss, y.maxLoss) || !sameBits(x.runningMean, y.runningMean))
            return "update " + std::to_string(x.firstUpdate) + ": loss recorded " +
                   showDouble(x.meanLoss) + ", replayed " + showDouble(y.meanLoss);
    }
    return {};
}

bool sameParameters(const Eigen::VectorXd& a, const Eigen::VectorXd& b)
{
    return a.size() == b.size() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

ReplayCheck checkReplay(const RunRecord& recorded, const RecordedHistory& replayed,
                        const Eigen::VectorXd& replayedFinalParameters)
{
    ReplayCheck c;
    if (recorded.history) {
        RecordedHistory h = *recorded.history;
        if (h.maxUpdatePoints != replayed.maxUpdatePoints)
            h.updatesOmitted = true; // other buckets: the epochs and the weights still compare
        c.historyDifference = historyDifference(h, replayed);
    }
    c.sameFinalWeights = !recorded.finalParameters ||
                         sameParameters(*recorded.finalParameters, replayedFinalParameters);
    return c;
}

} // namespace core
