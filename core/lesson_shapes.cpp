#include "lesson_shapes.hpp"

#include "key_table.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

namespace core
{

namespace
{

constexpr KeyTable<Series, 7> seriesKeys{{
    {Series::Loss, "loss"},
    {Series::TrainLoss, "train_loss"},
    {Series::ValLoss, "val_loss"},
    {Series::TrainAccuracy, "train_accuracy"},
    {Series::ValAccuracy, "val_accuracy"},
    {Series::UpdateJump, "update_jump"},
    {Series::Updates, "updates"},
}};

constexpr KeyTable<Shape, 5> shapeKeys{{
    {Shape::Falls, "falls"},
    {Shape::Rises, "rises"},
    {Shape::Flat, "flat"},
    {Shape::Lower, "lower"},
    {Shape::Higher, "higher"},
}};

int indexOf(const CurvePoint& p, const RunCurve& curve);

double valueOf(Series s, const RunCurve& run, int i)
{
    const EpochInfo& e = run.epochs[static_cast<std::size_t>(i)];
    switch (s) {
    case Series::UpdateJump:
        return static_cast<std::size_t>(i) < run.updateJump.size()
                   ? run.updateJump[static_cast<std::size_t>(i)]
                   : std::nan("");
    case Series::Loss:
        return e.kerasLoss;
    case Series::TrainLoss:
        return e.trainLoss;
    case Series::ValLoss:
        return e.valLoss;
    case Series::TrainAccuracy:
        return e.trainAccuracy;
    case Series::ValAccuracy:
        return e.valAccuracy;
    case Series::Updates:
        return static_cast<double>(e.updates);
    }
    return std::nan("");
}

// The value of `s` at `p` of `run`; false when the run has no such point. At "goal" only the
// weight updates are known (NaN for the other series).
bool pointValue(Series s, const CurvePoint& p, const RunCurve& run, double& out)
{
    if (p.kind == CurvePoint::Goal) {
        if (!run.goalUpdates)
            return false;
        out = s == Series::Updates ? static_cast<double>(*run.goalUpdates) : std::nan("");
        return true;
    }
    const int i = indexOf(p, run);
    if (i < 0)
        return false;
    out = valueOf(s, run, i);
    return true;
}

// The index of `p` in `run`, or -1 when the run has no such epoch.
int indexOf(const CurvePoint& p, const RunCurve& curve)
{
    const std::vector<EpochInfo>& run = curve.epochs;
    if (run.empty())
        return -1;
    int epoch = 0;
    switch (p.kind) {
    case CurvePoint::End:
        return static_cast<int>(run.size()) - 1;
    case CurvePoint::Goal:
        return -1; // not an epoch end (pointValue)
    case CurvePoint::Best:
        epoch = run.back().bestEpoch;
        break;
    case CurvePoint::Epoch:
        epoch = p.epoch;
        break;
    case CurvePoint::Update:
        for (std::size_t i = 0; i < run.size(); ++i)
            if (run[i].updates == p.update)
                return static_cast<int>(i);
        return -1;
    }
    for (std::size_t i = 0; i < run.size(); ++i)
        if (run[i].epoch == epoch)
            return static_cast<int>(i);
    return -1;
}

std::string pointText(const CurvePoint& p)
{
    switch (p.kind) {
    case CurvePoint::End:
        return "the end";
    case CurvePoint::Best:
        return "the best epoch";
    case CurvePoint::Epoch:
        break;
    case CurvePoint::Update:
        return "update " + std::to_string(p.update);
    case CurvePoint::Goal:
        return "the goal";
    }
    return "epoch " + std::to_string(p.epoch);
}

std::string number(double x)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", x);
    return buf;
}

} // namespace

void CurveRecorder::onUpdate(const UpdateInfo& u)
{
    if (havePrevious_) {
        jumpSum_ += std::abs(u.loss - previousLoss_);
        ++jumps_;
    }
    previousLoss_ = u.loss;
    havePrevious_ = true;
}

void CurveRecorder::onEpoch(const EpochInfo& e)
{
    curve_.epochs.push_back(e);
    curve_.updateJump.push_back(jumps_ > 0 ? jumpSum_ / jumps_ : std::nan(""));
    jumpSum_ = 0.0;
    jumps_ = 0;
}

void CurveRecorder::onFinished(const Outcome& o)
{
    if (o.reason == StopReason::GoalReached)
        curve_.goalUpdates = o.updates;
}

std::string_view seriesKey(Series s)
{
    return keyOf(seriesKeys, s);
}

bool parseSeries(std::string_view key, Series& out)
{
    return parseKey(seriesKeys, key, out);
}

std::string_view shapeKey(Shape s)
{
    return keyOf(shapeKeys, s);
}

bool parseShape(std::string_view key, Shape& out)
{
    return parseKey(shapeKeys, key, out);
}

std::string describe(const ShapeCheck& c)
{
    std::string s = std::string(seriesKey(c.series)) + " " + std::string(shapeKey(c.shape));
    if (c.shape == Shape::Lower || c.shape == Shape::Higher) {
        s += " at " + pointText(c.at) + " than ";
        if (c.thanValue)
            s += number(*c.thanValue);
        else
            s += pointText(c.than) +
                 (c.thanStep > 0 ? " of step " + std::to_string(c.thanStep) : std::string());
        if (c.times != 1.0)
            s += " (" + number(c.times) + " times)";
    } else {
        s += " from " + pointText(c.from) + " to " + pointText(c.to);
        if (c.shape == Shape::Flat)
            s += " within " + number(c.within);
    }
    if (c.by > 0.0)
        s += " by " + number(c.by);
    return s;
}

std::string checkShape(const ShapeCheck& c, const RunCurve& run, const RunCurve* other)
{
    const std::string what = describe(c) + ": ";
    if (c.shape == Shape::Lower || c.shape == Shape::Higher) {
        double a = 0.0;
        if (!pointValue(c.series, c.at, run, a))
            return what + "the run has no " + pointText(c.at);
        double b = 0.0;
        if (c.thanValue) {
            b = *c.thanValue;
        } else if (!other || !pointValue(c.series, c.than, *other, b)) {
            return what + "the other run has no " + pointText(c.than);
        }
        if (!std::isfinite(a) || !std::isfinite(b))
            return what + "the values are not numbers";
        const bool ok = c.shape == Shape::Lower ? a < b * c.times - c.by : a > b * c.times + c.by;
        return ok ? std::string() : what + number(a) + " against " + number(b);
    }
    const int i = indexOf(c.from, run);
    const int j = indexOf(c.to, run);
    if (i < 0 || j < 0 || j <= i)
        return what + "the run has no such range (" + std::to_string(run.epochs.size()) +
               " epochs)";
    const double a = valueOf(c.series, run, i);
    const double b = valueOf(c.series, run, j);
    if (!std::isfinite(a) || !std::isfinite(b))
        return what + "the values are not numbers";
    if (c.shape == Shape::Falls)
        return b < a - c.by ? std::string() : what + number(a) + " then " + number(b);
    if (c.shape == Shape::Rises)
        return b > a + c.by ? std::string() : what + number(a) + " then " + number(b);
    double lo = a, hi = a;
    for (int k = i; k <= j; ++k) {
        const double v = valueOf(c.series, run, k);
        if (!std::isfinite(v))
            return what + "a value is not a number";
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    return hi - lo <= c.within ? std::string()
                               : what + "it spans " + number(lo) + " to " + number(hi);
}

} // namespace core
