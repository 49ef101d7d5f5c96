// Seconds as people read them, on every axis that measures time: "50 µs", "1 ms", "0.2 s", never
// "5·10⁻⁵" nor "1e+02 µs". The cost meter's logarithmic axis takes a unit per tick; a linear axis
// (the sweep's seconds until the best) takes one unit for all its ticks, the largest tick's.
#pragma once

#include "ui/plots/noise_plot.hpp"

#include <qcustomplot.h>

namespace ui
{

// `seconds` in the unit of `unitOf` (s, ms, µs, ns: the unit in which |unitOf| is at least 1),
// two significant digits below 100 units, whole numbers from there.
QString secondsText(double seconds, double unitOf, const QLocale& locale);

class LogSecondsTicker : public ReadableLogTicker
{
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
};

class SecondsTicker : public QCPAxisTicker
{
protected:
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale,
                                       QChar formatChar, int precision) override;
};

} // namespace ui
