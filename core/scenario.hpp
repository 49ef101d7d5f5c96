// Classroom scenarios: what a teacher prepares for a lesson on a projector and students open.
// A scenario is the run's settings (the window's RunSettings), an optional lesson to start, how
// the window looks (font scale, high contrast), which control groups students do not see or
// cannot change, the pace and whether the run starts paused, and a title and note from the
// teacher. The format is docs/scenario.md; its settings part is exactly a run record's
// (settings_json.hpp), so the data, validation, model and training objects read the same.
//
// Reading is strict, as for run records: unknown keys, wrong types, out-of-range values, an
// unknown control name or format version throw ScenarioError whose message starts with the JSON
// path of the bad field ("classroom.font_scale: must be between 1 and 3"). No file is written
// here: the window writes the text atomically (QSaveFile).
#pragma once

#include "run_settings.hpp"

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

class ScenarioError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// The groups of controls a teacher can hide or lock, by their names in the file, in the order
// the window's controls panel shows them: playback (play, step, reset), pace, batch_size,
// epochs, data, validation, model, optimizer, early_stopping, defaults (restore defaults).
const std::vector<std::string>& controlGroupNames();
bool isControlGroupName(std::string_view name);

// The plots a presentation layout may show (in this order): "loss_per_epoch",
// "loss_per_update", "data".
const std::vector<std::string>& presentationPlotNames();

struct ClassroomOptions {
    static constexpr double minFontScale = 1.0;
    static constexpr double maxFontScale = 3.0;
    double fontScale = 1.0; // 1 = the desktop's font size
    bool highContrast = false;
    std::set<std::string> hidden; // names from controlGroupNames()
    std::set<std::string> locked;
    // The presentation layout (classroom mode): one or two large plots from
    // presentationPlotNames() with the exam view beside them; empty: the normal layout.
    // Optional in the file ("presentation"), so older scenarios read as before.
    std::vector<std::string> presentation;
    bool operator==(const ClassroomOptions&) const = default;
};

struct Scenario {
    static constexpr int currentFormatVersion = 1;
    static constexpr double maxPace = 100000.0;
    int formatVersion = currentFormatVersion;
    RunSettings settings;
    std::optional<std::string> lesson; // a lesson id (resources/lessons/<id>.<language>.json)
    ClassroomOptions classroom;
    bool startPaused = false;
    double pace = 0.0; // weight updates per second; 0 = full speed
    std::string title; // shown to students when the scenario opens; may be empty
    std::string note;
    bool operator==(const Scenario&) const = default;
};

// The scenario as JSON text (readable, one key per line).
std::string writeScenario(const Scenario& scenario);
// Parses and checks a scenario. Throws ScenarioError.
Scenario readScenario(std::string_view jsonText);

} // namespace core
