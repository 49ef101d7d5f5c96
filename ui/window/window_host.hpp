// Owns the main window. When the user picks another language (View > Language) it saves the
// choice, installs that language's translations and replaces the window by one built in the
// new language, carrying over the settings, the pace, the window's geometry and docks and the
// lesson being followed (which starts again). The window is a view of the host's Session: the
// runs, the live one included, stay as they are (nothing is trained again; an opened record keeps
// its initial weights).
#pragma once

#include "ui/window/main_window.hpp"

#include <QObject>

#include <memory>

namespace ui
{

class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(const MainWindow::Options& options, QObject* parent = nullptr);
    ~WindowHost() override;

    MainWindow* window() const { return window_.get(); }
    Session* session() const { return session_.get(); }
    // What the menu does: apply `code` ("" = system language) and rebuild the window.
    void switchLanguage(const QString& code);

signals:
    void windowReplaced(ui::MainWindow* window);

private:
    void adopt(std::unique_ptr<MainWindow> window);

    MainWindow::Options options_;
    std::unique_ptr<Session> session_; // outlives every window
    std::unique_ptr<MainWindow> window_;
};

} // namespace ui
