// Run records: read, and for every accepted record the write -> read round trip, which must
// accept what was written and reach a fixed point (writing the re-read record gives the same
// text). Refusals are RunRecordError only (and LimitError when writing a network too large for
// a record's weights).
#include "format_words.hpp"
#include "fuzz_check.hpp"
#include "json_mutator.hpp"

#include "limits.hpp"
#include "run_record.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace
{
// Words of the format, for the structure-aware mutator (json_mutator.hpp).
const std::vector<std::string> words = formatWords({settingsWords, runRecordWords});
} // namespace

BATCHLAB_JSON_MUTATOR(words)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FUZZ_COUNT_CALL();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::RunRecord r;
    try {
        r = core::readRunRecord(text);
    } catch (const core::RunRecordError&) {
        return 0;
    }
    ++fuzzAccepted;
    const core::NetworkSpec net = r.spec.networkSpec();
    // Writing a record of a large network is slow (seconds per input); its limits are tested
    // by tst_run_record. Small networks cover the same code.
    if (core::limits::parameterCount(net.inputs, net.hidden) > 20000)
        return 0;
    std::string written;
    try {
        written = core::writeRunRecord(r);
    } catch (const core::LimitError&) {
        return 0;
    }
    core::RunRecord again;
    try {
        again = core::readRunRecord(written);
    } catch (const core::RunRecordError& e) {
        std::fprintf(stderr, "a written record is refused: %s\n", e.what());
        FUZZ_CHECK(false);
    }
    FUZZ_CHECK(core::writeRunRecord(again) == written);
    return 0;
}
