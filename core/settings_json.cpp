#include "settings_json.hpp"

#include "digits.hpp"
#include "settings_schema.hpp"

#include <sstream>

namespace core::json_io
{

std::string parseFailure(std::string_view text, const json::exception& e)
{
    // The library's words after its "[json.exception....] parse error at line L, column C: ".
    std::string why = e.what();
    if (const std::size_t close = why.find("] ");
        why.rfind("[json.exception.", 0) == 0 && close != std::string::npos)
        why.erase(0, close + 2);
    if (const std::size_t colon = why.find(": ");
        why.rfind("parse error", 0) == 0 && colon != std::string::npos)
        why.erase(0, colon + 2);
    why = limits::excerpt(why, 160);
    const auto* parse = dynamic_cast<const json::parse_error*>(&e);
    if (!parse)
        return "the text is not valid JSON: " + why;
    // parse_error::byte counts from 1; the line and column of that byte (columns in bytes).
    const std::size_t at =
        std::min<std::size_t>(parse->byte > 0 ? parse->byte - 1 : 0, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "the text is not valid JSON: line " + std::to_string(line) + ", column " +
           std::to_string(column) + ": " + why;
}

namespace
{

bool scalarArray(const ojson& j)
{
    if (!j.is_array())
        return false;
    for (const ojson& e : j)
        if (e.is_structured())
            return false;
    return true;
}

// Objects one key per line; arrays of numbers on one line; arrays of arrays one per line.
void pretty(std::ostringstream& out, const ojson& j, int indent)
{
    const std::string pad(static_cast<std::size_t>(indent) * 2, ' ');
    const std::string inner(static_cast<std::size_t>(indent + 1) * 2, ' ');
    if (j.is_object()) {
        if (j.empty()) {
            out << "{}";
            return;
        }
        out << "{\n";
        bool first = true;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!first)
                out << ",\n";
            first = false;
            out << inner << ojson(it.key()).dump() << ": ";
            pretty(out, it.value(), indent + 1);
        }
        out << "\n" << pad << "}";
    } else if (j.is_array() && !scalarArray(j)) {
        out << "[\n";
        bool first = true;
        for (const ojson& e : j) {
            if (!first)
                out << ",\n";
            first = false;
            out << inner;
            pretty(out, e, indent + 1);
        }
        out << "\n" << pad << "]";
    } else {
        out << j.dump();
    }
}

// The value of a field of the settings schema as JSON: numbers, booleans, arrays of widths,
// choices as their words.
ojson fieldJson(const RunSettings& s, const char* name)
{
    const SettingField& f = settingField(name);
    RunSettings& m = const_cast<RunSettings&>(s); // only read
    return std::visit(
        [&](auto* p) -> ojson {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_same_v<T, int> || std::is_same_v<T, std::uint64_t> ||
                          std::is_same_v<T, double> || std::is_same_v<T, bool> ||
                          std::is_same_v<T, std::vector<int>>)
                return ojson(*p);
            else
                return ojson(settingText(f, s));
        },
        f.slot(m));
}

// Reads `n` into the field `name` of `s` (readSettingField).
void readField(const Node& n, const char* name, RunSettings& s)
{
    readSettingField(n, settingField(name), s);
}

} // namespace

void readSettingField(const Node& n, const SettingField& f, RunSettings& s)
{
    try {
        switch (f.type) {
        case SettingType::Whole:
            setSettingWhole(
                f, s, n.integer(static_cast<std::int64_t>(f.lo), static_cast<std::int64_t>(f.hi)));
            return;
        case SettingType::Seed:
            *std::get<std::uint64_t*>(f.slot(s)) = n.seed();
            return;
        case SettingType::Number:
            setSettingNumber(f, s, n.finite());
            return;
        case SettingType::Bool:
            *std::get<bool*>(f.slot(s)) = n.boolean();
            return;
        case SettingType::Widths: {
            std::vector<int> widths;
            if (n.arraySize() > std::size_t(maxHiddenLayers))
                n.fail("at most " + std::to_string(maxHiddenLayers) + " hidden layers");
            for (std::size_t i = 0; i < n.arraySize(); ++i)
                widths.push_back(static_cast<int>(n.index(i).integer(
                    static_cast<std::int64_t>(f.lo), static_cast<std::int64_t>(f.hi))));
            *std::get<std::vector<int>*>(f.slot(s)) = std::move(widths);
            return;
        }
        case SettingType::Choice: {
            const std::string word = n.string();
            try {
                setSettingText(f, s, word);
            } catch (const SettingError&) {
                n.fail("'" + limits::excerpt(word) + "' is not one of " + f.choices);
            }
            return;
        }
        }
    } catch (const SettingError& e) {
        n.fail(e.what());
    }
}

std::string prettyText(const ojson& j)
{
    std::ostringstream out;
    pretty(out, j, 0);
    out << "\n";
    return out.str();
}

int readFormat(const Node& root, std::string_view name, int version)
{
    if (root.at("format").string() != name)
        root.at("format").fail("must be \"" + std::string(name) + "\"");
    const int v = static_cast<int>(root.at("format_version").integer(0, 1 << 30));
    if (v != version)
        root.at("format_version")
            .fail("version " + std::to_string(v) + " is not known (this BatchLab reads version " +
                  std::to_string(version) + ")");
    return v;
}

ojson generatorDataJson(const DataSpec& d)
{
    RunSettings s;
    s.data = d;
    ojson g{{"dataset", fieldJson(s, "dataset")},
            {"n_train", fieldJson(s, "n_train")},
            {"n_val", fieldJson(s, "n_val")},
            {"noise", fieldJson(s, "noise")},
            {"label_noise", fieldJson(s, "label_noise")},
            {"seed", fieldJson(s, "data_seed")}};
    // Written only where they mean something, so that documents of two-input data stay as
    // they were.
    if (settingField("classes").appliesTo(s))
        g["classes"] = fieldJson(s, "classes");
    if (d.extraInputs != 0)
        g["extra_inputs"] = fieldJson(s, "extra_inputs");
    if (d.cleanValidation)
        g["clean_validation"] = fieldJson(s, "clean_validation");
    // Bundled data carries its source and licence with every record.
    if (d.kind == DatasetKind::Digits)
        g["attribution"] = std::string(digits::attribution);
    return ojson{{"source", "generator"}, {"generator", std::move(g)}};
}

void readGenerator(const Node& g, DataSpec& d)
{
    g.object({"dataset", "n_train", "n_val", "noise", "label_noise", "seed", "classes",
              "extra_inputs", "clean_validation", "attribution"});
    RunSettings s;
    s.data = DataSpec{};
    s.data.nVal = 0;
    s.data.noise = 0.0;
    s.data.labelNoise = 0.0;
    s.data.seed = 1;
    readField(g.at("dataset"), "dataset", s);
    readField(g.at("n_train"), "n_train", s);
    for (const auto& [key, field] :
         {std::pair{"n_val", "n_val"}, std::pair{"noise", "noise"},
          std::pair{"label_noise", "label_noise"}, std::pair{"seed", "data_seed"},
          std::pair{"extra_inputs", "extra_inputs"},
          std::pair{"clean_validation", "clean_validation"}})
        if (g.has(key))
            readField(g.at(key), field, s);
    if (g.has("classes")) {
        if (!settingField("classes").appliesTo(s))
            g.at("classes").fail("only k-blobs and k-spiral have a number of classes");
        readField(g.at("classes"), "classes", s);
    }
    if (g.has("attribution") && !g.at("attribution").j.is_string())
        g.at("attribution").fail("must be a string");
    d = s.data;
}

void writeSettingsJson(ojson& j, const RunSettings& s)
{
    j["validation"] = s.validation == ValidationMode::Split
                          ? ojson{{"mode", fieldJson(s, "validation")},
                                  {"split", fieldJson(s, "validation_split")}}
                          : ojson{{"mode", fieldJson(s, "validation")}};
    j["model"] = ojson{{"hidden", fieldJson(s, "hidden")},
                       {"activation", fieldJson(s, "activation")},
                       {"init_seed", fieldJson(s, "init_seed")}};
    ojson opt{{"name", fieldJson(s, "optimizer")},
              {"learning_rate", fieldJson(s, "learning_rate")}};
    for (const char* field : {"momentum", "beta_1", "beta_2", "epsilon"})
        if (settingField(field).appliesTo(s))
            opt[field] = fieldJson(s, field);
    ojson es;
    for (const char* field : {"enabled", "monitor", "min_delta", "patience", "restore_best_weights",
                              "start_from_epoch"})
        es[field] = fieldJson(s, std::string_view(field) == "enabled" ? "early_stopping" : field);
    j["training"] = ojson{{"batch_size", fieldJson(s, "batch_size")},
                          {"epochs", fieldJson(s, "epochs")},
                          {"shuffle", fieldJson(s, "shuffle")},
                          {"shuffle_seed", fieldJson(s, "shuffle_seed")},
                          {"optimizer", std::move(opt)},
                          {"early_stopping", std::move(es)}};
    // Schedules, a growing batch, a goal and the noise scale are written only when used, so
    // that the documents of other runs stay as they were.
    ojson& t = j["training"];
    if (settingField("lr_schedule_unit").appliesTo(s)) {
        ojson sc{{"kind", fieldJson(s, "lr_schedule")}, {"unit", fieldJson(s, "lr_schedule_unit")}};
        for (const auto& [key, field] :
             {std::pair{"decay_rate", "lr_decay_rate"}, std::pair{"decay_every", "lr_decay_every"},
              std::pair{"warmup", "warmup"}, std::pair{"warmup_from", "warmup_from"}})
            if (settingField(field).appliesTo(s))
                sc[key] = fieldJson(s, field);
        t["lr_schedule"] = std::move(sc);
    }
    if (settingField("batch_growth_every").appliesTo(s))
        t["batch_growth"] = ojson{{"factor", fieldJson(s, "batch_growth")},
                                  {"every", fieldJson(s, "batch_growth_every")}};
    if (settingField("goal_value").appliesTo(s))
        t["goal"] = ojson{{"monitor", fieldJson(s, "goal")},
                          {"value", fieldJson(s, "goal_value")},
                          {"every", fieldJson(s, "goal_every")}};
    if (s.train.noiseScaleEvery != 0)
        t["noise_scale_every"] = fieldJson(s, "noise_scale_every");
}

void readSettingsJson(const Node& root, RunSettings& s)
{
    s.validation = ValidationMode::SeparateSet;
    if (root.has("validation")) {
        const Node v = root.at("validation");
        v.object({"mode", "split"});
        readField(v.at("mode"), "validation", s);
        if (s.validation == ValidationMode::Split)
            readField(v.at("split"), "validation_split", s);
        else if (v.has("split"))
            v.at("split").fail("goes with mode \"split\" only");
    }

    const Node m = root.at("model");
    m.object({"hidden", "activation", "init_seed"});
    readField(m.at("hidden"), "hidden", s);
    s.activation = Activation::Tanh;
    if (m.has("activation"))
        readField(m.at("activation"), "activation", s);
    s.initSeed = 1;
    if (m.has("init_seed"))
        readField(m.at("init_seed"), "init_seed", s);

    const Node t = root.at("training");
    t.object({"batch_size", "epochs", "shuffle", "shuffle_seed", "optimizer", "early_stopping",
              "lr_schedule", "batch_growth", "goal", "noise_scale_every"});
    readField(t.at("batch_size"), "batch_size", s);
    readField(t.at("epochs"), "epochs", s);
    s.train.shuffle = true;
    if (t.has("shuffle"))
        readField(t.at("shuffle"), "shuffle", s);
    s.train.shuffleSeed = 0;
    if (t.has("shuffle_seed"))
        readField(t.at("shuffle_seed"), "shuffle_seed", s);
    OptimizerConfig& o = s.train.optimizer;
    if (t.has("optimizer")) {
        const Node on = t.at("optimizer");
        on.object({"name", "learning_rate", "momentum", "beta_1", "beta_2", "epsilon"});
        readField(on.at("name"), "optimizer", s);
        // A field of another optimizer would be kept in memory and lost when written (found by
        // fuzzing the scenario round trip): refused, as "split" is without mode "split".
        if (on.has("momentum") && o.kind != OptimizerKind::Momentum)
            on.at("momentum").fail("goes with name \"momentum\" only");
        for (const char* adamOnly : {"beta_1", "beta_2", "epsilon"})
            if (on.has(adamOnly) && o.kind != OptimizerKind::Adam)
                on.at(adamOnly).fail("goes with name \"adam\" only");
        o.learningRate = OptimizerConfig::defaultLearningRate(o.kind);
        for (const char* field : {"learning_rate", "momentum", "beta_1", "beta_2", "epsilon"})
            if (on.has(field))
                readField(on.at(field), field, s);
        try {
            o.validate();
        } catch (const std::invalid_argument& e) {
            on.fail(e.what());
        }
    }
    if (t.has("early_stopping")) {
        const Node e = t.at("early_stopping");
        e.object({"enabled", "monitor", "min_delta", "patience", "restore_best_weights",
                  "start_from_epoch"});
        EarlyStoppingConfig& es = s.train.earlyStopping;
        es.enabled = true;
        es.minDelta = 0.0;
        es.patience = 0;
        es.restoreBestWeights = false;
        es.startFromEpoch = 0;
        for (const char* field : {"enabled", "monitor", "min_delta", "patience",
                                  "restore_best_weights", "start_from_epoch"})
            if (e.has(field))
                readField(e.at(field),
                          std::string_view(field) == "enabled" ? "early_stopping" : field, s);
    }
    TrainConfig defaults;
    s.train.lrSchedule = defaults.lrSchedule;
    if (t.has("lr_schedule")) {
        const Node sc = t.at("lr_schedule");
        sc.object({"kind", "unit", "decay_rate", "decay_every", "warmup", "warmup_from"});
        readField(sc.at("kind"), "lr_schedule", s);
        for (const auto& [key, field] :
             {std::pair{"unit", "lr_schedule_unit"}, std::pair{"decay_rate", "lr_decay_rate"},
              std::pair{"decay_every", "lr_decay_every"}, std::pair{"warmup", "warmup"},
              std::pair{"warmup_from", "warmup_from"}})
            if (sc.has(key)) {
                if (!settingField(field).appliesTo(s))
                    sc.at(key).fail("does not go with kind \"" +
                                    std::string(lrScheduleKey(s.train.lrSchedule.kind)) + "\"");
                readField(sc.at(key), field, s);
            }
    }
    s.train.batchGrowth = defaults.batchGrowth;
    if (t.has("batch_growth")) {
        const Node g = t.at("batch_growth");
        g.object({"factor", "every"});
        readField(g.at("factor"), "batch_growth", s);
        if (g.has("every"))
            readField(g.at("every"), "batch_growth_every", s);
    }
    s.train.goal = defaults.goal;
    if (t.has("goal")) {
        const Node g = t.at("goal");
        g.object({"monitor", "value", "every"});
        readField(g.at("monitor"), "goal", s);
        const bool hasGoal = s.train.goal.kind != GoalKind::None;
        for (const auto& [key, field] :
             {std::pair{"value", "goal_value"}, std::pair{"every", "goal_every"}})
            if (g.has(key)) {
                if (!hasGoal)
                    g.at(key).fail("goes with a monitor other than \"none\" only");
                readField(g.at(key), field, s);
            }
    }
    s.train.noiseScaleEvery = 0;
    if (t.has("noise_scale_every"))
        readField(t.at("noise_scale_every"), "noise_scale_every", s);
}

} // namespace core::json_io
