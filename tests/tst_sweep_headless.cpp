// `batchlab --headless --sweep` from the outside: every row of sweep.csv equals the single
// headless run of that value with `--init-seed S --shuffle-seed S` (bit for bit, seconds aside);
// --jobs 1 and --jobs 2 write the same files (seconds aside); bad lists, seeds and jobs are
// refused with exit code 2 and a message naming the value, before anything is written.
#include "csv_table.hpp"
#include "run_headless.hpp"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace
{

// A small, quick base run (20 training rows).
QStringList small()
{
    return QStringList{QStringLiteral("--train-size"), QStringLiteral("20"),
                       QStringLiteral("--val-size"),   QStringLiteral("15"),
                       QStringLiteral("--hidden"),     QStringLiteral("8"),
                       QStringLiteral("--epochs"),     QStringLiteral("12")};
}

// The table without the columns whose names contain "seconds" (wall time never repeats).
QVector<QStringList> withoutSeconds(const CsvTable& t)
{
    QVector<QStringList> out{{}};
    QList<int> keep;
    for (int c = 0; c < t.header.size(); ++c)
        if (!t.header[c].contains(QLatin1String("seconds"))) {
            keep << c;
            out[0] << t.header[c];
        }
    for (const QStringList& row : t.rows) {
        QStringList kept;
        for (int c : keep)
            kept << row.value(c);
        out << kept;
    }
    return out;
}

} // namespace

class TestSweepHeadless : public QObject
{
    Q_OBJECT
private slots:
    void rowsEqualSingleRuns_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("values");
        QTest::newRow("batch size") << "batch-size"
                                    << "1,6,20";
        QTest::newRow("epochs") << "epochs"
                                << "3,7";
        QTest::newRow("learning rate") << "learning-rate"
                                       << "0.001,0.1";
    }
    void rowsEqualSingleRuns()
    {
        QFETCH(QString, option);
        QFETCH(QString, values);
        QTemporaryDir dir;
        QStringList base = small();
        if (const int at = base.indexOf(QStringLiteral("--") + option); at >= 0)
            base.remove(at, 2);
        const QString out = dir.filePath(QStringLiteral("sweep"));
        Result r = runHeadless(base + QStringList{"--sweep", option + '=' + values, "--seeds", "2",
                                                  "--jobs", "2", "--out", out, "--write=csv,png"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CsvTable sweep = CsvTable::read(out + QStringLiteral("/sweep.csv"));
        QString column = option;
        column.replace('-', '_');
        QCOMPARE(sweep.header,
                 (QStringList{column, "seed", "best_epoch", "best_val_loss", "final_train_loss",
                              "final_val_loss", "overfitting_from_epoch", "updates", "seconds"}));
        QCOMPARE(sweep.rows.size(), values.split(',').size() * 2);
        for (const QString& stem : {QStringLiteral("sweep"), QStringLiteral("sweep_cost")})
            QVERIFY2(!QImage(out + '/' + stem + QStringLiteral(".png")).isNull(), qPrintable(stem));
        const CsvTable summary = CsvTable::read(out + QStringLiteral("/sweep_summary.csv"));
        QCOMPARE(summary.rows.size(), values.split(',').size());
        // The meters beside the sweep: one row per swept batch size (else the default list).
        const CsvTable noise = CsvTable::read(out + QStringLiteral("/noise.csv"));
        const CsvTable cost = CsvTable::read(out + QStringLiteral("/cost.csv"));
        QCOMPARE(noise.header.value(0), QStringLiteral("batch_size"));
        QCOMPARE(cost.header.value(0), QStringLiteral("batch_size"));
        QCOMPARE(noise.rows.size(), cost.rows.size());
        if (option == QLatin1String("batch-size")) {
            QCOMPARE(noise.rows.size(), values.split(',').size());
            for (int i = 0; i < noise.rows.size(); ++i)
                QCOMPARE(noise.rows[i].value(0), values.split(',')[i]);
        } else {
            QVERIFY(noise.rows.size() >= 2);
            QCOMPARE(noise.rows.front().value(0), QStringLiteral("1"));
        }
        for (const QString& stem : {QStringLiteral("noise"), QStringLiteral("cost")})
            QVERIFY2(!QImage(out + '/' + stem + QStringLiteral(".png")).isNull(), qPrintable(stem));

        for (int i = 0; i < sweep.rows.size(); ++i) {
            const QStringList& row = sweep.rows[i];
            QCOMPARE(row[0], values.split(',')[i / 2]);
            const QString seed = row[1];
            QCOMPARE(seed, QString::number(i % 2 + 1));
            const QString single = dir.filePath(QStringLiteral("single-%1").arg(i));
            r = runHeadless(base + QStringList{"--" + option, row[0], "--init-seed", seed,
                                               "--shuffle-seed", seed, "--out", single,
                                               "--write=csv"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const CsvTable epochs = CsvTable::read(single + QStringLiteral("/epochs.csv"));
            QVERIFY(epochs.rows.size() > 1);
            const QStringList& last = epochs.rows.back();
            const auto cell = [&](const QStringList& line, const char* name) {
                return line.value(epochs.column(QLatin1String(name)));
            };
            const QString best = cell(last, "best_epoch");
            QCOMPARE(row[2], best);
            QVERIFY(!best.isEmpty());
            QCOMPARE(row[3], cell(epochs.rows[best.toInt()], "val_loss"));
            QCOMPARE(row[4], cell(last, "train_loss"));
            QCOMPARE(row[5], cell(last, "val_loss"));
            QCOMPARE(row[6], cell(last, "overfitting_from_epoch"));
            QCOMPARE(row[7], cell(last, "updates"));
        }
    }

    // --scale-learning-rate: lr × B / B0 with B0 = --batch-size; the run of B = 8 from B0 = 4
    // and lr 0.01 is the single run with learning rate 0.02 (exact: a power of two).
    void scaledLearningRate()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("sweep"));
        Result r =
            runHeadless(small() + QStringList{"--sweep", "batch-size=2,8", "--batch-size", "4",
                                              "--learning-rate", "0.01", "--scale-learning-rate",
                                              "--seeds", "1", "--out", out, "--write=csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CsvTable sweep = CsvTable::read(out + QStringLiteral("/sweep.csv"));
        QCOMPARE(sweep.rows.size(), 2);
        const QString single = dir.filePath(QStringLiteral("single"));
        r = runHeadless(small() + QStringList{"--batch-size", "8", "--learning-rate", "0.02",
                                              "--init-seed", "1", "--shuffle-seed", "1", "--out",
                                              single, "--write=csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CsvTable epochs = CsvTable::read(single + QStringLiteral("/epochs.csv"));
        const QStringList& last = epochs.rows.back();
        QCOMPARE(sweep.rows[1][5], last.value(epochs.column(QStringLiteral("val_loss"))));
        QCOMPARE(sweep.rows[1][4], last.value(epochs.column(QStringLiteral("train_loss"))));
        // Without the rule, the same settings train another run.
        r = runHeadless(small() + QStringList{"--batch-size", "8", "--learning-rate", "0.01",
                                              "--init-seed", "1", "--shuffle-seed", "1", "--out",
                                              single, "--write=csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CsvTable plain = CsvTable::read(single + QStringLiteral("/epochs.csv"));
        QVERIFY(sweep.rows[1][5] !=
                plain.rows.back().value(plain.column(QStringLiteral("val_loss"))));
    }

    void jobsGiveSameFiles()
    {
        QTemporaryDir dir;
        QList<CsvTable> runs, summaries;
        for (const char* jobs : {"1", "2"}) {
            const QString out = dir.filePath(QStringLiteral("jobs-%1").arg(QLatin1String(jobs)));
            const Result r =
                runHeadless(small() + QStringList{"--sweep", "batch-size", "--seeds", "3", "--jobs",
                                                  jobs, "--out", out, "--write=csv"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            runs << CsvTable::read(out + QStringLiteral("/sweep.csv"));
            summaries << CsvTable::read(out + QStringLiteral("/sweep_summary.csv"));
        }
        QCOMPARE(runs[0].rows.size(), 6 * 3); // 1, 2, 4, 8, 16, 20
        QCOMPARE(withoutSeconds(runs[0]), withoutSeconds(runs[1]));
        QCOMPARE(summaries[0].rows.size(), 6);
        QCOMPARE(withoutSeconds(summaries[0]), withoutSeconds(summaries[1]));
        QCOMPARE(summaries[0].rows.back().first(), QStringLiteral("20"));
    }

    void badInputRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("not sweepable") << QStringList{"--sweep", "optimizer=sgd,adam"} << "--sweep";
        QTest::newRow("not a number") << QStringList{"--sweep", "batch-size=1,x"} << "'x'";
        QTest::newRow("zero") << QStringList{"--sweep", "batch-size=4,0"} << "batch-size value 0";
        QTest::newRow("fraction") << QStringList{"--sweep", "epochs=2.5"} << "epochs value 2.5";
        QTest::newRow("twice") << QStringList{"--sweep", "batch-size=2,2"} << "given twice";
        QTest::newRow("negative lr")
            << QStringList{"--sweep", "learning-rate=-0.1"} << "learning-rate value -0.1";
        QTest::newRow("empty item") << QStringList{"--sweep", "batch-size=1,,2"} << "''";
        QTest::newRow("no seeds") << QStringList{"--sweep", "batch-size", "--seeds", "0"}
                                  << "--seeds";
        QTest::newRow("many seeds")
            << QStringList{"--sweep", "batch-size", "--seeds", "101"} << "--seeds";
        QTest::newRow("no jobs") << QStringList{"--sweep", "batch-size", "--jobs", "0"} << "--jobs";
        QTest::newRow("jobs word")
            << QStringList{"--sweep", "batch-size", "--jobs", "many"} << "--jobs";
        QTest::newRow("many runs") << QStringList{"--sweep",
                                                  "epochs=1,2,3,4,5,6,7,8,9,10,11,12,"
                                                  "13,14,15,16,17,18,19,20,21,22,23,24,"
                                                  "25,26,27,28,29,30,31",
                                                  "--seeds", "100"}
                                   << "sweep run limit";
        QTest::newRow("scale epochs")
            << QStringList{"--sweep", "epochs=2,3", "--scale-learning-rate"} << "batch-size sweep";
        QTest::newRow("seeds alone") << QStringList{"--seeds", "3"} << "--seeds goes with --sweep";
        QTest::newRow("swept and set")
            << QStringList{"--sweep", "epochs=2,3", "--epochs", "4"} << "--epochs";
        QTest::newRow("init seed")
            << QStringList{"--sweep", "batch-size", "--init-seed", "3"} << "--init-seed";
        QTest::newRow("with compare")
            << QStringList{"--sweep", "batch-size", "--compare", "epochs=2,3"} << "--compare";
    }
    void badInputRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QStringList base = small();
        if (args.contains(QStringLiteral("--epochs")) || args.join(' ').contains("epochs="))
            base.remove(base.indexOf(QStringLiteral("--epochs")), 2);
        const Result r = runHeadless(base + args + QStringList{"--out", out, "--write=csv"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFile::exists(out + QStringLiteral("/sweep.csv")));
    }
};

QTEST_GUILESS_MAIN(TestSweepHeadless)
#include "tst_sweep_headless.moc"
