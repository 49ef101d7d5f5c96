#include "ui/window/window_settings.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/controls/screen_area.hpp"
#include "ui/controls/slider_scale.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/window/export_actions.hpp"
#include "ui/window/plot_cards.hpp"

#include <QDataStream>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QWindow>

namespace ui
{

void WindowSettings::save() const
{
    QSettings store;
    saveRunSettings(store, parts_.panel->settings());
    store.beginGroup(QStringLiteral("window"));
    store.setValue("geometry", parts_.window->saveGeometry());
    store.setValue("state", parts_.window->saveState());
    store.setValue("mainSplitter", parts_.main->saveState());
    store.setValue("plotSplitter", parts_.plots->saveState());
    store.setValue("bottomSplitter", parts_.bottom->saveState());
    const PlotCards::Options o = parts_.cards->options();
    store.setValue("xAxis", o.updateAxis);
    store.setValue("epochAxis", o.epochAxis);
    store.setValue("updateLogY", o.updateLogY);
    store.setValue("smoothing", o.smoothing);
    store.setValue("epochLogY", o.epochLogY);
    store.setValue("accuracy", o.accuracy);
    store.setValue("pace", parts_.panel->speed());
    store.setValue("exportDir", parts_.exports->exportDir());
    store.endGroup();
}

void WindowSettings::restore() const
{
    QSettings store;
    store.beginGroup(QStringLiteral("window"));
    if (store.contains("geometry")) {
        // What the user chose, as long as it fits the screen it is on now.
        parts_.window->restoreGeometry(store.value("geometry").toByteArray());
        const QRect avail = availableScreenArea(parts_.window);
        if (!avail.contains(parts_.window->frameGeometry()))
            fitScreen(parts_.window);
    }
    parts_.window->restoreState(store.value("state").toByteArray());
    parts_.main->restoreState(store.value("mainSplitter").toByteArray());
    parts_.plots->restoreState(store.value("plotSplitter").toByteArray());
    parts_.bottom->restoreState(store.value("bottomSplitter").toByteArray());
    PlotCards::Options o;
    o.updateAxis = store.value("xAxis", 0).toInt();
    o.epochAxis = store.value("epochAxis", int(UpdateAxis::Epoch)).toInt();
    o.updateLogY = store.value("updateLogY", false).toBool();
    o.smoothing = store.value("smoothing", 60).toInt();
    o.epochLogY = store.value("epochLogY", false).toBool();
    o.accuracy = store.value("accuracy", true).toBool();
    parts_.cards->setOptions(o);
    // First start: about 10 s a run, so that the default run's overfitting is seen happening.
    parts_.panel->setSpeed(store.value("pace", tenSecondsARun).toDouble());
    parts_.exports->setExportDir(store.value("exportDir", parts_.exports->exportDir()).toString());
    store.endGroup();
}

QByteArray WindowSettings::saveLayout() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << parts_.window->saveState() << parts_.main->saveState() << parts_.plots->saveState()
           << parts_.bottom->saveState();
    return out;
}

void WindowSettings::restoreLayout(const QByteArray& layout) const
{
    QDataStream stream(layout);
    QByteArray state, main, plot, bottom;
    stream >> state >> main >> plot >> bottom;
    if (stream.status() != QDataStream::Ok)
        return;
    parts_.window->restoreState(state);
    parts_.main->restoreState(main);
    parts_.plots->restoreState(plot);
    parts_.bottom->restoreState(bottom);
}

void WindowSettings::fitScreen(QWidget* window)
{
    // Roomy where the screen allows (the plots need width beside the exam view), else the
    // screen's available area, frame included; the layout adapts to what it gets.
    const QRect avail = availableScreenArea(window);
    QSize frame(0, 0);
    if (const QWindow* handle = window->windowHandle()) {
        const QMargins m = handle->frameMargins();
        frame = QSize(m.left() + m.right(), m.top() + m.bottom());
    }
    // 1720 x 960, or nine tenths of a larger screen, within the available area.
    const QSize size =
        (avail.size() * 0.9).expandedTo(QSize(1720, 960)).boundedTo(avail.size() - frame);
    window->resize(size);
    window->move(avail.topLeft() + QPoint((avail.width() - size.width() - frame.width()) / 2,
                                          (avail.height() - size.height() - frame.height()) / 2));
}

} // namespace ui
