// The PyTorch float64 trajectories of ../shared/peers/reference/torch (copied to
// tests/data/reference): per-update losses, epoch losses and final parameters must match to
// 1e-9 on the curve's scale, for tasks R and C and every batch size given there. Also checks
// that the task data and initial weights are bit for bit those of task.md.
#include "csv_table.hpp"

#include "dataset.hpp"
#include "network.hpp"
#include "task_io.hpp"
#include "trainer.hpp"

#include <QtTest>

#include <cmath>

namespace
{

const QString refDir = QStringLiteral(BATCHLAB_TEST_DATA "/reference");
constexpr double tolerance = 1e-9;

double paramValue(const core::Network& net, const QString& name, int i, int j)
{
    const int layer = name.mid(1).toInt() - 1;
    return name.startsWith(QLatin1Char('W')) ? net.weights(layer)(i, j) : net.bias(layer)(j);
}

} // namespace

class TestReference : public QObject
{
    Q_OBJECT
private slots:
    void taskDataIsExact_data()
    {
        QTest::addColumn<char>("task");
        QTest::newRow("R") << 'R';
        QTest::newRow("C") << 'C';
    }
    void taskDataIsExact()
    {
        QFETCH(char, task);
        const core::DataSplit data = core::taskData(task);
        for (const auto& [part, set] : {std::pair{QStringLiteral("train"), &data.train},
                                        std::pair{QStringLiteral("val"), &data.val}}) {
            const CsvTable t = CsvTable::read(
                refDir + QStringLiteral("/data_%1_%2.csv").arg(QString(QLatin1Char(task)), part));
            QCOMPARE(t.rows.size(), set->rows());
            for (int i = 0; i < set->rows(); ++i) {
                for (int c = 0; c < set->inputs(); ++c)
                    QCOMPARE(set->x(i, c),
                             t.number(i, set->inputs() == 1 ? QStringLiteral("x")
                                                            : QStringLiteral("x%1").arg(c + 1)));
                QCOMPARE(set->y(i), t.number(i, QStringLiteral("y")));
            }
        }
        const core::Network net = core::taskNetwork(task);
        const CsvTable init =
            CsvTable::read(refDir + QStringLiteral("/init_%1.csv").arg(QLatin1Char(task)));
        QCOMPARE(init.rows.size(), net.parameterCount());
        for (int r = 0; r < init.rows.size(); ++r)
            QCOMPARE(
                paramValue(net, init.rows[r][0], init.rows[r][1].toInt(), init.rows[r][2].toInt()),
                init.rows[r][3].toDouble());
    }

    void trajectoryMatchesPyTorch_data()
    {
        QTest::addColumn<char>("task");
        QTest::addColumn<int>("batch");
        for (char task : {'R', 'C'})
            for (int b : {1, 10, 32, 100})
                QTest::addRow("%c B=%d", task, b) << task << b;
    }
    void trajectoryMatchesPyTorch()
    {
        QFETCH(char, task);
        QFETCH(int, batch);
        const QString dir =
            refDir + QStringLiteral("/%1_B%2_E50").arg(QLatin1Char(task)).arg(batch);
        const CsvTable updates = CsvTable::read(dir + QStringLiteral("/updates.csv"));
        const CsvTable epochs = CsvTable::read(dir + QStringLiteral("/epochs.csv"));
        const CsvTable params = CsvTable::read(dir + QStringLiteral("/final_params.csv"));
        QVERIFY(!updates.rows.isEmpty() && !epochs.rows.isEmpty() && !params.rows.isEmpty());

        core::DataSplit data = core::taskData(task);
        core::TrainConfig config;
        config.batchSize = batch;
        config.epochs = 50;
        config.shuffle = false;
        config.optimizer.kind = core::OptimizerKind::Sgd;
        config.optimizer.learningRate = 0.05;
        core::Trainer trainer(core::taskNetwork(task), data.train, data.val, config);
        core::TaskRecorder rec;
        const core::Outcome& outcome = trainer.run(&rec);
        QCOMPARE(outcome.reason, core::StopReason::Completed);

        // Per-update losses, on the scale of the curve (task.md §8).
        QCOMPARE(qsizetype(rec.updates.size()), updates.rows.size());
        QHash<int, double> epochScale;
        QHash<int, int> epochCount;
        for (int r = 0; r < updates.rows.size(); ++r) {
            const int e = updates.rows[r][1].toInt();
            epochScale[e] += std::abs(updates.number(r, QStringLiteral("loss")));
            ++epochCount[e];
        }
        double worst = 0.0;
        for (int r = 0; r < updates.rows.size(); ++r) {
            const auto& ours = rec.updates[r];
            QCOMPARE(ours.update, updates.rows[r][0].toLongLong());
            QCOMPARE(ours.epoch, updates.rows[r][1].toInt());
            QCOMPARE(ours.batch, updates.rows[r][2].toInt());
            QCOMPARE(ours.size, updates.rows[r][3].toInt());
            const double scale = epochScale[ours.epoch] / epochCount[ours.epoch];
            worst = std::max(
                worst, std::abs(ours.loss - updates.number(r, QStringLiteral("loss"))) / scale);
        }
        QVERIFY2(worst <= tolerance,
                 qPrintable(QStringLiteral("per-update max scaled %1").arg(worst)));

        // Per-epoch losses (row 0 = initial weights), relative.
        QCOMPARE(qsizetype(rec.epochs.size()), epochs.rows.size());
        for (int r = 0; r < epochs.rows.size(); ++r) {
            const core::EpochInfo& e = rec.epochs[r];
            QCOMPARE(e.epoch, r);
            auto rel = [](double a, double b) { return std::abs(a - b) / std::abs(b); };
            QVERIFY(rel(e.trainLoss, epochs.number(r, QStringLiteral("train_loss"))) <= tolerance);
            QVERIFY(rel(e.valLoss, epochs.number(r, QStringLiteral("val_loss"))) <= tolerance);
            if (r > 0) {
                QVERIFY(rel(e.kerasLoss, epochs.number(r, QStringLiteral("batch_loss_wmean"))) <=
                        tolerance);
                QVERIFY(rel(e.batchLossMean, epochs.number(r, QStringLiteral("batch_loss_mean"))) <=
                        tolerance);
            }
        }

        // Final parameters, relative to the largest weight.
        QCOMPARE(params.rows.size(), trainer.network().parameterCount());
        double maxAbs = 0.0, maxDiff = 0.0;
        for (int r = 0; r < params.rows.size(); ++r) {
            const double ref = params.rows[r][3].toDouble();
            const double ours = paramValue(trainer.network(), params.rows[r][0],
                                           params.rows[r][1].toInt(), params.rows[r][2].toInt());
            maxAbs = std::max(maxAbs, std::abs(ref));
            maxDiff = std::max(maxDiff, std::abs(ref - ours));
        }
        QVERIFY2(maxDiff <= tolerance * maxAbs,
                 qPrintable(QStringLiteral("params diff %1").arg(maxDiff)));

        // The files batchlab-fit writes are the same text format as the reference.
        QCOMPARE(
            QString::fromStdString(core::updatesCsv(rec.updates)).section(QLatin1Char('\n'), 0, 0),
            updates.header.join(QLatin1Char(',')));
        QCOMPARE(
            QString::fromStdString(core::epochsCsv(rec.epochs)).section(QLatin1Char('\n'), 0, 0),
            epochs.header.join(QLatin1Char(',')));
        QCOMPARE(QString::fromStdString(core::finalParamsCsv(trainer.network()))
                     .count(QLatin1Char('\n')),
                 params.rows.size() + 1);
    }
};

QTEST_APPLESS_MAIN(TestReference)
#include "tst_reference.moc"
