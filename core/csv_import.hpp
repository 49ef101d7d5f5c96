// Your own data: a CSV file of numbers becomes a data set. Detects a header row, takes the
// target from a chosen column (the last by default), checks that every other cell is a finite
// number (reporting the line and column of the first bad one), chooses regression or binary
// classification from the target (or as told) and can standardise the inputs. The file is only
// read, never written.
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
    std::optional<TaskKind> task; // unset: classification when the target has exactly two values
    bool standardize = false;     // inputs to mean 0, standard deviation 1 (population)
};

struct CsvImport {
    Dataset data;
    bool hadHeader = false;
    std::vector<std::string> inputNames; // header names, or x1, x2, ...
    std::string targetName;
    int targetColumn = 0; // 1-based
    // Classification: the target values that became 0 and 1 (sorted).
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

} // namespace core
