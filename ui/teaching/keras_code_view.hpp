// The Keras code panel: the Python code that trains what the controls describe (core::kerasCode),
// updated live as the sliders move, with Python colouring, the batch_size and epochs arguments
// emphasised, a Copy button and Save as .py.
#pragma once

#include "run_spec.hpp"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ui
{

class KerasCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit KerasCodeView(QWidget* parent = nullptr);

    void setSettings(const core::RunSettings& settings);
    // The code of a run that may bring its own rows.
    void setSpec(const core::RunSpec& spec);
    QString code() const;
    QPlainTextEdit* editor() const { return editor_; }
    QPushButton* copyButton() const { return copy_; }
    QPushButton* saveButton() const { return save_; }
    QLabel* statusLabel() const { return status_; }

    // Copies the code to the clipboard.
    void copyCode();
    // Writes the code to `path` atomically; returns an error message, empty when it worked.
    QString saveCode(const QString& path) const;

signals:
    void copied();

private:
    void askSave();

    QPlainTextEdit* editor_;
    QPushButton* copy_;
    QPushButton* save_;
    QLabel* status_;
};

} // namespace ui
