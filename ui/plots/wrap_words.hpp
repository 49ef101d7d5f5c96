// Text broken into lines of at most `room` pixels at a word's end (QCustomPlot's text elements
// and axis titles do not wrap by themselves): axis titles, a plot's footer, the sweep's headings.
// A word longer than the room stands on a line of its own.
#pragma once

#include <QFontMetrics>
#include <QString>
#include <QStringList>

namespace ui
{

inline QString wrapWords(const QString& text, const QFontMetrics& fm, int room)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ui
