// core::smallProduct against Eigen's own product: every shape the training loop hands it (fewer
// rows than a packet, whole packets, packets plus a tail, one column, transposed right operands,
// a left operand with a longer column stride), equal to rounding; and the same shapes give the
// same bits twice (the replay of a run depends on it).
#include "small_product.hpp"

#include <QtTest>

#include <Eigen/Core>

class TestSmallProduct : public QObject
{
    Q_OBJECT
private slots:
    void matchesEigen_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("padding"); // extra rows of the left operand's column stride
        QTest::addColumn<bool>("transposed");
        for (int m : {1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 16, 30, 100})
            for (int n : {1, 3, 4, 5, 32, 33})
                for (bool t : {false, true}) {
                    QTest::addRow("%dx%d k=10%s", m, n, t ? " transposed" : "")
                        << m << n << 10 << 0 << t;
                }
        QTest::addRow("k=1") << 10 << 32 << 1 << 0 << false;
        QTest::addRow("k=2 (the first layer)") << 30 << 64 << 2 << 0 << false;
        QTest::addRow("k=64, stride 70") << 10 << 64 << 64 << 6 << true;
        QTest::addRow("k=0") << 9 << 5 << 0 << 0 << false;
    }
    void matchesEigen()
    {
        QFETCH(int, m);
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(int, padding);
        QFETCH(bool, transposed);
        const Eigen::MatrixXd aFull = Eigen::MatrixXd::Random(m + padding, k);
        const Eigen::MatrixXd a = aFull.topRows(m);
        const Eigen::MatrixXd b = Eigen::MatrixXd::Random(k, n);
        const Eigen::MatrixXd bt = b.transpose();
        // C starts as NaN everywhere: every coefficient must be written.
        Eigen::MatrixXd c = Eigen::MatrixXd::Constant(m, n, std::nan(""));
        if (transposed) // B(kk, j) = bt(j, kk)
            core::smallProduct(c.data(), m, n, k, aFull.data(), m + padding, bt.data(), n, 1);
        else
            core::smallProduct(c.data(), m, n, k, aFull.data(), m + padding, b.data(), 1, k);
        const Eigen::MatrixXd expected = a * b;
        QVERIFY(c.allFinite());
        const double err = (c - expected).cwiseAbs().maxCoeff();
        QVERIFY2(err <= 1e-14 * std::max(1, k), qPrintable(QString::number(err)));
        Eigen::MatrixXd again = Eigen::MatrixXd::Zero(m, n);
        if (transposed)
            core::smallProduct(again.data(), m, n, k, aFull.data(), m + padding, bt.data(), n, 1);
        else
            core::smallProduct(again.data(), m, n, k, aFull.data(), m + padding, b.data(), 1, k);
        QVERIFY(again == c);
    }

    // A coefficient is the same sum in the same order whichever tile computes it: the rows of
    // a 10-row product equal those of the same rows computed as a product of their own.
    void rowsDoNotDependOnTheirTile()
    {
        const Eigen::MatrixXd a = Eigen::MatrixXd::Random(10, 32);
        const Eigen::MatrixXd b = Eigen::MatrixXd::Random(32, 8);
        Eigen::MatrixXd whole(10, 8);
        core::smallProduct(whole.data(), 10, 8, 32, a.data(), 10, b.data(), 1, 32);
        for (int first : {0, 2, 6}) {
            const Eigen::MatrixXd part = a.middleRows(first, 4);
            Eigen::MatrixXd c(4, 8);
            core::smallProduct(c.data(), 4, 8, 32, part.data(), 4, b.data(), 1, 32);
            QVERIFY2(c == whole.middleRows(first, 4), qPrintable(QString::number(first)));
        }
    }
};

QTEST_APPLESS_MAIN(TestSmallProduct)
#include "tst_small_product.moc"
