#include "ui/files/csv_import_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui
{

CsvImportDialog::CsvImportDialog(const QString& path, const core::CsvPreview& preview,
                                 double validationSplit, QWidget* parent)
    : QDialog(parent), path_(path)
{
    setWindowTitle(tr("Open data: %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(
        tr("Each row is one question: the input columns are what the question shows, the target "
           "column is its answer on the answer sheet. The file is only read."));
    where->setWordWrap(true);
    layout->addWidget(where);

    table_ = new QTableWidget;
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->verticalHeader()->setVisible(false);
    table_->setMinimumHeight(180);
    layout->addWidget(table_, 1);

    auto* form = new QFormLayout;
    headerCombo_ = new QComboBox;
    headerCombo_->addItem(tr("detect"), int(core::CsvHeader::Auto));
    headerCombo_->addItem(tr("the first line holds the column names"),
                          int(core::CsvHeader::Present));
    headerCombo_->addItem(tr("no header: every line is a question"), int(core::CsvHeader::Absent));
    form->addRow(tr("&Header"), headerCombo_);
    targetCombo_ = new QComboBox;
    targetCombo_->setToolTip(tr("The column with the answers (y). The other columns are the "
                                "inputs (x)."));
    form->addRow(tr("&Answers (target)"), targetCombo_);
    taskCombo_ = new QComboBox;
    taskCombo_->addItem(tr("from the answers: two values are two classes, else numbers"));
    taskCombo_->addItem(tr("numbers (regression, mean squared error)"));
    taskCombo_->addItem(tr("two classes (classification, binary cross-entropy)"));
    form->addRow(tr("&Task"), taskCombo_);
    standardizeCheck_ = new QCheckBox(tr("Standardise the inputs (mean 0, standard deviation 1)"));
    standardizeCheck_->setToolTip(
        tr("Inputs of very different sizes make training slow; this scales each input column."));
    form->addRow(standardizeCheck_);
    auto* splitRow = new QHBoxLayout;
    splitCheck_ = new QCheckBox(tr("Hold back the last rows as the new exam: validation_split"));
    splitCheck_->setChecked(true);
    splitCheck_->setToolTip(tr("Keras's validation_split: the last part of the file, taken before "
                               "any shuffling, is never trained on and shows overfitting."));
    splitSpin_ = new QDoubleSpinBox;
    splitSpin_->setRange(0.05, 0.9);
    splitSpin_->setSingleStep(0.05);
    splitSpin_->setDecimals(2);
    splitSpin_->setValue(validationSplit);
    splitRow->addWidget(splitCheck_);
    splitRow->addWidget(splitSpin_);
    splitRow->addStretch(1);
    form->addRow(splitRow);
    layout->addLayout(form);

    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("csvSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    layout->addWidget(summary_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Train on this file"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);

    showPreview(preview);
    connect(headerCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        try {
            showPreview(core::previewCsvFile(QFile::encodeName(path_).toStdString(), 20,
                                             core::CsvHeader(headerCombo_->currentData().toInt()),
                                             0));
        } catch (const core::CsvImportError&) {
            // The same file previewed before; check() names any problem.
        }
        check();
    });
    for (QComboBox* c : {targetCombo_, taskCombo_})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &CsvImportDialog::check);
    for (QCheckBox* c : {standardizeCheck_, splitCheck_})
        connect(c, &QCheckBox::toggled, this, &CsvImportDialog::check);
    connect(splitCheck_, &QCheckBox::toggled, splitSpin_, &QWidget::setEnabled);
    connect(splitSpin_, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &CsvImportDialog::check);
    check();
    resize(720, 560);
}

void CsvImportDialog::showPreview(const core::CsvPreview& preview)
{
    const QSignalBlocker block(targetCombo_);
    const int keep = targetCombo_->count() == int(preview.names.size())
                         ? targetCombo_->currentIndex()
                         : int(preview.names.size()) - 1;
    targetCombo_->clear();
    QStringList names;
    for (const std::string& n : preview.names) {
        names << QString::fromStdString(n);
        targetCombo_->addItem(names.back());
    }
    targetCombo_->setCurrentIndex(keep);
    table_->clear();
    table_->setColumnCount(names.size());
    table_->setHorizontalHeaderLabels(names);
    table_->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < int(preview.rows.size()); ++r)
        for (int c = 0; c < int(preview.rows[std::size_t(r)].size()) && c < names.size(); ++c)
            table_->setItem(r, c,
                            new QTableWidgetItem(QString::fromStdString(
                                preview.rows[std::size_t(r)][std::size_t(c)])));
    table_->resizeColumnsToContents();
}

core::CsvImportOptions CsvImportDialog::options() const
{
    core::CsvImportOptions o;
    o.header = core::CsvHeader(headerCombo_->currentData().toInt());
    o.targetIndex = targetCombo_->currentIndex() + 1;
    if (taskCombo_->currentIndex() == 1)
        o.task = core::TaskKind::Regression;
    else if (taskCombo_->currentIndex() == 2)
        o.task = core::TaskKind::BinaryClassification;
    o.standardize = standardizeCheck_->isChecked();
    return o;
}

std::optional<double> CsvImportDialog::validationSplit() const
{
    if (!splitCheck_->isChecked())
        return std::nullopt;
    return splitSpin_->value();
}

void CsvImportDialog::check()
{
    // The answer column stands out in the table.
    const int target = targetCombo_->currentIndex();
    for (int c = 0; c < table_->columnCount(); ++c) {
        const QBrush brush = c == target ? QBrush(QColor(255, 244, 204)) : QBrush();
        for (int r = 0; r < table_->rowCount(); ++r)
            if (QTableWidgetItem* item = table_->item(r, c))
                item->setBackground(brush);
        if (QTableWidgetItem* h = table_->horizontalHeaderItem(c)) {
            QFont f = h->font();
            f.setBold(c == target);
            h->setFont(f);
        }
    }
    QString text;
    try {
        const core::CsvImport in =
            core::importCsvFile(QFile::encodeName(path_).toStdString(), options());
        core::checkRowsFit(in.data.rows(), 1, validationSplit());
        const int rows = in.data.rows();
        const int train =
            validationSplit() ? core::rowsBeforeSplit(rows, *validationSplit()) : rows;
        const QLocale locale;
        const QString answers =
            in.data.task == core::TaskKind::BinaryClassification
                ? tr("two classes (%1 becomes 0, %2 becomes 1)")
                      .arg(locale.toString(in.class0), locale.toString(in.class1))
                : tr("numbers");
        text =
            tr("%n question(s) with %1 input(s) each; the answers in \"%2\" are %3.", nullptr, rows)
                .arg(in.data.inputs())
                .arg(QString::fromStdString(in.targetName), answers);
        text += QLatin1Char(' ');
        text +=
            validationSplit()
                ? tr("%1 for practice, the last %2 as the new exam.").arg(train).arg(rows - train)
                : tr("All of them for practice; no new exam (no validation loss).");
        problem_.clear();
    } catch (const core::CsvImportError& e) {
        problem_ = QString::fromStdString(e.what());
        text = tr("This file cannot be used: %1").arg(problem_);
    }
    summary_->setText(text);
    summary_->setStyleSheet(
        problem_.isEmpty() ? QString() : QStringLiteral("color: #cf222e; font-weight: bold;"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
}

} // namespace ui
