// Classroom scenarios: read, and for every accepted scenario the write -> read round trip,
// which must give the same scenario and the same text. Refusals are ScenarioError only.
#include "fuzz_check.hpp"

#include "scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
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
