#include "ui/teaching/teaching_docks.hpp"
#include "ui/session/failure_text.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/session/training_controller.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/keras_code_view.hpp"
#include "ui/teaching/lesson_panel.hpp"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace ui
{

TeachingDocks::TeachingDocks(QMainWindow* window, TrainingController* controller,
                             ControlsPanel* panel)
    : QObject(window), window_(window), controller_(controller), panel_(panel)
{
    examView_ = new ExamView;
    examDock_ = new QDockWidget(tr("Exam view: the questions of each batch"), window);
    examDock_->setObjectName(QStringLiteral("examDock"));
    // Scrolls rather than cutting its tables when the dock is short (a lesson above it).
    auto* examScroll = new QScrollArea;
    examScroll->setWidget(examView_);
    examScroll->setWidgetResizable(true);
    examScroll->setFrameShape(QFrame::NoFrame);
    // Sideways too when its widest line does not fit the dock: never cut at the right edge.
    examScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Always there, so that the view is laid out for the width it really gets (a scroll bar
    // appearing afterwards covered its right edge).
    examScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    examDock_->setWidget(examScroll);
    examDock_->setAllowedAreas(Qt::AllDockWidgetAreas);
    window->addDockWidget(Qt::RightDockWidgetArea, examDock_);

    runner_ = new LessonRunner(controller, this);
    lessonPanel_ = new LessonPanel(runner_);
    lessonDock_ = new QDockWidget(tr("Lesson"), window);
    lessonDock_->setObjectName(QStringLiteral("lessonDock"));
    lessonDock_->setWidget(lessonPanel_);
    window->addDockWidget(Qt::RightDockWidgetArea, lessonDock_);
    window->splitDockWidget(lessonDock_, examDock_, Qt::Vertical);
    kerasView_ = new KerasCodeView;
    kerasDock_ = new QDockWidget(tr("Keras code"), window);
    kerasDock_->setObjectName(QStringLiteral("kerasDock"));
    kerasDock_->setWidget(kerasView_);
    kerasDock_->setAllowedAreas(Qt::AllDockWidgetAreas);
    window->addDockWidget(Qt::RightDockWidgetArea, kerasDock_);
    window->tabifyDockWidget(examDock_, kerasDock_);
    examDock_->raise();
    window->resizeDocks({examDock_}, {440}, Qt::Horizontal);
    lessonDock_->hide();

    connect(controller, &TrainingController::runStarted, this, [this] {
        if (followLive_)
            examView_->clearRun();
        followPlan();
    });
    connect(controller, &TrainingController::snapshotReceived, this, [this](const RunSnapshot& s) {
        if (followLive_)
            examView_->applySnapshot(s);
    });
    connect(panel, &ControlsPanel::settingsEdited, this, &TeachingDocks::followPlan);
    connect(panel, &ControlsPanel::dataSourceChanged, this, &TeachingDocks::followPlan);
    connect(panel, &ControlsPanel::speedChanged, this, &TeachingDocks::setPace);
    connect(runner_, &LessonRunner::settingsApplied, this, [this](const core::RunSettings& s) {
        panel_->setSettings(s);
        followPlan();
    });
    connect(runner_, &LessonRunner::speedApplied, this, [this](double ups) {
        panel_->setSpeed(ups);
        setPace(ups);
    });
    connect(lessonPanel_, &LessonPanel::lessonLeft, lessonDock_, &QDockWidget::hide);

    // The run already going (the window starts one before we are attached).
    if (const auto start = controller->runStart())
        examView_->setRunStart(start);
    followPlan();
    setPace(controller->speed());
    reloadLessons();
    buildMenu();
}

void TeachingDocks::showRun(const RunSnapshot& all, bool live, const QString& label, RunId id)
{
    followLive_ = live;
    // The dock says when it shows a kept run rather than the one training.
    const QString title = tr("Exam view: the questions of each batch");
    examDock_->setWindowTitle(live ? title : tr("%1 · kept run %2").arg(title, label));
    examView_->clearRun();
    examView_->followRun(id);
    examView_->applySnapshot(all);
}

QString TeachingDocks::teacherFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("lessons"));
}

void TeachingDocks::followPlan()
{
    const core::RunSpec spec = panel_->spec();
    const core::RunSettings& s = spec.settings;
    examView_->setPlan(spec.trainingRows(), s.train.batchSize, s.train.epochs);
    kerasView_->setSpec(spec);
}

void TeachingDocks::setPace(double updatesPerSecond)
{
    // At a slow pace a batch is shown being solved for part of the interval, then checked.
    const double ups = updatesPerSecond;
    examView_->setFullSpeed(ups <= 0.0);
    examView_->setSolveMilliseconds(
        ups > 0.0 && ups <= 20.0 ? std::min(600, static_cast<int>(450.0 / ups)) : 0);
}

void TeachingDocks::reloadLessons()
{
    QStringList problems;
    const auto all =
        LessonLibrary::loadAll({LessonLibrary::embeddedFolder(), teacherFolder()}, &problems);
    lessons_ = LessonLibrary::forLanguage(all, QLocale().name());
    for (const QString& p : problems)
        qWarning("lesson not loaded: %s", qPrintable(p));
}

void TeachingDocks::buildMenu()
{
    menu_ = new QMenu(tr("&Lessons"), window_);
    QMenuBar* bar = window_->menuBar();
    const QList<QAction*> top = bar->actions();
    // Before Help, which stays last.
    if (top.isEmpty())
        bar->addMenu(menu_);
    else
        bar->insertMenu(top.last(), menu_);
    connect(menu_, &QMenu::aboutToShow, this, [this] {
        menu_->clear();
        for (const LessonFile& f : lessons_) {
            QAction* a = menu_->addAction(QString::fromStdString(f.lesson.title));
            const core::Lesson lesson = f.lesson;
            if (!f.lesson.summary.empty())
                a->setToolTip(QString::fromStdString(f.lesson.summary));
            connect(a, &QAction::triggered, this, [this, lesson] { showLesson(lesson); });
        }
        menu_->addSeparator();
        menu_->addAction(tr("&Open lesson file…"), this, &TeachingDocks::openLessonFile);
        menu_->addAction(tr("Open the &teachers' lesson folder"), this, [this] {
            QDir().mkpath(teacherFolder());
            QMessageBox::information(window_, tr("Lesson folder"),
                                     tr("Put lesson files (<id>.<language>.json, like the ones in "
                                        "resources/lessons/) into\n%1\nThey appear in this menu.")
                                         .arg(QDir::toNativeSeparators(teacherFolder())));
            reloadLessons();
        });
        menu_->addSeparator();
        menu_->addAction(examDock_->toggleViewAction());
        menu_->addAction(kerasDock_->toggleViewAction());
    });
    // The menu needs entries before it is first shown (keyboard navigation, tests).
    emit menu_->aboutToShow();
}

void TeachingDocks::openLessonFile()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open a lesson"), QString(),
                                                      tr("Lessons (*.json)"));
    if (path.isEmpty())
        return;
    try {
        showLesson(LessonLibrary::load(path));
    } catch (const core::LessonError& e) {
        QMessageBox::warning(window_, tr("This lesson cannot be used"), FailureText::of(e));
    }
}

bool TeachingDocks::startLesson(const QString& id)
{
    for (const LessonFile& f : lessons_)
        if (QString::fromStdString(f.lesson.id) == id) {
            showLesson(f.lesson);
            return true;
        }
    return false;
}

void TeachingDocks::showLesson(const core::Lesson& lesson)
{
    lessonDock_->show();
    examDock_->show();
    lessonDock_->raise();
    emit lessonStarting();
    lessonPanel_->startLesson(lesson);
}

} // namespace ui
