// `batchlab --screenshot FILE --epochs-before K` under the offscreen platform writes a
// non-empty image of the window, and refuses bad arguments with exit code 2.
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

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
