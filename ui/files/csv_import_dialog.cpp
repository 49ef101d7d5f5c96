#include "ui/files/csv_import_dialog.hpp"

#include "ui/session/failure_text.hpp"

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
#include <QListWidget>
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
    encoding_ = new QLabel;
    encoding_->setWordWrap(true);
    encoding_->setVisible(false);
    layout->addWidget(encoding_);

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
    columns_ = new QListWidget;
    columns_->setObjectName(QStringLiteral("csvInputColumns"));
    columns_->setFlow(QListView::LeftToRight);
    columns_->setWrapping(true);
    columns_->setMaximumHeight(64);
    columns_->setToolTip(tr("The columns that are the questions' inputs. Leave out columns of "
                            "names, IDs or dates: they are not numbers."));
    form->addRow(tr("&Input columns"), columns_);
    dropIncompleteCheck_ = new QCheckBox(tr("Leave out rows with empty or NA cells"));
    form->addRow(dropIncompleteCheck_);
    taskCombo_ = new QComboBox;
    taskCombo_->addItem(tr("from the answers: two values or words are two classes, more words or "
                           "whole numbers are classes, else numbers"));
    taskCombo_->addItem(tr("numbers (regression, mean squared error)"));
    taskCombo_->addItem(tr("two classes (classification, binary cross-entropy)"));
    taskCombo_->addItem(tr("classes (classification, softmax, sparse categorical cross-entropy)"));
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
    connect(columns_, &QListWidget::itemChanged, this, &CsvImportDialog::check);
    for (QCheckBox* c : {standardizeCheck_, splitCheck_, dropIncompleteCheck_})
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
    fillColumns(preview);
    const QString encoding = QString::fromStdString(preview.encoding);
    encoding_->setVisible(encoding != QLatin1String("UTF-8"));
    encoding_->setText(
        encoding.startsWith(QLatin1String("UTF-16"))
            ? tr("Read as UTF-16 text (Excel's \"Unicode text\").")
        : encoding == QLatin1String("CP949")
            ? tr("Read as Korean text (CP949, the \"CSV\" of Korean Excel). If a name looks "
                 "wrong, save the file from the spreadsheet as \"CSV UTF-8\".")
            : tr("Read as Western text (%1). If a name looks wrong, save the file from the "
                 "spreadsheet as \"CSV UTF-8\".")
                  .arg(encoding));
}

void CsvImportDialog::fillColumns(const core::CsvPreview& preview)
{
    const QSignalBlocker block(columns_);
    columns_->clear();
    for (std::size_t c = 0; c < preview.names.size(); ++c) {
        auto* item = new QListWidgetItem(QString::fromStdString(preview.names[c]), columns_);
        // Columns of text (names, IDs, dates) start left out: they are not numbers.
        const bool text = c < preview.textColumn.size() && preview.textColumn[c];
        item->setCheckState(text ? Qt::Unchecked : Qt::Checked);
        item->setData(Qt::UserRole, text);
    }
}

core::CsvImportOptions CsvImportDialog::options() const
{
    core::CsvImportOptions o;
    o.header = core::CsvHeader(headerCombo_->currentData().toInt());
    o.targetIndex = targetCombo_->currentIndex() + 1;
    for (int c = 0; c < columns_->count(); ++c)
        if (c != targetCombo_->currentIndex() && columns_->item(c)->checkState() != Qt::Checked)
            o.dropColumns.push_back(std::to_string(c + 1));
    o.dropIncomplete = dropIncompleteCheck_->isChecked();
    if (taskCombo_->currentIndex() == 1)
        o.task = core::TaskKind::Regression;
    else if (taskCombo_->currentIndex() == 2)
        o.task = core::TaskKind::BinaryClassification;
    else if (taskCombo_->currentIndex() == 3)
        o.task = core::TaskKind::MultiClassClassification;
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
    const int target = targetCombo_->currentIndex();
    {
        // The answers' column is not an input; the others are as checked.
        const QSignalBlocker block(columns_);
        for (int c = 0; c < columns_->count(); ++c) {
            QListWidgetItem* item = columns_->item(c);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
            if (c == target) {
                flags = Qt::NoItemFlags;
                item->setCheckState(Qt::Unchecked);
            } else if (!(item->flags() & Qt::ItemIsEnabled)) {
                item->setCheckState(item->data(Qt::UserRole).toBool() ? Qt::Unchecked
                                                                      : Qt::Checked);
            }
            item->setFlags(flags);
        }
    }
    // The answers' column stands out in the table; columns left out are grey.
    for (int c = 0; c < table_->columnCount(); ++c) {
        const QBrush brush = c == target ? QBrush(QColor(255, 244, 204)) : QBrush();
        const bool leftOut =
            c != target && c < columns_->count() && columns_->item(c)->checkState() != Qt::Checked;
        const QBrush ink = leftOut ? palette().brush(QPalette::Disabled, QPalette::Text) : QBrush();
        for (int r = 0; r < table_->rowCount(); ++r)
            if (QTableWidgetItem* item = table_->item(r, c)) {
                item->setBackground(brush);
                item->setForeground(ink);
            }
        if (QTableWidgetItem* h = table_->horizontalHeaderItem(c)) {
            QFont f = h->font();
            f.setBold(c == target);
            f.setStrikeOut(leftOut);
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
        const auto className = [&in, &locale](int k) {
            return in.data.classNames.empty()
                       ? locale.toString(k == 0 ? in.class0 : in.class1)
                       : QString::fromStdString(in.data.classNames[std::size_t(k)]);
        };
        QStringList classes;
        for (const std::string& n : in.data.classNames)
            classes << QString::fromStdString(n);
        if (classes.size() > 12)
            classes = classes.mid(0, 12) << QStringLiteral("…");
        const QString answers =
            in.data.task == core::TaskKind::BinaryClassification
                ? tr("two classes (%1 becomes 0, %2 becomes 1)").arg(className(0), className(1))
            : in.data.task == core::TaskKind::MultiClassClassification
                ? tr("%n class(es): %1", nullptr, int(in.data.classNames.size()))
                      .arg(classes.join(QStringLiteral(", ")))
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
        if (in.droppedRows > 0) {
            text += QLatin1Char(' ');
            text += tr("%n row(s) with an empty or NA cell left out (the first on line %1).",
                       nullptr, in.droppedRows)
                        .arg(in.firstDroppedLine);
        }
        if (!in.leftOut.empty()) {
            text += QLatin1Char(' ');
            text += tr("%n column(s) left out.", nullptr, int(in.leftOut.size()));
        }
        warning_ = validationSplit() ? FailureText::ofSortedAnswers(in.data, *validationSplit())
                                     : QString();
        if (!warning_.isEmpty())
            text += QStringLiteral("\n\n") + warning_;
        problem_.clear();
    } catch (const core::CsvImportError& e) {
        warning_.clear();
        problem_ = FailureText::of(e);
        text = tr("This file cannot be used: %1").arg(problem_);
    }
    summary_->setText(text);
    summary_->setStyleSheet(!problem_.isEmpty()
                                ? QStringLiteral("color: #cf222e; font-weight: bold;")
                            : !warning_.isEmpty() ? QStringLiteral("color: #9a4d00;")
                                                  : QString());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
}

} // namespace ui
