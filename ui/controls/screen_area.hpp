// The screen area a window fits into: the available geometry of the screen it is on, or the area
// set with setScreenArea() (`batchlab --window-size WxH`, tests): the window then behaves as on a
// screen of that size (its first size, the classroom font, the layout).
#pragma once

#include <QRect>

#include <optional>

class QWidget;

namespace ui
{

// The pretended screen for every window from now on (std::nullopt: the real one).
void setScreenArea(std::optional<QRect> area);
std::optional<QRect> pretendedScreenArea();
// The available area (logical pixels) of the screen `widget` is on, or the pretended one.
QRect availableScreenArea(const QWidget* widget);

} // namespace ui

class QString;

namespace ui
{

// `text` with a zero-width break opportunity inside every long word (after / . - _ ? & = and
// every 20 characters of a run without spaces), so that a wrapped label breaks a URL or a line
// without spaces at its width instead of growing the window past the screen.
QString breakableWords(const QString& text);

} // namespace ui
