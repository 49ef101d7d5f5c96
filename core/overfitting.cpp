#include "overfitting.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace core
{

namespace
{

// The finite part of a run's curves, epochs 1, 2, ...
struct Curves {
    std::vector<int> epoch;
    std::vector<double> train; // end-of-epoch training loss (Keras's running mean if missing)
    std::vector<double> val;   // NaN without a validation set
    double initialTrain = std::nan("");
    bool validation = false;
    bool diverged = false;
};

Curves finiteCurves(const std::vector<EpochInfo>& epochs)
{
    Curves c;
    c.epoch.reserve(epochs.size());
    c.train.reserve(epochs.size());
    c.val.reserve(epochs.size());
    for (const EpochInfo& e : epochs)
        c.validation = c.validation || std::isfinite(e.valLoss);
    for (const EpochInfo& e : epochs) {
        if (e.epoch < 1) {
            c.initialTrain = e.trainLoss;
            continue;
        }
        const double t = std::isfinite(e.trainLoss) ? e.trainLoss : e.kerasLoss;
        if (!std::isfinite(t) || (c.validation && !std::isfinite(e.valLoss))) {
            c.diverged = true;
            break;
        }
        c.epoch.push_back(e.epoch);
        c.train.push_back(t);
        c.val.push_back(e.valLoss);
    }
    return c;
}

// Running median over `width` values centred on each one (shorter windows at the ends). No
// allocation per value: a live plot asks again with every new epoch, of runs of any length.
std::vector<double> runningMedian(const std::vector<double>& x, int width)
{
    const int n = static_cast<int>(x.size());
    const int half = std::clamp(width / 2, 0, 31);
    std::vector<double> out(x.size());
    std::array<double, 64> window{};
    for (int i = 0; i < n; ++i) {
        const int from = std::max(0, i - half), to = std::min(n, i + half + 1);
        const auto count = static_cast<std::size_t>(to - from);
        std::copy(x.begin() + from, x.begin() + to, window.begin());
        if (count == 5) { // the usual case: a sorting network (Devillard's opt_med5)
            auto sort2 = [&window](int a, int b) {
                const double lo = std::min(window[std::size_t(a)], window[std::size_t(b)]);
                window[std::size_t(b)] = std::max(window[std::size_t(a)], window[std::size_t(b)]);
                window[std::size_t(a)] = lo;
            };
            sort2(0, 1), sort2(3, 4), sort2(0, 3), sort2(1, 4), sort2(1, 2), sort2(2, 3),
                sort2(1, 2);
            out[std::size_t(i)] = window[2];
            continue;
        }
        const auto first = window.begin();
        const auto mid = first + std::ptrdiff_t(count / 2);
        std::nth_element(first, mid, first + std::ptrdiff_t(count));
        double m = *mid;
        if (count % 2 == 0)
            m = 0.5 * (m + *std::max_element(first, mid));
        out[std::size_t(i)] = m;
    }
    return out;
}

struct Smoothed {
    std::vector<double> train, val;
    double margin = 0.0; // the clear margin of the validation loss (rule point 2)
};

Smoothed smooth(const Curves& c, const OverfittingRule& rule)
{
    Smoothed s;
    s.train = runningMedian(c.train, rule.smoothing);
    s.val = runningMedian(c.val, rule.smoothing);
    if (c.validation && !s.val.empty()) {
        const double lowest = *std::min_element(s.val.begin(), s.val.end());
        s.margin = rule.margin * std::max(lowest, 0.1 * s.val.front());
    }
    return s;
}

std::optional<int> overfittingStart(const Curves& c, const Smoothed& s, const OverfittingRule& rule)
{
    const int n = static_cast<int>(c.epoch.size());
    if (!c.validation || n < rule.minEpochs + 1 || !(s.margin > 0.0) || !std::isfinite(s.margin))
        return std::nullopt;
    const auto at = [](const std::vector<double>& v, int i) { return v[std::size_t(i)]; };
    // 3. Never before the best epoch (the lowest validation loss as measured, the epoch every
    // plot and table marks): the validation loss has risen by a clear margin above its lowest
    // smoothed level since then, and left that level at `start`.
    const int best = static_cast<int>(std::min_element(c.val.begin(), c.val.end()) - c.val.begin());
    const double lowest = *std::min_element(s.val.begin() + best, s.val.end());
    const int last = n - 1;
    if (at(s.val, last) - lowest < s.margin)
        return std::nullopt;
    int start = last;
    while (start > best && at(s.val, start) > lowest + 0.25 * s.margin)
        --start;
    // 4. For several epochs, while the training loss did not rise, and the gap grew.
    if (last - start < rule.minEpochs)
        return std::nullopt;
    if (at(s.train, last) > at(s.train, start) + 0.25 * s.margin)
        return std::nullopt;
    const double gapThen = at(s.val, start) - at(s.train, start);
    const double gapNow = at(s.val, last) - at(s.train, last);
    if (gapNow - gapThen < s.margin)
        return std::nullopt;
    return c.epoch[std::size_t(start)];
}

} // namespace

std::optional<int> overfittingFromEpoch(const std::vector<EpochInfo>& epochs,
                                        const OverfittingRule& rule)
{
    const Curves c = finiteCurves(epochs);
    return overfittingStart(c, smooth(c, rule), rule);
}

CurveReading readCurves(const std::vector<EpochInfo>& epochs, const OverfittingRule& rule)
{
    const Curves c = finiteCurves(epochs);
    const Smoothed s = smooth(c, rule);
    CurveReading r;
    if (const auto start = overfittingStart(c, s, rule)) {
        r.shape = CurveShape::Overfitting;
        r.overfittingFrom = start;
        return r;
    }
    const int n = static_cast<int>(c.epoch.size());
    if (c.diverged)
        r.shape = CurveShape::Diverged;
    else if (n < rule.minEpochs + 1)
        r.shape = CurveShape::TooShort;
    else if (!c.validation)
        r.shape = CurveShape::NoValidation;
    else {
        const double start = std::isfinite(c.initialTrain)
                                 ? c.initialTrain
                                 : std::max(c.train.front(), s.train.front());
        const double trainNow = s.train.back();
        const int window = std::max(rule.minEpochs, n / 4);
        const int from = n - 1 - window;
        const double trainMargin = rule.margin * std::max(trainNow, 0.1 * start);
        if (trainNow > start - rule.margin * start)
            r.shape = CurveShape::NotLearningYet;
        else if (from >= 0 && std::abs(trainNow - s.train[std::size_t(from)]) < trainMargin &&
                 std::abs(s.val.back() - s.val[std::size_t(from)]) < s.margin)
            r.shape = CurveShape::NoChange;
        else
            r.shape = CurveShape::Learning;
    }
    return r;
}

const char* curveShapeKey(CurveShape s)
{
    switch (s) {
    case CurveShape::TooShort:
        return "too_short";
    case CurveShape::NoValidation:
        return "no_validation";
    case CurveShape::Diverged:
        return "diverged";
    case CurveShape::NotLearningYet:
        return "not_learning_yet";
    case CurveShape::NoChange:
        return "no_change";
    case CurveShape::Learning:
        return "learning";
    case CurveShape::Overfitting:
        return "overfitting";
    }
    return "learning";
}

} // namespace core
