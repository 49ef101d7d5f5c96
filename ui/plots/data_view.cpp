#include "ui/plots/data_view.hpp"

#include <cmath>

namespace ui
{

namespace
{

const QColor class0(40, 110, 200);
const QColor class1(230, 120, 30);

QCPGraph* makeScatter(QCustomPlot* plot, const QString& name, QColor color, bool filled,
                      double size)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setPen(QPen(color));
    g->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle,
                        filled ? QPen(QColor(30, 30, 30), 1.2) : QPen(color.darker(130), 1.2),
                        filled ? QBrush(color) : QBrush(Qt::NoBrush), size));
    return g;
}

QCPRange padded(double lo, double hi)
{
    const double pad = std::max((hi - lo) * 0.08, 1e-3);
    return {lo - pad, hi + pad};
}

} // namespace

DataView::DataView(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("Data and model"));
    heatMap_ = new QCPColorMap(xAxis, yAxis);
    heatMap_->setName(tr("model: probability of class 1"));
    heatMap_->setInterpolate(true);
    heatMap_->setTightBoundary(true);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(120, 170, 235));
    gradient.setColorStopAt(0.45, QColor(225, 236, 250));
    gradient.setColorStopAt(0.5, QColor(250, 250, 250));
    gradient.setColorStopAt(0.55, QColor(253, 234, 214));
    gradient.setColorStopAt(1.0, QColor(245, 175, 110));
    heatMap_->setGradient(gradient);
    heatMap_->setDataRange(QCPRange(0.0, 1.0));
    heatMap_->removeFromLegend();

    curve_ = addGraph();
    curve_->setName(tr("model's prediction"));
    curve_->setPen(QPen(QColor(200, 40, 40), 2.2));

    trainClass0_ = makeScatter(this, tr("training (practice exam)"), class0, true, 9);
    trainClass1_ = makeScatter(this, tr("training, class 1"), class1, true, 9);
    valClass0_ = makeScatter(this, tr("validation (new exam)"), class0, false, 5);
    valClass1_ = makeScatter(this, tr("validation, class 1"), class1, false, 5);
    // The model (heat map or curve) and the points on buffered layers of their own: a new model
    // redraws its layer only, never the N points (QCPLayer::replot).
    addLayer(QStringLiteral("model"), layer(QStringLiteral("main")), limBelow);
    addLayer(QStringLiteral("points"), layer(QStringLiteral("main")), limAbove);
    layer(QStringLiteral("model"))->setMode(QCPLayer::lmBuffered);
    layer(QStringLiteral("points"))->setMode(QCPLayer::lmBuffered);
    heatMap_->setLayer(QStringLiteral("model"));
    curve_->setLayer(QStringLiteral("model"));
    for (QCPGraph* g : {trainClass0_, trainClass1_, valClass0_, valClass1_})
        g->setLayer(QStringLiteral("points"));

    throttle_.setInterval(250);
    connect(&throttle_, &QTimer::timeout, this, [this] {
        if (modelDirty_)
            drawModel();
        else
            throttle_.stop();
    });
    clearRun();
}

void DataView::clearRun()
{
    start_.reset();
    network_.reset();
    parameters_.resize(0);
    modelDirty_ = false;
    heatMap_->data()->clear();
    heatMap_->setVisible(false);
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->data()->clear();
    xAxis->setLabel(tr("x₁"));
    yAxis->setLabel(tr("x₂"));
    resetView();
}

void DataView::setRunStart(const std::shared_ptr<const RunStart>& start)
{
    start_ = start;
    network_ = std::make_unique<core::Network>(start->spec);
    plotData();
    setParameters(start->initialParameters);
    redrawModelNow();
    resetView();
}

void DataView::plotData()
{
    const bool classification = start_->spec.task == core::TaskKind::BinaryClassification;
    const core::Dataset& train = start_->data.train;
    const core::Dataset& val = start_->data.val;
    trainClass0_->setName(classification ? tr("training, class 0 (practice exam)")
                                         : tr("training (practice exam)"));
    valClass0_->setName(classification ? tr("validation, class 0 (new exam)")
                                       : tr("validation (new exam)"));
    trainClass1_->setVisible(classification);
    valClass1_->setVisible(classification);
    if (classification) {
        trainClass1_->addToLegend();
        valClass1_->addToLegend();
        curve_->removeFromLegend();
    } else {
        trainClass1_->removeFromLegend();
        valClass1_->removeFromLegend();
        curve_->addToLegend();
    }
    curve_->setVisible(!classification);
    heatMap_->setVisible(classification);
    xAxis->setLabel(classification ? tr("x₁") : tr("x"));
    yAxis->setLabel(classification ? tr("x₂") : tr("y"));

    auto fill = [&](const core::Dataset& d, QCPGraph* zero, QCPGraph* one) {
        QVector<double> x0, y0, x1, y1;
        for (int i = 0; i < d.rows(); ++i) {
            const double a = d.x(i, 0);
            const double b = classification ? d.x(i, 1) : d.y(i);
            if (!std::isfinite(a) || !std::isfinite(b))
                continue;
            if (classification && d.y(i) > 0.5) {
                x1.push_back(a);
                y1.push_back(b);
            } else {
                x0.push_back(a);
                y0.push_back(b);
            }
        }
        zero->setData(x0, y0);
        one->setData(x1, y1);
    };
    // Validation first so that the training points are drawn on top.
    fill(val, valClass0_, valClass1_);
    fill(train, trainClass0_, trainClass1_);

    double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
    for (const core::Dataset* d : {&train, &val}) {
        for (int i = 0; i < d->rows(); ++i) {
            const double a = d->x(i, 0);
            const double b = classification ? d->x(i, 1) : d->y(i);
            xlo = std::min(xlo, a);
            xhi = std::max(xhi, a);
            ylo = std::min(ylo, b);
            yhi = std::max(yhi, b);
        }
    }
    if (!(xlo < xhi))
        xlo = -1, xhi = 1;
    if (!(ylo < yhi))
        ylo = -1, yhi = 1;
    xRange_ = padded(xlo, xhi);
    yRange_ = padded(ylo, yhi);
    if (classification) {
        heatMap_->data()->setSize(gridSize, gridSize);
        heatMap_->data()->setRange(xRange_, yRange_);
    }
}

void DataView::setParameters(const Eigen::VectorXd& parameters)
{
    if (!network_ || parameters.size() != network_->parameterCount())
        return;
    parameters_ = parameters;
    modelDirty_ = true;
    if (!throttle_.isActive()) {
        drawModel(); // the first one at once, then at most every 250 ms
        throttle_.start();
    }
}

void DataView::redrawModelNow()
{
    if (modelDirty_)
        drawModel();
}

void DataView::drawModel()
{
    modelDirty_ = false;
    if (!network_ || parameters_.size() != network_->parameterCount())
        return;
    network_->parameters() = parameters_;
    if (start_->spec.task == core::TaskKind::BinaryClassification) {
        Eigen::MatrixXd grid(gridSize * gridSize, 2);
        for (int j = 0; j < gridSize; ++j)
            for (int i = 0; i < gridSize; ++i) {
                double x = 0, y = 0;
                heatMap_->data()->cellToCoord(i, j, &x, &y);
                grid(j * gridSize + i, 0) = x;
                grid(j * gridSize + i, 1) = y;
            }
        const Eigen::VectorXd z = network_->predictRaw(grid);
        for (int j = 0; j < gridSize; ++j)
            for (int i = 0; i < gridSize; ++i) {
                const double logit = z(j * gridSize + i);
                const double p = std::isfinite(logit) ? 1.0 / (1.0 + std::exp(-logit)) : 0.5;
                heatMap_->data()->setCell(i, j, p);
            }
    } else {
        constexpr int n = 300;
        Eigen::MatrixXd xs(n, 1);
        for (int i = 0; i < n; ++i)
            xs(i, 0) = xRange_.lower + xRange_.size() * i / (n - 1);
        const Eigen::VectorXd y = network_->predictRaw(xs);
        QVector<double> keys, values;
        for (int i = 0; i < n; ++i)
            if (std::isfinite(y(i))) {
                keys.push_back(xs(i, 0));
                values.push_back(y(i));
            }
        curve_->setData(keys, values, true);
    }
    // Only the model's layer (a full replot when the buffers are not set up yet).
    layer(QStringLiteral("model"))->replot();
}

void DataView::fitToData()
{
    if (!start_) {
        xAxis->setRange(-1, 1);
        yAxis->setRange(-1, 1);
        return;
    }
    xAxis->setRange(xRange_);
    yAxis->setRange(yRange_);
}

QString DataView::readoutAt(double key, double value) const
{
    if (!start_)
        return {};
    if (start_->spec.task == core::TaskKind::BinaryClassification) {
        const double p = heatMap_->data()->data(key, value);
        return tr("x₁ = %1, x₂ = %2\nmodel: P(class 1) = %3")
            .arg(key, 0, 'g', 4)
            .arg(value, 0, 'g', 4)
            .arg(p, 0, 'f', 3);
    }
    const double y = valueNear(curve_, key);
    return tr("x = %1\nmodel: y = %2").arg(key, 0, 'g', 4).arg(y, 0, 'g', 4);
}

} // namespace ui
