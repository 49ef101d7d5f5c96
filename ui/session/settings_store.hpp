// Reads and writes the run settings in QSettings (group "run"); the defaults of the window.
#pragma once

#include "run_settings.hpp"

class QSettings;

namespace ui
{

// The run the window starts with: core::overfitPreset() (overfits within seconds), with a
// patience for the "early stopping would stop here" mark.
core::RunSettings defaultRunSettings();

void saveRunSettings(QSettings& store, const core::RunSettings& s);
// Values missing or out of range fall back to the defaults.
core::RunSettings loadRunSettings(QSettings& store);

} // namespace ui
