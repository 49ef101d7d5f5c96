#include "schedule.hpp"

#include <algorithm>
#include <cmath>

namespace core
{

std::string_view lrScheduleKey(LrScheduleKind k)
{
    switch (k) {
    case LrScheduleKind::Constant:
        return "constant";
    case LrScheduleKind::Step:
        return "step";
    case LrScheduleKind::WarmUp:
        return "warmup";
    }
    return "constant";
}

bool parseLrScheduleKind(std::string_view key, LrScheduleKind& out)
{
    for (LrScheduleKind k :
         {LrScheduleKind::Constant, LrScheduleKind::Step, LrScheduleKind::WarmUp})
        if (lrScheduleKey(k) == key) {
            out = k;
            return true;
        }
    return false;
}

std::string_view scheduleUnitKey(ScheduleUnit u)
{
    return u == ScheduleUnit::Epoch ? "epoch" : "update";
}

bool parseScheduleUnit(std::string_view key, ScheduleUnit& out)
{
    if (key == "update")
        out = ScheduleUnit::Update;
    else if (key == "epoch")
        out = ScheduleUnit::Epoch;
    else
        return false;
    return true;
}

double scheduledLearningRate(const LrSchedule& s, double lr, std::int64_t t)
{
    switch (s.kind) {
    case LrScheduleKind::Constant:
        return lr;
    case LrScheduleKind::Step:
        return lr * std::pow(s.decayRate,
                             std::floor(static_cast<double>(t) / std::max(1, s.decayEvery)));
    case LrScheduleKind::WarmUp:
        if (t >= s.warmup)
            return lr;
        return (lr - s.warmupFrom) * (static_cast<double>(t) / std::max(1, s.warmup)) +
               s.warmupFrom;
    }
    return lr;
}

int grownBatchSize(const BatchGrowth& g, int batchSize, int epoch, int cap)
{
    std::int64_t b = batchSize;
    if (g.factor > 1)
        for (int phase = epoch / std::max(1, g.every); phase > 0 && b < cap; --phase)
            b *= g.factor;
    return static_cast<int>(std::min<std::int64_t>(b, std::max(1, cap)));
}

std::string_view goalKey(GoalKind k)
{
    switch (k) {
    case GoalKind::None:
        return "none";
    case GoalKind::ValAccuracy:
        return "val_accuracy";
    case GoalKind::ValLoss:
        return "val_loss";
    }
    return "none";
}

bool parseGoalKind(std::string_view key, GoalKind& out)
{
    for (GoalKind k : {GoalKind::None, GoalKind::ValAccuracy, GoalKind::ValLoss})
        if (goalKey(k) == key) {
            out = k;
            return true;
        }
    return false;
}

bool goalMet(const Goal& g, double valLoss, double valAccuracy)
{
    switch (g.kind) {
    case GoalKind::None:
        return false;
    case GoalKind::ValAccuracy:
        return valAccuracy >= g.value; // false for NaN
    case GoalKind::ValLoss:
        return valLoss <= g.value;
    }
    return false;
}

} // namespace core
