#include "ui/controls/screen_area.hpp"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ui
{

namespace
{

std::optional<QRect>& pretended()
{
    static std::optional<QRect> area;
    return area;
}

} // namespace

void setScreenArea(std::optional<QRect> area)
{
    pretended() = area;
}

std::optional<QRect> pretendedScreenArea()
{
    return pretended();
}

QRect availableScreenArea(const QWidget* widget)
{
    if (pretended())
        return *pretended();
    const QScreen* screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

} // namespace ui
