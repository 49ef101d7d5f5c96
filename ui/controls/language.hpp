// The interface language. It follows the system locale unless the user picked one in
// View > Language (kept in QSettings as interface/language). applyLanguage() installs Qt's and
// BatchLab's translations for a language, replacing those installed before, and makes it the
// default QLocale (the lessons and number formats follow it).
#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

class QActionGroup;

namespace ui
{

// "" means the system's language.
QString savedLanguage();
void saveLanguage(const QString& code);
// The languages BatchLab ships ("en", "ko").
QStringList availableLanguages();
// A language's name in that language ("English", "한국어"): readable whatever the interface says.
QString nativeLanguageName(const QString& code);
// The locale `code` stands for ("" = the system's).
QLocale localeFor(const QString& code);
// Installs the translations of `code` ("" = the system's language; English when BatchLab has
// none for it). Returns false when BatchLab's own translation could not be loaded.
bool applyLanguage(const QString& code);
// The language applied last ("" = the system's).
QString appliedLanguage();

// "System language", then each available language; the current one is checked.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);
    QAction* actionFor(const QString& code) const;

signals:
    // The user chose a language other than the current one.
    void languageChosen(const QString& code);

private:
    QActionGroup* group_;
};

} // namespace ui
