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

namespace ui
{

QString breakableWords(const QString& text)
{
    constexpr int longWord = 20;
    constexpr QChar zeroWidthSpace(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / longWord + 8);
    // Word by word: short words (and the numbers in them) stay whole.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView word = QStringView(text).mid(start, end - start);
        if (word.size() <= longWord) {
            out += word;
        } else {
            int run = 0;
            for (const QChar c : word) {
                out += c;
                ++run;
                if (run >= longWord || (run > 1 && QStringLiteral("/.-_?&=").contains(c))) {
                    out += zeroWidthSpace;
                    run = 0;
                }
            }
        }
        while (end < text.size() && text.at(end).isSpace())
            out += text.at(end++);
        start = end;
    }
    return out;
}

} // namespace ui
