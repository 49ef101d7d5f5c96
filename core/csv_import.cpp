#include "csv_import.hpp"

#include "limits.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace core
{

namespace
{

struct Line {
    int number = 0; // 1-based line in the file
    std::vector<std::string> fields;
};

std::string trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Splits one line (in time linear in its length); a field may be double-quoted ("a, b" and "" for a
// quote).
std::vector<std::string> splitFields(std::string_view line, char delim, int lineNo,
                                     std::int64_t maxFields = limits::maxDataCells)
{
    std::vector<std::string> out;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && std::all_of(field.begin(), field.end(), isBlank)) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == delim) {
            if (static_cast<std::int64_t>(out.size()) + 2 > maxFields)
                throw CsvImportError("the file holds more than " +
                                         std::to_string(limits::maxDataCells) +
                                         " cells, over the data size limit (rows × columns)",
                                     lineNo);
            out.push_back(wasQuoted ? field : trim(field));
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        throw CsvImportError("line " + std::to_string(lineNo) + ": a quote is not closed", lineNo);
    out.push_back(wasQuoted ? field : trim(field));
    return out;
}

enum class Cell { Number, Empty, NotFinite, Text };

Cell parseNumber(const std::string& s, double& v)
{
    if (s.empty())
        return Cell::Empty;
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ptr != last || ec == std::errc::invalid_argument)
        return Cell::Text;
    if (ec == std::errc::result_out_of_range || !std::isfinite(v))
        return Cell::NotFinite;
    return Cell::Number;
}

std::string quote(std::string_view s)
{
    return limits::excerpt(s);
}

std::string at(int line, int column)
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string showValue(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest exact form
    return std::string(buf, r.ptr);
}

} // namespace

namespace
{

// The file's non-blank lines, with the delimiter and the header decided. Lines are split into
// fields when they are used (one at a time), so that memory stays that of the text plus a few
// bytes per line.
struct Table {
    char delimiter = ',';
    bool hadHeader = false;
    std::vector<std::string_view> raw; // non-blank lines, the header (if any) first
    std::vector<int> numbers;          // their 1-based numbers in the file
    std::vector<std::string> first;    // the first line's fields

    std::size_t size() const { return raw.size(); }
    Line line(std::size_t i) const
    {
        return {numbers[i], splitFields(raw[i], delimiter, numbers[i])};
    }
};

Table readTable(std::string_view text, CsvHeader header, char delimiter)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (text.find('\0') != std::string_view::npos)
        throw CsvImportError("this is not a text file (it holds zero bytes)");

    // Lines with content (blank lines are skipped but keep their numbers).
    Table t;
    {
        int no = 0;
        std::size_t pos = 0;
        while (pos <= text.size()) {
            std::size_t end = text.find('\n', pos);
            if (end == std::string_view::npos)
                end = text.size();
            ++no;
            const std::string_view l = text.substr(pos, end - pos);
            if (!std::all_of(l.begin(), l.end(), isBlank)) {
                // Every line holds at least one cell: the data size limit bounds the lines.
                if (static_cast<std::int64_t>(t.raw.size()) >= limits::maxDataCells)
                    throw CsvImportError("the file has more than " +
                                         std::to_string(limits::maxDataCells) +
                                         " lines, over the data size limit (rows × columns)");
                t.raw.push_back(l);
                t.numbers.push_back(no);
            }
            pos = end + 1;
        }
    }
    if (t.raw.empty())
        throw CsvImportError("the file is empty");

    t.delimiter = delimiter;
    if (t.delimiter == 0) {
        t.delimiter = ',';
        for (char c : {',', ';', '\t'})
            if (t.raw.front().find(c) != std::string_view::npos) {
                t.delimiter = c;
                break;
            }
    }
    // Every line is checked (an unclosed quote), then let go.
    std::int64_t cells = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::size_t fields =
            splitFields(t.raw[i], t.delimiter, t.numbers[i], limits::maxDataCells - cells).size();
        cells += static_cast<std::int64_t>(fields);
        if (cells > limits::maxDataCells)
            throw CsvImportError("the file holds more than " +
                                 std::to_string(limits::maxDataCells) +
                                 " cells, over the data size limit (rows × columns)");
    }
    t.first = t.line(0).fields;

    if (header == CsvHeader::Auto) {
        bool anyNumber = false;
        for (const std::string& f : t.first) {
            double v = 0.0;
            anyNumber = anyNumber || parseNumber(f, v) != Cell::Text;
        }
        t.hadHeader = !anyNumber;
    } else {
        t.hadHeader = header == CsvHeader::Present;
    }
    return t;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw CsvImportError(path + ": cannot be opened");
    try {
        limits::checkFileBytes(static_cast<std::int64_t>(in.tellg()));
    } catch (const LimitError& e) {
        throw CsvImportError(path + ": " + e.what());
    }
    in.seekg(0);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw CsvImportError(path + ": cannot be read");
    return text.str();
}

// Mean 0 and standard deviation 1 for input column c. Values far from 1 in magnitude are
// divided by the column's largest magnitude first, so that neither the mean nor the variance
// overflows (1e308 and 1e308) or underflows (1e-200 and 2e-200); what still cannot be
// standardised is refused, naming the column.
void standardizeColumn(CsvImport& r, int c)
{
    auto x = r.data.x.col(c).array();
    const double largest = x.abs().maxCoeff();
    const bool scaled = largest > 1e150 || (largest > 0.0 && largest < 1e-150);
    const double unit = scaled ? largest : 1.0;
    const Eigen::ArrayXd y = x / unit;
    const double meanY = y.mean();
    const double varY = (y - meanY).square().mean();
    const double sdY = varY > 0.0 ? std::sqrt(varY) : 1.0;
    const double mean = meanY * unit;
    const double scale = varY > 0.0 ? sdY * unit : 1.0;
    const Eigen::ArrayXd z =
        varY > 0.0 ? Eigen::ArrayXd((y - meanY) / sdY) : Eigen::ArrayXd((x - mean) / scale);
    const std::string& name = r.inputNames[static_cast<std::size_t>(c)];
    if (!std::isfinite(mean) || !std::isfinite(scale) || !(scale > 0.0) || !z.allFinite())
        throw CsvImportError("the input column (" + quote(name) +
                                 ") cannot be standardised: its values are too far apart for "
                                 "double precision",
                             0, 0);
    x = z;
    r.means[static_cast<std::size_t>(c)] = mean;
    r.scales[static_cast<std::size_t>(c)] = scale;
}

} // namespace

CsvPreview previewCsv(std::string_view text, int maxRows, CsvHeader header, char delimiter)
{
    const Table t = readTable(text, header, delimiter);
    CsvPreview p;
    p.delimiter = t.delimiter;
    p.hadHeader = t.hadHeader;
    const std::size_t columns = t.first.size();
    for (std::size_t c = 0; c < columns; ++c)
        p.names.push_back(t.hadHeader ? t.first[c]
                                      : std::string("x").append(std::to_string(c + 1)));
    const std::size_t first = t.hadHeader ? 1 : 0;
    p.dataRows = static_cast<int>(t.size() - first);
    for (std::size_t i = first; i < t.size() && p.rows.size() < std::size_t(std::max(0, maxRows));
         ++i)
        p.rows.push_back(t.line(i).fields);
    return p;
}

CsvPreview previewCsvFile(const std::string& path, int maxRows, CsvHeader header, char delimiter)
{
    const std::string text = readFile(path);
    try {
        return previewCsv(text, maxRows, header, delimiter);
    } catch (const CsvImportError& e) {
        throw CsvImportError(path + ": " + e.what(), e.line(), e.column());
    }
}

CsvImport importCsv(std::string_view text, const CsvImportOptions& options)
{
    const Table table = readTable(text, options.header, options.delimiter);
    CsvImport r;
    r.hadHeader = table.hadHeader;
    const std::size_t columns = table.first.size();
    const int firstLine = table.numbers.front();
    if (columns < 2)
        throw CsvImportError("line " + std::to_string(firstLine) +
                                 ": only one column; the file needs at least one input column "
                                 "and a target column (is the separator ',', ';' or tab?)",
                             firstLine);
    const std::size_t firstData = r.hadHeader ? 1 : 0;
    if (table.size() <= firstData)
        throw CsvImportError("the file has a header but no rows of data");

    std::vector<std::string> names(columns);
    for (std::size_t c = 0; c < columns; ++c)
        names[c] = r.hadHeader ? table.first[c] : std::string("x").append(std::to_string(c + 1));

    // The target column.
    std::size_t target = columns - 1;
    if (!options.targetName.empty()) {
        if (!r.hadHeader)
            throw CsvImportError("the target column '" + quote(options.targetName) +
                                 "' is chosen by name, but the file has no header row");
        const auto it = std::find(names.begin(), names.end(), options.targetName);
        if (it == names.end())
            throw CsvImportError(
                "no column is named '" + quote(options.targetName) + "' in the header", firstLine);
        target = static_cast<std::size_t>(it - names.begin());
    } else if (options.targetIndex != 0) {
        if (options.targetIndex < 1 || static_cast<std::size_t>(options.targetIndex) > columns)
            throw CsvImportError("the target column " + std::to_string(options.targetIndex) +
                                 " does not exist (the file has " + std::to_string(columns) +
                                 " columns)");
        target = static_cast<std::size_t>(options.targetIndex - 1);
    }
    r.targetColumn = static_cast<int>(target) + 1;
    r.targetName =
        r.hadHeader ? names[target] : std::string("column ").append(std::to_string(target + 1));
    if (!r.hadHeader)
        names[target].assign(1, 'y');

    const int rows = static_cast<int>(table.size() - firstData);
    const int inputs = static_cast<int>(columns) - 1;
    try {
        limits::checkDataCells(rows, static_cast<std::int64_t>(columns));
    } catch (const LimitError& e) {
        throw CsvImportError(e.what());
    }
    r.data.x.resize(rows, inputs);
    r.data.y.resize(rows);
    for (int i = 0; i < rows; ++i) {
        const Line l = table.line(firstData + static_cast<std::size_t>(i));
        if (l.fields.size() != columns)
            throw CsvImportError(
                "line " + std::to_string(l.number) + ": " + std::to_string(l.fields.size()) +
                    " columns where the first line has " + std::to_string(columns),
                l.number, static_cast<int>(std::min(l.fields.size(), columns)) + 1);
        int in = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            double v = 0.0;
            const int col = static_cast<int>(c) + 1;
            switch (parseNumber(l.fields[c], v)) {
            case Cell::Number:
                break;
            case Cell::Empty:
                throw CsvImportError(at(l.number, col) + " (" + quote(names[c]) +
                                         "): the cell is empty",
                                     l.number, col);
            case Cell::NotFinite:
                throw CsvImportError(at(l.number, col) + " (" + quote(names[c]) + "): '" +
                                         quote(l.fields[c]) +
                                         "' is not a finite number (NaN and Inf cannot train)",
                                     l.number, col);
            case Cell::Text:
                throw CsvImportError(at(l.number, col) + " (" + quote(names[c]) + "): '" +
                                         quote(l.fields[c]) + "' is not a number",
                                     l.number, col);
            }
            if (c == target)
                r.data.y(i) = v;
            else
                r.data.x(i, in++) = v;
        }
    }
    for (std::size_t c = 0; c < columns; ++c)
        if (c != target)
            r.inputNames.push_back(names[c]);

    // Regression or binary classification, from the target's values.
    const std::set<double> values(r.data.y.begin(), r.data.y.end());
    if (values.size() < 2)
        throw CsvImportError("the target column (" + quote(r.targetName) +
                                 ") has a single value (" + showValue(*values.begin()) +
                                 "): there is nothing to learn (a single class)",
                             0, r.targetColumn);
    const TaskKind task = options.task.value_or(values.size() == 2 ? TaskKind::BinaryClassification
                                                                   : TaskKind::Regression);
    r.data.task = task;
    if (task == TaskKind::BinaryClassification) {
        if (values.size() != 2)
            throw CsvImportError("the target column (" + quote(r.targetName) + ") has " +
                                     std::to_string(values.size()) +
                                     " different values; binary classification needs exactly two",
                                 0, r.targetColumn);
        r.class0 = *values.begin();
        r.class1 = *values.rbegin();
        for (int i = 0; i < rows; ++i)
            r.data.y(i) = r.data.y(i) == r.class1 ? 1.0 : 0.0;
    }

    r.means.assign(static_cast<std::size_t>(inputs), 0.0);
    r.scales.assign(static_cast<std::size_t>(inputs), 1.0);
    if (options.standardize)
        for (int c = 0; c < inputs; ++c)
            standardizeColumn(r, c);
    return r;
}

CsvImport importCsvFile(const std::string& path, const CsvImportOptions& options)
{
    const std::string text = readFile(path);
    try {
        return importCsv(text, options);
    } catch (const CsvImportError& e) {
        throw CsvImportError(path + ": " + e.what(), e.line(), e.column());
    }
}

void checkRowsFit(int rows, int batchSize, std::optional<double> validationSplit)
{
    int train = rows;
    if (validationSplit) {
        const double v = *validationSplit;
        if (!(v > 0.0 && v < 1.0))
            throw CsvImportError("the validation split " + showValue(v) +
                                 " must be between 0 and 1 (exclusive)");
        train = rowsBeforeSplit(rows, v);
        if (train < 1 || rows - train < 1)
            throw CsvImportError(std::to_string(rows) +
                                 " rows are too few for a validation split "
                                 "of " +
                                 showValue(v) + " (both parts need at least one row)");
    }
    if (batchSize > train)
        throw CsvImportError("the batch size " + std::to_string(batchSize) +
                             " is larger than the " + std::to_string(train) +
                             " training rows in the file");
}

} // namespace core
