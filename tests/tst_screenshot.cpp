// `batchlab --screenshot FILE --epochs-before K` under the offscreen platform writes a
// non-empty image of the window, and refuses bad arguments with exit code 2; `--scenario FILE`
// opens a classroom scenario first, and a bad one is said on stderr with exit code 2.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void writesAnImage();
    void rejectsBadEpochs();
    void opensAScenario_data();
    void opensAScenario();
};

namespace
{

QProcessEnvironment environment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home); // never read or write real settings
    return env;
}

} // namespace

void TestScreenshot::writesAnImage()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("window.png"));
    QProcess p;
    p.setProcessEnvironment(environment(dir.path()));
    p.start(QStringLiteral(BATCHLAB_EXE),
            {QStringLiteral("--screenshot"), out, QStringLiteral("--epochs-before"),
             QStringLiteral("20")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(out);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not blank: many different colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 50);
}

void TestScreenshot::rejectsBadEpochs()
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(environment(dir.path()));
    p.start(QStringLiteral(BATCHLAB_EXE),
            {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
             QStringLiteral("--epochs-before"), QStringLiteral("many")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

void TestScreenshot::opensAScenario_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("good") << QByteArray(R"({"format": "batchlab-scenario", "format_version": 1,
        "data": {"source": "generator", "generator": {"dataset": "xor", "n_train": 20}},
        "model": {"hidden": [8]}, "training": {"batch_size": 5, "epochs": 4},
        "classroom": {"font_scale": 2, "locked": ["batch_size"]}, "title": "Hello"})")
                          << 0 << QString();
    QTest::newRow("bad field") << QByteArray(R"({"format": "batchlab-scenario",
        "format_version": 1, "data": {}})")
                               << 2 << QStringLiteral("data.source: missing");
    QTest::newRow("no such file") << QByteArray() << 2 << QStringLiteral("cannot be read");
}

void TestScreenshot::opensAScenario()
{
    QFETCH(QByteArray, text);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("lesson.batchlab-scenario"));
    if (!text.isEmpty()) {
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QString out = dir.filePath(QStringLiteral("window.png"));
    QProcess p;
    p.setProcessEnvironment(environment(dir.path()));
    p.start(QStringLiteral(BATCHLAB_EXE),
            {QStringLiteral("--scenario"), scenario, QStringLiteral("--screenshot"), out});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(QFile::exists(out), exitCode == 0);
    if (exitCode != 0)
        return;
    // The scenario was applied: its window (xor data, 4 epochs, fonts at twice their size) looks
    // unlike the default run's. A window that ignored the scenario would differ from the default
    // only in a few status texts.
    const QString plain = dir.filePath(QStringLiteral("default.png"));
    QProcess q;
    q.setProcessEnvironment(environment(dir.path()));
    q.start(QStringLiteral(BATCHLAB_EXE), {QStringLiteral("--screenshot"), plain});
    QVERIFY(q.waitForFinished(60000));
    QCOMPARE(q.exitCode(), 0);
    const QImage a(out), b(plain);
    QVERIFY(!a.isNull() && !b.isNull());
    double differing = 1.0;
    if (a.size() == b.size()) {
        qint64 n = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                n += a.pixel(x, y) != b.pixel(x, y);
        differing = double(n) / (double(a.width()) * a.height());
    }
    QVERIFY2(differing > 0.10, qPrintable(QStringLiteral("only %1 of the pixels differ from the "
                                                         "default window")
                                              .arg(differing)));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
