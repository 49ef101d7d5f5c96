// Vectorised, accurate elementwise functions for the training loop. Eigen 3.4 vectorises exp
// for double but not tanh, log1p or select; a libm call per element costs 15-500 ns here (the
// larger figure when libm's AVX code meets SSE code), which would dominate a training step.
// These run Eigen's packet functions (internal::pexp etc.) over a buffer, with a padded tail.
#pragma once

#include <Eigen/Core>

namespace core
{

// In place: x = tanh(x), to a few ulp (Cephes's tanh.c): for |x| < 0.625 the rational
// approximation x + x^3 P(x^2)/Q(x^2); above it, sign(x) (1 - 2 / (exp(2|x|) + 1)).
void tanhInPlace(double* x, Eigen::Index n);

// In place: x = 1 / (1 + exp(-x)).
void sigmoidInPlace(double* x, Eigen::Index n);

// Sum over i of the stable binary cross-entropy on the logit z_i with target y_i:
// max(z, 0) - z y + log1p(exp(-|z|)); with `delta`, also delta_i = scale * (sigmoid(z_i) - y_i).
// With `correct`, adds the number of rows where (z > 0) == (y > 0.5).
double binaryCrossEntropySum(const double* z, const double* y, Eigen::Index n, double* delta,
                             double scale, int* correct);

} // namespace core
