#include "ui/controls/language.hpp"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace ui
{

namespace
{

const QString languageKey = QStringLiteral("interface/language");

struct Installed {
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> own;
    QString code;
};

Installed& installed()
{
    static Installed i;
    return i;
}

void replace(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QString savedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString nativeLanguageName(const QString& code)
{
    const QLocale locale = localeFor(code);
    // Qt names en_US "American English"; the menu offers English as such.
    QString name = locale.language() == QLocale::English
                       ? QLocale::languageToString(QLocale::English)
                       : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "english" in some CLDR versions
    return name;
}

QLocale localeFor(const QString& code)
{
    if (code.isEmpty())
        return QLocale::system();
    if (code == QLatin1String("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    return QLocale(code);
}

bool applyLanguage(const QString& code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    auto own = std::make_unique<QTranslator>();
    // English is a translation too (it holds the plural forms); it is the fallback.
    if (!own->load(locale, QStringLiteral("batchlab"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) &&
        !own->load(QStringLiteral(":/i18n/batchlab_en.qm")))
        own.reset();
    const bool ok = own != nullptr;
    Installed& i = installed();
    replace(i.qt, std::move(qt));
    replace(i.own, std::move(own));
    i.code = code;
    return ok;
}

QString appliedLanguage()
{
    return installed().code;
}

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent), group_(new QActionGroup(this))
{
    auto add = [this](const QString& text, const QString& code) {
        QAction* a = addAction(text);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == appliedLanguage());
        group_->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != appliedLanguage())
                emit languageChosen(code);
        });
    };
    add(tr("&System language (%1)").arg(nativeLanguageName(QLocale::system().name())), QString());
    addSeparator();
    for (const QString& code : availableLanguages())
        add(nativeLanguageName(code), code);
}

QAction* LanguageMenu::actionFor(const QString& code) const
{
    for (QAction* a : group_->actions())
        if (a->data().toString() == code)
            return a;
    return nullptr;
}

} // namespace ui
