// Owns the main window. When the user picks another language (View > Language) it saves the
// choice, installs that language's translations and replaces the window by one built in the
// new language, carrying over the settings, the pace, the window's geometry and docks and the
// lesson being followed (which starts again). The run starts again too: training is
// deterministic, so the same curves come back.
#pragma once

#include "main_window.hpp"

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
    // What the menu does: apply `code` ("" = system language) and rebuild the window.
    void switchLanguage(const QString& code);

signals:
    void windowReplaced(ui::MainWindow* window);

private:
    void adopt(std::unique_ptr<MainWindow> window);

    MainWindow::Options options_;
    std::unique_ptr<MainWindow> window_;
};

} // namespace ui
