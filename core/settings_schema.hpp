// The one schema of a run's settings: every field of core::RunSettings with its name (Keras's
// where Keras has one), type, range, JSON key, command line option, QSettings key and help text.
// The JSON formats (settings_json), `batchlab --headless` (readSettingOptions below) and the
// window's QSettings (ui/session/settings_store) all read and write through it, so a limit is
// written once. Ranges are checked here; what depends on several fields (parameters, memory,
// rows) is RunSettings::validate's.
#pragma once

#include "run_settings.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace core
{

enum class SettingType {
    Whole,  // an int in [lo, hi]
    Seed,   // an unsigned 64-bit integer
    Number, // a finite double in the range (ends open when asked)
    Bool,   // true or false
    Choice, // one of the words of `choices`
    Widths, // hidden layer widths: at most maxHiddenLayers, each in [lo, hi]
};

constexpr int maxHiddenLayers = 16;

// Where a field lives in a RunSettings.
using SettingSlot =
    std::variant<int*, std::uint64_t*, double*, bool*, std::vector<int>*, DatasetKind*,
                 ValidationMode*, Activation*, OptimizerKind*, Monitor*, LrScheduleKind*,
                 ScheduleUnit*, GoalKind*>;

struct SettingField {
    const char* name;      // "batch_size"
    const char* jsonKey;   // its path in the JSON of records and scenarios: "training.batch_size"
    const char* cliOption; // `batchlab --headless --batch-size`; nullptr: none
    const char* valueName; // the option's value in the help ("B"); nullptr: a flag
    const char* storeKey;  // QSettings key in the group "run"
    SettingType type;
    double lo = 0, hi = 0; // Whole, Number, Widths (of each width)
    bool openLo = false, openHi = false;
    const char* choices = nullptr; // Choice: "tanh, relu, sigmoid, linear"
    const char* help = nullptr;    // English; the command line translates it ("Headless")
    SettingSlot (*slot)(RunSettings&) = nullptr;
    // Whether the field means anything in `s` (momentum only with the momentum optimizer, ...):
    // the JSON writes it, and a JSON document may hold it, only then. nullptr: always.
    bool (*applies)(const RunSettings&) = nullptr;

    bool appliesTo(const RunSettings& s) const { return !applies || applies(s); }
};

// All fields, in the order of the JSON documents.
std::span<const SettingField> settingFields();
// The field of that name; throws std::out_of_range for an unknown name (a programming error).
const SettingField& settingField(std::string_view name);

// A value that does not fit its field; what() says what it needs, e.g. "needs a whole number
// from 1 to 1000000" (the caller names the field or option and quotes the value).
class SettingError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// What a value of the field must be: "needs a whole number from 1 to 1000000", "needs a number
// in (0, 1)", "must be one of tanh, relu, sigmoid, linear", ...
std::string settingNeeds(const SettingField& f);

// The field's value as text that setSettingText reads back exactly (numbers shortest
// round-trip, widths "64,64" or "none", choices their words, booleans true/false).
std::string settingText(const SettingField& f, const RunSettings& s);
// Reads `text` (surrounding spaces ignored; booleans also yes/no/on/off/1/0) into the field;
// throws SettingError when it is not of the field's type and range.
void setSettingText(const SettingField& f, RunSettings& s, std::string_view text);

// Checks a value read in a typed format (JSON) against the field's range and stores it. Throw
// SettingError like setSettingText.
void setSettingWhole(const SettingField& f, RunSettings& s, std::int64_t v);
void setSettingNumber(const SettingField& f, RunSettings& s, double v);

// Checks every field of `s` that applies to it against its range, as the readers above check
// what they read: for settings made in code (RunSettings::validate, RunSpec::validate). With
// `generatedData` false the generator's fields (data.*) are left out (a run on explicit rows).
// Throws SettingError naming the field: "batch_size needs a whole number from 1 to 1000000".
void checkSettingRanges(const RunSettings& s, bool generatedData = true);

// ---- the headless command line ---------------------------------------------------------------

// An option of the command line that cannot be read: "--batch-size needs a whole number from 1
// to 1000000, not 'x'" (the value quoted at most limits::maxQuoted characters).
class SettingOptionError : public std::invalid_argument
{
public:
    SettingOptionError(std::string option, std::string value, std::string needs);
    std::string option; // without "--"
    std::string value;
    std::string needs; // settingNeeds(), or another sentence
};

// `given(option)` is the value of an option that was given (an empty string for a flag), or
// nullptr. Applies, over `s`, every setting option of the table in its order, and the
// command line's shorthands: --seed (data, init and shuffle seeds; the single seeds given too
// override it), --optimizer (resets the learning rate to Keras's default for it unless
// --learning-rate is given), --validation-split (switches to split validation), the flags
// --early-stopping and --restore-best-weights (absent: false). Pure: no files, no data, no
// allocation beyond the settings. Throws SettingOptionError.
void readSettingOptions(RunSettings& s,
                        const std::function<const std::string*(std::string_view)>& given);

// The options that make readSettingOptions give `s` from any start (the inverse, for tests and
// the fuzz harness's round trip): pairs of option (without "--") and value ("" for a flag).
std::vector<std::pair<std::string, std::string>> settingOptions(const RunSettings& s);

} // namespace core
