// Comparison files (File > Open comparison): read, and for every accepted comparison the
// write -> read round trip, which must give the same text again. Refusals are ComparisonError
// only.
#include "format_words.hpp"
#include "fuzz_check.hpp"
#include "json_mutator.hpp"

#include "comparison.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace
{
// Words of the format (the comparison's own and its run records'), for the mutator.
const std::vector<std::string> words =
    formatWords({settingsWords,
                 runRecordWords,
                 {"batchlab-comparison", "format_version", "runs", "label", "colour", "shown",
                  "record", "overfitting_from_epoch", "#1f77b4"}});
} // namespace

BATCHLAB_JSON_MUTATOR(words)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FUZZ_COUNT_CALL();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::Comparison c;
    try {
        c = core::readComparison(text);
    } catch (const core::ComparisonError&) {
        return 0;
    }
    ++fuzzAccepted;
    const std::string written = core::writeComparison(c);
    core::Comparison again;
    try {
        again = core::readComparison(written);
    } catch (const core::ComparisonError& e) {
        std::fprintf(stderr, "a written comparison is refused: %s\n", e.what());
        FUZZ_CHECK(false);
    }
    FUZZ_CHECK(again.runs.size() == c.runs.size());
    FUZZ_CHECK(core::writeComparison(again) == written);
    return 0;
}
