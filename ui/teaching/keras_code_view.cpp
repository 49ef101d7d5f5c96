#include "ui/teaching/keras_code_view.hpp"

#include "keras_code.hpp"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QVBoxLayout>

namespace ui
{

namespace
{

// Python colouring, plus the two arguments the lesson is about in bold on a light background.
class PythonHighlighter : public QSyntaxHighlighter
{
public:
    explicit PythonHighlighter(QTextDocument* doc) : QSyntaxHighlighter(doc)
    {
        QTextCharFormat keyword;
        keyword.setForeground(QColor(0x7b, 0x1f, 0xa2));
        keyword.setFontWeight(QFont::Bold);
        QTextCharFormat number;
        number.setForeground(QColor(0x00, 0x69, 0x5c));
        QTextCharFormat string;
        string.setForeground(QColor(0xb7, 0x1c, 0x1c));
        QTextCharFormat comment;
        comment.setForeground(QColor(0x61, 0x61, 0x61));
        comment.setFontItalic(true);
        QTextCharFormat lesson;
        lesson.setFontWeight(QFont::Bold);
        lesson.setBackground(QColor(0xff, 0xf1, 0x76));
        rules_ = {
            {QRegularExpression(QStringLiteral(
                 "\\b(import|from|as|def|return|for|in|if|else|True|False|None|lambda)\\b")),
             keyword},
            {QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?([eE][-+]?\\d+)?\\b")), number},
            {QRegularExpression(QStringLiteral("\"[^\"]*\"|'[^']*'")), string},
            {QRegularExpression(QStringLiteral("\\b(batch_size|epochs)=[^,)]*")), lesson},
            {QRegularExpression(QStringLiteral("#.*$")), comment},
        };
    }

protected:
    void highlightBlock(const QString& text) override
    {
        for (const auto& [pattern, format] : rules_) {
            auto it = pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                          format);
            }
        }
    }

private:
    std::vector<std::pair<QRegularExpression, QTextCharFormat>> rules_;
};

} // namespace

KerasCodeView::KerasCodeView(QWidget* parent) : QWidget(parent)
{
    auto* intro = new QLabel(
        tr("The same run in Keras: paste it into a notebook (Python with numpy and Keras 3). The "
           "data are drawn with numpy, so the numbers differ a little from BatchLab's; the "
           "network, the optimizer and <code>model.fit</code> are the same."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    intro->setMinimumWidth(160);

    editor_ = new QPlainTextEdit;
    editor_->setObjectName(QStringLiteral("kerasCode"));
    editor_->setReadOnly(true);
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new PythonHighlighter(editor_->document());

    copy_ = new QPushButton(tr("&Copy code"));
    copy_->setToolTip(tr("Copy the whole code to the clipboard"));
    save_ = new QPushButton(tr("Save as .&py…"));
    save_->setToolTip(tr("Save the code as a Python file"));
    status_ = new QLabel;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copy_);
    buttons->addWidget(save_);
    buttons->addWidget(status_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(intro);
    layout->addWidget(editor_, 1);
    layout->addLayout(buttons);

    connect(copy_, &QPushButton::clicked, this, &KerasCodeView::copyCode);
    connect(save_, &QPushButton::clicked, this, &KerasCodeView::askSave);
}

void KerasCodeView::setSettings(const core::RunSettings& settings)
{
    setSpec(core::specOf(settings));
}

void KerasCodeView::setSpec(const core::RunSpec& spec)
{
    spec_ = spec;
    const QString text = QString::fromStdString(core::kerasCode(spec, shownRows));
    if (text == shown_)
        return;
    shown_ = text;
    // Keep the reader's place while the sliders move.
    const int v = editor_->verticalScrollBar()->value();
    const int h = editor_->horizontalScrollBar()->value();
    editor_->setPlainText(text);
    editor_->verticalScrollBar()->setValue(v);
    editor_->horizontalScrollBar()->setValue(h);
    status_->clear();
}

QString KerasCodeView::code() const
{
    return QString::fromStdString(core::kerasCode(spec_));
}

void KerasCodeView::copyCode()
{
    QApplication::clipboard()->setText(code());
    status_->setText(tr("Copied."));
    QTimer::singleShot(3000, status_, &QLabel::clear);
    emit copied();
}

QString KerasCodeView::saveCode(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(code().toUtf8());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void KerasCodeView::askSave()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Keras code"), QDir(dir).filePath(QStringLiteral("batchlab_fit.py")),
        tr("Python files (*.py)"));
    if (path.isEmpty())
        return;
    const QString error = saveCode(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Saving failed"), error);
    else
        status_->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ui
