#include "cost_meter.hpp"

#include "limits.hpp"
#include "trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace core
{

namespace
{

constexpr std::int64_t saturated = std::numeric_limits<std::int64_t>::max();

std::int64_t mul(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    return __builtin_mul_overflow(a, b, &r) ? saturated : r;
}

std::int64_t add(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    return __builtin_add_overflow(a, b, &r) ? saturated : r;
}

} // namespace

BatchMemory batchMemory(const NetworkSpec& spec, std::int64_t rows)
{
    rows = std::max<std::int64_t>(rows, 0);
    // As Workspace::Workspace: act_ holds every width n_0..n_L (n_L = outputs), delta_ every width
    // after the inputs, target_ and chunkRows_ one entry per row.
    std::int64_t hiddenSum = 0;
    for (int h : spec.hidden)
        hiddenSum = add(hiddenSum, std::max(h, 0));
    const std::int64_t inputs = std::max(spec.inputs, 0);
    BatchMemory m;
    m.activations = mul(mul(rows, add(add(inputs, hiddenSum), spec.outputs())), sizeof(double));
    m.deltas = mul(mul(rows, add(hiddenSum, spec.outputs())), sizeof(double));
    m.targets = mul(rows, sizeof(double));
    m.rowIndices = mul(rows, sizeof(int));
    m.parameterGradient =
        mul(limits::parameterCount(spec.inputs, spec.hidden, spec.outputs()), sizeof(double));
    return m;
}

std::vector<CostRow> measureCost(const RunSettings& settings, const CostMeterConfig& config,
                                 const std::atomic<bool>* cancel)
{
    if (config.batchSizes.empty())
        throw std::invalid_argument("the cost meter needs at least one batch size");
    if (static_cast<std::int64_t>(config.batchSizes.size()) > limits::maxCostBatchSizes)
        throw LimitError("the cost meter was given " + std::to_string(config.batchSizes.size()) +
                         " batch sizes, over the cost meter's list limit of " +
                         std::to_string(limits::maxCostBatchSizes));
    for (int b : config.batchSizes)
        if (b < 1)
            throw std::invalid_argument("a batch size must be at least 1 (got " +
                                        std::to_string(b) + ")");
    if (!(config.secondsPerBatchSize > 0.0) ||
        !(config.secondsPerBatchSize <= limits::maxCostSecondsPerBatchSize))
        throw std::invalid_argument("the cost meter trains each batch size for more than 0 and "
                                    "at most " +
                                    std::to_string(limits::maxCostSecondsPerBatchSize) +
                                    " seconds");
    settings.validate();
    const DataSplit data = settings.makeData();
    const Network initial = settings.makeInitialNetwork();
    const int n = data.train.rows();
    const auto budget = std::chrono::duration<double>(config.secondsPerBatchSize);
    std::vector<CostRow> rows;
    for (int b : config.batchSizes) {
        if (cancel && cancel->load())
            break;
        const int eff = std::min(b, n);
        CostRow row;
        row.batchSize = b;
        row.updatesPerEpoch = stepsPerEpoch(n, b);
        row.bytesPerBatch = batchMemory(initial.spec(), eff).total();
        TrainConfig tc = settings.train;
        tc.batchSize = b;
        tc.evaluateEachEpoch = false;
        tc.earlyStopping.enabled = false;
        // Enough epochs that the budget, not the run, ends the timing in all but tiny cases.
        tc.epochs = std::max(1, 1'000'000 / row.updatesPerEpoch);
        // Validation rows are not used while timing the loop (evaluation is off).
        Dataset noValidation;
        noValidation.x.resize(0, data.train.inputs());
        noValidation.task = data.train.task;
        Trainer trainer(initial, data.train, noValidation, tc);
        // The first step also evaluates the initial weights: not timed.
        if (!trainer.step(nullptr))
            throw std::invalid_argument("a run with batch size " + std::to_string(b) +
                                        " ended at its first update: " + trainer.outcome().message);
        int batchInEpoch = 1 % row.updatesPerEpoch;
        std::int64_t updates = 0;
        std::int64_t samples = 0;
        const auto start = std::chrono::steady_clock::now();
        auto now = start;
        do {
            if (!trainer.step(nullptr))
                break;
            ++updates;
            samples += std::min(b, n - batchInEpoch * b);
            batchInEpoch = (batchInEpoch + 1) % row.updatesPerEpoch;
            now = std::chrono::steady_clock::now();
        } while (now - start < budget && !(cancel && cancel->load()));
        if (updates == 0) {
            if (cancel && cancel->load())
                break;
            throw std::invalid_argument(
                "a run with batch size " + std::to_string(b) +
                " ended before it could be timed: " + trainer.outcome().message);
        }
        const double seconds = std::max(std::chrono::duration<double>(now - start).count(),
                                        std::numeric_limits<double>::min());
        row.updatesTimed = updates;
        row.secondsPerUpdate = seconds / static_cast<double>(updates);
        row.secondsPerEpoch = row.secondsPerUpdate * row.updatesPerEpoch;
        row.samplesPerSecond = static_cast<double>(samples) / seconds;
        rows.push_back(row);
    }
    return rows;
}

} // namespace core
