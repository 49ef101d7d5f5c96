#include "ui/teaching/worksheet.hpp"

#include "limits.hpp"
#include "run_record.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/teaching/glossary_dialog.hpp"
#include "ui/teaching/lesson_library.hpp"
#include "ui/teaching/lesson_panel.hpp"
#include "ui/teaching/teaching_docks.hpp"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <thread>

namespace ui
{

namespace
{

constexpr double pageWidth = 595.0; // A4 in points (the PDF's resolution is 72 dpi)
constexpr double pageHeight = 842.0;
constexpr double margin = 42.0;
constexpr double contentWidth = pageWidth - 2 * margin;
// Plots are laid out at the size of a window's plot and scaled down onto the page, so that
// their legends and labels keep the proportions they have on screen.
constexpr int plotLogicalWidth = 760;
constexpr double plotHeight = 230.0; // on the page, in points

QString fill(const std::string& text, const core::RunSettings& s,
             std::optional<std::int64_t> answer = std::nullopt)
{
    return QString::fromStdString(core::fillPlaceholders(text, s, answer));
}

// Lays out pages top to bottom: blocks of rich text and plots; a block that does not fit on
// the rest of the page starts a new one.
class PageWriter
{
public:
    // `turnPage` starts the next page of `device` (QPdfWriter::newPage, or the next image).
    PageWriter(QPaintDevice& device, QCPPainter& painter, std::function<void()> turnPage)
        : device_(device), p_(painter), turnPage_(std::move(turnPage))
    {
    }

    void html(const QString& html, double gapAfter = 6.0)
    {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&device_);
        doc.setDefaultFont(QFont(QFont().family(), 10));
        doc.setTextWidth(contentWidth);
        doc.setHtml(html);
        const double h = doc.size().height();
        room(h);
        p_.save();
        p_.translate(margin, y_);
        doc.drawContents(&p_);
        p_.restore();
        y_ += h + gapAfter;
    }

    // An empty box with a label, to write into by hand.
    void box(const QString& label, double height)
    {
        room(height + 4);
        p_.save();
        p_.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
        p_.drawRect(QRectF(margin, y_, contentWidth, height));
        p_.setPen(QColor(0x55, 0x55, 0x55));
        p_.setFont(QFont(QFont().family(), 8));
        p_.drawText(QRectF(margin + 4, y_ + 2, contentWidth - 8, 14), label);
        p_.restore();
        y_ += height + 8;
    }

    void plot(QCustomPlot* plot, double height)
    {
        room(height);
        const double k = contentWidth / plotLogicalWidth;
        p_.save();
        p_.translate(margin, y_);
        p_.scale(k, k);
        p_.setMode(QCPPainter::pmVectorized);
        p_.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&p_, plotLogicalWidth, qRound(height / k));
        p_.restore();
        y_ += height + 8;
    }

    void newPage()
    {
        turnPage_();
        y_ = margin;
    }

private:
    void room(double h)
    {
        if (y_ + h > pageHeight - margin && y_ > margin)
            newPage();
    }

    QPaintDevice& device_;
    QCPPainter& p_;
    std::function<void()> turnPage_;
    double y_ = margin;
};

// Writes one PDF through `content`, atomically.
ExportResult writePdf(const QString& path, const QString& title,
                      const std::function<void(PageWriter&)>& content)
{
    ExportResult r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = Worksheet::tr("cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    bool painted = false;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("BatchLab"));
        pdf.setTitle(title);
        QCPPainter painter;
        if (painter.begin(&pdf)) {
            PageWriter pages(pdf, painter, [&pdf] { pdf.newPage(); });
            content(pages);
            painted = painter.end();
        }
    }
    if (!painted || !file.commit()) {
        r.error = Worksheet::tr("cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return r;
    }
    r.ok = true;
    return r;
}

// The same pages as images at 72 dpi (one point per pixel, times `scale`).
std::vector<QImage> renderImages(double scale, const std::function<void(PageWriter&)>& content)
{
    std::vector<QImage> pages;
    const auto blank = [&pages, scale] {
        QImage image(qRound(pageWidth * scale), qRound(pageHeight * scale), QImage::Format_RGB32);
        // 72 dpi like the PDF: points are pixels, and the painter scales them.
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        image.fill(Qt::white);
        pages.push_back(image);
    };
    blank();
    QCPPainter painter;
    const auto begin = [&] {
        painter.begin(&pages.back());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
    };
    begin();
    // Every page is its own image; the writer lays out against the first one's metrics.
    QImage metrics = pages.front();
    PageWriter writer(metrics, painter, [&] {
        painter.end();
        blank();
        begin();
    });
    content(writer);
    painter.end();
    return pages;
}

// The run of a step as the lesson trains it, to the step's target (whole epochs).
core::RunSettings runSettingsOf(const core::LessonStep& step)
{
    core::RunSettings s = step.settings;
    const int steps = core::stepsPerEpoch(s.trainingRows(), s.train.batchSize);
    const std::int64_t target = step.target.pauseAfterUpdate(s);
    s.train.epochs = static_cast<int>(
        std::min<std::int64_t>(s.train.epochs, (target + steps - 1) / std::max(1, steps)));
    return s;
}

// The plot a step's run draws: loss per weight update for a run of a few epochs, else loss
// per epoch.
std::unique_ptr<PlotWidget> plotOf(const core::RunSettings& s)
{
    const core::RunSpec spec = core::specOf(s);
    const core::RunResult r = core::trainSpec(spec);
    const RunSnapshot snap =
        recordedSnapshot(spec, r.initialParameters, r.history, r.outcome, r.finalParameters);
    std::unique_ptr<PlotWidget> plot;
    if (r.outcome.epochs <= 3) {
        auto perUpdate = std::make_unique<LossPerUpdatePlot>();
        perUpdate->clearRun();
        perUpdate->setRunShape(snap.start->stepsPerEpoch, snap.start->trainingRows);
        perUpdate->append(snap);
        plot = std::move(perUpdate);
    } else {
        auto perEpoch = std::make_unique<LossPerEpochPlot>();
        perEpoch->clearRun(core::isClassification(spec.task()),
                           s.train.earlyStopping);
        perEpoch->append(snap);
        plot = std::move(perEpoch);
    }
    plot->resize(plotLogicalWidth, qRound(plotHeight * plotLogicalWidth / contentWidth));
    plot->resetView();
    QCoreApplication::processEvents();
    plot->resetView();
    return plot;
}

QString glossaryHtml(const QString& language)
{
    const Glossary g = loadGlossary(embeddedGlossaryPath());
    const bool ko = language == QLatin1String("ko");
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>")
                       .arg(Worksheet::tr("Glossary"));
    for (const GlossaryTerm& t : g.terms)
        html += QStringLiteral("<tr><td><b>%1</b> (%2)</td><td>%3</td></tr>")
                    .arg((ko ? t.ko : t.en).toHtmlEscaped(), (ko ? t.en : t.ko).toHtmlEscaped(),
                         (ko ? t.explainKo : t.explainEn).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString letter(std::size_t i)
{
    return QString(QChar(u'A' + static_cast<char16_t>(i)));
}

} // namespace

QString Worksheet::answerKeyPathFor(const QString& worksheetPath)
{
    const QFileInfo fi(worksheetPath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-answers.pdf"));
}

std::int64_t Worksheet::checkAnswer(const core::Lesson& lesson)
{
    if (lesson.check.sweep)
        return core::sweepBestBatchSize(
            lesson.check.settings, *lesson.check.sweep,
            std::clamp(int(std::thread::hardware_concurrency()), 1, core::limits::maxSweepJobs));
    const core::RunResult r = core::trainSpec(core::specOf(lesson.check.settings));
    return core::answerOf(lesson.check.answer,
                          core::factsOfOutcome(lesson.check.settings, r.outcome));
}

namespace
{

// What the pages show that must be computed first: the steps' plots and the check's answer.
struct Material {
    std::vector<std::unique_ptr<PlotWidget>> plots; // per step, null for a step without a run
    std::int64_t answer = 0;
};

std::optional<Material> prepare(const core::Lesson& lesson, QString& error)
{
    Material m;
    m.plots.resize(lesson.steps.size());
    try {
        for (std::size_t i = 0; i < lesson.steps.size(); ++i)
            if (lesson.steps[i].target.runs())
                m.plots[i] = plotOf(runSettingsOf(lesson.steps[i]));
        m.answer = Worksheet::checkAnswer(lesson);
    } catch (const std::exception& e) {
        error = Worksheet::tr("the lesson cannot be run: %1").arg(QString::fromStdString(e.what()));
        return std::nullopt;
    }
    return m;
}

void worksheetPages(PageWriter& page, const core::Lesson& lesson, const Material& m)
{
    const QString title = QString::fromStdString(lesson.title);
    page.html(QStringLiteral("<h2>%1</h2><p>%2 ____________________ &nbsp; %3 __________</p>")
                  .arg(title.toHtmlEscaped(), Worksheet::tr("Name:"), Worksheet::tr("Date:")));
    if (!lesson.summary.empty())
        page.html(LessonPanel::paragraphsHtml(fill(lesson.summary, lesson.settings)));
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& s = lesson.steps[i];
        QString heading = Worksheet::tr("Step %1").arg(i + 1);
        if (!s.title.empty())
            heading += QStringLiteral(": ") + fill(s.title, s.settings);
        page.html(QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped()) +
                  LessonPanel::paragraphsHtml(fill(s.text, s.settings)));
        if (s.sweep)
            page.box(Worksheet::tr("Your notes: what does the sweep show (Experiments > Sweep)?"),
                     48);
        if (m.plots[i]) {
            page.box(Worksheet::tr("Your notes: what does the run show?"), 48);
            page.plot(m.plots[i].get(), plotHeight);
        }
    }
    page.html(QStringLiteral("<h3>%1</h3>").arg(Worksheet::tr("Check question")) +
              LessonPanel::paragraphsHtml(fill(lesson.check.question, lesson.check.settings)));
    page.box(Worksheet::tr("Your prediction, before running:"), 40);
    page.box(Worksheet::tr("What the run gave:"), 40);
    if (!lesson.quiz.empty()) {
        page.html(QStringLiteral("<h3>%1</h3>").arg(Worksheet::tr("Quiz")));
        for (std::size_t q = 0; q < lesson.quiz.size(); ++q) {
            const core::QuizQuestion& item = lesson.quiz[q];
            QString html = QStringLiteral("<p><b>%1. %2</b></p>")
                               .arg(q + 1)
                               .arg(QString::fromStdString(item.question).toHtmlEscaped());
            for (std::size_t c = 0; c < item.choices.size(); ++c)
                html +=
                    QStringLiteral("<p>&#9744; %1) %2</p>")
                        .arg(letter(c), QString::fromStdString(item.choices[c]).toHtmlEscaped());
            page.html(html);
        }
    }
    page.html(glossaryHtml(QString::fromStdString(lesson.language)));
}

void answerKeyPages(PageWriter& page, const core::Lesson& lesson, const Material& m)
{
    QString html =
        QStringLiteral("<h2>%1</h2><h3>%2</h3>")
            .arg(Worksheet::tr("Answer key"), QString::fromStdString(lesson.title).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(Worksheet::tr("Check question")) +
            LessonPanel::paragraphsHtml(fill(lesson.check.question, lesson.check.settings));
    const QString answer =
        lesson.check.tolerance > 0
            ? Worksheet::tr("Answer: %1 (answers within %2 of it count as right)")
                  .arg(m.answer)
                  .arg(lesson.check.tolerance)
            : Worksheet::tr("Answer: %1").arg(m.answer);
    html += QStringLiteral("<p><b>%1</b></p>").arg(answer);
    if (!lesson.check.explanation.empty())
        html += LessonPanel::paragraphsHtml(
            fill(lesson.check.explanation, lesson.check.settings, m.answer));
    if (!lesson.quiz.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(Worksheet::tr("Quiz"));
        for (std::size_t q = 0; q < lesson.quiz.size(); ++q) {
            const core::QuizQuestion& item = lesson.quiz[q];
            const auto a = static_cast<std::size_t>(item.answer);
            html += QStringLiteral("<p>%1. <b>%2) %3</b> %4</p>")
                        .arg(q + 1)
                        .arg(letter(a), QString::fromStdString(item.choices[a]).toHtmlEscaped(),
                             QString::fromStdString(item.why).toHtmlEscaped());
        }
    }
    page.html(html);
}

// The shown runs of `store` that have ended, as a store of their own with none live (so that
// the plots overlay every one of them), in the order of the Runs dock.
std::unique_ptr<RunStore> endedRuns(const RunStore& store)
{
    auto out = std::make_unique<RunStore>();
    for (const auto& e : store.runs()) {
        if (!e->shown || !e->data.outcome)
            continue;
        const std::optional<core::RunRecord> r = e->record(std::string());
        if (!r)
            continue;
        const RunId id = out->addRecord(*r);
        out->setPinned(id, true);
        out->setLabel(id, e->label);
        out->setColour(id, e->colour);
    }
    return out;
}

std::unique_ptr<LossPerEpochPlot> overlayOf(const RunStore& runs, UpdateAxis axis)
{
    auto plot = std::make_unique<LossPerEpochPlot>();
    plot->clearRun(false, {});
    plot->setAxis(axis);
    plot->setStore(&runs);
    // No live run here: its (empty) curves leave the legend.
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->dataCount() == 0) {
            plot->graph(i)->setVisible(false);
            plot->graph(i)->removeFromLegend();
        }
    plot->resize(plotLogicalWidth, qRound(plotHeight * 1.3 * plotLogicalWidth / contentWidth));
    plot->resetView();
    QCoreApplication::processEvents();
    plot->resetView();
    return plot;
}

QString numberText(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'g', 3) : QStringLiteral("–");
}

// The table of the runs: settings always, results only in the answer key.
QString runsTable(const RunStore& runs, bool results)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr>");
    QStringList heads{Worksheet::tr("Run"),
                      QStringLiteral("B"),
                      QStringLiteral("E"),
                      Worksheet::tr("Weight updates"),
                      Worksheet::tr("Best epoch"),
                      Worksheet::tr("Best validation loss"),
                      Worksheet::tr("Overfitting from epoch")};
    for (const QString& h : heads)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const auto& e : runs.runs()) {
        const int best = e->bestEpoch();
        const double bestLoss = best >= 0 && best < int(e->data.epochs.size())
                                    ? e->data.epochs[std::size_t(best)].valLoss
                                    : std::nan("");
        const std::optional<int> from = e->data.outcome->overfittingFrom;
        const QString blank = QStringLiteral("&nbsp;");
        html += QStringLiteral("<tr><td><font color='#%1'>&#9632;</font> %2</td><td>%3</td>"
                               "<td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(QString::number(e->colour, 16).rightJustified(6, QLatin1Char('0')),
                         e->label.toHtmlEscaped())
                    .arg(e->spec.settings.train.batchSize)
                    .arg(e->data.epochsDone)
                    .arg(QLocale().toString(qlonglong(e->data.updatesDone)))
                    .arg(results ? QString::number(best) : blank)
                    .arg(results ? numberText(bestLoss) : blank)
                    .arg(results ? (from ? QString::number(*from) : Worksheet::tr("none")) : blank);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ExportResult Worksheet::writeRuns(const RunStore& store, const QString& worksheetPath,
                                  const QString& answerKeyPath)
{
    const std::unique_ptr<RunStore> runs = endedRuns(store);
    if (runs->size() == 0) {
        ExportResult r;
        r.error = tr("No shown run has ended yet: let the runs to compare finish, then export.");
        return r;
    }
    const auto perEpoch = overlayOf(*runs, UpdateAxis::Epoch);
    const auto perUpdate = overlayOf(*runs, UpdateAxis::Update);
    const QString language = QLocale().name().left(2);
    const QString title = tr("Comparing runs");
    ExportResult r = writePdf(worksheetPath, title, [&](PageWriter& page) {
        page.html(QStringLiteral("<h2>%1</h2><p>%2 ____________________ &nbsp; %3 __________</p>")
                      .arg(title.toHtmlEscaped(), tr("Name:"), tr("Date:")));
        page.html(QStringLiteral("<p>%1</p>")
                      .arg(tr("The same questions trained with different settings. Solid lines: "
                              "the loss on the new exam (validation); dashed: on the practice "
                              "exam (training).")
                               .toHtmlEscaped()) +
                  runsTable(*runs, false));
        page.html(QStringLiteral("<h3>%1</h3>").arg(tr("Loss per epoch (one pass over the exam)")));
        page.plot(perEpoch.get(), plotHeight * 1.3);
        page.box(tr("Which run learns the most per epoch? Why?"), 40);
        page.html(QStringLiteral("<h3>%1</h3>").arg(tr("The same runs per weight update")));
        page.plot(perUpdate.get(), plotHeight * 1.3);
        page.box(tr("Which run learns the most per weight update (answer-sheet check)? Why?"), 40);
        page.box(tr("Fill in the table: the best epoch, its validation loss and where each run "
                    "starts to memorise the practice exam (overfitting)."),
                 40);
        page.html(glossaryHtml(language));
    });
    if (!r.ok)
        return r;
    return writePdf(
        answerKeyPath, title + QStringLiteral(" · ") + tr("Answer key"), [&](PageWriter& page) {
            page.html(
                QStringLiteral("<h2>%1 · %2</h2>").arg(tr("Answer key"), title.toHtmlEscaped()) +
                runsTable(*runs, true));
        });
}

void Worksheet::exportRunsInteractively(const RunStore& store, QWidget* parent)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export worksheet of these runs"),
                                     QStringLiteral("runs-worksheet.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const ExportResult r = writeRuns(store, path, answerKeyPathFor(path));
    if (!r.ok)
        QMessageBox::warning(parent, tr("Export worksheet of these runs"), r.error);
}

ExportResult Worksheet::write(const core::Lesson& lesson, const QString& worksheetPath,
                              const QString& answerKeyPath)
{
    QString error;
    const std::optional<Material> m = prepare(lesson, error);
    if (!m) {
        ExportResult r;
        r.error = error;
        return r;
    }
    const QString title = QString::fromStdString(lesson.title);
    ExportResult r =
        writePdf(worksheetPath, title, [&](PageWriter& page) { worksheetPages(page, lesson, *m); });
    if (!r.ok)
        return r;
    return writePdf(answerKeyPath, title + QStringLiteral(" · ") + tr("Answer key"),
                    [&](PageWriter& page) { answerKeyPages(page, lesson, *m); });
}

std::vector<QImage> Worksheet::previewPages(const core::Lesson& lesson, bool answerKey,
                                            double scale)
{
    QString error;
    const std::optional<Material> m = prepare(lesson, error);
    if (!m)
        return {};
    return renderImages(scale, [&](PageWriter& page) {
        if (answerKey)
            answerKeyPages(page, lesson, *m);
        else
            worksheetPages(page, lesson, *m);
    });
}

void Worksheet::exportInteractively(QWidget* parent)
{
    QStringList problems;
    // The lessons of the Lessons menu: embedded and the teachers' own, in the interface's language.
    const auto all = LessonLibrary::loadAll(
        {LessonLibrary::embeddedFolder(), TeachingDocks::teacherFolder()}, &problems);
    const auto lessons = LessonLibrary::forLanguage(all, QLocale().name());
    if (lessons.empty())
        return;
    QStringList titles;
    for (const auto& f : lessons)
        titles << QString::fromStdString(f.lesson.title);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, tr("Export worksheet"), tr("Lesson:"), titles, 0, false, &ok);
    if (!ok)
        return;
    const core::Lesson& lesson = lessons[static_cast<std::size_t>(titles.indexOf(chosen))].lesson;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export worksheet"),
        QString::fromStdString(lesson.id + "." + lesson.language) + QStringLiteral(".pdf"),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString key = answerKeyPathFor(path);
    const ExportResult r = write(lesson, path, key);
    if (r.ok)
        QMessageBox::information(
            parent, tr("Export worksheet"),
            tr("Wrote the worksheet %1 and its answer key %2.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(key)));
    else
        QMessageBox::warning(parent, tr("Export worksheet"), r.error);
}

} // namespace ui
