#include "ui/experiments/science_plot.hpp"

#include "ui/plots/series_style.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace ui
{

namespace
{

// Okabe-Ito, readable by colour-blind students and on a projector.
QColor paletteColour(int i)
{
    static const QColor colours[] = {
        QColor(0, 114, 178), QColor(213, 94, 0),   QColor(0, 158, 115),   QColor(204, 121, 167),
        QColor(230, 159, 0), QColor(86, 180, 233), QColor(120, 120, 120), QColor(0, 0, 0)};
    return colours[std::size_t(i) % std::size(colours)];
}

// 0: constant learning rate, fixed batch; 1: warm-up (linear scaling) or a growing batch.
int armOf(const core::RunSpec& s)
{
    const core::TrainConfig& t = s.settings.train;
    return t.lrSchedule.kind == core::LrScheduleKind::WarmUp || t.batchGrowth.factor > 1 ? 1 : 0;
}

void logAxis(QCPAxis* axis, double base)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
    t->setLogBase(base);
    axis->setTicker(t);
    axis->setNumberFormat(QStringLiteral("gb"));
}

} // namespace

std::vector<SciencePlot::Kind> SciencePlot::kindsOf(core::Experiment e)
{
    switch (e) {
    case core::Experiment::CriticalBatch:
        return {Kind::StepsVsBatch, Kind::ExamplesVsSteps};
    case core::Experiment::NoiseScale:
        return {Kind::NoiseScale};
    case core::Experiment::LinearScaling:
        return {Kind::PerEpoch, Kind::FinalAccuracy};
    case core::Experiment::IncreaseBatch:
        return {Kind::PerEpoch, Kind::PerUpdate};
    }
    return {};
}

QString SciencePlot::stemOf(core::Experiment e, Kind kind)
{
    const QString stem = QString::fromStdString(core::experimentStem(e));
    switch (kind) {
    case Kind::StepsVsBatch:
        return stem + QStringLiteral("_steps");
    case Kind::ExamplesVsSteps:
        return stem + QStringLiteral("_hyperbola");
    case Kind::NoiseScale:
        return stem;
    case Kind::PerEpoch:
        return stem + QStringLiteral("_per_epoch");
    case Kind::PerUpdate:
        return stem + QStringLiteral("_per_update");
    case Kind::FinalAccuracy:
        return stem + QStringLiteral("_final");
    }
    return stem;
}

SciencePlot::SciencePlot(Kind kind, QWidget* parent) : PlotWidget(parent), kind_(kind)
{
    switch (kind) {
    case Kind::StepsVsBatch:
        setTitle(tr("Updates to the goal against the batch size"));
        xAxis->setLabel(tr("batch size B (log scale)"));
        yAxis->setLabel(tr("weight updates S to the goal (log scale)"));
        logAxis(xAxis, 2.0);
        logAxis(yAxis, 10.0);
        break;
    case Kind::ExamplesVsSteps:
        setTitle(tr("Questions against updates to the goal"));
        xAxis->setLabel(tr("weight updates S (log scale)"));
        yAxis->setLabel(tr("questions solved E = B·S (log scale)"));
        logAxis(xAxis, 10.0);
        logAxis(yAxis, 10.0);
        break;
    case Kind::NoiseScale:
        setTitle(tr("Gradient noise scale during training"));
        xAxis->setLabel(tr("epoch"));
        setCountingX(true);
        yAxis->setLabel(tr("B_simple = tr(Σ)/|G|² (log scale)"));
        logAxis(yAxis, 10.0);
        break;
    case Kind::PerEpoch:
        setTitle(tr("Per epoch"));
        xAxis->setLabel(tr("epoch"));
        setCountingX(true);
        break;
    case Kind::PerUpdate:
        setTitle(tr("Per weight update"));
        xAxis->setLabel(tr("weight updates (log scale)"));
        logAxis(xAxis, 10.0);
        break;
    case Kind::FinalAccuracy:
        setTitle(tr("Final validation accuracy per k"));
        xAxis->setLabel(tr("k: batch size k·B₀ and learning rate k·lr₀ (log scale)"));
        yAxis->setLabel(tr("final validation accuracy"));
        logAxis(xAxis, 2.0);
        break;
    }
    legend->setVisible(true);
}

QCPGraph* SciencePlot::line(const QString& name, const QColor& colour, Qt::PenStyle style,
                            bool scatter)
{
    QCPGraph* g = addGraph(xAxis, yAxis);
    g->setName(name);
    g->setPen(QPen(colour, 2.0, style));
    if (scatter) {
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 7));
    }
    return g;
}

void SciencePlot::setResults(core::Experiment experiment, const std::vector<core::SweepRun>& plan,
                             const std::vector<core::SweepRunResult>& results,
                             std::optional<double> bCrit)
{
    clearPlottables();
    points_ = fitted_ = nullptr;
    experiment_ = experiment;
    if (kind_ == Kind::StepsVsBatch || kind_ == Kind::ExamplesVsSteps)
        drawCritical(core::readCriticalBatch(plan, results));
    else
        drawCurves(plan, results);
    if (kind_ == Kind::NoiseScale && bCrit && *bCrit > 0) {
        // B_crit from the critical-batch experiment: a level across the whole run.
        QCPGraph* g = line(tr("B_crit from the critical-batch fit = %1").arg(*bCrit, 0, 'g', 3),
                           QColor(0, 0, 0), Qt::DashLine, false);
        double last = 1;
        for (const core::SweepRunResult& r : results)
            if (!r.run.history.epochs.empty())
                last = std::max(last, double(r.run.history.epochs.back().epoch));
        g->setData(QVector<double>{0.0, last}, QVector<double>{*bCrit, *bCrit}, true);
    }
    resetView();
}

void SciencePlot::drawCritical(const core::CriticalBatchReading& r)
{
    const bool stepsPlot = kind_ == Kind::StepsVsBatch;
    points_ = line(stepsPlot ? tr("measured: fewest updates (mean of seeds)")
                             : tr("measured: one point per batch size"),
                   paletteColour(0), Qt::SolidLine, true);
    QVector<double> keys, values, errors;
    double b0 = 0, s0 = 0;
    for (std::size_t i = 0; i < r.batchSizes.size(); ++i) {
        const core::SweepStat& s = r.steps[i];
        if (s.n == 0 || !(s.mean > 0))
            continue;
        if (b0 == 0) {
            b0 = r.batchSizes[i];
            s0 = s.mean;
        }
        if (stepsPlot) {
            keys << r.batchSizes[i];
            values << s.mean;
            errors << s.sd;
        } else {
            keys << s.mean;
            values << r.questions[i].mean;
        }
    }
    points_->setData(keys, values, !stepsPlot);
    if (stepsPlot && !keys.isEmpty()) {
        auto* bars = new QCPErrorBars(xAxis, yAxis);
        bars->removeFromLegend();
        bars->setDataPlottable(points_);
        bars->setPen(QPen(paletteColour(0), 1.2));
        bars->setData(errors);
        // Perfect scaling: twice the batch, half the updates, from the smallest batch.
        QCPGraph* perfect =
            line(tr("perfect scaling: S ∝ 1/B"), QColor(120, 120, 120), Qt::DotLine, false);
        perfect->setData(QVector<double>{keys.front(), keys.back()},
                         QVector<double>{s0, s0 * b0 / keys.back()}, true);
    }
    if (!r.fit.ok || keys.isEmpty())
        return;
    fitted_ = line(stepsPlot ? tr("fit: S = %1·(1 + %2/B), B_crit = %2")
                                   .arg(r.fit.sMin, 0, 'g', 3)
                                   .arg(r.fit.bCrit, 0, 'g', 3)
                             : tr("fit: (S/%1 − 1)(E/%2 − 1) = 1")
                                   .arg(r.fit.sMin, 0, 'g', 3)
                                   .arg(r.fit.eMin, 0, 'g', 3),
                   paletteColour(1), Qt::SolidLine, false);
    QVector<double> fx, fy;
    const double lo = std::max(0.5, double(r.batchSizes.front()) / 2);
    const double hi = double(r.batchSizes.back()) * 2;
    for (int i = 0; i <= 200; ++i) {
        const double b = lo * std::pow(hi / lo, i / 200.0);
        const double s = r.fit.sMin + r.fit.eMin / b;
        fx << (stepsPlot ? b : s);
        fy << (stepsPlot ? s : b * s);
    }
    fitted_->setData(fx, fy, !stepsPlot);
}

void SciencePlot::drawCurves(const std::vector<core::SweepRun>& plan,
                             const std::vector<core::SweepRunResult>& results)
{
    const bool increase = experiment_ == core::Experiment::IncreaseBatch;
    if (kind_ == Kind::PerEpoch || kind_ == Kind::PerUpdate)
        yAxis->setLabel(increase ? tr("validation loss (mean of seeds)")
                                 : tr("validation accuracy (mean of seeds)"));
    // Groups: one curve per setting (seeds averaged), or per seed for the noise scale.
    std::map<std::pair<int, int>, std::vector<const core::SweepRunResult*>> groups;
    for (const core::SweepRunResult& r : results) {
        if (!r.ok() || r.index < 0 || std::size_t(r.index) >= plan.size())
            continue;
        const core::RunSpec& spec = plan[std::size_t(r.index)].spec;
        groups[kind_ == Kind::NoiseScale ? std::pair{r.seed, 0}
                                         : std::pair{r.valueIndex, armOf(spec)}]
            .push_back(&r);
    }
    if (kind_ == Kind::FinalAccuracy) {
        QCPGraph* arms[2] = {line(tr("without warm-up"), paletteColour(1), Qt::SolidLine, false),
                             line(tr("with warm-up"), paletteColour(2), Qt::DashLine, false)};
        points_ = arms[0];
        for (QCPGraph* g : arms)
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
        for (const auto& [key, runs] : groups) {
            std::vector<double> finals;
            for (const core::SweepRunResult* r : runs)
                finals.push_back(r->run.history.epochs.back().valAccuracy);
            const core::SweepStat s = core::statOf(finals);
            if (s.n > 0)
                arms[key.second]->addData(runs.front()->value, s.mean);
        }
        return;
    }
    int colour = 0;
    int curve = 0;
    for (const auto& [key, runs] : groups) {
        const core::RunSpec& spec = plan[std::size_t(runs.front()->index)].spec;
        const core::TrainConfig& t = spec.settings.train;
        QString name;
        Qt::PenStyle style = Qt::SolidLine;
        if (kind_ == Kind::NoiseScale) {
            name = tr("seed %1").arg(key.first);
        } else if (increase) {
            const int n = spec.trainingRows();
            name = key.second == 0 ? tr("learning rate ÷%1 per phase (B = %2)")
                                         .arg(std::lround(1.0 / t.lrSchedule.decayRate))
                                         .arg(t.batchSize)
                                   : tr("batch ×%1 per phase (B = %2 → %3)")
                                         .arg(t.batchGrowth.factor)
                                         .arg(t.batchSize)
                                         .arg(core::batchSizeOfEpoch(t, n, t.epochs - 1));
        } else {
            name = tr("k = %1 (B = %2, lr = %3)")
                       .arg(runs.front()->value)
                       .arg(t.batchSize)
                       .arg(t.optimizer.learningRate, 0, 'g', 3);
            if (key.second == 1) {
                name += tr(", warm-up");
                style = Qt::DashLine;
            }
        }
        QCPGraph* g = line(name, paletteColour(increase ? key.second : colour), style, false);
        if (!points_)
            points_ = g;
        if (kind_ != Kind::NoiseScale && (increase || key.second == 1))
            ++colour;
        if (!increase && kind_ != Kind::NoiseScale && key.second == 0)
            g->setPen(QPen(paletteColour(colour), 2.0, style));
        // The mean over the group's runs, epoch by epoch (as far as all of them went).
        std::size_t rows = SIZE_MAX;
        for (const core::SweepRunResult* r : runs)
            rows = std::min(rows, r->run.history.epochs.size());
        for (std::size_t i = 0; i < rows; ++i) {
            double sum = 0;
            int count = 0;
            for (const core::SweepRunResult* r : runs) {
                const core::EpochInfo& e = r->run.history.epochs[i];
                const double v = kind_ == Kind::NoiseScale ? e.noiseScale
                                 : increase                ? e.valLoss
                                                           : e.valAccuracy;
                if (std::isfinite(v)) {
                    sum += v;
                    ++count;
                }
            }
            const core::EpochInfo& e = runs.front()->run.history.epochs[i];
            const double x = kind_ == Kind::PerUpdate ? double(e.updates) : double(e.epoch);
            if (count > 0 && (kind_ != Kind::PerUpdate || x > 0))
                g->addData(x, sum / count);
        }
        // No two curves differ in colour alone (ui/plots/series_style.hpp): each has a marker
        // of its own. The growing batch's first phase is the decaying learning rate's run
        // itself, so its curve is drawn dashed and thinner over the other's wide solid line.
        series::applyRunMarker(g, curve++, 1.0, g->dataCount());
        if (increase) {
            QPen pen = g->pen();
            pen.setStyle(key.second == 1 ? Qt::DashLine : Qt::SolidLine);
            pen.setWidthF(key.second == 1 ? 2.0 : 4.5);
            g->setPen(pen);
        }
    }
}

void SciencePlot::fitToData()
{
    bool any = false;
    for (int i = 0; i < graphCount(); ++i)
        any = any || !graph(i)->data()->isEmpty();
    if (!any) {
        xAxis->setRange(1, 100);
        yAxis->setRange(1, 100);
        return;
    }
    rescaleAxes();
    for (QCPAxis* axis : {xAxis, yAxis}) {
        const QCPRange r = axis->range();
        if (axis->scaleType() == QCPAxis::stLogarithmic)
            axis->setRange(r.lower / 1.3, r.upper * 1.3);
        else {
            const double pad = std::max(r.size(), 1e-9) * 0.05;
            axis->setRange(r.lower - pad, r.upper + pad);
        }
    }
}

} // namespace ui
