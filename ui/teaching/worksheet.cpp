#include "ui/teaching/worksheet.hpp"
#include "ui/session/failure_text.hpp"

#include "cost_meter.hpp"
#include "limits.hpp"
#include "noise_meter.hpp"
#include "run_record.hpp"
#include "ui/plots/cost_plot.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/plots/noise_plot.hpp"
#include "ui/plots/question_tiles.hpp"
#include "ui/plots/whole_number_ticker.hpp"
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
#include <QProgressDialog>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>

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

// The worksheet's font: one family for every line, Korean and Latin letters alike (a bold line
// must not mix fonts), without ligatures, so that a PDF reader finds "fit" where "fi" would
// otherwise be one glyph.
QFont paperFont(const QString& language, double points)
{
    QFont f(language == QLatin1String("ko") ? QStringLiteral("Noto Sans CJK KR")
                                            : QFont().family());
    f.setPointSizeF(points);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Lays out pages top to bottom: blocks of rich text and plots; a block that does not fit on
// the rest of the page starts a new one, and keepTogether() starts one for a group of blocks.
class PageWriter
{
public:
    // `turnPage` starts the next page of `device` (QPdfWriter::newPage, or the next image).
    PageWriter(QPaintDevice& device, QCPPainter& painter, const QString& language,
               std::function<void()> turnPage)
        : device_(device), p_(painter), language_(language), turnPage_(std::move(turnPage))
    {
    }

    void html(const QString& html, double gapAfter = 6.0)
    {
        QTextDocument doc;
        layOut(doc, html);
        double h = doc.size().height();
        const double pageRoom = pageHeight - 2 * margin;
        if (h > pageRoom) {
            // Longer than a page (the glossary): laid out in pages, no line cut in two.
            if (y_ > margin)
                newPage();
            doc.setPageSize(QSizeF(contentWidth, pageRoom));
            const int pages = doc.pageCount();
            for (int i = 0; i < pages; ++i) {
                if (i > 0)
                    newPage();
                p_.save();
                p_.translate(margin, margin - i * pageRoom);
                doc.drawContents(&p_, QRectF(0, i * pageRoom, contentWidth, pageRoom));
                p_.restore();
            }
            h = doc.size().height() - (pages - 1) * pageRoom;
            y_ = margin + h + gapAfter;
            return;
        }
        room(h);
        p_.save();
        p_.translate(margin, y_);
        doc.drawContents(&p_);
        p_.restore();
        y_ += h + gapAfter;
    }

    // The height html() takes for `html`, its gap included.
    double htmlHeight(const QString& html, double gapAfter = 6.0)
    {
        QTextDocument doc;
        layOut(doc, html);
        return doc.size().height() + gapAfter;
    }

    // Starts a new page unless the next `height` points fit on this one (or fill a page).
    void keepTogether(double height)
    {
        if (height <= pageHeight - 2 * margin)
            room(height);
    }

    // An empty box with a label, to write into by hand.
    void box(const QString& label, double height)
    {
        room(height + 4);
        p_.save();
        p_.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
        p_.drawRect(QRectF(margin, y_, contentWidth, height));
        p_.setPen(QColor(0x55, 0x55, 0x55));
        p_.setFont(paperFont(language_, 8));
        p_.drawText(QRectF(margin + 4, y_ + 2, contentWidth - 8, 14), label);
        p_.restore();
        y_ += height + 8;
    }

    // An image across the content width, `height` points tall.
    void image(const QImage& image, double height)
    {
        room(height);
        p_.save();
        p_.setRenderHint(QPainter::SmoothPixmapTransform);
        p_.drawImage(QRectF(margin, y_, contentWidth, height), image);
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
    void layOut(QTextDocument& doc, const QString& html)
    {
        doc.documentLayout()->setPaintDevice(&device_);
        doc.setDefaultFont(paperFont(language_, 10));
        doc.setTextWidth(contentWidth);
        doc.setHtml(html);
    }

    void room(double h)
    {
        if (y_ + h > pageHeight - margin && y_ > margin)
            newPage();
    }

    QPaintDevice& device_;
    QCPPainter& p_;
    QString language_;
    std::function<void()> turnPage_;
    double y_ = margin;
};

// Writes one PDF through `content`, atomically.
ExportResult writePdf(const QString& path, const QString& title, const QString& language,
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
            PageWriter pages(pdf, painter, language, [&pdf] { pdf.newPage(); });
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
std::vector<QImage> renderImages(double scale, const QString& language,
                                 const std::function<void(PageWriter&)>& content)
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
    PageWriter writer(metrics, painter, language, [&] {
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

UpdateAxis updateAxisOf(core::LessonAxis a)
{
    switch (a) {
    case core::LessonAxis::Epoch:
        return UpdateAxis::Epoch;
    case core::LessonAxis::Update:
        return UpdateAxis::Update;
    case core::LessonAxis::Samples:
        return UpdateAxis::SamplesSeen;
    case core::LessonAxis::Seconds:
        return UpdateAxis::Seconds;
    }
    return UpdateAxis::Epoch;
}

// Sizes a plot as the page shows it and fits its axes to the data.
void layOut(PlotWidget& plot, double height)
{
    plot.resize(plotLogicalWidth, qRound(height * plotLogicalWidth / contentWidth));
    plot.resetView();
    QCoreApplication::processEvents();
    plot.resetView();
}

// No live run in a plot of kept runs: its (empty) curves leave the legend.
void hideEmptyGraphs(PlotWidget& plot)
{
    for (int g = 0; g < plot.graphCount(); ++g)
        if (plot.graph(g)->dataCount() == 0) {
            plot.graph(g)->setVisible(false);
            plot.graph(g)->removeFromLegend();
        }
}

QString glossaryHtml(const QString& language)
{
    return QStringLiteral("<h3>%1</h3>").arg(Worksheet::tr("Glossary")) +
           glossaryTermsHtml(loadGlossary(embeddedGlossaryPath()),
                             language == QLatin1String("ko") ? GlossaryOrder::KoreanFirst
                                                             : GlossaryOrder::EnglishFirst);
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

namespace
{

int sweepJobs()
{
    return std::clamp(int(std::thread::hardware_concurrency()), 1, core::limits::maxSweepJobs);
}

} // namespace

std::int64_t Worksheet::checkAnswer(const core::Lesson& lesson)
{
    if (lesson.check.sweep)
        return core::sweepBestBatchSize(lesson.check.settings, *lesson.check.sweep, sweepJobs());
    const core::RunResult r = core::trainSpec(core::specOf(lesson.check.settings));
    return core::answerOf(lesson.check.answer,
                          core::factsOfOutcome(lesson.check.settings, r.outcome));
}

// What the pages show that must be computed first: the steps' runs, sweeps and meters and the
// check's answer. Nothing here is a widget, so it can be computed off the GUI thread; the
// plots are made from it one step at a time while the pages are drawn.
struct WorksheetMaterial {
    struct StepRun {
        core::RunSpec spec;
        core::RunResult result;
        int colourIndex = 0; // the n-th new run of the lesson, coloured as the window colours it
    };
    std::vector<std::optional<StepRun>> runs;               // per step: the run it ends with
    std::vector<std::vector<core::SweepSummaryRow>> sweeps; // per step (empty: none)
    std::vector<std::optional<core::NoiseReport>> noise;    // per step
    std::vector<std::vector<core::CostRow>> cost;           // per step
    std::int64_t answer = 0;
};

namespace
{

// The step whose run a step speaks about: its own, else the last one before it that runs.
int speakingRun(const core::Lesson& lesson, std::size_t step)
{
    for (std::size_t k = step + 1; k-- > 0;)
        if (lesson.steps[k].target.runs())
            return int(k) + 1;
    return 0;
}

std::vector<int> runsOfStep(const core::Lesson& lesson, std::size_t step)
{
    const core::PaperView& p = lesson.steps[step].paper;
    if (!p.runs.empty())
        return p.runs;
    const int own = speakingRun(lesson, step);
    return own > 0 ? std::vector<int>{own} : std::vector<int>{};
}

core::PaperPlot plotKindOf(const core::Lesson& lesson, std::size_t step, const WorksheetMaterial& m)
{
    const core::LessonStep& s = lesson.steps[step];
    if (s.paper.plot != core::PaperPlot::Auto)
        return s.paper.plot;
    if (s.meter)
        return *s.meter == core::LessonMeter::Noise ? core::PaperPlot::Noise
                                                    : core::PaperPlot::Cost;
    if (s.sweep)
        return core::PaperPlot::Sweep;
    if (!s.target.runs())
        return core::PaperPlot::None;
    const auto& run = m.runs[step];
    return run && run->result.outcome.epochs <= 3 ? core::PaperPlot::PerUpdate
                                                  : core::PaperPlot::PerEpoch;
}

std::vector<int> meterBatchSizes(int n)
{
    std::vector<int> sizes;
    for (double v : core::defaultSweepValues(core::SweepParameter::BatchSize, n))
        sizes.push_back(int(v));
    return sizes;
}

} // namespace

namespace
{

std::shared_ptr<const WorksheetMaterial> cancelled(QString& error)
{
    error = Worksheet::tr("The export was cancelled.");
    return nullptr;
}

} // namespace

std::shared_ptr<const WorksheetMaterial>
Worksheet::prepare(const core::Lesson& lesson, QString& error, const Progress& progress)
{
    auto material = std::make_shared<WorksheetMaterial>();
    WorksheetMaterial& m = *material;
    const std::size_t n = lesson.steps.size();
    m.runs.resize(n);
    m.sweeps.resize(n);
    m.noise.resize(n);
    m.cost.resize(n);
    int total = 1, done = 0;
    for (const core::LessonStep& s : lesson.steps)
        total += int(s.target.runs()) + int(bool(s.sweep)) + int(bool(s.meter));
    const auto tick = [&] {
        ++done;
        return !progress || progress(done, total);
    };
    try {
        int newRuns = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const core::LessonStep& s = lesson.steps[i];
            if (s.target.runs()) {
                WorksheetMaterial::StepRun run;
                run.spec = core::specOf(runSettingsOf(s));
                run.result = core::trainSpec(run.spec);
                // A continued run keeps its colour; a new one takes the next.
                run.colourIndex =
                    s.restart || i == 0 || !m.runs[i - 1] ? newRuns++ : m.runs[i - 1]->colourIndex;
                m.runs[i] = std::move(run);
                if (!tick())
                    return cancelled(error);
            }
            if (s.sweep) {
                m.sweeps[i] = core::lessonSweepSummary(s.settings, *s.sweep, sweepJobs());
                if (!tick())
                    return cancelled(error);
            }
            if (s.meter) {
                const core::RunSpec spec = core::specOf(s.settings);
                const std::vector<int> sizes = meterBatchSizes(spec.trainingRows());
                if (*s.meter == core::LessonMeter::Noise) {
                    core::NoiseMeterConfig config;
                    config.batchSizes = sizes;
                    m.noise[i] = core::measureNoise(spec.makeInitialNetwork(),
                                                    spec.makeData().train, config);
                } else {
                    core::CostMeterConfig config;
                    config.batchSizes = sizes;
                    config.secondsPerBatchSize = 0.05;
                    m.cost[i] = core::measureCost(s.settings, config);
                }
                if (!tick())
                    return cancelled(error);
            }
        }
        m.answer = checkAnswer(lesson);
        tick();
    } catch (const std::exception& e) {
        error = tr("the lesson cannot be run: %1").arg(FailureText::of(e));
        return nullptr;
    }
    return material;
}

namespace
{

QString numberText(double v, int digits = 3)
{
    return std::isfinite(v) ? QLocale().toString(v, 'g', digits) : QStringLiteral("–");
}

QString integerText(std::int64_t v)
{
    return QLocale().toString(qlonglong(v));
}

QString colourSquare(quint32 rgb)
{
    return QStringLiteral("<font color='#%1'>&#9632;</font>")
        .arg(QString::number(rgb, 16).rightJustified(6, QLatin1Char('0')));
}

// A store of the runs `steps` (1-based) as the window keeps them: pinned, in their colours,
// labelled as the Runs dock labels them, none live.
std::unique_ptr<RunStore> storeOf(const WorksheetMaterial& m, const std::vector<int>& steps)
{
    auto store = std::make_unique<RunStore>();
    for (int k : steps) {
        const auto& run = m.runs[std::size_t(k - 1)];
        if (!run)
            continue;
        const RunId id = store->addRecord(core::makeRunRecord(run->spec, run->result, "worksheet"));
        store->setPinned(id, true);
        store->setColour(id, RunStore::paletteColour(run->colourIndex));
        store->setLabel(id, RunStore::labelOf(run->spec));
    }
    return store;
}

// The table of a step's runs, as the Runs dock lists them, with the memory one batch needs
// (as the cost meter computes it).
QString runsTableHtml(const WorksheetMaterial& m, const std::vector<int>& steps)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr>");
    for (const QString& h :
         {Worksheet::tr("Run"), QStringLiteral("B"), Worksheet::tr("Checks per pass"),
          Worksheet::tr("Weight updates"), Worksheet::tr("Questions solved"),
          Worksheet::tr("Seconds"), Worksheet::tr("Memory per batch (bytes)"),
          Worksheet::tr("Validation loss at the end")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int k : steps) {
        const auto& run = m.runs[std::size_t(k - 1)];
        if (!run || run->result.history.epochs.empty())
            continue;
        const core::RunSettings& s = run->spec.settings;
        const core::EpochInfo& last = run->result.history.epochs.back();
        const core::RunFacts facts = core::factsOfOutcome(s, run->result.outcome);
        const std::int64_t bytes = core::batchMemory(run->spec.networkSpec(),
                                                     std::min(facts.batchSize, facts.trainingRows))
                                       .total();
        // A run that reached its goal between two epoch ends (core/schedule.hpp) ends with a
        // partial epoch's row at that moment (core::EpochInfo::partial); a record written
        // before such rows existed has none: its time is not known then, and its validation
        // loss only as the goal's bound.
        const bool betweenEpochs = run->result.outcome.reason == core::StopReason::GoalReached &&
                                   run->result.outcome.updates != last.updates;
        QString seconds = numberText(last.seconds, 2), valLoss = numberText(last.valLoss);
        if (betweenEpochs) {
            seconds = QStringLiteral("–");
            valLoss = s.train.goal.kind == core::GoalKind::ValLoss
                          ? QStringLiteral("≤ ") + numberText(s.train.goal.value)
                          : QStringLiteral("–");
        }
        html += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                               "<td>%7</td><td>%8</td><td>%9</td></tr>")
                    .arg(colourSquare(RunStore::paletteColour(run->colourIndex)),
                         RunStore::labelOf(run->spec).toHtmlEscaped(),
                         integerText(s.train.batchSize), integerText(facts.updatesPerEpoch),
                         integerText(facts.updates), integerText(facts.samplesSeen), seconds,
                         integerText(bytes), valLoss.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString sweepTableHtml(const std::vector<core::SweepSummaryRow>& rows)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr>");
    for (const QString& h : {QStringLiteral("B"), Worksheet::tr("Runs"),
                             Worksheet::tr("Best validation loss (mean ± spread)"),
                             Worksheet::tr("Final validation − training loss"),
                             Worksheet::tr("Weight updates to the best epoch")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const core::SweepSummaryRow& r : rows) {
        const core::SweepStat& best = r[core::SweepColumn::BestValLoss];
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 ± %4</td><td>%5</td>"
                           "<td>%6</td></tr>")
                .arg(integerText(std::llround(r.value)), integerText(r.runs), numberText(best.mean),
                     numberText(best.sd, 2), numberText(r[core::SweepColumn::Gap].mean),
                     integerText(std::llround(r[core::SweepColumn::UpdatesToBest].mean)));
    }
    return html + QStringLiteral("</table>");
}

QString costTableHtml(const std::vector<core::CostRow>& rows)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr>");
    for (const QString& h :
         {QStringLiteral("B"), Worksheet::tr("Weight updates per pass"),
          Worksheet::tr("Memory per batch (bytes)"), Worksheet::tr("Seconds per pass"),
          Worksheet::tr("Questions per second")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const core::CostRow& r : rows)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(integerText(r.batchSize), integerText(r.updatesPerEpoch),
                         integerText(r.bytesPerBatch), numberText(r.secondsPerEpoch, 2),
                         integerText(std::llround(r.samplesPerSecond)));
    return html + QStringLiteral("</table>");
}

} // namespace

// Made when its page is drawn and dropped after.
std::unique_ptr<PlotWidget> Worksheet::stepPlot(const core::Lesson& lesson,
                                                const WorksheetMaterial& m, std::size_t i,
                                                int* curves)
{
    const core::LessonStep& s = lesson.steps[i];
    const core::PaperPlot kind = plotKindOf(lesson, i, m);
    if (curves)
        *curves = 0;
    if (kind == core::PaperPlot::Noise && m.noise[i]) {
        auto plot = std::make_unique<NoisePlot>();
        plot->setReport(*m.noise[i]);
        layOut(*plot, plotHeight);
        return plot;
    }
    if (kind == core::PaperPlot::Cost && !m.cost[i].empty()) {
        auto plot = std::make_unique<CostPlot>();
        plot->setRows(m.cost[i]);
        layOut(*plot, plotHeight);
        return plot;
    }
    if (kind != core::PaperPlot::PerEpoch && kind != core::PaperPlot::PerUpdate)
        return nullptr;
    const std::vector<int> steps = runsOfStep(lesson, i);
    if (steps.empty())
        return nullptr;
    // The axis the step names, else the one an earlier step put the plots on, else the plot's own.
    std::optional<core::LessonAxis> axis = s.paper.xAxis;
    for (std::size_t k = i + 1; !axis && k-- > 0;)
        axis = lesson.steps[k].xAxis;
    const bool perUpdate = kind == core::PaperPlot::PerUpdate;
    const UpdateAxis x = axis        ? updateAxisOf(*axis)
                         : perUpdate ? UpdateAxis::Update
                                     : UpdateAxis::Epoch;
    std::unique_ptr<PlotWidget> plot;
    if (steps.size() == 1) {
        // One run: drawn as the window draws the live run, with its marks.
        const auto& run = m.runs[std::size_t(steps.front() - 1)];
        if (!run)
            return nullptr;
        const core::RunResult& r = run->result;
        const RunSnapshot snap = recordedSnapshot(run->spec, r.initialParameters, r.history,
                                                  r.outcome, r.finalParameters);
        if (perUpdate) {
            auto p = std::make_unique<LossPerUpdatePlot>();
            p->clearRun();
            p->setRunShape(snap.start->stepsPerEpoch, snap.start->trainingRows);
            p->setAxis(x);
            p->append(snap);
            plot = std::move(p);
        } else {
            auto p = std::make_unique<LossPerEpochPlot>();
            p->clearRun(core::isClassification(run->spec.task()),
                        run->spec.settings.train.earlyStopping);
            p->setTrainingRows(snap.start->trainingRows);
            p->setAxis(x);
            p->append(snap);
            // The step's words at the best-epoch mark, where the two curves part (as the
            // window shows them during the step).
            if (x == UpdateAxis::Epoch)
                p->setBestMarkWords(fill(s.paper.bestMark, s.settings));
            plot = std::move(p);
        }
        if (curves)
            *curves = 1;
    } else {
        // Several runs: overlaid in their colours, as the window keeps them (none live).
        std::unique_ptr<RunStore> store = storeOf(m, steps);
        if (perUpdate) {
            auto p = std::make_unique<LossPerUpdatePlot>();
            p->clearRun();
            p->setSmoothing(0.0); // the raw batch losses: how much they jump is the point
            p->setAxis(x);
            p->setStore(store.get());
            plot = std::move(p);
        } else {
            auto p = std::make_unique<LossPerEpochPlot>();
            p->clearRun(false, {});
            p->setAxis(x);
            p->setStore(store.get());
            plot = std::move(p);
        }
        hideEmptyGraphs(*plot);
        store->setParent(plot.get()); // the plot reads it while it lives
        store.release();
        if (curves)
            *curves = int(steps.size());
    }
    if (x != UpdateAxis::Seconds)
        useWholeNumberTicks(plot->xAxis);
    layOut(*plot, plotHeight);
    return plot;
}

namespace
{

// The practice questions a step's run still gets wrong at its end, drawn as the exam view
// draws them (QuestionTiles: pictures for the digits), ten to a line, at most `shown`.
struct WrongQuestions {
    int wrong = 0;
    int epochs = 0;
    QImage image; // null when none is wrong
};

WrongQuestions wrongQuestions(const WorksheetMaterial::StepRun& run, int shown = 40)
{
    WrongQuestions w;
    w.epochs = run.result.outcome.epochs;
    auto data = std::make_shared<core::Dataset>(run.spec.makeData().train);
    core::Network net(run.spec.networkSpec());
    net.parameters() = run.result.finalParameters;
    const Eigen::MatrixXd z = net.predictOutputs(data->x);
    std::vector<std::pair<int, int>> wrong; // row, the model's class
    for (int i = 0; i < data->rows(); ++i)
        if (const int c = modelAnswer(z.row(i)).cls; c != int(std::lround(data->y(i))))
            wrong.emplace_back(i, c);
    w.wrong = int(wrong.size());
    if (wrong.empty())
        return w;
    QuestionTiles tiles;
    tiles.setData(data);
    constexpr int perLine = 10, tile = 96, gap = 8;
    const int count = std::min<int>(int(wrong.size()), shown);
    const int lines = (count + perLine - 1) / perLine;
    w.image = QImage(perLine * (tile + gap), lines * (tile + gap), QImage::Format_RGB32);
    w.image.fill(Qt::white);
    QPainter p(&w.image);
    p.setRenderHint(QPainter::Antialiasing);
    for (int k = 0; k < count; ++k) {
        const QRect r((k % perLine) * (tile + gap), (k / perLine) * (tile + gap), tile, tile);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(246, 214, 210));
        p.drawRoundedRect(r, 6, 6);
        tiles.paint(p, r.adjusted(6, 6, -6, -6), wrong[std::size_t(k)].first,
                    wrong[std::size_t(k)].second, true, false);
    }
    return w;
}

// The html of step `i`: heading and text (the paper variant when it has one).
QString stepHtml(const core::Lesson& lesson, std::size_t i)
{
    const core::LessonStep& s = lesson.steps[i];
    QString heading = Worksheet::tr("Step %1").arg(i + 1);
    if (!s.title.empty())
        heading += QStringLiteral(": ") + fill(s.title, s.settings);
    const std::string& text = s.paper.text.empty() ? s.text : s.paper.text;
    return QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped()) +
           LessonPanel::paragraphsHtml(fill(text, s.settings));
}

void worksheetPages(PageWriter& page, const core::Lesson& lesson, const WorksheetMaterial& m,
                    const Worksheet::Progress& progress)
{
    const QString title = QString::fromStdString(lesson.title);
    page.html(QStringLiteral("<h2>%1</h2><p>%2 ____________________ &nbsp; %3 __________</p>")
                  .arg(title.toHtmlEscaped(), Worksheet::tr("Name:"), Worksheet::tr("Date:")));
    if (!lesson.summary.empty())
        page.html(LessonPanel::paragraphsHtml(fill(lesson.summary, lesson.settings)));
    constexpr double notesHeight = 48;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& s = lesson.steps[i];
        // Made for this step and dropped after it: memory stays that of one plot.
        const std::unique_ptr<PlotWidget> plot = Worksheet::stepPlot(lesson, m, i);
        QString html = stepHtml(lesson, i);
        const std::vector<int> runs = runsOfStep(lesson, i);
        if (s.paper.table && !runs.empty())
            html += runsTableHtml(m, runs);
        if (!m.sweeps[i].empty())
            html += sweepTableHtml(m.sweeps[i]);
        if (!m.cost[i].empty())
            html += costTableHtml(m.cost[i]);
        WrongQuestions wrong;
        double wrongHeight = 0;
        if (s.paper.wrongQuestions && m.runs[i]) {
            wrong = wrongQuestions(*m.runs[i]);
            html +=
                QStringLiteral("<p><b>%1</b></p>")
                    .arg(wrong.wrong == 0
                             ? Worksheet::tr("After %n epoch(s) the model answers every "
                                             "practice question right.",
                                             nullptr, wrong.epochs)
                             : Worksheet::tr("Practice questions the model still gets wrong after "
                                             "%n epoch(s): %1 (the answer sheet's answer "
                                             "above, the model's answer in red below)",
                                             nullptr, wrong.epochs)
                                   .arg(wrong.wrong));
            if (!wrong.image.isNull())
                wrongHeight = contentWidth * wrong.image.height() / wrong.image.width();
        }
        // The step, its plot and the box for notes stay on one page.
        const bool asks = plot || s.paper.table || !m.sweeps[i].empty() || wrongHeight > 0;
        page.keepTogether(page.htmlHeight(html) + (plot ? plotHeight + 8 : 0) +
                          (wrongHeight > 0 ? wrongHeight + 8 : 0) + (asks ? notesHeight + 8 : 0));
        page.html(html);
        if (wrongHeight > 0)
            page.image(wrong.image, wrongHeight);
        if (plot)
            page.plot(plot.get(), plotHeight);
        if (asks)
            page.box(Worksheet::tr("Your notes: what do you read here?"), notesHeight);
        if (progress && !progress(int(i) + 1, int(lesson.steps.size()) + 1))
            return;
    }
    const QString question =
        QStringLiteral("<h3>%1</h3>").arg(Worksheet::tr("Check question")) +
        LessonPanel::paragraphsHtml(fill(lesson.check.question, lesson.check.settings));
    page.keepTogether(page.htmlHeight(question) + 2 * (40 + 8));
    page.html(question);
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

void answerKeyPages(PageWriter& page, const core::Lesson& lesson, const WorksheetMaterial& m)
{
    QString html =
        QStringLiteral("<h2>%1</h2><h3>%2</h3>")
            .arg(Worksheet::tr("Answer key"), QString::fromStdString(lesson.title).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(Worksheet::tr("Check question")) +
            LessonPanel::paragraphsHtml(fill(lesson.check.question, lesson.check.settings));
    const QString answer =
        lesson.check.tolerance > 0
            ? Worksheet::tr("Answer: %1 (answers within %2 of it count as right)")
                  .arg(integerText(m.answer), integerText(lesson.check.tolerance))
            : Worksheet::tr("Answer: %1").arg(integerText(m.answer));
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
    hideEmptyGraphs(*plot);
    if (axis != UpdateAxis::Seconds)
        useWholeNumberTicks(plot->xAxis);
    layOut(*plot, plotHeight * 1.3);
    return plot;
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
        const core::RunReading& reading = e->reading();
        const int best = reading.bestEpoch;
        const double bestLoss = best > 0 ? reading.bestValLoss : std::nan("");
        const std::optional<int> from = reading.overfittingFrom;
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
    ExportResult r = writePdf(worksheetPath, title, language, [&](PageWriter& page) {
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
        answerKeyPath, title + QStringLiteral(" · ") + tr("Answer key"), language,
        [&](PageWriter& page) {
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
                              const QString& answerKeyPath, const Progress& progress)
{
    QString error;
    // Training first, then the pages: one progress from 0 to the sum of both.
    int trainTotal = 0;
    const std::shared_ptr<const WorksheetMaterial> m =
        prepare(lesson, error, [&](int done, int total) {
            trainTotal = total;
            return !progress || progress(done, total + int(lesson.steps.size()) + 1);
        });
    if (!m) {
        ExportResult r;
        r.error = error;
        return r;
    }
    return write(lesson, *m, worksheetPath, answerKeyPath, [&](int done, int total) {
        return !progress || progress(trainTotal + done, trainTotal + total);
    });
}

ExportResult Worksheet::write(const core::Lesson& lesson, const WorksheetMaterial& m,
                              const QString& worksheetPath, const QString& answerKeyPath,
                              const Progress& progress)
{
    const QString title = QString::fromStdString(lesson.title);
    const QString language = QString::fromStdString(lesson.language);
    bool cancelled = false;
    ExportResult r = writePdf(worksheetPath, title, language, [&](PageWriter& page) {
        worksheetPages(page, lesson, m, [&](int done, int total) {
            cancelled = progress && !progress(done, total);
            return !cancelled;
        });
    });
    if (cancelled) {
        QFile::remove(worksheetPath);
        r.ok = false;
        r.error = tr("The export was cancelled.");
    }
    if (!r.ok)
        return r;
    r = writePdf(answerKeyPath, title + QStringLiteral(" · ") + tr("Answer key"), language,
                 [&](PageWriter& page) { answerKeyPages(page, lesson, m); });
    if (r.ok && progress)
        progress(int(lesson.steps.size()) + 1, int(lesson.steps.size()) + 1);
    return r;
}

std::vector<QImage> Worksheet::previewPages(const core::Lesson& lesson, bool answerKey,
                                            double scale)
{
    QString error;
    const std::shared_ptr<const WorksheetMaterial> m = prepare(lesson, error);
    if (!m)
        return {};
    return renderImages(scale, QString::fromStdString(lesson.language), [&](PageWriter& page) {
        if (answerKey)
            answerKeyPages(page, lesson, *m);
        else
            worksheetPages(page, lesson, *m, {});
    });
}

WorksheetExportJob::WorksheetExportJob(core::Lesson lesson, QString worksheetPath,
                                       QString answerKeyPath, QObject* parent)
    : QObject(parent), lesson_(std::move(lesson)), worksheetPath_(std::move(worksheetPath)),
      answerKeyPath_(std::move(answerKeyPath))
{
}

WorksheetExportJob::~WorksheetExportJob()
{
    cancel_->store(true);
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

void WorksheetExportJob::start()
{
    if (thread_)
        return;
    // The runs are trained on a thread of their own (no widget there); the pages are drawn
    // here, one step at a time, each plot dropped once drawn.
    auto cancel = cancel_;
    auto done = std::make_shared<Prepared>();
    const core::Lesson lesson = lesson_;
    // `this` outlives the thread: the destructor waits for it.
    thread_ = QThread::create([this, lesson, cancel, done] {
        done->material = Worksheet::prepare(lesson, done->error, [&](int d, int total) {
            QMetaObject::invokeMethod(
                this, [this, d, total] { emit progress(d, 2 * total); }, Qt::QueuedConnection);
            done->trainTotal = total;
            return !cancel->load();
        });
    });
    connect(thread_, &QThread::finished, this, [this, done] { drawPages(*done); });
    thread_->start(QThread::LowPriority);
}

void WorksheetExportJob::cancel()
{
    cancel_->store(true);
}

void WorksheetExportJob::drawPages(const Prepared& prepared)
{
    ExportResult r;
    if (!prepared.material || cancel_->load()) {
        r.error = prepared.material ? tr("The export was cancelled.") : prepared.error;
        emit finished(r);
        return;
    }
    const int trained = prepared.trainTotal;
    r = Worksheet::write(lesson_, *prepared.material, worksheetPath_, answerKeyPath_,
                         [this, trained](int d, int total) {
                             emit progress(trained + d * trained / std::max(1, total), 2 * trained);
                             QCoreApplication::processEvents(); // the window stays responsive
                             return !cancel_->load();
                         });
    emit finished(r);
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
    auto* dialog = new QProgressDialog(tr("Training the lesson's runs and drawing its pages..."),
                                       tr("Cancel"), 0, 0, parent);
    dialog->setWindowTitle(tr("Export worksheet"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* job = new WorksheetExportJob(lesson, path, key, dialog);
    QObject::connect(dialog, &QProgressDialog::canceled, job, &WorksheetExportJob::cancel);
    QObject::connect(job, &WorksheetExportJob::progress, dialog, [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(std::min(done, total - 1)); // the dialog closes itself at the maximum
    });
    QObject::connect(
        job, &WorksheetExportJob::finished, dialog,
        [dialog, parent, path, key](const ExportResult& r) {
            dialog->close();
            if (r.ok)
                QMessageBox::information(
                    parent, tr("Export worksheet"),
                    tr("Wrote the worksheet %1 and its answer key %2.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(key)));
            else
                QMessageBox::warning(parent, tr("Export worksheet"), r.error);
        });
    job->start();
}

} // namespace ui
