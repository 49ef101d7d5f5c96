#include "scenario.hpp"

#include "settings_json.hpp"

#include <algorithm>
#include <cmath>

namespace core
{

using json_io::json;
using json_io::Node;
using json_io::ojson;

namespace
{

constexpr std::string_view formatName = "batchlab-scenario";
constexpr const char* document = "the scenario";
constexpr std::size_t maxTitleLength = 200;
constexpr std::size_t maxNoteLength = 5000;

std::size_t characters(const std::string& utf8)
{
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // not a continuation byte
    }));
}

std::string text(const Node& n, std::size_t maxLength)
{
    std::string s = n.string();
    if (characters(s) > maxLength)
        n.fail("must be at most " + std::to_string(maxLength) + " characters");
    return s;
}

ojson names(const std::set<std::string>& set)
{
    // In the panel's order, not alphabetically: easier to compare with the window.
    ojson a = ojson::array();
    for (const std::string& name : controlGroupNames())
        if (set.count(name))
            a.push_back(name);
    return a;
}

std::vector<std::string> readPresentation(const Node& n)
{
    std::vector<std::string> out;
    if (n.arraySize() < 1 || n.arraySize() > 2)
        n.fail("must name one or two plots");
    for (std::size_t i = 0; i < n.arraySize(); ++i) {
        const Node e = n.index(i);
        const std::string name = e.string();
        const auto& known = presentationPlotNames();
        if (std::find(known.begin(), known.end(), name) == known.end())
            e.fail("'" + name + "' is not one of loss_per_epoch, loss_per_update, data");
        if (std::find(out.begin(), out.end(), name) != out.end())
            e.fail("'" + name + "' is listed twice");
        out.push_back(name);
    }
    return out;
}

std::set<std::string> readNames(const Node& n)
{
    std::string choices;
    for (const std::string& name : controlGroupNames())
        choices += (choices.empty() ? "" : ", ") + name;
    std::set<std::string> out;
    for (std::size_t i = 0; i < n.arraySize(); ++i) {
        const Node e = n.index(i);
        const std::string name = e.string();
        if (!isControlGroupName(name))
            e.fail("'" + name + "' is not one of " + choices);
        if (!out.insert(name).second)
            e.fail("'" + name + "' is listed twice");
    }
    return out;
}

Scenario readParsed(const json& j)
{
    const Node root{j, "", document};
    root.object({"format", "format_version", "title", "note", "lesson", "data", "validation",
                 "model", "training", "classroom", "playback"});
    Scenario s;
    s.formatVersion = json_io::readFormat(root, formatName, Scenario::currentFormatVersion);
    if (root.has("title"))
        s.title = text(root.at("title"), maxTitleLength);
    if (root.has("note"))
        s.note = text(root.at("note"), maxNoteLength);
    if (root.has("lesson")) {
        const Node l = root.at("lesson");
        const std::string id = l.string();
        const bool plain =
            !id.empty() && id.size() <= 100 && std::all_of(id.begin(), id.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_';
            });
        if (!plain)
            l.fail("a lesson id is 1 to 100 letters, digits, '-' or '_'");
        s.lesson = id;
    }

    const Node d = root.at("data");
    d.object({"source", "generator"});
    if (d.at("source").string() != "generator")
        d.at("source").fail("a scenario's data must be \"generator\" (the window's data sets)");
    json_io::readGenerator(d.at("generator"), s.settings.data);
    json_io::readSettingsJson(root, s.settings);

    if (root.has("classroom")) {
        const Node c = root.at("classroom");
        c.object({"font_scale", "high_contrast", "hidden", "locked", "presentation"});
        ClassroomOptions& o = s.classroom;
        if (c.has("font_scale")) {
            o.fontScale = c.at("font_scale").finite();
            if (o.fontScale < ClassroomOptions::minFontScale ||
                o.fontScale > ClassroomOptions::maxFontScale)
                c.at("font_scale").fail("must be between 1 and 3");
        }
        if (c.has("high_contrast"))
            o.highContrast = c.at("high_contrast").boolean();
        if (c.has("hidden"))
            o.hidden = readNames(c.at("hidden"));
        if (c.has("locked"))
            o.locked = readNames(c.at("locked"));
        if (c.has("presentation"))
            o.presentation = readPresentation(c.at("presentation"));
    }
    if (root.has("playback")) {
        const Node p = root.at("playback");
        p.object({"start_paused", "updates_per_second"});
        if (p.has("start_paused"))
            s.startPaused = p.at("start_paused").boolean();
        if (p.has("updates_per_second")) {
            s.pace = p.at("updates_per_second").finite();
            if (s.pace != 0.0 && !(s.pace >= 1.0 && s.pace <= Scenario::maxPace))
                p.at("updates_per_second").fail("must be 0 (full speed) or between 1 and 100000");
        }
    }
    try {
        s.settings.validate();
    } catch (const std::invalid_argument& e) {
        root.fail(std::string("cannot train: ") + e.what());
    }
    return s;
}

} // namespace

const std::vector<std::string>& controlGroupNames()
{
    static const std::vector<std::string> all{
        "playback",   "pace",  "batch_size", "epochs",         "data",
        "validation", "model", "optimizer",  "early_stopping", "defaults"};
    return all;
}

bool isControlGroupName(std::string_view name)
{
    const auto& all = controlGroupNames();
    return std::find(all.begin(), all.end(), name) != all.end();
}

std::string writeScenario(const Scenario& s)
{
    ojson j = ojson::object();
    j["format"] = formatName;
    j["format_version"] = s.formatVersion;
    if (!s.title.empty())
        j["title"] = s.title;
    if (!s.note.empty())
        j["note"] = s.note;
    if (s.lesson)
        j["lesson"] = *s.lesson;
    j["data"] = json_io::generatorDataJson(s.settings.data);
    json_io::writeSettingsJson(j, s.settings);
    j["classroom"] = ojson{{"font_scale", s.classroom.fontScale},
                           {"high_contrast", s.classroom.highContrast},
                           {"hidden", names(s.classroom.hidden)},
                           {"locked", names(s.classroom.locked)}};
    if (!s.classroom.presentation.empty())
        j["classroom"]["presentation"] = s.classroom.presentation;
    j["playback"] = ojson{{"start_paused", s.startPaused}, {"updates_per_second", s.pace}};
    return json_io::prettyText(j);
}

const std::vector<std::string>& presentationPlotNames()
{
    static const std::vector<std::string> names{"loss_per_epoch", "loss_per_update", "data"};
    return names;
}

Scenario readScenario(std::string_view text)
{
    return json_io::readStrict<ScenarioError>(text, document, readParsed);
}

} // namespace core
