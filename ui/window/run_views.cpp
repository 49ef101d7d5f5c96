#include "ui/window/run_views.hpp"

#include "trainer.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/session.hpp"
#include "ui/teaching/exam_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"

#include <QLabel>

#include <algorithm>

// The words stay in the window's context (MainWindow::tr), where the translations have them.

namespace ui
{

RunViews::RunViews(const Parts& parts, QObject* parent) : QObject(parent), parts_(parts) {}

void RunViews::showSelectedRun()
{
    Session* session = parts_.session;
    DataView* dataView = parts_.data;
    const RunEntry* e = session->store()->entry(session->selectedRun());
    if (!e)
        return;
    const RunSnapshot& all = e->data;
    if (all.start)
        dataView->setRunStart(all.start);
    if (all.parameters.size() > 0)
        dataView->setParameters(all.parameters);
    const bool live = e->id == session->liveRun();
    parts_.teaching->showRun(all, live, e->label, e->id);
    if (auto* title = dataView->parentWidget()->findChild<QLabel*>(QStringLiteral("cardTitle"))) {
        const QString base = MainWindow::tr("Practice exam and the model's answers");
        title->setText(live ? base : MainWindow::tr("%1 · kept run %2").arg(base, e->label));
    }
}

void RunViews::onRunStarted()
{
    Session* session = parts_.session;
    ControlsPanel* panel = parts_.panel;
    const core::RunSpec& spec = session->controller()->spec();
    const core::RunSettings& s = spec.settings;
    // A run started from elsewhere (a lesson, an opened record) brings its own data or none.
    if (spec.hasExplicitData() != panel->hasExplicitData())
        panel->setExplicitData(spec.data, QString::fromStdString(spec.dataSource));
    // A compared run: the controls show the run being trained (its batch size).
    if (session->comparing())
        panel->setSettings(s);
    const int rows = std::max(1, spec.trainingRows());
    parts_.perUpdate->clearRun();
    parts_.perEpoch->clearRun(core::isClassification(spec.task()), s.train.earlyStopping);
    // The plots read the live run's epoch rows from its store entry, which the Session made
    // before this (docs/ARCHITECTURE.md, "A run's way from the worker to the pixels").
    parts_.perUpdate->followRun(session->liveRun());
    parts_.perEpoch->followRun(session->liveRun());
    if (parts_.teaching->followsLive()) // cleared by the teaching docks just before
        parts_.teaching->examView()->followRun(session->liveRun());
    parts_.perUpdate->setRunShape(core::stepsPerEpoch(rows, std::max(1, s.train.batchSize)), rows);
    if (session->selectedRun() == session->liveRun())
        parts_.data->clearRun();
}

void RunViews::onSnapshot(const RunSnapshot& s)
{
    // The data view follows the live run unless a kept run is selected (Runs dock).
    const bool follow = parts_.session->selectedRun() == parts_.session->liveRun();
    if (s.start) {
        parts_.perUpdate->setRunShape(s.start->stepsPerEpoch, s.start->trainingRows);
        if (follow)
            parts_.data->setRunStart(s.start);
    }
    parts_.perUpdate->append(s);
    parts_.perEpoch->append(s);
    if (follow && s.parameters.size() > 0)
        parts_.data->setParameters(s.parameters);
}

} // namespace ui
