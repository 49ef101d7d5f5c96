// Matrix products of the training loop's small shapes (a batch of 2-100 rows times layers of a
// few to a few hundred units). Eigen's general product packs both operands into blocks before
// multiplying, which costs more than the arithmetic at these sizes (about half of a step at
// B = 10), and its coefficient-based (lazy) product is slower still. This kernel multiplies
// without packing: the destination is cut into tiles of two packets of rows by four columns
// held in registers, and each tile runs once over the inner dimension. Every coefficient is the
// sum over k in order from 0 (one fused multiply-add per term), whatever the tile, so the result
// depends on the shapes only: a run replays bit for bit. See docs/PERFORMANCE.md.
#pragma once

#include <Eigen/Core>

namespace core
{

// C = A B with C m x n column-major (leading dimension m), A m x k column-major with column
// stride lda (>= m), and B(kk, j) = b[kk * bRowStride + j * bColStride] (so B may be a
// transposed view). C must not overlap A or B. Allocates nothing.
void smallProduct(double* c, Eigen::Index m, Eigen::Index n, Eigen::Index k, const double* a,
                  Eigen::Index lda, const double* b, Eigen::Index bRowStride,
                  Eigen::Index bColStride);

} // namespace core
