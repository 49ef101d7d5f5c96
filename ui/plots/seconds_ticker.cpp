#include "ui/plots/seconds_ticker.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ui
{

QString secondsText(double seconds, double unitOf, const QLocale& locale)
{
    // 1e-4 s is 99.99999999999999 µs: two digits round it to 100, written as a whole number.
    const auto plain = [&locale](double v) {
        return std::abs(v) >= 99.5 ? locale.toString(qint64(std::llround(v)))
                                   : locale.toString(v, 'g', 2);
    };
    const double u = std::abs(unitOf);
    if (u >= 1.0 || u == 0.0)
        return QCoreApplication::translate("ui::SecondsTicker", "%1 s").arg(plain(seconds));
    if (u >= 1e-3)
        return QCoreApplication::translate("ui::SecondsTicker", "%1 ms").arg(plain(seconds * 1e3));
    if (u >= 1e-6)
        return QCoreApplication::translate("ui::SecondsTicker", "%1 µs").arg(plain(seconds * 1e6));
    return QCoreApplication::translate("ui::SecondsTicker", "%1 ns").arg(plain(seconds * 1e9));
}

QString LogSecondsTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    return secondsText(tick, tick, locale);
}

QVector<QString> SecondsTicker::createLabelVector(const QVector<double>& ticks,
                                                  const QLocale& locale, QChar, int)
{
    double largest = 0.0;
    for (double t : ticks)
        largest = std::max(largest, std::abs(t));
    QVector<QString> labels;
    labels.reserve(ticks.size());
    for (double t : ticks)
        labels.push_back(secondsText(std::abs(t) < largest * 1e-9 ? 0.0 : t, largest, locale));
    return labels;
}

} // namespace ui
