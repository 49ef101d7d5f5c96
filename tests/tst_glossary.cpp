// The glossary (resources/glossary.json): the lesson's own words, one term per idea. Each term
// names its rejected variants; no Korean translation, Korean lesson or the Korean teachers'
// guide may use one (nor an English lesson a rejected English variant). The glossary is the one
// place where the other form appears ("에포크(에폭)"). The handout's words (에포크, 배치사이즈,
// 오버피팅, 역전파) are on screen somewhere.
#include "ui/teaching/glossary_dialog.hpp"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace
{

const QString resources = QStringLiteral(BATCHLAB_RESOURCES);

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject glossary()
{
    return readJson(resources + QStringLiteral("/glossary.json"));
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

// The texts a reader sees: Korean translations of the .ts file.
QStringList translations(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QStringList out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                out << text;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

// The texts of a lesson file a reader sees (titles, summary, step texts, the check's question
// and explanation); settings and the "says" notes of shape checks are for the tests.
void lessonTexts(const QJsonValue& v, const QString& key, QStringList& out)
{
    static const QStringList shown = {QStringLiteral("title"),       QStringLiteral("summary"),
                                      QStringLiteral("text"),        QStringLiteral("question"),
                                      QStringLiteral("explanation"), QStringLiteral("choices"),
                                      QStringLiteral("why")};
    if (v.isString()) {
        if (shown.contains(key))
            out << v.toString();
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            lessonTexts(x, key, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            lessonTexts(it.value(), it.key(), out);
    }
}

QStringList lessonTexts(const QString& path)
{
    QStringList out;
    lessonTexts(readJson(path), QString(), out);
    return out;
}

QStringList lessonFiles(const QString& language)
{
    const QDir dir(resources + QStringLiteral("/lessons"));
    QStringList out;
    for (const QString& name :
         dir.entryList({QStringLiteral("*.") + language + QStringLiteral(".json")}, QDir::Files))
        out << dir.filePath(name);
    return out;
}

// Every use of a rejected variant in `texts`: "variant (use term): …context…".
QStringList findRejected(const QStringList& texts, const QString& language)
{
    const QString rejectedKey = QStringLiteral("rejected_") + language;
    QStringList problems;
    for (const QJsonValue& t : glossary().value(QStringLiteral("terms")).toArray()) {
        const QJsonObject term = t.toObject();
        for (const QString& variant : strings(term.value(rejectedKey))) {
            for (const QString& text : texts) {
                const int at = text.indexOf(variant, 0, Qt::CaseSensitive);
                if (at >= 0)
                    problems << QStringLiteral("%1 (use %2): …%3…")
                                    .arg(variant, term.value(language).toString(),
                                         text.mid(qMax(0, at - 20), variant.size() + 40));
            }
        }
    }
    return problems;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private slots:
    void glossaryIsComplete();
    void noRejectedVariant_data();
    void noRejectedVariant();
    void rejectedVariantsAreFound();
    void handoutWordsAreOnScreen();
    void dialogShowsBothLanguages();
    void dialogSurvivesABadFile();
};

void TestGlossary::glossaryIsComplete()
{
    const QJsonObject g = glossary();
    QCOMPARE(g.value(QStringLiteral("format")).toInt(), 1);
    for (const char* lang : {"en", "ko"})
        QVERIFY(!g.value(QStringLiteral("story"))
                     .toObject()
                     .value(QLatin1String(lang))
                     .toString()
                     .isEmpty());
    const QJsonArray terms = g.value(QStringLiteral("terms")).toArray();
    QVERIFY(terms.size() >= 10);
    QStringList chosen;
    QStringList rejected;
    for (const QJsonValue& t : terms) {
        const QJsonObject term = t.toObject();
        const QString en = term.value(QStringLiteral("en")).toString();
        const QString ko = term.value(QStringLiteral("ko")).toString();
        QVERIFY2(!en.isEmpty() && !ko.isEmpty(), qPrintable(en));
        const QJsonObject explain = term.value(QStringLiteral("explain")).toObject();
        for (const char* lang : {"en", "ko"}) {
            const QString line = explain.value(QLatin1String(lang)).toString();
            QVERIFY2(!line.isEmpty() && !line.contains(QLatin1Char('\n')), qPrintable(en));
        }
        QVERIFY2(term.value(QStringLiteral("rejected_ko")).isArray(), qPrintable(en));
        chosen << ko;
        rejected << strings(term.value(QStringLiteral("rejected_ko")));
    }
    // One term per idea: no chosen word is rejected elsewhere.
    for (const QString& c : chosen)
        for (const QString& r : rejected)
            QVERIFY2(!c.startsWith(r), qPrintable(c + QStringLiteral(" is rejected as ") + r));
}

void TestGlossary::noRejectedVariant_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("language");
    QTest::newRow("batchlab_ko.ts")
        << translations(resources + QStringLiteral("/translations/batchlab_ko.ts"))
        << QStringLiteral("ko");
    QFile guide(resources + QStringLiteral("/../docs/TEACHERS.ko.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    QTest::newRow("TEACHERS.ko.md")
        << QStringList{QString::fromUtf8(guide.readAll())} << QStringLiteral("ko");
    for (const char* lang : {"ko", "en"})
        for (const QString& path : lessonFiles(QLatin1String(lang)))
            QTest::newRow(qPrintable(QFileInfo(path).fileName()))
                << lessonTexts(path) << QString::fromLatin1(lang);
}

void TestGlossary::noRejectedVariant()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, language);
    QVERIFY(!texts.isEmpty());
    const QStringList problems = findRejected(texts, language);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The check can fail: the old words are caught.
void TestGlossary::rejectedVariantsAreFound()
{
    const QStringList old = {QStringLiteral("에폭별 손실"), QStringLiteral("과적합: 검증 손실"),
                             QStringLiteral("3회차 후"), QStringLiteral("답안 확인(가중치 갱신)"),
                             QStringLiteral("지나침은 모자람만 못합니다")};
    QCOMPARE(findRejected(old, QStringLiteral("ko")).size(), old.size());
    QCOMPARE(findRejected({QStringLiteral("the best pass is marked")}, QStringLiteral("en")).size(),
             1);
    QVERIFY(findRejected({QStringLiteral("에포크별 손실, 오버피팅, 3번째 풀이 후")},
                         QStringLiteral("ko"))
                .isEmpty());
}

void TestGlossary::handoutWordsAreOnScreen()
{
    QStringList texts = translations(resources + QStringLiteral("/translations/batchlab_ko.ts"));
    for (const QString& path : lessonFiles(QStringLiteral("ko")))
        texts << lessonTexts(path);
    const QString all = texts.join(QLatin1Char('\n'));
    for (const char* word : {"에포크", "배치사이즈", "오버피팅", "역전파", "해답지", "채점"})
        QVERIFY2(all.contains(QString::fromUtf8(word)), word);
}

// Help > Glossary shows every term in both languages (the other Korean form once, in
// brackets), its one-line explanations and the exam story, from the embedded file.
void TestGlossary::dialogShowsBothLanguages()
{
    const ui::Glossary embedded = ui::loadGlossary(ui::embeddedGlossaryPath());
    const QJsonArray terms = glossary().value(QStringLiteral("terms")).toArray();
    QCOMPARE(embedded.terms.size(), terms.size());
    ui::GlossaryDialog dialog;
    const QString html = dialog.html();
    for (const ui::GlossaryTerm& t : embedded.terms) {
        QVERIFY2(html.contains(t.en.toHtmlEscaped()), qPrintable(t.en));
        QVERIFY2(html.contains(t.explainKo.toHtmlEscaped()), qPrintable(t.en));
        QVERIFY2(html.contains(t.explainEn.toHtmlEscaped()), qPrintable(t.en));
    }
    QVERIFY(html.contains(QStringLiteral("에포크(에폭)")));
    QVERIFY(html.contains(QStringLiteral("오버피팅(과적합)")));
    QVERIFY(html.contains(QStringLiteral("모의고사")));
    // A picture for people: <temp>/batchlab_glossary.png.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("batchlab_glossary.png"))));
}

void TestGlossary::dialogSurvivesABadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("glossary.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"terms": [{"en": "epoch"}]})");
    f.close();
    QString error;
    QVERIFY(ui::loadGlossary(path, &error).terms.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Korean")), qPrintable(error));
    QVERIFY(ui::loadGlossary(dir.filePath(QStringLiteral("missing.json")), &error).terms.isEmpty());
    ui::GlossaryDialog dialog(nullptr, path);
    QVERIFY(dialog.html().contains(QStringLiteral("could not be read")));
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
