#include "cost_meter.hpp"

#include "limits.hpp"
#include "trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>

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

namespace
{

// One batch size timed: the trainer's own loop for at most `budget`. Returns false when
// cancelled before a single update was timed.
bool measureOne(const TrainConfig& train, const DataSplit& data, const Network& initial, int b,
                std::chrono::duration<double> budget, const std::atomic<bool>* cancel, CostRow& row)
{
    const int n = data.train.rows();
    const int eff = std::min(b, n);
    row.batchSize = b;
    row.updatesPerEpoch = stepsPerEpoch(n, b);
    row.bytesPerBatch = batchMemory(initial.spec(), eff).total();
    TrainConfig tc = train;
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
            return false;
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
    return true;
}

} // namespace

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
    if (config.jobs < 1 || config.jobs > limits::maxSweepJobs)
        throw std::invalid_argument("the cost meter times 1 to " +
                                    std::to_string(limits::maxSweepJobs) + " batch sizes at once");
    settings.validate();
    const DataSplit data = settings.makeData();
    const Network initial = settings.makeInitialNetwork();
    const auto budget = std::chrono::duration<double>(config.secondsPerBatchSize);
    const std::size_t count = config.batchSizes.size();
    std::vector<CostRow> measured(count);
    std::vector<char> done(count, 0);
    std::vector<std::exception_ptr> errors(count);
    std::atomic<std::size_t> next{0};
    // Each worker takes the next batch size of the list until none is left, an error was met or
    // the meter is cancelled.
    std::atomic<bool> failed{false};
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            if ((cancel && cancel->load()) || failed.load())
                return;
            try {
                done[i] = measureOne(settings.train, data, initial, config.batchSizes[i], budget,
                                     cancel, measured[i]);
            } catch (...) {
                errors[i] = std::current_exception();
                failed = true;
            }
        }
    };
    const int jobs = static_cast<int>(std::min<std::size_t>(config.jobs, count));
    if (jobs == 1) {
        work();
    } else {
        std::vector<std::thread> threads;
        for (int j = 0; j < jobs; ++j)
            threads.emplace_back(work);
        for (auto& t : threads)
            t.join();
    }
    std::vector<CostRow> rows;
    for (std::size_t i = 0; i < count; ++i) {
        if (errors[i])
            std::rethrow_exception(errors[i]);
        if (!done[i])
            break;
        rows.push_back(measured[i]);
    }
    return rows;
}

} // namespace core
