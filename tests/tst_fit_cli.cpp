// batchlab-fit from the outside: bad arguments give exit code 2 and a message naming the
// option; a good run writes the three files of task.md §7; --time prints one JSON line.
#include "csv_table.hpp"
#include "limited_process.hpp"
#include "settings_schema.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace
{

struct Result {
    int exitCode;
    QString out;
    QString err;
};

Result runFit(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(BATCHLAB_FIT), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestFitCli : public QObject
{
    Q_OBJECT
private slots:
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString t = QStringLiteral("--time");
        QTest::newRow("no task") << QStringList{QStringLiteral("--batch"), QStringLiteral("1"),
                                                QStringLiteral("--epochs"), QStringLiteral("1"), t}
                                 << QStringLiteral("--task");
        QTest::newRow("task X") << QStringList{QStringLiteral("--task"),
                                               QStringLiteral("X"),
                                               QStringLiteral("--batch"),
                                               QStringLiteral("1"),
                                               QStringLiteral("--epochs"),
                                               QStringLiteral("1"),
                                               t}
                                << QStringLiteral("--task");
        QTest::newRow("batch 0") << QStringList{QStringLiteral("--task"),
                                                QStringLiteral("C"),
                                                QStringLiteral("--batch"),
                                                QStringLiteral("0"),
                                                QStringLiteral("--epochs"),
                                                QStringLiteral("1"),
                                                t}
                                 << QStringLiteral("--batch");
        QTest::newRow("batch text") << QStringList{QStringLiteral("--task"),
                                                   QStringLiteral("C"),
                                                   QStringLiteral("--batch"),
                                                   QStringLiteral("ten"),
                                                   QStringLiteral("--epochs"),
                                                   QStringLiteral("1"),
                                                   t}
                                    << QStringLiteral("--batch");
        QTest::newRow("epochs missing")
            << QStringList{QStringLiteral("--task"), QStringLiteral("C"), QStringLiteral("--batch"),
                           QStringLiteral("4"), t}
            << QStringLiteral("--epochs");
        QTest::newRow("lr negative") << QStringList{QStringLiteral("--task"),
                                                    QStringLiteral("C"),
                                                    QStringLiteral("--batch"),
                                                    QStringLiteral("4"),
                                                    QStringLiteral("--epochs"),
                                                    QStringLiteral("1"),
                                                    QStringLiteral("--lr"),
                                                    QStringLiteral("-1"),
                                                    t}
                                     << QStringLiteral("--lr");
        QTest::newRow("optimizer") << QStringList{QStringLiteral("--task"),
                                                  QStringLiteral("C"),
                                                  QStringLiteral("--batch"),
                                                  QStringLiteral("4"),
                                                  QStringLiteral("--epochs"),
                                                  QStringLiteral("1"),
                                                  QStringLiteral("--optimizer"),
                                                  QStringLiteral("rmsprop"),
                                                  t}
                                   << QStringLiteral("--optimizer");
        QTest::newRow("momentum 1") << QStringList{QStringLiteral("--task"),
                                                   QStringLiteral("C"),
                                                   QStringLiteral("--batch"),
                                                   QStringLiteral("4"),
                                                   QStringLiteral("--epochs"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--momentum"),
                                                   QStringLiteral("1"),
                                                   t}
                                    << QStringLiteral("--momentum");
        QTest::newRow("shuffle") << QStringList{QStringLiteral("--task"),
                                                QStringLiteral("C"),
                                                QStringLiteral("--batch"),
                                                QStringLiteral("4"),
                                                QStringLiteral("--epochs"),
                                                QStringLiteral("1"),
                                                QStringLiteral("--shuffle"),
                                                QStringLiteral("sometimes"),
                                                t}
                                 << QStringLiteral("--shuffle");
        QTest::newRow("no output") << QStringList{QStringLiteral("--task"),   QStringLiteral("C"),
                                                  QStringLiteral("--batch"),  QStringLiteral("4"),
                                                  QStringLiteral("--epochs"), QStringLiteral("1")}
                                   << QStringLiteral("--out");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Result r = runFit(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // --batch and --epochs have the ranges of the settings schema's batch_size and epochs (one
    // place for a limit): both ends accepted, one beyond each end refused with the option, the
    // range and the value. (2e9 epochs, whose memory grew past 1 GB in 30 s before, is refused
    // here.) Accepted: the run is written, or refused by the kept-updates limit only.
    void batchAndEpochsTakeTheSchemaRange_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("field");
        QTest::newRow("batch") << QStringLiteral("batch") << QStringLiteral("batch_size");
        QTest::newRow("epochs") << QStringLiteral("epochs") << QStringLiteral("epochs");
    }
    void batchAndEpochsTakeTheSchemaRange()
    {
        QFETCH(QString, option);
        QFETCH(QString, field);
        const core::SettingField& f = core::settingField(field.toStdString());
        QCOMPARE(f.type, core::SettingType::Whole);
        const QString needs = QString::fromStdString(core::settingNeeds(f));
        const auto run = [&](qint64 value) {
            QTemporaryDir dir;
            QStringList args{QStringLiteral("--task"),   QStringLiteral("C"),
                             QStringLiteral("--batch"),  QStringLiteral("1"),
                             QStringLiteral("--epochs"), QStringLiteral("1"),
                             QStringLiteral("--out"),    dir.filePath(QStringLiteral("run"))};
            args[args.indexOf(QStringLiteral("--") + option) + 1] = QString::number(value);
            return runFit(args);
        };
        for (const double end : {f.lo, f.hi}) {
            const Result r = run(qint64(end));
            QVERIFY2(r.exitCode == 0 ||
                         (r.exitCode == 2 && r.err.contains(QStringLiteral("kept updates limit"))),
                     qPrintable(r.err));
        }
        for (const double beyond : {f.lo - 1, f.hi + 1}) {
            const Result r = run(qint64(beyond));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--%1 %2, not '%3'")
                                        .arg(option, needs, QString::number(qint64(beyond)))),
                     qPrintable(r.err));
        }
    }

    // Every update is kept for updates.csv: the most epochs the schema allows, with a batch of
    // one, are refused before the run starts, with a capped heap.
    void keptUpdatesLimit()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("run"));
        const LimitedResult r = runWithHeapCap(
            QStringLiteral(BATCHLAB_FIT),
            {QStringLiteral("--task"), QStringLiteral("C"), QStringLiteral("--batch"),
             QStringLiteral("1"), QStringLiteral("--epochs"),
             QString::number(qint64(core::settingField("epochs").hi)), QStringLiteral("--out"),
             out},
            200u << 20);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("kept updates limit")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    // A message quotes at most 60 characters of what was given.
    void longValuesAreQuotedShortly_data()
    {
        QTest::addColumn<QString>("option");
        for (const char* o : {"task", "batch", "epochs", "optimizer", "momentum", "shuffle", "lr"})
            QTest::newRow(o) << QString::fromLatin1(o);
    }
    void longValuesAreQuotedShortly()
    {
        QFETCH(QString, option);
        QStringList args{QStringLiteral("--task"),   QStringLiteral("C"),
                         QStringLiteral("--batch"),  QStringLiteral("4"),
                         QStringLiteral("--epochs"), QStringLiteral("1"),
                         QStringLiteral("--time")};
        args << QStringLiteral("--") + option << QString(100000, QLatin1Char('z'));
        const Result r = runFit(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--") + option), qPrintable(r.err.left(300)));
        QVERIFY2(r.err.size() < 300, qPrintable(QStringLiteral("%1 characters").arg(r.err.size())));
    }

    void writesTheThreeFiles()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("run"));
        const Result r =
            runFit({QStringLiteral("--task"), QStringLiteral("C"), QStringLiteral("--batch"),
                    QStringLiteral("32"), QStringLiteral("--epochs"), QStringLiteral("3"),
                    QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        const CsvTable u = CsvTable::read(out + QStringLiteral("/updates.csv"));
        const CsvTable e = CsvTable::read(out + QStringLiteral("/epochs.csv"));
        const CsvTable p = CsvTable::read(out + QStringLiteral("/final_params.csv"));
        QCOMPARE(u.header.join(QLatin1Char(',')), QStringLiteral("update,epoch,batch,size,loss"));
        QCOMPARE(u.rows.size(), 12);                 // 3 epochs x ceil(100/32)
        QCOMPARE(u.rows[3][3], QStringLiteral("4")); // the last batch holds 100 mod 32 rows
        QCOMPARE(e.rows.size(), 4);                  // epoch 0 and three more
        QCOMPARE(p.rows.size(), 1185);
        // Same first loss as the reference run (same data, weights and order).
        const CsvTable ref =
            CsvTable::read(QStringLiteral(BATCHLAB_TEST_DATA "/reference/C_B32_E50/updates.csv"));
        QCOMPARE(u.rows[0][4], ref.rows[0][4]);
    }

    void timePrintsOneJsonLine()
    {
        const Result r =
            runFit({QStringLiteral("--task"), QStringLiteral("R"), QStringLiteral("--batch"),
                    QStringLiteral("10"), QStringLiteral("--epochs"), QStringLiteral("5"),
                    QStringLiteral("--time")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("updates")).toInt(), 49); // all but the untimed first
        QVERIFY(o.value(QStringLiteral("seconds")).toDouble() > 0.0);
        QVERIFY(o.value(QStringLiteral("updates_per_s")).toDouble() > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFitCli)
#include "tst_fit_cli.moc"
