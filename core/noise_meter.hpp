// The gradient-noise meter: why small batches are noisy, measured. For the current weights of a
// network and its training rows, for each batch size B on a list, the mean squared distance of
// a minibatch gradient (B rows drawn without replacement, as one epoch's batches are) from the
// full-batch gradient,
//   measured: E |g_B - g|^2 over every batch of B rows when there are few of them
//             ("enumerated": at most limits::maxNoiseEnumeratedBatches batches and
//             limits::maxNoiseWorkValues numbers added), otherwise over random batches
//             ("sampled", seeded, as many as asked within the same work limit, at least 2);
//   theory:   (N - B) / (B (N - 1)) * sigma^2, sigma^2 the per-sample gradient variance
//             (core::gradientStats).
// A batch of B rows and its complement of N - B rows have opposite deviations (the deviations
// of all rows sum to zero), so each batch is summed over min(B, N - B) rows: B = N costs
// nothing and gives 0 exactly. B > N is one batch of all rows, as in the trainer. When the
// samples' Gram matrix is cheap (N^2 P <= limits::maxNoiseGramWork), |sum of deviations|^2 is
// added up from it (m^2 numbers per batch of m rows instead of m P).
#pragma once

#include "dataset.hpp"
#include "network.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <string_view>
#include <vector>

namespace core
{

enum class NoiseMethod { Enumerated, Sampled };

// "enumerated" or "sampled".
std::string_view noiseMethodKey(NoiseMethod m);

struct NoiseMeterConfig {
    std::vector<int> batchSizes;
    std::uint64_t seed = 1;
    // Random batches per batch size when sampling (fewer when the work limit says so, never
    // fewer than 2).
    int batches = 2000;
};

struct NoiseRow {
    int batchSize = 0;
    double measuredVariance = 0.0; // E |g_B - g|^2, measured
    double theoryVariance = 0.0;   // (N - B) / (B (N - 1)) sigma^2
    NoiseMethod method = NoiseMethod::Enumerated;
    std::int64_t batches = 0;   // batches the measurement averaged over
    double standardError = 0.0; // of the sampled mean (0 when enumerated)
};

struct NoiseReport {
    int samples = 0;             // N
    std::int64_t parameters = 0; // P
    double sigma2 = 0.0;
    std::vector<NoiseRow> rows; // one per batch size, in the order asked
};

// Throws std::invalid_argument (a reason) for an empty list, a batch size < 1, a batch count
// outside 1..limits::maxNoiseSampledBatches, data without rows or of the wrong width, or
// gradients that are not finite; limits::LimitError for a list or a gradient matrix over its
// limit (checked before any allocation).
NoiseReport measureNoise(const Network& net, const Dataset& data, const NoiseMeterConfig& config);

// The same from per-sample gradients (N x P, row i = gradient of sample i's loss).
NoiseReport measureNoise(const Eigen::MatrixXd& perSample, const NoiseMeterConfig& config);

} // namespace core
