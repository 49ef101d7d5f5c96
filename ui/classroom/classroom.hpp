// Classroom mode for a projector, attached to a main window from outside (as TeachingDocks is):
// View > Classroom mode scales every font of the window, the plots' tick labels, axis labels and
// legends included, and switches to high contrast (black on white, thicker curves); View >
// Classroom setup... is the teacher's dialog (font size, contrast, which control groups students
// do not see or cannot change, start paused, a title and note for students); File > Open
// scenario... / Save scenario... read and write all of it with the run's settings and the
// running lesson as one file (core/scenario.hpp, docs/scenario.md). The mode and its look are
// remembered in QSettings (group "classroom") when the window saves its settings.
#pragma once

#include "ui/controls/window_parts.hpp"

#include "scenario.hpp"

#include <QDialog>
#include <QHash>
#include <QObject>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ui
{

class TeachingDocks;

// The teacher's dialog: edits the classroom part of a scenario (classroom options, start
// paused, title and note); the settings are not its business.
class ClassroomDialog : public QDialog
{
    Q_OBJECT
public:
    ClassroomDialog(const core::Scenario& setup, QWidget* parent = nullptr);
    // `setup` with what the dialog shows.
    core::Scenario setup() const;

    QSpinBox* fontSizeBox() const { return fontSize_; }
    QCheckBox* highContrastBox() const { return highContrast_; }
    QCheckBox* hideBox(const QString& group) const { return hide_.value(group); }
    QCheckBox* lockBox(const QString& group) const { return lock_.value(group); }
    QCheckBox* startPausedBox() const { return startPaused_; }
    QLineEdit* titleEdit() const { return title_; }
    QPlainTextEdit* noteEdit() const { return note_; }
    QComboBox* presentationBox() const { return presentation_; }

    // What the window calls the control group `name` (for the dialog's rows).
    static QString groupTitle(const QString& name);

private:
    core::Scenario base_;
    QSpinBox* fontSize_ = nullptr;
    QCheckBox* highContrast_ = nullptr;
    QHash<QString, QCheckBox*> hide_;
    QHash<QString, QCheckBox*> lock_;
    QCheckBox* startPaused_ = nullptr;
    QLineEdit* title_ = nullptr;
    QPlainTextEdit* note_ = nullptr;
    QComboBox* presentation_ = nullptr;
};

class Classroom : public QObject
{
    Q_OBJECT
public:
    // Adds its actions to the window's File and View menus and its note dock to the window.
    Classroom(const WindowParts& parts, TeachingDocks* teaching);
    // The last classroom whose mode is on gives the application its normal font back.
    ~Classroom() override;

    // Classroom mode: the look of setup().classroom (font scale, contrast) on the window.
    bool isOn() const { return on_; }
    void setOn(bool on);
    // The classroom part of a scenario as the teacher set it up (its settings are unused).
    // The look applies while the mode is on; hidden and locked groups apply always.
    const core::Scenario& setup() const { return setup_; }
    void setSetup(const core::Scenario& setup);
    // The font scale and contrast in effect now (1 and false when the mode is off).
    double appliedFontScale() const { return appliedScale_; }
    bool appliedHighContrast() const { return appliedContrast_; }

    // The window as a scenario: the controls' settings, the running lesson, the look in
    // effect, the hidden and locked groups, start paused, the pace, the title and note.
    core::Scenario currentScenario() const;
    // Opens a scenario file: applies the settings (and starts the run), the look, the hidden and
    // locked groups, the pace, start paused, shows the note and starts the lesson. A file that
    // cannot be read or used goes to the window's error sink and changes nothing (false).
    bool openScenario(const QString& path);
    // Writes currentScenario() atomically; errors go to the error sink (false).
    bool saveScenario(const QString& path);
    // Applies a scenario already read (returns false after reporting when the controls cannot
    // show its settings).
    bool applyScenario(const core::Scenario& scenario);
    // The same classroom state as `other` (a window rebuilt in another language).
    void adoptFrom(const Classroom& other);

    QAction* modeAction() const { return modeAction_; }
    QAction* setupAction() const { return setupAction_; }
    QAction* openScenarioAction() const { return openAction_; }
    QAction* saveScenarioAction() const { return saveAction_; }
    QDockWidget* noteDock() const { return noteDock_; }
    QLabel* noteLabel() const { return noteLabel_; }
    // Opens the teacher's dialog (window-modal, not blocking); OK applies it.
    ClassroomDialog* openSetupDialog();

    // The plots the presentation layout shows now (core::presentationPlotNames(); empty: the
    // normal layout). Only while the mode is on.
    QStringList appliedPresentation() const { return appliedPresentation_; }

signals:
    void modeChanged(bool on);
    void presentationChanged(const QStringList& plots);

private:
    void changeOn(bool on);
    void applyLook();
    void fitPanes();
    void applyControls();
    void showNote();
    void report(const QString& title, const QString& text) const;
    void askOpen();
    void askSave();
    void remember() const;

    WindowParts parts_;
    QMainWindow* window_;
    TeachingDocks* teaching_;
    core::Scenario setup_;
    bool on_ = false;
    double appliedScale_ = 1.0;
    bool appliedContrast_ = false;
    QStringList appliedPresentation_;
    QString scenarioDir_;
    QAction* modeAction_ = nullptr;
    QAction* setupAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QDockWidget* noteDock_ = nullptr;
    QLabel* noteLabel_ = nullptr;
};

} // namespace ui
