#include "small_product.hpp"

#include <cmath>

namespace core
{

namespace
{

namespace ei = Eigen::internal;
using Packet = ei::packet_traits<double>::type;
constexpr Eigen::Index lanes = static_cast<Eigen::Index>(sizeof(Packet) / sizeof(double));

// One tile: P packets of rows (P * lanes rows from i) by NC columns (from j) of C.
template <int P, int NC>
void tile(double* c, Eigen::Index m, Eigen::Index k, const double* a, Eigen::Index lda,
          const double* b, Eigen::Index bRow, Eigen::Index bCol, Eigen::Index i, Eigen::Index j)
{
    Packet acc[P][NC];
    for (int p = 0; p < P; ++p)
        for (int q = 0; q < NC; ++q)
            acc[p][q] = ei::pzero(Packet{});
    const double* bj = b + j * bCol;
    for (Eigen::Index kk = 0; kk < k; ++kk) {
        Packet av[P];
        for (int p = 0; p < P; ++p)
            av[p] = ei::ploadu<Packet>(a + kk * lda + i + p * lanes);
        const double* bk = bj + kk * bRow;
        for (int q = 0; q < NC; ++q) {
            const Packet bv = ei::pset1<Packet>(bk[q * bCol]);
            for (int p = 0; p < P; ++p)
                acc[p][q] = ei::pmadd(av[p], bv, acc[p][q]);
        }
    }
    for (int q = 0; q < NC; ++q)
        for (int p = 0; p < P; ++p)
            ei::pstoreu(c + (j + q) * m + i + p * lanes, acc[p][q]);
}

double madd(double a, double b, double c)
{
#ifdef __FMA__
    return std::fma(a, b, c); // one rounding, as the packets' pmadd
#else
    return a * b + c;
#endif
}

// R (< lanes) rows by NC columns, in scalars (a product of fewer rows than a packet): R * NC
// independent sums, so that the latency of one sum's chain of multiply-adds is hidden by the
// others.
template <int R, int NC>
void scalarTile(double* c, Eigen::Index m, Eigen::Index k, const double* a, Eigen::Index lda,
                const double* b, Eigen::Index bRow, Eigen::Index bCol, Eigen::Index i,
                Eigen::Index j)
{
    double acc[R][NC] = {};
    const double* bj = b + j * bCol;
    for (Eigen::Index kk = 0; kk < k; ++kk) {
        const double* ak = a + kk * lda + i;
        const double* bk = bj + kk * bRow;
        for (int q = 0; q < NC; ++q)
            for (int r = 0; r < R; ++r)
                acc[r][q] = madd(ak[r], bk[q * bCol], acc[r][q]);
    }
    for (int q = 0; q < NC; ++q)
        for (int r = 0; r < R; ++r)
            c[(j + q) * m + i + r] = acc[r][q];
}

template <int NC, int R = static_cast<int>(lanes) - 1>
void scalarRows(Eigen::Index rows, double* c, Eigen::Index m, Eigen::Index k, const double* a,
                Eigen::Index lda, const double* b, Eigen::Index bRow, Eigen::Index bCol,
                Eigen::Index i, Eigen::Index j)
{
    if constexpr (R >= 1) {
        if (rows == R)
            scalarTile<R, NC>(c, m, k, a, lda, b, bRow, bCol, i, j);
        else
            scalarRows<NC, R - 1>(rows, c, m, k, a, lda, b, bRow, bCol, i, j);
    }
}

template <int NC>
void columns(double* c, Eigen::Index m, Eigen::Index k, const double* a, Eigen::Index lda,
             const double* b, Eigen::Index bRow, Eigen::Index bCol, Eigen::Index j)
{
    if (m < lanes) {
        scalarRows<NC>(m, c, m, k, a, lda, b, bRow, bCol, 0, j);
        return;
    }
    Eigen::Index i = 0;
    for (; i + 2 * lanes <= m; i += 2 * lanes)
        tile<2, NC>(c, m, k, a, lda, b, bRow, bCol, i, j);
    for (; i + lanes <= m; i += lanes)
        tile<1, NC>(c, m, k, a, lda, b, bRow, bCol, i, j);
    // The last rows: one packet ending at row m, over rows already done. Those get the same
    // terms in the same order, so they are written again with the same values.
    if (i < m)
        tile<1, NC>(c, m, k, a, lda, b, bRow, bCol, m - lanes, j);
}

} // namespace

void smallProduct(double* c, Eigen::Index m, Eigen::Index n, Eigen::Index k, const double* a,
                  Eigen::Index lda, const double* b, Eigen::Index bRowStride,
                  Eigen::Index bColStride)
{
    Eigen::Index j = 0;
    for (; j + 4 <= n; j += 4)
        columns<4>(c, m, k, a, lda, b, bRowStride, bColStride, j);
    for (; j < n; ++j)
        columns<1>(c, m, k, a, lda, b, bRowStride, bColStride, j);
}

} // namespace core
