// Packaging: `cmake --install` puts the programs, the translations, the .desktop entry, the icon
// and the AppStream metainfo where desktops look for them, and they agree with each other;
// `cpack -G DEB` builds a .deb that declares the packages it needs and whose `batchlab
// --version` runs once unpacked (dpkg -x, no root needed; as root also dpkg -i into a scratch
// root).
#include <QDirIterator>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <unistd.h>

namespace
{

const QString appId = QStringLiteral("io.github.batchlab.BatchLab");
const QString version = QStringLiteral(BATCHLAB_VERSION);

struct Result {
    int exitCode;
    QString out;
    QString err;
};

Result run(const QString& program, const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {-1, {}, QStringLiteral("timed out: ") + program};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QHash<QString, QString> desktopEntry(const QString& path)
{
    QHash<QString, QString> keys;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    bool inEntry = false;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.contains(QLatin1Char('=')))
            keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return keys;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir tmp_;
    QString prefix_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        prefix_ = tmp_.filePath(QStringLiteral("usr"));
        const Result r = run(QStringLiteral(CMAKE_COMMAND),
                             {QStringLiteral("--install"), QStringLiteral(BATCHLAB_BUILD_DIR),
                              QStringLiteral("--prefix"), prefix_});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void installTreeHolds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("program") << QStringLiteral("bin/batchlab");
        QTest::newRow("batchlab-fit") << QStringLiteral("bin/batchlab-fit");
        QTest::newRow(".desktop") << QStringLiteral("share/applications/%1.desktop").arg(appId);
        QTest::newRow("icon")
            << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
        QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId);
        QTest::newRow("English") << QStringLiteral("share/batchlab/translations/batchlab_en.qm");
        QTest::newRow("Korean") << QStringLiteral("share/batchlab/translations/batchlab_ko.qm");
        QTest::newRow("README") << QStringLiteral("share/doc/batchlab/README.md");
        QTest::newRow("record format") << QStringLiteral("share/doc/batchlab/run-record.md");
    }
    void installTreeHolds()
    {
        QFETCH(QString, path);
        const QFileInfo f(prefix_ + QLatin1Char('/') + path);
        QVERIFY2(f.isFile(), qPrintable(f.filePath()));
        QVERIFY(f.size() > 0);
        if (path.startsWith(QLatin1String("bin/")))
            QVERIFY(f.isExecutable());
    }

    void desktopIntegrationAgrees()
    {
        const auto entry =
            desktopEntry(prefix_ + QStringLiteral("/share/applications/%1.desktop").arg(appId));
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("BatchLab"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
        const QString exec = entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0);
        QVERIFY(QFileInfo(prefix_ + QStringLiteral("/bin/") + exec).isExecutable());
        QVERIFY(entry.value(QStringLiteral("Categories")).contains(QStringLiteral("Education")));

        QSvgRenderer icon(prefix_ +
                          QStringLiteral("/share/icons/hicolor/scalable/apps/%1.svg").arg(appId));
        QVERIFY(icon.isValid());
        QCOMPARE(icon.defaultSize(), QSize(128, 128));

        QFile meta(prefix_ + QStringLiteral("/share/metainfo/%1.metainfo.xml").arg(appId));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&meta);
        QString id, launchable, binary;
        QStringList releases;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("id"))
                id = xml.readElementText();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (xml.name() == QLatin1String("binary"))
                binary = xml.readElementText();
            else if (xml.name() == QLatin1String("release"))
                releases << xml.attributes().value(QLatin1String("version")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId);
        QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
        QCOMPARE(binary, exec);
        QVERIFY2(releases.contains(version), "the metainfo names this version");
    }

    void installedProgramRuns()
    {
        const Result r =
            run(prefix_ + QStringLiteral("/bin/batchlab"), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(version), qPrintable(r.out + r.err));
    }

    void debianPackage()
    {
        const QString pkgDir = tmp_.filePath(QStringLiteral("pkg"));
        Result r = run(QStringLiteral(CPACK_COMMAND),
                       {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                        QStringLiteral(BATCHLAB_BUILD_DIR "/CPackConfig.cmake"),
                        QStringLiteral("-B"), pkgDir},
                       300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList debs =
            QDir(pkgDir).entryList({QStringLiteral("*.deb")}, QDir::Files, QDir::Name);
        QCOMPARE(debs.size(), 1);
        const QString deb = QDir(pkgDir).filePath(debs.first());
        QVERIFY(debs.first().startsWith(QStringLiteral("batchlab_%1").arg(version)));

        r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Package"),
                                             QStringLiteral("Version"), QStringLiteral("Depends")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Package: batchlab")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Version: ") + version), qPrintable(r.out));
        for (const char* dep : {"libqt6widgets6", "libqt6svg6", "libqt6gui6", "libqcustomplot",
                                "libc6", "libstdc++6", "qt6-qpa-plugins"})
            QVERIFY2(r.out.contains(QLatin1String(dep)), qPrintable(dep + (": " + r.out)));

        r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
        QCOMPARE(r.exitCode, 0);
        for (const QString& path :
             {QStringLiteral("./usr/bin/batchlab"),
              QStringLiteral("./usr/share/applications/%1.desktop").arg(appId),
              QStringLiteral("./usr/share/metainfo/%1.metainfo.xml").arg(appId),
              QStringLiteral("./usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId)})
            QVERIFY2(r.out.contains(path), qPrintable(path));

        // Unpacked into a scratch directory (works without root), the program runs.
        const QString scratch = tmp_.filePath(QStringLiteral("scratch"));
        r = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), deb, scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(scratch + QStringLiteral("/usr/bin/batchlab"), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(version));

        // As root: a real dpkg installation into a scratch root (its own dpkg database).
        if (::geteuid() == 0) {
            const QString root = tmp_.filePath(QStringLiteral("root"));
            QVERIFY(QDir().mkpath(root + QStringLiteral("/var/lib/dpkg/info")));
            QVERIFY(QDir().mkpath(root + QStringLiteral("/var/lib/dpkg/updates")));
            QFile status(root + QStringLiteral("/var/lib/dpkg/status"));
            QVERIFY(status.open(QIODevice::WriteOnly));
            status.close();
            r = run(QStringLiteral("dpkg"),
                    {QStringLiteral("--root=") + root, QStringLiteral("--force-depends"),
                     QStringLiteral("--force-script-chrootless"), QStringLiteral("-i"), deb});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            r = run(QStringLiteral("dpkg"), {QStringLiteral("--root=") + root, QStringLiteral("-s"),
                                             QStringLiteral("batchlab")});
            QVERIFY2(r.out.contains(QStringLiteral("Status: install ok installed")),
                     qPrintable(r.out + r.err));
            r = run(root + QStringLiteral("/usr/bin/batchlab"), {QStringLiteral("--version")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(version));
        }
    }
};

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
