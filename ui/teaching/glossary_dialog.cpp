#include "ui/teaching/glossary_dialog.hpp"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QVBoxLayout>

// Outside any namespace: pulls the embedded glossary into programs that link the static library.
static void initGlossaryResources()
{
    Q_INIT_RESOURCE(glossary);
}

namespace ui
{

QString embeddedGlossaryPath()
{
    initGlossaryResources();
    return QStringLiteral(":/glossary/glossary.json");
}

Glossary loadGlossary(const QString& path, QString* error)
{
    const auto failed = [&](const QString& why) {
        if (error)
            *error = why;
        return Glossary{};
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("%1: %2").arg(path, f.errorString()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return failed(QStringLiteral("%1: %2").arg(path, parse.errorString()));
    const QJsonObject root = doc.object();
    Glossary g;
    const QJsonObject story = root.value(QStringLiteral("story")).toObject();
    g.storyEn = story.value(QStringLiteral("en")).toString();
    g.storyKo = story.value(QStringLiteral("ko")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject explain = o.value(QStringLiteral("explain")).toObject();
        GlossaryTerm t{o.value(QStringLiteral("en")).toString(),
                       o.value(QStringLiteral("ko")).toString(),
                       o.value(QStringLiteral("also_ko")).toString(),
                       o.value(QStringLiteral("keras")).toString(),
                       explain.value(QStringLiteral("en")).toString(),
                       explain.value(QStringLiteral("ko")).toString()};
        if (t.en.isEmpty() || t.ko.isEmpty())
            return failed(
                QStringLiteral("%1: a term without its English or Korean word").arg(path));
        g.terms.push_back(t);
    }
    if (g.terms.isEmpty())
        return failed(QStringLiteral("%1: no terms").arg(path));
    return g;
}

GlossaryDialog::GlossaryDialog(QWidget* parent, const QString& path) : QDialog(parent)
{
    setWindowTitle(tr("Glossary"));
    setObjectName(QStringLiteral("glossaryDialog"));
    resize(760, 620);
    browser_ = new QTextBrowser(this);
    browser_->setObjectName(QStringLiteral("glossaryText"));
    browser_->setOpenExternalLinks(false);

    QString error;
    const Glossary g = loadGlossary(path, &error);
    QString html;
    if (g.terms.isEmpty()) {
        html = QStringLiteral("<p>%1</p><p><small>%2</small></p>")
                   .arg(tr("The glossary could not be read."), error.toHtmlEscaped());
    } else {
        html +=
            QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(tr("The exam story"), g.storyEn.toHtmlEscaped(), g.storyKo.toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Terms")) +
                glossaryTermsHtml(g, GlossaryOrder::EnglishFirst);
    }
    browser_->setHtml(html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
}

QString glossaryTermsHtml(const Glossary& g, GlossaryOrder order)
{
    const bool ko = order == GlossaryOrder::KoreanFirst;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' width='100%'>"
                                  "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>");
    html = ko ? html.arg(GlossaryDialog::tr("Korean"), GlossaryDialog::tr("English"),
                         GlossaryDialog::tr("In Keras"), GlossaryDialog::tr("In one line"))
              : html.arg(GlossaryDialog::tr("English"), GlossaryDialog::tr("Korean"),
                         GlossaryDialog::tr("In Keras"), GlossaryDialog::tr("In one line"));
    for (const GlossaryTerm& t : g.terms) {
        // The other Korean form in parentheses, as the handout writes it: "에포크(에폭)".
        const QString koWord =
            t.alsoKo.isEmpty()
                ? t.ko.toHtmlEscaped()
                : QStringLiteral("%1(%2)").arg(t.ko.toHtmlEscaped(), t.alsoKo.toHtmlEscaped());
        const QString explain =
            ko ? t.explainKo.toHtmlEscaped()
               : t.explainEn.toHtmlEscaped() + QStringLiteral("<br>") + t.explainKo.toHtmlEscaped();
        html += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b></td><td><code>%3</code>"
                               "</td><td>%4</td></tr>")
                    .arg(ko ? koWord : t.en.toHtmlEscaped(), ko ? t.en.toHtmlEscaped() : koWord,
                         t.keras.toHtmlEscaped(), explain);
    }
    return html + QStringLiteral("</table>");
}

QString GlossaryDialog::html() const
{
    return browser_->toHtml();
}

} // namespace ui
