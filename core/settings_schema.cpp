#include "settings_schema.hpp"

#include "limits.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

// The command line translates the help texts in the context "Headless" (lupdate reads this file
// for them); core has no Qt, so the marker is a no-op here.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace core
{

namespace
{

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double million = 1000000;

bool isMomentum(const RunSettings& s)
{
    return s.train.optimizer.kind == OptimizerKind::Momentum;
}
bool isAdam(const RunSettings& s)
{
    return s.train.optimizer.kind == OptimizerKind::Adam;
}
bool isSplit(const RunSettings& s)
{
    return s.validation == ValidationMode::Split;
}
bool hasSchedule(const RunSettings& s)
{
    return s.train.lrSchedule.kind != LrScheduleKind::Constant;
}
bool isStepDecay(const RunSettings& s)
{
    return s.train.lrSchedule.kind == LrScheduleKind::Step;
}
bool isWarmUp(const RunSettings& s)
{
    return s.train.lrSchedule.kind == LrScheduleKind::WarmUp;
}
bool growsBatch(const RunSettings& s)
{
    return s.train.batchGrowth.factor > 1;
}
bool hasGoal(const RunSettings& s)
{
    return s.train.goal.kind != GoalKind::None;
}
bool hasClasses(const RunSettings& s)
{
    return hasClassSetting(s.data.kind);
}
bool hasNoise(const RunSettings& s)
{
    return usesNoise(s.data.kind);
}

// clang-format off
const SettingField fields[] = {
    {"dataset", "data.generator.dataset", "dataset", "NAME", "data/kind", SettingType::Choice,
     0, 0, false, false,
     "moons, circles, spiral, xor, blobs, sine, polynomial, k-blobs, k-spiral, digits",
     QT_TRANSLATE_NOOP("Headless", "Generated data: moons, circles, spiral, xor, blobs, sine, "
                                   "polynomial, k-blobs or k-spiral (k classes, see --classes), "
                                   "or digits (1,797 handwritten 8x8 digits, 10 classes). "
                                   "Default: moons."),
     [](RunSettings& s) -> SettingSlot { return &s.data.kind; }},
    {"classes", "data.generator.classes", "classes", "K", "data/classes", SettingType::Whole,
     minGeneratedClasses, maxGeneratedClasses, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Classes of k-blobs and k-spiral, 3 to 10. Default: 3."),
     [](RunSettings& s) -> SettingSlot { return &s.data.classes; }, hasClasses},
    {"extra_inputs", "data.generator.extra_inputs", "extra-inputs", "N", "data/extraInputs",
     SettingType::Whole, 0, limits::maxInputs - 2, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Generated data: input columns of pure noise added to the "
                                   "generator's own (a wider exam). Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.data.extraInputs; }},
    {"n_train", "data.generator.n_train", "train-size", "N", "data/nTrain", SettingType::Whole,
     1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Generated training rows. Default: 30 (digits: 100, ten of "
                                   "each digit)."),
     [](RunSettings& s) -> SettingSlot { return &s.data.nTrain; }},
    {"n_val", "data.generator.n_val", "val-size", "N", "data/nVal", SettingType::Whole,
     0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Generated validation rows (a separate, unseen exam; 0 for "
                                   "none). Default: 200 (digits: 500)."),
     [](RunSettings& s) -> SettingSlot { return &s.data.nVal; }},
    {"noise", "data.generator.noise", "noise", "X", "data/noise", SettingType::Number,
     0, 100, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Noise of the generated data (not digits). Default: 0.35."),
     [](RunSettings& s) -> SettingSlot { return &s.data.noise; }, hasNoise},
    {"label_noise", "data.generator.label_noise", "label-noise", "P", "data/labelNoise",
     SettingType::Number, 0, 0.5, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Probability of a flipped label (classification), 0 to 0.5."),
     [](RunSettings& s) -> SettingSlot { return &s.data.labelNoise; }},
    {"clean_validation", "data.generator.clean_validation", "clean-validation", "true|false",
     "data/cleanValidation", SettingType::Bool, 0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Flip labels (--label-noise) in the training set only: the "
                                   "new exam's answer sheet stays right. Default: false."),
     [](RunSettings& s) -> SettingSlot { return &s.data.cleanValidation; }},
    {"data_seed", "data.generator.seed", "data-seed", "N", "data/seed", SettingType::Seed,
     0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Seed of the generated data only."),
     [](RunSettings& s) -> SettingSlot { return &s.data.seed; }},
    {"validation", "validation.mode", nullptr, nullptr, "validation/mode", SettingType::Choice,
     0, 0, false, false, "separate, split",
     "Validation rows: a separate, generated set, or the last fraction of the rows (Keras's "
     "validation_split).",
     [](RunSettings& s) -> SettingSlot { return &s.validation; }},
    {"validation_split", "validation.split", "validation-split", "V", "validation/fraction",
     SettingType::Number, 0, 1, true, true, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Use the last fraction V of the rows for validation, as "
                                   "Keras does (instead of a separate validation set)."),
     [](RunSettings& s) -> SettingSlot { return &s.validationSplit; }, isSplit},
    {"hidden", "model.hidden", "hidden", "LIST", "model/hidden", SettingType::Widths,
     1, 4096, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Hidden layer widths, comma-separated, or none. "
                                   "Default: 64,64."),
     [](RunSettings& s) -> SettingSlot { return &s.hidden; }},
    {"activation", "model.activation", "activation", "NAME", "model/activation",
     SettingType::Choice, 0, 0, false, false, "tanh, relu, sigmoid, linear",
     QT_TRANSLATE_NOOP("Headless", "tanh, relu, sigmoid or linear. Default: tanh."),
     [](RunSettings& s) -> SettingSlot { return &s.activation; }},
    {"init_seed", "model.init_seed", "init-seed", "N", "model/initSeed", SettingType::Seed,
     0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Seed of the initial weights only."),
     [](RunSettings& s) -> SettingSlot { return &s.initSeed; }},
    {"batch_size", "training.batch_size", "batch-size", "B", "train/batchSize",
     SettingType::Whole, 1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Batch size. Default: 4."),
     [](RunSettings& s) -> SettingSlot { return &s.train.batchSize; }},
    {"epochs", "training.epochs", "epochs", "E", "train/epochs", SettingType::Whole,
     1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Epochs. Default: 300."),
     [](RunSettings& s) -> SettingSlot { return &s.train.epochs; }},
    {"shuffle", "training.shuffle", "shuffle", "true|false", "train/shuffle", SettingType::Bool,
     0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Reshuffle the training rows before every epoch. "
                                   "Default: true."),
     [](RunSettings& s) -> SettingSlot { return &s.train.shuffle; }},
    {"shuffle_seed", "training.shuffle_seed", "shuffle-seed", "N", "train/shuffleSeed",
     SettingType::Seed, 0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Seed of the shuffling only."),
     [](RunSettings& s) -> SettingSlot { return &s.train.shuffleSeed; }},
    {"optimizer", "training.optimizer.name", "optimizer", "NAME", "optimizer/kind",
     SettingType::Choice, 0, 0, false, false, "sgd, momentum, adam",
     QT_TRANSLATE_NOOP("Headless", "sgd, momentum or adam. Default: adam."),
     [](RunSettings& s) -> SettingSlot { return &s.train.optimizer.kind; }},
    {"learning_rate", "training.optimizer.learning_rate", "learning-rate", "X",
     "optimizer/learningRate", SettingType::Number, 0, million, true, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Learning rate. Default: 0.01 (with --optimizer alone: "
                                   "Keras's default for it, sgd 0.01, adam 0.001)."),
     [](RunSettings& s) -> SettingSlot { return &s.train.optimizer.learningRate; }},
    {"momentum", "training.optimizer.momentum", "momentum", "M", "optimizer/momentum",
     SettingType::Number, 0, 1, false, true, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Momentum, in [0, 1). Default: 0.9."),
     [](RunSettings& s) -> SettingSlot { return &s.train.optimizer.momentum; }, isMomentum},
    {"beta_1", "training.optimizer.beta_1", "beta-1", "B", "optimizer/beta1", SettingType::Number,
     0, 1, false, true, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Adam's beta_1. Default: 0.9."),
     [](RunSettings& s) -> SettingSlot { return &s.train.optimizer.beta1; }, isAdam},
    {"beta_2", "training.optimizer.beta_2", "beta-2", "B", "optimizer/beta2", SettingType::Number,
     0, 1, false, true, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Adam's beta_2. Default: 0.999."),
     [](RunSettings& s) -> SettingSlot { return &s.train.optimizer.beta2; }, isAdam},
    {"epsilon", "training.optimizer.epsilon", "epsilon", "E", "optimizer/epsilon",
     SettingType::Number, 0, 1, true, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Adam's epsilon. Default: 1e-7."),
     [](RunSettings& s) -> SettingSlot { return &s.train.optimizer.epsilon; }, isAdam},
    {"early_stopping", "training.early_stopping.enabled", "early-stopping", nullptr,
     "earlyStopping/enabled", SettingType::Bool, 0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Stop when the monitored loss stops improving."),
     [](RunSettings& s) -> SettingSlot { return &s.train.earlyStopping.enabled; }},
    {"monitor", "training.early_stopping.monitor", "monitor", "val_loss|loss",
     "earlyStopping/monitor", SettingType::Choice, 0, 0, false, false, "val_loss, loss",
     QT_TRANSLATE_NOOP("Headless", "Early stopping: what to watch. Default: val_loss."),
     [](RunSettings& s) -> SettingSlot { return &s.train.earlyStopping.monitor; }},
    {"min_delta", "training.early_stopping.min_delta", "min-delta", "X", "earlyStopping/minDelta",
     SettingType::Number, 0, inf, false, true, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Early stopping: the smallest change that counts as an "
                                   "improvement. Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.train.earlyStopping.minDelta; }},
    {"patience", "training.early_stopping.patience", "patience", "N", "earlyStopping/patience",
     SettingType::Whole, 0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Early stopping: epochs without improvement "
                                   "before stopping. Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.train.earlyStopping.patience; }},
    {"restore_best_weights", "training.early_stopping.restore_best_weights",
     "restore-best-weights", nullptr, "earlyStopping/restoreBestWeights", SettingType::Bool,
     0, 0, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Early stopping: end with the weights of the best epoch."),
     [](RunSettings& s) -> SettingSlot { return &s.train.earlyStopping.restoreBestWeights; }},
    {"start_from_epoch", "training.early_stopping.start_from_epoch", "start-from-epoch", "N",
     "earlyStopping/startFromEpoch", SettingType::Whole, 0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Early stopping: ignore the first N epochs. Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.train.earlyStopping.startFromEpoch; }},
    {"lr_schedule", "training.lr_schedule.kind", "lr-schedule", "NAME", "schedule/kind",
     SettingType::Choice, 0, 0, false, false, "constant, step, warmup",
     QT_TRANSLATE_NOOP("Headless", "Learning-rate schedule: constant, step (times "
                                   "--lr-decay-rate every --lr-decay-every steps) or warmup "
                                   "(from --warmup-from up to the learning rate over "
                                   "--warmup steps). Default: constant."),
     [](RunSettings& s) -> SettingSlot { return &s.train.lrSchedule.kind; }},
    {"lr_schedule_unit", "training.lr_schedule.unit", "lr-schedule-unit", "update|epoch",
     "schedule/unit", SettingType::Choice, 0, 0, false, false, "update, epoch",
     QT_TRANSLATE_NOOP("Headless", "What a schedule's steps count: weight updates (a Keras "
                                   "LearningRateSchedule) or epochs (the LearningRateScheduler "
                                   "callback). Default: update."),
     [](RunSettings& s) -> SettingSlot { return &s.train.lrSchedule.unit; }, hasSchedule},
    {"lr_decay_rate", "training.lr_schedule.decay_rate", "lr-decay-rate", "X",
     "schedule/decayRate", SettingType::Number, 0, 1, true, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Step decay: the learning rate's factor per step, in "
                                   "(0, 1]. Default: 0.5."),
     [](RunSettings& s) -> SettingSlot { return &s.train.lrSchedule.decayRate; }, isStepDecay},
    {"lr_decay_every", "training.lr_schedule.decay_every", "lr-decay-every", "N",
     "schedule/decayEvery", SettingType::Whole, 1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Step decay: updates (or epochs) per step. Default: 1."),
     [](RunSettings& s) -> SettingSlot { return &s.train.lrSchedule.decayEvery; }, isStepDecay},
    {"warmup", "training.lr_schedule.warmup", "warmup", "N", "schedule/warmup",
     SettingType::Whole, 1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Warm-up: its length in updates (or epochs). Default: 1."),
     [](RunSettings& s) -> SettingSlot { return &s.train.lrSchedule.warmup; }, isWarmUp},
    {"warmup_from", "training.lr_schedule.warmup_from", "warmup-from", "X",
     "schedule/warmupFrom", SettingType::Number, 0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Warm-up: the learning rate it starts from. Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.train.lrSchedule.warmupFrom; }, isWarmUp},
    {"batch_growth", "training.batch_growth.factor", "batch-growth", "K", "batchGrowth/factor",
     SettingType::Whole, 1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Multiply the batch size by K every --batch-growth-every "
                                   "epochs (successive fit calls). Default: 1 (no growth)."),
     [](RunSettings& s) -> SettingSlot { return &s.train.batchGrowth.factor; }},
    {"batch_growth_every", "training.batch_growth.every", "batch-growth-every", "E",
     "batchGrowth/every", SettingType::Whole, 1, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Epochs of each batch size when the batch grows. "
                                   "Default: 1."),
     [](RunSettings& s) -> SettingSlot { return &s.train.batchGrowth.every; }, growsBatch},
    {"goal", "training.goal.monitor", "goal", "val_accuracy|val_loss|none", "goal/monitor",
     SettingType::Choice, 0, 0, false, false, "none, val_accuracy, val_loss",
     QT_TRANSLATE_NOOP("Headless", "Stop when the validation accuracy reaches --goal-value "
                                   "(or the validation loss falls to it). Default: none."),
     [](RunSettings& s) -> SettingSlot { return &s.train.goal.kind; }},
    {"goal_value", "training.goal.value", "goal-value", "X", "goal/value", SettingType::Number,
     0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "The goal's accuracy or loss. Default: 0.95."),
     [](RunSettings& s) -> SettingSlot { return &s.train.goal.value; }, hasGoal},
    {"goal_every", "training.goal.every", "goal-every", "N", "goal/every", SettingType::Whole,
     0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Also check the goal every N updates (0: at epoch ends "
                                   "only). Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.train.goal.every; }, hasGoal},
    {"noise_scale_every", "training.noise_scale_every", "noise-scale-every", "E",
     "train/noiseScaleEvery", SettingType::Whole, 0, million, false, false, nullptr,
     QT_TRANSLATE_NOOP("Headless", "Measure the gradient noise scale B_simple every E epochs "
                                   "(0: never). Default: 0."),
     [](RunSettings& s) -> SettingSlot { return &s.train.noiseScaleEvery; }},
};
// clang-format on

std::string trimmed(std::string_view t)
{
    const auto b = t.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    const auto e = t.find_last_not_of(" \t\r\n");
    return std::string(t.substr(b, e - b + 1));
}

std::string numberText(double v)
{
    std::array<char, 64> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), r.ptr);
}

// A bound in a message: whole numbers in full ("1000000", not "1e+06").
std::string boundText(double v)
{
    if (std::isinf(v))
        return "inf";
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    return numberText(v);
}

bool parseWhole(const std::string& t, long long& out)
{
    const char* b = t.data();
    const char* e = b + t.size();
    if (b != e && *b == '+')
        ++b;
    const auto r = std::from_chars(b, e, out);
    return r.ec == std::errc() && r.ptr == e && b != e;
}

bool parseNumber(const std::string& t, double& out)
{
    const char* b = t.data();
    const char* e = b + t.size();
    if (b != e && *b == '+')
        ++b;
    const auto r = std::from_chars(b, e, out);
    return r.ec == std::errc() && r.ptr == e && b != e;
}

bool parseMonitor(std::string_view k, Monitor& out)
{
    if (k == "val_loss")
        out = Monitor::ValLoss;
    else if (k == "loss")
        out = Monitor::Loss;
    else
        return false;
    return true;
}

bool parseValidation(std::string_view k, ValidationMode& out)
{
    if (k == "separate")
        out = ValidationMode::SeparateSet;
    else if (k == "split")
        out = ValidationMode::Split;
    else
        return false;
    return true;
}

[[noreturn]] void refuse(const SettingField& f)
{
    throw SettingError(settingNeeds(f));
}

bool inRange(const SettingField& f, double v)
{
    return std::isfinite(v) && (f.openLo ? v > f.lo : v >= f.lo) &&
           (f.openHi ? v < f.hi : v <= f.hi);
}

} // namespace

std::span<const SettingField> settingFields()
{
    return fields;
}

const SettingField& settingField(std::string_view name)
{
    for (const SettingField& f : fields)
        if (name == f.name)
            return f;
    throw std::out_of_range("no setting named " + std::string(name));
}

std::string settingNeeds(const SettingField& f)
{
    switch (f.type) {
    case SettingType::Whole:
        return "needs a whole number from " + boundText(f.lo) + " to " + boundText(f.hi);
    case SettingType::Seed:
        return "needs a whole number >= 0";
    case SettingType::Number: {
        // Appended piece by piece: GCC 12 warns (-Warray-bounds, a known false positive) on the
        // chain of operator+ here once the standard headers come precompiled.
        std::string text = "needs a number in ";
        text += f.openLo ? "(" : "[";
        text += boundText(f.lo);
        text += ", ";
        text += boundText(f.hi);
        text += f.openHi ? ")" : "]";
        return text;
    }
    case SettingType::Bool:
        return "must be true or false";
    case SettingType::Choice:
        return std::string("must be one of ") + f.choices;
    case SettingType::Widths:
        return "needs widths from " + boundText(f.lo) + " to " + boundText(f.hi) +
               " separated by commas, or none";
    }
    return {};
}

std::string settingText(const SettingField& f, const RunSettings& settings)
{
    RunSettings& s = const_cast<RunSettings&>(settings); // the slot is only read here
    return std::visit(
        [](auto* p) -> std::string {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_same_v<T, int>)
                return std::to_string(*p);
            else if constexpr (std::is_same_v<T, std::uint64_t>)
                return std::to_string(*p);
            else if constexpr (std::is_same_v<T, double>)
                return numberText(*p);
            else if constexpr (std::is_same_v<T, bool>)
                return *p ? "true" : "false";
            else if constexpr (std::is_same_v<T, std::vector<int>>) {
                if (p->empty())
                    return "none";
                std::string out;
                for (int w : *p)
                    out += (out.empty() ? "" : ",") + std::to_string(w);
                return out;
            } else if constexpr (std::is_same_v<T, DatasetKind>)
                return std::string(datasetKey(*p));
            else if constexpr (std::is_same_v<T, ValidationMode>)
                return *p == ValidationMode::Split ? "split" : "separate";
            else if constexpr (std::is_same_v<T, Activation>)
                return std::string(activationKey(*p));
            else if constexpr (std::is_same_v<T, OptimizerKind>)
                return std::string(optimizerKey(*p));
            else if constexpr (std::is_same_v<T, LrScheduleKind>)
                return std::string(lrScheduleKey(*p));
            else if constexpr (std::is_same_v<T, ScheduleUnit>)
                return std::string(scheduleUnitKey(*p));
            else if constexpr (std::is_same_v<T, GoalKind>)
                return std::string(goalKey(*p));
            else
                return std::string(monitorKey(*p));
        },
        f.slot(s));
}

void setSettingWhole(const SettingField& f, RunSettings& s, std::int64_t v)
{
    int* p = std::get<int*>(f.slot(s));
    if (f.type != SettingType::Whole || double(v) < f.lo || double(v) > f.hi)
        refuse(f);
    *p = static_cast<int>(v);
}

void setSettingNumber(const SettingField& f, RunSettings& s, double v)
{
    double* p = std::get<double*>(f.slot(s));
    if (!inRange(f, v))
        refuse(f);
    *p = v;
}

void setSettingText(const SettingField& f, RunSettings& s, std::string_view text)
{
    const std::string t = trimmed(text);
    const SettingSlot slot = f.slot(s);
    switch (f.type) {
    case SettingType::Whole: {
        long long v = 0;
        if (!parseWhole(t, v))
            refuse(f);
        setSettingWhole(f, s, v);
        return;
    }
    case SettingType::Seed: {
        std::uint64_t v = 0;
        const auto r = std::from_chars(t.data(), t.data() + t.size(), v);
        if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size())
            refuse(f);
        *std::get<std::uint64_t*>(slot) = v;
        return;
    }
    case SettingType::Number: {
        double v = 0;
        if (!parseNumber(t, v))
            refuse(f);
        setSettingNumber(f, s, v);
        return;
    }
    case SettingType::Bool: {
        std::string l = t;
        for (char& c : l)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        bool v = false;
        if (l == "true" || l == "yes" || l == "on" || l == "1")
            v = true;
        else if (!(l == "false" || l == "no" || l == "off" || l == "0"))
            refuse(f);
        *std::get<bool*>(slot) = v;
        return;
    }
    case SettingType::Widths: {
        std::vector<int> widths;
        if (t != "none") {
            std::size_t start = 0;
            while (true) {
                const std::size_t comma = t.find(',', start);
                const std::string part = trimmed(std::string_view(t).substr(
                    start, comma == std::string::npos ? std::string::npos : comma - start));
                long long w = 0;
                if (widths.size() == std::size_t(maxHiddenLayers))
                    throw SettingError("allows at most " + std::to_string(maxHiddenLayers) +
                                       " hidden layers");
                if (!parseWhole(part, w) || double(w) < f.lo || double(w) > f.hi)
                    refuse(f);
                widths.push_back(static_cast<int>(w));
                if (comma == std::string::npos)
                    break;
                start = comma + 1;
            }
        }
        *std::get<std::vector<int>*>(slot) = std::move(widths);
        return;
    }
    case SettingType::Choice: {
        const bool ok = std::visit(
            [&t](auto* p) -> bool {
                using T = std::remove_pointer_t<decltype(p)>;
                if constexpr (std::is_same_v<T, DatasetKind>)
                    return parseDatasetKind(t, *p);
                else if constexpr (std::is_same_v<T, ValidationMode>)
                    return parseValidation(t, *p);
                else if constexpr (std::is_same_v<T, Activation>)
                    return parseActivation(t, *p);
                else if constexpr (std::is_same_v<T, OptimizerKind>)
                    return parseOptimizerKind(t, *p);
                else if constexpr (std::is_same_v<T, Monitor>)
                    return parseMonitor(t, *p);
                else if constexpr (std::is_same_v<T, LrScheduleKind>)
                    return parseLrScheduleKind(t, *p);
                else if constexpr (std::is_same_v<T, ScheduleUnit>)
                    return parseScheduleUnit(t, *p);
                else if constexpr (std::is_same_v<T, GoalKind>)
                    return parseGoalKind(t, *p);
                else
                    return false;
            },
            slot);
        if (!ok)
            refuse(f);
        return;
    }
    }
}

void checkSettingRanges(const RunSettings& settings, bool generatedData)
{
    RunSettings& s = const_cast<RunSettings&>(settings); // the slots are only read here
    for (const SettingField& f : fields) {
        if (!f.appliesTo(s) || (!generatedData && std::string_view(f.jsonKey).starts_with("data.")))
            continue;
        bool ok = true;
        switch (f.type) {
        case SettingType::Whole: {
            const int v = *std::get<int*>(f.slot(s));
            ok = v >= f.lo && v <= f.hi;
            break;
        }
        case SettingType::Number:
            ok = inRange(f, *std::get<double*>(f.slot(s)));
            break;
        case SettingType::Widths: {
            const std::vector<int>& widths = *std::get<std::vector<int>*>(f.slot(s));
            if (widths.size() > std::size_t(maxHiddenLayers))
                throw SettingError(std::string(f.name) + " allows at most " +
                                   std::to_string(maxHiddenLayers) + " hidden layers");
            for (int w : widths)
                ok = ok && w >= f.lo && w <= f.hi;
            break;
        }
        case SettingType::Seed: // every value of its type
        case SettingType::Bool:
        case SettingType::Choice:
            break;
        }
        if (!ok)
            throw SettingError(std::string(f.name) + " " + settingNeeds(f));
    }
}

SettingOptionError::SettingOptionError(std::string option_, std::string value_, std::string needs_)
    : std::invalid_argument("--" + option_ + " " + needs_ + ", not '" + limits::excerpt(value_) +
                            "'"),
      option(std::move(option_)), value(std::move(value_)), needs(std::move(needs_))
{
}

void readSettingOptions(RunSettings& s,
                        const std::function<const std::string*(std::string_view)>& given)
{
    if (const std::string* seed = given("seed")) {
        std::uint64_t v = 0;
        const std::string t = trimmed(*seed);
        const auto r = std::from_chars(t.data(), t.data() + t.size(), v);
        if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size())
            throw SettingOptionError("seed", *seed, "needs a whole number >= 0");
        s.data.seed = s.initSeed = s.train.shuffleSeed = v;
    }
    for (const SettingField& f : fields) {
        if (!f.cliOption)
            continue;
        const std::string* value = given(f.cliOption);
        if (!f.valueName) { // a flag: present or not
            *std::get<bool*>(f.slot(s)) = value != nullptr;
            continue;
        }
        if (!value)
            continue;
        try {
            setSettingText(f, s, *value);
        } catch (const SettingError& e) {
            throw SettingOptionError(f.cliOption, *value, e.what());
        }
        const std::string_view name = f.name;
        if (name == "optimizer" && !given("learning-rate"))
            s.train.optimizer.learningRate =
                OptimizerConfig::defaultLearningRate(s.train.optimizer.kind);
        // The digits' own sizes unless given (the options come in the fields' order: the
        // sizes after the data set).
        if (name == "dataset" && s.data.kind == DatasetKind::Digits) {
            if (!given("train-size"))
                s.data.nTrain = digitsTrainRows;
            if (!given("val-size"))
                s.data.nVal = digitsValRows;
        }
        if (name == "validation_split")
            s.validation = ValidationMode::Split;
    }
}

std::vector<std::pair<std::string, std::string>> settingOptions(const RunSettings& s)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const SettingField& f : fields) {
        if (!f.cliOption || !f.appliesTo(s))
            continue;
        const std::string text = settingText(f, s);
        if (!f.valueName) {
            if (text == "true")
                out.emplace_back(f.cliOption, std::string());
        } else {
            out.emplace_back(f.cliOption, text);
        }
    }
    return out;
}

} // namespace core
