// writeMeters (app/headless_meters): noise.csv and cost.csv with their columns and one row per
// batch size, the numbers the meters measure, the plots in the formats asked for; bad input
// refused with nothing written; a directory that cannot be made is an error.
#include "app/headless_meters.hpp"
#include "csv_table.hpp"
#include "window_fixture.hpp"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

namespace
{

core::RunSettings smallRun()
{
    return fixture::smallRun({.hidden = {8, 8}, .batch = 4, .epochs = 300, .validationRows = 20});
}

} // namespace

class TestHeadlessMeters : public QObject
{
    Q_OBJECT
private slots:
    void writesFiles_data()
    {
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<QStringList>("formats");
        QTest::addRow("sweep list, png") << QList<int>{1, 2, 4, 8, 16, 30} << QStringList{"png"};
        QTest::addRow("svg and pdf") << QList<int>{3, 30} << QStringList{"svg", "pdf"};
        QTest::addRow("csv only") << QList<int>{5} << QStringList{};
    }
    void writesFiles()
    {
        QFETCH(QList<int>, sizes);
        QFETCH(QStringList, formats);
        QTemporaryDir tmp;
        MetersOutput out;
        out.dir = tmp.filePath(QStringLiteral("out/meters"));
        out.imageFormats = formats;
        out.width = 600;
        out.height = 400;
        out.costSecondsPerBatchSize = 0.01;
        const std::vector<int> list(sizes.begin(), sizes.end());
        const MetersResult r = writeMeters(smallRun(), list, out);
        QVERIFY2(r.ok, qPrintable(r.error));

        const CsvTable noise = CsvTable::read(QDir(out.dir).filePath("noise.csv"));
        QCOMPARE(noise.header, (QStringList{"batch_size", "measured_variance", "theory_variance",
                                            "method", "batches"}));
        QCOMPARE(noise.rows.size(), sizes.size());
        for (int i = 0; i < sizes.size(); ++i) {
            QCOMPARE(noise.rows[i].at(0).toInt(), sizes[i]);
            QCOMPARE(noise.number(i, "measured_variance"), r.noise.rows[i].measuredVariance);
            QCOMPARE(noise.number(i, "theory_variance"), r.noise.rows[i].theoryVariance);
            QCOMPARE(noise.rows[i].at(3), QString::fromStdString(std::string(
                                              core::noiseMethodKey(r.noise.rows[i].method))));
            QVERIFY(noise.rows[i].at(3) == "enumerated" || noise.rows[i].at(3) == "sampled");
            QCOMPARE(noise.number(i, "batches"), double(r.noise.rows[i].batches));
            if (sizes[i] == 30)
                QCOMPARE(noise.number(i, "measured_variance"), 0.0);
        }

        const CsvTable cost = CsvTable::read(QDir(out.dir).filePath("cost.csv"));
        QCOMPARE(cost.header,
                 (QStringList{"batch_size", "seconds_per_epoch", "seconds_per_update",
                              "samples_per_second", "updates_per_epoch", "bytes_per_batch"}));
        QCOMPARE(cost.rows.size(), sizes.size());
        for (int i = 0; i < sizes.size(); ++i) {
            QCOMPARE(cost.rows[i].at(0).toInt(), sizes[i]);
            QCOMPARE(cost.number(i, "updates_per_epoch"), double((30 + sizes[i] - 1) / sizes[i]));
            QVERIFY(cost.number(i, "seconds_per_update") > 0.0);
            QVERIFY(cost.number(i, "samples_per_second") > 0.0);
            QCOMPARE(cost.number(i, "bytes_per_batch"), double(r.cost[i].bytesPerBatch));
        }
        for (const QString& f : formats)
            for (const QString stem : {"noise", "cost"}) {
                const QFileInfo file(QDir(out.dir).filePath(stem + '.' + f));
                QVERIFY2(file.exists() && file.size() > 500, qPrintable(file.filePath()));
            }
        QCOMPARE(QDir(out.dir).entryList(QDir::Files).size(), 2 + 2 * formats.size());
    }

    void weightsChangeTheNoise()
    {
        QTemporaryDir tmp;
        MetersOutput out;
        out.dir = tmp.path();
        out.costSecondsPerBatchSize = 0.01;
        const core::RunSettings s = smallRun();
        const MetersResult initial = writeMeters(s, {2}, out);
        Eigen::VectorXd w = s.makeInitialNetwork().parameters() * 3.0;
        const MetersResult moved = writeMeters(s, {2}, out, w);
        QVERIFY(initial.ok && moved.ok);
        QVERIFY(initial.noise.rows[0].measuredVariance != moved.noise.rows[0].measuredVariance);
        const MetersResult wrong = writeMeters(s, {2}, out, Eigen::VectorXd::Zero(3));
        QVERIFY(!wrong.ok && wrong.badInput);
        QVERIFY(wrong.error.contains("weights"));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<QString>("words");
        QTest::addRow("empty") << QList<int>{} << "at least one batch size";
        QTest::addRow("zero") << QList<int>{4, 0} << "at least 1";
    }
    void badInputWritesNothing()
    {
        QFETCH(QList<int>, sizes);
        QFETCH(QString, words);
        QTemporaryDir tmp;
        MetersOutput out;
        out.dir = tmp.filePath("never");
        out.imageFormats = {"png"};
        const MetersResult r =
            writeMeters(smallRun(), std::vector<int>(sizes.begin(), sizes.end()), out);
        QVERIFY(!r.ok);
        QVERIFY(r.badInput);
        QVERIFY2(r.error.contains(words), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(out.dir));
    }

    void unwritableDirectory()
    {
        QTemporaryDir tmp;
        QFile blocker(tmp.filePath("file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MetersOutput out;
        out.dir = tmp.filePath("file/sub");
        out.costSecondsPerBatchSize = 0.01;
        const MetersResult r = writeMeters(smallRun(), {2}, out);
        QVERIFY(!r.ok);
        QVERIFY(!r.badInput);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_MAIN(TestHeadlessMeters)
#include "tst_headless_meters.moc"
