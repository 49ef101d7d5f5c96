#include "ui/window/adaptive_layout.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/plots/data_view.hpp"
#include "ui/plots/plot_widget.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <cmath>

namespace ui
{

AdaptiveLayout::AdaptiveLayout(const Parts& parts, QMenu* viewMenu)
    : QObject(parts.window), p_(parts)
{
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("plotTabs"));
    tabs_->setDocumentMode(true);
    p_.plotArea->addWidget(tabs_);
    p_.plotArea->setCurrentWidget(p_.grid);

    later_.setSingleShot(true);
    // After the classroom's own pane fitting (which runs on the next event loop turn).
    later_.setInterval(40);
    connect(&later_, &QTimer::timeout, this, &AdaptiveLayout::adaptNow);
    p_.window->installEventFilter(this);
    // Opening or closing a dock gives the plots less or more room.
    for (QDockWidget* d : p_.sideDocks)
        d->installEventFilter(this);
    if (p_.lessonDock)
        p_.lessonDock->installEventFilter(this);
    for (const Card* c : {&p_.perUpdate, &p_.perEpoch, &p_.data}) {
        c->title->installEventFilter(this);
        c->title->setToolTip(tr("Double-click to let this plot fill the area (Esc to return)"));
    }

    QMenu* focus = viewMenu->addMenu(tr("&Focus plot"));
    focus->setObjectName(QStringLiteral("focusPlotMenu"));
    auto* group = new QActionGroup(this);
    const auto add = [&](const QString& text, QWidget* card) {
        QAction* a = focus->addAction(text);
        a->setCheckable(true);
        a->setData(QVariant::fromValue(static_cast<QObject*>(card)));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, card] { focusPlot(card); });
        return a;
    };
    add(tr("&Loss per epoch"), p_.perEpoch.card);
    add(tr("Loss per &update"), p_.perUpdate.card);
    add(tr("&Practice exam and answers"), p_.data.card);
    focus->addSeparator();
    QAction* all = add(tr("&All plots"), nullptr);
    all->setShortcut(QKeySequence(Qt::Key_Escape));
    all->setChecked(true);
    connect(this, &AdaptiveLayout::adapted, this, [group, this] {
        for (QAction* a : group->actions())
            a->setChecked(a->data().value<QObject*>() == focused_);
    });
}

double AdaptiveLayout::fontScale() const
{
    return p_.perEpoch.plot->fontScale();
}

bool AdaptiveLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == p_.window) {
        switch (event->type()) {
        case QEvent::Resize:
            if (!adapting_ && p_.window->size() != adaptedFor_)
                later_.start();
            break;
        case QEvent::Show:
        case QEvent::FontChange:
        case QEvent::ApplicationFontChange:
            if (!adapting_)
                later_.start();
            break;
        default:
            break;
        }
    } else if (auto* dock = qobject_cast<QDockWidget*>(watched)) {
        if (!adapting_ && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
            if (event->type() == QEvent::Show && closedByUs_.removeAll(dock) > 0)
                openedByUser_ << dock;
            if (event->type() == QEvent::Hide)
                openedByUser_.removeAll(dock);
            if (p_.window->isVisible())
                later_.start();
        }
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        for (const Card* c : {&p_.perUpdate, &p_.perEpoch, &p_.data})
            if (watched == c->title) {
                focusPlot(focused_ == c->card ? nullptr : c->card);
                return true;
            }
    }
    return QObject::eventFilter(watched, event);
}

void AdaptiveLayout::focusPlot(QWidget* card)
{
    focused_ = card;
    placeCards(cards_);
    emit adapted();
}

void AdaptiveLayout::setPresentation(const QStringList& plots)
{
    if (plots == presentation_)
        return;
    presentation_ = plots;
    later_.start();
}

void AdaptiveLayout::toGrid()
{
    // Back to the grid as the window built it: the per-update card above the row of the
    // per-epoch card and the data view.
    if (cards_ == Cards::Grid)
        return;
    while (tabs_->count() > 0)
        tabs_->removeTab(0);
    p_.grid->insertWidget(0, p_.perUpdate.card);
    p_.grid->insertWidget(1, p_.bottom);
    p_.bottom->insertWidget(0, p_.perEpoch.card);
    p_.bottom->insertWidget(1, p_.data.card);
    for (QWidget* w :
         {p_.perUpdate.card, p_.perEpoch.card, p_.data.card, static_cast<QWidget*>(p_.bottom)})
        w->setVisible(true);
    if (!gridSizes_.isEmpty())
        p_.grid->setSizes(gridSizes_);
    if (!bottomSizes_.isEmpty())
        p_.bottom->setSizes(bottomSizes_);
    p_.plotArea->setCurrentWidget(p_.grid);
    cards_ = Cards::Grid;
}

void AdaptiveLayout::placeCards(Cards mode)
{
    const Card* order[] = {&p_.perEpoch, &p_.perUpdate, &p_.data};
    // The cards shown: the focused one, else the presentation's, else all.
    QList<QWidget*> shown;
    if (focused_) {
        shown << focused_;
    } else {
        for (const QString& name : presentation_)
            shown << (name == QLatin1String("loss_per_update") ? p_.perUpdate.card
                      : name == QLatin1String("data")          ? p_.data.card
                                                               : p_.perEpoch.card);
    }
    const auto isShown = [&](const Card* c) { return shown.isEmpty() || shown.contains(c->card); };
    if (mode != cards_) {
        if (cards_ == Cards::Grid) {
            gridSizes_ = p_.grid->sizes();
            bottomSizes_ = p_.bottom->sizes();
        }
        toGrid();
        if (mode == Cards::Tabs) {
            for (const Card* c : order) {
                c->card->setVisible(true); // a focused grid hid the others; the tabs show one
                tabs_->addTab(c->card, c->tabName);
            }
        } else if (mode == Cards::Pair) {
            // Both loss plots side by side on the first page; the data view behind them.
            p_.bottom->insertWidget(0, p_.perUpdate.card);
            p_.bottom->insertWidget(1, p_.perEpoch.card);
            tabs_->addTab(p_.bottom, tr("Loss per update and per epoch"));
            tabs_->addTab(p_.data.card, p_.data.tabName);
        }
        if (mode != Cards::Grid) {
            tabs_->setCurrentIndex(0); // the per-epoch plot, where overfitting shows
            p_.plotArea->setCurrentWidget(tabs_);
        }
        cards_ = mode;
    }
    if (mode == Cards::Tabs) {
        if (!shown.isEmpty() && !shown.contains(tabs_->currentWidget()))
            tabs_->setCurrentWidget(shown.first());
        for (int i = 0; i < tabs_->count(); ++i)
            tabs_->setTabVisible(i, shown.isEmpty() || shown.contains(tabs_->widget(i)));
        tabs_->tabBar()->setVisible(shown.size() != 1);
    } else if (mode == Cards::Pair) {
        p_.perUpdate.card->setVisible(isShown(&p_.perUpdate));
        p_.perEpoch.card->setVisible(isShown(&p_.perEpoch));
        const bool pair = isShown(&p_.perUpdate) || isShown(&p_.perEpoch);
        const bool data = isShown(&p_.data);
        tabs_->setTabVisible(0, pair);
        tabs_->setTabVisible(1, data);
        if (!pair)
            tabs_->setCurrentIndex(1);
        else if (!data || (focused_ && focused_ != p_.data.card))
            tabs_->setCurrentIndex(0);
        else if (focused_ == p_.data.card)
            tabs_->setCurrentIndex(1);
        tabs_->tabBar()->setVisible(pair && data);
    } else {
        for (const Card* c : order)
            c->card->setVisible(isShown(c));
        p_.bottom->setVisible(isShown(&p_.perEpoch) || isShown(&p_.data));
    }
}

void AdaptiveLayout::placeDocks(Level level)
{
    QMainWindow* w = p_.window;
    const bool below = level == Level::PairDocksBelow || level >= Level::DocksBelow;
    const bool closed = level == Level::PairDocksClosed || level == Level::DocksClosed;
    const Qt::DockWidgetArea area = below ? Qt::BottomDockWidgetArea : Qt::RightDockWidgetArea;
    // Closed by us on a smaller window: back when there is room.
    if (!closed) {
        for (QDockWidget* d : closedByUs_)
            d->show();
        closedByUs_.clear();
    }
    QDockWidget* first = p_.sideDocks.value(0);
    const bool move = std::any_of(p_.sideDocks.begin(), p_.sideDocks.end(), [&](QDockWidget* d) {
        return !d->isFloating() && w->dockWidgetArea(d) != area;
    });
    if (move) {
        for (QDockWidget* d : p_.sideDocks) {
            if (d->isFloating())
                continue;
            w->addDockWidget(area, d);
            if (d != first)
                w->tabifyDockWidget(first, d);
        }
        if (p_.lessonDock && !p_.lessonDock->isFloating()) {
            w->addDockWidget(area, p_.lessonDock);
            // Above the exam view at the side; below the plots, one more tab.
            if (area == Qt::RightDockWidgetArea)
                w->splitDockWidget(p_.lessonDock, first, Qt::Vertical);
            else
                w->tabifyDockWidget(first, p_.lessonDock);
        }
        first->raise(); // the exam view
        if (area == Qt::BottomDockWidgetArea && p_.lessonDock && p_.lessonDock->isVisible())
            p_.lessonDock->raise(); // a lesson running
    }
    const int width = w->width();
    const int height = w->height();
    const double s = fontScale();
    if (area == Qt::RightDockWidgetArea && first && !first->isFloating()) {
        const double share = level >= Level::Pair ? 0.28 : 0.3;
        int wanted = std::clamp(int(width * share), 280, int(440 * s));
        // Never narrower than the exam view needs beside its scroll bar (else its right edge
        // is cut).
        if (const auto* scroll = qobject_cast<const QScrollArea*>(first->widget()))
            if (scroll->widget())
                wanted = std::max(wanted, scroll->widget()->minimumSizeHint().width() +
                                              scroll->verticalScrollBar()->sizeHint().width() +
                                              2 * scroll->frameWidth() + 8);
        w->resizeDocks({first}, {wanted}, Qt::Horizontal);
    } else if (first && !first->isFloating()) {
        w->resizeDocks({first}, {std::max(160, int(height * 0.3))}, Qt::Vertical);
    }
    // The docks' tab bars elide their titles and scroll rather than run past the window.
    for (QTabBar* bar : w->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideRight);
        bar->setUsesScrollButtons(true);
        bar->setExpanding(false);
    }
    if (closed) {
        // Not those the user opened again after we closed them.
        QList<QDockWidget*> docks = p_.sideDocks;
        if (p_.lessonDock)
            docks << p_.lessonDock;
        for (QDockWidget* d : docks)
            if (d->isVisible() && !d->isFloating() && !openedByUser_.contains(d)) {
                d->hide();
                closedByUs_ << d;
            }
    }
}

void AdaptiveLayout::apply(Level level)
{
    level_ = level;
    const bool compact = level >= Level::CompactPanel;
    p_.panel->setCompact(compact);
    const int bar = p_.panelScroll->verticalScrollBar()->sizeHint().width();
    // The strip takes at most a quarter of the window, never less than its controls need; where
    // the two loss plots share the width (from Level::Pair on) it takes only what its controls
    // need (its texts wrap): on a 1280-pixel screen that is the 80 pixels the pair lacks.
    const int least = p_.panel->minimumSizeHint().width() + bar + 8;
    const int panelWidth =
        level >= Level::Pair
            ? least
            : std::max(least, std::min(p_.panel->sizeHint().width() + bar + 8,
                                       std::max(200, p_.window->width() / (compact ? 4 : 3))));
    p_.panelScroll->setMinimumWidth(panelWidth);
    placeCards(level <= Level::CompactPanel ? Cards::Grid
               : level < Level::PlotTabs    ? Cards::Pair
                                            : Cards::Tabs);
    placeDocks(level);
    const int total = std::max(0, p_.main->width());
    p_.main->setSizes({panelWidth, std::max(1, total - panelWidth)});
    if (cards_ == Cards::Grid) {
        // The per-epoch plot's row is the larger one, and the per-epoch plot the wider of its row:
        // it never gets less room than the per-update plot.
        const int h = std::max(2, p_.grid->height());
        const int wd = std::max(2, p_.bottom->width());
        if (p_.perUpdate.card->isVisibleTo(p_.window) && p_.bottom->isVisibleTo(p_.window))
            p_.grid->setSizes({h * 36 / 100, h * 64 / 100});
        p_.bottom->setSizes({wd * 62 / 100, wd * 38 / 100});
    } else if (cards_ == Cards::Pair) {
        // Side by side, the per-epoch plot wider: its accuracy axis on the right takes room of
        // its own, and its data area is never smaller than the per-update plot's.
        const int wd = std::max(2, p_.bottom->width());
        p_.bottom->setSizes({wd * 42 / 100, wd * 58 / 100});
    }
}

void AdaptiveLayout::balancePair()
{
    // Side by side, the per-epoch plot's data area is never smaller than the per-update plot's
    // (its accuracy axis, a shorter legend or a wider options row of the other card can tip
    // the proportions): move the difference over, as far as the cards' minimum widths allow.
    if (cards_ != Cards::Pair || !p_.perUpdate.plot->isVisible() || !p_.perEpoch.plot->isVisible())
        return;
    // First the per-update plot's smallest data width, where the per-epoch plot can spare it
    // (the 42 : 58 split leaves it short when the cards' options rows are wide: classroom fonts
    // on a 1280-pixel screen).
    {
        const QSize u = p_.perUpdate.plot->axisRect()->size();
        const QSize e = p_.perEpoch.plot->axisRect()->size();
        const int lack = minDataArea().width() - u.width();
        const int spare = e.width() - minDataArea().width();
        QList<int> sizes = p_.bottom->sizes();
        if (lack > 0 && spare > 0 && sizes.size() >= 2) {
            const int shift = std::min(lack + 4, spare);
            sizes[0] += shift;
            sizes[1] -= shift;
            p_.bottom->setSizes(sizes);
            settle();
        }
    }
    for (int pass = 0; pass < 2; ++pass) {
        const QSize u = p_.perUpdate.plot->axisRect()->size();
        const QSize e = p_.perEpoch.plot->axisRect()->size();
        const double wanted = pairAreaShare * double(u.width()) * u.height();
        if (double(e.width()) * e.height() >= wanted)
            return;
        // Half the missing width moves over (the other plot loses what this one gains), never
        // so much that the per-update plot falls under the smallest data area.
        const double ratio = wanted / std::max(1, e.height());
        const int shift = std::min(int(std::ceil((ratio - e.width()) / 2.0)) + 4,
                                   u.width() - minDataArea().width());
        if (shift <= 0)
            return;
        QList<int> sizes = p_.bottom->sizes();
        if (sizes.size() < 2)
            return;
        sizes[0] -= shift;
        sizes[1] += shift;
        p_.bottom->setSizes(sizes);
        settle();
    }
}

void AdaptiveLayout::settle()
{
    // The window's and the splitters' layouts, then the plots' own (twice: the tick labels and
    // the legend's columns follow the size of the first pass).
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::PolishRequest);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::sendPostedEvents(); // no timers: nothing else runs meanwhile
        }
        for (const Card* c : {&p_.perUpdate, &p_.perEpoch, &p_.data})
            if (c->plot->isVisible())
                c->plot->replot(QCustomPlot::rpQueuedRefresh);
    }
}

bool AdaptiveLayout::fits() const
{
    // The window can become as small as its screen's available area, frame included.
    QSize room = availableScreenArea(p_.window).size();
    room -= p_.window->frameGeometry().size() - p_.window->size();
    const QSize smallest = p_.window->minimumSizeHint();
    if (smallest.width() > room.width() || smallest.height() > room.height())
        return false;
    const QSize data = minDataArea();
    double updateArea = 0;
    double epochArea = -1;
    for (const Card* c : {&p_.perUpdate, &p_.perEpoch, &p_.data}) {
        if (!c->plot->isVisible())
            continue;
        const QSize a = c->plot->axisRect()->size();
        if (qEnvironmentVariableIsSet("BATCHLAB_LAYOUT_DEBUG"))
            qDebug("  %s: data area %dx%d, card %d (least %d)", qPrintable(c->plot->title()),
                   a.width(), a.height(), c->card->width(), c->card->minimumSizeHint().width());
        // The data view's confusion matrix (three or more classes) beside it belongs to its data
        // area: together they need the width, the plot itself two thirds of it.
        int beside = 0;
        if (c == &p_.data)
            if (const auto* view = qobject_cast<const DataView*>(c->plot))
                if (view->sidePanel() && view->sidePanel()->isVisibleTo(p_.window))
                    beside = view->sidePanel()->width();
        if (a.width() + beside < data.width() || a.height() < data.height() ||
            a.width() < data.width() * 2 / 3)
            return false;
        if (c == &p_.perUpdate)
            updateArea = double(a.width()) * a.height();
        if (c == &p_.perEpoch)
            epochArea = double(a.width()) * a.height();
    }
    // Side by side the per-epoch plot's data area is about as large as the per-update plot's
    // (balancePair() evens them out as far as the cards' minimum widths allow); a little less
    // (its accuracy axis and its five-line legend) still beats hiding one of the pair behind a
    // tab.
    return epochArea < 0 || epochArea >= pairAreaShare * updateArea;
}

void AdaptiveLayout::adaptNow()
{
    later_.stop();
    if (!p_.window->isVisible() || adapting_)
        return;
    adapting_ = true;
    // The size to arrange for: the window's, within its screen's available area (frame
    // included). A richer arrangement may need a larger window than that (Qt then grows it):
    // such an arrangement does not fit, and the window gets its size back.
    QSize room = availableScreenArea(p_.window).size();
    room -= p_.window->frameGeometry().size() - p_.window->size();
    const bool free = !p_.window->isMaximized() && !p_.window->isFullScreen();
    const QSize target = free ? p_.window->size().boundedTo(room) : p_.window->size();
    Level chosen = Level::DocksClosed;
    for (int l = int(Level::Full); l <= int(Level::DocksClosed); ++l) {
        apply(Level(l));
        settle();
        balancePair();
        const QSize least = p_.window->minimumSizeHint();
        const bool small = least.width() <= target.width() && least.height() <= target.height();
        if (small && p_.window->size() != target) {
            p_.window->resize(target);
            apply(Level(l)); // the docks' and splitters' shares of the new size
            settle();
            balancePair();
        }
        const bool ok = small && fits();
        if (qEnvironmentVariableIsSet("BATCHLAB_LAYOUT_DEBUG"))
            qDebug("level %d: window %dx%d (least %dx%d, target %dx%d) fits %d", l,
                   p_.window->width(), p_.window->height(), least.width(), least.height(),
                   target.width(), target.height(), int(ok));
        if (ok) {
            chosen = Level(l);
            break;
        }
    }
    if (chosen != level_) {
        apply(chosen);
        settle();
        balancePair();
    }
    if (free && p_.window->size() != target)
        p_.window->resize(target.expandedTo(p_.window->minimumSizeHint()));
    adaptedFor_ = p_.window->size();
    // Lay the window out again at its final size (the docks' tab bars included).
    if (QLayout* l = p_.window->layout()) {
        l->invalidate();
        l->activate();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // A dock tab bar left over from a trial arrangement (laid out for a larger window and no
    // longer used) is hidden rather than drawn past the window's edge.
    for (QTabBar* bar : p_.window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        if (bar->isVisible() && !p_.window->rect().contains(bar->geometry()))
            bar->hide();
    adapting_ = false;
    emit adapted();
}

} // namespace ui
