#include "csv_import.hpp"

#include "limits.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <fstream>
#include <memory>
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

// A number as a spreadsheet writes it: "1.5", "+1.5", "1e-3", and with `decimalComma` also
// "0,444" (the export of a European-locale spreadsheet, whose separator is then ';' or tab).
Cell parseNumber(const std::string& s, double& v, bool decimalComma = false)
{
    if (s.empty())
        return Cell::Empty;
    std::string_view text = s;
    std::string dotted;
    if (decimalComma && text.find(',') != std::string_view::npos) {
        if (text.find('.') != std::string_view::npos || text.find(',') != text.rfind(','))
            return Cell::Text;
        dotted = s;
        dotted[dotted.find(',')] = '.';
        text = dotted;
    }
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ptr != last || ec == std::errc::invalid_argument)
        return Cell::Text;
    if (ec == std::errc::result_out_of_range || !std::isfinite(v))
        return Cell::NotFinite;
    return Cell::Number;
}

// The marks spreadsheets and R leave for a missing value.
bool isMissingMark(const std::string& s)
{
    static constexpr std::string_view marks[] = {"na", "n/a", "#n/a", "nan", "null", "-"};
    if (s.size() > 4)
        return false;
    std::string lower = s;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(std::begin(marks), std::end(marks), lower) != std::end(marks);
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

// Whether `text` is well-formed UTF-8.
bool isUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        int more = 0;
        if (c < 0x80)
            more = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            more = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            more = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            more = 3;
        else
            return false;
        if (i + static_cast<std::size_t>(more) >= text.size() && more > 0)
            return false;
        for (int k = 1; k <= more; ++k)
            if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
                return false;
        i += static_cast<std::size_t>(more) + 1;
    }
    return true;
}

// `bytes` in the encoding `from` as UTF-8 (iconv); false when they are not valid in it.
bool convertToUtf8(std::string_view bytes, const char* from, std::string& out)
{
    const iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    out.clear();
    out.reserve(bytes.size() + bytes.size() / 2);
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size();
    std::vector<char> buffer(1 << 16);
    bool ok = true;
    while (inLeft > 0) {
        char* o = buffer.data();
        std::size_t oLeft = buffer.size();
        const std::size_t r = iconv(cd, &in, &inLeft, &o, &oLeft);
        out.append(buffer.data(), static_cast<std::size_t>(o - buffer.data()));
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            ok = false;
            break;
        }
        if (static_cast<std::int64_t>(out.size()) > 2 * limits::maxFileBytes) {
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    return ok;
}

// Whether UTF-8 `text` holds a Hangul syllable (U+AC00..U+D7A3: lead bytes EA..ED).
bool hasHangul(std::string_view text)
{
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xEA && c <= 0xED && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80)
            return true;
    }
    return false;
}

// The file's text as UTF-8: a UTF-8 file as it is (without its byte order mark), UTF-16
// ("Unicode text" of Excel, with or without a byte order mark) and CP949 (Korean Excel's "CSV")
// or CP1252 (Western Excel's) converted. `owned` holds converted text.
std::string_view decodeText(std::string_view text, std::string& owned, std::string& encoding)
{
    encoding = "UTF-8";
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        return text.substr(3);
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const char* utf16 = nullptr;
    std::size_t skip = 0;
    if (text.size() >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) {
        utf16 = "UTF-16LE";
        skip = 2;
    } else if (text.size() >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) {
        utf16 = "UTF-16BE";
        skip = 2;
    } else if (text.size() >= 4 && text.size() % 2 == 0 && byte(0) != 0 && byte(1) == 0 &&
               byte(2) != 0 && byte(3) == 0) {
        utf16 = "UTF-16LE"; // ASCII text in UTF-16 without a byte order mark
    } else if (text.size() >= 4 && text.size() % 2 == 0 && byte(0) == 0 && byte(1) != 0 &&
               byte(2) == 0 && byte(3) != 0) {
        utf16 = "UTF-16BE";
    }
    if (utf16) {
        if (!convertToUtf8(text.substr(skip), utf16, owned))
            throw CsvImportError("the file starts as UTF-16 text but is not valid UTF-16; save it "
                                 "from the spreadsheet as \"CSV UTF-8\"");
        encoding = std::string(utf16);
        return owned;
    }
    if (text.find('\0') != std::string_view::npos)
        throw CsvImportError("this is not a text file (it holds zero bytes)");
    if (isUtf8(text))
        return text;
    if (convertToUtf8(text, "CP949", owned) && hasHangul(owned)) {
        encoding = "CP949";
        return owned;
    }
    if (convertToUtf8(text, "CP1252", owned)) {
        encoding = "CP1252";
        return owned;
    }
    throw CsvImportError("the file is not UTF-8 text, nor Korean (CP949) or Western (CP1252) "
                         "text; save it from the spreadsheet as \"CSV UTF-8\"");
}

// The file's non-blank lines, with the delimiter, the header and the width decided. Lines are
// split into fields when they are used (one at a time), so that memory stays that of the text
// plus a few bytes per line.
struct Table {
    char delimiter = ',';
    bool hadHeader = false;
    bool decimalComma = false; // numbers may be written 0,444 (not with ',' files)
    std::string encoding = "UTF-8";
    std::shared_ptr<std::string> owned; // converted text the lines point into
    std::vector<std::string_view> raw;  // non-blank lines, the header (if any) first
    std::vector<int> numbers;           // their 1-based numbers in the file
    std::vector<std::string> first;     // the first line's fields (cut to the width)
    std::size_t width = 0;              // columns: empty trailing columns of every line cut off

    std::size_t size() const { return raw.size(); }
    Line line(std::size_t i) const
    {
        Line l{numbers[i], splitFields(raw[i], delimiter, numbers[i])};
        if (l.fields.size() > width) // only empty cells are beyond the width
            l.fields.resize(width);
        return l;
    }
};

// Whether every sampled line splits into the same number (> 1) of fields at `c`.
bool splitsEvenly(const std::vector<std::string_view>& lines, char c)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < lines.size() && i < 10; ++i) {
        std::size_t n = 0;
        try {
            n = splitFields(lines[i], c, 0).size();
        } catch (const CsvImportError&) {
            return false;
        }
        if (n < 2 || (count != 0 && n != count))
            return false;
        count = n;
    }
    return count > 1;
}

Table readTable(std::string_view bytes, CsvHeader header, char delimiter)
{
    Table t;
    t.owned = std::make_shared<std::string>();
    const std::string_view text = decodeText(bytes, *t.owned, t.encoding);

    // Lines with content (blank lines are skipped but keep their numbers). Old-Mac files end
    // their lines with CR alone.
    const char eol =
        text.find('\n') == std::string_view::npos && text.find('\r') != std::string_view::npos
            ? '\r'
            : '\n';
    {
        int no = 0;
        std::size_t pos = 0;
        while (pos <= text.size()) {
            std::size_t end = text.find(eol, pos);
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

    // The separator: tab or ';' when every one of the first lines splits evenly at it (a ';'
    // file may hold decimal commas), else ',' (or the first of ';' and tab in the first line).
    t.delimiter = delimiter;
    if (t.delimiter == 0) {
        for (char c : {'\t', ';'})
            if (t.delimiter == 0 && splitsEvenly(t.raw, c))
                t.delimiter = c;
        if (t.delimiter == 0) {
            t.delimiter = ',';
            for (char c : {',', ';', '\t'})
                if (t.raw.front().find(c) != std::string_view::npos) {
                    t.delimiter = c;
                    break;
                }
        }
    }
    t.decimalComma = t.delimiter != ',';
    // Every line is checked (an unclosed quote), then let go; the width is that of the widest
    // line without its empty trailing cells (Excel leaves empty columns after a table).
    std::int64_t cells = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::vector<std::string> fields =
            splitFields(t.raw[i], t.delimiter, t.numbers[i], limits::maxDataCells - cells);
        cells += static_cast<std::int64_t>(fields.size());
        if (cells > limits::maxDataCells)
            throw CsvImportError("the file holds more than " +
                                 std::to_string(limits::maxDataCells) +
                                 " cells, over the data size limit (rows × columns)");
        std::size_t used = fields.size();
        while (used > 1 && fields[used - 1].empty())
            --used;
        t.width = std::max(t.width, used);
    }
    t.first = splitFields(t.raw.front(), t.delimiter, t.numbers.front());
    t.first.resize(std::max(t.first.size(), std::size_t(1)));
    if (t.first.size() > t.width)
        t.first.resize(t.width);

    if (header == CsvHeader::Auto) {
        // A header holds names only: no number (empty cells and missing marks aside).
        bool anyNumber = false;
        bool anyName = false;
        for (const std::string& f : t.first) {
            double v = 0.0;
            const Cell c = parseNumber(f, v, t.decimalComma);
            anyNumber = anyNumber || c == Cell::Number || c == Cell::NotFinite;
            anyName = anyName || (c == Cell::Text && !isMissingMark(f));
        }
        t.hadHeader = anyName && !anyNumber;
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

// Answers that are numbers: two values are two classes (0 and 1), three or more non-negative
// whole numbers are classes (their index in sorted order), others a regression; or as told.
void classifyNumbers(CsvImport& r, std::optional<TaskKind> asked)
{
    const std::set<double> values(r.data.y.begin(), r.data.y.end());
    if (values.size() < 2)
        throw CsvImportError("the target column (" + quote(r.targetName) +
                                 ") has a single value (" + showValue(*values.begin()) +
                                 "): there is nothing to learn (a single class)",
                             0, r.targetColumn);
    const bool wholeNumbers = std::all_of(values.begin(), values.end(),
                                          [](double v) { return v >= 0.0 && v == std::floor(v); });
    const TaskKind task = asked.value_or(
        values.size() == 2 ? TaskKind::BinaryClassification
        : wholeNumbers && static_cast<std::int64_t>(values.size()) <= limits::maxClasses
            ? TaskKind::MultiClassClassification
            : TaskKind::Regression);
    r.data.task = task;
    if (task == TaskKind::Regression)
        return;
    if (task == TaskKind::BinaryClassification && values.size() != 2)
        throw CsvImportError("the target column (" + quote(r.targetName) + ") has " +
                                 std::to_string(values.size()) +
                                 " different values; binary classification needs exactly two",
                             0, r.targetColumn);
    try {
        limits::checkClasses(static_cast<std::int64_t>(values.size()));
    } catch (const LimitError& e) {
        throw CsvImportError("the target column (" + quote(r.targetName) + "): " + e.what(), 0,
                             r.targetColumn);
    }
    const std::vector<double> sorted(values.begin(), values.end());
    for (Eigen::Index i = 0; i < r.data.y.size(); ++i)
        r.data.y(i) = static_cast<double>(
            std::lower_bound(sorted.begin(), sorted.end(), r.data.y(i)) - sorted.begin());
    r.class0 = sorted.front();
    r.class1 = sorted.back();
    const bool zeroOne = values.size() == 2 && r.class0 == 0.0 && r.class1 == 1.0;
    if (!zeroOne)
        for (double v : sorted)
            r.data.classNames.push_back(showValue(v));
}

// Answers that are text (setosa, 합격, TRUE/FALSE, yes/no): classes named as written, sorted;
// two are a binary classification, more a multi-class one.
void classifyTexts(CsvImport& r, const std::vector<std::string>& answers,
                   const std::vector<int>& lines, std::optional<TaskKind> asked)
{
    if (asked == TaskKind::Regression) {
        for (std::size_t i = 0; i < answers.size(); ++i) {
            double v = 0.0;
            if (parseNumber(answers[i], v, true) == Cell::Text)
                throw CsvImportError(at(lines[i], r.targetColumn) + " (" + quote(r.targetName) +
                                         "): '" + quote(answers[i]) +
                                         "' is not a number; answers in words are classes, "
                                         "not a regression",
                                     lines[i], r.targetColumn);
        }
    }
    std::set<std::string> values;
    for (const std::string& a : answers) {
        values.insert(a);
        if (static_cast<std::int64_t>(values.size()) > limits::maxClasses)
            throw CsvImportError("the target column (" + quote(r.targetName) +
                                     ") holds more than " + std::to_string(limits::maxClasses) +
                                     " different answers, over the class limit",
                                 0, r.targetColumn);
    }
    if (values.size() < 2)
        throw CsvImportError("the target column (" + quote(r.targetName) +
                                 ") has a single value ('" + quote(*values.begin()) +
                                 "'): there is nothing to learn (a single class)",
                             0, r.targetColumn);
    const TaskKind task = asked.value_or(values.size() == 2 ? TaskKind::BinaryClassification
                                                            : TaskKind::MultiClassClassification);
    if (task == TaskKind::BinaryClassification && values.size() != 2)
        throw CsvImportError("the target column (" + quote(r.targetName) + ") has " +
                                 std::to_string(values.size()) +
                                 " different values; binary classification needs exactly two",
                             0, r.targetColumn);
    r.data.task = task;
    r.data.classNames.assign(values.begin(), values.end());
    for (std::size_t i = 0; i < answers.size(); ++i)
        r.data.y(static_cast<Eigen::Index>(i)) = static_cast<double>(std::distance(
            r.data.classNames.begin(),
            std::lower_bound(r.data.classNames.begin(), r.data.classNames.end(), answers[i])));
    r.class0 = 0.0;
    r.class1 = 1.0;
}

} // namespace

namespace
{

// Column names: the header's (an empty one, and every one without a header: x1, x2, ...).
std::vector<std::string> columnNames(const Table& t)
{
    std::vector<std::string> names(t.width);
    for (std::size_t c = 0; c < t.width; ++c)
        names[c] = t.hadHeader && c < t.first.size() && !t.first[c].empty()
                       ? t.first[c]
                       : std::string("x").append(std::to_string(c + 1));
    return names;
}

// The 0-based column that `item` names: a header name, else a number from 1.
std::size_t resolveColumn(const std::string& item, const std::vector<std::string>& names,
                          bool hadHeader, const char* what)
{
    if (hadHeader) {
        const auto it = std::find(names.begin(), names.end(), item);
        if (it != names.end())
            return static_cast<std::size_t>(it - names.begin());
    }
    int index = 0;
    const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), index);
    if (ec == std::errc() && ptr == item.data() + item.size() && index >= 1 &&
        static_cast<std::size_t>(index) <= names.size())
        return static_cast<std::size_t>(index - 1);
    throw CsvImportError(std::string(what) + " '" + quote(item) + "' is neither " +
                         (hadHeader ? "a name in the header nor " : "") +
                         "a column number from 1 to " + std::to_string(names.size()));
}

} // namespace

CsvPreview previewCsv(std::string_view text, int maxRows, CsvHeader header, char delimiter)
{
    const Table t = readTable(text, header, delimiter);
    CsvPreview p;
    p.delimiter = t.delimiter;
    p.hadHeader = t.hadHeader;
    p.encoding = t.encoding;
    p.names = columnNames(t);
    p.textColumn.assign(p.names.size(), false);
    const std::size_t first = t.hadHeader ? 1 : 0;
    p.dataRows = static_cast<int>(t.size() - first);
    for (std::size_t i = first; i < t.size() && p.rows.size() < std::size_t(std::max(0, maxRows));
         ++i) {
        p.rows.push_back(t.line(i).fields);
        const std::vector<std::string>& row = p.rows.back();
        for (std::size_t c = 0; c < row.size() && c < p.textColumn.size(); ++c) {
            double v = 0.0;
            if (parseNumber(row[c], v, t.decimalComma) == Cell::Text && !isMissingMark(row[c]))
                p.textColumn[c] = true;
        }
    }
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
    r.encoding = table.encoding;
    const std::size_t columns = table.width;
    const int firstLine = table.numbers.front();
    if (columns < 2)
        throw CsvImportError("line " + std::to_string(firstLine) +
                                 ": only one column; the file needs at least one input column "
                                 "and a target column (is the separator ',', ';' or tab?)",
                             firstLine);
    const std::size_t firstData = r.hadHeader ? 1 : 0;
    if (table.size() <= firstData)
        throw CsvImportError("the file has a header but no rows of data");

    std::vector<std::string> names = columnNames(table);

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

    // The input columns: those asked for (all but the target), without those left out.
    std::vector<bool> used(columns, options.inputColumns.empty());
    for (const std::string& item : options.inputColumns) {
        const std::size_t c = resolveColumn(item, names, r.hadHeader, "the input column");
        if (c == target)
            throw CsvImportError("the column '" + quote(names[c]) +
                                 "' holds the answers; it cannot also be an input");
        used[c] = true;
    }
    for (const std::string& item : options.dropColumns) {
        const std::size_t c = resolveColumn(item, names, r.hadHeader, "the column to leave out");
        if (c == target)
            throw CsvImportError("the column '" + quote(names[c]) +
                                 "' holds the answers; it cannot be left out");
        used[c] = false;
    }
    used[target] = false;
    for (std::size_t c = 0; c < columns; ++c) {
        if (used[c]) {
            r.inputColumns.push_back(static_cast<int>(c) + 1);
            r.inputNames.push_back(names[c]);
        } else if (c != target) {
            r.leftOut.push_back(static_cast<int>(c) + 1);
        }
    }
    const int inputs = static_cast<int>(r.inputColumns.size());
    if (inputs == 0)
        throw CsvImportError("no input column is left: every column but the answers is left out");

    const int lines = static_cast<int>(table.size() - firstData);
    try {
        limits::checkInputs(inputs);
        limits::checkDataCells(lines, static_cast<std::int64_t>(inputs) + 1);
    } catch (const LimitError& e) {
        throw CsvImportError(e.what());
    }
    r.data.x.resize(lines, inputs);
    std::vector<std::string> answers; // the target cells of the rows kept, as written
    answers.reserve(static_cast<std::size_t>(lines));
    std::vector<int> answerLines;
    answerLines.reserve(static_cast<std::size_t>(lines));
    const int targetCol = r.targetColumn;
    int rows = 0;
    for (int i = 0; i < lines; ++i) {
        const Line l = table.line(firstData + static_cast<std::size_t>(i));
        if (l.fields.size() != columns)
            throw CsvImportError("line " + std::to_string(l.number) + ": " +
                                     std::to_string(l.fields.size()) + " columns where " +
                                     (table.first.size() == columns ? "the first line has "
                                                                    : "the widest line has ") +
                                     std::to_string(columns),
                                 l.number,
                                 static_cast<int>(std::min(l.fields.size(), columns)) + 1);
        // A row with an empty or missing cell in a used column is left out when asked.
        bool incomplete = false;
        for (std::size_t c = 0; c < columns && options.dropIncomplete; ++c)
            incomplete = incomplete || ((used[c] || c == target) &&
                                        (l.fields[c].empty() || isMissingMark(l.fields[c])));
        if (incomplete) {
            if (r.droppedRows++ == 0)
                r.firstDroppedLine = l.number;
            continue;
        }
        int in = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            const int col = static_cast<int>(c) + 1;
            if (c == target) {
                if (l.fields[c].empty() || isMissingMark(l.fields[c]))
                    throw CsvImportError(at(l.number, col) + " (" + quote(names[c]) +
                                             "): the answer is missing (rows with empty or NA "
                                             "cells can be left out)",
                                         l.number, col);
                continue;
            }
            if (!used[c])
                continue;
            double v = 0.0;
            switch (parseNumber(l.fields[c], v, table.decimalComma)) {
            case Cell::Number:
                break;
            case Cell::Empty:
                throw CsvImportError(at(l.number, col) + " (" + quote(names[c]) +
                                         "): the cell is empty (rows with empty or NA cells can "
                                         "be left out)",
                                     l.number, col);
            case Cell::NotFinite:
                throw CsvImportError(at(l.number, col) + " (" + quote(names[c]) + "): '" +
                                         quote(l.fields[c]) +
                                         "' is not a finite number (NaN and Inf cannot train)",
                                     l.number, col);
            case Cell::Text:
                throw CsvImportError(
                    at(l.number, col) + " (" + quote(names[c]) + "): '" + quote(l.fields[c]) +
                        "' is not a number" +
                        (isMissingMark(l.fields[c])
                             ? " (rows with empty or NA cells can be left out)"
                             : " (a column of names, IDs or dates can be left out)"),
                    l.number, col);
            }
            r.data.x(rows, in++) = v;
        }
        answers.push_back(l.fields[target]);
        answerLines.push_back(l.number);
        ++rows;
    }
    if (rows == 0)
        throw CsvImportError("every row has an empty or missing cell; no row is left");
    r.data.x.conservativeResize(rows, inputs);
    r.data.y.resize(rows);

    // The answers: numbers, or text (names of classes).
    bool numbers = true;
    for (int i = 0; i < rows && numbers; ++i) {
        double v = 0.0;
        const Cell c = parseNumber(answers[std::size_t(i)], v, table.decimalComma);
        if (c == Cell::NotFinite)
            throw CsvImportError(at(answerLines[std::size_t(i)], targetCol) + " (" +
                                     quote(r.targetName) + "): '" + quote(answers[std::size_t(i)]) +
                                     "' is not a finite number (NaN and Inf cannot train)",
                                 answerLines[std::size_t(i)], targetCol);
        if (c == Cell::Text)
            numbers = false;
        else
            r.data.y(i) = v;
    }
    if (numbers)
        classifyNumbers(r, options.task);
    else
        classifyTexts(r, answers, answerLines, options.task);
    r.decimalComma = table.decimalComma && text.find(',') != std::string_view::npos;

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

std::vector<std::string> columnList(std::string_view text)
{
    std::vector<std::string> out;
    for (const std::string& item : splitFields(text, ',', 0))
        if (!item.empty())
            out.push_back(item);
    return out;
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
