// GUI responsiveness while training at full speed with B = 1 (a benchmark, not a test;
// docs/PERFORMANCE.md "GUI responsiveness").
//
// Opens the real window (1920 x 1080), starts the default run with the requested data and batch
// size and enough epochs for the requested number of updates, and measures on the GUI thread:
//   - the gaps between ticks of a 5 ms timer over a window of S seconds (p50, p99, max);
//   - the plot refresh rate (replots per second of the per-update and per-epoch plots);
//   - the training rate inside the window, beside the headless rate of the same run (the same
//     settings trained by core::Trainer into a core::History on a thread of the worker's
//     priority, S seconds before and S seconds after the window, in the same process);
//   - resident memory (VmRSS) once N updates are done.
// Usage: gui_responsiveness [--seconds S] [--updates N] [--dataset NAME] [--train-size N]
//                           [--val-size N] [--noise X] [--batch-size B]
//                           [--overlay K [--overlay-updates U]] [--sweep]
//                           [--experiment NAME [--experiment-seeds K]]
// (defaults 10 s, 10,000,000 updates, the window's default data, B = 1; --dataset digits: 100
// practice and 500 new pictures, 64-32-10 tanh). The spiral run:
//   gui_responsiveness --seconds 10 --updates 400000 --dataset spiral --train-size 2000
//                      --val-size 1000 --noise 0.2
// --overlay K first trains K kept runs of the same settings (initial-weight and shuffle seeds
// 1..K, U updates each, default 1,000,000; on all cores, before the window opens) and puts them
// into the window's run store, overlaid in both loss plots while the live run trains, as in
//   gui_responsiveness --seconds 10 --overlay 8; memory target < 400 MB instead of 300).
// --sweep opens Experiments > Sweep... and starts its default sweep as a user would (on one core
// less than the machine has, while the window trains), again whenever it ends, so that a sweep
// trains in the background and its view fills during the whole measuring window.
// --experiment NAME (critical-batch, noise-scale, linear-scaling, increase-batch) does the same
// with Experiments > Batch-size science...: the experiment with K seeds (default 1) trains in
// the background, its runs enter the run store and its plots are redrawn as they end, e.g.
//   gui_responsiveness --seconds 10 --experiment critical-batch
// Without a display the offscreen platform is used.
#include "batch_science.hpp"
#include "history.hpp"
#include "run_record.hpp"
#include "trainer.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/experiments/science_dialog.hpp"
#include "ui/experiments/science_plot.hpp"
#include "ui/experiments/sweep_dialog.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/session.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/session/sweep_job.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QSpinBox>
#include <QTimer>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <thread>
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

// The id of this process's thread whose name starts with `name` (empty: none).
QString namedThread(const QByteArray& name)
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith(name))
            return tid;
    }
    return {};
}

// CPU time (s) of this process's thread whose name starts with `name` (-1: none).
double namedThreadCpuSeconds(const QByteArray& name)
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    if (const QString tid = namedThread(name); !tid.isEmpty()) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray text = stat.readAll();
        // Fields after the ")" that ends the name: state is field 3, utime 14, stime 15.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 13)
            return -1.0;
        return (f[11].toDouble() + f[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
    return -1.0;
}

struct HeadlessRate {
    double perSecond = 0.0;    // updates per second of wall time
    double perCpuSecond = 0.0; // updates per second of the thread's CPU time
};

// Updates per second of `s` trained without a window for `seconds` (as batchlab --headless
// trains: a core::History observes every update and epoch), on a thread with the priority of
// the window's training worker (nice +8 unless --worker-nice says otherwise).
HeadlessRate headlessRate(const core::RunSettings& s, double seconds, int nice)
{
    HeadlessRate rate;
    std::thread worker([&] {
        setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), nice);
        const core::DataSplit data = s.makeData();
        core::Trainer trainer(s.makeInitialNetwork(), data.train, data.val, s.train);
        core::History history(100000);
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuSeconds();
        double elapsed = 0.0;
        while (elapsed < seconds && trainer.step(&history))
            elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        rate.perSecond = trainer.updatesDone() / std::max(elapsed, 1e-9);
        rate.perCpuSecond = trainer.updatesDone() / std::max(threadCpuSeconds() - cpuStart, 1e-9);
    });
    worker.join();
    return rate;
}

// A dialog's job (Experiments > Sweep... or Batch-size science...) started as a user starts it,
// and started again whenever it ends, so that it trains during the whole measuring window.
struct Background {
    ui::SweepJob* job = nullptr;
    std::function<bool()> start;
    int started = 0;
    int runsBefore = 0; // of the jobs that ended before the current one
    int runsAtStart = 0;
    int runsMeasured = 0;

    bool begin(QObject* context)
    {
        if (!job || !start())
            return false;
        started = 1;
        QObject::connect(job, &ui::SweepJob::finished, context, [this, context](bool cancelled) {
            if (cancelled)
                return;
            runsBefore += job->runsDone();
            QTimer::singleShot(0, context, [this] {
                if (start())
                    ++started;
            });
        });
        return true;
    }
    int runs() const { return job ? runsBefore + job->runsDone() : 0; }
};

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
    const QCommandLineOption datasetOption(QStringLiteral("dataset"),
                                           QStringLiteral("Generated data: moons, spiral, ..."),
                                           QStringLiteral("name"));
    const QCommandLineOption trainOption(QStringLiteral("train-size"),
                                         QStringLiteral("Training rows (questions)."),
                                         QStringLiteral("n"));
    const QCommandLineOption valOption(QStringLiteral("val-size"),
                                       QStringLiteral("Validation rows."), QStringLiteral("n"));
    const QCommandLineOption noiseOption(QStringLiteral("noise"),
                                         QStringLiteral("Noise of the generated data."),
                                         QStringLiteral("x"));
    const QCommandLineOption batchOption(QStringLiteral("batch-size"),
                                         QStringLiteral("Batch size (default 1)."),
                                         QStringLiteral("b"), QStringLiteral("1"));
    const QCommandLineOption niceOption(
        QStringLiteral("worker-nice"),
        QStringLiteral("Nice value of the training thread (the window sets 8) and of the "
                       "headless one."),
        QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption noBandOption(
        QStringLiteral("hide-band"),
        QStringLiteral("Hide the min/max band of the per-update plot (to measure its cost)."));
    const QCommandLineOption noExamOption(
        QStringLiteral("hide-exam"),
        QStringLiteral("Close the exam view's dock (to measure what drawing it costs)."));
    const QCommandLineOption overlayOption(
        QStringLiteral("overlay"),
        QStringLiteral("Kept runs overlaid in the plots while the live run trains."),
        QStringLiteral("k"), QStringLiteral("0"));
    const QCommandLineOption overlayUpdatesOption(QStringLiteral("overlay-updates"),
                                                  QStringLiteral("Updates of each overlaid run."),
                                                  QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption sweepOption(
        QStringLiteral("sweep"),
        QStringLiteral("Train Experiments > Sweep's default sweep in the background, again and "
                       "again, while measuring."));
    const QCommandLineOption experimentOption(
        QStringLiteral("experiment"),
        QStringLiteral("Train this batch-size experiment (Experiments > Batch-size science...) "
                       "in the background, again and again, while measuring."),
        QStringLiteral("name"));
    const QCommandLineOption experimentSeedsOption(
        QStringLiteral("experiment-seeds"), QStringLiteral("Seeds of the experiment (default 1)."),
        QStringLiteral("k"), QStringLiteral("1"));
    for (const QCommandLineOption* o :
         {&secondsOption, &updatesOption, &datasetOption, &trainOption, &valOption, &noiseOption,
          &batchOption, &niceOption, &noBandOption, &noExamOption, &overlayOption,
          &overlayUpdatesOption, &sweepOption, &experimentOption, &experimentSeedsOption})
        parser.addOption(*o);
    parser.process(app);
    const double seconds = std::max(1.0, parser.value(secondsOption).toDouble());
    const qint64 updates = std::max<qint64>(1, parser.value(updatesOption).toLongLong());

    core::RunSettings s = ui::defaultRunSettings();
    if (parser.isSet(datasetOption)) {
        const std::string name = parser.value(datasetOption).toStdString();
        if (!core::parseDatasetKind(name, s.data.kind)) {
            std::fprintf(stderr, "unknown dataset '%s'\n", name.c_str());
            return 2;
        }
        if (s.data.kind == core::DatasetKind::Digits) {
            // The digits as docs/PERFORMANCE.md times them: 100 practice and 500 new pictures,
            // 64-32-10 tanh.
            s.data.nTrain = core::digitsTrainRows;
            s.data.nVal = core::digitsValRows;
            s.hidden = {32};
        }
    }
    if (parser.isSet(trainOption))
        s.data.nTrain = parser.value(trainOption).toInt();
    if (parser.isSet(valOption))
        s.data.nVal = parser.value(valOption).toInt();
    if (parser.isSet(noiseOption))
        s.data.noise = parser.value(noiseOption).toDouble();
    s.train.batchSize = std::max(1, parser.value(batchOption).toInt());
    const int steps = core::stepsPerEpoch(s.trainingRows(), s.train.batchSize);
    s.train.epochs = static_cast<int>((updates + steps - 1) / steps);
    try {
        s.validate();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bad settings: %s\n", e.what());
        return 2;
    }
    const int workerNice = parser.value(niceOption).toInt();
    const int overlays = std::clamp(parser.value(overlayOption).toInt(), 0, 32);
    const qint64 overlayUpdates =
        std::clamp<qint64>(parser.value(overlayUpdatesOption).toLongLong(), 1, 100'000'000);
    // The kept runs: trained to the end like any run of the window, on all cores at once.
    std::vector<core::RunRecord> kept(static_cast<std::size_t>(overlays));
    double keptSeconds = 0.0;
    if (overlays > 0) {
        const auto start = std::chrono::steady_clock::now();
        std::atomic<int> next{0};
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
            pool.emplace_back([&] {
                for (int i = next++; i < overlays; i = next++) {
                    core::RunSettings o = s;
                    o.initSeed = static_cast<std::uint64_t>(i + 1);
                    o.train.shuffleSeed = static_cast<std::uint64_t>(i + 1);
                    o.train.epochs = static_cast<int>((overlayUpdates + steps - 1) / steps);
                    const core::RunSpec spec = core::specOf(o);
                    kept[std::size_t(i)] =
                        core::makeRunRecord(spec, core::trainSpec(spec), "gui_responsiveness");
                }
            });
        for (std::thread& t : pool)
            t.join();
        keptSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    const HeadlessRate headlessBefore = headlessRate(s, seconds, workerNice);

    ui::MainWindow::Options options;
    options.useSavedSettings = false;
    options.saveSettings = false;
    options.startPaused = true;
    ui::MainWindow window(options);
    window.resize(1920, 1080);
    window.show();
    if (parser.isSet(noBandOption)) // the plot shows the band again when its points merge, so
        // it is hidden after every snapshot
        QObject::connect(window.controller(), &ui::TrainingController::snapshotReceived, &app,
                         [&] { window.lossPerUpdatePlot()->band()->setVisible(false); });
    if (parser.isSet(noExamOption))
        window.teaching()->examDock()->close();
    for (const core::RunRecord& r : kept)
        window.session()->store()->addRecord(r);
    const double rssWithKept = residentMegabytes();
    window.controller()->setSpeed(0.0);
    window.controller()->setPaused(false);
    // The run must outlast the measuring window even at the headless rate (else the window
    // would measure a finished run); the memory is still read after `updates` updates.
    core::RunSettings windowRun = s;
    const double needed = headlessBefore.perSecond * (seconds + 3.0) * 1.5;
    windowRun.train.epochs =
        std::max(s.train.epochs, static_cast<int>(std::ceil(needed / steps)) + 1);
    window.controller()->start(windowRun);

    // The sweep: the dialog a user opens, its Start button, restarted whenever it ends.
    ui::SweepDialog* sweepDialog = nullptr;
    Background sweep;
    if (parser.isSet(sweepOption)) {
        auto* action = window.findChild<QAction*>(QStringLiteral("sweepAction"));
        if (!action) {
            std::fprintf(stderr, "the window has no Sweep action\n");
            return 2;
        }
        action->trigger();
        sweepDialog = window.findChild<ui::SweepDialog*>();
        // The dialog starts from the window's settings, whose epochs were raised above to outlast
        // the measuring window: the sweep trains the default run's epochs instead.
        if (sweepDialog)
            sweepDialog->epochsBox()->setValue(ui::defaultRunSettings().train.epochs);
        if (sweepDialog) {
            sweep.job = sweepDialog->job();
            sweep.start = [sweepDialog] { return sweepDialog->startSweep(); };
        }
        if (!sweep.begin(&app)) {
            std::fprintf(stderr, "the default sweep did not start\n");
            return 2;
        }
    }

    // The experiment: the science dialog a user opens, its Start, restarted whenever it ends.
    ui::ScienceDialog* scienceDialog = nullptr;
    Background experiment;
    if (parser.isSet(experimentOption)) {
        core::Experiment kind{};
        if (!core::parseExperiment(parser.value(experimentOption).toStdString(), kind)) {
            std::fprintf(stderr, "unknown experiment '%s'\n",
                         qPrintable(parser.value(experimentOption)));
            return 2;
        }
        auto* action = window.findChild<QAction*>(QStringLiteral("scienceAction"));
        if (!action) {
            std::fprintf(stderr, "the window has no Batch-size science action\n");
            return 2;
        }
        action->trigger();
        scienceDialog = window.findChild<ui::ScienceDialog*>();
        if (scienceDialog) {
            scienceDialog->setExperiment(kind);
            if (auto* seedsBox = scienceDialog->findChild<QSpinBox*>())
                seedsBox->setValue(std::max(1, parser.value(experimentSeedsOption).toInt()));
            experiment.job = scienceDialog->job();
            experiment.start = [scienceDialog] { return scienceDialog->start(); };
        }
        if (!experiment.begin(&app)) {
            std::fprintf(stderr, "the experiment did not start\n");
            return 2;
        }
    }

    quint64 snapshots = 0;
    QObject::connect(window.controller(), &ui::TrainingController::snapshotReceived, &app,
                     [&] { ++snapshots; });
    quint64 snapshotsAtStart = 0;
    double snapshotRate = 0;
    double cpuAtStart = 0, guiBusy = 0, workerAtStart = 0, workerCpu = 0;
    std::vector<double> gaps;
    gaps.reserve(static_cast<std::size_t>(seconds * 400));
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    bool measuring = false;
    quint64 replotsAtStart = 0, dataReplotsAtStart = 0;
    int drawingsAtStart = 0;
    double dataReplots = 0, dataDrawings = 0;
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
            // The data view redraws its model layers a few times a second; full replots only
            // when its size or layout changes.
            dataReplots = (window.dataView()->replotCount() - dataReplotsAtStart) / elapsed;
            dataDrawings = (window.dataView()->modelDrawings() - drawingsAtStart) / elapsed;
            updateRate = (window.controller()->progress().updatesDone - updatesAtStart) / elapsed;
            rssAfterWindow = residentMegabytes();
            snapshotRate = (snapshots - snapshotsAtStart) / elapsed;
            guiBusy = (threadCpuSeconds() - cpuAtStart) / elapsed;
            workerCpu = namedThreadCpuSeconds("batchlab-train") - workerAtStart;
            for (Background* b : {&sweep, &experiment})
                b->runsMeasured = b->runs() - b->runsAtStart;
        }
    });
    // Start measuring one second after training began (the window has settled).
    QTimer::singleShot(1000, &app, [&] {
        measuring = true;
        replotsAtStart = window.lossPerUpdatePlot()->replotCount();
        dataReplotsAtStart = window.dataView()->replotCount();
        drawingsAtStart = window.dataView()->modelDrawings();
        updatesAtStart = window.controller()->progress().updatesDone;
        snapshotsAtStart = snapshots;
        for (Background* b : {&sweep, &experiment})
            b->runsAtStart = b->runs();
        cpuAtStart = threadCpuSeconds();
        if (workerNice != 8)
            setpriority(PRIO_PROCESS, namedThread("batchlab-train").toUInt(), workerNice);
        workerAtStart = namedThreadCpuSeconds("batchlab-train");
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

    // What the science dialog does on the GUI thread when a run ends: its plots drawn again from
    // all results so far (the drawing itself included), timed here once with the results at hand.
    double scienceRedrawMs = 0.0;
    int scienceResults = 0;
    if (scienceDialog) {
        core::Experiment kind{};
        core::parseExperiment(parser.value(experimentOption).toStdString(), kind);
        const std::vector<core::SweepRunResult> results = scienceDialog->job()->results();
        scienceResults = int(results.size());
        QElapsedTimer redraw;
        redraw.start();
        for (ui::SciencePlot* plot : scienceDialog->plots()) {
            plot->setResults(kind, scienceDialog->job()->plan(), results, std::nullopt);
            plot->replot(QCustomPlot::rpImmediateRefresh);
        }
        scienceRedrawMs = redraw.nsecsElapsed() / 1e6;
    }
    const ui::RunProgress& p = window.controller()->progress();
    const double rss = residentMegabytes();
    window.controller()->stop();
    if (sweepDialog) // the headless rate after the window is measured without the sweep
        sweepDialog->job()->cancel();
    if (scienceDialog)
        scienceDialog->job()->cancel();
    const HeadlessRate headlessAfter = headlessRate(s, seconds, workerNice);
    const double headless = 0.5 * (headlessBefore.perSecond + headlessAfter.perSecond);
    const double headlessPerCpu = 0.5 * (headlessBefore.perCpuSecond + headlessAfter.perCpuSecond);
    const double windowPerCpu = updateRate * seconds / std::max(workerCpu, 1e-9);
    const double ratio = updateRate / std::max(headless, 1e-9);
    const double memoryTarget = overlays > 0 ? 400.0 : 300.0;
    const bool ok =
        p99 < 20.0 && worst < 100.0 && refresh >= 30.0 && rss < memoryTarget && ratio >= 0.5;
    std::printf("GUI responsiveness (%s, %d training and %d validation rows, batch_size %d, "
                "full speed)\n",
                std::string(core::datasetKey(s.data.kind)).c_str(), s.trainingRows(), s.data.nVal,
                s.train.batchSize);
    std::printf("  training thread nice %d (window and headless)\n", workerNice);
    if (overlays > 0)
        std::printf("  overlaid: %d kept runs of %lld updates each (trained in %.1f s before the "
                    "window; %d per-update and %d per-epoch overlays drawn; %.1f MB resident "
                    "with them, before the live run)\n",
                    overlays, static_cast<long long>(overlayUpdates), keptSeconds,
                    window.lossPerUpdatePlot()->overlayCount(),
                    window.lossPerEpochPlot()->overlayCount(), rssWithKept);
    if (sweepDialog)
        std::printf("  sweep in the background: %d sweeps started (%d runs each, %d jobs); %d "
                    "runs ended during the measuring window\n",
                    sweep.started, sweepDialog->job()->runsPlanned(), sweepDialog->job()->jobs(),
                    sweep.runsMeasured);
    if (scienceDialog)
        std::printf("  experiment %s in the background: %d started (%d runs each, %d jobs); %d "
                    "runs ended during the measuring window\n",
                    qPrintable(parser.value(experimentOption)), experiment.started,
                    scienceDialog->job()->runsPlanned(), scienceDialog->job()->jobs(),
                    experiment.runsMeasured);
    if (scienceDialog)
        std::printf("  the dialog's plots drawn again from %d results: %.1f ms (at most every "
                    "500 ms while runs end)\n",
                    scienceResults, scienceRedrawMs);
    std::printf(
        "  5 ms timer gaps over %.0f s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks)\n",
        seconds, p50, p99, worst, gaps.size());
    std::printf("  plot refresh: %.1f replots/s of the per-update plot (%.1f snapshots/s)\n",
                refresh, snapshotRate);
    std::printf("  GUI thread busy: %.0f%% of the window (CPU time)\n", 100.0 * guiBusy);
    std::printf("  training: %.0f updates/s in the window, %.0f headless (%.0f before, %.0f "
                "after): %.0f%% of the headless rate\n",
                updateRate, headless, headlessBefore.perSecond, headlessAfter.perSecond,
                100.0 * ratio);
    std::printf("  training thread: %.0f%% of a core in the window; per CPU second %.0f updates "
                "in the window, %.0f headless (%.0f%%)\n",
                100.0 * workerCpu / seconds, windowPerCpu, headlessPerCpu,
                100.0 * windowPerCpu / std::max(headlessPerCpu, 1e-9));
    std::printf("  resident memory: %.1f MB after the window, %.1f MB after %lld updates "
                "(%d epochs; per-update points kept: %zu, %lld updates each)\n",
                rssAfterWindow, rss, static_cast<long long>(p.updatesDone), p.epochsDone,
                window.lossPerUpdatePlot()->points().size(),
                static_cast<long long>(window.lossPerUpdatePlot()->stride()));
    std::printf("  data view: %.1f model drawings/s, %.1f full replots/s\n", dataDrawings,
                dataReplots);
    std::printf("  mean replot time: per update %.1f ms, per epoch %.1f ms, data view %.1f ms\n",
                window.lossPerUpdatePlot()->replotTime(true),
                window.lossPerEpochPlot()->replotTime(true), window.dataView()->replotTime(true));
    std::printf("  targets: p99 < 20 ms, max < 100 ms, >= 30 replots/s, < %.0f MB, window >= 50%% "
                "of headless: %s\n",
                memoryTarget, ok ? "met" : "NOT met");
    return ok ? 0 : 1;
}
