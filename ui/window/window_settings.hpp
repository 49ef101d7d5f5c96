// The window's state between sessions (QSettings, group "window"): its geometry (as long as it
// fits the screen it is on), the docks, the splitters, the plots' options, the pace and the export
// folder, beside the run settings (ui/session/settings_store.hpp). Also the docks and splitters
// alone, for a window rebuilt in another language, and the first size that fits the screen.
#pragma once

#include <QByteArray>

class QMainWindow;
class QSplitter;
class QWidget;

namespace ui
{

class ControlsPanel;
class ExportActions;
class PlotCards;

class WindowSettings
{
public:
    struct Parts {
        QMainWindow* window = nullptr;
        ControlsPanel* panel = nullptr;
        QSplitter* main = nullptr;   // the panel beside the plots
        QSplitter* plots = nullptr;  // the per-update plot above the bottom row
        QSplitter* bottom = nullptr; // the per-epoch plot beside the data
        PlotCards* cards = nullptr;
        ExportActions* exports = nullptr;
    };
    explicit WindowSettings(const Parts& parts) : parts_(parts) {}

    // Writes the run settings and the window's state to QSettings.
    void save() const;
    // Reads the window's state back (not the run settings: the window's constructor does).
    void restore() const;
    // The docks' places and the splitters' sizes.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& layout) const;

    // Roomy where the screen allows, else the screen's available area, centred.
    static void fitScreen(QWidget* window);

private:
    Parts parts_;
};

} // namespace ui
