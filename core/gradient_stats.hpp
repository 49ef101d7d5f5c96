// Gradient statistics at fixed weights, for the "noise meter": how far a minibatch gradient of
// size B strays from the full-batch gradient. With per-sample gradients g_i (i = 1..N), their
// mean g and sigma^2 = (1/N) sum_i |g_i - g|^2, a batch drawn without replacement has
//   E |g_B - g|^2 = (N - B) / (B (N - 1)) * sigma^2.
#pragma once

#include "dataset.hpp"
#include "network.hpp"

#include <Eigen/Core>

#include <cstdint>

namespace core
{

// N x P: row i is the gradient of sample i's loss.
Eigen::MatrixXd perSampleGradients(const Network& net, const Dataset& data);

struct GradientStats {
    Eigen::VectorXd fullGradient; // mean of the per-sample gradients (= full-batch gradient)
    double sigma2 = 0.0;          // (1/N) sum |g_i - g|^2
    int rows = 0;
};

GradientStats gradientStats(const Eigen::MatrixXd& perSample);

// The simple gradient noise scale B_simple = tr(Sigma) / |G|^2 (McCandlish et al. 2018) of the
// first min(N, maxRows) rows: G the mean of their per-sample gradients, tr(Sigma) =
// (1/n) sum |g_i - G|^2 (= GradientStats::sigma2). Two passes, one per-sample gradient at a
// time (nothing of size n x P is kept). NaN when G = 0 or there are no rows.
double noiseScale(const Network& net, const Dataset& data, int maxRows);

// (N - B) / (B (N - 1)) * sigma2; 0 when B >= N.
double minibatchVarianceFormula(double sigma2, int n, int b);

// E |g_B - g|^2 over every subset of size B (exact enumeration; N <= 20).
double minibatchVarianceEnumerated(const Eigen::MatrixXd& perSample, int b);

// The same, measured over `batches` random batches without replacement (seeded).
double minibatchVarianceSampled(const Eigen::MatrixXd& perSample, int b, int batches,
                                std::uint64_t seed);

} // namespace core
