#include "ui/experiments/sweep_view.hpp"

#include "ui/session/sweep_job.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace ui
{

SweepView::SweepView(SweepJob* job, QWidget* parent)
    : QWidget(parent), job_(job), bar_(new QProgressBar), status_(new QLabel),
      cancel_(new QPushButton(tr("Cancel sweep"))), losses_(new SweepPlot(SweepPlot::Kind::Losses)),
      costs_(new SweepPlot(SweepPlot::Kind::Costs))
{
    setObjectName(QStringLiteral("sweepView"));
    bar_->setObjectName(QStringLiteral("sweepProgress"));
    cancel_->setObjectName(QStringLiteral("cancelSweep"));
    cancel_->setToolTip(tr("Stop every run of the sweep now; finished runs are kept"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(bar_, 1);
    row->addWidget(status_);
    row->addWidget(cancel_);
    v->addLayout(row);
    auto* plots = new QSplitter(Qt::Horizontal);
    plots->addWidget(losses_);
    plots->addWidget(costs_);
    losses_->setMinimumSize(280, 220);
    costs_->setMinimumSize(280, 220);
    v->addWidget(plots, 1);

    connect(cancel_, &QPushButton::clicked, job_, &SweepJob::cancel);
    connect(job_, &SweepJob::started, this, &SweepView::refresh);
    connect(job_, &SweepJob::runFinished, this, &SweepView::refresh);
    connect(job_, &SweepJob::finished, this, &SweepView::refresh);
    refresh();
}

QString SweepView::statusText() const
{
    return status_->text();
}

void SweepView::refresh()
{
    const int done = job_->runsDone();
    const int planned = job_->runsPlanned();
    bar_->setRange(0, std::max(planned, 1));
    bar_->setValue(done);
    bar_->setFormat(tr("%1 of %2 runs").arg(done).arg(planned));
    cancel_->setEnabled(job_->running());
    if (job_->running()) {
        const double left = job_->secondsLeft();
        status_->setText(std::isfinite(left)
                             ? tr("about %1 s left (%2 workers)")
                                   .arg(QString::number(std::ceil(left), 'f', 0))
                                   .arg(job_->jobs())
                             : tr("first runs training (%1 workers)").arg(job_->jobs()));
    } else if (planned == 0) {
        status_->setText(tr("no sweep yet"));
    } else if (job_->wasCancelled()) {
        status_->setText(tr("cancelled after %1 runs").arg(done));
    } else {
        status_->setText(tr("done: %1 runs in %2 s")
                             .arg(done)
                             .arg(QString::number(job_->secondsElapsed(), 'f', 1)));
    }
    const std::vector<core::SweepSummaryRow> summary = job_->summary();
    losses_->setSweep(job_->parameter(), summary);
    costs_->setSweep(job_->parameter(), summary);
}

} // namespace ui
