// Experiments > Sweep...: what to sweep (batch size, epochs or learning rate), its values
// (for the batch size 1, 2, 4, ... up to N, and N), the seeds (5), the epochs, and the linear
// learning-rate rule; Start trains it in the background (SweepJob) and the SweepView below
// shows the progress and the results. Non-modal: the window stays usable while it runs.
#pragma once

#include "sweep.hpp"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ui
{

class SweepJob;
class SweepView;

class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    // `job`: the session's sweep, which outlives the dialog (a dialog opened again, or in a window
    // rebuilt for another language, shows the sweep as it is). `base`: the settings every run
    // starts from (the window's). `windowTrains` says whether the window is training now (the
    // sweep then leaves it one core).
    SweepDialog(SweepJob* job, const core::RunSpec& base, std::function<bool()> windowTrains,
                QWidget* parent = nullptr);
    ~SweepDialog() override;

    // New settings to start from (the window's, when the dialog is opened again); ignored while
    // a sweep runs.
    void setBase(const core::RunSpec& base);
    // The sweep the form describes; false (and *error) when a value cannot be read.
    bool sweepOf(core::SweepSpec* out, QString* error) const;
    // Starts the sweep of the form (what the Start button does); false when it cannot run, with
    // the reason shown in the dialog.
    bool startSweep();

    SweepJob* job() const { return job_; }
    SweepView* view() const { return view_; }
    QComboBox* parameterBox() const { return parameter_; }
    QLineEdit* valuesEdit() const { return values_; }
    QSpinBox* seedsBox() const { return seeds_; }
    QSpinBox* epochsBox() const { return epochs_; }
    QCheckBox* scaleBox() const { return scale_; }
    QString message() const;

private:
    void parameterChanged();
    // Fills the form with a sweep (the running one, when the dialog opens during it).
    void showSweep(const core::SweepSpec& s);

    core::RunSpec base_;
    std::function<bool()> windowTrains_;
    SweepJob* job_;
    QComboBox* parameter_;
    QLineEdit* values_;
    QSpinBox* seeds_;
    QSpinBox* epochs_;
    QCheckBox* scale_;
    QCheckBox* varyData_;
    QPushButton* start_;
    QLabel* message_;
    SweepView* view_;
};

} // namespace ui
