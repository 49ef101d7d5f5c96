// What a sweep shows while it runs and after: a progress bar with the runs done, an estimate of
// the time left and Cancel, and the two SweepPlots (losses; cost of the best validation loss)
// redrawn from the job's summary each time a run ends. Reads a SweepJob; owns nothing of it.
#pragma once

#include "ui/experiments/sweep_plot.hpp"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ui
{

class SweepJob;

class SweepView : public QWidget
{
    Q_OBJECT
public:
    explicit SweepView(SweepJob* job, QWidget* parent = nullptr);

    SweepPlot* lossPlot() const { return losses_; }
    SweepPlot* costPlot() const { return costs_; }
    QProgressBar* progressBar() const { return bar_; }
    QPushButton* cancelButton() const { return cancel_; }
    QString statusText() const;

    // Redraws from the job (called on every run it reports).
    void refresh();

private:
    SweepJob* job_;
    QProgressBar* bar_;
    QLabel* status_;
    QPushButton* cancel_;
    SweepPlot* losses_;
    SweepPlot* costs_;
};

} // namespace ui
