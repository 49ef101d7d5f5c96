// What a file, a lesson or a command line may ask for: one named limit per resource, each
// checked BEFORE the allocation it guards, so that a 300-byte document cannot make BatchLab
// allocate gigabytes. Every refusal is a LimitError whose message names the limit ("the
// parameter limit", "the batch workspace limit", ...); docs/RELIABILITY.md lists them all.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

// Which limit refused, as data: the window turns it into a translated sentence
// (ui::FailureText::of); what() is the same sentence in English for the command line and logs.
enum class Limit {
    Other, // a limit of one feature (experiments, meters, images): what() alone tells it
    Parameters,
    RecordedParameters,
    Inputs,
    Classes,
    BatchWorkspace,
    DataCells,
    KeptUpdates,
    FileBytes,
    RecordFileBytes
};

class LimitError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
    // `amount`: what was asked (parameters, columns, classes, numbers, updates, bytes); `rows`
    // and `columns`: the data's shape (DataCells) or the batch's rows (BatchWorkspace).
    LimitError(Limit which, std::int64_t amount, const std::string& message, std::int64_t rows = 0,
               std::int64_t columns = 0)
        : std::invalid_argument(message), which_(which), amount_(amount), rows_(rows),
          columns_(columns)
    {
    }
    Limit which() const { return which_; }
    std::int64_t amount() const { return amount_; }
    std::int64_t rows() const { return rows_; }
    std::int64_t columns() const { return columns_; }

private:
    Limit which_ = Limit::Other;
    std::int64_t amount_ = 0;
    std::int64_t rows_ = 0;
    std::int64_t columns_ = 0;
};

namespace limits
{

// Weights and biases of one network (8 bytes each, several copies: weights, gradient,
// optimizer state, best weights).
inline constexpr std::int64_t maxParameters = 20'000'000;
// Weights written into or read from one run record (initial and final weights each): larger
// records take minutes and hundreds of megabytes of JSON.
inline constexpr std::int64_t maxRecordedParameters = 1'000'000;
// Numbers of one batch's (or evaluation chunk's) workspace: rows × (activations + deltas of
// every layer + the targets), 8 bytes each: 512 MiB.
inline constexpr std::int64_t maxBatchWorkspaceValues = 64LL * 1024 * 1024;
// Input columns of a data set (its width), and classes of a classification (k output units).
inline constexpr int maxInputs = 4'096;
inline constexpr int maxClasses = 1'000;
// Numbers of the data: rows × columns (inputs and target) of the training and validation rows.
inline constexpr std::int64_t maxDataCells = 10'000'000;
// Bytes of one CSV file read whole.
inline constexpr std::int64_t maxFileBytes = 256LL * 1024 * 1024;
// Bytes of one run record or comparison read whole (checked before a byte is read; parsing
// 200 MB of JSON took 6 s and 900 MB): a record of this size holds about 10,000,000 numbers,
// and a record that would be larger is not written.
inline constexpr std::int64_t maxRecordFileBytes = 128LL * 1024 * 1024;
// Per-update points (buckets) written into or read from one run record.
inline constexpr std::int64_t maxRecordedUpdatePoints = 200'000;
// The largest point bound (max_update_points) and bucket stride (updates_per_bucket) a record
// may state.
inline constexpr std::int64_t maxUpdatePointsBound = 10'000'000;
inline constexpr std::int64_t maxUpdatesPerBucket = 1LL << 30; // counts stay within int
// Pixels of one exported image (width × height × scale²; 4 bytes each: 160 MB), and its scale.
inline constexpr std::int64_t maxImagePixels = 40'000'000;
inline constexpr double maxImageScale = 8.0;
// Weight updates of a program that keeps every one of them in memory (batchlab-fit).
inline constexpr std::int64_t maxKeptUpdates = 5'000'000;
// The slowest pace of a paced run, in updates per second (one update per 100 s): slower paces
// are refused or raised to it, so that a period never leaves the clock's range.
inline constexpr double minPace = 0.01;
// The gradient-noise meter (core/noise_meter): per-sample gradients kept at once (samples ×
// parameters, 8 bytes each: 128 MiB), batch sizes on one list, batches it enumerates for one
// batch size (all of them, when there are at most this many), random batches it may be asked
// for, the numbers it adds up for one batch size (enumerated or sampled: gradient entries, or
// entries of the samples' Gram matrix), and the multiply-adds of that Gram matrix (samples² ×
// parameters; used when within this bound, so that small data sets cost little per batch).
inline constexpr std::int64_t maxNoiseGradientValues = 16LL * 1024 * 1024;
inline constexpr std::int64_t maxNoiseBatchSizes = 64;
inline constexpr std::int64_t maxNoiseEnumeratedBatches = 5'000;
inline constexpr std::int64_t maxNoiseSampledBatches = 10'000;
inline constexpr std::int64_t maxNoiseWorkValues = 2'000'000;
inline constexpr std::int64_t maxNoiseGramWork = 60'000'000;
// The gradient noise scale measured during a run (TrainConfig::noiseScaleEvery): training rows
// whose per-sample gradients it reads (the first ones; two passes of one gradient each).
inline constexpr int maxNoiseScaleRows = 2048;
// The cost meter (core/cost_meter): batch sizes on one list and the training time spent on one
// batch size, in seconds.
inline constexpr std::int64_t maxCostBatchSizes = 64;
inline constexpr double maxCostSecondsPerBatchSize = 5.0;
// A sweep (core/sweep.hpp): swept values, seeds per value, runs in all, and worker threads.
inline constexpr int maxSweepValues = 64;
inline constexpr int maxSweepSeeds = 100;
inline constexpr int maxSweepRuns = 2000;
inline constexpr int maxSweepJobs = 64;
// A lesson's steps and quiz questions: each step of a worksheet is trained and drawn, so a
// teacher's lesson file with thousands of steps would take minutes and gigabytes to print.
inline constexpr int maxLessonSteps = 100;
inline constexpr int maxQuizQuestions = 100;
// Characters of the input quoted in a message.
inline constexpr std::size_t maxQuoted = 60;

// The parameter count of a dense network with `outputs` output units (saturates instead of
// overflowing).
std::int64_t parameterCount(std::int64_t inputs, const std::vector<int>& hidden,
                            std::int64_t outputs = 1);
// Values of a Workspace for `rows` rows of this network (saturating).
std::int64_t batchWorkspaceValues(std::int64_t rows, std::int64_t inputs,
                                  const std::vector<int>& hidden, std::int64_t outputs = 1);

// Each throws LimitError naming its limit.
void checkParameters(std::int64_t parameters);
void checkRecordedParameters(std::int64_t parameters);
void checkBatchWorkspace(std::int64_t rows, std::int64_t inputs, const std::vector<int>& hidden,
                         std::int64_t outputs = 1);
// 1..maxInputs input columns; 2..maxClasses classes.
void checkInputs(std::int64_t inputs);
void checkClasses(std::int64_t classes);
void checkDataCells(std::int64_t rows, std::int64_t columns);
void checkImagePixels(std::int64_t width, std::int64_t height, double scale);
void checkKeptUpdates(std::int64_t updates);
void checkFileBytes(std::int64_t bytes);
void checkRecordFileBytes(std::int64_t bytes);

// At most maxQuoted characters of `text` (cut at a UTF-8 character boundary), with "…" when
// cut: what a message may quote of its input.
std::string excerpt(std::string_view text, std::size_t maxChars = maxQuoted);

} // namespace limits
} // namespace core
