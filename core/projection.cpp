#include "projection.hpp"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <stdexcept>

namespace core
{

Eigen::MatrixXd Projection::apply(const Eigen::MatrixXd& x) const
{
    if (x.cols() != axes.rows())
        throw std::invalid_argument("the rows do not have the projection's width");
    return (x.rowwise() - mean) * axes;
}

Projection principalComponents(const Eigen::MatrixXd& x, int components)
{
    if (x.rows() < 1 || x.cols() < 1)
        throw std::invalid_argument("a projection needs at least one row and one column");
    Projection p;
    p.mean = x.colwise().mean();
    const Eigen::MatrixXd centred = x.rowwise() - p.mean;
    const Eigen::MatrixXd covariance =
        (centred.transpose() * centred) / static_cast<double>(std::max<Eigen::Index>(1, x.rows()));
    // Eigenvalues in increasing order: the last columns are the largest components.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    const int n = static_cast<int>(x.cols());
    const int k = std::clamp(components, 1, n);
    p.axes.resize(n, k);
    p.spread.resize(k);
    for (int c = 0; c < k; ++c) {
        Eigen::VectorXd axis = solver.eigenvectors().col(n - 1 - c);
        Eigen::Index largest = 0;
        axis.cwiseAbs().maxCoeff(&largest);
        if (axis(largest) < 0)
            axis = -axis;
        p.axes.col(c) = axis;
        p.spread(c) = std::max(0.0, solver.eigenvalues()(n - 1 - c));
    }
    return p;
}

} // namespace core
