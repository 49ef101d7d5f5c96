// What one refresh of the gradient-noise meter costs (Experiments > Gradient noise measures the
// live run's weights a few times a second at most, on its own thread): core::measureNoise for
// the default run (overfitPreset: 30 training rows, 2-64-64-1 tanh, 4,417 parameters; batch
// sizes 1, 2, 4, 8, 16, 30) and for the same network on N = 2,000 rows (batch sizes 1, 2, 4, ...,
// 1024, 2000), at the initial weights and after 20 epochs of training; the per-sample gradients
// alone for comparison.
// Run: build/release/bench/bench_noise_meter   (docs/PERFORMANCE.md "Gradient-noise meter")
#include "gradient_stats.hpp"
#include "noise_meter.hpp"
#include "run_settings.hpp"
#include "trainer.hpp"

#include <benchmark/benchmark.h>

namespace
{

std::vector<int> powersUpTo(int n)
{
    std::vector<int> sizes;
    for (int b = 1; b < n; b *= 2)
        sizes.push_back(b);
    sizes.push_back(n);
    return sizes;
}

struct Setup {
    core::DataSplit data;
    core::Network net;
};

Setup setup(int n, int epochs)
{
    core::RunSettings s = core::overfitPreset();
    s.data.nTrain = n;
    Setup out{s.makeData(), s.makeInitialNetwork()};
    if (epochs > 0) {
        core::TrainConfig tc = s.train;
        tc.epochs = epochs;
        tc.evaluateEachEpoch = false;
        core::Trainer t(out.net, out.data.train, core::Dataset{}, tc);
        t.run(nullptr);
        out.net = t.network();
    }
    return out;
}

void noiseRefresh(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    const Setup s = setup(n, static_cast<int>(state.range(1)));
    core::NoiseMeterConfig config;
    config.batchSizes = powersUpTo(n);
    int sampled = 0;
    for (auto _ : state) {
        const core::NoiseReport r = core::measureNoise(s.net, s.data.train, config);
        sampled = 0;
        for (const core::NoiseRow& row : r.rows)
            sampled += row.method == core::NoiseMethod::Sampled;
        benchmark::DoNotOptimize(r.sigma2);
    }
    state.counters["batch_sizes"] = static_cast<double>(config.batchSizes.size());
    state.counters["sampled"] = sampled;
}

void perSampleGradients(benchmark::State& state)
{
    const Setup s = setup(static_cast<int>(state.range(0)), 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(core::perSampleGradients(s.net, s.data.train).data());
}

} // namespace

BENCHMARK(noiseRefresh)
    ->ArgNames({"N", "epochs"})
    ->Args({30, 0})
    ->Args({30, 20})
    ->Args({2000, 0})
    ->Args({2000, 20})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(perSampleGradients)->ArgName("N")->Arg(30)->Arg(2000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
