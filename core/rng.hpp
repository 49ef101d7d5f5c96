// Random number streams. Two kinds:
//  - TaskLcg: the linear congruential generator of ../shared/peers/task.md §2, bit for bit;
//  - Rng: a splitmix64 stream for everything else (synthetic data, Glorot init, shuffling).
// Both are defined by integer arithmetic only, so a seed gives the same numbers everywhere.
#pragma once

#include <cstdint>

namespace core
{

class TaskLcg
{
public:
    explicit TaskLcg(std::uint32_t seed) : state_(seed) {}
    std::uint32_t next()
    {
        state_ = static_cast<std::uint32_t>((1103515245ULL * state_ + 12345ULL) % (1ULL << 31));
        return state_;
    }
    // Top 20 of the 31 state bits: a multiple of 2^-20 in [0, 1 - 2^-20].
    double uniform() { return static_cast<double>(next() >> 11) * 0x1p-20; }
    // Irwin-Hall: 12 uniforms minus 6, summed left to right.
    double gauss()
    {
        double s = 0.0;
        for (int k = 0; k < 12; ++k)
            s += uniform();
        return s - 6.0;
    }

private:
    std::uint32_t state_;
};

// Round to the nearest multiple of 2^-20, ties towards +infinity (task.md §2, q(v)).
double quantize20(double v);

class Rng
{
public:
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0)
        : state_(seed * 0x9E3779B97F4A7C15ULL + stream * 0xD1B54A32D192ED03ULL +
                 0x2545F4914F6CDD1DULL)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Standard normal (Box-Muller, one value per call).
    double gauss();
    // Uniform integer in [0, n) without modulo bias.
    std::uint64_t below(std::uint64_t n);

private:
    std::uint64_t state_;
};

} // namespace core
