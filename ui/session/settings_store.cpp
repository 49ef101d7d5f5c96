#include "ui/session/settings_store.hpp"

#include "settings_schema.hpp"

#include <QSettings>

#include <stdexcept>

namespace ui
{

core::RunSettings defaultRunSettings()
{
    core::RunSettings s = core::overfitPreset();
    s.train.earlyStopping.patience = 20;
    s.train.earlyStopping.restoreBestWeights = true;
    return s;
}

// Every field of the settings schema (core/settings_schema.hpp) under its store key, as the
// text the schema reads back exactly (choices as their words, not enum numbers).
void saveRunSettings(QSettings& store, const core::RunSettings& s)
{
    store.beginGroup(QStringLiteral("run"));
    for (const core::SettingField& f : core::settingFields())
        store.setValue(QLatin1String(f.storeKey), QString::fromStdString(core::settingText(f, s)));
    store.endGroup();
}

core::RunSettings loadRunSettings(QSettings& store)
{
    const core::RunSettings d = defaultRunSettings();
    core::RunSettings s = d;
    store.beginGroup(QStringLiteral("run"));
    for (const core::SettingField& f : core::settingFields()) {
        const QString key = QLatin1String(f.storeKey);
        if (!store.contains(key))
            continue;
        try {
            core::setSettingText(f, s, store.value(key).toString().toStdString());
        } catch (const core::SettingError&) {
            // out of range, or written by an older BatchLab: this field keeps its default
        }
    }
    store.endGroup();
    try {
        s.validate();
    } catch (const std::invalid_argument&) {
        return d; // a damaged or outdated file: start from the defaults
    }
    return s;
}

} // namespace ui
