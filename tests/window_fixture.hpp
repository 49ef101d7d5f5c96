// What the window tests share (header-only): a window built for a test (paused or not, reading
// and writing QSettings or not, from given settings and pace, shown or not) whose error dialogs
// fail the test or are collected; small quick runs; training settings to the end as the controls
// would.
#pragma once

#include "run_settings.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/session/session.hpp"
#include "ui/window/main_window.hpp"

#include <QStringList>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

namespace fixture
{

// The error dialogs a window would have shown.
struct Errors {
    QStringList titles;
    QStringList texts;
};

// What a test wants of its window, said in a chain:
// fixture::Setup().paused().debounce(30).shown().window().
// By default it neither reads nor writes QSettings, plays, keeps the controller's restart delay,
// is not shown, and an error dialog fails the running test.
class Setup
{
public:
    Setup& paused(bool on = true)
    {
        paused_ = on;
        return *this;
    }
    // The last settings and window state (QSettings).
    Setup& readsSettings(bool on = true)
    {
        readsSettings_ = on;
        return *this;
    }
    // When they change and on close.
    Setup& writesSettings(bool on = true)
    {
        writesSettings_ = on;
        return *this;
    }
    Setup& session(ui::Session* session)
    {
        session_ = session;
        return *this;
    }
    Setup& settings(std::optional<core::RunSettings> settings)
    {
        settings_ = std::move(settings);
        return *this;
    }
    Setup& fullSpeed()
    {
        speed_ = 0.0;
        return *this;
    }
    // The controller's restart delay after an edit.
    Setup& debounce(int ms)
    {
        debounceMs_ = ms;
        return *this;
    }
    Setup& shown(bool on = true)
    {
        shown_ = on;
        return *this;
    }
    // The errors are collected there instead.
    Setup& collect(Errors* errors)
    {
        errors_ = errors;
        return *this;
    }

    ui::MainWindow::Options options() const
    {
        ui::MainWindow::Options o;
        o.useSavedSettings = readsSettings_;
        o.saveSettings = writesSettings_;
        o.startPaused = paused_;
        o.session = session_;
        o.initialSettings = settings_;
        o.initialSpeed = speed_;
        return o;
    }
    std::unique_ptr<ui::MainWindow> window() const;

private:
    bool paused_ = false;
    bool readsSettings_ = false;
    bool writesSettings_ = false;
    ui::Session* session_ = nullptr;
    std::optional<core::RunSettings> settings_;
    std::optional<double> speed_;
    std::optional<int> debounceMs_;
    bool shown_ = false;
    Errors* errors_ = nullptr;
};

// An error dialog fails the running test.
inline void failOnError(ui::MainWindow& w)
{
    w.setErrorSink([](const QString& title, const QString& text) {
        QFAIL(qPrintable(QStringLiteral("unexpected error dialog: %1: %2").arg(title, text)));
    });
}

inline void collectErrors(ui::MainWindow& w, Errors* errors)
{
    w.setErrorSink([errors](const QString& title, const QString& text) {
        errors->titles << title;
        errors->texts << text;
    });
}

inline std::unique_ptr<ui::MainWindow> Setup::window() const
{
    auto w = std::make_unique<ui::MainWindow>(options());
    if (debounceMs_)
        w->controller()->setDebounceMilliseconds(*debounceMs_);
    if (errors_)
        collectErrors(*w, errors_);
    else
        failOnError(*w);
    if (shown_)
        w->show();
    return w;
}

// A small, quick run of the overfitting preset (core::overfitPreset: N = 30 training rows).
struct SmallRun {
    std::vector<int> hidden = {8};
    int batch = 8;
    int epochs = 6;
    int validationRows = 200;
};
inline core::RunSettings smallRun(const SmallRun& r = {})
{
    core::RunSettings s = core::overfitPreset();
    s.data.nVal = r.validationRows;
    s.hidden = r.hidden;
    s.train.batchSize = r.batch;
    s.train.epochs = r.epochs;
    return s;
}

// The run has finished and no comparison is under way.
inline bool allFinished(const ui::MainWindow& w)
{
    return w.controller()->progress().state == ui::RunState::Finished && !w.session()->comparing();
}

// Trains these settings in the window, as the controls would, to the end.
inline void trainTo(ui::MainWindow& w, const core::RunSettings& s)
{
    w.controlsPanel()->setSettings(s);
    w.restartFromPanel();
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(w), 60000);
}

} // namespace fixture
