// The x axes on which runs are compared: the same runs read differently on each, and that is the
// lesson (per epoch small batches learn more, per weight update large batches do; per question
// solved and per second the answer depends on the machine).
#pragma once

#include "ui/session/run_snapshot.hpp"

#include "training_events.hpp"

#include <QString>

#include <vector>

namespace ui
{

enum class UpdateAxis { Update, Epoch, SamplesSeen, Seconds };
inline constexpr int updateAxisCount = 4;

// Where the end of epoch row `e` of a run with `trainingRows` rows sits on `axis`.
double epochKey(const core::EpochInfo& e, int trainingRows, UpdateAxis axis);
// Where an update point sits on `axis`. `epochs` are the run's epoch rows (epoch 0 first), used
// for seconds: the time of an update is interpolated within its epoch, so it is known once that
// epoch has ended (NaN before).
double updateKey(const UpdatePoint& p, UpdateAxis axis, int stepsPerEpoch,
                 const std::vector<core::EpochInfo>& epochs);
// Seconds at the end of epoch `epoch` (NaN when that epoch has not ended).
double secondsAtEpoch(const std::vector<core::EpochInfo>& epochs, int epoch);
// The axis's title ("weight update", "epoch", "questions solved", "seconds of training").
QString axisTitle(UpdateAxis axis);
// A choice for a combo box ("x: weight update", ...).
QString axisChoice(UpdateAxis axis);

} // namespace ui
