// What a lesson step says about the shape of its run, as data the tests check against the
// trainer: "the validation loss falls in the first pass", "then stays flat", "then rises", "the
// new-exam loss is higher than at the best epoch", "lower than in step 1". Every sentence of a
// lesson that states a fact about a run carries one of these in the step's "expect.shapes".
//   { "series": "val_loss", "is": "falls", "from": 0, "to": 1 }
//   { "series": "val_loss", "is": "flat", "from": 1, "to": 100, "within": 0.25 }
//   { "series": "val_loss", "is": "higher", "at": "end", "than": { "at": "best" }, "times": 3 }
//   { "series": "val_loss", "is": "lower", "at": "end", "than": { "step": 1, "at": "end" } }
//   { "series": "train_accuracy", "is": "higher", "at": "end", "than": { "value": 0.95 } }
// Points are an epoch number (0 = the initial weights), "best" (the run's best epoch by its
// monitor), "end" (the last epoch done) or {"update": U} (the end of the epoch at which the run
// has done exactly U weight updates: runs of different batch sizes compared per update) or "goal"
// (the moment a run with a goal reached it, between epoch ends too: core/schedule.hpp; a run that
// did not reach its goal has no such point). A run is the epoch records of one step's run.
// Series: loss (Keras's running mean), train_loss, val_loss, train_accuracy, val_accuracy,
// update_jump, updates (weight updates done: the only series known at "goal"):
//   { "series": "updates", "is": "lower", "at": "goal", "than": { "step": 1, "at": "goal" },
//     "times": 0.6 }   (this run reached its goal in fewer than 0.6 times step 1's updates)
#pragma once

#include "training_events.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

// Per-epoch series; UpdateJump is the mean size of the jump from one update's batch loss to the
// next within the epoch (how much the loss-per-update curve jumps up and down); Updates is the
// number of weight updates done.
enum class Series { Loss, TrainLoss, ValLoss, TrainAccuracy, ValAccuracy, UpdateJump, Updates };
enum class Shape { Falls, Rises, Flat, Lower, Higher };

std::string_view seriesKey(Series s);
bool parseSeries(std::string_view key, Series& out);
std::string_view shapeKey(Shape s);
bool parseShape(std::string_view key, Shape& out);

// A point of a run's per-epoch curve.
struct CurvePoint {
    enum Kind { Epoch, Best, End, Update, Goal } kind = End;
    int epoch = 0;           // for Epoch
    std::int64_t update = 0; // for Update
};

struct ShapeCheck {
    Series series = Series::ValLoss;
    Shape shape = Shape::Falls;
    // falls / rises / flat: the range [from, to]
    CurvePoint from;
    CurvePoint to;
    double by = 0.0;     // falls/rises/lower/higher: the least difference that counts
    double within = 0.0; // flat: max - min over the range stays within this
    // lower / higher: the point `at` against `than` (a point of this run, of another step's
    // run, or a plain number), optionally `times` as low / high.
    CurvePoint at;
    CurvePoint than;
    int thanStep = 0;                // 1-based step whose run `than` refers to; 0 = this run
    std::optional<double> thanValue; // a plain number instead of a point
    double times = 1.0;
    std::string says; // the sentence the check stands for
    // The claim is made about the lesson's own seed only, and the step's text says so (other
    // starting weights or shufflings may not show it); checked at that seed, reported for others.
    bool lessonSeedOnly = false;
};

// One run's per-epoch records, in order, starting with epoch 0, and each epoch's update jump
// (NaN for epoch 0 and for an epoch with a single update after none); the weight updates done
// when the run reached its goal (none: it has not).
struct RunCurve {
    std::vector<EpochInfo> epochs;
    std::vector<double> updateJump;
    std::optional<std::int64_t> goalUpdates;
};

// Builds a RunCurve from what a Trainer reports.
class CurveRecorder final : public TrainingObserver
{
public:
    void onUpdate(const UpdateInfo& u) override;
    void onEpoch(const EpochInfo& e) override;
    void onFinished(const Outcome& o) override;
    const RunCurve& curve() const { return curve_; }

private:
    RunCurve curve_;
    double previousLoss_ = 0.0;
    bool havePrevious_ = false;
    double jumpSum_ = 0.0;
    int jumps_ = 0;
};

// Checks `c` against `run`; `other` is the run that `than` refers to (the run of step
// `thanStep`, or `run` itself; null when that step has no run). Returns an empty string when the
// run has the shape, else what it shows instead.
std::string checkShape(const ShapeCheck& c, const RunCurve& run, const RunCurve* other);

// A sentence describing the check ("val_loss falls from epoch 0 to epoch 1"), for messages.
std::string describe(const ShapeCheck& c);

} // namespace core
