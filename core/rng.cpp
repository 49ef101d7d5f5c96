#include "rng.hpp"

#include <cmath>
#include <numbers>

namespace core
{

double quantize20(double v)
{
    return std::floor(v * 0x1p20 + 0.5) * 0x1p-20;
}

double Rng::gauss()
{
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

std::uint64_t Rng::below(std::uint64_t n)
{
    if (n <= 1)
        return 0;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r = next();
    while (r >= limit)
        r = next();
    return r % n;
}

} // namespace core
