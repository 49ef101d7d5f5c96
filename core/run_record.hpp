// Run records: one JSON document with everything needed to reproduce and inspect a run (format
// version, program version, all settings and seeds, the data as generator parameters or as
// rows, the initial and final weights layer by layer as Keras holds them ([n_in][n_out] kernels
// and bias vectors), the history per epoch and per update, and why the run ended). The schema is
// docs/run-record.md. Doubles round-trip exactly (17 significant digits); NaN is written as null.
//
// Reading is strict: unknown keys, wrong types, wrong shapes, a missing required field or an
// unknown format version throw RunRecordError whose message starts with the JSON path of the
// bad field ("training.batch_size: ..."). No file is written here: the app layer writes the
// text atomically (QSaveFile).
#pragma once

#include "history.hpp"
#include "limits.hpp"
#include "run_spec.hpp"
#include "training_events.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

class TrainingControl;

class RunRecordError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// The history as recorded: every epoch, and the per-update buckets of core::History made with
// the bound `maxUpdatePoints` (1 update per bucket unless the run had more updates than that).
struct RecordedHistory {
    std::vector<EpochInfo> epochs;
    std::vector<UpdateBucket> updates; // empty when updatesOmitted
    std::int64_t updatesPerBucket = 1;
    std::int64_t totalUpdates = 0;
    std::int64_t maxUpdatePoints = defaultMaxUpdatePoints;
    bool updatesOmitted = false; // too many buckets for the record (see RecordOptions)
};

RecordedHistory recordedHistory(const History& h, std::int64_t maxUpdatePoints);

struct RunRecord {
    static constexpr int currentFormatVersion = 1;
    int formatVersion = currentFormatVersion;
    std::string programVersion;
    // Settings, plus explicit rows when the data did not come from a generator. After reading,
    // spec.initialParameters holds the recorded initial weights when the record has them.
    RunSpec spec;
    std::optional<Eigen::VectorXd> finalParameters;
    std::optional<RecordedHistory> history;
    std::optional<Outcome> outcome;
};

struct RecordOptions {
    // Per-update buckets beyond this many are left out of the record (updatesOmitted).
    std::int64_t maxRecordedUpdates = limits::maxRecordedUpdatePoints;
    // Also write the generated rows of generator data (a record readable without BatchLab).
    bool includeGeneratedRows = false;
};

// The record as JSON text (readable: objects indented, each number array on one line).
// Throws std::invalid_argument when the spec cannot make its network (bad weights' size).
std::string writeRunRecord(const RunRecord& record, const RecordOptions& options = {});
// Parses and checks a record. Throws RunRecordError.
RunRecord readRunRecord(std::string_view jsonText);
// Reads a file and parses it. Throws RunRecordError (naming the file when it cannot be read).
RunRecord loadRunRecord(const std::string& path);

// The result of training a RunSpec.
struct RunResult {
    Eigen::VectorXd initialParameters;
    Eigen::VectorXd finalParameters;
    RecordedHistory history;
    Outcome outcome;
};

// Validates and trains `spec` to its end, recording the history with `maxUpdatePoints` buckets;
// `observer` (optional) sees every update and epoch too. Throws std::invalid_argument.
RunResult trainSpec(const RunSpec& spec, std::int64_t maxUpdatePoints = defaultMaxUpdatePoints,
                    TrainingObserver* observer = nullptr, TrainingControl* control = nullptr);

// A record of a finished run.
RunRecord makeRunRecord(const RunSpec& spec, const RunResult& result, std::string programVersion);

// Empty when the two histories are identical bit for bit (wall-clock seconds aside, which never
// repeat); otherwise a sentence naming the first difference.
std::string historyDifference(const RecordedHistory& recorded, const RecordedHistory& replayed);

// Whether two parameter vectors are the same bit for bit.
bool sameParameters(const Eigen::VectorXd& a, const Eigen::VectorXd& b);

// How a retrained run compares with its record: the first difference of the histories (empty
// when equal, or when the record has none) and whether the final weights are the same (true when
// the record has none). Histories bucketed with different point bounds are compared by their
// epochs only.
struct ReplayCheck {
    std::string historyDifference;
    bool sameFinalWeights = true;
    bool same() const { return historyDifference.empty() && sameFinalWeights; }
};
ReplayCheck checkReplay(const RunRecord& recorded, const RecordedHistory& replayed,
                        const Eigen::VectorXd& replayedFinalParameters);

} // namespace core
