// The translations are complete and stay complete:
// - every entry of batchlab_ko.ts and batchlab_en.ts is finished and not empty (plural entries
//   have as many forms as the language has: 1 for Korean, 2 for English);
// - a translation keeps the placeholders of its source (%1.., %n; none lost, none invented)
//   and, where the source has an accelerator (&File), has one too;
// - lupdate on the sources that app/CMakeLists.txt gives qt_add_translations finds no string
//   that the .ts files lack (a new tr() without a translation fails here);
// - the compiled Korean .qm (embedded under :/i18n as in the batchlab executable) loads the way
//   app/main.cpp loads it and translates.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace
{

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;              // the translation's type attribute: "", "unfinished", "obsolete"...
    QStringList translations;  // one text, or the plural forms
    qint64 line = 0;           // in the .ts file, for the messages
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = xml.lineNumber();
            } else if (name == QLatin1String("source") && inMessage) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString& lang)
{
    return QStringLiteral(BATCHLAB_TS_DIR "/batchlab_%1.ts").arg(lang);
}

// How many plural forms Qt expects for the language (Korean has none, English singular/plural).
int pluralForms(const QString& lang)
{
    return lang == QLatin1String("ko") ? 1 : 2;
}

QString describe(const Message& m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// %1..%99 and %n, with or without the L (localized) flag, as Qt's arg() and tr() use them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.removeDuplicates();
    found.sort();
    return found;
}

// An accelerator: '&' before a letter or digit that does not start an HTML entity (&nbsp;).
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&)(?![A-Za-z]+;|#[0-9]+;)[\\p{L}\\p{N}]"));
    QString t = text;
    t.replace(QStringLiteral("&&"), QString());
    return re.match(t).hasMatch();
}

using Key = QString; // context \x1 source \x1 comment

Key keyOf(const Message& m)
{
    return m.context + QChar(1) + m.source + QChar(1) + m.comment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // (a) No entry is unfinished, obsolete or empty; plural entries have all their forms.
    void complete()
    {
        QFETCH(QString, lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(lang), qPrintable(ts.language));
        QVERIFY(ts.messages.size() > 100);
        QStringList bad;
        for (const Message& m : ts.messages) {
            QString why;
            if (!m.type.isEmpty())
                why = m.type;
            else if (m.translations.isEmpty())
                why = QStringLiteral("no translation");
            else if (m.numerus && m.translations.size() != pluralForms(lang))
                why = QStringLiteral("%1 plural forms, not %2")
                          .arg(m.translations.size())
                          .arg(pluralForms(lang));
            else
                for (const QString& t : m.translations)
                    if (t.trimmed().isEmpty())
                        why = QStringLiteral("empty");
            if (!why.isEmpty())
                bad << QStringLiteral("line %1 %2: %3").arg(m.line).arg(describe(m), why);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 of %2 entries of batchlab_%3.ts:\n")
                                                .arg(bad.size())
                                                .arg(ts.messages.size())
                                                .arg(lang) +
                                            bad.join(QLatin1Char('\n'))));
    }

    void placeholdersKept_data() { complete_data(); }

    // (b) Every %1.. and %n of the source is in every form of the translation, and no other
    // placeholder appears; an accelerator in the source has one in the translation.
    void placeholdersKept()
    {
        QFETCH(QString, lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList bad;
        for (const Message& m : ts.messages) {
            const QStringList want = placeholders(m.source);
            const bool accel = hasAccelerator(m.source);
            for (const QString& t : m.translations) {
                const QStringList got = placeholders(t);
                if (got != want)
                    bad << QStringLiteral("line %1 %2: placeholders %3 in \"%4\", source has %5")
                               .arg(m.line)
                               .arg(describe(m), got.join(QLatin1Char(' ')), t,
                                    want.join(QLatin1Char(' ')));
                if (accel && !hasAccelerator(t))
                    bad << QStringLiteral("line %1 %2: no accelerator (&) in \"%3\"")
                               .arg(m.line)
                               .arg(describe(m), t);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // (c) lupdate on the sources finds nothing that the .ts files lack.
    void nothingMissing()
    {
        const QString lupdate = QStringLiteral(BATCHLAB_LUPDATE);
        QVERIFY2(QFileInfo(lupdate).isExecutable(),
                 qPrintable(QStringLiteral("lupdate not found at %1").arg(lupdate)));
        const QString list = QStringLiteral(BATCHLAB_LUPDATE_LIST);
        QVERIFY2(QFileInfo::exists(list), qPrintable(list));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("fromsources_ko.ts"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                          QLatin1Char('@') + list, QStringLiteral("-ts"), out});
        QVERIFY2(p.waitForFinished(120000), "lupdate did not finish in two minutes");
        const QString log = QString::fromLocal8Bit(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(log));
        const TsFile fresh = readTs(out);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error + QLatin1Char('\n') + log));
        QVERIFY2(fresh.messages.size() > 100,
                 qPrintable(QStringLiteral("lupdate found only %1 strings\n%2")
                                .arg(fresh.messages.size())
                                .arg(log)));

        for (const QString& lang : {QStringLiteral("ko"), QStringLiteral("en")}) {
            const TsFile ts = readTs(tsPath(lang));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QHash<Key, bool> have; // key -> numerus
            for (const Message& m : ts.messages)
                have.insert(keyOf(m), m.numerus);
            QStringList missing;
            QSet<Key> inSources;
            for (const Message& m : fresh.messages) {
                inSources.insert(keyOf(m));
                const auto it = have.constFind(keyOf(m));
                if (it == have.constEnd())
                    missing << describe(m);
                else if (it.value() != m.numerus)
                    missing << describe(m) + QStringLiteral(" (plural forms changed)");
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("batchlab_%1.ts lacks %2 string(s) of the sources; "
                                               "run `cmake --build <dir> --target "
                                               "update_translations` and translate them:\n")
                                    .arg(lang)
                                    .arg(missing.size()) +
                                missing.join(QLatin1Char('\n'))));
            // Strings no longer in the sources go at the next update_translations; say so only.
            for (const Message& m : ts.messages)
                if (!inSources.contains(keyOf(m)))
                    qWarning("batchlab_%s.ts: no longer in the sources: %s", qPrintable(lang),
                             qPrintable(describe(m)));
        }
    }

    // The Korean .qm, embedded as in the executable, loads as app/main.cpp loads it (by the
    // locale) and translates a known string, a plural one, and every entry of the .ts.
    void koreanQmLoads()
    {
        QTranslator ko;
        QVERIFY(ko.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("batchlab"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(ko.filePath(), QStringLiteral(":/i18n/batchlab_ko.qm"));
        QCOMPARE(ko.language(), QStringLiteral("ko_KR"));
        QCOMPARE(ko.translate("ui::MainWindow", "&File"), QStringLiteral("파일(&F)"));

        QVERIFY(QCoreApplication::installTranslator(&ko));
        QCOMPARE(QCoreApplication::translate("ui::ControlsPanel", "%n update(s)/s", nullptr, 5),
                 QStringLiteral("초당 5번 갱신"));
        QVERIFY(QCoreApplication::removeTranslator(&ko));

        const TsFile ts = readTs(tsPath(QStringLiteral("ko")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList bad;
        for (const Message& m : ts.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString got = ko.translate(context.constData(), source.constData(),
                                             m.comment.isEmpty() ? nullptr : comment.constData(),
                                             m.numerus ? 1 : -1);
            if (m.translations.isEmpty() || got != m.translations.first())
                bad << QStringLiteral("%1: the .qm gives \"%2\"").arg(describe(m), got);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("the .qm is not the .ts:\n") +
                                           bad.join(QLatin1Char('\n'))));
    }

    void englishQmHasPlurals()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/batchlab_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&en));
        QCOMPARE(QCoreApplication::translate("ui::ControlsPanel", "%n update(s)/s", nullptr, 1),
                 QStringLiteral("1 update/s"));
        QCOMPARE(QCoreApplication::translate("ui::ControlsPanel", "%n update(s)/s", nullptr, 2),
                 QStringLiteral("2 updates/s"));
        QVERIFY(QCoreApplication::removeTranslator(&en));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
