// What the window's attachments (File menu runs, classroom mode) work with, handed to them by the
// window that composes them, so that they never need the window's own class (ui/ links one way:
// see ui/CMakeLists.txt).
#pragma once

#include <QString>

#include <functional>

class QMainWindow;
class QMenu;

namespace ui
{

class ControlsPanel;
class Session;
class TrainingController;

struct WindowParts {
    QMainWindow* window = nullptr; // parent of their dialogs, menus and docks
    Session* session = nullptr;
    TrainingController* controller = nullptr; // the session's
    ControlsPanel* panel = nullptr;
    // The window's error sink (a dialog, or what a test put there).
    std::function<void(const QString& title, const QString& text)> report;
    // A sentence in the status bar for `ms` milliseconds.
    std::function<void(const QString& text, int ms)> note;
    // Train what the controls say now.
    std::function<void()> restartFromPanel;
    QMenu* viewMenu = nullptr;    // the window's View menu
    bool useSavedSettings = true; // the window reads QSettings
    bool saveSettings = true;     // the window writes QSettings
};

} // namespace ui
