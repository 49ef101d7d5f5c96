#include "comparison.hpp"

#include "limits.hpp"

#include "settings_json.hpp"

#include <fstream>
#include <sstream>

namespace core
{

namespace
{

using json_io::json;
using json_io::Node;
using json_io::ojson;

constexpr const char* formatName = "batchlab-comparison";

std::string colourText(std::uint32_t rgb)
{
    static const char hex[] = "0123456789abcdef";
    std::string s = "#";
    for (int shift = 20; shift >= 0; shift -= 4)
        s += hex[(rgb >> shift) & 0xf];
    return s;
}

std::uint32_t readColour(const Node& n)
{
    const std::string s = n.string();
    std::uint32_t v = 0;
    bool ok = s.size() == 7 && s[0] == '#';
    for (std::size_t i = 1; ok && i < s.size(); ++i) {
        const char c = s[i];
        const int d = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        ok = d >= 0;
        v = v * 16 + std::uint32_t(std::max(d, 0));
    }
    if (!ok)
        n.fail("must be a colour written #rrggbb");
    return v;
}

Comparison readParsed(const json& j)
{
    const Node root{j, "", "the comparison"};
    root.object({"format", "format_version", "runs"});
    json_io::readFormat(root, formatName, Comparison::currentFormatVersion);
    const Node runs = root.at("runs");
    const std::size_t n = runs.arraySize();
    if (n == 0)
        runs.fail("must hold at least one run");
    if (n > Comparison::maxRuns)
        runs.fail("holds " + std::to_string(n) + " runs; at most " +
                  std::to_string(Comparison::maxRuns) + " are read");
    Comparison c;
    for (std::size_t i = 0; i < n; ++i) {
        const Node r = runs.index(i);
        r.object({"label", "colour", "shown", "record"});
        ComparedRun run;
        run.label = r.at("label").string();
        if (run.label.empty() || run.label.size() > Comparison::maxLabelLength)
            r.at("label").fail("must have 1 to " + std::to_string(Comparison::maxLabelLength) +
                               " characters");
        run.colour = readColour(r.at("colour"));
        run.shown = r.at("shown").boolean();
        const Node record = r.at("record");
        if (!record.j.is_object())
            record.fail("must be an object (a run record)");
        try {
            run.record = readRunRecord(record.j.dump());
        } catch (const RunRecordError& e) {
            throw json_io::JsonFieldError(record.path + "." + e.what());
        }
        if (!run.record.history)
            record.fail("must hold the run's history (a comparison shows runs as they were)");
        c.runs.push_back(std::move(run));
    }
    return c;
}

} // namespace

std::string writeComparison(const Comparison& c, const RecordOptions& options)
{
    ojson root;
    root["format"] = formatName;
    root["format_version"] = Comparison::currentFormatVersion;
    ojson runs = ojson::array();
    for (const ComparedRun& r : c.runs) {
        ojson one;
        one["label"] = r.label;
        one["colour"] = colourText(r.colour);
        one["shown"] = r.shown;
        one["record"] = ojson::parse(writeRunRecord(r.record, options));
        runs.push_back(std::move(one));
    }
    root["runs"] = std::move(runs);
    return json_io::prettyText(root);
}

Comparison readComparison(std::string_view text)
{
    return json_io::readStrict<ComparisonError>(text, "the comparison", readParsed);
}

Comparison loadComparison(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw ComparisonError(path + ": cannot be read");
    try {
        limits::checkRecordFileBytes(static_cast<std::int64_t>(in.tellg()));
    } catch (const LimitError& e) {
        throw ComparisonError(path + ": " + e.what());
    }
    in.seekg(0);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw ComparisonError(path + ": cannot be read");
    try {
        return readComparison(text.str());
    } catch (const ComparisonError& e) {
        throw ComparisonError(path + ": " + e.what());
    }
}

} // namespace core
