// The cost meter: what a batch costs on this machine. For each batch size B, a short real
// training of the run's settings (the trainer's own loop, evaluation at epoch ends off, at most
// `secondsPerBatchSize` of training) gives the time per weight update and per epoch and the
// samples ("questions") solved per second; the memory one batch needs is computed from the
// widths exactly as the trainer's Workspace allocates it (core/network.cpp), plus the
// parameter gradient the trainer keeps.
#pragma once

#include "network.hpp"
#include "run_settings.hpp"

#include <atomic>
#include <cstdint>
#include <vector>

namespace core
{

// The buffers one batch of `rows` rows needs, in bytes.
struct BatchMemory {
    std::int64_t activations = 0;       // inputs, hidden and output values (doubles)
    std::int64_t deltas = 0;            // dLoss/dZ of every layer (doubles)
    std::int64_t targets = 0;           // the batch's targets (doubles)
    std::int64_t rowIndices = 0;        // the batch's row numbers (ints)
    std::int64_t parameterGradient = 0; // dLoss/dtheta, one double per parameter
    std::int64_t total() const
    {
        return activations + deltas + targets + rowIndices + parameterGradient;
    }
};

// Saturating at INT64_MAX for absurd sizes; rows < 0 count as 0.
BatchMemory batchMemory(const NetworkSpec& spec, std::int64_t rows);

struct CostMeterConfig {
    std::vector<int> batchSizes;
    double secondsPerBatchSize = 0.2; // training time spent on each batch size (> 0)
    // Batch sizes timed at once, each on a thread of its own (1 to limits::maxSweepJobs). More
    // than one only when nothing else trains, so that each time is its own core's.
    int jobs = 1;
};

struct CostRow {
    int batchSize = 0;
    double secondsPerEpoch = 0.0; // secondsPerUpdate measured, times the epoch's updates
    double secondsPerUpdate = 0.0;
    double samplesPerSecond = 0.0;
    int updatesPerEpoch = 0;        // ceil(N / B)
    std::int64_t bytesPerBatch = 0; // batchMemory(spec, min(B, N)).total()
    std::int64_t updatesTimed = 0;  // updates the times are measured over
};

// Throws std::invalid_argument for an empty list, a batch size < 1, a time outside
// (0, limits::maxCostSecondsPerBatchSize], jobs outside 1..limits::maxSweepJobs, settings that
// cannot train, or a run that diverges before its first timed update (the first such batch size
// in the list); limits::LimitError for a list over limits::maxCostBatchSizes.
// With `cancel` set, returns the rows measured so far (in the list's order, up to the first
// batch size not measured).
std::vector<CostRow> measureCost(const RunSettings& settings, const CostMeterConfig& config,
                                 const std::atomic<bool>* cancel = nullptr);

} // namespace core
