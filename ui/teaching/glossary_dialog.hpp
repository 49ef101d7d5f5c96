// Help > Glossary: the words of the lesson in English and Korean, one line each, and the exam
// story they come from. The terms are data (resources/glossary.json, embedded as
// :/glossary/glossary.json); tests/tst_glossary keeps the translations and lessons to them.
#pragma once

#include <QDialog>
#include <QString>
#include <QVector>

class QTextBrowser;

namespace ui
{

struct GlossaryTerm {
    QString en;
    QString ko;
    QString alsoKo; // the other Korean form, shown here only ("에포크(에폭)")
    QString keras;  // the name in Keras code, if any
    QString explainEn;
    QString explainKo;
};

struct Glossary {
    QString storyEn;
    QString storyKo;
    QVector<GlossaryTerm> terms;
};

// Reads a glossary file; on a bad file returns an empty glossary and sets `error`.
Glossary loadGlossary(const QString& path, QString* error = nullptr);
// The embedded glossary.
QString embeddedGlossaryPath();

// The terms as a table, as Help > Glossary shows them: English first with both explanations,
// or Korean first with the Korean one (a Korean worksheet).
enum class GlossaryOrder { EnglishFirst, KoreanFirst };
QString glossaryTermsHtml(const Glossary& g, GlossaryOrder order);

class GlossaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget* parent = nullptr,
                            const QString& path = embeddedGlossaryPath());
    // The page as shown (HTML), for tests.
    QString html() const;

private:
    QTextBrowser* browser_ = nullptr;
};

} // namespace ui
