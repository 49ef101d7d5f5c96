#include "ui/teaching/exam_text.hpp"

#include "trainer.hpp"
#include "ui/teaching/exam_view.hpp"

#include <QLocale>

#include <algorithm>
#include <cmath>

// The words stay in the exam view's context (ExamView::tr), where the translations have them.

namespace ui::exam_text
{

QString number(std::int64_t v)
{
    return QLocale().toString(static_cast<qlonglong>(v));
}

QString percent(double v)
{
    return std::isfinite(v) ? QLocale().toString(100.0 * v, 'f', 0) + QLatin1Char('%')
                            : QStringLiteral("–");
}

QString loss(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : QStringLiteral("–");
}

QString planTable(int n, int b, int e, std::optional<std::int64_t> batchBytes,
                  const std::vector<core::CostRow>& cost)
{
    const int steps = core::stepsPerEpoch(n, b);
    const int last = n - (steps - 1) * std::min(b, n);
    const std::int64_t total = static_cast<std::int64_t>(steps) * e;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    const auto row = [&html](const QString& name, const QString& value) {
        html += QStringLiteral("<tr><td>%1&nbsp;</td><td align='right'><b>%2</b></td></tr>")
                    .arg(name, value);
    };
    row(ExamView::tr("questions N"), number(n));
    row(ExamView::tr("batch size B"), number(b));
    row(ExamView::tr("checks per pass ⌈N/B⌉"), number(steps));
    row(ExamView::tr("last batch"), number(last));
    row(ExamView::tr("passes E (epochs)"), number(e));
    row(ExamView::tr("checks in all E×⌈N/B⌉"), number(total));
    if (batchBytes) {
        const std::int64_t bytes = *batchBytes;
        row(ExamView::tr("memory per batch"),
            bytes >= 1024 * 1024
                ? ExamView::tr("%1 MB").arg(QLocale().toString(bytes / 1048576.0, 'f', 1))
                : ExamView::tr("%1 KB").arg(QLocale().toString(bytes / 1024.0, 'f', 1)));
    }
    for (const core::CostRow& c : cost)
        if (c.batchSize == b) {
            row(ExamView::tr("time per check (measured)"),
                ExamView::tr("%1 ms").arg(QLocale().toString(c.secondsPerUpdate * 1000.0, 'g', 3)));
            row(ExamView::tr("time per pass (measured)"),
                ExamView::tr("%1 ms").arg(QLocale().toString(c.secondsPerEpoch * 1000.0, 'g', 3)));
            break;
        }
    html += QStringLiteral("</table>");
    return html;
}

QString batchNote(int n, int b)
{
    if (n <= 0 || b <= 0)
        return {};
    if (b > n)
        return ExamView::tr("B = %1 is more than the %2 questions: Keras makes one batch of all %2 "
                            "(full batch), so there is one answer check per pass, as with B = N.")
            .arg(b)
            .arg(n);
    if (b == n)
        return ExamView::tr(
            "B = N: the whole exam is solved before the answers are checked. One answer "
            "check per pass (full batch): calm, but rare, and every question must be "
            "remembered at once.");
    if (b == 1)
        return ExamView::tr("B = 1: an answer check after every single question (%1 per pass). "
                            "Many small, noisy corrections; careful, but slow.")
            .arg(n);
    if (n % b != 0)
        return ExamView::tr("%1 is not a multiple of %2: the last batch has only %3 questions, "
                            "and it still counts as a full answer check.")
            .arg(n)
            .arg(b)
            .arg(n - (n / b) * b);
    return {};
}

QString passTitle(int currentEpoch, int epochsDone, int planned, bool finished, bool withinLastPass)
{
    if (currentEpoch > 0 && !(finished && epochsDone >= currentEpoch))
        return ExamView::tr("Pass %1 of %2").arg(currentEpoch).arg(planned);
    if (finished && withinLastPass) // a goal met inside the pass
        return ExamView::tr("Finished within<br>pass %1 of %2").arg(epochsDone).arg(planned);
    if (finished)
        return ExamView::tr("Finished after<br>pass %1 of %2").arg(epochsDone).arg(planned);
    return ExamView::tr("Pass %1 of %2")
        .arg(std::min(epochsDone + 1, std::max(planned, 1)))
        .arg(planned);
}

QString checksText(const Checks& c)
{
    QString line;
    if (c.batch >= 0) {
        line = (c.solving ? ExamView::tr("Solving batch %1 of %2:<br>questions %3–%4 of this pass")
                          : ExamView::tr("Batch %1 of %2 checked:<br>questions %3–%4 of this pass"))
                   .arg(c.batch + 1)
                   .arg(c.batches)
                   .arg(c.firstQuestion)
                   .arg(c.lastQuestion);
        line += QStringLiteral("<br>");
    }
    line += ExamView::tr("Answer checks (weight updates):<br><b>%1</b> of %2")
                .arg(number(c.shown), number(c.total));
    if (c.outcome && c.outcome->reason == core::StopReason::EarlyStopped)
        line += QStringLiteral("<br>") +
                ExamView::tr("<b>Early stopping</b> after pass %1;<br>best epoch %2.")
                    .arg(c.outcome->epochs)
                    .arg(c.outcome->bestEpoch);
    return line;
}

QString scoresHtml(const Scores& s)
{
    static const std::vector<core::EpochInfo> none;
    const std::vector<core::EpochInfo>& all = s.epochs ? *s.epochs : none;
    const core::RunReading& reading = s.reading;
    QString html;
    if (!all.empty()) {
        const core::EpochInfo& e = all.back();
        html += QStringLiteral("<b>%1</b>")
                    .arg(e.epoch == 0 ? ExamView::tr("Before pass 1")
                         : e.partial  ? ExamView::tr("Stopped within pass %1").arg(e.epoch)
                                      : ExamView::tr("After pass %1").arg(e.epoch));
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += QStringLiteral("<tr><td></td><td><b>%1</b></td><td><b>%2</b></td></tr>")
                .arg(ExamView::tr("practice exam<br><small>(training)</small>"),
                     ExamView::tr("new exam<br><small>(validation)</small>"));
    if (!all.empty()) {
        const core::EpochInfo& e = all.back();
        if (s.classification)
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(ExamView::tr("score"), percent(e.trainAccuracy), percent(e.valAccuracy));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(ExamView::tr("loss"), loss(e.trainLoss), loss(e.valLoss));
        if (reading.bestEpoch > 0 && reading.bestEpoch <= static_cast<int>(all.size()) - 1) {
            const core::EpochInfo& best = all[static_cast<std::size_t>(reading.bestEpoch)];
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(ExamView::tr("best epoch: %1").arg(best.epoch), loss(best.trainLoss),
                             loss(best.valLoss));
        }
    } else {
        html += QStringLiteral("<tr><td colspan='3'>%1</td></tr>")
                    .arg(ExamView::tr("no pass finished yet"));
    }
    html += QStringLiteral("</table>");
    if (!all.empty()) {
        QString sentence;
        if (reading.shape == core::CurveShape::Overfitting && reading.overfittingFrom)
            sentence = ExamView::tr("Memorising since pass %1: the practice exam still gets "
                                    "better, the new exam worse.")
                           .arg(*reading.overfittingFrom);
        else if (reading.shape == core::CurveShape::NotLearningYet)
            sentence =
                ExamView::tr("Not learning yet: both exams are about as bad as before pass 1.");
        else if (reading.shape == core::CurveShape::NoChange)
            sentence = ExamView::tr("No change lately: both exams stay where they are.");
        if (!sentence.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(sentence);
    }
    if (s.right)
        html += ExamView::tr("Right now: %1 of %2 questions right").arg(*s.right).arg(s.questions);
    if (s.lastPassSeconds)
        html += QStringLiteral("<br>") +
                ExamView::tr("Time for the last pass: %1 ms (measured)")
                    .arg(QLocale().toString(*s.lastPassSeconds * 1000.0, 'f', 1));
    return html;
}

} // namespace ui::exam_text
