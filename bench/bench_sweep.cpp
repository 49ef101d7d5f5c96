// Wall time of the default sweep: the window's default run (two moons, N = 30,
// 2-64-64-1 tanh, Adam 0.01, 300 epochs) at B = 1, 2, 4, 8, 16, 30 with seeds 1..5 (30 runs),
// trained by core::SweepRunner with 1 job and with 2 jobs, alternately in one process so that
// both see the same machine load. Prints every repetition, the median of each and the speed-up.
// Run: build/release/bench/bench_sweep [repetitions, default 3] [epochs, default 300]
// The whole command as a user types it (start-up, meters, CSVs and plots too):
// bench/sweep_command.sh.
#include "sweep.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <vector>

namespace
{

// Wall seconds of the sweep; *cpu: the processor seconds of all its threads (what the sweep
// costs whatever the machine's load: on two idle cores, 2 jobs need about half of it).
double sweepSeconds(const std::vector<core::SweepRun>& plan, int jobs, double* cpu)
{
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    core::SweepRunner runner(plan, jobs);
    runner.run({});
    const auto t1 = std::chrono::steady_clock::now();
    *cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    if (runner.runsDone() != int(plan.size()))
        std::fprintf(stderr, "bench_sweep: only %d of %zu runs ended\n", runner.runsDone(),
                     plan.size());
    return std::chrono::duration<double>(t1 - t0).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

int main(int argc, char** argv)
{
    const int reps = argc > 1 ? std::clamp(std::atoi(argv[1]), 1, 100) : 3;
    const int epochs = argc > 2 ? std::clamp(std::atoi(argv[2]), 1, 100000) : 300;
    core::SweepSpec sweep;
    sweep.base = core::specOf(core::overfitPreset());
    sweep.base.settings.train.epochs = epochs;
    sweep.seeds = 5;
    const std::vector<core::SweepRun> plan = core::planSweep(sweep);
    std::printf("default sweep: %zu runs (B = 1, 2, 4, 8, 16, 30 x 5 seeds x %d epochs), "
                "%u hardware threads\n",
                plan.size(), epochs, std::thread::hardware_concurrency());
    double cpu1 = 0.0, cpu2 = 0.0;
    sweepSeconds(plan, 2, &cpu2); // warm-up (page faults, frequency)
    std::vector<double> one, two;
    for (int r = 0; r < reps; ++r) {
        one.push_back(sweepSeconds(plan, 1, &cpu1));
        two.push_back(sweepSeconds(plan, 2, &cpu2));
        std::printf("repetition %d: 1 job %.3f s (cpu %.3f s), 2 jobs %.3f s (cpu %.3f s), "
                    "speed-up %.2f\n",
                    r + 1, one.back(), cpu1, two.back(), cpu2, one.back() / two.back());
        std::fflush(stdout);
    }
    const double m1 = median(one), m2 = median(two);
    std::printf("median: 1 job %.3f s, 2 jobs %.3f s, speed-up %.2f (target: 2 jobs < 2 s, "
                "speed-up >= 1.7)\n",
                m1, m2, m1 / m2);
    return 0;
}
