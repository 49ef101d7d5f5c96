// `batchlab --headless --experiment` from the outside: every row of NAME.csv is the single
// headless run of its options column (its epoch rows in NAME_epochs.csv equal that run's
// epochs.csv bit for bit), --jobs 1 and --jobs 2 write the same files (seconds aside), the fit
// file holds the fitted numbers, and bad lists are refused with exit code 2 before anything is
// written.
#include "csv_table.hpp"
#include "run_headless.hpp"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace
{

// A small exam and network, so that every run takes milliseconds.
QStringList small()
{
    return QStringList{QStringLiteral("--dataset"),        QStringLiteral("moons"),
                       QStringLiteral("--train-size"),     QStringLiteral("24"),
                       QStringLiteral("--val-size"),       QStringLiteral("30"),
                       QStringLiteral("--noise"),          QStringLiteral("0.15"),
                       QStringLiteral("--hidden"),         QStringLiteral("6"),
                       QStringLiteral("--epochs"),         QStringLiteral("8"),
                       QStringLiteral("--seeds"),          QStringLiteral("2"),
                       QStringLiteral("--batch-sizes"),    QStringLiteral("1,4,24"),
                       QStringLiteral("--learning-rates"), QStringLiteral("0.1,0.5"),
                       QStringLiteral("--goal"),           QStringLiteral("val_accuracy"),
                       QStringLiteral("--goal-value"),     QStringLiteral("0.8")};
}

// The text without the columns named "seconds" (wall time never repeats).
QString withoutSeconds(const QString& path)
{
    const CsvTable t = CsvTable::read(path);
    const int s = t.column(QStringLiteral("seconds"));
    QStringList lines;
    for (const QStringList& row : QVector<QStringList>{t.header} + t.rows) {
        QStringList kept = row;
        if (s >= 0 && s < kept.size())
            kept.removeAt(s);
        lines << kept.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestExperimentHeadless : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreSingleRunsWhateverTheJobs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString one = dir.filePath(QStringLiteral("one")),
                      two = dir.filePath(QStringLiteral("two"));
        for (const auto& [out, jobs] : {std::pair{one, "1"}, std::pair{two, "2"}}) {
            const Result r = runHeadless(
                small() + QStringList{QStringLiteral("--experiment"),
                                      QStringLiteral("critical-batch,increase-batch"),
                                      QStringLiteral("--jobs"), QString::fromLatin1(jobs),
                                      QStringLiteral("--write"), QStringLiteral("csv"),
                                      QStringLiteral("--out"), out, QStringLiteral("--quiet")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        for (const char* file :
             {"critical_batch.csv", "critical_batch_epochs.csv", "critical_batch_steps.csv",
              "critical_batch_fit.csv", "increase_batch.csv", "increase_batch_epochs.csv"}) {
            const QString name = QString::fromLatin1(file);
            QVERIFY2(QFile::exists(QDir(one).filePath(name)), file);
            QCOMPARE(withoutSeconds(QDir(two).filePath(name)),
                     withoutSeconds(QDir(one).filePath(name)));
        }
        const CsvTable runs =
            CsvTable::read(QDir(one).filePath(QStringLiteral("critical_batch.csv")));
        QCOMPARE(runs.rows.size(), 3 * 2 * 2);
        const CsvTable fit =
            CsvTable::read(QDir(one).filePath(QStringLiteral("critical_batch_fit.csv")));
        QCOMPARE(
            fit.header.mid(0, 5),
            (QStringList{QStringLiteral("fit"), QStringLiteral("points"), QStringLiteral("s_min"),
                         QStringLiteral("e_min"), QStringLiteral("b_crit")}));

        // Every run of both experiments again, alone, from its options column.
        for (const char* stem : {"critical_batch", "increase_batch"}) {
            const QString s = QString::fromLatin1(stem);
            const CsvTable table = CsvTable::read(QDir(two).filePath(s + QStringLiteral(".csv")));
            const CsvTable epochs =
                CsvTable::read(QDir(two).filePath(s + QStringLiteral("_epochs.csv")));
            const int options = table.column(QStringLiteral("options"));
            QVERIFY(options > 0);
            for (int i = 0; i < table.rows.size(); ++i) {
                QString text = table.rows[i].mid(options).join(QLatin1Char(','));
                text.remove(QLatin1Char('"'));
                const QString single = dir.filePath(QStringLiteral("%1-%2").arg(s).arg(i));
                const Result r = runHeadless(
                    text.split(QLatin1Char(' '), Qt::SkipEmptyParts) +
                    QStringList{QStringLiteral("--out"), single, QStringLiteral("--write"),
                                QStringLiteral("csv"), QStringLiteral("--quiet")});
                QVERIFY2(r.exitCode == 0, qPrintable(text + QLatin1Char('\n') + r.err));
                const CsvTable alone =
                    CsvTable::read(QDir(single).filePath(QStringLiteral("epochs.csv")));
                const QString run = table.rows[i][table.column(QStringLiteral("run"))];
                int row = 0;
                for (int e = 0; e < epochs.rows.size(); ++e) {
                    if (epochs.rows[e][0] != run)
                        continue;
                    QVERIFY(row < alone.rows.size());
                    for (const char* column :
                         {"epoch", "updates", "loss", "val_loss", "val_accuracy"})
                        QCOMPARE(epochs.number(e, QString::fromLatin1(column)),
                                 alone.number(row, QString::fromLatin1(column)));
                    ++row;
                }
                QCOMPARE(row, alone.rows.size());
            }
        }
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown experiment")
            << QStringList{QStringLiteral("--experiment"), QStringLiteral("largest-batch")}
            << QStringLiteral("largest-batch");
        QTest::addRow("batch size not whole")
            << QStringList{QStringLiteral("--experiment"), QStringLiteral("critical-batch"),
                           QStringLiteral("--batch-sizes"), QStringLiteral("1,2.5")}
            << QStringLiteral("2.5");
        QTest::addRow("learning rates without critical-batch")
            << QStringList{QStringLiteral("--experiment"), QStringLiteral("noise-scale"),
                           QStringLiteral("--learning-rates"), QStringLiteral("0.1")}
            << QStringLiteral("critical-batch");
        QTest::addRow("with --sweep")
            << QStringList{QStringLiteral("--experiment"), QStringLiteral("noise-scale"),
                           QStringLiteral("--sweep"), QStringLiteral("batch-size=1,2")}
            << QStringLiteral("--sweep");
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Result r = runHeadless(args + QStringList{QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QDir(out).exists());
    }
};

QTEST_MAIN(TestExperimentHeadless)
#include "tst_experiment_headless.moc"
