#include "ui/window/window_host.hpp"

#include "ui/classroom/classroom.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/teaching/teaching_docks.hpp"

namespace ui
{

WindowHost::WindowHost(const MainWindow::Options& options, QObject* parent)
    : QObject(parent), options_(options), session_(std::make_unique<Session>())
{
    options_.session = session_.get();
    adopt(std::make_unique<MainWindow>(options_));
}

WindowHost::~WindowHost()
{
    window_.reset(); // before the session it shows
}

void WindowHost::adopt(std::unique_ptr<MainWindow> window)
{
    window_ = std::move(window);
    connect(window_.get(), &MainWindow::languageChangeRequested, this, &WindowHost::switchLanguage,
            Qt::QueuedConnection);
}

void WindowHost::switchLanguage(const QString& code)
{
    MainWindow* old = window_.get();
    if (options_.saveSettings) {
        saveLanguage(code);
        old->saveStateNow();
    }
    applyLanguage(code);

    MainWindow::Options o = options_;
    o.initialSettings = old->controlsPanel()->settings();
    if (old->controlsPanel()->hasExplicitData()) {
        o.initialData = old->controlsPanel()->spec().data;
        o.initialDataSource = old->controlsPanel()->dataSource();
    }
    o.initialSpeed = old->controlsPanel()->speed();
    o.initialParameters = old->nextSpec().initialParameters; // an opened record's weights
    o.startPaused = old->controller()->isPaused();
    auto next = std::make_unique<MainWindow>(o);
    next->setErrorSink(old->errorSink());
    next->restoreGeometry(old->saveGeometry());
    next->restoreLayout(old->saveLayout());
    next->classroom()->adoptFrom(*old->classroom());
    QString lesson;
    if (const core::Lesson* l = old->teaching()->lessonRunner()->lesson())
        lesson = QString::fromStdString(l->id);
    const bool visible = old->isVisible();
    if (visible)
        next->show(); // before the old one goes, or the application would quit
    if (!lesson.isEmpty())
        next->teaching()->startLesson(lesson);
    if (old->sweepDialogShown() && visible)
        next->openSweep(); // the session's sweep, still training or done
    std::unique_ptr<MainWindow> gone = std::move(window_);
    adopt(std::move(next));
    gone->hide();
    gone.reset();
    emit windowReplaced(window_.get());
}

} // namespace ui
