// EarlyStopping as in Keras 3 (keras/src/callbacks/early_stopping.py), mode "min":
//   improvement means current < best - |min_delta|; epochs before start_from_epoch are ignored;
//   at each considered epoch wait += 1, then on improvement best/best_epoch are taken and
//   wait = 0; otherwise training stops when wait >= patience and epoch > 0.
// Epochs here are counted from 0, as Keras's callbacks see them.
#pragma once

#include <limits>
#include <string_view>

namespace core
{

enum class Monitor { ValLoss, Loss };

std::string_view monitorKey(Monitor m);

struct EarlyStoppingConfig {
    bool enabled = false;
    Monitor monitor = Monitor::ValLoss;
    double minDelta = 0.0;
    int patience = 0;
    bool restoreBestWeights = false;
    int startFromEpoch = 0;
    bool operator==(const EarlyStoppingConfig&) const = default;
};

class EarlyStopping
{
public:
    explicit EarlyStopping(const EarlyStoppingConfig& config) : config_(config) {}

    struct Verdict {
        bool considered = false;  // the epoch counted (not before start_from_epoch, value known)
        bool improved = false;    // a new best
        bool takeWeights = false; // keep a copy of the weights (new best, or first considered)
        bool stop = false;        // stop training after this epoch
    };
    // `value` NaN means the monitored quantity is missing (Keras warns and does nothing).
    Verdict onEpochEnd(int epoch, double value);

    double best() const { return best_; }
    int bestEpoch() const { return bestEpoch_; } // -1 until an epoch was considered
    int wait() const { return wait_; }
    int stoppedEpoch() const { return stoppedEpoch_; } // -1 if it did not stop
    const EarlyStoppingConfig& config() const { return config_; }

private:
    EarlyStoppingConfig config_;
    double best_ = std::numeric_limits<double>::infinity();
    int bestEpoch_ = -1;
    int wait_ = 0;
    int stoppedEpoch_ = -1;
};

} // namespace core
