// A comparison file (File > Save comparison, `*.batchlab-comparison`): runs kept to be compared,
// each a complete run record (so each one replays bit for bit) with how the window shows it: its
// label, colour and whether it is overlaid. Read strictly, like run records: anything unknown,
// missing or out of range throws ComparisonError whose message starts with the JSON path
// ("runs[1].record.training.batch_size: ..."). Format: docs/run-record.md, "Comparisons".
#pragma once

#include "run_record.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

class ComparisonError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

struct ComparedRun {
    RunRecord record;
    std::string label;
    std::uint32_t colour = 0x1f77b4; // 0xRRGGBB
    bool shown = true;
};

struct Comparison {
    static constexpr int currentFormatVersion = 1;
    static constexpr std::size_t maxRuns = 64;
    static constexpr std::size_t maxLabelLength = 120;
    std::vector<ComparedRun> runs;
};

std::string writeComparison(const Comparison& c, const RecordOptions& options = {});
Comparison readComparison(std::string_view jsonText);
// Reads a file and parses it (the message names the file).
Comparison loadComparison(const std::string& path);

} // namespace core
