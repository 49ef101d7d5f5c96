// The headless command line's option reader (core::readSettingOptions, which `batchlab
// --headless` calls with the options QCommandLineParser found). An input is one option per
// line, "name=value" or "name" (a flag); the last value of an option wins, as in
// QCommandLineParser. Refusals are SettingOptionError only, and quote the value shortly; every
// accepted setting is of its field's type and range, and the options written back for the
// settings (core::settingOptions) read to the same settings.
#include "fuzz_check.hpp"

#include "limits.hpp"
#include "run_settings.hpp"
#include "settings_schema.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace
{

using Options = std::map<std::string, std::string, std::less<>>;

core::RunSettings read(const Options& given)
{
    core::RunSettings s = core::overfitPreset(); // what `batchlab --headless` starts from
    core::readSettingOptions(s, [&given](std::string_view o) -> const std::string* {
        const auto it = given.find(o);
        return it == given.end() ? nullptr : &it->second;
    });
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FUZZ_COUNT_CALL();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Options given;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        if (!line.empty()) {
            const std::size_t eq = line.find('=');
            given[std::string(line.substr(0, eq))] =
                eq == std::string_view::npos ? std::string() : std::string(line.substr(eq + 1));
        }
        start = end + 1;
    }

    core::RunSettings s;
    try {
        s = read(given);
    } catch (const core::SettingOptionError& e) {
        // The message names the option and quotes at most limits::maxQuoted characters of it.
        FUZZ_CHECK(std::string_view(e.what()).size() <=
                   e.option.size() + e.needs.size() + 4 * core::limits::maxQuoted + 16);
        return 0;
    }
    ++fuzzAccepted;
    for (const core::SettingField& f : core::settingFields()) {
        // Every value is one its field accepts, and its text reads back to it.
        core::RunSettings again = s;
        const std::string t = core::settingText(f, s);
        core::setSettingText(f, again, t); // throws (a finding) when out of range
        FUZZ_CHECK(again == s);
    }
    // The options written for the settings read back to the same settings.
    Options written;
    for (const auto& [option, value] : core::settingOptions(s))
        written[option] = value;
    core::RunSettings back;
    try {
        back = read(written);
    } catch (const core::SettingOptionError& e) {
        std::fprintf(stderr, "written options are refused: %s\n", e.what());
        FUZZ_CHECK(false);
    }
    for (const core::SettingField& f : core::settingFields())
        if (f.appliesTo(s))
            FUZZ_CHECK(core::settingText(f, back) == core::settingText(f, s));
    try {
        s.validate(); // the limits over several fields: refusals only, never a crash
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
