// Asks where and how to save an image: file (the suffix picks the format), size, scale and
// whether to add the caption with the settings.
#pragma once

#include "ui/plots/image_exporter.hpp"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace ui
{

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString& what, const QString& suggestedPath, QSize size,
                 const QString& caption, QWidget* parent = nullptr);
    ImageExportOptions options() const;

private:
    void browse();
    void syncSuffix();

    QString caption_;
    QLineEdit* path_ = nullptr;
    QComboBox* format_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QDoubleSpinBox* scale_ = nullptr;
    QCheckBox* withCaption_ = nullptr;
};

} // namespace ui
