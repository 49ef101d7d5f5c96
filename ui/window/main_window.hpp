// The live window: the controls on the left; on the right the loss per weight update (top),
// the loss per epoch and the data with the model's answer (bottom); the status bar says where
// the run is. Composes the session's TrainingController with the panel and the window's parts
// (docs/ARCHITECTURE.md, "Layers and targets"): plot cards, exports, playback actions, run views,
// the batch-size comparison, the Experiments and Help menus, the status bar and window settings.
#pragma once

#include "run_settings.hpp"
#include "ui/controls/window_parts.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/session/session.hpp"
#include "ui/session/training_controller.hpp"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace ui
{

class AdaptiveLayout;
class BatchComparison;
class Classroom;
class ControlsPanel;
class DataView;
class ExperimentsMenu;
class ExportActions;
class LossPerEpochPlot;
class LossPerUpdatePlot;
class PlaybackActions;
class PlotCards;
class PlotWidget;
class RunFiles;
class RunsView;
class RunStatusBar;
class RunViews;
class TeachingDocks;
class MetersDocks;
class WindowSettings;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options {
        bool useSavedSettings = true; // read the last settings and window state (QSettings)
        bool saveSettings = true;     // write them when they change and on close
        bool startPaused = false;
        // Start from these settings and this pace (else the saved or default ones).
        std::optional<core::RunSettings> initialSettings;
        // Explicit rows to start with (a CSV file), named by `initialDataSource`.
        core::SharedData initialData;
        QString initialDataSource;
        std::optional<double> initialSpeed;
        // The session the window shows (not owned; it must outlive the window). Without one the
        // window makes its own. A session that already has a live run is shown as it stands:
        // nothing is trained again (a window rebuilt in another language).
        Session* session = nullptr;
        // Initial weights to train from (an opened run record's), when they fit the network.
        std::optional<Eigen::VectorXd> initialParameters;
    };
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    MainWindow() : MainWindow(Options{}) {}
    ~MainWindow() override;

    // Errors go to this sink (default: a warning dialog). Tests replace it.
    using ErrorSink = std::function<void(const QString& title, const QString& text)>;
    void setErrorSink(ErrorSink sink) { errorSink_ = std::move(sink); }
    const ErrorSink& errorSink() const { return errorSink_; }

    TrainingController* controller() const { return controller_; }
    Session* session() const { return session_; }
    ControlsPanel* controlsPanel() const { return panel_; }
    LossPerUpdatePlot* lossPerUpdatePlot() const { return perUpdate_; }
    LossPerEpochPlot* lossPerEpochPlot() const { return perEpoch_; }
    DataView* dataView() const { return dataView_; }
    QLabel* stateLabel() const;
    // A sentence in the status bar beside the run's state, for `ms` milliseconds (0: until the
    // next one). Unlike QStatusBar::showMessage it never covers the epoch and update counts.
    void showNote(const QString& text, int ms);
    QLabel* noteLabel() const;
    // The exam view, the lesson panel and the Lessons menu.
    TeachingDocks* teaching() const { return teaching_; }
    // Experiments > Gradient noise and Cost per batch size.
    MetersDocks* meters() const { return meters_; }
    // File > Open data, Open run, Save run.
    RunFiles* runFiles() const { return files_; }

    // What the next run trains: the panel's settings and data, with the current run's recorded
    // initial weights while the network and its seed stay the same (an opened run record).
    core::RunSpec nextSpec() const;
    // Starts nextSpec() now (and remembers the settings).
    void restartFromPanel();
    // Classroom mode, the teacher's setup and scenario files.
    Classroom* classroom() const { return classroom_; }
    const Options& options() const { return options_; }

    // Exports (errors are reported to the error sink and returned).
    ExportResult exportPlotImage(PlotWidget* plot, const ImageExportOptions& options);
    ExportResult exportWindowImage(const ImageExportOptions& options);
    ExportResult exportUpdatesCsv(const QString& path);
    ExportResult exportEpochsCsv(const QString& path);
    // The settings of the current run as one line (for captions).
    QString caption() const;
    // Restart with the default settings.
    void restoreDefaults();
    // Writes the settings and the window's state to QSettings now (when Options::saveSettings).
    void saveStateNow() { saveState(); }
    // The docks' places and the splitters' sizes, for another window of this kind.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& layout);
    QMenu* viewMenu() const { return viewMenu_; }
    // How the window uses the room it has: panel strip, plot tabs, docks, focused plot.
    AdaptiveLayout* adaptiveLayout() const { return layout_; }
    // The first size: what the screen's available area allows (ui/controls/screen_area.hpp).
    void fitScreen();
    // The Runs dock (every run of the session) and Training > Compare batch sizes.
    RunsView* runsView() const { return runsView_; }
    QDockWidget* runsDock() const { return runsDock_; }
    // B = 1, the current B and B = N (sorted, without repeats).
    std::vector<int> defaultComparedBatchSizes() const;
    // Trains the next run's settings at each batch size, one after another (false, with a
    // message, when one of them cannot train).
    bool compareBatchSizes(const std::vector<int>& sizes);
    // Experiments > Sweep...: the sweep dialog (made once, kept while the window lives), showing
    // the session's sweep.
    void openSweep();
    void openScience();
    bool sweepDialogShown() const;

signals:
    // View > Language: the user chose another language ("" = the system's). WindowHost
    // rebuilds the window in it.
    void languageChangeRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildRunsDock();
    void buildMetersDocks();
    // Hides the kept runs and resets the axes (a lesson or a comparison starts).
    void cleanPicture();
    void buildMenus();

    void onProgress(const RunProgress& p);
    void onSettingsEdited();
    void togglePlay();
    void resetWeights();
    void saveState();

    // What the File menu and the classroom work with (they never see this class).
    WindowParts parts();

    Options options_;
    ErrorSink errorSink_;
    Session* ownSession_ = nullptr; // a child, deleted last
    Session* session_ = nullptr;
    TrainingController* controller_ = nullptr;
    ControlsPanel* panel_ = nullptr;
    LossPerUpdatePlot* perUpdate_ = nullptr;
    LossPerEpochPlot* perEpoch_ = nullptr;
    DataView* dataView_ = nullptr;
    TeachingDocks* teaching_ = nullptr;
    RunFiles* files_ = nullptr;
    Classroom* classroom_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;
    QSplitter* plotSplitter_ = nullptr;
    QSplitter* bottomSplitter_ = nullptr;
    QStackedWidget* plotArea_ = nullptr;
    AdaptiveLayout* layout_ = nullptr;
    PlotCards* cards_ = nullptr;
    ExportActions* exports_ = nullptr;
    std::unique_ptr<WindowSettings> settings_;
    PlaybackActions* playback_ = nullptr;
    ExperimentsMenu* experiments_ = nullptr;
    RunViews* runViews_ = nullptr;
    BatchComparison* comparison_ = nullptr;

    RunsView* runsView_ = nullptr;
    QDockWidget* runsDock_ = nullptr;
    MetersDocks* meters_ = nullptr;

    QMenu* viewMenu_ = nullptr;

    RunStatusBar* statusBar_ = nullptr;
};

} // namespace ui
