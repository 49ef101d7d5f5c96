#include "ui/classroom/classroom.hpp"

#include "ui/session/failure_text.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/plots/plot_widget.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/teaching/lesson_panel.hpp"
#include "ui/teaching/teaching_docks.hpp"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ui
{

namespace
{

constexpr const char* baseFontKey = "batchlabClassroomBaseFont";
constexpr qint64 maxScenarioBytes = 1 << 20;

// Black on white, a dark blue selection, dark grey (not faint) disabled text.
QPalette highContrastPalette()
{
    QPalette p = QApplication::palette();
    const QColor black(0, 0, 0), white(255, 255, 255), disabled(80, 80, 80);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(235, 235, 235));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::Button, QColor(240, 240, 240));
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::Highlight, QColor(0, 50, 150));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::PlaceholderText, QColor(60, 60, 60));
        p.setColor(group, QPalette::Mid, QColor(90, 90, 90));
        p.setColor(group, QPalette::Dark, QColor(40, 40, 40));
        p.setColor(group, QPalette::Shadow, black);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, white);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(235, 235, 235));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// The application's font before any classroom mode changed it.
std::optional<QFont>& normalApplicationFont()
{
    static std::optional<QFont> font;
    return font;
}

QFont scaledApplicationFont(double scale)
{
    std::optional<QFont>& normal = normalApplicationFont();
    if (!normal)
        normal = QApplication::font();
    QFont f = *normal;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    return f;
}

// Classrooms whose mode is on: the last one to go gives the application its font back.
int& classroomsOn()
{
    static int count = 0;
    return count;
}

// Which part of the settings the controls could not show as they are.
QString differingPart(const core::RunSettings& wanted, const core::RunSettings& shown)
{
    if (!(wanted.data == shown.data))
        return Classroom::tr("the data");
    if (wanted.validation != shown.validation || wanted.validationSplit != shown.validationSplit)
        return Classroom::tr("the validation");
    if (wanted.hidden != shown.hidden || wanted.activation != shown.activation ||
        wanted.initSeed != shown.initSeed)
        return Classroom::tr("the model (the window gives every hidden layer the same units)");
    if (!(wanted.train.optimizer == shown.train.optimizer))
        return Classroom::tr("the optimizer");
    if (!(wanted.train.earlyStopping == shown.train.earlyStopping))
        return Classroom::tr("early stopping");
    return Classroom::tr("batch size, epochs or shuffling");
}

} // namespace

// ---- the teacher's dialog --------------------------------------------------------------------

QString ClassroomDialog::groupTitle(const QString& name)
{
    const std::pair<const char*, const char*> titles[] = {
        {"playback", QT_TR_NOOP("Play, Update, Epoch and Reset buttons")},
        {"pace", QT_TR_NOOP("Pace")},
        {"batch_size", QT_TR_NOOP("batch_size")},
        {"epochs", QT_TR_NOOP("epochs")},
        {"data", QT_TR_NOOP("Practice exam (data)")},
        {"validation", QT_TR_NOOP("Validation")},
        {"model", QT_TR_NOOP("Student (model)")},
        {"optimizer", QT_TR_NOOP("Correcting mistakes (optimizer)")},
        {"early_stopping", QT_TR_NOOP("Early stopping")},
        {"defaults", QT_TR_NOOP("Restore defaults")}};
    for (const auto& [key, title] : titles)
        if (name == QLatin1String(key))
            return tr(title);
    return name;
}

ClassroomDialog::ClassroomDialog(const core::Scenario& setup, QWidget* parent)
    : QDialog(parent), base_(setup)
{
    setWindowTitle(tr("Classroom setup"));
    auto* layout = new QVBoxLayout(this);

    auto* look = new QGroupBox(tr("Classroom mode (for a projector)"));
    auto* lookForm = new QFormLayout(look);
    fontSize_ = new QSpinBox;
    fontSize_->setObjectName(QStringLiteral("fontSize"));
    fontSize_->setRange(int(core::ClassroomOptions::minFontScale * 100),
                        int(core::ClassroomOptions::maxFontScale * 100));
    fontSize_->setSingleStep(25);
    fontSize_->setSuffix(QStringLiteral(" %"));
    fontSize_->setValue(int(std::lround(setup.classroom.fontScale * 100)));
    fontSize_->setToolTip(tr("The size of every text in classroom mode, plots included, compared "
                             "with the desktop's usual size."));
    lookForm->addRow(tr("&Font size"), fontSize_);
    highContrast_ = new QCheckBox(tr("&High contrast (black on white, thicker curves)"));
    highContrast_->setChecked(setup.classroom.highContrast);
    lookForm->addRow(highContrast_);
    // The presentation layout: one or two large plots with the exam view beside them.
    presentation_ = new QComboBox;
    presentation_->setObjectName(QStringLiteral("presentation"));
    const QList<QPair<QString, QStringList>> layouts{
        {tr("All plots (as the window has room)"), {}},
        {tr("Loss per epoch"), {QStringLiteral("loss_per_epoch")}},
        {tr("Loss per epoch and the practice exam"),
         {QStringLiteral("loss_per_epoch"), QStringLiteral("data")}},
        {tr("Loss per epoch and loss per update"),
         {QStringLiteral("loss_per_epoch"), QStringLiteral("loss_per_update")}},
        {tr("Practice exam"), {QStringLiteral("data")}}};
    QStringList current;
    for (const std::string& n : setup.classroom.presentation)
        current << QString::fromStdString(n);
    for (const auto& [text, plots] : layouts)
        presentation_->addItem(text, plots);
    if (presentation_->findData(current) < 0)
        presentation_->addItem(current.join(QStringLiteral(", ")), current);
    presentation_->setCurrentIndex(presentation_->findData(current));
    presentation_->setToolTip(tr("In classroom mode: the plots shown large, with the exam view "
                                 "beside them."));
    lookForm->addRow(tr("&Presentation"), presentation_);
    layout->addWidget(look);

    auto* controls = new QGroupBox(tr("Controls the students see"));
    auto* grid = new QGridLayout(controls);
    grid->addWidget(new QLabel(tr("<b>Control</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Hide</b>")), 0, 1, Qt::AlignHCenter);
    grid->addWidget(new QLabel(tr("<b>Lock</b>")), 0, 2, Qt::AlignHCenter);
    int row = 1;
    for (const QString& name : ControlsPanel::groupNames()) {
        auto* label = new QLabel(groupTitle(name));
        auto* hide = new QCheckBox;
        auto* lock = new QCheckBox;
        hide->setObjectName(QStringLiteral("hide_") + name);
        lock->setObjectName(QStringLiteral("lock_") + name);
        hide->setAccessibleName(tr("Hide %1").arg(groupTitle(name)));
        lock->setAccessibleName(tr("Lock %1").arg(groupTitle(name)));
        hide->setToolTip(tr("Students do not see this control."));
        lock->setToolTip(tr("Students see this control but cannot change it."));
        hide->setChecked(setup.classroom.hidden.count(name.toStdString()) > 0);
        lock->setChecked(setup.classroom.locked.count(name.toStdString()) > 0);
        grid->addWidget(label, row, 0);
        grid->addWidget(hide, row, 1, Qt::AlignHCenter);
        grid->addWidget(lock, row, 2, Qt::AlignHCenter);
        hide_.insert(name, hide);
        lock_.insert(name, lock);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    layout->addWidget(controls);

    auto* students = new QGroupBox(tr("When students open the scenario"));
    auto* studentsForm = new QFormLayout(students);
    startPaused_ = new QCheckBox(tr("Start &paused (the students press Play)"));
    startPaused_->setChecked(setup.startPaused);
    studentsForm->addRow(startPaused_);
    title_ = new QLineEdit(QString::fromStdString(setup.title));
    title_->setMaxLength(200);
    title_->setPlaceholderText(tr("e.g. Lesson 3: how many epochs?"));
    studentsForm->addRow(tr("&Title"), title_);
    note_ = new QPlainTextEdit(QString::fromStdString(setup.note));
    note_->setPlaceholderText(tr("A note shown to the students, e.g. what to watch for."));
    note_->setTabChangesFocus(true);
    note_->setFixedHeight(note_->fontMetrics().lineSpacing() * 5);
    studentsForm->addRow(tr("&Note"), note_);
    layout->addWidget(students);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

core::Scenario ClassroomDialog::setup() const
{
    core::Scenario s = base_;
    s.classroom.fontScale = fontSize_->value() / 100.0;
    s.classroom.highContrast = highContrast_->isChecked();
    s.classroom.hidden.clear();
    s.classroom.locked.clear();
    for (auto it = hide_.cbegin(); it != hide_.cend(); ++it)
        if (it.value()->isChecked())
            s.classroom.hidden.insert(it.key().toStdString());
    for (auto it = lock_.cbegin(); it != lock_.cend(); ++it)
        if (it.value()->isChecked())
            s.classroom.locked.insert(it.key().toStdString());
    s.classroom.presentation.clear();
    for (const QString& n : presentation_->currentData().toStringList())
        s.classroom.presentation.push_back(n.toStdString());
    s.startPaused = startPaused_->isChecked();
    s.title = title_->text().trimmed().toStdString();
    s.note = note_->toPlainText().trimmed().toStdString();
    return s;
}

// ---- classroom mode and scenarios ------------------------------------------------------------

Classroom::Classroom(const WindowParts& parts, TeachingDocks* teaching)
    : QObject(parts.window), parts_(parts), window_(parts.window), teaching_(teaching)
{
    // 150 %, or 125 % on a small screen (a 1366 x 768 projector has little room to spare).
    setup_.classroom.fontScale = availableScreenArea(parts.window).width() < 1600 ? 1.25 : 1.5;
    setup_.classroom.highContrast = true;
    // A window built while another one's classroom mode is on (a language switch) was built
    // with the large application font already.
    if (const std::optional<QFont>& normal = normalApplicationFont();
        normal && normal->pointSizeF() > 0 && QApplication::font().pointSizeF() > 0)
        appliedScale_ = QApplication::font().pointSizeF() / normal->pointSizeF();
    scenarioDir_ = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (scenarioDir_.isEmpty())
        scenarioDir_ = QDir::homePath();

    modeAction_ = new QAction(tr("&Classroom mode"), this);
    modeAction_->setObjectName(QStringLiteral("classroomModeAction"));
    modeAction_->setCheckable(true);
    modeAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    modeAction_->setToolTip(tr("Large fonts and high contrast for a projector (Ctrl+Shift+C)"));
    connect(modeAction_, &QAction::toggled, this, &Classroom::setOn);
    setupAction_ = new QAction(tr("Classroom &setup..."), this);
    connect(setupAction_, &QAction::triggered, this, &Classroom::openSetupDialog);
    parts.window->addAction(modeAction_);
    QMenu* view = parts.viewMenu;
    view->addSeparator();
    view->addAction(modeAction_);
    view->addAction(setupAction_);

    openAction_ = new QAction(tr("&Open scenario..."), this);
    openAction_->setToolTip(tr("Open a classroom scenario a teacher saved: settings, lesson, "
                               "font size and the controls students may use."));
    connect(openAction_, &QAction::triggered, this, &Classroom::askOpen);
    saveAction_ = new QAction(tr("Sa&ve scenario..."), this);
    saveAction_->setToolTip(tr("Save the settings, the running lesson and the classroom setup as "
                               "a scenario for students."));
    connect(saveAction_, &QAction::triggered, this, &Classroom::askSave);
    // At the top of the File menu (the window's first menu).
    const QList<QAction*> top = parts.window->menuBar()->actions();
    if (QMenu* file = top.isEmpty() ? nullptr : top.first()->menu()) {
        QAction* first = file->actions().isEmpty() ? nullptr : file->actions().first();
        file->insertAction(first, openAction_);
        file->insertAction(first, saveAction_);
        file->insertSeparator(first);
    }

    noteDock_ = new QDockWidget(tr("Note from the teacher"), parts.window);
    noteDock_->setObjectName(QStringLiteral("teacherNoteDock"));
    noteLabel_ = new QLabel;
    noteLabel_->setObjectName(QStringLiteral("teacherNote"));
    noteLabel_->setWordWrap(true);
    noteLabel_->setTextFormat(Qt::RichText);
    noteLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noteLabel_->setMargin(6);
    noteLabel_->setStyleSheet(
        QStringLiteral("QLabel { background: #fff6dc; border: 1px solid #c9a437; }"));
    // The note wraps at the dock's width whatever its words (a long URL, a line without
    // spaces), and a note taller than the room it gets scrolls: text never widens the window.
    QSizePolicy wraps(QSizePolicy::Ignored, QSizePolicy::Preferred);
    wraps.setHeightForWidth(true);
    noteLabel_->setSizePolicy(wraps);
    auto* noteScroll = new QScrollArea;
    noteScroll->setObjectName(QStringLiteral("teacherNoteScroll"));
    noteScroll->setWidgetResizable(true);
    noteScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    noteScroll->setFrameShape(QFrame::NoFrame);
    noteScroll->setWidget(noteLabel_);
    noteDock_->setWidget(noteScroll);
    noteDock_->setAllowedAreas(Qt::TopDockWidgetArea | Qt::BottomDockWidgetArea);
    parts.window->addDockWidget(Qt::TopDockWidgetArea, noteDock_);
    noteDock_->hide();

    if (parts.useSavedSettings) {
        QSettings store;
        store.beginGroup(QStringLiteral("classroom"));
        setup_.classroom.fontScale =
            std::clamp(store.value("fontScale", setup_.classroom.fontScale).toDouble(),
                       core::ClassroomOptions::minFontScale, core::ClassroomOptions::maxFontScale);
        setup_.classroom.highContrast = store.value("highContrast", true).toBool();
        const bool on = store.value("on", false).toBool();
        store.endGroup();
        if (on)
            setOn(true);
    }
}

void Classroom::setOn(bool on)
{
    if (modeAction_->isChecked() != on) {
        modeAction_->setChecked(on); // comes back here through toggled
        return;
    }
    if (on_ == on)
        return;
    changeOn(on);
    applyLook();
    remember();
    emit modeChanged(on_);
}

Classroom::~Classroom()
{
    changeOn(false);
    // Later: the window is being destroyed, and a window rebuilt in another language may have
    // turned the mode on again meanwhile.
    QTimer::singleShot(0, qApp, [] {
        if (classroomsOn() == 0 && normalApplicationFont())
            QApplication::setFont(*normalApplicationFont());
    });
}

void Classroom::changeOn(bool on)
{
    if (on != on_)
        classroomsOn() += on ? 1 : -1;
    on_ = on;
}

void Classroom::setSetup(const core::Scenario& setup)
{
    setup_ = setup;
    applyLook();
    applyControls();
    showNote();
    remember();
}

void Classroom::remember() const
{
    if (!parts_.saveSettings)
        return;
    QSettings store;
    store.beginGroup(QStringLiteral("classroom"));
    store.setValue("on", on_);
    store.setValue("fontScale", setup_.classroom.fontScale);
    store.setValue("highContrast", setup_.classroom.highContrast);
    store.endGroup();
}

void Classroom::applyLook()
{
    const double scale = on_ ? setup_.classroom.fontScale : 1.0;
    const bool contrast = on_ && setup_.classroom.highContrast;
    QStringList presentation;
    if (on_)
        for (const std::string& n : setup_.classroom.presentation)
            presentation << QString::fromStdString(n);
    if (presentation != appliedPresentation_) {
        appliedPresentation_ = presentation;
        emit presentationChanged(presentation);
    }
    if (scale != appliedScale_) {
        // Widgets with a font of their own (a bold line, a larger title) keep their proportions:
        // each is set from its size at the normal scale, remembered (before the application's
        // font changes) the first time it is seen.
        QList<QPair<QWidget*, QFont>> own;
        for (QWidget* w : window_->findChildren<QWidget*>()) {
            if (!w->testAttribute(Qt::WA_SetFont) || qobject_cast<PlotWidget*>(w))
                continue;
            const QVariant saved = w->property(baseFontKey);
            QFont base = saved.isValid() ? saved.value<QFont>() : w->font();
            if (!saved.isValid()) {
                if (base.pointSizeF() > 0)
                    base.setPointSizeF(base.pointSizeF() / appliedScale_);
                w->setProperty(baseFontKey, base);
            }
            if (base.pointSizeF() > 0)
                own.append({w, base});
        }
        // The application's font, not only the window's: menus, tooltips, dialogs and the
        // widgets styled by a style sheet (which do not inherit their parent's font) grow too.
        QApplication::setFont(scaledApplicationFont(scale));
        for (auto& [w, base] : own) {
            base.setPointSizeF(base.pointSizeF() * scale);
            w->setFont(base);
        }
        // A style sheet's font is resolved when the widget is polished: polish again.
        for (QWidget* w : window_->findChildren<QWidget*>())
            if (!w->styleSheet().isEmpty()) {
                w->style()->unpolish(w);
                w->style()->polish(w);
            }
    }
    // A dock widget draws its title in the platform's title font while its own font is the
    // application's: a font that differs (only in its style hint) makes it use its own.
    for (QDockWidget* d : window_->findChildren<QDockWidget*>()) {
        QFont f = QApplication::font();
        f.setStyleHint(QFont::SansSerif);
        d->setFont(scale == 1.0 ? QFont() : f);
    }
    if (contrast != appliedContrast_)
        window_->setPalette(contrast ? highContrastPalette() : QPalette());
    appliedScale_ = scale;
    appliedContrast_ = contrast;
    for (PlotWidget* plot : window_->findChildren<PlotWidget*>())
        plot->setClassroomLook(scale, contrast);
    // After the widgets have taken their new fonts (some font changes arrive as events).
    QTimer::singleShot(0, this, &Classroom::fitPanes);
}

void Classroom::fitPanes()
{
    // The panel needs room in proportion to its font, up to a third of the window (a 1366-pixel
    // projector), the exam view up to a quarter (the plots matter most); beyond that they
    // scroll sideways rather than cut.
    const int third = window_->width() / 3;
    const double scale = appliedScale_;
    const auto scrollsSideways = [scale](QScrollArea* scroll) {
        scroll->setHorizontalScrollBarPolicy(scale > 1.0 ? Qt::ScrollBarAsNeeded
                                                         : Qt::ScrollBarAlwaysOff);
    };
    ControlsPanel* panel = parts_.panel;
    if (QWidget* viewport = panel->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(viewport->parentWidget())) {
            scrollsSideways(scroll);
            const int wanted = panel->sizeHint().width() + 24;
            scroll->setMinimumWidth(scale > 1.0 ? std::min(wanted, third) : wanted);
        }
    // The note as high as its text needs at the window's width (a wrapped label asks for more).
    // At most a third of the window's height: a longer note scrolls.
    if (noteDock_->isVisible() && !noteDock_->isFloating()) {
        const int text = noteLabel_->heightForWidth(std::max(200, window_->width() - 40));
        window_->resizeDocks(
            {noteDock_},
            {std::min(text + noteDock_->fontMetrics().height() + 12, window_->height() / 3)},
            Qt::Vertical);
    }
    QDockWidget* exam = teaching_->examDock();
    if (auto* scroll = qobject_cast<QScrollArea*>(exam->widget()))
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // never cut
    const Qt::DockWidgetArea area = window_->dockWidgetArea(exam);
    if (exam->isVisible() && !exam->isFloating() &&
        (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
        window_->resizeDocks({exam},
                             {std::max(440, std::min(int(440 * scale), window_->width() / 4))},
                             Qt::Horizontal);
}

void Classroom::applyControls()
{
    ControlsPanel* panel = parts_.panel;
    for (const QString& name : ControlsPanel::groupNames()) {
        panel->setGroupHidden(name, setup_.classroom.hidden.count(name.toStdString()) > 0);
        panel->setGroupLocked(name, setup_.classroom.locked.count(name.toStdString()) > 0);
    }
}

void Classroom::showNote()
{
    const QString title = breakableWords(QString::fromStdString(setup_.title)).toHtmlEscaped();
    const QString note = breakableWords(QString::fromStdString(setup_.note))
                             .toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (title.isEmpty() && note.isEmpty()) {
        noteLabel_->clear();
        noteDock_->hide();
        return;
    }
    QString html;
    if (!title.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(title);
    if (!note.isEmpty())
        html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + note;
    noteLabel_->setText(html);
    noteDock_->show();
    QTimer::singleShot(0, this, &Classroom::fitPanes);
}

ClassroomDialog* Classroom::openSetupDialog()
{
    auto* dialog = new ClassroomDialog(setup_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::ClassroomOptions before = setup_.classroom;
        setSetup(dialog->setup());
        // Changing the look in the dialog means wanting to see it.
        const core::ClassroomOptions& now = setup_.classroom;
        const bool changed =
            now.fontScale != before.fontScale || now.highContrast != before.highContrast;
        if (!on_ && changed && (now.fontScale > 1.0 || now.highContrast))
            setOn(true);
    });
    dialog->open();
    return dialog;
}

core::Scenario Classroom::currentScenario() const
{
    core::Scenario s = setup_;
    s.settings = parts_.panel->settings();
    s.classroom.fontScale = appliedScale_;
    s.classroom.highContrast = appliedContrast_;
    // (About 10 s a run is kept as the updates per second it gives this run.)
    s.pace = parts_.panel->speed() < 0.0 ? parts_.controller->speed() : parts_.panel->speed();
    s.lesson.reset();
    const TeachingDocks* teaching = teaching_;
    if (const core::Lesson* l = teaching->lessonRunner()->lesson();
        l && teaching->lessonPanel()->active())
        s.lesson = l->id;
    return s;
}

void Classroom::report(const QString& title, const QString& text) const
{
    if (parts_.report)
        parts_.report(title, text);
}

bool Classroom::applyScenario(const core::Scenario& scenario)
{
    // The controls must show the settings as they are, or the run would differ from the file.
    {
        ControlsPanel probe;
        probe.setSettings(scenario.settings);
        if (!(probe.settings() == scenario.settings)) {
            report(tr("This scenario cannot be used"),
                   tr("The window's controls cannot show %1 of this scenario as written.")
                       .arg(differingPart(scenario.settings, probe.settings())));
            return false;
        }
    }
    const bool wantsLook = scenario.classroom.fontScale > 1.0 || scenario.classroom.highContrast;
    core::Scenario setup = scenario;
    if (!wantsLook) { // keep the teacher's look for the mode; the scenario turns it off
        setup.classroom.fontScale = setup_.classroom.fontScale;
        setup.classroom.highContrast = setup_.classroom.highContrast;
    }
    changeOn(wantsLook);
    {
        const QSignalBlocker block(modeAction_);
        modeAction_->setChecked(on_);
    }
    setSetup(setup);
    emit modeChanged(on_);

    ControlsPanel* panel = parts_.panel;
    TrainingController* controller = parts_.controller;
    panel->setSpeed(scenario.pace);
    controller->setSpeed(panel->speed());
    panel->setSettings(scenario.settings);
    if (parts_.saveSettings) {
        QSettings store;
        saveRunSettings(store, scenario.settings);
    }
    controller->setPaused(scenario.startPaused);
    controller->start(panel->settings());
    if (scenario.lesson && !teaching_->startLesson(QString::fromStdString(*scenario.lesson)))
        report(tr("Lesson not found"),
               tr("This scenario starts the lesson \"%1\", which this BatchLab does not have. "
                  "Its settings are used without the lesson.")
                   .arg(QString::fromStdString(*scenario.lesson)));
    return true;
}

bool Classroom::openScenario(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Cannot open the scenario"),
               tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > maxScenarioBytes) {
        report(tr("This scenario cannot be used"),
               tr("%1 is too large for a scenario (more than 1 MB).").arg(name));
        return false;
    }
    const QByteArray text = file.readAll();
    core::Scenario scenario;
    try {
        scenario = core::readScenario(std::string_view(text.constData(), std::size_t(text.size())));
    } catch (const std::exception& e) {
        report(tr("This scenario cannot be used"), tr("%1:\n%2").arg(name, FailureText::of(e)));
        return false;
    }
    scenarioDir_ = QFileInfo(path).absolutePath();
    return applyScenario(scenario);
}

bool Classroom::saveScenario(const QString& path)
{
    const ControlsPanel* panel = parts_.panel;
    if (panel->hasExplicitData()) {
        // A scenario holds generator settings, not rows: saving would lose the file's questions.
        report(tr("Cannot save the scenario"),
               tr("A scenario keeps generated questions only, and the questions now come from %1. "
                  "Save the run instead (File > Save run), or press \"Use generated data\" first.")
                   .arg(panel->dataSource()));
        return false;
    }
    const std::string text = core::writeScenario(currentScenario());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        report(
            tr("Cannot save the scenario"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    scenarioDir_ = QFileInfo(path).absolutePath();
    return true;
}

void Classroom::adoptFrom(const Classroom& other)
{
    changeOn(other.on_);
    {
        const QSignalBlocker block(modeAction_);
        modeAction_->setChecked(on_);
    }
    scenarioDir_ = other.scenarioDir_;
    setSetup(other.setup_);
    noteDock_->setVisible(other.noteDock_->isVisibleTo(other.window_) &&
                          !noteLabel_->text().isEmpty());
}

namespace
{

QString scenarioFilter()
{
    return Classroom::tr("BatchLab scenarios (*.batchlab-scenario);;JSON files (*.json);;All "
                         "files (*)");
}

} // namespace

void Classroom::askOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(window_, tr("Open scenario"), scenarioDir_, scenarioFilter());
    if (!path.isEmpty())
        openScenario(path);
}

void Classroom::askSave()
{
    QString path = QFileDialog::getSaveFileName(
        window_, tr("Save scenario"),
        QDir(scenarioDir_).filePath(QStringLiteral("lesson.batchlab-scenario")), scenarioFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".batchlab-scenario");
    saveScenario(path);
}

} // namespace ui
