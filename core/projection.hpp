// A fixed two-dimensional view of data wider than two inputs: the first principal components of
// a set of rows (the directions along which the rows spread most). The axes are computed once
// per data set and their signs are fixed (the largest entry of each axis is positive), so the
// picture does not jump while a model trains on the same rows.
#pragma once

#include <Eigen/Core>

namespace core
{

struct Projection {
    Eigen::RowVectorXd mean; // subtracted from every row first
    Eigen::MatrixXd axes;    // inputs x components, orthonormal columns
    Eigen::VectorXd spread;  // the variance along each axis (largest first)

    int components() const { return static_cast<int>(axes.cols()); }
    // Rows of x (same width as the rows the projection was made from) on the axes.
    Eigen::MatrixXd apply(const Eigen::MatrixXd& x) const;
};

// The first min(components, x.cols()) principal components of the rows of x (at least one row).
// Throws std::invalid_argument for no rows or no columns.
Projection principalComponents(const Eigen::MatrixXd& x, int components = 2);

} // namespace core
