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
    // The code of a run that may bring its own rows. The panel shows at most shownRows rows of a
    // file's arrays (a class's large file would make a text of millions of lines).
    void setSpec(const core::RunSpec& spec);
    static constexpr int shownRows = 200;
    // The whole code (every row): what Copy and Save write.
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

    core::RunSpec spec_;
    QString shown_; // the editor's text as last set
    QPlainTextEdit* editor_;
    QPushButton* copy_;
    QPushButton* save_;
    QLabel* status_;
};

} // namespace ui
