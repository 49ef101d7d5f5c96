// Vectorised, accurate elementwise functions for the training loop. Eigen vectorises exp and log
// for double but not tanh or log1p, and calling libm once per element costs 15-500 ns here
// (the larger figure when libm's AVX code path meets SSE code), which would dominate a step.
#pragma once

#include <Eigen/Core>

namespace core {

// tanh(x) to a few ulp, after Cephes's tanh.c: for |x| < 0.625 the rational approximation
// x + x^3 P(x^2)/Q(x^2); above, 1 - 2 / (exp(2|x|) + 1) with the sign of x.
template <typename Derived>
void tanhInPlace(Eigen::ArrayBase<Derived>& x)
{
    constexpr double p0 = -9.64399179425052238628E-1, p1 = -9.92877231001918586564E1,
                     p2 = -1.61468768441708447952E3;
    constexpr double q0 = 1.12811678491632931402E2, q1 = 2.23548839060100448583E3,
                     q2 = 4.84406305325125486048E3;
    const auto a = x.abs();
    const auto z = x.square();
    const auto small = x + x * z * (((p0 * z + p1) * z + p2) / (((z + q0) * z + q1) * z + q2));
    const auto big = 1.0 - 2.0 / ((2.0 * a).exp() + 1.0);
    x = (a < 0.625).select(small, (x < 0.0).select(-big, big));
}

// log(1 + exp(-|z|)) for the stable binary cross-entropy, with log1p evaluated as
// u = 1 + e; log(u) * e / (u - 1) (exact where u == 1), which is accurate to a few ulp.
template <typename Derived>
auto softplusOfMinusAbs(const Eigen::ArrayBase<Derived>& zv)
{
    const auto e = (-zv.abs()).exp();
    const auto u = 1.0 + e;
    return (u == 1.0).select(e, u.log() * e / (u - 1.0));
}

} // namespace core
