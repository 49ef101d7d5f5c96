#include "ui/window/main_window.hpp"

#include "ui/classroom/classroom.hpp"
#include "ui/controls/accessible_names.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/controls/slider_scale.hpp"
#include "ui/experiments/cost_view.hpp"
#include "ui/experiments/meters_docks.hpp"
#include "ui/experiments/science_dialog.hpp"
#include "ui/experiments/sweep_dialog.hpp"
#include "ui/experiments/sweep_view.hpp"
#include "ui/files/run_files.hpp"
#include "ui/plots/csv_exporter.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/export_dialog.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/runs/runs_view.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/session/run_description.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/glossary_dialog.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/teaching/worksheet.hpp"
#include "ui/window/adaptive_layout.hpp"
#include "ui/window/run_status_bar.hpp"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace ui
{

namespace
{

// A plot card's title with its buttons. The buttons show their words while the title fits beside
// them on one line, else only their icons (large classroom fonts, a narrow card in Korean): the
// title is what must stay readable.
class CardHeader final : public QWidget
{
public:
    CardHeader(QLabel* title, const QList<QToolButton*>& buttons) : title_(title), buttons_(buttons)
    {
        auto* h = new QHBoxLayout(this);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(title, 1);
        for (QToolButton* b : buttons) {
            b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            h->addWidget(b, 0, Qt::AlignTop);
        }
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        int need = title_->fontMetrics().horizontalAdvance(title_->text()) + 16;
        for (QToolButton* b : buttons_)
            need += b->fontMetrics().horizontalAdvance(b->text()) + b->iconSize().width() + 24;
        const auto style = width() < need ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
        for (QToolButton* b : buttons_)
            b->setToolButtonStyle(style);
    }

private:
    QLabel* title_;
    QList<QToolButton*> buttons_;
};

} // namespace

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
    exportDir_ = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (exportDir_.isEmpty())
        exportDir_ = QDir::homePath();

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
    buildActions();
    files_ = new RunFiles(parts());
    panel_->setPlaybackActions(playPause_, stepUpdate_, stepEpoch_, reset_);
    panel_->addGroupActions(QStringLiteral("pace"), {faster_, slower_});
    panel_->addGroupActions(QStringLiteral("defaults"), {defaults_});

    auto* scroll = new QScrollArea;
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel_->sizeHint().width() + 24);
    scroll->setFrameShape(QFrame::NoFrame);

    bottomSplitter_ = new QSplitter(Qt::Horizontal);
    bottomSplitter_->addWidget(buildPerEpochCard());
    bottomSplitter_->addWidget(buildDataCard());
    bottomSplitter_->setStretchFactor(0, 3);
    bottomSplitter_->setStretchFactor(1, 2);
    // 62:38 from the start, not from the cards' header widths (which vary with the language: a
    // short Korean title left the data view a third narrower than in English).
    bottomSplitter_->setSizes({6200, 3800});
    plotSplitter_ = new QSplitter(Qt::Vertical);
    plotSplitter_->addWidget(buildPerUpdateCard());
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
                xAxisCombo_->setCurrentIndex(int(axis));
                epochAxisCombo_->setCurrentIndex(int(axis));
            });
    connect(teaching_, &TeachingDocks::lessonStarting, this, &MainWindow::cleanPicture);
    // A lesson step may train a sweep on the session's SweepJob (shown in Experiments > Sweep)
    // and open a meter (lesson 8).
    teaching_->lessonRunner()->setSweepJob(session_->sweep());
    // A step's words at the best-epoch mark (lesson 4: too much is as bad as too little).
    connect(teaching_->lessonRunner(), &LessonRunner::bestMarkApplied, perEpoch_,
            &LossPerEpochPlot::setBestMarkWords);
    connect(teaching_->lessonRunner(), &LessonRunner::sweepStarted, this, &MainWindow::openSweep);
    connect(teaching_->lessonRunner(), &LessonRunner::meterApplied, this,
            [this](core::LessonMeter m) {
                QDockWidget* dock =
                    m == core::LessonMeter::Noise ? meters_->noiseDock() : meters_->costDock();
                dock->show();
                dock->raise();
                // The noise view measures whenever it is shown; the cost view on request, and
                // the step talks about its numbers.
                if (m == core::LessonMeter::Cost)
                    meters_->costView()->measure();
            });
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
    const auto cardOf = [](PlotWidget* plot, const QString& tab) {
        AdaptiveLayout::Card c;
        c.plot = plot;
        c.card = plot->parentWidget();
        c.title = c.card->findChild<QLabel*>(QStringLiteral("cardTitle"));
        c.tabName = tab;
        return c;
    };
    layoutParts.perUpdate = cardOf(perUpdate_, tr("Loss per update"));
    layoutParts.perEpoch = cardOf(perEpoch_, tr("Loss per epoch"));
    layoutParts.data = cardOf(dataView_, tr("Practice exam"));
    layoutParts.sideDocks = {teaching_->examDock(), teaching_->kerasDock(), runsDock_};
    layoutParts.lessonDock = teaching_->lessonDock();
    layout_ = new AdaptiveLayout(layoutParts, viewMenu_);
    nameDockContents(this); // what a screen reader calls the docks' views
    fitScreen();

    perUpdate_->setStore(session_->store());
    perEpoch_->setStore(session_->store());
    teaching_->examView()->setStore(session_->store());
    connect(session_, &Session::selectionChanged, this, &MainWindow::showSelectedRun);
    connect(session_, &Session::comparisonChanged, this, &MainWindow::onComparisonChanged);
    connect(controller_, &TrainingController::runStarted, this, &MainWindow::onRunStarted);
    connect(controller_, &TrainingController::snapshotReceived, this, &MainWindow::onSnapshot);
    connect(controller_, &TrainingController::progressChanged, this, &MainWindow::onProgress);
    connect(panel_, &ControlsPanel::settingsEdited, this, &MainWindow::onSettingsEdited);
    connect(panel_, &ControlsPanel::speedChanged, controller_, &TrainingController::setSpeed);
    connect(panel_, &ControlsPanel::restoreDefaultsRequested, this, &MainWindow::restoreDefaults);

    core::RunSettings settings = defaultRunSettings();
    if (options_.useSavedSettings) {
        QSettings store;
        settings = loadRunSettings(store);
        restoreState();
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
        onRunStarted();
        if (const RunEntry* live = session_->liveEntry())
            onSnapshot(live->data);
        showSelectedRun();
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
    // Roomy where the screen allows (the plots need width beside the exam view), else the
    // screen's available area, frame included; the layout adapts to what it gets.
    const QRect avail = availableScreenArea(this);
    QSize frame(0, 0);
    if (const QWindow* handle = windowHandle()) {
        const QMargins m = handle->frameMargins();
        frame = QSize(m.left() + m.right(), m.top() + m.bottom());
    }
    // 1720 x 960, or nine tenths of a larger screen, within the available area.
    const QSize size =
        (avail.size() * 0.9).expandedTo(QSize(1720, 960)).boundedTo(avail.size() - frame);
    resize(size);
    move(avail.topLeft() + QPoint((avail.width() - size.width() - frame.width()) / 2,
                                  (avail.height() - size.height() - frame.height()) / 2));
}

void MainWindow::showSelectedRun()
{
    const RunEntry* e = session_->store()->entry(session_->selectedRun());
    if (!e)
        return;
    const RunSnapshot& all = e->data;
    if (all.start)
        dataView_->setRunStart(all.start);
    if (all.parameters.size() > 0)
        dataView_->setParameters(all.parameters);
    const bool live = e->id == session_->liveRun();
    teaching_->showRun(all, live, e->label, e->id);
    if (auto* title = dataView_->parentWidget()->findChild<QLabel*>(QStringLiteral("cardTitle"))) {
        const QString base = tr("Practice exam and the model's answers");
        title->setText(live ? base : tr("%1 · kept run %2").arg(base, e->label));
    }
}

void MainWindow::buildActions()
{
    QStyle* s = style();
    playPause_ = new QAction(s->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    playPause_->setShortcut(Qt::Key_Space);
    playPause_->setToolTip(tr("Play or pause the practice (Space)"));
    connect(playPause_, &QAction::triggered, this, &MainWindow::togglePlay);

    stepUpdate_ = new QAction(s->standardIcon(QStyle::SP_MediaSeekForward), tr("&Update"), this);
    stepUpdate_->setShortcut(Qt::Key_N);
    stepUpdate_->setToolTip(tr("Step one weight update: solve one batch of questions and check "
                               "it against the answer sheet (N)"));
    connect(stepUpdate_, &QAction::triggered, this, [this] { controller_->stepUpdates(1); });

    stepEpoch_ = new QAction(s->standardIcon(QStyle::SP_MediaSkipForward), tr("&Epoch"), this);
    stepEpoch_->setShortcut(Qt::Key_E);
    stepEpoch_->setToolTip(tr("Step to the end of the epoch: finish this pass over the whole "
                              "practice exam (E)"));
    connect(stepEpoch_, &QAction::triggered, this, [this] { controller_->stepEpoch(); });

    reset_ = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Reset"), this);
    reset_->setShortcut(Qt::Key_R);
    reset_->setToolTip(tr("Start again with new initial weights: a new student (R)"));
    connect(reset_, &QAction::triggered, this, &MainWindow::resetWeights);

    faster_ = new QAction(tr("&Faster"), this);
    faster_->setShortcut(Qt::Key_BracketRight);
    connect(faster_, &QAction::triggered, this, [this] { panel_->faster(); });
    slower_ = new QAction(tr("&Slower"), this);
    slower_->setShortcut(Qt::Key_BracketLeft);
    connect(slower_, &QAction::triggered, this, [this] { panel_->slower(); });
    defaults_ = new QAction(tr("Restore &defaults"), this);
    connect(defaults_, &QAction::triggered, this, &MainWindow::restoreDefaults);
    for (QAction* a : {playPause_, stepUpdate_, stepEpoch_, reset_, faster_, slower_})
        addAction(a);
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
    file->addAction(tr("Export loss per &update image..."), this,
                    [this] { askExportPlot(perUpdate_); });
    file->addAction(tr("Export loss per &epoch image..."), this,
                    [this] { askExportPlot(perEpoch_); });
    file->addAction(tr("Export &data view image..."), this, [this] { askExportPlot(dataView_); });
    file->addAction(tr("Export &window image..."), this, &MainWindow::askExportWindow);
    file->addAction(tr("Export wor&ksheet..."), this,
                    [this] { Worksheet::exportInteractively(this); });
    file->addAction(tr("Export worksheet of &these runs..."), this,
                    [this] { Worksheet::exportRunsInteractively(*session_->store(), this); });
    file->addSeparator();
    file->addAction(tr("Export per-update history as &CSV..."), this,
                    [this] { askExportCsv(false); });
    file->addAction(tr("Export per-epoch history as C&SV..."), this,
                    [this] { askExportCsv(true); });
    file->addSeparator();
    file->addAction(tr("Copy window &image"), QKeySequence::Copy, this,
                    [this] { copyImage(this); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    for (QAction* a : {playPause_, stepUpdate_, stepEpoch_, reset_})
        training->addAction(a);
    training->addSeparator();
    training->addAction(faster_);
    training->addAction(slower_);
    training->addSeparator();
    training->addAction(defaults_);
    training->addSeparator();
    compareAction_ =
        training->addAction(tr("&Compare batch sizes..."), this, &MainWindow::askCompareBatchSizes);
    compareAction_->setObjectName(QStringLiteral("compareBatchSizesAction"));
    compareAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    compareAction_->setToolTip(tr("Train these settings with B = 1, your B and B = N one after "
                                  "another and overlay them"));

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
    QMenu* experiments = menuBar()->addMenu(tr("E&xperiments"));
    experiments->setObjectName(QStringLiteral("experimentsMenu"));
    QAction* sweep = experiments->addAction(tr("&Sweep..."), this, &MainWindow::openSweep);
    sweep->setObjectName(QStringLiteral("sweepAction"));
    sweep->setObjectName(QStringLiteral("sweepAction"));
    sweep->setToolTip(tr("Train many runs in the background, one per value and seed, and plot "
                         "the mean and spread of their losses"));
    QAction* science =
        experiments->addAction(tr("Batch-size s&cience..."), this, &MainWindow::openScience);
    science->setObjectName(QStringLiteral("scienceAction"));
    science->setToolTip(tr("Measure the critical batch size, the gradient noise scale, linear "
                           "scaling and growing batches on the digits, as research papers did"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Glossary"), this, [this] { GlossaryDialog(this).exec(); });
    help->addAction(tr("&About BatchLab"), this, [this] {
        QMessageBox::about(
            this, tr("About BatchLab"),
            tr("<p><b>BatchLab</b> shows what <code>batch_size</code> and <code>epochs</code> mean "
               "in Keras's <code>model.fit</code>.</p><p>100 questions = 100 samples; the batch "
               "size is how many questions you solve before checking the answer sheet (one weight "
               "update); an epoch is one pass over the exam. Too many passes and you memorise the "
               "exam: overfitting.</p>") +
                tr("<p>The handwritten digits are the UCI \"Optical Recognition of Handwritten "
                   "Digits\" data set by E. Alpaydin and C. Kaynak (1998), "
                   "<a href=\"https://doi.org/10.24432/C50P49\">doi:10.24432/C50P49</a>, used "
                   "under the Creative Commons Attribution 4.0 licence (CC BY 4.0).</p>"));
    });
}

QWidget* MainWindow::card(const QString& title, PlotWidget* plot, QWidget* options)
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* v = new QVBoxLayout(frame);
    v->setContentsMargins(4, 4, 4, 4);
    v->setSpacing(2);
    // The title (wrapping when the card is narrow) with the view buttons; the plot's options on
    // a row of their own, so that the window fits a 1366-pixel screen in either language.
    auto* label = new QLabel(title);
    label->setObjectName(QStringLiteral("cardTitle"));
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setWordWrap(true);
    label->setMinimumWidth(80);
    auto* resetView = new QToolButton;
    resetView->setText(tr("Reset view"));
    resetView->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    resetView->setToolTip(
        tr("Fit the plot to the data again and follow it (or double-click the plot). "
           "Drag to pan, wheel to zoom."));
    connect(resetView, &QToolButton::clicked, plot, &PlotWidget::resetView);
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export..."));
    exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton->setToolTip(
        tr("Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)"));
    connect(exportButton, &QToolButton::clicked, this, [this, plot] { askExportPlot(plot); });
    v->addWidget(new CardHeader(label, {resetView, exportButton}));
    if (options) {
        auto* row = new QHBoxLayout;
        row->addWidget(options);
        row->addStretch(1);
        v->addLayout(row);
    }
    v->addWidget(plot, 1);
    connectPlot(plot);
    return frame;
}

bool MainWindow::sweepDialogShown() const
{
    return sweepDialog_ && sweepDialog_->isVisible();
}

void MainWindow::openSweep()
{
    if (!sweepDialog_) {
        sweepDialog_ = new SweepDialog(
            session_->sweep(), controller_->effectiveSpec(),
            [this] { return controller_->progress().state == RunState::Running; }, this);
        connectPlot(sweepDialog_->view()->lossPlot());
        connectPlot(sweepDialog_->view()->costPlot());
    } else {
        sweepDialog_->setBase(controller_->effectiveSpec());
    }
    sweepDialog_->show();
    sweepDialog_->raise();
    sweepDialog_->activateWindow();
}

void MainWindow::openScience()
{
    if (!scienceDialog_) {
        scienceDialog_ = new ScienceDialog(
            session_->store(),
            [this] { return controller_->progress().state == RunState::Running; }, this);
    }
    scienceDialog_->show();
    scienceDialog_->raise();
    scienceDialog_->activateWindow();
}

void MainWindow::connectPlot(PlotWidget* plot)
{
    connect(plot, &PlotWidget::exportImageRequested, this, [this, plot] { askExportPlot(plot); });
    connect(plot, &PlotWidget::copyImageRequested, this, [this, plot] { copyImage(plot); });
    connect(plot, &PlotWidget::exportCsvRequested, this,
            [this, plot] { askExportCsv(plot == perEpoch_); });
}

QWidget* MainWindow::buildPerUpdateCard()
{
    auto* options = new QWidget;
    auto* h = new QHBoxLayout(options);
    h->setContentsMargins(0, 0, 0, 0);
    xAxisCombo_ = new QComboBox;
    for (int i = 0; i < updateAxisCount; ++i)
        xAxisCombo_->addItem(axisChoice(UpdateAxis(i)));
    xAxisCombo_->setToolTip(tr("Count the x axis in weight updates (answer-sheet checks), epochs "
                               "(passes over the exam), questions solved or seconds: kept runs "
                               "read differently on each."));
    connect(xAxisCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { perUpdate_->setAxis(UpdateAxis(i)); });
    updateLogY_ = new QCheckBox(tr("log y"));
    connect(updateLogY_, &QCheckBox::toggled, perUpdate_, &LossPerUpdatePlot::setLogY);
    smoothingSlider_ = new QSlider(Qt::Horizontal);
    smoothingSlider_->setRange(0, 99);
    smoothingSlider_->setValue(60);
    smoothingSlider_->setMinimumWidth(60);
    smoothingSlider_->setMaximumWidth(160);
    smoothingSlider_->setToolTip(tr("Smoothing as in TensorBoard (exponential moving average with "
                                    "debiasing). 0 = off."));
    smoothingLabel_ = new QLabel(QStringLiteral("0.60"));
    connect(smoothingSlider_, &QSlider::valueChanged, this, [this](int v) {
        smoothingLabel_->setText(QString::number(v / 100.0, 'f', 2));
        perUpdate_->setSmoothing(v / 100.0);
    });
    auto* smoothingName = new QLabel(tr("smoothing"));
    smoothingName->setBuddy(smoothingSlider_);
    xAxisCombo_->setAccessibleName(tr("x axis of the loss per update"));
    auto* updateLogX = new QCheckBox(tr("log x"));
    updateLogX->setObjectName(QStringLiteral("updateLogX"));
    updateLogX->setToolTip(
        tr("A logarithmic x axis: runs of very different lengths side by side."));
    connect(updateLogX, &QCheckBox::toggled, perUpdate_, &PlotWidget::setLogX);
    h->addWidget(xAxisCombo_);
    h->addWidget(updateLogX);
    h->addWidget(updateLogY_);
    h->addSpacing(8);
    h->addWidget(smoothingName);
    h->addWidget(smoothingSlider_);
    h->addWidget(smoothingLabel_);
    return card(tr("Loss per weight update (one check of a batch)"), perUpdate_, options);
}

QWidget* MainWindow::buildPerEpochCard()
{
    auto* options = new QWidget;
    auto* h = new QHBoxLayout(options);
    h->setContentsMargins(0, 0, 0, 0);
    epochAxisCombo_ = new QComboBox;
    epochAxisCombo_->setObjectName(QStringLiteral("epochAxisCombo"));
    for (int i = 0; i < updateAxisCount; ++i)
        epochAxisCombo_->addItem(axisChoice(UpdateAxis(i)));
    epochAxisCombo_->setCurrentIndex(int(UpdateAxis::Epoch));
    epochAxisCombo_->setToolTip(
        tr("Compare runs per epoch (pass over the exam), per weight update, per question solved "
           "or per second: small batches learn more per epoch, large ones more per update."));
    connect(epochAxisCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { perEpoch_->setAxis(UpdateAxis(i)); });
    epochLogY_ = new QCheckBox(tr("log y"));
    connect(epochLogY_, &QCheckBox::toggled, perEpoch_, &LossPerEpochPlot::setLogY);
    accuracyCheck_ = new QCheckBox(tr("accuracy"));
    accuracyCheck_->setChecked(true);
    accuracyCheck_->setToolTip(tr("Show the share of questions answered right (classification)."));
    connect(accuracyCheck_, &QCheckBox::toggled, perEpoch_, &LossPerEpochPlot::setShowAccuracy);
    auto* epochLogX = new QCheckBox(tr("log x"));
    epochLogX->setObjectName(QStringLiteral("epochLogX"));
    epochAxisCombo_->setAccessibleName(tr("x axis of the loss per epoch"));
    epochLogX->setToolTip(tr("A logarithmic x axis: runs of very different lengths side by side."));
    connect(epochLogX, &QCheckBox::toggled, perEpoch_, &PlotWidget::setLogX);
    h->addWidget(epochAxisCombo_);
    h->addWidget(epochLogX);
    h->addWidget(epochLogY_);
    h->addWidget(accuracyCheck_);
    return card(tr("Loss per epoch (one pass over the exam)"), perEpoch_, options);
}

QWidget* MainWindow::buildDataCard()
{
    QWidget* frame = card(tr("Practice exam and the model's answers"), dataView_, nullptr);
    // What only some data show, as widgets of the card's own column (hidden, they take no room
    // and the card is exactly as before): the axes of wide data (the projection or two columns)
    // above the plot, the confusion matrix (three or more classes) beside it, the pictures still
    // answered wrongly (digits) under both.
    auto* v = static_cast<QVBoxLayout*>(frame->layout());
    const int at = v->indexOf(dataView_);
    v->removeWidget(dataView_);
    auto* h = new QHBoxLayout;
    h->setSpacing(6);
    h->addWidget(dataView_, 1);
    h->addWidget(dataView_->sidePanel());
    v->insertWidget(at, dataView_->axisChoice(), 0, Qt::AlignLeft);
    v->insertLayout(at + 1, h, 1);
    v->insertWidget(at + 2, dataView_->wrongPanel());
    return frame;
}

void MainWindow::onRunStarted()
{
    const core::RunSpec& spec = controller_->spec();
    const core::RunSettings& s = spec.settings;
    // A run started from elsewhere (a lesson, an opened record) brings its own data or none.
    if (spec.hasExplicitData() != panel_->hasExplicitData())
        panel_->setExplicitData(spec.data, QString::fromStdString(spec.dataSource));
    // A compared run: the controls show the run being trained (its batch size).
    if (session_->comparing())
        panel_->setSettings(s);
    const int rows = std::max(1, spec.trainingRows());
    perUpdate_->clearRun();
    perEpoch_->clearRun(core::isClassification(spec.task()), s.train.earlyStopping);
    // The plots read the live run's epoch rows from its store entry, which the Session made
    // before this (docs/ARCHITECTURE.md, "A run's way from the worker to the pixels").
    perUpdate_->followRun(session_->liveRun());
    perEpoch_->followRun(session_->liveRun());
    if (teaching_->followsLive()) // cleared by the teaching docks just before
        teaching_->examView()->followRun(session_->liveRun());
    perUpdate_->setRunShape(core::stepsPerEpoch(rows, std::max(1, s.train.batchSize)), rows);
    if (session_->selectedRun() == session_->liveRun())
        dataView_->clearRun();
}

void MainWindow::onSnapshot(const RunSnapshot& s)
{
    // The data view follows the live run unless a kept run is selected (Runs dock).
    const bool follow = session_->selectedRun() == session_->liveRun();
    if (s.start) {
        perUpdate_->setRunShape(s.start->stepsPerEpoch, s.start->trainingRows);
        if (follow)
            dataView_->setRunStart(s.start);
    }
    perUpdate_->append(s);
    perEpoch_->append(s);
    if (follow && s.parameters.size() > 0)
        dataView_->setParameters(s.parameters);
}

void MainWindow::onProgress(const RunProgress& p)
{
    statusBar_->showProgress(p, controller_->showsRecord());
    const bool playing = p.state == RunState::Running;
    playPause_->setText(playing ? tr("&Pause") : tr("&Play"));
    playPause_->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
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
    auto* experiments = menuBar()->findChild<QMenu*>(QStringLiteral("experimentsMenu"));
    if (!experiments) {
        experiments = new QMenu(tr("E&xperiments"), menuBar());
        experiments->setObjectName(QStringLiteral("experimentsMenu"));
        // Right after View (Lessons and Help stay the last two).
        const QList<QAction*> top = menuBar()->actions();
        menuBar()->insertMenu(top.value(top.indexOf(viewMenu_->menuAction()) + 1), experiments);
    }
    experiments->addSeparator();
    experiments->addActions(meters_->actions());
}

std::vector<int> MainWindow::defaultComparedBatchSizes() const
{
    const core::RunSpec spec = nextSpec();
    const int n = std::max(1, spec.trainingRows());
    std::vector<int> sizes{1, spec.settings.train.batchSize, n};
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    return sizes;
}

bool MainWindow::compareBatchSizes(const std::vector<int>& sizes)
{
    const core::RunSpec base = nextSpec();
    std::vector<core::RunSpec> specs;
    for (int b : sizes) {
        core::RunSpec s = base;
        s.settings.train.batchSize = b;
        try {
            s.validate();
        } catch (const std::exception& e) {
            if (errorSink_)
                errorSink_(tr("Cannot compare"),
                           tr("B = %1: %2").arg(b).arg(QString::fromUtf8(e.what())));
            return false;
        }
        specs.push_back(std::move(s));
    }
    // At full speed and not paused: at the window's pace (one update a second) B = 1 alone
    // would take hours, unannounced.
    panel_->setSpeed(0.0);
    controller_->setPaused(false);
    cleanPicture();
    session_->compare(specs);
    return true;
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
    xAxisCombo_->setCurrentIndex(int(UpdateAxis::Update));
    epochAxisCombo_->setCurrentIndex(int(UpdateAxis::Epoch));
    perUpdate_->resetView();
    perEpoch_->resetView();
}

void MainWindow::askCompareBatchSizes()
{
    QStringList now;
    for (int b : defaultComparedBatchSizes())
        now << QString::number(b);
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Compare batch sizes"),
        tr("Batch sizes to train one after another with the current settings (separated by "
           "commas):"),
        QLineEdit::Normal, now.join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    std::vector<int> sizes;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool isInt = false;
        const int b = part.toInt(&isInt);
        if (!isInt || b < 1 || b > 1000000) {
            if (errorSink_)
                errorSink_(tr("Cannot compare"),
                           tr("\"%1\" is not a batch size (a whole number from 1 to 1000000).")
                               .arg(part.left(20)));
            return;
        }
        sizes.push_back(b);
    }
    if (sizes.empty() || sizes.size() > 12) {
        if (errorSink_)
            errorSink_(tr("Cannot compare"), tr("Give between 1 and 12 batch sizes."));
        return;
    }
    compareBatchSizes(sizes);
}

void MainWindow::onComparisonChanged()
{
    if (session_->comparing())
        showNote(tr("Comparing batch sizes: run %1 of %2")
                     .arg(session_->comparisonSize() - session_->comparisonPending())
                     .arg(session_->comparisonSize()),
                 0);
    else
        showNote(tr("Comparison done: the runs are overlaid (Runs dock)"), 8000);
}

core::RunSpec MainWindow::nextSpec() const
{
    core::RunSpec spec = panel_->spec();
    const core::RunSpec& now = controller_->spec();
    if (now.initialParameters && now.settings.initSeed == spec.settings.initSeed &&
        now.hasExplicitData() == spec.hasExplicitData() && now.inputs() == spec.inputs() &&
        now.networkSpec() == spec.networkSpec())
        spec.initialParameters = now.initialParameters;
    return spec;
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
    core::RunSettings sameEpochs = wanted.settings;
    sameEpochs.train.epochs = controller_->settings().train.epochs;
    const bool onlyEpochs = !controller_->restartPending() && !controller_->showsRecord() &&
                            sameEpochs == controller_->settings();
    if (onlyEpochs && wanted.settings.train.epochs >= controller_->progress().epochsDone &&
        controller_->progress().state != RunState::Failed) {
        controller_->setEpochs(wanted.settings.train.epochs); // continue the same run
        onProgress(controller_->progress());
        return;
    }
    controller_->restartSoon(wanted);
}

void MainWindow::togglePlay()
{
    const RunState state = controller_->progress().state;
    if (state == RunState::Finished || state == RunState::Failed) {
        controller_->setPaused(false);
        controller_->start(nextSpec()); // play again from the start
        return;
    }
    controller_->setPaused(!controller_->isPaused());
}

void MainWindow::resetWeights()
{
    core::RunSettings s = panel_->settings();
    s.initSeed += 1;
    panel_->setSettings(s);
    restartFromPanel(); // a new seed: new initial weights, whatever a record held
}

void MainWindow::restoreDefaults()
{
    panel_->setSettings(defaultRunSettings());
    panel_->setExplicitData(std::nullopt, {});
    restartFromPanel();
}

QString MainWindow::caption() const
{
    const RunProgress& p = controller_->progress();
    return tr("BatchLab · %1 · after %2 epochs (%3 updates)")
        .arg(RunDescription::caption(controller_->spec()))
        .arg(p.epochsDone)
        .arg(p.updatesDone);
}

QString MainWindow::suggestedPath(const QString& stem, const QString& suffix) const
{
    return QDir(exportDir_).filePath(QStringLiteral("batchlab-%1.%2").arg(stem, suffix));
}

void MainWindow::report(const ExportResult& r)
{
    if (!r.ok && errorSink_)
        errorSink_(tr("Export failed"), r.error);
}

ExportResult MainWindow::exportPlotImage(PlotWidget* plot, const ImageExportOptions& options)
{
    const ExportResult r = ImageExporter::exportPlot(plot, options);
    report(r);
    return r;
}

ExportResult MainWindow::exportWindowImage(const ImageExportOptions& options)
{
    const ExportResult r = ImageExporter::exportWidget(this, options);
    report(r);
    return r;
}

ExportResult MainWindow::exportUpdatesCsv(const QString& path)
{
    const RunEntry* e = session_->store()->entry(session_->selectedRun());
    const ExportResult r =
        CsvExporter::writeUpdates(path, e ? e->data.updates : std::vector<UpdatePoint>{});
    report(r);
    return r;
}

ExportResult MainWindow::exportEpochsCsv(const QString& path)
{
    const RunEntry* e = session_->store()->entry(session_->selectedRun());
    const ExportResult r = e ? CsvExporter::writeEpochs(path, e->data.epochs, e->reading())
                             : CsvExporter::writeEpochs(path, {}, core::RunReading{});
    report(r);
    return r;
}

void MainWindow::askExportPlot(PlotWidget* plot)
{
    const QString stem = plot == perUpdate_  ? QStringLiteral("loss-per-update")
                         : plot == perEpoch_ ? QStringLiteral("loss-per-epoch")
                                             : QStringLiteral("data");
    ExportDialog dialog(plot->title(), suggestedPath(stem, QStringLiteral("png")), QSize(1200, 700),
                        caption(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImageExportOptions o = dialog.options();
    exportDir_ = QFileInfo(o.path).absolutePath();
    exportPlotImage(plot, o);
}

void MainWindow::askExportWindow()
{
    ExportDialog dialog(tr("window"),
                        suggestedPath(QStringLiteral("window"), QStringLiteral("png")), size(),
                        caption(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImageExportOptions o = dialog.options();
    exportDir_ = QFileInfo(o.path).absolutePath();
    exportWindowImage(o);
}

void MainWindow::askExportCsv(bool perEpoch)
{
    const QString path = QFileDialog::getSaveFileName(
        this, perEpoch ? tr("Export per-epoch history") : tr("Export per-update history"),
        suggestedPath(perEpoch ? QStringLiteral("epochs") : QStringLiteral("updates"),
                      QStringLiteral("csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportDir_ = QFileInfo(path).absolutePath();
    if (perEpoch)
        exportEpochsCsv(path);
    else
        exportUpdatesCsv(path);
}

void MainWindow::copyImage(QWidget* what)
{
    const auto* plot = qobject_cast<QCustomPlot*>(what);
    const QImage image =
        plot
            ? ImageExporter::renderPlot(const_cast<QCustomPlot*>(plot), what->width(),
                                        what->height() + 30, 2.0, caption())
            : ImageExporter::renderWidget(what, what->width(), what->height() + 30, 1.0, caption());
    QGuiApplication::clipboard()->setImage(image);
    showNote(tr("Image copied to the clipboard"), 3000);
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
    if (!options_.saveSettings)
        return;
    QSettings store;
    saveRunSettings(store, panel_->settings());
    store.beginGroup(QStringLiteral("window"));
    store.setValue("geometry", saveGeometry());
    store.setValue("state", QMainWindow::saveState());
    store.setValue("mainSplitter", mainSplitter_->saveState());
    store.setValue("plotSplitter", plotSplitter_->saveState());
    store.setValue("bottomSplitter", bottomSplitter_->saveState());
    store.setValue("xAxis", xAxisCombo_->currentIndex());
    store.setValue("epochAxis", epochAxisCombo_->currentIndex());
    store.setValue("updateLogY", updateLogY_->isChecked());
    store.setValue("smoothing", smoothingSlider_->value());
    store.setValue("epochLogY", epochLogY_->isChecked());
    store.setValue("accuracy", accuracyCheck_->isChecked());
    store.setValue("pace", panel_->speed());
    store.setValue("exportDir", exportDir_);
    store.endGroup();
}

void MainWindow::restoreState()
{
    QSettings store;
    store.beginGroup(QStringLiteral("window"));
    if (store.contains("geometry")) {
        // What the user chose, as long as it fits the screen it is on now.
        restoreGeometry(store.value("geometry").toByteArray());
        const QRect avail = availableScreenArea(this);
        if (!avail.contains(frameGeometry()))
            fitScreen();
    }
    QMainWindow::restoreState(store.value("state").toByteArray());
    mainSplitter_->restoreState(store.value("mainSplitter").toByteArray());
    plotSplitter_->restoreState(store.value("plotSplitter").toByteArray());
    bottomSplitter_->restoreState(store.value("bottomSplitter").toByteArray());
    xAxisCombo_->setCurrentIndex(
        std::clamp(store.value("xAxis", 0).toInt(), 0, updateAxisCount - 1));
    epochAxisCombo_->setCurrentIndex(std::clamp(
        store.value("epochAxis", int(UpdateAxis::Epoch)).toInt(), 0, updateAxisCount - 1));
    updateLogY_->setChecked(store.value("updateLogY", false).toBool());
    smoothingSlider_->setValue(store.value("smoothing", 60).toInt());
    epochLogY_->setChecked(store.value("epochLogY", false).toBool());
    accuracyCheck_->setChecked(store.value("accuracy", true).toBool());
    // First start: about 10 s a run, so that the default run's overfitting is seen happening.
    panel_->setSpeed(store.value("pace", tenSecondsARun).toDouble());
    exportDir_ = store.value("exportDir", exportDir_).toString();
    store.endGroup();
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << QMainWindow::saveState() << mainSplitter_->saveState() << plotSplitter_->saveState()
           << bottomSplitter_->saveState();
    return out;
}

void MainWindow::restoreLayout(const QByteArray& layout)
{
    QDataStream stream(layout);
    QByteArray state, main, plot, bottom;
    stream >> state >> main >> plot >> bottom;
    if (stream.status() != QDataStream::Ok)
        return;
    QMainWindow::restoreState(state);
    mainSplitter_->restoreState(main);
    plotSplitter_->restoreState(plot);
    bottomSplitter_->restoreState(bottom);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace ui
