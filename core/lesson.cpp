#include "lesson.hpp"

#include "cost_meter.hpp"
#include "run_spec.hpp"

#include "key_table.hpp"
#include "limits.hpp"
#include "settings_json.hpp"
#include "settings_schema.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace core
{

namespace
{

using nlohmann::json;

constexpr KeyTable<AnswerKind, 8> answerKeys{{
    {AnswerKind::UpdatesPerEpoch, "updates_per_epoch"},
    {AnswerKind::TotalUpdates, "total_updates"},
    {AnswerKind::LastBatchSize, "last_batch"},
    {AnswerKind::SamplesSeen, "samples_seen"},
    {AnswerKind::StoppedEpoch, "stopped_epoch"},
    {AnswerKind::BestEpoch, "best_epoch"},
    {AnswerKind::SweepBestBatchSize, "sweep_best_batch_size"},
    {AnswerKind::UpdatesToGoal, "updates_to_goal"},
}};

[[noreturn]] void fail(const std::string& where, const std::string& what)
{
    throw LessonError(where + ": " + what);
}

// Only the keys in `allowed`: a misspelt key is an error rather than silently ignored.
void onlyKeys(const json& j, const std::string& where,
              std::initializer_list<std::string_view> allowed)
{
    if (!j.is_object())
        fail(where, "must be an object");
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            fail(where, "unknown key \"" + limits::excerpt(it.key()) + "\"");
}

std::string text(const json& j, const std::string& where, const char* key, bool required)
{
    if (!j.contains(key)) {
        if (required)
            fail(where, std::string("\"") + key + "\" is missing");
        return {};
    }
    const json& v = j.at(key);
    if (!v.is_string())
        fail(where + "." + key, "must be a string");
    // A paragraph may be written as an array of lines; here it is one string.
    return v.get<std::string>();
}

std::string paragraphs(const json& j, const std::string& where, const char* key, bool required)
{
    if (j.contains(key) && j.at(key).is_array()) {
        std::string out;
        for (const json& line : j.at(key)) {
            if (!line.is_string())
                fail(where + "." + key, "must be a string or an array of strings");
            if (!out.empty())
                out += "\n\n";
            out += line.get<std::string>();
        }
        return out;
    }
    return text(j, where, key, required);
}

std::int64_t integer(const json& v, const std::string& where, std::int64_t lo, std::int64_t hi)
{
    if (!v.is_number_integer())
        fail(where, "must be a whole number");
    // An unsigned number beyond int64 would wrap to a negative one.
    if (v.is_number_unsigned() &&
        v.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        fail(where, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    const std::int64_t x = v.get<std::int64_t>();
    if (x < lo || x > hi)
        fail(where, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return x;
}

double number(const json& v, const std::string& where)
{
    if (!v.is_number())
        fail(where, "must be a number");
    const double x = v.get<double>();
    if (!std::isfinite(x))
        fail(where, "must be a finite number");
    return x;
}

bool boolean(const json& v, const std::string& where)
{
    if (!v.is_boolean())
        fail(where, "must be true or false");
    return v.get<bool>();
}

constexpr int maxInt = std::numeric_limits<int>::max();

// A lesson's settings are the schema's fields (core/settings_schema.hpp), read with its types and
// ranges (json_io::readSettingField): flat keys named as the fields ("batch_size"), except the
// early-stopping fields, which live in a nested object named by the last part of their JSON key
// ("early_stopping": {"enabled": true, "patience": 5}). Only "preset" is the lesson's own.
constexpr std::string_view earlyStoppingKey = "training.early_stopping.";

bool inEarlyStopping(const SettingField& f)
{
    return std::string_view(f.jsonKey).starts_with(earlyStoppingKey);
}

std::string_view lessonKey(const SettingField& f)
{
    return inEarlyStopping(f) ? std::string_view(f.jsonKey).substr(earlyStoppingKey.size())
                              : std::string_view(f.name);
}

// Reads the schema's fields of the settings object (earlyStopping false) or of its
// early_stopping object (true) from `j`, whose path is `where`.
void readSchemaFields(const json& j, const std::string& where, bool earlyStopping, RunSettings& s)
{
    if (!j.is_object())
        fail(where, "must be an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool known = !earlyStopping && (it.key() == "preset" || it.key() == "early_stopping");
        for (const SettingField& f : settingFields())
            known = known || (inEarlyStopping(f) == earlyStopping && lessonKey(f) == it.key());
        if (!known)
            fail(where, "unknown key \"" + limits::excerpt(it.key()) + "\"");
    }
    for (const SettingField& f : settingFields()) {
        if (inEarlyStopping(f) != earlyStopping)
            continue;
        const std::string key(lessonKey(f));
        if (!j.contains(key))
            continue;
        try {
            json_io::readSettingField(json_io::Node{j.at(key), where + "." + key, "the lesson"}, f,
                                      s);
        } catch (const json_io::JsonFieldError& e) {
            throw LessonError(e.what()); // "steps[2].settings.batch_size: must be between ..."
        }
    }
}

void applySettings(const json& j, const std::string& where, RunSettings& s)
{
    if (!j.is_object())
        fail(where, "must be an object");
    // The preset first, so that the other keys of the same object override it.
    if (j.contains("preset")) {
        const std::string p = text(j, where, "preset", true);
        if (p == "overfit")
            s = overfitPreset();
        else if (p == "keras")
            s = RunSettings{};
        else
            fail(where + ".preset", "must be \"overfit\" or \"keras\"");
    }
    readSchemaFields(j, where, false, s);
    if (j.contains("early_stopping"))
        readSchemaFields(j.at("early_stopping"), where + ".early_stopping", true, s);
}

void checkSettings(const RunSettings& s, const std::string& where)
{
    try {
        s.validate();
    } catch (const std::exception& e) {
        fail(where, std::string("these settings cannot train: ") + e.what());
    }
}

RunTarget parseTarget(const json& j, const std::string& where)
{
    onlyKeys(j, where, {"until_epoch", "until_update", "to_end"});
    RunTarget t;
    if (j.contains("until_epoch"))
        t.epoch = static_cast<int>(integer(j["until_epoch"], where + ".until_epoch", 1, 100000));
    if (j.contains("until_update"))
        t.update = integer(j["until_update"], where + ".until_update", 1, 100000000);
    if (j.contains("to_end"))
        t.toEnd = boolean(j["to_end"], where + ".to_end");
    if ((t.epoch > 0) + (t.update > 0) + (t.toEnd ? 1 : 0) != 1)
        fail(where, "needs exactly one of until_epoch, until_update or to_end");
    return t;
}

CurvePoint parsePoint(const json& j, const std::string& where)
{
    CurvePoint p;
    if (j.is_string()) {
        const std::string s = j.get<std::string>();
        if (s == "best")
            p.kind = CurvePoint::Best;
        else if (s == "end")
            p.kind = CurvePoint::End;
        else if (s == "goal")
            p.kind = CurvePoint::Goal;
        else
            fail(where, "must be an epoch, \"best\", \"end\", \"goal\" or {\"update\": U}");
        return p;
    }
    if (j.is_object()) {
        onlyKeys(j, where, {"update"});
        if (!j.contains("update"))
            fail(where, "must be an epoch, \"best\", \"end\", \"goal\" or {\"update\": U}");
        p.kind = CurvePoint::Update;
        p.update = integer(j["update"], where + ".update", 0, 100000000);
        return p;
    }
    p.kind = CurvePoint::Epoch;
    p.epoch = static_cast<int>(integer(j, where, 0, 100000));
    return p;
}

ShapeCheck parseShapeCheck(const json& j, const std::string& where, int stepNumber)
{
    onlyKeys(j, where,
             {"series", "is", "from", "to", "by", "within", "at", "than", "times", "says",
              "lesson_seed_only"});
    ShapeCheck c;
    const std::string series = text(j, where, "series", true);
    if (!parseSeries(series, c.series))
        fail(where + ".series", "unknown series \"" + series + "\"");
    const std::string shape = text(j, where, "is", true);
    if (!parseShape(shape, c.shape))
        fail(where + ".is", "must be falls, rises, flat, lower or higher");
    c.says = text(j, where, "says", false); // the sentence it checks, for the reader of the file
    if (j.contains("lesson_seed_only"))
        c.lessonSeedOnly = boolean(j["lesson_seed_only"], where + ".lesson_seed_only");
    if (j.contains("by")) {
        c.by = number(j["by"], where + ".by");
        if (c.by < 0)
            fail(where + ".by", "must not be negative");
    }
    const bool compare = c.shape == Shape::Lower || c.shape == Shape::Higher;
    if (compare) {
        if (j.contains("from") || j.contains("to") || j.contains("within"))
            fail(where, "lower and higher compare \"at\" with \"than\" (no from, to, within)");
        if (j.contains("at"))
            c.at = parsePoint(j["at"], where + ".at");
        if (!j.contains("than"))
            fail(where, "\"than\" is missing");
        const json& th = j["than"];
        const std::string w = where + ".than";
        onlyKeys(th, w, {"at", "step", "value"});
        if (th.contains("value")) {
            if (th.contains("at") || th.contains("step"))
                fail(w, "a value cannot have \"at\" or \"step\"");
            c.thanValue = number(th["value"], w + ".value");
        }
        if (th.contains("at"))
            c.than = parsePoint(th["at"], w + ".at");
        if (th.contains("step")) {
            c.thanStep = static_cast<int>(integer(th["step"], w + ".step", 1, 1000));
            if (c.thanStep > stepNumber)
                fail(w + ".step", "must be this step or an earlier one");
        }
        if (j.contains("times")) {
            c.times = number(j["times"], where + ".times");
            if (c.times <= 0)
                fail(where + ".times", "must be more than 0");
        }
        // At the goal, between epoch ends, only the weight updates done are known.
        if ((c.at.kind == CurvePoint::Goal || (!c.thanValue && c.than.kind == CurvePoint::Goal)) &&
            c.series != Series::Updates)
            fail(where + ".series", "at \"goal\" only \"updates\" is known");
    } else {
        if (j.contains("at") || j.contains("than") || j.contains("times"))
            fail(where, "falls, rises and flat take \"from\" and \"to\"");
        c.from.kind = CurvePoint::Epoch;
        if (j.contains("from"))
            c.from = parsePoint(j["from"], where + ".from");
        if (j.contains("to"))
            c.to = parsePoint(j["to"], where + ".to");
        if (c.from.kind == CurvePoint::Goal || c.to.kind == CurvePoint::Goal)
            fail(where, "a range cannot end at \"goal\" (lower and higher can compare there)");
        if (c.from.kind == CurvePoint::Epoch && c.to.kind == CurvePoint::Epoch &&
            c.to.epoch <= c.from.epoch)
            fail(where + ".to", "must come after \"from\"");
        if (c.shape == Shape::Flat) {
            if (!j.contains("within"))
                fail(where, "flat needs \"within\" (the largest spread that counts as flat)");
            c.within = number(j["within"], where + ".within");
            if (c.within < 0)
                fail(where + ".within", "must not be negative");
        } else if (j.contains("within")) {
            fail(where + ".within", "is only for flat");
        }
    }
    return c;
}

// A sweep of a step or check: the batch sizes and seeds, checked as planSweep checks them (the
// named sweep limits) with `settings` as its base.
LessonSweep parseLessonSweep(const json& j, const std::string& where, const RunSettings& settings)
{
    onlyKeys(j, where, {"batch_sizes", "seeds"});
    LessonSweep w;
    if (j.contains("batch_sizes")) {
        const json& b = j["batch_sizes"];
        if (!b.is_array() || b.empty())
            fail(where + ".batch_sizes", "must be a non-empty array of batch sizes");
        if (b.size() > std::size_t(limits::maxSweepValues))
            fail(where + ".batch_sizes",
                 "at most " + std::to_string(limits::maxSweepValues) + " batch sizes");
        for (const json& v : b)
            w.batchSizes.push_back(double(integer(v, where + ".batch_sizes", 1, 1000000)));
    }
    if (j.contains("seeds"))
        w.seeds = static_cast<int>(integer(j["seeds"], where + ".seeds", 1, limits::maxSweepSeeds));
    try {
        (void)planSweep(lessonSweepSpec(settings, w));
    } catch (const std::exception& e) {
        fail(where, std::string("this sweep cannot run: ") + e.what());
    }
    return w;
}

SweepClaim parseSweepClaim(const json& j, const std::string& where)
{
    onlyKeys(
        j, where,
        {"column", "lowest_at", "highest_at", "all_above", "all_below", "spread_below", "says"});
    SweepClaim c;
    const std::string column = text(j, where, "column", true);
    if (!parseSweepColumn(column, c.column))
        fail(where + ".column", "unknown column \"" + limits::excerpt(column) + "\"");
    (void)text(j, where, "says", false);
    int kinds = 0;
    const std::pair<const char*, SweepClaim::Kind> keys[] = {
        {"lowest_at", SweepClaim::Kind::LowestAt},
        {"highest_at", SweepClaim::Kind::HighestAt},
        {"all_above", SweepClaim::Kind::AllAbove},
        {"all_below", SweepClaim::Kind::AllBelow},
        {"spread_below", SweepClaim::Kind::SpreadBelow}};
    for (const auto& [key, kind] : keys)
        if (j.contains(key)) {
            ++kinds;
            c.kind = kind;
            c.number = number(j[key], where + "." + key);
        }
    if (kinds != 1)
        fail(where, "needs exactly one of lowest_at, highest_at, all_above, all_below or "
                    "spread_below");
    return c;
}

StepExpectation parseExpectation(const json& j, const std::string& where, int stepNumber)
{
    onlyKeys(j, where,
             {"updates_per_epoch", "total_updates", "last_batch", "stopped_epoch", "best_epoch",
              "shapes", "sweep", "meters"});
    StepExpectation e;
    if (j.contains("updates_per_epoch"))
        e.updatesPerEpoch = static_cast<int>(
            integer(j["updates_per_epoch"], where + ".updates_per_epoch", 1, maxInt));
    if (j.contains("total_updates"))
        e.totalUpdates = integer(j["total_updates"], where + ".total_updates", 1,
                                 std::numeric_limits<std::int64_t>::max());
    if (j.contains("last_batch"))
        e.lastBatch = static_cast<int>(integer(j["last_batch"], where + ".last_batch", 1, maxInt));
    if (j.contains("stopped_epoch"))
        e.stoppedEpoch =
            static_cast<int>(integer(j["stopped_epoch"], where + ".stopped_epoch", 1, maxInt));
    if (j.contains("best_epoch"))
        e.bestEpoch = static_cast<int>(integer(j["best_epoch"], where + ".best_epoch", 1, maxInt));
    if (j.contains("shapes")) {
        const json& s = j["shapes"];
        if (!s.is_array())
            fail(where + ".shapes", "must be an array");
        for (std::size_t k = 0; k < s.size(); ++k)
            e.shapes.push_back(
                parseShapeCheck(s[k], where + ".shapes[" + std::to_string(k) + "]", stepNumber));
    }
    if (j.contains("sweep")) {
        const json& s = j["sweep"];
        if (!s.is_array())
            fail(where + ".sweep", "must be an array");
        for (std::size_t k = 0; k < s.size(); ++k)
            e.sweep.push_back(parseSweepClaim(s[k], where + ".sweep[" + std::to_string(k) + "]"));
    }
    if (j.contains("meters")) {
        const json& m = j["meters"];
        if (!m.is_array())
            fail(where + ".meters", "must be an array");
        for (const json& v : m) {
            MeterClaim c{};
            if (!v.is_string() || !parseMeterClaim(v.get<std::string>(), c))
                fail(where + ".meters",
                     "must name noise_falls, noise_zero_at_n, noise_follows_formula, bytes_grow "
                     "or updates_per_epoch_fall");
            e.meters.push_back(c);
        }
    }
    return e;
}

// Every {name} of a text must be a placeholder BatchLab knows (a typo would show as is).
void checkPlaceholders(const std::string& text, const std::string& where, bool allowAnswer)
{
    static constexpr std::string_view known[] = {"N",
                                                 "B",
                                                 "E",
                                                 "updates_per_epoch",
                                                 "last_batch",
                                                 "total_updates",
                                                 "samples_seen",
                                                 "n_val",
                                                 "patience",
                                                 "memory_ratio"};
    for (std::size_t open = text.find('{'); open != std::string::npos;
         open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos)
            fail(where, "a '{' without its '}'");
        const std::string name = text.substr(open + 1, close - open - 1);
        const bool ok = std::find(std::begin(known), std::end(known), name) != std::end(known) ||
                        (allowAnswer && name == "answer");
        if (!ok)
            fail(where, "unknown placeholder {" + limits::excerpt(name) + "}");
    }
}

} // namespace

namespace
{
constexpr KeyTable<LessonAxis, 4> lessonAxisKeys{{
    {LessonAxis::Epoch, "epoch"},
    {LessonAxis::Update, "update"},
    {LessonAxis::Samples, "samples"},
    {LessonAxis::Seconds, "seconds"},
}};
constexpr KeyTable<PaperPlot, 7> paperPlotKeys{{
    {PaperPlot::Auto, "auto"},
    {PaperPlot::PerEpoch, "per_epoch"},
    {PaperPlot::PerUpdate, "per_update"},
    {PaperPlot::Sweep, "sweep"},
    {PaperPlot::Noise, "noise"},
    {PaperPlot::Cost, "cost"},
    {PaperPlot::None, "none"},
}};
} // namespace

std::string_view paperPlotKey(PaperPlot p)
{
    return keyOf(paperPlotKeys, p);
}

bool parsePaperPlot(std::string_view key, PaperPlot& out)
{
    return parseKey(paperPlotKeys, key, out);
}

std::string_view lessonAxisKey(LessonAxis a)
{
    return keyOf(lessonAxisKeys, a);
}

bool parseLessonAxis(std::string_view key, LessonAxis& out)
{
    return parseKey(lessonAxisKeys, key, out);
}

std::string_view answerKindKey(AnswerKind k)
{
    return keyOf(answerKeys, k);
}

bool parseAnswerKind(std::string_view key, AnswerKind& out)
{
    return parseKey(answerKeys, key, out);
}

bool answerFromSettings(AnswerKind k)
{
    return k != AnswerKind::StoppedEpoch && k != AnswerKind::BestEpoch &&
           k != AnswerKind::SweepBestBatchSize && k != AnswerKind::UpdatesToGoal;
}

RunFacts plannedFacts(const RunSettings& s)
{
    RunFacts f;
    f.trainingRows = s.trainingRows();
    f.batchSize = s.train.batchSize;
    f.updatesPerEpoch = stepsPerEpoch(f.trainingRows, f.batchSize);
    f.lastBatch = f.trainingRows - (f.updatesPerEpoch - 1) * std::min(f.batchSize, f.trainingRows);
    f.epochs = s.train.epochs;
    f.updates = static_cast<std::int64_t>(f.epochs) * f.updatesPerEpoch;
    f.samplesSeen = static_cast<std::int64_t>(f.epochs) * f.trainingRows;
    return f;
}

RunFacts factsOfOutcome(const RunSettings& s, const Outcome& outcome)
{
    RunFacts f = plannedFacts(s);
    f.epochs = outcome.epochs;
    f.updates = outcome.updates;
    f.bestEpoch = outcome.bestEpoch;
    // Whole epochs plus the rows of a partial one (a cancelled run).
    const std::int64_t partial =
        outcome.updates - static_cast<std::int64_t>(outcome.epochs) * f.updatesPerEpoch;
    f.samplesSeen = static_cast<std::int64_t>(outcome.epochs) * f.trainingRows +
                    std::max<std::int64_t>(0, partial) * std::min(f.batchSize, f.trainingRows);
    return f;
}

std::int64_t answerOf(AnswerKind k, const RunFacts& f)
{
    switch (k) {
    case AnswerKind::UpdatesPerEpoch:
        return f.updatesPerEpoch;
    case AnswerKind::TotalUpdates:
    case AnswerKind::UpdatesToGoal: // the run stopped at its goal
        return f.updates;
    case AnswerKind::LastBatchSize:
        return f.lastBatch;
    case AnswerKind::SamplesSeen:
        return f.samplesSeen;
    case AnswerKind::StoppedEpoch:
        return f.epochs;
    case AnswerKind::BestEpoch:
        return f.bestEpoch;
    case AnswerKind::SweepBestBatchSize: // from a sweep's summary, not one run's facts
        return -1;
    }
    return 0;
}

std::int64_t RunTarget::pauseAfterUpdate(const RunSettings& s) const
{
    const std::int64_t steps = stepsPerEpoch(s.trainingRows(), s.train.batchSize);
    if (update > 0)
        return update;
    if (epoch > 0)
        return epoch * steps;
    return static_cast<std::int64_t>(s.train.epochs) * steps;
}

void applySettingsJson(std::string_view jsonObjectText, RunSettings& s)
{
    json j;
    try {
        j = json::parse(jsonObjectText);
    } catch (const json::exception& e) {
        throw LessonError(std::string("settings: not valid JSON: ") + e.what());
    }
    applySettings(j, "settings", s);
}

namespace
{

// A step's "paper" object: `earlier` are the steps before `step` (which is not yet among them).
PaperView parsePaper(const json& j, const std::string& where,
                     const std::vector<LessonStep>& earlier, const LessonStep& step)
{
    onlyKeys(j, where, {"plot", "runs", "x_axis", "table", "text", "best_mark", "wrong_questions"});
    PaperView v;
    if (j.contains("plot") &&
        (!j["plot"].is_string() || !parsePaperPlot(j["plot"].get<std::string>(), v.plot)))
        fail(where + ".plot", "must be \"auto\", \"per_epoch\", \"per_update\", \"sweep\", "
                              "\"noise\", \"cost\" or \"none\"");
    if ((v.plot == PaperPlot::Sweep && !step.sweep) ||
        (v.plot == PaperPlot::Noise && step.meter != LessonMeter::Noise) ||
        (v.plot == PaperPlot::Cost && step.meter != LessonMeter::Cost))
        fail(where + ".plot", "names a sweep or meter that the step does not have");
    const int self = int(earlier.size()) + 1;
    if (j.contains("runs")) {
        if (!j["runs"].is_array() || j["runs"].empty())
            fail(where + ".runs", "must be a non-empty array of step numbers");
        for (std::size_t k = 0; k < j["runs"].size(); ++k) {
            const std::string at = where + ".runs[" + std::to_string(k) + "]";
            const int n = int(integer(j["runs"][k], at, 1, self));
            const LessonStep& s = n == self ? step : earlier[std::size_t(n - 1)];
            if (!s.target.runs())
                fail(at, "step " + std::to_string(n) + " has no run");
            if (std::find(v.runs.begin(), v.runs.end(), n) != v.runs.end())
                fail(at, "names step " + std::to_string(n) + " twice");
            v.runs.push_back(n);
        }
    }
    if (j.contains("x_axis") &&
        (!j["x_axis"].is_string() ||
         !parseLessonAxis(j["x_axis"].get<std::string>(), v.xAxis.emplace())))
        fail(where + ".x_axis", "must be \"epoch\", \"update\", \"samples\" or \"seconds\"");
    if (j.contains("table"))
        v.table = boolean(j["table"], where + ".table");
    if (j.contains("wrong_questions")) {
        v.wrongQuestions = boolean(j["wrong_questions"], where + ".wrong_questions");
        if (v.wrongQuestions &&
            (!step.target.runs() || !isClassification(taskOf(step.settings.data.kind))))
            fail(where + ".wrong_questions",
                 "needs a step that runs and generated data of classes (the questions it shows)");
    }
    v.text = paragraphs(j, where, "text", false);
    checkPlaceholders(v.text, where + ".text", false);
    v.bestMark = text(j, where, "best_mark", false);
    checkPlaceholders(v.bestMark, where + ".best_mark", false);
    const bool anyRun =
        step.target.runs() || std::any_of(earlier.begin(), earlier.end(),
                                          [](const LessonStep& s) { return s.target.runs(); });
    if ((v.plot == PaperPlot::PerEpoch || v.plot == PaperPlot::PerUpdate || v.table) && !anyRun)
        fail(where, "shows a run, but no step up to it runs");
    return v;
}

} // namespace

Lesson parseLesson(std::string_view jsonText)
{
    json j;
    try {
        j = json::parse(jsonText);
    } catch (const json::exception& e) {
        throw LessonError(std::string("not valid JSON: ") + e.what());
    }
    onlyKeys(j, "lesson",
             {"format", "id", "language", "order", "title", "summary", "settings", "steps", "check",
              "quiz"});
    if (j.contains("format") && integer(j["format"], "format", 1, 1) != 1)
        fail("format", "must be 1");
    Lesson l;
    l.id = text(j, "lesson", "id", true);
    if (l.id.empty() ||
        l.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        fail("id", "must be lower-case letters, digits and '-'");
    l.language = text(j, "lesson", "language", true);
    if (l.language.size() < 2 || l.language.size() > 5)
        fail("language", "must be a language code such as \"en\" or \"ko\"");
    if (j.contains("order"))
        l.order = static_cast<int>(integer(j["order"], "order", 0, 1000));
    l.title = text(j, "lesson", "title", true);
    l.summary = paragraphs(j, "lesson", "summary", false);
    checkPlaceholders(l.summary, "summary", false);
    if (j.contains("settings"))
        applySettings(j["settings"], "settings", l.settings);
    checkSettings(l.settings, "settings");

    if (!j.contains("steps") || !j["steps"].is_array() || j["steps"].empty())
        fail("steps", "must be a non-empty array");
    if (j["steps"].size() > std::size_t(limits::maxLessonSteps))
        fail("steps", "holds " + std::to_string(j["steps"].size()) + " steps, more than the " +
                          "lesson step limit (" + std::to_string(limits::maxLessonSteps) + ")");
    RunSettings current = l.settings;
    for (std::size_t i = 0; i < j["steps"].size(); ++i) {
        const json& js = j["steps"][i];
        const std::string where = "steps[" + std::to_string(i) + "]";
        onlyKeys(js, where,
                 {"title", "text", "settings", "run", "continue", "speed", "x_axis", "sweep",
                  "meter", "expect", "paper"});
        LessonStep step;
        step.title = text(js, where, "title", false);
        step.text = paragraphs(js, where, "text", true);
        checkPlaceholders(step.title, where + ".title", false);
        checkPlaceholders(step.text, where + ".text", false);
        // Settings carry over from step to step, so a step names only what it changes.
        if (js.contains("settings"))
            applySettings(js["settings"], where + ".settings", current);
        checkSettings(current, where + ".settings");
        step.settings = current;
        if (js.contains("run"))
            step.target = parseTarget(js["run"], where + ".run");
        if (js.contains("continue"))
            step.restart = !boolean(js["continue"], where + ".continue");
        if (!step.restart && js.contains("settings"))
            fail(where, "a step that continues the run cannot change its settings");
        if (!step.restart && i == 0)
            fail(where, "the first step has no run to continue");
        if (js.contains("speed")) {
            step.speed = number(js["speed"], where + ".speed");
            if (step.speed < 0 || (step.speed > 0 && step.speed < limits::minPace))
                fail(where + ".speed", "must be 0 (full speed) or at least " + std::string("0.01") +
                                           " updates per second (the pace limit)");
        }
        if (js.contains("x_axis")) {
            LessonAxis a{};
            if (!js["x_axis"].is_string() || !parseLessonAxis(js["x_axis"].get<std::string>(), a))
                fail(where + ".x_axis",
                     "must be \"epoch\", \"update\", \"samples\" or \"seconds\"");
            step.xAxis = a;
        }
        if (js.contains("sweep")) {
            if (js.contains("run") || js.contains("continue"))
                fail(where + ".sweep", "a step trains either a sweep or a run, not both");
            step.sweep = parseLessonSweep(js["sweep"], where + ".sweep", step.settings);
        }
        if (js.contains("meter")) {
            LessonMeter m{};
            if (!js["meter"].is_string() || !parseLessonMeter(js["meter"].get<std::string>(), m))
                fail(where + ".meter", "must be \"noise\" or \"cost\"");
            step.meter = m;
        }
        if (step.target.runs() && step.target.epoch > step.settings.train.epochs)
            fail(where + ".run.until_epoch", "is beyond the step's epochs");
        if (step.target.update > plannedFacts(step.settings).updates)
            fail(where + ".run.until_update", "is beyond the step's updates");
        if (js.contains("expect"))
            step.expect =
                parseExpectation(js["expect"], where + ".expect", static_cast<int>(i) + 1);
        if (!step.expect.sweep.empty() && !step.sweep)
            fail(where + ".expect.sweep", "speaks about a sweep, but the step has none");
        if ((step.expect.bestEpoch || !step.expect.shapes.empty()) && !step.target.runs() &&
            std::none_of(l.steps.begin(), l.steps.end(),
                         [](const LessonStep& s) { return s.target.runs(); }))
            fail(where + ".expect", "speaks about a run, but no step before it runs");
        if (js.contains("paper"))
            step.paper = parsePaper(js["paper"], where + ".paper", l.steps, step);
        l.steps.push_back(std::move(step));
    }

    if (!j.contains("check"))
        fail("check", "is missing: every lesson ends with a check question");
    const json& jc = j["check"];
    onlyKeys(jc, "check",
             {"question", "settings", "answer", "tolerance", "explanation", "stated", "sweep"});
    l.check.question = paragraphs(jc, "check", "question", true);
    l.check.explanation = paragraphs(jc, "check", "explanation", false);
    checkPlaceholders(l.check.question, "check.question", false);
    checkPlaceholders(l.check.explanation, "check.explanation", true);
    l.check.settings = l.settings;
    if (jc.contains("settings"))
        applySettings(jc["settings"], "check.settings", l.check.settings);
    checkSettings(l.check.settings, "check.settings");
    const std::string kind = text(jc, "check", "answer", true);
    if (!parseAnswerKind(kind, l.check.answer))
        fail("check.answer", "unknown answer \"" + kind + "\"");
    if ((l.check.answer == AnswerKind::StoppedEpoch) &&
        !l.check.settings.train.earlyStopping.enabled)
        fail("check.answer", "stopped_epoch needs early stopping in the check's settings");
    if (l.check.answer == AnswerKind::UpdatesToGoal &&
        l.check.settings.train.goal.kind == GoalKind::None)
        fail("check.answer", "updates_to_goal needs a goal in the check's settings");
    if (jc.contains("sweep"))
        l.check.sweep = parseLessonSweep(jc["sweep"], "check.sweep", l.check.settings);
    if ((l.check.answer == AnswerKind::SweepBestBatchSize) != l.check.sweep.has_value())
        fail("check.sweep", "goes with the answer sweep_best_batch_size, and it with a sweep");
    if (jc.contains("tolerance"))
        l.check.tolerance = static_cast<int>(integer(jc["tolerance"], "check.tolerance", 0, 1000));
    if (jc.contains("stated"))
        l.check.stated =
            integer(jc["stated"], "check.stated", -1, std::numeric_limits<std::int64_t>::max());
    if (j.contains("quiz")) {
        const json& jq = j["quiz"];
        if (!jq.is_array())
            fail("quiz", "must be an array of questions");
        if (jq.size() > std::size_t(limits::maxQuizQuestions))
            fail("quiz", "holds " + std::to_string(jq.size()) + " questions, more than the " +
                             "quiz question limit (" + std::to_string(limits::maxQuizQuestions) +
                             ")");
        for (std::size_t i = 0; i < jq.size(); ++i) {
            const std::string where = "quiz[" + std::to_string(i) + "]";
            onlyKeys(jq[i], where, {"question", "choices", "answer", "why"});
            QuizQuestion q;
            q.question = text(jq[i], where, "question", true);
            q.why = text(jq[i], where, "why", false);
            if (q.question.empty())
                fail(where + ".question", "must not be empty");
            if (!jq[i].contains("choices") || !jq[i]["choices"].is_array())
                fail(where + ".choices", "must be an array of answers");
            for (const json& c : jq[i]["choices"]) {
                if (!c.is_string() || c.get<std::string>().empty())
                    fail(where + ".choices", "must be non-empty strings");
                q.choices.push_back(c.get<std::string>());
            }
            if (q.choices.size() < 2 || q.choices.size() > 6)
                fail(where + ".choices", "must hold 2 to 6 answers");
            if (!jq[i].contains("answer"))
                fail(where, "\"answer\" is missing");
            q.answer = static_cast<int>(integer(jq[i]["answer"], where + ".answer", 0,
                                                static_cast<int>(q.choices.size()) - 1));
            l.quiz.push_back(std::move(q));
        }
    }
    return l;
}

namespace
{

// 40000 -> "40,000": numbers as the window shows them (English and Korean group by thousands).
std::string grouped(std::int64_t v)
{
    const std::string digits = std::to_string(v);
    const std::size_t sign = v < 0 ? 1 : 0;
    std::string out = digits.substr(0, sign);
    for (std::size_t i = sign; i < digits.size(); ++i) {
        if (i > sign && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

// How many times the memory of one batch of B questions is that of one question, as the cost
// meter computes it (core/cost_meter.hpp).
std::int64_t memoryRatio(const RunSettings& s, const RunFacts& f)
{
    try {
        const NetworkSpec net = specOf(s).networkSpec();
        const double one = double(batchMemory(net, 1).total());
        const double batch =
            double(batchMemory(net, std::min(f.batchSize, f.trainingRows)).total());
        return one > 0 ? std::llround(batch / one) : 0;
    } catch (const std::exception&) {
        return 0; // settings that cannot train are refused elsewhere
    }
}

} // namespace

std::string fillPlaceholders(std::string_view text, const RunSettings& s,
                             std::optional<std::int64_t> answer)
{
    const RunFacts f = plannedFacts(s);
    const bool wantsMemory = text.find("{memory_ratio}") != std::string_view::npos;
    const std::pair<std::string_view, std::int64_t> values[] = {
        {"N", f.trainingRows},
        {"B", f.batchSize},
        {"E", f.epochs},
        {"updates_per_epoch", f.updatesPerEpoch},
        {"last_batch", f.lastBatch},
        {"total_updates", f.updates},
        {"samples_seen", f.samplesSeen},
        {"n_val", s.validation == ValidationMode::SeparateSet ? s.data.nVal
                                                              : s.data.nTrain - f.trainingRows},
        {"patience", s.train.earlyStopping.patience},
        {"memory_ratio", wantsMemory ? memoryRatio(s, f) : 0},
    };
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = text.substr(i + 1, close - i - 1);
                bool done = false;
                for (const auto& [key, value] : values)
                    if (key == name) {
                        out += grouped(value);
                        done = true;
                        break;
                    }
                if (!done && name == "answer" && answer) {
                    out += grouped(*answer);
                    done = true;
                }
                if (done) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

} // namespace core
