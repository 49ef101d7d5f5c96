// The JSON of a run's settings, shared by run records (run_record.cpp) and classroom scenarios
// (scenario.cpp): the generator data, validation, model and training objects, written in one
// readable layout and read strictly. Also the strict reader's tools: Node, a JSON value with the
// path that leads to it, whose checks throw JsonFieldError("training.batch_size: ...").
// Internal to core's JSON formats; documented for users in docs/run-record.md and
// docs/scenario.md.
#pragma once

#include "limits.hpp"
#include "run_settings.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

namespace core
{
struct SettingField;
}

namespace core::json_io
{

using json = nlohmann::json;
using ojson = nlohmann::ordered_json; // written in a readable order

// A field that cannot be read; the message starts with its path.
class JsonFieldError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// A JSON value with the path that leads to it, for messages. `document` names the whole value
// (the root has an empty path): "the record: must be an object".
struct Node {
    const json& j;
    std::string path;
    const char* document = "the record";

    [[noreturn]] void fail(const std::string& what) const
    {
        throw JsonFieldError((path.empty() ? std::string(document) : path) + ": " + what);
    }
    std::string child(std::string_view key) const
    {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    const Node object(std::initializer_list<std::string_view> allowed) const
    {
        if (!j.is_object())
            fail("must be an object");
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool known = false;
            for (std::string_view a : allowed)
                known = known || it.key() == a;
            if (!known)
                Node{it.value(), child(limits::excerpt(it.key())), document}.fail("unknown field");
        }
        return *this;
    }
    bool has(std::string_view key) const { return j.contains(key); }
    Node at(std::string_view key) const
    {
        const std::string p = child(key);
        if (!j.contains(key))
            throw JsonFieldError(p + ": missing (required)");
        return Node{j.at(std::string(key)), p, document};
    }
    Node index(std::size_t i) const
    {
        return Node{j.at(i), path + "[" + std::to_string(i) + "]", document};
    }
    double toNumber(bool nullIsNan = false) const
    {
        if (nullIsNan && j.is_null())
            return std::numeric_limits<double>::quiet_NaN();
        if (!j.is_number())
            fail("must be a number");
        return j.get<double>();
    }
    double finite() const
    {
        const double v = toNumber();
        if (!std::isfinite(v))
            fail("must be a finite number");
        return v;
    }
    std::int64_t integer(std::int64_t lo, std::int64_t hi) const
    {
        if (!j.is_number_integer())
            fail("must be a whole number");
        if (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(hi))
            fail("must be at most " + std::to_string(hi));
        const auto v = j.get<std::int64_t>();
        if (v < lo || v > hi)
            fail("must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        return v;
    }
    std::uint64_t seed() const
    {
        if (!j.is_number_unsigned())
            fail("must be a whole number >= 0");
        return j.get<std::uint64_t>();
    }
    bool boolean() const
    {
        if (!j.is_boolean())
            fail("must be true or false");
        return j.get<bool>();
    }
    std::string string() const
    {
        if (!j.is_string())
            fail("must be a string");
        return j.get<std::string>();
    }
    std::size_t arraySize() const
    {
        if (!j.is_array())
            fail("must be an array");
        return j.size();
    }
};

// One of a fixed set of names, parsed by `parse(name, out)`; else fails listing `choices`.
template <typename Enum, typename Parse>
Enum readKey(const Node& n, Parse parse, const char* choices)
{
    Enum e{};
    const std::string s = n.string();
    if (!parse(s, e))
        n.fail("'" + limits::excerpt(s) + "' is not one of " + choices);
    return e;
}

// Checks the document's "format" (must be `name`) and "format_version" (must be `version`, the
// one this BatchLab reads); returns the version.
int readFormat(const Node& root, std::string_view name, int version);

// A sentence for a document that is not JSON: "the text is not valid JSON: line 3, column 7:
// a ',' or '}' is missing after a value" (the line and column of the byte where parsing stopped),
// without the JSON library's "[json.exception.parse_error.101]".
std::string parseFailure(std::string_view text, const json::exception& e);

// Parses `text` and reads it with `read(const json&)`, turning every failure into an `Error`:
// "not valid JSON: ...", the message of a JsonFieldError (which starts with the field's path),
// or "<document> cannot be read: ..." (every access is checked first; this is a safety net).
template <typename Error, typename Read>
auto readStrict(std::string_view text, const char* document, Read read)
{
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) { // a syntax error, or a number out of double's range
        throw Error(parseFailure(text, e));
    }
    try {
        return read(j);
    } catch (const JsonFieldError& e) {
        throw Error(e.what());
    } catch (const json::exception& e) {
        throw Error(std::string(document) + " cannot be read: " + e.what());
    }
}

// The document as text: objects one key per line, arrays of numbers on one line, arrays of
// arrays one element per line; a final newline.
std::string prettyText(const ojson& j);

// {"source": "generator", "generator": {"dataset": ..., "n_train": ..., ...}}
ojson generatorDataJson(const DataSpec& d);
// Reads the "generator" object (the value of data.generator).
void readGenerator(const Node& g, DataSpec& d);

// Reads the JSON value `n` into the field `f` of `s`, checked against the schema's type and range
// (settings_schema.hpp): whole numbers must be JSON integers, numbers finite, choices their
// words, widths an array. Fails with n's path ("steps[2].settings.batch_size: must be between 1
// and 1000000"). Used by the records and scenarios below and by lessons (core/lesson.cpp).
void readSettingField(const Node& n, const SettingField& f, RunSettings& s);

// Adds "validation", "model" and "training" of `s` to the object `j` (in that order).
void writeSettingsJson(ojson& j, const RunSettings& s);
// Reads the same three fields of the object `root` into `s` (the data is read by the caller).
void readSettingsJson(const Node& root, RunSettings& s);

} // namespace core::json_io
