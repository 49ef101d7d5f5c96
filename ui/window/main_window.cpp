#include "ui/window/main_window.hpp"

#include "ui/classroom/classroom.hpp"
#include "ui/controls/accessible_names.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/experiments/meters_docks.hpp"
#include "ui/files/run_files.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/runs/runs_view.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/session/run_policy.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/adaptive_layout.hpp"
#include "ui/window/batch_comparison.hpp"
#include "ui/window/experiments_menu.hpp"
#include "ui/window/export_actions.hpp"
#include "ui/window/help_menu.hpp"
#include "ui/window/playback_actions.hpp"
#include "ui/window/plot_cards.hpp"
#include "ui/window/run_status_bar.hpp"
#include "ui/window/run_views.hpp"
#include "ui/window/window_settings.hpp"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace ui
{

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent), options_(options)
{
    setWindowTitle(tr("BatchLab — what batch_size and epochs mean"));
    // A message that does not block: the run and the window go on behind it.
    errorSink_ = [this](const QString& title, const QString& text) {
        auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };

    if (options_.session) {
        session_ = options_.session;
    } else {
        ownSession_ = new Session(this);
        session_ = ownSession_;
    }
    controller_ = session_->controller();
    const bool resume = session_->liveRun() != 0; // a rebuilt window shows the run as it stands
    panel_ = new ControlsPanel;
    perUpdate_ = new LossPerUpdatePlot;
    perEpoch_ = new LossPerEpochPlot;
    dataView_ = new DataView;
    exports_ = new ExportActions(parts(), {perUpdate_, perEpoch_, dataView_}, this);
    cards_ = new PlotCards(perUpdate_, perEpoch_, dataView_, this);
    connect(cards_, &PlotCards::exportRequested, exports_, &ExportActions::askExportPlot);
    playback_ = new PlaybackActions(this, controller_, panel_);
    connect(playback_->playPause(), &QAction::triggered, this, &MainWindow::togglePlay);
    connect(playback_->reset(), &QAction::triggered, this, &MainWindow::resetWeights);
    connect(playback_->defaults(), &QAction::triggered, this, &MainWindow::restoreDefaults);
    files_ = new RunFiles(parts());
    playback_->addToPanel(panel_);

    auto* scroll = new QScrollArea;
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel_->sizeHint().width() + 24);
    scroll->setFrameShape(QFrame::NoFrame);

    bottomSplitter_ = new QSplitter(Qt::Horizontal);
    bottomSplitter_->addWidget(cards_->buildPerEpochCard());
    bottomSplitter_->addWidget(cards_->buildDataCard());
    bottomSplitter_->setStretchFactor(0, 3);
    bottomSplitter_->setStretchFactor(1, 2);
    // 62:38 from the start, not from the cards' header widths (which vary with the language: a
    // short Korean title left the data view a third narrower than in English).
    bottomSplitter_->setSizes({6200, 3800});
    plotSplitter_ = new QSplitter(Qt::Vertical);
    plotSplitter_->addWidget(cards_->buildPerUpdateCard());
    for (PlotWidget* plot : std::initializer_list<PlotWidget*>{perEpoch_, dataView_, perUpdate_})
        exports_->connectPlot(plot);
    plotSplitter_->addWidget(bottomSplitter_);
    plotSplitter_->setStretchFactor(0, 2);
    plotSplitter_->setStretchFactor(1, 3);
    // The per-epoch plot (where overfitting shows) gets the larger row: never less room than the
    // per-update plot (AdaptiveLayout).
    plotSplitter_->setSizes({3600, 6400});
    // The grid of plots, or the plots as tabs when the window is small (AdaptiveLayout).
    plotArea_ = new QStackedWidget;
    plotArea_->addWidget(plotSplitter_);
    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->addWidget(scroll);
    mainSplitter_->addWidget(plotArea_);
    mainSplitter_->setStretchFactor(0, 0);
    mainSplitter_->setStretchFactor(1, 1);
    mainSplitter_->setChildrenCollapsible(false);
    setCentralWidget(mainSplitter_);
    settings_ = std::make_unique<WindowSettings>(WindowSettings::Parts{
        this, panel_, mainSplitter_, plotSplitter_, bottomSplitter_, cards_, exports_});

    buildMenus();
    // Before the saved window state is restored, so that the docks get their places back.
    teaching_ = new TeachingDocks(this, controller_, panel_);
    // A lesson step may count the x axis of both loss plots its own way (lesson 7).
    connect(teaching_->lessonRunner(), &LessonRunner::axisApplied, this,
            [this](core::LessonAxis a) {
                const UpdateAxis axis = a == core::LessonAxis::Update    ? UpdateAxis::Update
                                        : a == core::LessonAxis::Samples ? UpdateAxis::SamplesSeen
                                        : a == core::LessonAxis::Seconds ? UpdateAxis::Seconds
                                                                         : UpdateAxis::Epoch;
                cards_->setAxes(axis, axis);
            });
    connect(teaching_, &TeachingDocks::lessonStarting, this, &MainWindow::cleanPicture);
    // A lesson step may train a sweep on the session's SweepJob (shown in Experiments > Sweep)
    // and open a meter (lesson 8).
    teaching_->lessonRunner()->setSweepJob(session_->sweep());
    // A step's words at the best-epoch mark (lesson 4: too much is as bad as too little).
    connect(teaching_->lessonRunner(), &LessonRunner::bestMarkApplied, perEpoch_,
            &LossPerEpochPlot::setBestMarkWords);
    connect(teaching_->lessonRunner(), &LessonRunner::sweepStarted, experiments_,
            &ExperimentsMenu::openSweep);
    connect(teaching_->lessonRunner(), &LessonRunner::meterApplied, experiments_,
            &ExperimentsMenu::showMeter);
    viewMenu_->addAction(teaching_->examDock()->toggleViewAction());
    // A cell of the data view's confusion matrix: its questions selected in the exam view.
    connect(dataView_, &DataView::questionsPicked, this,
            [this](const std::vector<int>& rows, const QString& description) {
                teaching_->examView()->selectQuestions(rows, description);
                teaching_->examDock()->show();
                teaching_->examDock()->raise();
            });
    viewMenu_->addAction(teaching_->kerasDock()->toggleViewAction());
    viewMenu_->addAction(teaching_->lessonDock()->toggleViewAction());
    buildRunsDock();
    buildMetersDocks();
    statusBar_ = new RunStatusBar(statusBar());
    AdaptiveLayout::Parts layoutParts;
    layoutParts.window = this;
    layoutParts.panel = panel_;
    layoutParts.panelScroll = scroll;
    layoutParts.main = mainSplitter_;
    layoutParts.plotArea = plotArea_;
    layoutParts.grid = plotSplitter_;
    layoutParts.bottom = bottomSplitter_;
    layoutParts.perUpdate = PlotCards::layoutCard(perUpdate_, tr("Loss per update"));
    layoutParts.perEpoch = PlotCards::layoutCard(perEpoch_, tr("Loss per epoch"));
    layoutParts.data = PlotCards::layoutCard(dataView_, tr("Practice exam"));
    layoutParts.sideDocks = {teaching_->examDock(), teaching_->kerasDock(), runsDock_};
    layoutParts.lessonDock = teaching_->lessonDock();
    layout_ = new AdaptiveLayout(layoutParts, viewMenu_);
    nameDockContents(this); // what a screen reader calls the docks' views
    fitScreen();

    perUpdate_->setStore(session_->store());
    perEpoch_->setStore(session_->store());
    teaching_->examView()->setStore(session_->store());
    runViews_ = new RunViews({session_, panel_, perUpdate_, perEpoch_, dataView_, teaching_}, this);
    connect(session_, &Session::selectionChanged, runViews_, &RunViews::showSelectedRun);
    connect(controller_, &TrainingController::runStarted, runViews_, &RunViews::onRunStarted);
    connect(controller_, &TrainingController::snapshotReceived, runViews_, &RunViews::onSnapshot);
    connect(controller_, &TrainingController::progressChanged, this, &MainWindow::onProgress);
    connect(panel_, &ControlsPanel::settingsEdited, this, &MainWindow::onSettingsEdited);
    connect(panel_, &ControlsPanel::speedChanged, controller_, &TrainingController::setSpeed);
    connect(panel_, &ControlsPanel::restoreDefaultsRequested, this, &MainWindow::restoreDefaults);

    core::RunSettings settings = defaultRunSettings();
    if (options_.useSavedSettings) {
        QSettings store;
        settings = loadRunSettings(store);
        settings_->restore();
    }
    if (options_.initialSettings)
        settings = *options_.initialSettings;
    if (options_.initialSpeed)
        panel_->setSpeed(*options_.initialSpeed);
    panel_->setSettings(settings);
    if (options_.initialData)
        panel_->setExplicitData(options_.initialData, options_.initialDataSource);
    controller_->setSpeed(panel_->speed());
    controller_->setPaused(options_.startPaused);
    // The exam view's numbers follow the settings just given (a rebuilt window starts no run,
    // and its exam view was made before the panel had them).
    teaching_->followPlan();
    if (resume) {
        runViews_->onRunStarted();
        if (const RunEntry* live = session_->liveEntry())
            runViews_->onSnapshot(live->data);
        runViews_->showSelectedRun();
        onProgress(controller_->progress());
    } else {
        core::RunSpec spec = panel_->spec();
        if (options_.initialParameters &&
            options_.initialParameters->size() ==
                core::limits::parameterCount(spec.inputs(), spec.settings.hidden,
                                             spec.networkSpec().outputs()))
            spec.initialParameters = options_.initialParameters;
        controller_->start(spec);
    }
    classroom_ = new Classroom(parts(), teaching_); // last: it styles everything built above
    connect(classroom_, &Classroom::presentationChanged, layout_, &AdaptiveLayout::setPresentation);
    layout_->setPresentation(classroom_->appliedPresentation());
}

MainWindow::~MainWindow()
{
    // A session of our own is our last child, so that it goes after every view that reads it
    // (QObject deletes children in the order they were added).
    if (ownSession_) {
        ownSession_->setParent(nullptr);
        ownSession_->setParent(this);
    }
}

WindowParts MainWindow::parts()
{
    WindowParts p;
    p.window = this;
    p.session = session_;
    p.controller = controller_;
    p.panel = panel_;
    p.report = [this](const QString& title, const QString& text) {
        if (errorSink_)
            errorSink_(title, text);
    };
    p.note = [this](const QString& text, int ms) { showNote(text, ms); };
    p.restartFromPanel = [this] { restartFromPanel(); };
    p.viewMenu = viewMenu_;
    p.useSavedSettings = options_.useSavedSettings;
    p.saveSettings = options_.saveSettings;
    return p;
}

void MainWindow::fitScreen()
{
    WindowSettings::fitScreen(this);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(files_->openDataAction());
    file->addAction(files_->generatedDataAction());
    file->addSeparator();
    file->addAction(files_->openRunAction());
    file->addAction(files_->saveRunAction());
    file->addSeparator();
    file->addAction(files_->openComparisonAction());
    file->addAction(files_->saveComparisonAction());
    file->addSeparator();
    exports_->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    playback_->addTo(training);
    training->addSeparator();
    comparison_ = new BatchComparison(
        parts(), [this] { cleanPicture(); }, this);
    comparison_->addTo(training);

    QMenu* view = viewMenu_ = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Reset plot views"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] {
        for (PlotWidget* p :
             {static_cast<PlotWidget*>(perUpdate_), static_cast<PlotWidget*>(perEpoch_),
              static_cast<PlotWidget*>(dataView_)})
            p->resetView();
    });
    view->addSeparator();
    auto* language = new LanguageMenu(this);
    language->setObjectName(QStringLiteral("languageMenu"));
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &MainWindow::languageChangeRequested);
    view->addSeparator();

    // One Experiments menu, right after View: the sweep here, the meters' docks join it
    // (buildMetersDocks).
    experiments_ = new ExperimentsMenu(parts(), exports_, menuBar(), this);

    addHelpMenu(this);
}

bool MainWindow::sweepDialogShown() const
{
    return experiments_->sweepDialogShown();
}

void MainWindow::openSweep()
{
    experiments_->openSweep();
}

void MainWindow::openScience()
{
    experiments_->openScience();
}

void MainWindow::onProgress(const RunProgress& p)
{
    statusBar_->showProgress(p, controller_->showsRecord());
    playback_->showProgress(p);
}

void MainWindow::buildRunsDock()
{
    runsView_ = new RunsView(session_);
    runsDock_ = new QDockWidget(tr("Runs: keep, overlay and compare"), this);
    runsDock_->setObjectName(QStringLiteral("runsDock"));
    runsDock_->setWidget(runsView_);
    runsDock_->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::RightDockWidgetArea, runsDock_);
    tabifyDockWidget(teaching_->kerasDock(), runsDock_);
    teaching_->examDock()->raise();
    viewMenu_->addAction(runsDock_->toggleViewAction());
    connect(runsView_, &RunsView::useSettingsRequested, this, [this](const core::RunSpec& spec) {
        panel_->setSettings(spec.settings);
        panel_->setExplicitData(spec.data, QString::fromStdString(spec.dataSource));
        restartFromPanel();
    });
}

void MainWindow::buildMetersDocks()
{
    // Experiments > Gradient noise, Cost per batch size: docks, hidden at first.
    meters_ = new MetersDocks(this, controller_, session_->store(), teaching_->examView());
    experiments_->addMeters(meters_);
}

std::vector<int> MainWindow::defaultComparedBatchSizes() const
{
    return comparison_->defaultSizes();
}

bool MainWindow::compareBatchSizes(const std::vector<int>& sizes)
{
    return comparison_->compare(sizes);
}

void MainWindow::cleanPicture()
{
    // A lesson or a comparison starts on a clean picture: the runs trained before (the live one
    // too, once the next run replaces it) stay in the Runs dock, hidden (a tick shows them
    // again); the axes count updates and epochs again and follow the data (a lesson step may
    // then choose its own axis).
    RunStore* store = session_->store();
    std::vector<RunId> hide;
    for (const auto& e : store->runs())
        if (e->shown)
            hide.push_back(e->id);
    for (RunId id : hide)
        store->setShown(id, false);
    cards_->setAxes(UpdateAxis::Update, UpdateAxis::Epoch);
    perUpdate_->resetView();
    perEpoch_->resetView();
}

core::RunSpec MainWindow::nextSpec() const
{
    return RunPolicy::nextSpec(panel_->spec(), controller_->spec());
}

void MainWindow::restartFromPanel()
{
    const core::RunSpec spec = nextSpec();
    if (options_.saveSettings) {
        QSettings store;
        saveRunSettings(store, spec.settings);
    }
    controller_->start(spec);
}

void MainWindow::onSettingsEdited()
{
    const core::RunSpec wanted = nextSpec();
    if (options_.saveSettings) {
        QSettings store;
        saveRunSettings(store, wanted.settings);
    }
    const RunProgress& p = controller_->progress();
    const RunPolicy::Shown shown{controller_->settings(), p.state, p.epochsDone,
                                 controller_->restartPending(), controller_->showsRecord()};
    if (RunPolicy::afterEdit(wanted.settings, shown) == RunPolicy::Edit::Continue) {
        controller_->setEpochs(wanted.settings.train.epochs); // continue the same run
        onProgress(controller_->progress());
        return;
    }
    controller_->restartSoon(wanted);
}

void MainWindow::togglePlay()
{
    switch (RunPolicy::onPlay(controller_->progress().state, controller_->isPaused())) {
    case RunPolicy::Play::FromTheStart:
        controller_->setPaused(false);
        controller_->start(nextSpec()); // play again from the start
        return;
    case RunPolicy::Play::Pause:
        controller_->setPaused(true);
        return;
    case RunPolicy::Play::Resume:
        controller_->setPaused(false);
        return;
    }
}

void MainWindow::resetWeights()
{
    // A new seed: new initial weights, whatever a record held.
    panel_->setSettings(RunPolicy::newStudent(panel_->settings()));
    restartFromPanel();
}

void MainWindow::restoreDefaults()
{
    panel_->setSettings(defaultRunSettings());
    panel_->setExplicitData(std::nullopt, {});
    restartFromPanel();
}

QString MainWindow::caption() const
{
    return exports_->caption();
}

ExportResult MainWindow::exportPlotImage(PlotWidget* plot, const ImageExportOptions& options)
{
    return exports_->exportPlotImage(plot, options);
}

ExportResult MainWindow::exportWindowImage(const ImageExportOptions& options)
{
    return exports_->exportWindowImage(options);
}

ExportResult MainWindow::exportUpdatesCsv(const QString& path)
{
    return exports_->exportUpdatesCsv(path);
}

ExportResult MainWindow::exportEpochsCsv(const QString& path)
{
    return exports_->exportEpochsCsv(path);
}

void MainWindow::showNote(const QString& text, int ms)
{
    statusBar_->showNote(text, ms);
}

QLabel* MainWindow::stateLabel() const
{
    return statusBar_->stateLabel();
}

QLabel* MainWindow::noteLabel() const
{
    return statusBar_->noteLabel();
}

void MainWindow::saveState()
{
    if (options_.saveSettings)
        settings_->save();
}

QByteArray MainWindow::saveLayout() const
{
    return settings_->saveLayout();
}

void MainWindow::restoreLayout(const QByteArray& layout)
{
    settings_->restoreLayout(layout);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace ui
