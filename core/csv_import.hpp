// Your own data: a CSV file becomes a data set. Reads the files spreadsheets export (UTF-8 with
// or without a byte order mark, UTF-16 "Unicode text", Korean Excel's CP949, old-Mac CR line
// ends, `;`-separated files with decimal commas, empty trailing columns), detects a header row,
// takes the target from a chosen column (the last by default) and the inputs from the others
// (columns can be left out), checks that every input cell is a finite number (reporting the line
// and column of the first bad one; rows with empty or NA cells can be dropped instead), and
// chooses the task from the answers (or as told): two values are two classes, three or more
// texts or non-negative whole numbers are classes (names kept, sorted), other numbers are a
// regression. Can standardise the inputs. The file is only read, never written.
#pragma once

#include "dataset.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

// A file that cannot be used. line/column are 1-based (0 when the problem is not at one cell).
class CsvImportError : public std::invalid_argument
{
public:
    CsvImportError(const std::string& message, int line = 0, int column = 0)
        : std::invalid_argument(message), line_(line), column_(column)
    {
    }
    int line() const { return line_; }
    int column() const { return column_; }

private:
    int line_;
    int column_;
};

enum class CsvHeader { Auto, Present, Absent };

struct CsvImportOptions {
    CsvHeader header = CsvHeader::Auto; // Auto: a first row with a non-number cell is a header
    char delimiter = 0;                 // 0: the first of ',', ';', tab found in the first line
    // The target column: by header name, or by 1-based index; neither: the last column.
    std::string targetName;
    int targetIndex = 0;
    // The input columns (header names or 1-based numbers): all but the target when empty.
    std::vector<std::string> inputColumns;
    // Columns left out (names or numbers): text columns that are not the answer (names, IDs).
    std::vector<std::string> dropColumns;
    // Rows with an empty or missing (NA, N/A, #N/A, NaN, NULL) cell in a used column are left
    // out (and counted) instead of refused.
    bool dropIncomplete = false;
    std::optional<TaskKind> task; // unset: from the answers (see above)
    bool standardize = false;     // inputs to mean 0, standard deviation 1 (population)
};

struct CsvImport {
    Dataset data;
    bool hadHeader = false;
    std::vector<std::string> inputNames; // header names, or x1, x2, ...
    std::string targetName;
    int targetColumn = 0;          // 1-based
    std::vector<int> inputColumns; // 1-based columns of the file that became the inputs
    std::vector<int> leftOut;      // 1-based columns left out (neither input nor target)
    // Rows left out for an empty or missing cell, and the file line of the first.
    int droppedRows = 0;
    int firstDroppedLine = 0;
    std::string encoding = "UTF-8"; // what the bytes were: UTF-8, UTF-16LE/BE, CP949, CP1252
    bool decimalComma = false;      // numbers were written 0,444
    // Binary classification of numbers: the target values that became 0 and 1 (sorted). Class
    // names (text answers, or classes of numbers) are data.classNames.
    double class0 = 0.0, class1 = 1.0;
    // With standardize: what was subtracted and divided per input (else 0 and 1).
    std::vector<double> means, scales;
};

// A first look at a file for a dialog: the separator, whether the first line is a header, the
// column names (header names, or x1, x2, ...) and the first `maxRows` data rows as text.
struct CsvPreview {
    char delimiter = ',';
    bool hadHeader = false;
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> rows; // may be ragged: checked by importCsv
    int dataRows = 0;                           // non-blank lines after the header
    std::string encoding = "UTF-8";
    // Per column: whether a previewed cell holds text that is not a number nor a missing mark
    // (a name, an ID, a date: to be left out, unless it is the answer).
    std::vector<bool> textColumn;
};
// Throws CsvImportError (an empty or binary file, an unclosed quote).
CsvPreview previewCsv(std::string_view text, int maxRows = 20, CsvHeader header = CsvHeader::Auto,
                      char delimiter = 0);
CsvPreview previewCsvFile(const std::string& path, int maxRows = 20,
                          CsvHeader header = CsvHeader::Auto, char delimiter = 0);

// Throws CsvImportError.
CsvImport importCsv(std::string_view text, const CsvImportOptions& options = {});
// Reads the file and imports it; errors start with the file name ("data.csv: line 4, column
// 2: ..."). Throws CsvImportError.
CsvImport importCsvFile(const std::string& path, const CsvImportOptions& options = {});

// Whether imported rows can train with these settings (enough rows for the validation split and
// for one batch). Throws CsvImportError with the reason.
void checkRowsFit(int rows, int batchSize, std::optional<double> validationSplit);

// Reads a comma-separated list of column names or numbers ("name,ID,3"); empty items are skipped.
std::vector<std::string> columnList(std::string_view text);

} // namespace core
