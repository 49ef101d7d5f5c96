// Classroom scenarios: read, and for every accepted scenario the write -> read round trip,
// which must give the same scenario and the same text. Refusals are ScenarioError only.
#include "format_words.hpp"
#include "fuzz_check.hpp"
#include "json_mutator.hpp"

#include "scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace
{
// Words of the format, for the structure-aware mutator (json_mutator.hpp).
const std::vector<std::string> words = formatWords(
    {settingsWords,
     {"batchlab-scenario", "title", "note", "lesson", "classroom", "font_scale", "high_contrast",
      "locked", "presentation", "loss_per_epoch", "loss_per_update", "data", "playback", "start_paused", "updates_per_second", "defaults", "language"}});
} // namespace

BATCHLAB_JSON_MUTATOR(words)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FUZZ_COUNT_CALL();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::Scenario s;
    try {
        s = core::readScenario(text);
    } catch (const core::ScenarioError&) {
        return 0;
    }
    ++fuzzAccepted;
    const std::string written = core::writeScenario(s);
    core::Scenario again;
    try {
        again = core::readScenario(written);
    } catch (const core::ScenarioError& e) {
        std::fprintf(stderr, "a written scenario is refused: %s\n", e.what());
        FUZZ_CHECK(false);
    }
    FUZZ_CHECK(again == s);
    FUZZ_CHECK(core::writeScenario(again) == written);
    return 0;
}
