// `batchlab --headless` from the outside: every bad option value gives exit code 2 and a message
// naming the option (or the file, line and column); a good run writes exactly the files asked
// for and nothing on stderr when it is not a terminal; PNG, SVG and PDF plots are valid files of
// the requested size; a replay of a run record reproduces it, and a tampered record is caught.
#include "csv_table.hpp"
#include "limited_process.hpp"
#include "settings_schema.hpp"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

namespace
{

const QString csvDir = QStringLiteral(BATCHLAB_TEST_DATA "/csv/");

struct Result {
    int exitCode;
    QString out;
    QString err;
};

Result runHeadless(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(BATCHLAB_EXE), QStringList{QStringLiteral("--headless")} + args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A small, quick run.
QStringList small()
{
    return QStringList{
        QStringLiteral("--dataset"), QStringLiteral("moons"),      QStringLiteral("--train-size"),
        QStringLiteral("20"),        QStringLiteral("--val-size"), QStringLiteral("10"),
        QStringLiteral("--hidden"),  QStringLiteral("8"),          QStringLiteral("--batch-size"),
        QStringLiteral("6"),         QStringLiteral("--epochs"),   QStringLiteral("4")};
}

QStringList filesIn(const QString& dir)
{
    QStringList f = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    return f;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT
private slots:
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString out = QStringLiteral("--out=OUT"); // a new directory per row
        auto row = [&](const char* name, QStringList args, const QString& named) {
            QTest::newRow(name) << (QStringList{out} + args) << named;
        };
        row("unknown option", {QStringLiteral("--batch=3")}, QStringLiteral("batch"));
        row("stray argument", {QStringLiteral("train")}, QStringLiteral("'train'"));
        QTest::newRow("no --out") << QStringList{} << QStringLiteral("--out");
        row("batch-size 0", {QStringLiteral("--batch-size=0")}, QStringLiteral("--batch-size"));
        row("batch-size text", {QStringLiteral("--batch-size=ten")},
            QStringLiteral("--batch-size"));
        row("epochs negative", {QStringLiteral("--epochs=-1")}, QStringLiteral("--epochs"));
        row("epochs fraction", {QStringLiteral("--epochs=2.5")}, QStringLiteral("--epochs"));
        row("learning-rate 0", {QStringLiteral("--learning-rate=0")},
            QStringLiteral("--learning-rate"));
        row("learning-rate text", {QStringLiteral("--learning-rate=fast")},
            QStringLiteral("--learning-rate"));
        row("learning-rate nan", {QStringLiteral("--learning-rate=nan")},
            QStringLiteral("--learning-rate"));
        row("optimizer", {QStringLiteral("--optimizer=rmsprop")}, QStringLiteral("--optimizer"));
        row("momentum 1", {QStringLiteral("--momentum=1")}, QStringLiteral("--momentum"));
        row("beta-1", {QStringLiteral("--beta-1=1.5")}, QStringLiteral("--beta-1"));
        row("beta-2", {QStringLiteral("--beta-2=-0.1")}, QStringLiteral("--beta-2"));
        row("epsilon", {QStringLiteral("--epsilon=0")}, QStringLiteral("--epsilon"));
        row("validation-split 1.5", {QStringLiteral("--validation-split=1.5")},
            QStringLiteral("--validation-split"));
        row("validation-split 0", {QStringLiteral("--validation-split=0")},
            QStringLiteral("--validation-split"));
        row("shuffle", {QStringLiteral("--shuffle=maybe")}, QStringLiteral("--shuffle"));
        row("seed negative", {QStringLiteral("--seed=-3")}, QStringLiteral("--seed"));
        row("init-seed", {QStringLiteral("--init-seed=x")}, QStringLiteral("--init-seed"));
        row("dataset", {QStringLiteral("--dataset=mnist")}, QStringLiteral("--dataset"));
        row("data-seed", {QStringLiteral("--data-seed=1.5")}, QStringLiteral("--data-seed"));
        row("shuffle-seed", {QStringLiteral("--shuffle-seed=-1")},
            QStringLiteral("--shuffle-seed"));
        row("scale text", {QStringLiteral("--scale=big")}, QStringLiteral("--scale"));
        row("target 0",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv"),
             QStringLiteral("--target=0")},
            QStringLiteral("--target"));
        row("hidden empty", {QStringLiteral("--hidden=")}, QStringLiteral("--hidden"));
        row("train-size 0", {QStringLiteral("--train-size=0")}, QStringLiteral("--train-size"));
        row("val-size negative", {QStringLiteral("--val-size=-1")}, QStringLiteral("--val-size"));
        row("noise negative", {QStringLiteral("--noise=-1")}, QStringLiteral("--noise"));
        row("label-noise", {QStringLiteral("--label-noise=0.9")}, QStringLiteral("--label-noise"));
        row("hidden 0", {QStringLiteral("--hidden=64,0")}, QStringLiteral("--hidden"));
        row("hidden text", {QStringLiteral("--hidden=wide")}, QStringLiteral("--hidden"));
        row("activation", {QStringLiteral("--activation=swish")}, QStringLiteral("--activation"));
        row("patience without early stopping", {QStringLiteral("--patience=3")},
            QStringLiteral("--early-stopping"));
        row("patience negative",
            {QStringLiteral("--early-stopping"), QStringLiteral("--patience=-1")},
            QStringLiteral("--patience"));
        row("monitor", {QStringLiteral("--early-stopping"), QStringLiteral("--monitor=acc")},
            QStringLiteral("--monitor"));
        row("min-delta", {QStringLiteral("--early-stopping"), QStringLiteral("--min-delta=-1")},
            QStringLiteral("--min-delta"));
        row("start-from-epoch",
            {QStringLiteral("--early-stopping"), QStringLiteral("--start-from-epoch=x")},
            QStringLiteral("--start-from-epoch"));
        row("write gif", {QStringLiteral("--write=png,gif")}, QStringLiteral("--write"));
        row("size tiny", {QStringLiteral("--size=10x10")}, QStringLiteral("--size"));
        row("size text", {QStringLiteral("--size=large")}, QStringLiteral("--size"));
        row("scale 0", {QStringLiteral("--scale=0")}, QStringLiteral("--scale"));
        row("data and dataset",
            {QStringLiteral("--dataset=moons"),
             QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv")},
            QStringLiteral("--dataset"));
        row("target without data", {QStringLiteral("--target=y")}, QStringLiteral("--target"));
        row("noise with data",
            {QStringLiteral("--noise=0.1"),
             QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv")},
            QStringLiteral("--noise"));
        row("missing CSV", {QStringLiteral("--data=/nonexistent/rows.csv")},
            QStringLiteral("/nonexistent/rows.csv: cannot be opened"));
        row("CSV with text",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("bad_text.csv"),
             QStringLiteral("--batch-size=1")},
            QStringLiteral("bad_text.csv: line 3, column 2 (x2): 'abc' is not a number"));
        row("CSV single class",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("bad_single_class.csv")},
            QStringLiteral("single value"));
        row("CSV rows fewer than the batch",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv"),
             QStringLiteral("--batch-size=5")},
            QStringLiteral("batch size 5 is larger than the 3 training rows"));
        row("CSV too few rows for the split",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv"),
             QStringLiteral("--batch-size=1"), QStringLiteral("--validation-split=0.9")},
            QStringLiteral("too few for a validation split"));
        row("CSV target",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv"),
             QStringLiteral("--target=price")},
            QStringLiteral("no column is named 'price'"));
        row("CSV header",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv"),
             QStringLiteral("--header=maybe")},
            QStringLiteral("--header"));
        row("CSV names not left out",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("names_ids_dates.csv")},
            QStringLiteral("'Kim' is not a number (a column of names, IDs or dates can be left "
                           "out)"));
        row("CSV drop of the answers",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("names_ids_dates.csv"),
             QStringLiteral("--drop=label")},
            QStringLiteral("holds the answers; it cannot be left out"));
        row("CSV columns unknown",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("names_ids_dates.csv"),
             QStringLiteral("--columns=x1,height")},
            QStringLiteral("'height' is neither a name in the header nor a column number"));
        row("CSV no validation and a split",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_no_header.csv"),
             QStringLiteral("--no-validation"), QStringLiteral("--validation-split=0.5")},
            QStringLiteral("--no-validation"));
        row("CSV options without a file", {QStringLiteral("--drop=name")},
            QStringLiteral("--drop goes with --data"));
        row("CSV task",
            {QStringLiteral("--data=") + csvDir + QStringLiteral("good_header.csv"),
             QStringLiteral("--task=ranking")},
            QStringLiteral("--task"));
        row("replay missing", {QStringLiteral("--replay=/nonexistent/run.json")},
            QStringLiteral("/nonexistent/run.json"));
        row("replay with a setting",
            {QStringLiteral("--replay=/nonexistent/run.json"), QStringLiteral("--epochs=3")},
            QStringLiteral("--epochs"));
        row("early stopping without validation rows",
            {QStringLiteral("--val-size=0"), QStringLiteral("--early-stopping")},
            QStringLiteral("--early-stopping watches val_loss"));
        row("compare without a list", {QStringLiteral("--compare=batch-size")},
            QStringLiteral("--compare"));
        row("compare an unknown setting", {QStringLiteral("--compare=colour=1,2")},
            QStringLiteral("'colour'"));
        row("compare a bad value", {QStringLiteral("--compare=batch-size=4,0")},
            QStringLiteral("--batch-size"));
        row("compare a bad optimizer", {QStringLiteral("--compare=optimizer=sgd,rmsprop")},
            QStringLiteral("--optimizer"));
        row("compare and the same setting",
            {QStringLiteral("--compare=epochs=5,10"), QStringLiteral("--epochs=3")},
            QStringLiteral("--epochs"));
        row("compare too many values",
            {QStringLiteral("--compare=batch-size=1,2,3,4,5,6,7,8,9,10,11,12,13")},
            QStringLiteral("--compare"));
        row("validation split with too few rows",
            {QStringLiteral("--train-size=1"), QStringLiteral("--validation-split=0.5")},
            QStringLiteral("cannot train"));
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        args.replaceInStrings(QStringLiteral("--out=OUT"), QStringLiteral("--out=") + out);
        const Result r = runHeadless(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(out), "nothing is written");
    }

    // Each compared run's files equal those of the single run with that value, bit for bit apart
    // from the measured seconds; runs.csv has a row per run; the overlays are drawn.
    void compareMatchesSingleRuns_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("batch size") << "batch-size" << QStringList{"1", "6", "20"};
        QTest::newRow("epochs") << "epochs" << QStringList{"2", "5"};
        QTest::newRow("optimizer") << "optimizer" << QStringList{"sgd", "adam"};
        QTest::newRow("learning rate") << "learning-rate" << QStringList{"0.001", "0.1"};
    }
    void compareMatchesSingleRuns()
    {
        QFETCH(QString, option);
        QFETCH(QStringList, values);
        QTemporaryDir dir;
        QStringList base = small();
        const int at = base.indexOf(QStringLiteral("--") + option);
        if (at >= 0)
            base.remove(at, 2);
        const QString cmp = dir.filePath(QStringLiteral("cmp"));
        Result r = runHeadless(base + QStringList{QStringLiteral("--compare"),
                                                  option + QLatin1Char('=') + values.join(','),
                                                  QStringLiteral("--out"), cmp,
                                                  QStringLiteral("--write=csv,record,png")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> rows =
            readAll(cmp + QStringLiteral("/runs.csv")).trimmed().split('\n');
        QCOMPARE(rows.size(), values.size() + 1);
        QVERIFY(rows.front().startsWith("label," + option.toUtf8() + ",batch_size,epochs,updates"));
        for (const QString& stem :
             {QStringLiteral("compare_per_epoch"), QStringLiteral("compare_per_update"),
              QStringLiteral("compare_per_sample"), QStringLiteral("compare_per_second")})
            QVERIFY2(!QImage(cmp + QLatin1Char('/') + stem + QStringLiteral(".png")).isNull(),
                     qPrintable(stem));
        // The seconds are the one thing a run does not reproduce: drop them before comparing.
        const auto withoutSeconds = [](const QByteArray& text) {
            static const QRegularExpression seconds(QStringLiteral("\"seconds\": *\\[[^\\]]*\\]"));
            return QString::fromUtf8(text).remove(seconds);
        };
        for (int i = 0; i < values.size(); ++i) {
            const QString single = dir.filePath(QStringLiteral("single-%1").arg(i));
            r = runHeadless(base + QStringList{QStringLiteral("--") + option, values[i],
                                               QStringLiteral("--out"), single,
                                               QStringLiteral("--write=csv,record")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString run = cmp + QStringLiteral("/run-%1").arg(i + 1);
            QCOMPARE(readAll(run + QStringLiteral("/updates.csv")),
                     readAll(single + QStringLiteral("/updates.csv")));
            QVERIFY(!readAll(run + QStringLiteral("/updates.csv")).isEmpty());
            QCOMPARE(withoutSeconds(readAll(run + QStringLiteral("/run.json"))),
                     withoutSeconds(readAll(single + QStringLiteral("/run.json"))));
            QVERIFY(rows[i + 1].contains("," + values[i].toUtf8() + ","));
        }
    }

    // The rows of issue 11's table: each is refused with exit 2, naming its limit, quickly and
    // with a capped heap (so a refusal after a large allocation would fail instead).
    void limitsHoldBeforeAllocation_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file"); // written to FILE when not empty
        QTest::addColumn<QString>("named");
        const QByteArray none;
        QString hidden16;
        for (int i = 0; i < 16; ++i)
            hidden16 += (i ? QStringLiteral(",") : QString()) + QStringLiteral("4096");
        const QByteArray record =
            R"({"format":"batchlab-run-record","format_version":1,"data":{"source":"generator",
            "generator":{"dataset":"moons","n_train":10}},"model":{"hidden":[)" +
            hidden16.toLatin1() +
            R"(]},"training":{"batch_size":4,"epochs":2},"initial_weights":[]})";
        QTest::newRow("record of 16 x 4096 units, empty weights")
            << QStringList{QStringLiteral("--replay=FILE")} << record
            << QStringLiteral("parameter limit");
        QTest::newRow("record of 16 x 4096 units, File > Open run")
            << QStringList{QStringLiteral("--replay=FILE")}
            << QByteArray(record).replace("\"initial_weights\":[]", "\"final_weights\":[]")
            << QStringLiteral("parameter limit");
        QTest::newRow("a million rows in one batch through 4096,4096")
            << QStringList{QStringLiteral("--train-size=1000000"),
                           QStringLiteral("--batch-size=1000000"),
                           QStringLiteral("--hidden=4096,4096")}
            << none << QStringLiteral("batch workspace limit");
        QTest::newRow("16 x 4096 units on the command line")
            << QStringList{QStringLiteral("--hidden=") + hidden16} << none
            << QStringLiteral("parameter limit");
        QTest::newRow("10000x10000 at scale 3")
            << QStringList{QStringLiteral("--size=10000x10000"), QStringLiteral("--scale=3")}
            << none << QStringLiteral("image pixel limit");
        QTest::newRow("10000x10000 SVG")
            << QStringList{QStringLiteral("--size=10000x10000"), QStringLiteral("--write=svg")}
            << none << QStringLiteral("image pixel limit");
        QTest::newRow("a record of 2048,2048 (4.2 M weights)")
            << QStringList{QStringLiteral("--hidden=2048,2048"), QStringLiteral("--write=record")}
            << none << QStringLiteral("recorded weights limit");
        QTest::newRow("CSV cell of a and 300,000 quotes")
            << QStringList{QStringLiteral("--data=FILE")}
            << (QByteArray("x,y\n1,0\n2,1\na") + QByteArray(300000, '"') + ",1\n")
            << QStringLiteral("is not a number");
        QTest::newRow("an argument of 100,000 characters")
            << QStringList{QString(100000, QLatin1Char('x'))} << none
            << QStringLiteral("unexpected argument");
        QTest::newRow("a --write item of 100,000 characters")
            << QStringList{QStringLiteral("--write=") + QString(100000, QLatin1Char('w'))} << none
            << QStringLiteral("--write");
        QTest::newRow("an option value of 100,000 characters")
            << QStringList{QStringLiteral("--epochs=") + QString(100000, QLatin1Char('9'))} << none
            << QStringLiteral("--epochs");
    }
    void limitsHoldBeforeAllocation()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString path = dir.filePath(QStringLiteral("input"));
        if (!file.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file);
        }
        args.replaceInStrings(QStringLiteral("=FILE"), QStringLiteral("=") + path);
        const LimitedResult r = runWithHeapCap(
            QStringLiteral(BATCHLAB_EXE),
            QStringList{QStringLiteral("--headless"), QStringLiteral("--out=") + out} + args,
            200u << 20); // the issue asks for < 200 MB
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err.left(400)));
        // The message quotes at most 60 characters of the input.
        QVERIFY2(r.err.size() < 600, qPrintable(QStringLiteral("%1 characters").arg(r.err.size())));
        // (How fast it is refused is measured, not tested: docs/RELIABILITY.md. A refusal after
        // a large allocation fails the capped heap above.)
        QVERIFY(!QFileInfo::exists(out));
    }

    void badRecord_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("not JSON") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("missing batch size")
            << QByteArray(R"({"format":"batchlab-run-record","format_version":1,
                 "data":{"source":"generator","generator":{"dataset":"moons","n_train":10}},
                 "model":{"hidden":[4]},"training":{"epochs":2}})")
            << QStringLiteral("training.batch_size: missing");
        QTest::newRow("unknown version")
            << QByteArray(R"({"format":"batchlab-run-record","format_version":7})")
            << QStringLiteral("format_version");
    }
    void badRecord()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const Result r = runHeadless(
            {QStringLiteral("--replay"), path, QStringLiteral("--out"), dir.filePath("o")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(readAll(path), text); // never modified
        QVERIFY(!QFileInfo::exists(dir.filePath("o")));
    }

    void helpAndVersion()
    {
        const Result help = runHeadless({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* o : {"--batch-size", "--epochs", "--learning-rate", "--optimizer",
                              "--validation-split", "--shuffle", "--seed", "--dataset", "--data",
                              "--early-stopping", "--replay", "--out", "--write"})
            QVERIFY2(help.out.contains(QLatin1String(o)), o);
        // Every setting of the one schema is an option (core/settings_schema.hpp).
        for (const core::SettingField& f : core::settingFields())
            if (f.cliOption)
                QVERIFY2(help.out.contains(QStringLiteral("--%1").arg(QLatin1String(f.cliOption))),
                         f.cliOption);
        const Result version = runHeadless({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void writesExactlyWhatIsAsked_data()
    {
        QTest::addColumn<QString>("write");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("default") << QString()
                                 << QStringList{"data.png",           "epochs.csv",
                                                "loss_per_epoch.png", "loss_per_update.png",
                                                "run.json",           "updates.csv"};
        QTest::newRow("csv") << "csv" << QStringList{"epochs.csv", "updates.csv"};
        QTest::newRow("record") << "record" << QStringList{"run.json"};
        QTest::newRow("svg,pdf") << "svg,pdf" << QStringList{"data.pdf",
                                                             "data.svg",
                                                             "loss_per_epoch.pdf",
                                                             "loss_per_epoch.svg",
                                                             "loss_per_update.pdf",
                                                             "loss_per_update.svg"};
    }
    void writesExactlyWhatIsAsked()
    {
        QFETCH(QString, write);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("nested/out"));
        QStringList args = small() + QStringList{QStringLiteral("--out"), out};
        if (!write.isEmpty())
            args << QStringLiteral("--write") << write;
        const Result r = runHeadless(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString()); // quiet when stderr is not a terminal
        QCOMPARE(filesIn(out), files);
        if (files.contains(QStringLiteral("epochs.csv"))) {
            const QList<QByteArray> lines =
                readAll(out + QStringLiteral("/epochs.csv")).split('\n');
            QCOMPARE(lines.size(), 1 + 5 + 1); // header, epochs 0..4, trailing newline
            // Four epochs do not overfit: the last column is empty.
            QVERIFY(lines[0].endsWith(",overfitting_from_epoch"));
            QVERIFY(lines[5].endsWith(','));
            QCOMPARE(readAll(out + QStringLiteral("/updates.csv")).count('\n'), 1 + 4 * 4);
        }
    }

    void imagesHaveTheRequestedSize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("scale");
        QTest::newRow("800x500") << 800 << 500 << 1.0;
        QTest::newRow("640x400 x2") << 640 << 400 << 2.0;
    }
    void imagesHaveTheRequestedSize()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const Result r = runHeadless(
            small() + QStringList{QStringLiteral("--out"), dir.path(), QStringLiteral("--write"),
                                  QStringLiteral("png,svg,pdf"), QStringLiteral("--size"),
                                  QStringLiteral("%1x%2").arg(width).arg(height),
                                  QStringLiteral("--scale"), QString::number(scale)});
        QCOMPARE(r.exitCode, 0);
        for (const QString& stem : {QStringLiteral("loss_per_update"),
                                    QStringLiteral("loss_per_epoch"), QStringLiteral("data")}) {
            const QImage png(dir.filePath(stem + QStringLiteral(".png")));
            QVERIFY(!png.isNull());
            QCOMPARE(png.size(), QSize(qRound(width * scale), qRound(height * scale)));
            // Not blank: more than a handful of colours.
            QSet<QRgb> colours;
            for (int y = 0; y < png.height(); y += 7)
                for (int x = 0; x < png.width(); x += 7)
                    colours.insert(png.pixel(x, y));
            QVERIFY(colours.size() > 5);

            QSvgRenderer svg(dir.filePath(stem + QStringLiteral(".svg")));
            QVERIFY(svg.isValid());
            QCOMPARE(svg.viewBox(), QRect(0, 0, width, height));

            const QByteArray pdf = readAll(dir.filePath(stem + QStringLiteral(".pdf")));
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.trimmed().endsWith("%%EOF"));
            const QRegularExpression box(
                QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
            const auto m = box.match(QString::fromLatin1(pdf));
            QVERIFY2(m.hasMatch(), "a page size");
            QVERIFY(std::abs(m.captured(1).toDouble() - width) <= 1.0);
            QVERIFY(std::abs(m.captured(2).toDouble() - height) <= 1.0);
        }
    }

    void defaultRunIsTheWindowsDefault()
    {
        QTemporaryDir dir;
        const Result r = runHeadless(
            {QStringLiteral("--out"), dir.path(), QStringLiteral("--write=record,csv")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rec =
            QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("run.json")))).object();
        const QJsonObject t = rec[QStringLiteral("training")].toObject();
        QCOMPARE(t[QStringLiteral("batch_size")].toInt(), 4);
        QCOMPARE(t[QStringLiteral("epochs")].toInt(), 300);
        QCOMPARE(t[QStringLiteral("optimizer")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("adam"));
        const QJsonObject g =
            rec[QStringLiteral("data")].toObject()[QStringLiteral("generator")].toObject();
        QCOMPARE(g[QStringLiteral("dataset")].toString(), QStringLiteral("moons"));
        QCOMPARE(g[QStringLiteral("n_train")].toInt(), 30);
        QCOMPARE(rec[QStringLiteral("outcome")].toObject()[QStringLiteral("updates")].toInt(),
                 300 * 8);
        // It overfits (core::overfittingFromEpoch): the record and every row of epochs.csv say
        // from which epoch.
        const QJsonValue from =
            rec[QStringLiteral("outcome")].toObject()[QStringLiteral("overfitting_from_epoch")];
        QVERIFY(from.isDouble());
        QVERIFY(from.toInt() > 1 && from.toInt() < 300);
        const QList<QByteArray> lines =
            readAll(dir.filePath(QStringLiteral("epochs.csv"))).split('\n');
        QVERIFY(lines.first().endsWith(",best_epoch,overfitting_from_epoch"));
        QCOMPARE(lines.size(), 1 + 301 + 1);
        for (int i = 1; i <= 301; ++i)
            QVERIFY(lines[i].endsWith(',' + QByteArray::number(from.toInt())));
    }

    void handWrittenRecordReproducesTheReference()
    {
        // docs/examples/task_C_sgd_B32.json: task.md's rows and weights, written by a script.
        QTemporaryDir dir;
        const Result r = runHeadless(
            {QStringLiteral("--replay"),
             QStringLiteral(BATCHLAB_TEST_DATA "/../../docs/examples/task_C_sgd_B32.json"),
             QStringLiteral("--out"), dir.path(), QStringLiteral("--write=csv")});
        QCOMPARE(r.exitCode, 0);
        const CsvTable ours = CsvTable::read(dir.filePath(QStringLiteral("updates.csv")));
        const CsvTable ref =
            CsvTable::read(QStringLiteral(BATCHLAB_TEST_DATA "/reference/C_B32_E50/updates.csv"));
        QCOMPARE(ours.rows.size(), ref.rows.size());
        QCOMPARE(ours.rows.size(), 50 * 4);
        double worst = 0.0, scale = 0.0;
        for (int i = 0; i < ref.rows.size(); ++i) {
            QCOMPARE(ours.rows[i][0], ref.rows[i][0]); // update
            QCOMPARE(ours.rows[i][3], ref.rows[i][1]); // epoch
            QCOMPARE(ours.rows[i][4], ref.rows[i][2]); // batch
            scale = std::max(scale, std::abs(ref.number(i, QStringLiteral("loss"))));
            worst = std::max(worst, std::abs(ours.number(i, QStringLiteral("loss")) -
                                             ref.number(i, QStringLiteral("loss"))));
        }
        QVERIFY2(worst <= 1e-9 * scale, qPrintable(QString::number(worst)));
    }

    void divergedRunStillWritesItsFiles()
    {
        QTemporaryDir dir;
        const Result r =
            runHeadless({QStringLiteral("--dataset=sine"), QStringLiteral("--train-size=20"),
                         QStringLiteral("--hidden=8"), QStringLiteral("--activation=linear"),
                         QStringLiteral("--epochs=20"), QStringLiteral("--optimizer=sgd"),
                         QStringLiteral("--learning-rate=1e6"), QStringLiteral("--out"), dir.path(),
                         QStringLiteral("--write=csv,record")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty(), "says why");
        QCOMPARE(filesIn(dir.path()),
                 (QStringList{QStringLiteral("epochs.csv"), QStringLiteral("run.json"),
                              QStringLiteral("updates.csv")}));
        QVERIFY(readAll(dir.filePath(QStringLiteral("run.json"))).contains("\"diverged\""));
    }

    // As File > Open data: the last 0.2 of the file's rows are the new exam (validation_split),
    // unless --no-validation; columns of names are left out with --drop or --columns; rows with
    // missing cells with --drop-incomplete, said on stderr.
    void dataAsTheWindowReadsIt()
    {
        QTemporaryDir dir;
        const auto validationOf = [](const QString& record) {
            return QJsonDocument::fromJson(readAll(record))
                .object()[QStringLiteral("validation")]
                .toObject();
        };
        const QString data = QStringLiteral("--data=") + csvDir;
        const QString split = dir.filePath(QStringLiteral("split"));
        Result r = runHeadless(
            {data + QStringLiteral("names_ids_dates.csv"), QStringLiteral("--drop=name,id,3"),
             QStringLiteral("--batch-size=1"), QStringLiteral("--epochs=2"),
             QStringLiteral("--out"), split, QStringLiteral("--write=record,csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonObject v = validationOf(split + QStringLiteral("/run.json"));
        QCOMPARE(v[QStringLiteral("mode")].toString(), QStringLiteral("split"));
        QCOMPARE(v[QStringLiteral("split")].toDouble(), 0.2);
        // The epochs' validation loss is there (it was an empty column).
        const QList<QByteArray> epochs = readAll(split + QStringLiteral("/epochs.csv")).split('\n');
        const int valColumn = epochs.front().split(',').indexOf("val_loss");
        QVERIFY(valColumn >= 0);
        QVERIFY2(!epochs.at(1).split(',').value(valColumn).isEmpty(), epochs.at(1).constData());

        const QString all = dir.filePath(QStringLiteral("all"));
        r = runHeadless({data + QStringLiteral("missing_cells.csv"),
                         QStringLiteral("--drop-incomplete"), QStringLiteral("--no-validation"),
                         QStringLiteral("--batch-size=1"), QStringLiteral("--epochs=2"),
                         QStringLiteral("--out"), all, QStringLiteral("--write=record")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("missing_cells.csv: 3 row")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("with an empty or NA cell left out (the first on "
                                               "line 3)")),
                 qPrintable(r.err));
        v = validationOf(all + QStringLiteral("/run.json"));
        QCOMPARE(v[QStringLiteral("mode")].toString(), QStringLiteral("separate"));
    }

    // A log or a pipe gets a progress line every --progress-every seconds (0: every epoch).
    void progressLinesWithoutATerminal()
    {
        QTemporaryDir dir;
        const Result r = runHeadless(small() + QStringList{QStringLiteral("--out"),
                                                           dir.filePath(QStringLiteral("out")),
                                                           QStringLiteral("--write=csv"),
                                                           QStringLiteral("--progress-every=0")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count(QStringLiteral("batchlab: epoch ")), 4);
        QVERIFY2(r.err.contains(QStringLiteral("epoch 4/4, update 16/16 (100 %)")),
                 qPrintable(r.err));
    }

    // --out is written as one unit: a run that cannot write every file replaces nothing and
    // leaves nothing new beside the old files; a file in the way is named.
    void outIsOneUnit()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        Result r = runHeadless(
            small() + QStringList{QStringLiteral("--out"), out, QStringLiteral("--write=record")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray before = readAll(out + QStringLiteral("/run.json"));
        QVERIFY(!before.isEmpty());
        QVERIFY(QDir(out).mkdir(QStringLiteral("epochs.csv"))); // in the way of the second run
        r = runHeadless(small() + QStringList{QStringLiteral("--out"), out,
                                              QStringLiteral("--write=csv,record"),
                                              QStringLiteral("--epochs=5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("epochs.csv")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was replaced")), qPrintable(r.err));
        QCOMPARE(readAll(out + QStringLiteral("/run.json")), before);
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/updates.csv")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("out")}); // no staging folder left behind
        // Without the folder in the way, the run replaces the record and adds its CSVs.
        QVERIFY(QDir(out).rmdir(QStringLiteral("epochs.csv")));
        r = runHeadless(small() + QStringList{QStringLiteral("--out"), out,
                                              QStringLiteral("--write=csv,record"),
                                              QStringLiteral("--epochs=5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(out + QStringLiteral("/run.json")) != before);
        QCOMPARE(filesIn(out),
                 (QStringList{QStringLiteral("epochs.csv"), QStringLiteral("run.json"),
                              QStringLiteral("updates.csv")}));
        // A file where a folder should be: said so.
        r = runHeadless(small() + QStringList{QStringLiteral("--out"),
                                              out + QStringLiteral("/run.json/plots"),
                                              QStringLiteral("--write=csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("run.json is a file, not a folder")),
                 qPrintable(r.err));
    }

    // A full disk and a read-only file system, each a small tmpfs in a private mount namespace
    // (unshare): the system's reason, and the previous run's files kept.
    void fullDiskAndReadOnly()
    {
        QTemporaryDir dir;
        const QString script = QStringLiteral(
            "set -u; D=\"$1\"; EXE=\"$2\"; shift 2\n"
            "mount -t tmpfs -o size=160k none \"$D\" || exit 90\n"
            "\"$EXE\" --headless --out \"$D/out\" --write=record \"$@\" || exit 91\n"
            "md5sum < \"$D/out/run.json\"\n"
            "\"$EXE\" --headless --out \"$D/out\" --write=csv,png,record --epochs=5 \"$@\"\n"
            "echo \"second exit $?\"\n"
            "md5sum < \"$D/out/run.json\"\n"
            "ls -a \"$D\" \"$D/out\"\n"
            "mkdir \"$D/ro\" && mount -t tmpfs -o ro none \"$D/ro\" || exit 92\n"
            "\"$EXE\" --headless --out \"$D/ro/out\" --write=csv \"$@\"\n"
            "echo \"read-only exit $?\"\n");
        QProcess p;
        p.start(QStringLiteral("unshare"),
                QStringList{QStringLiteral("-m"), QStringLiteral("--propagation"),
                            QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                            script, QStringLiteral("sh"), dir.path(),
                            QStringLiteral(BATCHLAB_EXE)} +
                    small());
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
        const QStringList lines = out.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 3, qPrintable(out + err));
        QCOMPARE(lines.at(1), QStringLiteral("second exit 1"));
        QCOMPARE(lines.at(2), lines.at(0)); // the previous record, unchanged
        QVERIFY2(err.contains(QStringLiteral("No space is left on the device")), qPrintable(err));
        QVERIFY2(!out.contains(QStringLiteral("updates.csv")), qPrintable(out)); // nothing mixed
        QVERIFY2(!out.contains(QStringLiteral(".batchlab-")), qPrintable(out));  // no staging left
        QVERIFY2(out.contains(QStringLiteral("read-only exit 1")), qPrintable(out));
        QVERIFY2(err.contains(QStringLiteral("is read-only")), qPrintable(err));
    }

    void replayReproducesTheRecord_data()
    {
        QTest::addColumn<QStringList>("settings");
        QTest::newRow("generated, shuffled") << small();
        QTest::newRow("validation split, early stopping, sgd")
            << QStringList{QStringLiteral("--dataset=circles"),
                           QStringLiteral("--train-size=40"),
                           QStringLiteral("--validation-split=0.25"),
                           QStringLiteral("--optimizer=sgd"),
                           QStringLiteral("--learning-rate=0.2"),
                           QStringLiteral("--epochs=60"),
                           QStringLiteral("--batch-size=3"),
                           QStringLiteral("--early-stopping"),
                           QStringLiteral("--patience=2"),
                           QStringLiteral("--restore-best-weights")};
        QTest::newRow("your CSV file") << QStringList{
            QStringLiteral("--data=") + csvDir + QStringLiteral("good_no_header.csv"),
            QStringLiteral("--standardize"), QStringLiteral("--batch-size=2"),
            QStringLiteral("--epochs=5"), QStringLiteral("--hidden=4,4")};
    }
    void replayReproducesTheRecord()
    {
        QFETCH(QStringList, settings);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        Result r = runHeadless(settings + QStringList{QStringLiteral("--out"), first,
                                                      QStringLiteral("--write=record,csv")});
        QCOMPARE(r.exitCode, 0);
        const QString record = first + QStringLiteral("/run.json");
        r = runHeadless({QStringLiteral("--replay"), record, QStringLiteral("--out"), second,
                         QStringLiteral("--write=record,csv")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(second + QStringLiteral("/updates.csv")),
                 readAll(first + QStringLiteral("/updates.csv")));
        // The records are the same but for the wall-clock seconds.
        const auto withoutSeconds = [](const QByteArray& text) {
            QJsonObject o = QJsonDocument::fromJson(text).object();
            QJsonObject h = o[QStringLiteral("history")].toObject();
            QJsonObject e = h[QStringLiteral("epochs")].toObject();
            e.remove(QStringLiteral("seconds"));
            h[QStringLiteral("epochs")] = e;
            o[QStringLiteral("history")] = h;
            return o;
        };
        const QByteArray a = readAll(record);
        const QByteArray b = readAll(second + QStringLiteral("/run.json"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(withoutSeconds(b), withoutSeconds(a));

        // A record whose history was changed is not reproduced: exit 1, and it says where.
        QString text = QString::fromUtf8(a);
        const QRegularExpression loss(QStringLiteral("(\"loss\": \\[)([0-9.e-]+)"));
        const auto m = loss.match(text, text.indexOf(QStringLiteral("\"updates\": {")));
        QVERIFY(m.hasMatch());
        text.replace(m.capturedStart(2), m.capturedLength(2), QStringLiteral("0.123"));
        const QString tampered = dir.filePath(QStringLiteral("tampered.json"));
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        r = runHeadless({QStringLiteral("--replay"), tampered, QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("third")), QStringLiteral("--write=csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("update 1")), qPrintable(r.err));

        // Same history, other final weights: caught too.
        text = QString::fromUtf8(a);
        const QRegularExpression weight(QStringLiteral("\\[(-?[0-9][0-9.e-]*),"));
        const auto w = weight.match(text, text.indexOf(QStringLiteral("\"final_weights\"")));
        QVERIFY(w.hasMatch());
        text.replace(w.capturedStart(1), w.capturedLength(1), QStringLiteral("0.5"));
        QFile g(tampered);
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write(text.toUtf8());
        g.close();
        r = runHeadless({QStringLiteral("--replay"), tampered, QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("fourth")), QStringLiteral("--write=csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("final weights")), qPrintable(r.err));
    }
};

QTEST_MAIN(TestHeadless)
#include "tst_headless.moc"
