// File > Open data: a first look at a CSV file before BatchLab trains on it. The first rows in a
// table, whether the first line is a header, which column holds the answers (the target), which
// columns are the inputs (columns of names, IDs or dates start left out), whether rows with empty
// or NA cells are left out, whether the answers are two classes, k classes or numbers,
// standardising the inputs and holding back the last part as the new exam (validation_split). Every
// change is checked at once against the whole file: the summary says what the exam will be, or
// names the line and column of the first problem, and OK stays disabled until the file can be used.
// The file is only read.
#pragma once

#include "csv_import.hpp"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace ui
{

class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `preview` is core::previewCsvFile(path) (the caller reports a file that cannot be
    // previewed); `validationSplit` the panel's current fraction.
    CsvImportDialog(const QString& path, const core::CsvPreview& preview, double validationSplit,
                    QWidget* parent = nullptr);

    core::CsvImportOptions options() const;
    // The fraction held back as the validation exam, when asked for.
    std::optional<double> validationSplit() const;
    // Empty when the file can be used with the current choices; else why not.
    QString problem() const { return problem_; }
    // A warning that does not stop the import (the answers look sorted); empty: none.
    QString warning() const { return warning_; }
    QLabel* summaryLabel() const { return summary_; }
    QComboBox* headerCombo() const { return headerCombo_; }
    QComboBox* targetCombo() const { return targetCombo_; }
    QComboBox* taskCombo() const { return taskCombo_; }
    QCheckBox* splitCheck() const { return splitCheck_; }
    QDoubleSpinBox* splitSpin() const { return splitSpin_; }
    QCheckBox* dropIncompleteCheck() const { return dropIncompleteCheck_; }
    // One checkable item per column: checked columns are inputs (the answers' is disabled).
    QListWidget* columnList() const { return columns_; }
    QTableWidget* table() const { return table_; }

private:
    void showPreview(const core::CsvPreview& preview);
    void fillColumns(const core::CsvPreview& preview);
    void check();

    QString path_;
    QString problem_;
    QString warning_;
    QTableWidget* table_ = nullptr;
    QComboBox* headerCombo_ = nullptr;
    QComboBox* targetCombo_ = nullptr;
    QComboBox* taskCombo_ = nullptr;
    QListWidget* columns_ = nullptr;
    QCheckBox* dropIncompleteCheck_ = nullptr;
    QLabel* encoding_ = nullptr;
    QCheckBox* standardizeCheck_ = nullptr;
    QCheckBox* splitCheck_ = nullptr;
    QDoubleSpinBox* splitSpin_ = nullptr;
    QLabel* summary_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace ui
