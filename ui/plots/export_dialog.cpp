#include "ui/plots/export_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ui
{

ExportDialog::ExportDialog(const QString& what, const QString& suggestedPath, QSize size,
                           const QString& caption, QWidget* parent)
    : QDialog(parent), caption_(caption)
{
    setWindowTitle(tr("Export %1").arg(what));
    auto* form = new QFormLayout(this);

    path_ = new QLineEdit(suggestedPath);
    auto* browse = new QPushButton(tr("&Browse..."));
    auto* row = new QHBoxLayout;
    row->addWidget(path_, 1);
    row->addWidget(browse);
    // Every label's mnemonic has its buddy, so that no "&" is ever shown.
    const auto labelFor = [](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&File"), path_), row);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    format_ = new QComboBox;
    for (const QString& f : ImageExporter::formats())
        format_->addItem(f.toUpper(), f);
    const int current = format_->findData(QFileInfo(suggestedPath).suffix().toLower());
    format_->setCurrentIndex(current >= 0 ? current : 0);
    form->addRow(labelFor(tr("F&ormat"), format_), format_);
    connect(format_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ExportDialog::syncSuffix);

    width_ = new QSpinBox;
    width_->setRange(16, 20000);
    width_->setValue(size.width());
    width_->setSuffix(tr(" px"));
    height_ = new QSpinBox;
    height_->setRange(16, 20000);
    height_->setValue(size.height());
    height_->setSuffix(tr(" px"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(width_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(height_);
    form->addRow(labelFor(tr("&Size"), width_), sizeRow);

    scale_ = new QDoubleSpinBox;
    scale_->setRange(0.5, 8.0);
    scale_->setSingleStep(0.5);
    scale_->setValue(2.0);
    scale_->setToolTip(tr("Pixels per point for PNG, JPG and BMP: 2 or 3 for slides and print."));
    form->addRow(labelFor(tr("S&cale"), scale_), scale_);

    withCaption_ = new QCheckBox(tr("Add a caption with the settings"));
    withCaption_->setChecked(true);
    withCaption_->setToolTip(caption);
    form->addRow(withCaption_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), path_->text(), tr("Images (*.png *.jpg *.jpeg *.bmp *.pdf *.svg)"));
    if (path.isEmpty())
        return;
    path_->setText(path);
    const int f = format_->findData(QFileInfo(path).suffix().toLower());
    if (f >= 0)
        format_->setCurrentIndex(f);
}

void ExportDialog::syncSuffix()
{
    QFileInfo info(path_->text());
    const QString wanted = format_->currentData().toString();
    if (info.suffix().toLower() == wanted)
        return;
    path_->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + wanted));
}

ImageExportOptions ExportDialog::options() const
{
    ImageExportOptions o;
    o.path = path_->text();
    o.format = format_->currentData().toString();
    o.width = width_->value();
    o.height = height_->value();
    o.scale = scale_->value();
    o.caption = withCaption_->isChecked() ? caption_ : QString();
    return o;
}

} // namespace ui
