// GUI responsiveness while training at full speed with B = 1 on the default data (a benchmark,
// not a test; docs/PERFORMANCE.md "GUI responsiveness").
//
// Opens the real window, starts the default run with batch_size 1 and enough epochs for the
// requested number of updates, and measures on the GUI thread:
//   - the gaps between ticks of a 5 ms timer over a window of S seconds (p50, p99, max);
//   - the plot refresh rate (replots per second of the per-update and per-epoch plots);
//   - resident memory (VmRSS) once N updates are done.
// Usage: gui_responsiveness [--seconds S] [--updates N]   (defaults 10 s, 10,000,000 updates)
// Without a display the offscreen platform is used.
#include "ui/controls/controls_panel.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace
{

double residentMegabytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1.0;
}

// CPU time of the calling thread (s).
double threadCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t i =
        std::min(v.size() - 1, static_cast<std::size_t>(q * (v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Measuring window (s)."),
                                           QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption updatesOption(QStringLiteral("updates"),
                                           QStringLiteral("Updates before reading memory."),
                                           QStringLiteral("n"), QStringLiteral("10000000"));
    parser.addOption(secondsOption);
    parser.addOption(updatesOption);
    parser.process(app);
    const double seconds = std::max(1.0, parser.value(secondsOption).toDouble());
    const qint64 updates = std::max<qint64>(1, parser.value(updatesOption).toLongLong());

    ui::MainWindow::Options options;
    options.useSavedSettings = false;
    options.saveSettings = false;
    options.startPaused = true;
    ui::MainWindow window(options);
    window.show();
    core::RunSettings s = ui::defaultRunSettings();
    s.train.batchSize = 1;
    const int steps = s.trainingRows();
    s.train.epochs = static_cast<int>((updates + steps - 1) / steps);
    window.controller()->setSpeed(0.0);
    window.controller()->setPaused(false);
    window.controller()->start(s);

    quint64 snapshots = 0;
    QObject::connect(window.controller(), &ui::TrainingController::snapshotReceived, &app,
                     [&] { ++snapshots; });
    quint64 snapshotsAtStart = 0;
    double snapshotRate = 0;
    double cpuAtStart = 0, guiBusy = 0;
    std::vector<double> gaps;
    gaps.reserve(static_cast<std::size_t>(seconds * 400));
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    bool measuring = false;
    quint64 replotsAtStart = 0;
    qint64 updatesAtStart = 0;
    double p50 = 0, p99 = 0, worst = 0, refresh = 0, updateRate = 0, rssAfterWindow = 0;
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        if (!measuring)
            return;
        gaps.push_back(sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
        if (clock.elapsed() >= seconds * 1000.0) {
            measuring = false;
            const double elapsed = clock.nsecsElapsed() / 1e9;
            p50 = percentile(gaps, 0.50);
            p99 = percentile(gaps, 0.99);
            worst = *std::max_element(gaps.begin(), gaps.end());
            // Both plots replot together; count the per-update plot's refreshes.
            refresh = (window.lossPerUpdatePlot()->replotCount() - replotsAtStart) / elapsed;
            updateRate = (window.controller()->progress().updatesDone - updatesAtStart) / elapsed;
            rssAfterWindow = residentMegabytes();
            snapshotRate = (snapshots - snapshotsAtStart) / elapsed;
            guiBusy = (threadCpuSeconds() - cpuAtStart) / elapsed;
        }
    });
    // Start measuring one second after training began (the window has settled).
    QTimer::singleShot(1000, &app, [&] {
        measuring = true;
        replotsAtStart = window.lossPerUpdatePlot()->replotCount();
        updatesAtStart = window.controller()->progress().updatesDone;
        snapshotsAtStart = snapshots;
        cpuAtStart = threadCpuSeconds();
        clock.start();
        sinceTick.start();
    });
    ticker.start();

    QTimer done;
    QElapsedTimer total;
    total.start();
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        const ui::RunProgress& p = window.controller()->progress();
        if (!measuring && clock.isValid() && p50 > 0 &&
            (p.updatesDone >= updates || p.state == ui::RunState::Finished))
            app.quit();
        if (total.elapsed() > 30 * 60 * 1000)
            app.quit();
    });
    done.start(200);
    app.exec();

    const ui::RunProgress& p = window.controller()->progress();
    const double rss = residentMegabytes();
    const bool ok = p99 < 20.0 && worst < 100.0 && refresh >= 30.0 && rss < 300.0;
    std::printf("GUI responsiveness (default data, batch_size 1, full speed)\n");
    std::printf(
        "  5 ms timer gaps over %.0f s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks)\n",
        seconds, p50, p99, worst, gaps.size());
    std::printf("  plot refresh: %.1f replots/s of the per-update plot (%.1f snapshots/s)\n",
                refresh, snapshotRate);
    std::printf("  GUI thread busy: %.0f%% of the window (CPU time)\n", 100.0 * guiBusy);
    std::printf("  training during the window: %.0f updates/s\n", updateRate);
    std::printf("  resident memory: %.1f MB after the window, %.1f MB after %lld updates "
                "(%d epochs; per-update points kept: %zu, %lld updates each)\n",
                rssAfterWindow, rss, static_cast<long long>(p.updatesDone), p.epochsDone,
                window.lossPerUpdatePlot()->points().size(),
                static_cast<long long>(window.lossPerUpdatePlot()->stride()));
    std::printf("  mean replot time: per update %.1f ms, per epoch %.1f ms, data view %.1f ms\n",
                window.lossPerUpdatePlot()->replotTime(true),
                window.lossPerEpochPlot()->replotTime(true), window.dataView()->replotTime(true));
    std::printf("  targets: p99 < 20 ms, max < 100 ms, >= 30 replots/s, < 300 MB: %s\n",
                ok ? "met" : "NOT met");
    return ok ? 0 : 1;
}
