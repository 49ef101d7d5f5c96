// Maps between slider positions and values with a logarithmic feel (epochs, pace).
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace ui
{

// Positions 0..steps map to 1..maxValue, evenly on a log scale.
struct LogScale {
    int maxValue = 2000;
    int steps = 1000;

    int valueAt(int position) const
    {
        const double t = std::clamp(position, 0, steps) / static_cast<double>(steps);
        return std::clamp(static_cast<int>(std::lround(std::exp(t * std::log(maxValue)))), 1,
                          maxValue);
    }
    int positionOf(int value) const
    {
        const double v = std::clamp(value, 1, maxValue);
        return static_cast<int>(std::lround(std::log(v) / std::log(maxValue) * steps));
    }
};

// A pace below zero means "about this many seconds for the whole run" (the updates per second
// follow from the run's size: TrainingController::setSpeed).
inline constexpr double tenSecondsARun = -10.0;

// The pace control: 1, 2, 5, 10, ... updates per second, about 10 s a run, and full speed (0) at
// the top.
inline const std::vector<double>& paceSteps()
{
    static const std::vector<double> steps{1,
                                           2,
                                           5,
                                           10,
                                           20,
                                           50,
                                           100,
                                           200,
                                           500,
                                           1000,
                                           2000,
                                           5000,
                                           10000,
                                           20000,
                                           50000,
                                           100000,
                                           tenSecondsARun,
                                           0.0};
    return steps;
}

} // namespace ui
