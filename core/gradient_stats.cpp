#include "gradient_stats.hpp"

#include "rng.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace core
{

Eigen::MatrixXd perSampleGradients(const Network& net, const Dataset& data)
{
    Workspace ws(net, 1);
    Eigen::VectorXd grad = Eigen::VectorXd::Zero(net.parameterCount());
    Eigen::MatrixXd out(data.rows(), net.parameterCount());
    for (int i = 0; i < data.rows(); ++i) {
        ws.lossAndGradient(net, data.x, data.y, &i, 1, &grad);
        out.row(i) = grad.transpose();
    }
    return out;
}

GradientStats gradientStats(const Eigen::MatrixXd& perSample)
{
    GradientStats s;
    s.rows = static_cast<int>(perSample.rows());
    if (s.rows == 0)
        throw std::invalid_argument("no samples");
    s.fullGradient = perSample.colwise().mean().transpose();
    s.sigma2 = (perSample.rowwise() - s.fullGradient.transpose()).rowwise().squaredNorm().mean();
    return s;
}

double noiseScale(const Network& net, const Dataset& data, int maxRows)
{
    const int n = std::min(data.rows(), maxRows);
    if (n <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    Workspace ws(net, 1);
    Eigen::VectorXd grad = Eigen::VectorXd::Zero(net.parameterCount());
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(net.parameterCount());
    for (int i = 0; i < n; ++i) {
        ws.lossAndGradient(net, data.x, data.y, &i, 1, &grad);
        mean += grad;
    }
    mean /= n;
    double spread = 0.0;
    for (int i = 0; i < n; ++i) {
        ws.lossAndGradient(net, data.x, data.y, &i, 1, &grad);
        spread += (grad - mean).squaredNorm();
    }
    const double g2 = mean.squaredNorm();
    if (!(g2 > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    return spread / n / g2;
}

double minibatchVarianceFormula(double sigma2, int n, int b)
{
    if (b >= n)
        return 0.0;
    return static_cast<double>(n - b) / (static_cast<double>(b) * (n - 1)) * sigma2;
}

double minibatchVarianceEnumerated(const Eigen::MatrixXd& perSample, int b)
{
    const int n = static_cast<int>(perSample.rows());
    if (n > 20 || b < 1 || b > n)
        throw std::invalid_argument("enumeration needs 1 <= B <= N <= 20");
    const Eigen::RowVectorXd g = perSample.colwise().mean();
    double sum = 0.0;
    long long subsets = 0;
    Eigen::RowVectorXd batch(perSample.cols());
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        if (std::popcount(mask) != b)
            continue;
        batch.setZero();
        for (int i = 0; i < n; ++i)
            if (mask & (1u << i))
                batch += perSample.row(i);
        sum += (batch / b - g).squaredNorm();
        ++subsets;
    }
    return sum / static_cast<double>(subsets);
}

double minibatchVarianceSampled(const Eigen::MatrixXd& perSample, int b, int batches,
                                std::uint64_t seed)
{
    const int n = static_cast<int>(perSample.rows());
    if (b < 1 || b > n || batches < 1)
        throw std::invalid_argument("sampling needs 1 <= B <= N and at least one batch");
    const Eigen::RowVectorXd g = perSample.colwise().mean();
    Rng rng(seed, 3);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    Eigen::RowVectorXd batch(perSample.cols());
    double sum = 0.0;
    for (int k = 0; k < batches; ++k) {
        // Partial Fisher-Yates: the first b entries are a uniform batch without replacement.
        for (int i = 0; i < b; ++i)
            std::swap(order[i], order[i + rng.below(n - i)]);
        batch.setZero();
        for (int i = 0; i < b; ++i)
            batch += perSample.row(order[i]);
        sum += (batch / b - g).squaredNorm();
    }
    return sum / batches;
}

} // namespace core
