// batchlab: the live window (`--scenario FILE` opens a classroom scenario at start). Also `batchlab
// --screenshot FILE [--epochs-before K]`, which trains K epochs of the saved (or default) run,
// saves an image of the whole window and exits; it works without a display (the offscreen platform
// is chosen when none is found).
#include "headless.hpp"
#include "trainer.hpp"
#include "ui/classroom/classroom.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/files/run_files.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/window_host.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace
{

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]).startsWith("--screenshot"))
            return true;
    return false;
}

// `batchlab FILE`: a run record opens as recorded, a CSV file trains (header detected, the last
// column as the answers, the panel's validation_split held back). Problems go to stderr.
bool openFile(ui::MainWindow& window, const QString& path)
{
    const ui::MainWindow::ErrorSink dialogs = window.errorSink();
    window.setErrorSink([](const QString& title, const QString& text) {
        std::fprintf(stderr, "batchlab: %s: %s\n", qPrintable(title), qPrintable(text));
    });
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
                     suffix == QLatin1String("txt");
    const bool ok =
        csv                                              ? window.runFiles()->openData(path, {},
                                                                                       window.controlsPanel()->settings().validationSplit)
        : suffix == QLatin1String("batchlab-comparison") ? window.runFiles()->openComparison(path)
                                                         : window.runFiles()->openRun(path);
    window.setErrorSink(dialogs);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    // batchlab --headless: train without a window, write CSVs, plots and run records
    // (app/headless.cpp; `batchlab --headless --help`).
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);

    // Headless: a screenshot needs no display; the window itself does, so say so clearly.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !haveDisplay()) {
        if (wantsScreenshot(argc, argv)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else if (argc < 2 ||
                   (QByteArray(argv[1]) != "--help" && QByteArray(argv[1]) != "-h" &&
                    QByteArray(argv[1]) != "--version" && QByteArray(argv[1]) != "-v")) {
            std::fprintf(stderr,
                         "batchlab: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                         "Run it in a desktop session, under xvfb-run, or use\n"
                         "  batchlab --screenshot FILE [--epochs-before K]\n"
                         "to save an image of the window without a display.\n");
            return 1;
        } else {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLab"));
    QCoreApplication::setApplicationName(QStringLiteral("BatchLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHLAB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("BatchLab"));
    // The language picked in View > Language, else the system's (--language overrides both).
    ui::applyLanguage(ui::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "See what batch_size and epochs mean while a neural network trains."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Train, save an image of the whole window to <file> "
                                            "and exit."),
        QStringLiteral("file"));
    const QCommandLineOption epochsBefore(
        QStringLiteral("epochs-before"),
        QCoreApplication::translate("main", "With --screenshot: train <k> epochs first (default: "
                                            "the whole run)."),
        QStringLiteral("k"));
    const QCommandLineOption defaults(
        QStringLiteral("defaults"),
        QCoreApplication::translate("main",
                                    "Start from the default settings, not the saved ones."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "The interface language for this start: en or ko "
                                            "(default: as chosen in View > Language, else the "
                                            "system's)."),
        QStringLiteral("code"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "Open the classroom scenario <file> (settings, lesson, "
                                            "font size and the controls students may use)."),
        QStringLiteral("file"));
    parser.addOption(languageOption);
    parser.addOption(scenarioOption);
    parser.addOption(screenshot);
    const QCommandLineOption windowSize(
        QStringLiteral("window-size"),
        QCoreApplication::translate("main", "The window's size, WIDTHxHEIGHT (for --screenshot: "
                                            "the screen it pretends to be on)."),
        QStringLiteral("WxH"));
    parser.addOption(windowSize);
    parser.addOption(epochsBefore);
    parser.addOption(defaults);
    const QCommandLineOption classroomOption(
        QStringLiteral("classroom"),
        QCoreApplication::translate("main",
                                    "Start in classroom mode (large fonts, high contrast)."));
    parser.addOption(classroomOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A run record (.json) to open as it was recorded, or "
                                            "a CSV file of your own questions to train on."),
        QStringLiteral("[file]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "batchlab: one file at a time, not %d\n",
                     int(parser.positionalArguments().size()));
        return 2;
    }

    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (!ui::availableLanguages().contains(language)) {
            std::fprintf(stderr, "batchlab: --language must be one of %s, not '%s'\n",
                         qPrintable(ui::availableLanguages().join(QStringLiteral(", "))),
                         qPrintable(language));
            return 2;
        }
        ui::applyLanguage(language);
    }

    int k = -1;
    if (parser.isSet(epochsBefore)) {
        bool ok = false;
        k = parser.value(epochsBefore).toInt(&ok);
        if (!ok || k < 0) {
            std::fprintf(stderr, "batchlab: --epochs-before needs a whole number >= 0, not '%s'\n",
                         qPrintable(parser.value(epochsBefore)));
            return 2;
        }
        if (!parser.isSet(screenshot)) {
            std::fprintf(stderr, "batchlab: --epochs-before only goes with --screenshot FILE\n");
            return 2;
        }
    }

    // --window-size: the window behaves as on a screen of that size (its first size, the
    // classroom font, the layout) and fills it.
    std::optional<QRect> windowArea;
    if (parser.isSet(windowSize)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
        const auto m = re.match(parser.value(windowSize).trimmed());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 640 || h < 480 || w > 7680 || h > 4320) {
            std::fprintf(stderr,
                         "batchlab: --window-size needs WIDTHxHEIGHT from 640x480 to "
                         "7680x4320, not '%s'\n",
                         qPrintable(parser.value(windowSize).left(40)));
            return 2;
        }
        windowArea = QRect(0, 0, w, h);
        ui::setScreenArea(windowArea);
    }
    // A screenshot without a display and without --window-size: as on a 1920 x 1080 screen (the
    // offscreen platform's own screen is 800 x 800).
    if (!windowArea && parser.isSet(screenshot) &&
        QGuiApplication::platformName() == QLatin1String("offscreen"))
        ui::setScreenArea(QRect(0, 0, 1920, 1080));
    ui::MainWindow::Options options;
    options.useSavedSettings = !parser.isSet(defaults);
    const bool shooting = parser.isSet(screenshot);
    if (shooting) {
        options.saveSettings = false; // a screenshot never changes what the user saved
        options.startPaused = true;   // then exactly K epochs are allowed to run
    }
    ui::WindowHost host(options);
    if (!parser.positionalArguments().isEmpty() &&
        !openFile(*host.window(), parser.positionalArguments().first()))
        return 2;
    if (windowArea)
        host.window()->resize(windowArea->size()); // the whole pretended screen
    host.window()->show();
    if (windowArea) {
        // The frame (which a window manager adds) outside the pretended screen's W x H: the
        // window itself is W x H, as the screenshot shows it.
        const QMargins m = host.window()->windowHandle()
                               ? host.window()->windowHandle()->frameMargins()
                               : QMargins();
        ui::setScreenArea(windowArea->adjusted(0, 0, m.left() + m.right(), m.top() + m.bottom()));
        host.window()->resize(windowArea->size());
    }
    if (parser.isSet(classroomOption))
        host.window()->classroom()->setOn(true);
    if (parser.isSet(scenarioOption)) {
        // A file that cannot be used is said on stderr (no dialog before the window is up).
        ui::MainWindow& w = *host.window();
        const ui::MainWindow::ErrorSink dialogs = w.errorSink();
        w.setErrorSink([](const QString&, const QString& text) {
            std::fprintf(stderr, "batchlab: %s\n", qPrintable(text));
        });
        const bool opened = w.classroom()->openScenario(parser.value(scenarioOption));
        w.setErrorSink(dialogs);
        if (!opened)
            return 2;
        if (shooting)
            w.controller()->setPaused(true);
    }
    if (!shooting)
        return app.exec();
    ui::MainWindow& window = *host.window();

    // Screenshot: run exactly K epochs (all of them by default), wait until the window has
    // them, then save and quit.
    const QString path = parser.value(screenshot);
    ui::TrainingController* c = window.controller();
    const core::RunSettings s = c->settings();
    const int epochs = k < 0 ? s.train.epochs : std::min(k, s.train.epochs);
    const std::int64_t updates =
        std::int64_t(epochs) *
        core::stepsPerEpoch(std::max(1, c->spec().trainingRows()), std::max(1, s.train.batchSize));
    if (updates > 0)
        c->stepUpdates(updates);
    int exitCode = 0;
    auto save = [&] {
        window.dataView()->redrawModelNow();
        ui::ImageExportOptions o;
        o.path = path;
        o.width = window.width();
        o.height = window.height();
        o.scale = 1.0;
        window.setErrorSink([&](const QString&, const QString& text) {
            std::fprintf(stderr, "batchlab: %s\n", qPrintable(text));
        });
        exitCode = window.exportWindowImage(o).ok ? 0 : 1;
        app.quit();
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const ui::RunProgress& p = c->progress();
        const bool done = p.state == ui::RunState::Finished || p.state == ui::RunState::Failed ||
                          p.updatesDone >= updates;
        if (done) {
            poll.stop();
            QTimer::singleShot(300, &app, save); // let the last replots land
        }
    });
    poll.start(50);
    // Never hang: give up after two minutes.
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "batchlab: the screenshot run did not finish in time\n");
        exitCode = 1;
        app.quit();
    });
    app.exec();
    return exitCode;
}
