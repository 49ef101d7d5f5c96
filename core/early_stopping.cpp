#include "early_stopping.hpp"

#include <cmath>

namespace core
{

std::string_view monitorKey(Monitor m)
{
    return m == Monitor::ValLoss ? "val_loss" : "loss";
}

EarlyStopping::Verdict EarlyStopping::onEpochEnd(int epoch, double value)
{
    Verdict v;
    if (std::isnan(value) || epoch < config_.startFromEpoch)
        return v;
    v.considered = true;
    if (bestEpoch_ < 0) {
        bestEpoch_ = epoch; // Keras takes the first considered epoch's weights as the best so far
        v.takeWeights = true;
    }
    ++wait_;
    if (value + std::abs(config_.minDelta) < best_) { // current < best - |min_delta|
        best_ = value;
        bestEpoch_ = epoch;
        wait_ = 0;
        v.improved = true;
        v.takeWeights = true;
        return v;
    }
    if (wait_ >= config_.patience && epoch > 0) {
        stoppedEpoch_ = epoch;
        v.stop = true;
    }
    return v;
}

} // namespace core
