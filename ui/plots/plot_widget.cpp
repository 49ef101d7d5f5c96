#include "ui/plots/plot_widget.hpp"

#include "ui/plots/whole_number_ticker.hpp"
#include "ui/plots/wrap_words.hpp"

#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QMenu>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ui
{

namespace
{

// An axis title longer than its axis is broken into lines at spaces (QCustomPlot draws it
// in one line and cuts it at the plot's edge: "variance of the batch gradient" on a short dock).
// The words as set are kept in a property, so that a title set anew is taken as it is.
bool fitAxisTitles(QCustomPlot* plot)
{
    bool changed = false;
    static const char* full = "batchlabFullLabel";
    static const char* shown = "batchlabShownLabel";
    for (QCPAxisRect* r : plot->axisRects())
        for (QCPAxis* a : r->axes()) {
            if (!a->visible())
                continue;
            QString words = a->property(full).toString();
            if (a->label() != a->property(shown).toString())
                words = a->label(); // set anew since the last fitting
            if (words.isEmpty())
                continue;
            const int length = a->orientation() == Qt::Horizontal ? r->width() : r->height();
            if (length <= 0)
                continue;
            const QString text =
                wrapWords(words, QFontMetrics(a->labelFont()), std::max(40, length - 8));
            a->setProperty(full, words);
            a->setProperty(shown, text);
            if (a->label() != text) {
                a->setLabel(text);
                changed = true;
            }
        }
    return changed;
}

} // namespace

PlotWidget::PlotWidget(QWidget* parent) : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    // Curves as one polyline each, not one line per segment (QCustomPlot's default): a noisy
    // per-update curve has thousands of segments per replot. Exports are vectorized and keep
    // QCustomPlot's careful joins.
    setPlottingHint(QCP::phFastPolylines, true);
    setMinimumSize(260, 180);
    QFont base = font();
    base.setPointSizeF(legendPointSize);
    xAxis->setLabelFont(base);
    yAxis->setLabelFont(base);
    yAxis2->setLabelFont(base);
    legend->setVisible(true);
    legend->setFont(base);
    legend->setBrush(QColor(255, 255, 255, 215));
    legend->setBorderPen(QPen(QColor(190, 190, 190)));
    legend->setIconSize(22, 10);
    // Below the axis rectangle, never over the data (nothing covers data); as many
    // columns as the width allows (fitLegend).
    axisRect()->insetLayout()->take(legend);
    axisRect()->insetLayout()->simplify();
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowSpacing(0);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setMargins(QMargins(6, 0, 6, 4));
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    styleAxes();

    readout_ = new QCPItemText(this);
    readout_->setClipToAxisRect(true);
    readout_->position->setAxisRect(axisRect());
    readout_->position->setType(QCPItemPosition::ptAxisRectRatio);
    readout_->position->setCoords(0.01, 0.01);
    readout_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    readout_->setTextAlignment(Qt::AlignLeft);
    readout_->setPadding(QMargins(5, 3, 5, 3));
    readout_->setBrush(QColor(255, 255, 240, 230));
    readout_->setPen(QPen(QColor(180, 180, 150)));
    readout_->setFont(base);
    readout_->setVisible(false);
    readout_->setLayer(QStringLiteral("legend"));

    connect(this, &QCustomPlot::mouseMove, this, &PlotWidget::onMouseMove);
    // Zooming or panning by hand stops following the data; double-click brings it back.
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton)
            follow_ = false;
    });
    connect(this, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { follow_ = false; });
    connect(this, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
    connect(this, &QCustomPlot::afterReplot, this, [this] { ++replots_; });
    connect(this, &QCustomPlot::beforeReplot, this, [this] {
        fitAxisTitles(this);
        fitTickCounts();
        fitLegend();
        footerLines_.clear();
        placeLabels();
        showFooter();
    });
    // The layout step of the same replot may move the axis rect (a legend or a footer of
    // another height, wider tick labels): the labels are placed again against the rect that is
    // drawn, so that none covers a curve.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        // Titles and tick counts fitted against the lengths the axes have now (the fitting
        // before the replot saw the last layout's): where that changes them, once more.
        std::vector<int> counts;
        for (QCPAxisRect* r : axisRects())
            for (QCPAxis* a : r->axes())
                counts.push_back(a->ticker()->tickCount());
        bool again = fitAxisTitles(this);
        fitTickCounts();
        std::size_t i = 0;
        for (QCPAxisRect* r : axisRects())
            for (QCPAxis* a : r->axes())
                again = again || a->ticker()->tickCount() != counts[i++];
        if (again)
            replot(rpQueuedReplot);
        footerLines_.clear();
        placeLabels();
        showFooter();
    });
    refreshLater_.setSingleShot(true);
    connect(&refreshLater_, &QTimer::timeout, this, &PlotWidget::refresh);
}

void PlotWidget::setStore(const RunStore* store)
{
    store_ = store;
    connect(store, &RunStore::runChanged, this, [this](RunId id) {
        const RunEntry* e = store_->entry(id);
        if (e && !e->live)
            rebuildOverlays();
    });
    for (auto signal : {&RunStore::runLookChanged, &RunStore::runAdded, &RunStore::runRemoved})
        connect(store, signal, this, [this](RunId) { rebuildOverlays(); });
    rebuildOverlays();
}

void PlotWidget::setLogY(bool on)
{
    logY_ = on;
    yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    resetView();
}

void PlotWidget::setLogX(bool on)
{
    logX_ = on;
    xAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else if (countingX_)
        useWholeNumberTicks(xAxis);
    else
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    resetView();
}

void PlotWidget::setCountingX(bool on)
{
    if (on == countingX_)
        return;
    countingX_ = on;
    if (logX_)
        return;
    if (on)
        useWholeNumberTicks(xAxis);
    else
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
}

void PlotWidget::setFittedX(double lower, double upper, const std::vector<QCPGraph*>& graphs)
{
    if (!logX_) {
        xAxis->setRange(lower, upper);
        return;
    }
    double smallest = std::numeric_limits<double>::infinity();
    for (const QCPGraph* g : graphs) {
        bool found = false;
        const QCPRange keys = g->getKeyRange(found, QCP::sdPositive);
        if (found)
            smallest = std::min(smallest, keys.lower);
    }
    const double top = upper > 0.0 ? upper : 1.0;
    const double bottom = std::isfinite(smallest) && smallest < top ? smallest : top / 1000.0;
    // A little room on either side, in proportion (a log axis has no "zero" to start at).
    xAxis->setRange(bottom / 1.15, top * 1.05);
}

void PlotWidget::wheelEvent(QWheelEvent* event)
{
    const bool values = event->modifiers() & Qt::ControlModifier;
    for (QCPAxisRect* r : axisRects())
        r->setRangeZoom(values ? Qt::Vertical : Qt::Horizontal);
    QCustomPlot::wheelEvent(event);
}

void PlotWidget::resetView()
{
    follow_ = true;
    fitToData();
    replot(rpQueuedReplot);
}

void PlotWidget::refresh()
{
    if (minRefreshMs_ > 0 && sinceRefresh_.isValid() && sinceRefresh_.elapsed() < minRefreshMs_) {
        if (!refreshLater_.isActive())
            refreshLater_.start(int(minRefreshMs_ - sinceRefresh_.elapsed()));
        return;
    }
    refreshLater_.stop();
    sinceRefresh_.start();
    if (follow_)
        fitToData();
    replot(rpQueuedReplot);
}

void PlotWidget::fitToData()
{
    rescaleAxes(true);
}

void PlotWidget::styleAxes()
{
    const bool hc = highContrast_;
    for (QCPAxisRect* r : axisRects())
        for (QCPAxis* a : r->axes()) {
            a->setBasePen(hc ? QPen(Qt::black, 1.5) : QPen(QColor(120, 120, 120)));
            a->setTickPen(hc ? QPen(Qt::black, 1.5) : QPen(QColor(120, 120, 120)));
            a->setSubTickPen(hc ? QPen(Qt::black) : QPen(QColor(160, 160, 160)));
            a->grid()->setPen(QPen(hc ? QColor(185, 185, 185) : QColor(225, 225, 225), 0));
            a->setTickLabelColor(Qt::black);
            a->setLabelColor(Qt::black);
        }
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
}

void PlotWidget::wrapLegend()
{
    // As many columns as fit in the plot's width (items fill rows left to right).
    // Items removed with their graphs leave empty cells: close the gaps first.
    bool holes = false;
    for (int i = 0; i < legend->elementCount(); ++i)
        holes = holes || !legend->elementAt(i);
    if (holes)
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    std::vector<int> widths;
    for (int i = 0; i < legend->elementCount(); ++i)
        if (QCPLayoutElement* e = legend->elementAt(i))
            widths.push_back(e->minimumOuterSizeHint().width());
    const int n = int(widths.size());
    const int width = legendRoom().width();
    if (n == 0 || width <= 0)
        return;
    const int room = width - legend->margins().left() - legend->margins().right() - 8;
    int columns = 1;
    for (int c = n; c >= 1; --c) {
        int total = (c - 1) * legend->columnSpacing();
        for (int col = 0; col < c; ++col) {
            int widest = 0;
            for (int i = col; i < n; i += c)
                widest = std::max(widest, widths[std::size_t(i)]);
            total += widest;
        }
        if (total <= room) {
            columns = c;
            break;
        }
    }
    if (legend->wrap() != columns || legend->columnCount() > columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
}

bool PlotWidget::coversData(const QRectF& r) const
{
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph* g = graph(i);
        if (!g->visible() || g->dataCount() == 0)
            continue;
        const QCPAxis* kx = g->keyAxis();
        const QCPAxis* vy = g->valueAxis();
        const double k0 = kx->pixelToCoord(r.left());
        const double k1 = kx->pixelToCoord(r.right());
        const double klo = std::min(k0, k1), khi = std::max(k0, k1);
        // The rectangle's value range: a point whose key lies in [klo, khi] is inside it exactly
        // when its value lies in [vlo, vhi] (both axes are monotonic), so the thousands of
        // points of a long run under a label are compared as numbers, without pixels.
        const double v0 = vy->pixelToCoord(r.top()), v1 = vy->pixelToCoord(r.bottom());
        const double vlo = std::min(v0, v1), vhi = std::max(v0, v1);
        const auto data = g->data();
        auto it = data->findBegin(klo, true);
        const auto end = data->findEnd(khi, true);
        const bool line = g->lineStyle() != QCPGraph::lsNone && g->pen().style() != Qt::NoPen;
        double prevKey = 0.0, prevValue = 0.0;
        bool prevWithin = false, havePrev = false;
        for (; it != end; ++it) {
            const double key = it->key, value = it->value;
            if (!std::isfinite(value))
                continue;
            const bool within = key >= klo && key <= khi;
            if (within && value >= vlo && value <= vhi)
                return true;
            if (line && havePrev) {
                if (within && prevWithin) {
                    // Both ends under the rectangle: the segment crosses it exactly when its
                    // values reach into the rectangle's range.
                    if (std::max(prevValue, value) >= vlo && std::min(prevValue, value) <= vhi)
                        return true;
                } else {
                    // A segment across one of the rectangle's sides (at most two per graph).
                    const QPointF a(kx->coordToPixel(prevKey), vy->coordToPixel(prevValue));
                    const QPointF b(kx->coordToPixel(key), vy->coordToPixel(value));
                    if (r.contains(b))
                        return true;
                    const bool apart = (a.x() < r.left() && b.x() < r.left()) ||
                                       (a.x() > r.right() && b.x() > r.right()) ||
                                       (a.y() < r.top() && b.y() < r.top()) ||
                                       (a.y() > r.bottom() && b.y() > r.bottom());
                    const QLineF seg(a, b);
                    if (!apart)
                        for (const QLineF& edge : {QLineF(r.topLeft(), r.topRight()),
                                                   QLineF(r.bottomLeft(), r.bottomRight()),
                                                   QLineF(r.topLeft(), r.bottomLeft()),
                                                   QLineF(r.topRight(), r.bottomRight())})
                            if (seg.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                                return true;
                }
            }
            prevKey = key;
            prevValue = value;
            prevWithin = within;
            havePrev = true;
        }
    }
    return false;
}

QRectF PlotWidget::textRect(QCPItemText* text)
{
    return QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized();
}

QRectF PlotWidget::placeClear(QCPItemText* text, double key, const std::vector<double>& heights,
                              const std::vector<QRectF>& taken)
{
    const QRectF area = axisRect()->rect();
    for (double y : heights) {
        text->position->setCoords(key, y);
        const QRectF r = textRect(text);
        const bool inside = area.contains(r);
        const bool clash = std::any_of(taken.begin(), taken.end(),
                                       [&](const QRectF& t) { return t.intersects(r); });
        if (inside && !clash && !coversData(r))
            return r;
    }
    // Nowhere free (a small plot, crowded curves): the words go below the plot instead, where
    // they cover nothing; the mark's line stays.
    text->setVisible(false);
    QString line = text->text();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    footerLines_ << line;
    return {};
}

QString PlotWidget::liveLabelAmongOthers() const
{
    if (!store_)
        return {};
    QString live;
    bool others = false;
    for (const auto& e : store_->runs()) {
        if (e->live)
            live = e->label;
        else
            others = others || e->shown;
    }
    return others ? live : QString();
}

QCPItemText* PlotWidget::addEndLabel(const QString& name, const QColor& colour)
{
    auto* text = new QCPItemText(this);
    text->position->setAxisRect(axisRect());
    text->position->setAxes(xAxis, yAxis);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    text->setTextAlignment(Qt::AlignRight);
    text->setPadding(QMargins(3, 1, 3, 1));
    text->setColor(colour);
    text->setBrush(QColor(255, 255, 255, 210));
    QFont f = text->font();
    f.setPointSizeF(legendPointSize * fontScale_);
    text->setFont(f);
    text->setText(name);
    text->setClipToAxisRect(true);
    text->setVisible(false);
    return text;
}

void PlotWidget::placeEndLabel(QCPItemText* label, const QCPGraph* graph,
                               std::vector<QRectF>& taken)
{
    label->setVisible(false);
    if (!graph || graph->data()->isEmpty())
        return;
    const QCPRange shown = xAxis->range();
    // The last point inside the view (the curve's end, or where it leaves a zoomed view).
    auto it = graph->data()->findBegin(shown.upper, false);
    if (it == graph->data()->constEnd() || it->key > shown.upper)
        it = it == graph->data()->constBegin() ? it : it - 1;
    if (it->key < shown.lower || !std::isfinite(it->value))
        return;
    const QRectF area = axisRect()->rect();
    if (area.height() <= 0)
        return;
    const double end = std::clamp(
        (graph->valueAxis()->coordToPixel(it->value) - area.top()) / area.height(), 0.05, 1.0);
    label->setVisible(true);
    // Just above the end first, then alternately further up and down.
    for (int step = 0; step < 58; ++step) { // up to the whole height either way
        const double y = end + (step % 2 == 0 ? -1.0 : 1.0) * 0.035 * ((step + 1) / 2);
        if (y < 0.0 || y > 1.0)
            continue;
        // Just left of the end (in plot coordinates: it stays there when the plot is laid out
        // again).
        label->position->setCoords(xAxis->pixelToCoord(xAxis->coordToPixel(it->key) - 3.0), y);
        const QRectF r = textRect(label);
        const bool clash = std::any_of(taken.begin(), taken.end(),
                                       [&](const QRectF& t) { return t.intersects(r); });
        if (area.contains(r) && !clash && !coversData(r)) {
            taken.push_back(r);
            return;
        }
    }
    label->setVisible(false);
}

void PlotWidget::showFooter()
{
    const QString text = footerLines_.join(QStringLiteral(" · "));
    footerLines_.clear();
    if (!footer_ && text.isEmpty())
        return;
    if (!footer_) {
        footer_ = new QCPTextElement(this);
        footer_->setTextFlags(Qt::AlignLeft);
        footer_->setMargins(QMargins(6, 0, 6, 2));
        QFont f = legend->font();
        footer_->setFont(f);
        footer_->setTextColor(QColor(60, 60, 60));
        plotLayout()->addElement(2, 0, footer_);
        plotLayout()->setRowStretchFactor(2, 0.001);
    }
    // Broken into lines that fit the plot's width (QCPTextElement does not wrap by itself).
    const QString shown = wrapWords(text, QFontMetrics(legend->font()), std::max(80, width() - 16));
    if (footer_->text() != shown) {
        footer_->setText(shown);
        footer_->setFont(legend->font());
    }
    footer_->setVisible(!text.isEmpty());
}

QString PlotWidget::footerText() const
{
    return footer_ && footer_->visible()
               ? footer_->text().replace(QLatin1Char('\n'), QLatin1Char(' '))
               : QString();
}

QList<QRectF> PlotWidget::labelRects() const
{
    QList<QRectF> out;
    for (int i = 0; i < itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(item(i));
        if (text && text->visible() && text != readout_)
            out << textRect(text);
    }
    return out;
}

void PlotWidget::fitTickCounts()
{
    // Tick labels never run into each other: the widest label of the last layout (or a
    // typical one before the first) and a gap of two average characters per tick along x; two
    // and a half lines per tick along y. QCustomPlot's readable steps may add a tick or two over
    // the count asked for, hence the margin.
    for (QCPAxisRect* r : axisRects())
        for (QCPAxis* a : r->axes()) {
            if (!a->visible() || !a->tickLabels())
                continue;
            const QFontMetricsF fm(a->tickLabelFont());
            const bool horizontal = a->orientation() == Qt::Horizontal;
            const double length = horizontal ? r->width() : r->height();
            if (length <= 0)
                continue;
            double each = 0;
            if (horizontal) {
                double widest = fm.horizontalAdvance(QStringLiteral("0.000"));
                for (const QString& label : a->tickVectorLabels())
                    widest = std::max(widest, fm.horizontalAdvance(label));
                each = widest + 2 * fm.averageCharWidth() + 6;
            } else {
                each = 2.5 * fm.height();
            }
            const int count = std::clamp(int(length / each / 1.3), 2, 10);
            if (a->ticker()->tickCount() != count)
                a->ticker()->setTickCount(count);
        }
}

void PlotWidget::parkEmptyLegend()
{
    // QCustomPlot bounds a layout column by the smallest maximum width of its elements, and an
    // empty legend's is its margins: below the plot it would shrink the whole plot to its
    // minimum width (the sweep's small cost plots, a picture with every run hidden). An empty
    // legend waits, hidden, in the axis rectangle's inset layout until it has items again.
    QCPLayoutInset* inset = axisRect()->insetLayout();
    const bool parked = legend->layout() == inset;
    if (legend->itemCount() == 0) {
        if (!parked && plotLayout()->take(legend))
            inset->addElement(legend, Qt::AlignRight | Qt::AlignTop);
        if (legend->layout() == inset && legend->visible()) { // shown again while parked
            legendWasVisible_ = true;
            legend->setVisible(false);
        } else if (!parked) {
            legendWasVisible_ = false;
        }
    } else if (parked && inset->take(legend)) {
        plotLayout()->addElement(1, 0, legend);
        legend->setVisible(legendWasVisible_);
    }
}

void PlotWidget::fitLegend()
{
    parkEmptyLegend();
    wrapLegend();
    // A legend may take at most the plot's width and a third of its height (40 % with classroom
    // fonts): else it gets a smaller font, down to 7 points (never below the normal size in
    // classroom mode), and grows back when there is room. The data area stays the plot's.
    const bool classroom = fontScale_ > 1.0;
    const double base = legendPointSize * fontScale_;
    const double floor = classroom ? legendPointSize : 7.0;
    const QSize size = legendRoom();
    if (!legend->visible() || size.width() <= 0 || size.height() <= 0)
        return;
    QFont f = legend->font();
    const double now = f.pointSizeF();
    const QSize need = legend->minimumOuterSizeHint();
    if (now <= 0 || need.width() <= 0 || need.height() <= 0)
        return;
    const double byWidth = (size.width() - 12.0) / need.width();
    const double byHeight = (classroom ? 0.4 : 0.33) * size.height() / need.height();
    const double target = std::clamp(now * std::min(byWidth, byHeight), floor, base);
    if (std::abs(target - now) < 0.25)
        return;
    f.setPointSizeF(target);
    legend->setFont(f);
    wrapLegend(); // smaller items may fit more columns
}

void PlotWidget::fitLegendTo(QSize size)
{
    exportSize_ = size;
    fitLegend();
}

void PlotWidget::setClassroomLook(double fontScale, bool highContrast)
{
    const double f = fontScale / fontScale_;
    const double newPenScale = highContrast ? 1.8 : 1.0;
    const double p = newPenScale / penScale_;
    fontScale_ = fontScale;
    penScale_ = newPenScale;
    highContrast_ = highContrast;
    const auto scaled = [f](QFont font) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * f);
        return font;
    };
    const auto widened = [p](QPen pen) {
        if (pen.widthF() > 0)
            pen.setWidthF(pen.widthF() * p);
        return pen;
    };
    for (QCPAxisRect* r : axisRects())
        for (QCPAxis* a : r->axes()) {
            a->setTickLabelFont(scaled(a->tickLabelFont()));
            a->setSelectedTickLabelFont(scaled(a->selectedTickLabelFont()));
            a->setLabelFont(scaled(a->labelFont()));
            a->setSelectedLabelFont(scaled(a->selectedLabelFont()));
        }
    QFont legendFont = legend->font(); // and every item's
    legendFont.setPointSizeF(legendPointSize * fontScale);
    legend->setFont(legendFont);
    legend->setIconSize(legend->iconSize() * f);
    for (int i = 0; i < itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(item(i)))
            text->setFont(scaled(text->font()));
        else if (auto* line = qobject_cast<QCPItemStraightLine*>(item(i)))
            line->setPen(widened(line->pen()));
    }
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = graph(i);
        g->setPen(widened(g->pen()));
        QCPScatterStyle ss = g->scatterStyle();
        if (ss.shape() != QCPScatterStyle::ssNone) {
            ss.setSize(ss.size() * p);
            ss.setPen(widened(ss.pen()));
            g->setScatterStyle(ss);
        }
    }
    styleAxes();
    replot(rpQueuedReplot);
}

double PlotWidget::valueNear(const QCPGraph* g, double key, double* foundKey)
{
    const auto data = g->data();
    if (data->isEmpty())
        return std::nan("");
    auto it = data->findBegin(key, false);
    if (it == data->constEnd())
        --it;
    if (it != data->constBegin()) {
        auto prev = it - 1;
        if (std::abs(prev->key - key) < std::abs(it->key - key))
            it = prev;
    }
    if (foundKey)
        *foundKey = it->key;
    return it->value;
}

QCPRange PlotWidget::valueRangeOf(const QCPGraph* g, QCP::SignDomain domain, bool& found) const
{
    if (graphCount() != rangeCacheGraphs_) { // graphs were added or removed: start afresh
        rangeCache_.clear();
        rangeCacheGraphs_ = graphCount();
    }
    const auto data = g->data();
    const int n = data->size();
    RangeCache& c = rangeCache_[{g, int(domain)}];
    // Only appended since the last call? Else the whole range again.
    // (Keys alone repeat from run to run, epoch 0, 1, 2, ...: the values must match too; a run
    // trained again with the same settings has the same range anyway.)
    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    const bool appended = c.count > 0 && n >= c.count && data->at(0)->key == c.firstKey &&
                          data->at(c.count - 1)->key == c.lastKey &&
                          same(data->at(0)->value, c.firstValue) &&
                          same(data->at(c.count - 1)->value, c.lastValue);
    if (!appended)
        c = RangeCache{};
    for (int i = c.count; i < n; ++i) {
        const double v = data->at(i)->value;
        if (!std::isfinite(v) || (domain == QCP::sdPositive && v <= 0) ||
            (domain == QCP::sdNegative && v >= 0))
            continue;
        if (!c.found)
            c.range = QCPRange(v, v);
        else
            c.range.expand(v);
        c.found = true;
    }
    c.count = n;
    if (n > 0) {
        c.firstKey = data->at(0)->key;
        c.lastKey = data->at(n - 1)->key;
        c.firstValue = data->at(0)->value;
        c.lastValue = data->at(n - 1)->value;
    }
    found = c.found;
    return c.range;
}

QString PlotWidget::readoutAt(double key, double) const
{
    QStringList lines;
    double shownKey = key;
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph* g = graph(i);
        if (!g->visible() || g->name().isEmpty())
            continue;
        double k = key;
        const double v = valueNear(g, key, &k);
        if (!std::isfinite(v))
            continue;
        shownKey = k;
        lines << QStringLiteral("%1: %2").arg(g->name()).arg(v, 0, 'g', 5);
    }
    if (lines.isEmpty())
        return {};
    lines.prepend(QStringLiteral("%1 = %2").arg(xAxis->label()).arg(shownKey, 0, 'g', 7));
    return lines.join(QLatin1Char('\n'));
}

void PlotWidget::onMouseMove(QMouseEvent* event)
{
    // The axis rectangle under the cursor (a plot of small plots has several).
    QCPAxisRect* under = nullptr;
    for (QCPAxisRect* r : axisRects())
        if (r->visible() && r->rect().contains(event->pos()))
            under = r;
    if (!under) {
        if (readout_->visible()) {
            readout_->setVisible(false);
            replot(rpQueuedReplot);
        }
        return;
    }
    const double key = under->axis(QCPAxis::atBottom)->pixelToCoord(event->pos().x());
    const double value = under->axis(QCPAxis::atLeft)->pixelToCoord(event->pos().y());
    const QString text = readoutAt(key, value);
    readout_->setText(text);
    readout_->setVisible(!text.isEmpty());
    readout_->position->setAxisRect(under);
    readout_->setClipAxisRect(under);
    // Keep the read-out away from the cursor: left half -> show on the right, and vice versa.
    const bool left = event->pos().x() < under->center().x();
    readout_->position->setCoords(left ? 0.99 : 0.01, 0.99);
    readout_->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    replot(rpQueuedReplot);
}

void PlotWidget::leaveEvent(QEvent* event)
{
    if (readout_->visible()) {
        readout_->setVisible(false);
        replot(rpQueuedReplot);
    }
    QCustomPlot::leaveEvent(event);
}

void PlotWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Reset view"), this, &PlotWidget::resetView);
    menu.addSeparator();
    menu.addAction(tr("Export image..."), this, &PlotWidget::exportImageRequested);
    menu.addAction(tr("Copy image"), this, &PlotWidget::copyImageRequested);
    if (hasCsv())
        menu.addAction(tr("Export data as CSV..."), this, &PlotWidget::exportCsvRequested);
    menu.exec(event->globalPos());
}

} // namespace ui
