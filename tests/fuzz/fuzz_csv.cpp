// CSV import and preview. The first byte chooses the options (header, separator, task,
// standardising, target column) and the last byte more of them (rows with missing cells
// dropped, columns left out or chosen, classes asked for); the rest is the file (the last byte
// included). Class answers must be indices below the number of classes, within the class limit,
// with their names distinct and sorted (numbers by value, words by their bytes). Accepted data must
// be finite, of the shape the file has, and standardised to finite numbers; refusals are
// CsvImportError only.
#include "fuzz_check.hpp"

#include "csv_import.hpp"
#include "limits.hpp"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FUZZ_COUNT_CALL();
    if (size == 0)
        return 0;
    const std::uint8_t o = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const core::CsvHeader header =
        o % 3 == 0 ? core::CsvHeader::Auto
                   : (o % 3 == 1 ? core::CsvHeader::Present : core::CsvHeader::Absent);
    static constexpr char delimiters[] = {0, ',', ';', '\t'};
    const char delimiter = delimiters[(o >> 2) & 3];
    try {
        const core::CsvPreview p = core::previewCsv(text, 5, header, delimiter);
        FUZZ_CHECK(p.rows.size() <= 5);
        FUZZ_CHECK(p.dataRows >= 0);
    } catch (const core::CsvImportError&) {
    }
    core::CsvImportOptions options;
    options.header = header;
    options.delimiter = delimiter;
    options.standardize = (o & 16) != 0;
    if (o & 32)
        options.task = (o & 64) ? core::TaskKind::BinaryClassification : core::TaskKind::Regression;
    if (o & 128)
        options.targetIndex = 1;
    const std::uint8_t more = data[size - 1];
    options.dropIncomplete = (more & 1) != 0;
    if (more & 2)
        options.dropColumns = {"1"};
    if (more & 4)
        options.inputColumns = {"2", "3"};
    if ((o & 32) && (more & 8))
        options.task = core::TaskKind::MultiClassClassification;
    try {
        const core::CsvImport r = core::importCsv(text, options);
        ++fuzzAccepted;
        FUZZ_CHECK(r.data.rows() >= 1);
        FUZZ_CHECK(r.data.y.size() == r.data.x.rows());
        FUZZ_CHECK(r.data.x.allFinite() && r.data.y.allFinite());
        FUZZ_CHECK(static_cast<int>(r.inputNames.size()) == r.data.inputs());
        FUZZ_CHECK(r.means.size() == r.inputNames.size() && r.scales.size() == r.means.size());
        for (std::size_t c = 0; c < r.means.size(); ++c)
            FUZZ_CHECK(std::isfinite(r.means[c]) && std::isfinite(r.scales[c]) &&
                       r.scales[c] > 0.0);
        FUZZ_CHECK(r.data.inputs() >= 1 && r.data.inputs() <= core::limits::maxInputs);
        if (r.data.task == core::TaskKind::BinaryClassification)
            for (Eigen::Index i = 0; i < r.data.y.size(); ++i)
                FUZZ_CHECK(r.data.y(i) == 0.0 || r.data.y(i) == 1.0);
        const auto& names = r.data.classNames;
        if (r.data.task == core::TaskKind::MultiClassClassification) {
            // Names may be left out where the answers 0, 1, ... name themselves (the classes
            // 0 and 1 asked for as a multi-class task): then the class count follows from them.
            const auto k = static_cast<double>(core::classCount(r.data));
            FUZZ_CHECK(names.empty() || names.size() >= 2);
            FUZZ_CHECK(k >= 2 && k <= static_cast<double>(core::limits::maxClasses));
            for (Eigen::Index i = 0; i < r.data.y.size(); ++i)
                FUZZ_CHECK(r.data.y(i) >= 0.0 && r.data.y(i) < k &&
                           r.data.y(i) == std::floor(r.data.y(i)));
        }
        if (r.data.task == core::TaskKind::Regression)
            FUZZ_CHECK(names.empty());
        // Numbers are classes in numeric order (2 before 18), words in the order of their
        // bytes; either way no name twice.
        const auto number = [](const std::string& s, double& v) {
            const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
            return r.ec == std::errc() && r.ptr == s.data() + s.size();
        };
        bool numbers = true;
        std::vector<double> values(names.size());
        for (std::size_t c = 0; c < names.size(); ++c)
            numbers = numbers && number(names[c], values[c]);
        for (std::size_t c = 1; c < names.size(); ++c)
            FUZZ_CHECK(numbers ? values[c - 1] < values[c] : names[c - 1] < names[c]);
        FUZZ_CHECK(r.droppedRows >= 0 && r.inputColumns.size() == r.inputNames.size());
    } catch (const core::CsvImportError&) {
    }
    return 0;
}
