// What a lesson does with the Experiments: a step may train a batch-size sweep of its
// settings in the background and open a meter; what its text says about them is data that the
// tests check by running the same sweep and measuring the same meters. In a lesson file:
//   "sweep": { "batch_sizes": [1, 2, 4, 8, 16, 30], "seeds": 5 }
//   "meter": "noise" | "cost"
//   "expect": { "sweep": [ { "column": "best_val_loss", "lowest_at": 30 },
//                          { "column": "gap", "all_above": 1.0 },
//                          { "column": "best_val_loss", "spread_below": 0.05 },
//                          { "column": "updates_to_best", "highest_at": 1 } ],
//               "meters": [ "noise_falls", "noise_zero_at_n", "noise_follows_formula",
//                           "bytes_grow", "updates_per_epoch_fall" ] }
// Claims about a sweep read its summary: the mean over seeds of a column per batch size.
// A check question may ask for the batch size with the lowest mean best validation loss
// ("answer": "sweep_best_batch_size", with its own "sweep").
#pragma once

#include "run_settings.hpp"
#include "sweep.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

struct LessonSweep {
    std::vector<double> batchSizes; // empty: defaultSweepValues (1, 2, 4, ... below N, and N)
    int seeds = 5;
};

// The sweep a step or check trains: its settings as the base, the batch sizes and seeds.
SweepSpec lessonSweepSpec(const RunSettings& settings, const LessonSweep& sweep);

// "best_val_loss" -> SweepColumn::BestValLoss (the CSV headers of sweep_summary.csv).
bool parseSweepColumn(std::string_view key, SweepColumn& out);

struct SweepClaim {
    enum class Kind { LowestAt, HighestAt, AllAbove, AllBelow, SpreadBelow };
    SweepColumn column = SweepColumn::BestValLoss;
    Kind kind = Kind::LowestAt;
    double number = 0.0; // the batch size (lowest_at, highest_at) or the bound
};

// The swept value whose mean of `column` is lowest (highest with `highest`); NaN when no row
// has a mean. Ties go to the first (smallest batch size).
double sweepExtremeAt(const std::vector<SweepSummaryRow>& rows, SweepColumn column, bool highest);
// Whether the summary shows the claim; *why says what it shows when it does not.
bool sweepClaimHolds(const SweepClaim& claim, const std::vector<SweepSummaryRow>& rows,
                     std::string* why = nullptr);

// Trains the sweep (seeds 1..K, on `jobs` threads, as the window's SweepJob does) and gives the
// batch size of its lowest mean best validation loss: the answer of a sweep_best_batch_size
// check. Throws what planSweep throws, and std::runtime_error when a run fails.
std::int64_t sweepBestBatchSize(const RunSettings& settings, const LessonSweep& sweep, int jobs);
// The same from a summary; throws std::runtime_error when no row has a validation loss.
std::int64_t sweepBestBatchSize(const std::vector<SweepSummaryRow>& summary);
// Trains the sweep as sweepBestBatchSize does and gives its summary (one row per batch size).
std::vector<SweepSummaryRow> lessonSweepSummary(const RunSettings& settings,
                                                const LessonSweep& sweep, int jobs);

enum class LessonMeter { Noise, Cost };
std::string_view lessonMeterKey(LessonMeter m);
bool parseLessonMeter(std::string_view key, LessonMeter& out);

// What a step says about the meters at its settings (the noise at the initial weights).
enum class MeterClaim {
    NoiseFalls,          // the measured variance falls from each batch size to the next
    NoiseZeroAtN,        // and is 0 when the batch is the whole training set
    NoiseFollowsFormula, // within 3 standard errors (sampled) or 1e-9 relative (enumerated)
    BytesGrow,           // the memory of one batch grows with the batch size
    UpdatesPerEpochFall, // ceil(N / B) falls (or stays) as B grows
};
std::string_view meterClaimKey(MeterClaim c);
bool parseMeterClaim(std::string_view key, MeterClaim& out);

} // namespace core
