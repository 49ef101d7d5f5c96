// Adds the teaching parts to a main window without the window knowing them: the Exam view,
// the Keras code (a tab beside it) and the Lesson panel as dock widgets, and a Lessons menu (the
// embedded lessons in the language of the interface, the teacher's folder, "Open lesson file...").
// The exam view is fed from the window's TrainingController (snapshots of the current generation
// only) and its numbers follow the controls panel at once.
#pragma once

#include "ui/session/run_store.hpp"
#include "ui/teaching/lesson_library.hpp"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace ui
{

struct RunSnapshot;

class ControlsPanel;
class ExamView;
class KerasCodeView;
class LessonPanel;
class LessonRunner;
class TrainingController;

class TeachingDocks : public QObject
{
    Q_OBJECT
public:
    // Everything is parented to `window`, placed before its last menu (Help).
    TeachingDocks(QMainWindow* window, TrainingController* controller, ControlsPanel* panel);

    ExamView* examView() const { return examView_; }
    LessonPanel* lessonPanel() const { return lessonPanel_; }
    LessonRunner* lessonRunner() const { return runner_; }
    QDockWidget* examDock() const { return examDock_; }
    QDockWidget* lessonDock() const { return lessonDock_; }
    KerasCodeView* kerasCodeView() const { return kerasView_; }
    QDockWidget* kerasDock() const { return kerasDock_; }
    QMenu* lessonsMenu() const { return menu_; }
    const std::vector<LessonFile>& lessons() const { return lessons_; }

    // Shows a whole run in the exam view (everything it reported, merged): the live run, which
    // the view then follows, or a kept run (the live run's snapshots are then not shown).
    // A kept run's `label` is said in the dock's title. `id`: the run's store entry, whose epoch
    // rows the exam view then reads instead of copying them (ExamView::followRun).
    void showRun(const RunSnapshot& all, bool live, const QString& label = {}, RunId id = 0);
    // Whether the exam view shows the live run (not a kept one).
    bool followsLive() const { return followLive_; }
    // Starts the lesson with this id (in the interface's language); false when unknown.
    bool startLesson(const QString& id);
    // Where a teacher puts extra lesson files (<id>.<language>.json).
    static QString teacherFolder();
    // The exam view's numbers and the Keras code follow the controls panel's settings now (the
    // window calls it once it has given the panel its settings: a rebuilt window starts no run).
    void followPlan();

signals:
    // A lesson starts (before its first step sets its run up): the window clears the picture.
    void lessonStarting();

private:
    void buildMenu();
    void reloadLessons();
    void openLessonFile();
    void showLesson(const core::Lesson& lesson);
    void setPace(double updatesPerSecond);

    QMainWindow* window_;
    TrainingController* controller_;
    ControlsPanel* panel_;
    ExamView* examView_ = nullptr;
    LessonRunner* runner_ = nullptr;
    LessonPanel* lessonPanel_ = nullptr;
    QDockWidget* examDock_ = nullptr;
    QDockWidget* lessonDock_ = nullptr;
    KerasCodeView* kerasView_ = nullptr;
    QDockWidget* kerasDock_ = nullptr;
    QMenu* menu_ = nullptr;
    std::vector<LessonFile> lessons_;
    bool followLive_ = true;
};

} // namespace ui
