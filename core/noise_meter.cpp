#include "noise_meter.hpp"

#include "gradient_stats.hpp"
#include "limits.hpp"
#include "rng.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace core
{

namespace
{

// C(n, k), or cap + 1 when it is larger than cap.
std::int64_t binomialUpTo(int n, int k, std::int64_t cap)
{
    k = std::min(k, n - k);
    if (k < 0)
        return 0;
    // C(n, i) = C(n, i - 1) * (n - i + 1) / i stays an integer at every step.
    long double c = 1.0L;
    for (int i = 1; i <= k; ++i) {
        c = c * static_cast<long double>(n - i + 1) / static_cast<long double>(i);
        if (c > static_cast<long double>(cap))
            return cap + 1;
    }
    return static_cast<std::int64_t>(std::llround(static_cast<double>(c)));
}

void checkConfig(const NoiseMeterConfig& config)
{
    if (config.batchSizes.empty())
        throw std::invalid_argument("the noise meter needs at least one batch size");
    if (static_cast<std::int64_t>(config.batchSizes.size()) > limits::maxNoiseBatchSizes)
        throw LimitError("the noise meter was given " + std::to_string(config.batchSizes.size()) +
                         " batch sizes, over the noise meter's list limit of " +
                         std::to_string(limits::maxNoiseBatchSizes));
    for (int b : config.batchSizes)
        if (b < 1)
            throw std::invalid_argument("a batch size must be at least 1 (got " +
                                        std::to_string(b) + ")");
    if (config.batches < 1 || config.batches > limits::maxNoiseSampledBatches)
        throw std::invalid_argument(
            "the noise meter samples 1 to " + std::to_string(limits::maxNoiseSampledBatches) +
            " batches per batch size (got " + std::to_string(config.batches) + ")");
}

// |sum of the deviations of m rows|^2, the rows given by index: from the deviations as
// columns (P x N, each sample contiguous), or from their Gram matrix K = D D^T (N x N) when it
// is cheap to make (then m^2 additions per batch instead of m P).
class BatchSums
{
public:
    explicit BatchSums(Eigen::MatrixXd devT) : devT_(std::move(devT)), sum_(devT_.rows())
    {
        const std::int64_t n = devT_.cols();
        const std::int64_t p = devT_.rows();
        if (n <= limits::maxNoiseGramWork / std::max<std::int64_t>(1, n * p)) {
            gram_ = devT_.transpose() * devT_;
            useGram_ = true;
        }
    }
    int rows() const { return static_cast<int>(devT_.cols()); }
    // Numbers added up for one batch of m rows.
    std::int64_t work(int m) const
    {
        const std::int64_t mm = std::max(m, 1);
        return useGram_ ? mm * mm : mm * devT_.rows();
    }
    double squaredNorm(const int* idx, int m)
    {
        if (useGram_) {
            double total = 0.0;
            for (int i = 0; i < m; ++i) {
                const double* col = gram_.col(idx[i]).data();
                for (int j = 0; j < m; ++j)
                    total += col[idx[j]];
            }
            return total;
        }
        sum_.setZero();
        for (int i = 0; i < m; ++i)
            sum_ += devT_.col(idx[i]);
        return sum_.squaredNorm();
    }

private:
    Eigen::MatrixXd devT_;
    Eigen::MatrixXd gram_;
    Eigen::VectorXd sum_;
    bool useGram_ = false;
};

NoiseRow measureOne(BatchSums& sums, int b, double sigma2, const NoiseMeterConfig& c)
{
    const int n = sums.rows();
    NoiseRow row;
    row.batchSize = b;
    const int eff = std::min(b, n);
    row.theoryVariance = minibatchVarianceFormula(sigma2, n, eff);
    // A batch and its complement have opposite deviation sums: add up the smaller side.
    const int m = std::min(eff, n - eff);
    const double scale = 1.0 / (static_cast<double>(eff) * eff);
    const std::int64_t perBatch = sums.work(m);
    const std::int64_t count = binomialUpTo(n, m, limits::maxNoiseEnumeratedBatches);
    if (count <= limits::maxNoiseEnumeratedBatches &&
        count <= limits::maxNoiseWorkValues / perBatch) {
        row.method = NoiseMethod::Enumerated;
        row.batches = count;
        if (m == 0) {
            row.measuredVariance = 0.0; // the one batch is all rows: no deviation at all
            return row;
        }
        std::vector<int> idx(static_cast<std::size_t>(m));
        std::iota(idx.begin(), idx.end(), 0);
        double total = 0.0;
        while (true) {
            total += sums.squaredNorm(idx.data(), m) * scale;
            int i = m - 1;
            while (i >= 0 && idx[static_cast<std::size_t>(i)] == n - m + i)
                --i;
            if (i < 0)
                break;
            ++idx[static_cast<std::size_t>(i)];
            for (int j = i + 1; j < m; ++j)
                idx[static_cast<std::size_t>(j)] = idx[static_cast<std::size_t>(j - 1)] + 1;
        }
        row.measuredVariance = total / static_cast<double>(count);
        return row;
    }
    row.method = NoiseMethod::Sampled;
    const std::int64_t affordable = limits::maxNoiseWorkValues / perBatch;
    const int k =
        static_cast<int>(std::max<std::int64_t>(2, std::min<std::int64_t>(c.batches, affordable)));
    row.batches = k;
    // Each batch size has its own stream, so a list's rows do not depend on its order.
    Rng rng(c.seed, 0x6e6f697365ULL + static_cast<std::uint64_t>(b));
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    double mean = 0.0;
    double m2 = 0.0; // Welford
    for (int t = 0; t < k; ++t) {
        // Partial Fisher-Yates: the first m entries are a uniform subset of m rows.
        for (int i = 0; i < m; ++i)
            std::swap(order[static_cast<std::size_t>(i)],
                      order[static_cast<std::size_t>(
                          i + static_cast<int>(rng.below(static_cast<std::uint64_t>(n - i))))]);
        const double x = sums.squaredNorm(order.data(), m) * scale;
        const double delta = x - mean;
        mean += delta / (t + 1);
        m2 += delta * (x - mean);
    }
    row.measuredVariance = mean;
    row.standardError = std::sqrt(m2 / (k - 1) / k);
    return row;
}

} // namespace

std::string_view noiseMethodKey(NoiseMethod m)
{
    return m == NoiseMethod::Enumerated ? "enumerated" : "sampled";
}

NoiseReport measureNoise(const Network& net, const Dataset& data, const NoiseMeterConfig& config)
{
    checkConfig(config);
    if (data.rows() < 1)
        throw std::invalid_argument("the noise meter needs at least one training row");
    if (data.inputs() != net.spec().inputs || data.y.size() != data.rows())
        throw std::invalid_argument("the data do not fit the network (" +
                                    std::to_string(data.inputs()) + " inputs for a network of " +
                                    std::to_string(net.spec().inputs) + ")");
    const std::int64_t values =
        static_cast<std::int64_t>(data.rows()) * static_cast<std::int64_t>(net.parameterCount());
    if (values > limits::maxNoiseGradientValues)
        throw LimitError(std::to_string(data.rows()) + " per-sample gradients of " +
                         std::to_string(net.parameterCount()) +
                         " parameters are over the noise meter's gradient limit of " +
                         std::to_string(limits::maxNoiseGradientValues) + " numbers");
    return measureNoise(perSampleGradients(net, data), config);
}

NoiseReport measureNoise(const Eigen::MatrixXd& perSample, const NoiseMeterConfig& config)
{
    checkConfig(config);
    if (perSample.rows() < 1 || perSample.cols() < 1)
        throw std::invalid_argument("the noise meter needs at least one sample and one parameter");
    if (perSample.size() > limits::maxNoiseGradientValues)
        throw LimitError(std::to_string(perSample.rows()) + " per-sample gradients of " +
                         std::to_string(perSample.cols()) +
                         " parameters are over the noise meter's gradient limit of " +
                         std::to_string(limits::maxNoiseGradientValues) + " numbers");
    if (!perSample.allFinite())
        throw std::invalid_argument("the gradients are not finite numbers (has the run diverged?)");
    const GradientStats stats = gradientStats(perSample);
    NoiseReport report;
    report.samples = stats.rows;
    report.parameters = perSample.cols();
    report.sigma2 = stats.sigma2;
    Eigen::MatrixXd devT = perSample.transpose();
    devT.colwise() -= stats.fullGradient;
    BatchSums sums(std::move(devT));
    report.rows.reserve(config.batchSizes.size());
    for (int b : config.batchSizes)
        report.rows.push_back(measureOne(sums, b, stats.sigma2, config));
    return report;
}

} // namespace core
