#include "keras_code.hpp"

#include "digits.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <vector>

namespace core
{

std::string pythonNumber(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, r.ptr);
    if (s.find_first_of(".en") == std::string::npos)
        s += ".0";
    return s;
}

namespace
{

std::string bool_(bool b)
{
    return b ? "True" : "False";
}

// numpy code of make_data(n) -> (x, y) for each kind, mirroring dataset.cpp's generators.
std::string dataFunction(const DataSpec& d)
{
    const std::string noise = pythonNumber(d.noise);
    // Input columns of pure noise after the generator's own.
    const std::string extra = d.extraInputs > 0
                                  ? "    x = np.c_[x, rng.standard_normal((n, " +
                                        std::to_string(d.extraInputs) + "))]  # noise inputs\n"
                                  : std::string();
    std::ostringstream o;
    const bool cleanVal = d.cleanValidation && d.labelNoise > 0.0;
    o << (cleanVal ? "def make_data(n, noisy_answers=True):\n" : "def make_data(n):\n");
    switch (d.kind) {
    case DatasetKind::Moons:
        o << "    c = np.arange(n) % 2\n"
             "    t = np.pi * rng.random(n)\n"
             "    upper = np.c_[np.cos(t), np.sin(t)]\n"
             "    lower = np.c_[1 - np.cos(t), 0.5 - np.sin(t)]\n"
             "    x = np.where(c[:, None] == 0, upper, lower) + "
          << noise << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::Circles:
        o << "    c = np.arange(n) % 2\n"
             "    t = 2 * np.pi * rng.random(n)\n"
             "    r = np.where(c == 0, 1.0, 0.5)\n"
             "    x = np.c_[r * np.cos(t), r * np.sin(t)] + "
          << noise << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::Spiral:
        o << "    c = np.arange(n) % 2\n"
             "    u = rng.random(n)\n"
             "    r, t = 0.1 + 0.9 * u, 3 * np.pi * u + c * np.pi\n"
             "    x = np.c_[r * np.cos(t), r * np.sin(t)] + "
          << noise << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::Xor:
        o << "    a = rng.uniform(-1, 1, (n, 2))\n"
             "    c = ((a[:, 0] > 0) != (a[:, 1] > 0)).astype(int)\n"
             "    x = a + "
          << noise << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::Blobs:
        o << "    c = np.arange(n) % 2\n"
             "    centre = np.where(c == 0, -0.6, 0.6)[:, None]\n"
             "    x = centre + "
          << pythonNumber(0.25 + d.noise) << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::KBlobs:
        o << "    k = " << d.classes << "\n"
          << "    c = np.arange(n) % k\n"
             "    angle = 2 * np.pi * c / k\n"
             "    x = np.c_[np.cos(angle), np.sin(angle)] + "
          << pythonNumber(0.2 + d.noise) << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::KSpiral:
        o << "    k = " << d.classes << "\n"
          << "    c = np.arange(n) % k\n"
             "    u = rng.random(n)\n"
             "    r, t = 0.1 + 0.9 * u, 2 * np.pi * u + 2 * np.pi * c / k\n"
             "    x = np.c_[r * np.cos(t), r * np.sin(t)] + "
          << noise << " * rng.standard_normal((n, 2))\n";
        break;
    case DatasetKind::Sine:
        o << "    x = rng.random((n, 1))\n"
             "    y = np.sin(2 * np.pi * x[:, 0]) + "
          << noise << " * rng.standard_normal(n)\n"
          << extra << "    return x, y\n";
        return o.str();
    case DatasetKind::Digits: // written by digitsData, never a make_data(n)
        break;
    case DatasetKind::Polynomial:
        o << "    x = rng.uniform(-1, 1, (n, 1))\n"
             "    y = 2 * x[:, 0] ** 3 - x[:, 0] + 0.2 + "
          << noise << " * rng.standard_normal(n)\n"
          << extra << "    return x, y\n";
        return o.str();
    }
    if (d.labelNoise > 0.0) {
        // With a clean new exam, make_data(n, noisy_answers=False) leaves the answers right.
        const char* indent = cleanVal ? "        " : "    ";
        if (cleanVal)
            o << "    if noisy_answers:\n";
        if (taskOf(d.kind) == TaskKind::MultiClassClassification)
            o << indent << "flip = rng.random(n) < " << pythonNumber(d.labelNoise) << "\n"
              << indent
              << "c = np.where(flip, (c + rng.integers(1, k, n)) % k, c)  # label noise\n";
        else
            o << indent << "c = np.where(rng.random(n) < " << pythonNumber(d.labelNoise)
              << ", 1 - c, c)  # label noise\n";
    }
    o << extra << "    return x, c.astype(\"float64\")\n";
    return o.str();
}

// The bundled digits (scikit-learn's copy of the same UCI set): one shuffle of the 1,797
// pictures gives the practice exam and the new exam, so no picture is in both.
std::string digitsData(const RunSettings& s, bool split, bool hasVal)
{
    const DataSpec& d = s.data;
    std::ostringstream o;
    o << "# The practice exam: handwritten digits, " << digits::attribution << ".\n"
      << "from sklearn.datasets import load_digits\n"
      << "digits = load_digits()\n"
      << "x_all = digits.data / 16  # pixels 0..16 as 0..1\n"
      << "y_all = digits.target.astype(\"float64\")\n";
    if (d.extraInputs > 0)
        o << "x_all = np.c_[x_all, rng.standard_normal((len(x_all), " << d.extraInputs
          << "))]  # noise inputs\n";
    if (d.labelNoise > 0.0)
        o << "flip = rng.random(len(y_all)) < " << pythonNumber(d.labelNoise) << "\n"
          << "y_all = np.where(flip, (y_all + rng.integers(1, 10, len(y_all))) % 10, y_all)"
             "  # label noise\n";
    o << "pick = rng.permutation(len(x_all))  # BatchLab picks ten of each digit in turn\n";
    const std::string n = std::to_string(d.nTrain);
    const std::string end = std::to_string(d.nTrain + d.nVal);
    if (split) {
        o << "x, y = x_all[pick[:" << n << "]], y_all[pick[:" << n << "]]\n";
    } else {
        o << "x_train, y_train = x_all[pick[:" << n << "]], y_all[pick[:" << n
          << "]]  # the practice exam\n";
        if (hasVal)
            o << "x_val, y_val = x_all[pick[" << n << ":" << end << "]], y_all[pick[" << n << ":"
              << end << "]]  # a new, unseen exam\n";
    }
    return o.str();
}

std::string optimizerCode(const OptimizerConfig& c)
{
    std::ostringstream o;
    switch (c.kind) {
    case OptimizerKind::Sgd:
        o << "keras.optimizers.SGD(learning_rate=" << pythonNumber(c.learningRate) << ")";
        break;
    case OptimizerKind::Momentum:
        o << "keras.optimizers.SGD(learning_rate=" << pythonNumber(c.learningRate)
          << ", momentum=" << pythonNumber(c.momentum) << ")";
        break;
    case OptimizerKind::Adam: {
        o << "keras.optimizers.Adam(learning_rate=" << pythonNumber(c.learningRate);
        const OptimizerConfig defaults;
        if (c.beta1 != defaults.beta1)
            o << ", beta_1=" << pythonNumber(c.beta1);
        if (c.beta2 != defaults.beta2)
            o << ", beta_2=" << pythonNumber(c.beta2);
        if (c.epsilon != defaults.epsilon)
            o << ", epsilon=" << pythonNumber(c.epsilon);
        o << ")";
        break;
    }
    }
    return o.str();
}

// Rows as numpy arrays: x as a list of rows, y as a flat list.
// Rows as numpy arrays: x as a list of rows, y as a flat list (the first `shown` rows when
// shown >= 0, and a comment for the rest).
void arrays(std::ostringstream& o, const Dataset& d, const char* x, const char* y, int shown)
{
    const int rows = shown >= 0 ? std::min(shown, d.rows()) : d.rows();
    const auto more = [&] {
        if (rows < d.rows())
            o << "    # ... " << d.rows() - rows << " more rows (Copy or Save writes them all)\n";
    };
    o << x << " = np.array([\n";
    for (int r = 0; r < rows; ++r) {
        o << "    [";
        for (int c = 0; c < d.inputs(); ++c)
            o << (c ? ", " : "") << pythonNumber(d.x(r, c));
        o << "],\n";
    }
    more();
    o << "])\n" << y << " = np.array([";
    for (int r = 0; r < rows; ++r)
        o << (r ? ", " : "") << pythonNumber(d.y(r));
    if (rows < d.rows()) {
        o << "\n";
        more();
    }
    o << "])\n";
}

} // namespace

std::string kerasCode(const RunSettings& s)
{
    return kerasCode(specOf(s));
}

std::string kerasCode(const RunSpec& spec, int shownRows)
{
    const RunSettings& s = spec.settings;
    const TaskKind task = spec.task();
    const bool classification = isClassification(task);
    const bool classes = task == TaskKind::MultiClassClassification;
    const int inputs = spec.inputs();
    const bool split = s.validation == ValidationMode::Split;
    const bool hasVal = split || (spec.data ? spec.data->val.rows() > 0 : s.data.nVal > 0);
    const EarlyStoppingConfig& es = s.train.earlyStopping;
    std::ostringstream o;
    o << "import numpy as np\n"
         "import keras\n"
         "from keras import layers\n"
         "\n"
         "keras.utils.set_random_seed("
      << s.initSeed << ")\n";
    if (spec.data) {
        const char* x = split ? "x" : "x_train";
        const char* y = split ? "y" : "y_train";
        o << "\n# The practice exam: "
          << (spec.dataSource.empty() ? std::string("your data") : spec.dataSource) << ", "
          << spec.data->train.rows() << " rows as BatchLab trains on them.\n";
        arrays(o, spec.data->train, x, y, shownRows);
        if (!split && hasVal) {
            o << "# A new, unseen exam.\n";
            arrays(o, spec.data->val, "x_val", "y_val", shownRows);
        }
    } else if (s.data.kind == DatasetKind::Digits) {
        o << "rng = np.random.default_rng(" << s.data.seed << ")\n\n"
          << digitsData(s, split, hasVal);
    } else {
        o << "rng = np.random.default_rng(" << s.data.seed << ")\n\n"
          << "# The practice exam: " << datasetKey(s.data.kind) << ", noise "
          << pythonNumber(s.data.noise) << ".\n"
          << dataFunction(s.data) << "\n";
        if (split) {
            o << "x, y = make_data(" << s.data.nTrain << ")\n";
        } else {
            o << "x_train, y_train = make_data(" << s.data.nTrain << ")  # the practice exam\n";
            if (hasVal && s.data.cleanValidation && s.data.labelNoise > 0.0)
                o << "x_val, y_val = make_data(" << s.data.nVal
                  << ", noisy_answers=False)  # a new, unseen exam, its answers right\n";
            else if (hasVal)
                o << "x_val, y_val = make_data(" << s.data.nVal << ")  # a new, unseen exam\n";
        }
    }
    o << "\nmodel = keras.Sequential([\n"
      << "    keras.Input(shape=(" << inputs << ",)),\n";
    for (int units : s.hidden)
        o << "    layers.Dense(" << units << ", activation=\"" << activationKey(s.activation)
          << "\"),\n";
    if (classes)
        o << "    layers.Dense(" << spec.networkSpec().classes << ", activation=\"softmax\"),\n";
    else
        o << (classification ? "    layers.Dense(1, activation=\"sigmoid\"),\n"
                             : "    layers.Dense(1),\n");
    const TrainConfig& tc = s.train;
    const LrSchedule& sc = tc.lrSchedule;
    const bool perUpdate = sc.kind != LrScheduleKind::Constant && sc.unit == ScheduleUnit::Update;
    const bool perEpoch = sc.kind != LrScheduleKind::Constant && sc.unit == ScheduleUnit::Epoch;
    const std::string lr = pythonNumber(tc.optimizer.learningRate);
    o << "])\n";
    OptimizerConfig opt = tc.optimizer;
    std::string optimizer = optimizerCode(opt);
    if (perUpdate) {
        // A LearningRateSchedule is called with optimizer.iterations (0 for the first update).
        if (sc.kind == LrScheduleKind::Step)
            o << "\n# The learning rate per update: times " << pythonNumber(sc.decayRate)
              << " every " << sc.decayEvery << " updates.\n"
              << "learning_rate = keras.optimizers.schedules.ExponentialDecay(\n"
              << "    " << lr << ", decay_steps=" << sc.decayEvery
              << ", decay_rate=" << pythonNumber(sc.decayRate) << ", staircase=True)\n";
        else
            o << "\n# The learning rate per update: a linear warm-up from "
              << pythonNumber(sc.warmupFrom) << " to " << lr << " over " << sc.warmup
              << " updates, then constant\n"
                 "# (alpha=1.0 holds the rate after the warm-up).\n"
              << "learning_rate = keras.optimizers.schedules.CosineDecay(\n"
              << "    " << pythonNumber(sc.warmupFrom)
              << ", decay_steps=1, alpha=1.0, warmup_target=" << lr
              << ", warmup_steps=" << sc.warmup << ")\n";
        const std::string literal = "learning_rate=" + lr;
        optimizer.replace(optimizer.find(literal), literal.size(), "learning_rate=learning_rate");
    }
    o << "model.compile(\n"
      << "    optimizer=" << optimizer << ",\n"
      << "    loss=\""
      << (classes          ? "sparse_categorical_crossentropy"
          : classification ? "binary_crossentropy"
                           : "mean_squared_error")
      << "\",\n";
    if (classification)
        o << "    metrics=[\"accuracy\"],\n";
    o << ")\n\n";
    std::vector<std::string> callbacks;
    if (es.enabled) {
        o << "early_stopping = keras.callbacks.EarlyStopping(\n"
          << "    monitor=\"" << monitorKey(es.monitor) << "\",\n"
          << "    min_delta=" << pythonNumber(es.minDelta) << ",\n"
          << "    patience=" << es.patience << ",\n"
          << "    restore_best_weights=" << bool_(es.restoreBestWeights) << ",\n"
          << "    start_from_epoch=" << es.startFromEpoch << ",\n"
          << ")\n";
        callbacks.push_back("early_stopping");
    }
    if (perEpoch) {
        // LearningRateScheduler calls the function with the epoch from 0 (initial_epoch on).
        o << "def schedule(epoch, lr):\n";
        if (sc.kind == LrScheduleKind::Step)
            o << "    return " << lr << " * " << pythonNumber(sc.decayRate) << " ** (epoch // "
              << sc.decayEvery << ")\n";
        else
            o << "    if epoch >= " << sc.warmup << ":\n"
              << "        return " << lr << "\n"
              << "    return (" << lr << " - " << pythonNumber(sc.warmupFrom) << ") * (epoch / "
              << sc.warmup << ") + " << pythonNumber(sc.warmupFrom) << "\n";
        o << "\nlr_schedule = keras.callbacks.LearningRateScheduler(schedule)\n";
        callbacks.push_back("lr_schedule");
    }
    const int n = spec.trainingRows();
    const Goal& goal = tc.goal;
    if (goal.kind != GoalKind::None && hasVal) {
        const bool accuracy = goal.kind == GoalKind::ValAccuracy;
        if (split && goal.every > 0)
            o << "# The rows validation_split holds out (the last ones).\n"
              << "x_val, y_val = x[" << n << ":], y[" << n << ":]\n";
        o << "\nclass Goal(keras.callbacks.Callback):\n"
          << "    \"\"\"Stops training once " << goalKey(goal.kind) << (accuracy ? " >= " : " <= ")
          << pythonNumber(goal.value) << "; counts the updates and questions it took.\"\"\"\n\n"
          << "    def __init__(self):\n"
          << "        super().__init__()\n"
          << "        self.updates, self.questions, self.reached = 0, 0, False\n"
          << "        self.batch_size = " << batchSizeOfEpoch(tc, n, 0) << "\n\n"
          << "    def check(self, loss, accuracy):\n"
          << "        if " << (accuracy ? "accuracy >= " : "loss <= ") << pythonNumber(goal.value)
          << ":\n"
          << "            self.reached = True\n"
          << "            self.model.stop_training = True\n\n"
          << "    def on_train_batch_end(self, batch, logs=None):\n"
          << "        self.updates += 1\n"
          << "        self.questions += min(self.batch_size, " << n
          << " - batch * self.batch_size)\n";
        if (goal.every > 0)
            o << "        if self.updates % " << goal.every << " == 0:\n"
              << "            result = np.atleast_1d(self.model.evaluate(x_val, y_val, "
                 "verbose=0))\n"
              << "            self.check(result[0], result[-1])\n";
        o << "\n"
          << "    def on_epoch_end(self, epoch, logs=None):\n"
          << "        self.check(logs[\"val_loss\"], logs.get(\"val_accuracy\"))\n\n"
          << "goal = Goal()\n";
        callbacks.push_back("goal");
    }
    std::string callbackList;
    for (const std::string& c : callbacks)
        callbackList += (callbackList.empty() ? "" : ", ") + c;
    const auto fitArguments = [&](std::ostringstream& f, const std::string& pad) {
        if (split)
            f << pad << "validation_split=" << pythonNumber(s.validationSplit) << ",\n";
        else if (hasVal)
            f << pad << "validation_data=(x_val, y_val),\n";
        f << pad << "shuffle=" << bool_(s.train.shuffle) << ",\n";
        if (!callbacks.empty())
            f << pad << "callbacks=[" << callbackList << "],\n";
    };
    if (tc.batchGrowth.factor <= 1) {
        o << "history = model.fit(\n"
          << (split ? "    x, y,\n" : "    x_train, y_train,\n")
          << "    batch_size=" << s.train.batchSize << ",\n"
          << "    epochs=" << s.train.epochs << ",\n";
        fitArguments(o, "    ");
        o << ")\n";
    } else {
        // Phases of a growing batch: one fit call each, the optimizer's state going on.
        o << "\n# The batch grows x" << tc.batchGrowth.factor << " every " << tc.batchGrowth.every
          << " epochs: one fit call per phase.\n"
          << "phases = [";
        for (int first = 0; first < tc.epochs; first += tc.batchGrowth.every) {
            const int last = std::min(tc.epochs, first + tc.batchGrowth.every);
            o << (first ? ", " : "") << "(" << batchSizeOfEpoch(tc, n, first) << ", " << first
              << ", " << last << ")";
        }
        o << "]\n"
          << "for batch_size, first, last in phases:\n";
        if (goal.kind != GoalKind::None && hasVal)
            o << "    goal.batch_size = batch_size\n";
        o << "    history = model.fit(\n"
          << (split ? "        x, y,\n" : "        x_train, y_train,\n")
          << "        batch_size=batch_size,\n"
          << "        initial_epoch=first,\n"
          << "        epochs=last,\n";
        fitArguments(o, "        ");
        o << "    )\n";
        if (goal.kind != GoalKind::None && hasVal)
            o << "    if goal.reached:\n"
              << "        break\n";
    }
    if (goal.kind != GoalKind::None && hasVal)
        o << "print(\"goal reached:\", goal.reached, \"updates:\", goal.updates, \"questions:\", "
             "goal.questions)\n";
    return o.str();
}

} // namespace core
