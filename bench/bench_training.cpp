// Updates per second of the training loop for the tasks of task.md (R: 1-64-64-1 tanh, MSE;
// C: 2-32-32-1 tanh, BCE), plain SGD, no shuffle, at B = 1, 10, 32, 100: forward, backward,
// SGD step and the batch loss of every update, without per-epoch evaluation (as the peers
// time it). The `history` variants also feed a core::History (100000 points), as the window's
// training worker does for File > Save run: their ratio to the plain ones is that cost.
// Run: build/release/bench/bench_training
#include "dataset.hpp"
#include "history.hpp"
#include "task_io.hpp"
#include "trainer.hpp"

#include <benchmark/benchmark.h>

namespace
{

void trainingUpdates(benchmark::State& state, char task, bool recordHistory)
{
    const int batch = static_cast<int>(state.range(0));
    const core::DataSplit data = core::taskData(task);
    const core::Network net = core::taskNetwork(task);
    core::TrainConfig config;
    config.batchSize = batch;
    config.epochs = 1 << 30;
    config.shuffle = false;
    config.evaluateEachEpoch = false;
    config.optimizer.kind = core::OptimizerKind::Sgd;
    config.optimizer.learningRate = 0.05;
    core::Trainer trainer(net, data.train, core::Dataset{}, config);
    core::History history(100000);
    core::TrainingObserver* observer = recordHistory ? &history : nullptr;
    trainer.step(observer); // epoch 0's evaluation, outside the timed loop
    for (auto _ : state)
        benchmark::DoNotOptimize(trainer.step(observer));
    state.counters["updates_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK_CAPTURE(trainingUpdates, C, 'C', false)->Arg(1)->Arg(10)->Arg(32)->Arg(100);
BENCHMARK_CAPTURE(trainingUpdates, R, 'R', false)->Arg(1)->Arg(10)->Arg(32)->Arg(100);
BENCHMARK_CAPTURE(trainingUpdates, C_history, 'C', true)->Arg(1)->Arg(10);
BENCHMARK_CAPTURE(trainingUpdates, R_history, 'R', true)->Arg(1)->Arg(10);

BENCHMARK_MAIN();
