#include "ui/plots/run_axis.hpp"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace ui
{

double secondsAtEpoch(const std::vector<core::EpochInfo>& epochs, int epoch)
{
    // Rows are in epoch order, epoch 0 first; look where it normally is, else search.
    if (epoch >= 0 && epoch < int(epochs.size()) && epochs[std::size_t(epoch)].epoch == epoch)
        return epochs[std::size_t(epoch)].seconds;
    for (const core::EpochInfo& e : epochs)
        if (e.epoch == epoch)
            return e.seconds;
    return epoch == 0 ? 0.0 : std::numeric_limits<double>::quiet_NaN();
}

double epochKey(const core::EpochInfo& e, int trainingRows, UpdateAxis axis)
{
    switch (axis) {
    case UpdateAxis::Update:
        return double(e.updates);
    case UpdateAxis::Epoch:
        return e.epoch;
    case UpdateAxis::SamplesSeen:
        return double(e.epoch) * trainingRows; // every epoch solves every training question
    case UpdateAxis::Seconds:
        return e.seconds;
    }
    return e.epoch;
}

namespace
{

// The updates at the end of epoch `epoch` (-1 when it has not ended).
std::int64_t updatesAtEpoch(const std::vector<core::EpochInfo>& epochs, int epoch)
{
    if (epoch >= 0 && epoch < int(epochs.size()) && epochs[std::size_t(epoch)].epoch == epoch)
        return epochs[std::size_t(epoch)].updates;
    for (const core::EpochInfo& e : epochs)
        if (e.epoch == epoch)
            return e.updates;
    return epoch == 0 ? 0 : -1;
}

} // namespace

double updateKey(const UpdatePoint& p, UpdateAxis axis, int stepsPerEpoch,
                 const std::vector<core::EpochInfo>& epochs)
{
    // The updates of the point's own epoch once it has ended (a growing batch's later epochs
    // have fewer: core/schedule.hpp), else the run's updates per epoch.
    int steps = std::max(1, stepsPerEpoch);
    const std::int64_t from = updatesAtEpoch(epochs, p.epoch - 1);
    const std::int64_t to = updatesAtEpoch(epochs, p.epoch);
    if (from >= 0 && to > from)
        steps = int(to - from);
    switch (axis) {
    case UpdateAxis::Update:
        return double(p.lastUpdate);
    case UpdateAxis::Epoch:
        return (p.epoch - 1) + (p.batch + 1) / double(steps);
    case UpdateAxis::SamplesSeen:
        return double(p.samplesSeen);
    case UpdateAxis::Seconds: {
        const double t0 = secondsAtEpoch(epochs, p.epoch - 1);
        const double t1 = secondsAtEpoch(epochs, p.epoch);
        return t0 + (t1 - t0) * (p.batch + 1) / double(steps);
    }
    }
    return double(p.lastUpdate);
}

QString axisTitle(UpdateAxis axis)
{
    switch (axis) {
    case UpdateAxis::Update:
        return QCoreApplication::translate("ui::RunAxis", "weight update");
    case UpdateAxis::Epoch:
        return QCoreApplication::translate("ui::RunAxis", "epoch");
    case UpdateAxis::SamplesSeen:
        return QCoreApplication::translate("ui::RunAxis", "questions solved (samples seen)");
    case UpdateAxis::Seconds:
        return QCoreApplication::translate("ui::RunAxis", "seconds of training");
    }
    return {};
}

QString axisChoice(UpdateAxis axis)
{
    switch (axis) {
    case UpdateAxis::Update:
        return QCoreApplication::translate("ui::RunAxis", "x: weight update");
    case UpdateAxis::Epoch:
        return QCoreApplication::translate("ui::RunAxis", "x: epoch");
    case UpdateAxis::SamplesSeen:
        return QCoreApplication::translate("ui::RunAxis", "x: questions solved");
    case UpdateAxis::Seconds:
        return QCoreApplication::translate("ui::RunAxis", "x: seconds");
    }
    return {};
}

} // namespace ui
