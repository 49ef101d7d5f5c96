#include "ui/teaching/exam_view.hpp"

#include "overfitting.hpp"
#include "trainer.hpp"

#include <QBoxLayout>
#include <QGridLayout>
#include <QHash>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ui
{

namespace
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

} // namespace

// ---------------------------------------------------------------------------------------------
// ExamScoreStrip

ExamScoreStrip::ExamScoreStrip(QWidget* parent) : QWidget(parent)
{
    setToolTip(tr("After every pass: the practice exam (blue) and the new exam (red); the green "
                  "line is the best epoch. When the lines part, the model memorises."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ExamScoreStrip::setEpochs(std::function<const std::vector<core::EpochInfo>*()> epochs,
                               bool accuracy)
{
    epochs_ = std::move(epochs);
    accuracy_ = accuracy;
    update();
}

void ExamScoreStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(2, 4, -2, -4);
    p.setPen(QPen(QColor(200, 205, 215), 1));
    p.setBrush(QColor(250, 251, 253));
    p.drawRect(area);
    const std::vector<core::EpochInfo>* rows = epochs_ ? epochs_() : nullptr;
    if (!rows || rows->size() < 2)
        return;
    const auto& es = *rows;
    const auto value = [this](const core::EpochInfo& e, bool train) {
        return accuracy_ ? (train ? e.trainAccuracy : e.valAccuracy)
                         : (train ? e.trainLoss : e.valLoss);
    };
    const double lo = 0.0;
    double hi = accuracy_ ? 1.0 : 0.0;
    if (!accuracy_)
        for (const core::EpochInfo& e : es)
            for (bool train : {true, false})
                if (std::isfinite(value(e, train)))
                    hi = std::max(hi, value(e, train));
    if (hi <= lo)
        return;
    const double last = static_cast<double>(es.back().epoch);
    const auto at = [&](double epoch, double v) {
        return QPointF(area.left() + area.width() * epoch / std::max(last, 1.0),
                       area.bottom() - area.height() * (v - lo) / (hi - lo));
    };
    const int best = es.back().bestEpoch;
    if (best > 0) {
        p.setPen(QPen(QColor(60, 150, 80), 1.5));
        p.drawLine(at(best, lo), at(best, hi));
    }
    p.setRenderHint(QPainter::Antialiasing);
    // At most about two points per pixel: long runs stay cheap to draw.
    const std::size_t stride = std::max<std::size_t>(1, es.size() / std::max(1, width() * 2));
    for (bool train : {true, false}) {
        QPolygonF line;
        for (std::size_t i = 0; i < es.size(); i += stride) {
            const double v = value(es[i], train);
            if (std::isfinite(v))
                line << at(es[i].epoch, v);
        }
        p.setPen(QPen(train ? QColor(31, 111, 209) : QColor(214, 60, 50), 1.6));
        p.drawPolyline(line);
    }
}

// ---------------------------------------------------------------------------------------------
// ExamView

ExamView::ExamView(QWidget* parent) : QWidget(parent)
{
    grid_ = new ExamGrid;
    pass_ = new QLabel;
    counter_ = new QLabel;
    scores_ = new QLabel;
    strip_ = new ExamScoreStrip;
    numbers_ = new QLabel;
    note_ = new QLabel;
    legend_ = new QLabel;
    selection_ = new QLabel;
    for (QLabel* l : {pass_, counter_, scores_, numbers_, note_, legend_, selection_}) {
        // Lines are broken by hand (word-wrapped labels get wrong heights in nested layouts).
        l->setWordWrap(l == note_ || l == legend_ || l == selection_);
        l->setTextFormat(Qt::RichText);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    QFont big = pass_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    pass_->setFont(big);
    note_->setStyleSheet(QStringLiteral("QLabel { background: #fff6dc; border: 1px solid #e6cf8a; "
                                        "border-radius: 4px; padding: 4px; }"));
    numbers_->setStyleSheet(QStringLiteral("QLabel { background: #f2f5fa; border: 1px solid "
                                           "#c9d3e3; border-radius: 4px; padding: 4px; }"));
    numbers_->setToolTip(tr("The numbers of model.fit: they follow the sliders at once."));
    // Three blocks: the grid; the pass and scores; the numbers of model.fit.
    leftBlock_ = new QWidget;
    auto* left = new QVBoxLayout(leftBlock_);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(grid_, 1);
    left->addWidget(legend_);
    left->addWidget(selection_);
    statusBlock_ = new QWidget;
    auto* status = new QVBoxLayout(statusBlock_);
    status->setContentsMargins(0, 0, 0, 0);
    status->addWidget(pass_);
    status->addWidget(counter_);
    status->addWidget(scores_);
    status->addWidget(strip_);
    status->addStretch(1);
    numbersBlock_ = new QWidget;
    auto* nums = new QVBoxLayout(numbersBlock_);
    nums->setContentsMargins(0, 0, 0, 0);
    nums->addWidget(numbers_);
    nums->addWidget(note_);
    nums->addStretch(1);
    sideBlock_ = new QWidget;
    sideLayout_ = new QBoxLayout(QBoxLayout::TopToBottom, sideBlock_);
    sideLayout_->setContentsMargins(0, 0, 0, 0);
    sideLayout_->addWidget(statusBlock_);
    sideLayout_->addWidget(numbersBlock_);
    sideLayout_->addStretch(1);
    // Beside the grid, the tables scroll on their own: the grid keeps the dock's height, so a
    // 100-question exam stays in view whole (the tables are taller than a low dock).
    sideScroll_ = new QScrollArea;
    sideScroll_->setFrameShape(QFrame::NoFrame);
    sideScroll_->setWidgetResizable(true);
    sideScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    root_ = new QGridLayout(this);
    root_->setContentsMargins(6, 6, 6, 6);
    arrange(false);

    marksThrottle_.setInterval(150);
    connect(&marksThrottle_, &QTimer::timeout, this, [this] {
        if (marksDirty_)
            recomputeMarksNow();
        else
            marksThrottle_.stop();
    });
    scoresThrottle_.setSingleShot(true);
    connect(&scoresThrottle_, &QTimer::timeout, this, [this] { refreshScoresNow(); });
    passThrottle_.setSingleShot(true);
    connect(&passThrottle_, &QTimer::timeout, this, [this] { refreshPassNow(); });
    solveTimer_.setSingleShot(true);
    connect(&solveTimer_, &QTimer::timeout, this, &ExamView::finishCheck);
    connect(grid_, &ExamGrid::rowSelected, this, [this](int row) {
        if (row < 0 || !start_) {
            selection_->clear();
            return;
        }
        const core::Dataset& d = start_->data.train;
        const bool cls = core::isClassification(d.task);
        // A wide row: its first values (the tile shows the rest).
        constexpr int shown = 8;
        QString x;
        for (int c = 0; c < std::min(d.inputs(), shown); ++c)
            x += (c ? QStringLiteral(", ") : QString()) + QLocale().toString(d.x(row, c), 'f', 2);
        if (d.inputs() > shown)
            x += QStringLiteral(", … ") + tr("(%n values)", nullptr, d.inputs());
        selection_->setText(cls ? tr("Question %1: x = (%2), answer sheet says class %3")
                                      .arg(row + 1)
                                      .arg(x)
                                      .arg(grid_->tiles().className(int(std::lround(d.y(row)))))
                                : tr("Question %1: x = %2, answer sheet says y = %3")
                                      .arg(row + 1)
                                      .arg(x, QLocale().toString(d.y(row), 'f', 2)));
    });
    clearRun();
}

ExamView::~ExamView() = default;

void ExamView::selectQuestions(const std::vector<int>& rows, const QString& description)
{
    grid_->selectRows(rows);
    selection_->setText(description.toHtmlEscaped());
}

void ExamView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(width() < narrowWidth);
}

int ExamView::heightForWidth(int w) const
{
    // Pictures, wide: the grid beside the tables (which scroll on their own) takes whatever
    // height the dock has, so that a scrolling dock does not stretch it past the screen and the
    // whole exam stays in view. Otherwise (and narrow: the wrapped texts under the grid) the
    // view asks the height its texts need.
    const bool pictures = grid_->tiles().look() == QuestionTiles::Look::Picture;
    return pictures && w >= narrowWidth ? -1 : QWidget::heightForWidth(w);
}

void ExamView::arrange(bool narrow)
{
    // In a narrow dock the two tables sit side by side under the grid while they fit, else one
    // under the other (larger fonts, Korean): never cut at the dock's edge.
    const int sideBySide = statusBlock_->sizeHint().width() + numbersBlock_->sizeHint().width() +
                           sideLayout_->spacing() + 16;
    const bool stacked = narrow && width() < sideBySide;
    const bool pictures = grid_->tiles().look() == QuestionTiles::Look::Picture;
    if (root_->count() > 0 && narrow == narrow_ && stacked == stacked_ && pictures == pictures_)
        return;
    pictures_ = pictures;
    narrow_ = narrow;
    stacked_ = stacked;
    root_->removeWidget(leftBlock_);
    root_->removeWidget(sideBlock_);
    root_->removeWidget(sideScroll_);
    if (sideScroll_->widget() == sideBlock_)
        sideScroll_->takeWidget();
    for (int i = 0; i < 2; ++i) {
        root_->setRowStretch(i, 0);
        root_->setColumnStretch(i, 0);
    }
    if (narrow) {
        // A dock at the side: the grid on top, the two tables side by side under it.
        root_->addWidget(leftBlock_, 0, 0);
        root_->addWidget(sideBlock_, 1, 0);
        sideScroll_->hide();
        root_->setRowStretch(0, 1);
        sideLayout_->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
        strip_->hide(); // no room; the loss-per-epoch plot shows the same

    } else {
        root_->addWidget(leftBlock_, 0, 0);
        if (pictures) {
            sideScroll_->setWidget(sideBlock_);
            sideScroll_->setMinimumWidth(sideBlock_->minimumSizeHint().width() +
                                         sideScroll_->verticalScrollBar()->sizeHint().width());
            root_->addWidget(sideScroll_, 0, 1);
            sideScroll_->show();
        } else {
            root_->addWidget(sideBlock_, 0, 1);
            sideScroll_->hide();
        }
        root_->setColumnStretch(0, 3);
        root_->setColumnStretch(1, 2);
        sideLayout_->setDirection(QBoxLayout::TopToBottom);
        strip_->show();
    }
}

void ExamView::refreshLegend()
{
    const bool regression = start_ && start_->spec.task == core::TaskKind::Regression;
    const QString marks = regression ? tr("<span style='color:#4ca05c'>■</span> close &nbsp; <span "
                                          "style='color:#f0c850'>■</span> off &nbsp; <span "
                                          "style='color:#d64e44'>■</span> far off")
                                     : tr("<span style='color:#4ca05c'>■</span> right &nbsp; <span "
                                          "style='color:#d64e44'>■</span> wrong");
    legend_->setText(marks + tr(" &nbsp; <span style='color:#1f6fd1'>□</span> batch just "
                                "checked &nbsp; <span style='color:#a83ec4'>□</span> being "
                                "solved &nbsp; <b>|</b> next batch starts"));
}

void ExamView::clearRun()
{
    strip_->setEpochs(nullptr, true);
    solveTimer_.stop();
    start_.reset();
    network_.reset();
    parameters_.resize(0);
    marksDirty_ = false;
    own_.clear();
    follow_ = 0;
    outcome_.reset();
    reading_ = {};
    reader_.reset();
    readEpochs_ = 0;
    lastReading_.invalidate();
    orderEpoch_ = 0;
    currentEpoch_ = 0;
    currentBatch_ = -1;
    currentBatchSize_ = 0;
    pendingCheck_ = 0;
    checksShown_ = 0;
    grid_->clear(planN_);
    grid_->setQuestions(nullptr);
    grid_->setBatchSize(planB_);
    selection_->clear();
    refreshLegend();
    refreshPass();
    refreshScores();
    refreshNumbers();
}

void ExamView::setPlan(int trainingRows, int batchSize, int epochs)
{
    planN_ = trainingRows;
    planB_ = batchSize;
    planE_ = epochs;
    if (!start_ && grid_->rows() != planN_)
        grid_->clear(planN_);
    refreshNumbers();
    refreshPass();
}

void ExamView::setEpochsPlanned(int epochs)
{
    epochsPlanned_ = epochs;
    refreshPass();
}

void ExamView::setRunStart(const std::shared_ptr<const RunStart>& start)
{
    start_ = start;
    network_ = std::make_unique<core::Network>(start->spec);
    grid_->clear(start->trainingRows);
    grid_->setQuestions(std::shared_ptr<const core::Dataset>(start, &start->data.train));
    arrange(width() < narrowWidth); // pictures: the tables scroll beside the grid
    updateGeometry();               // the height it asks depends on what the questions are
    grid_->setBatchSize(start->batchSize);
    if (planN_ == 0) {
        planN_ = start->trainingRows;
        planB_ = start->batchSize;
    }
    refreshLegend();
    setParameters(start->initialParameters);
    recomputeMarksNow();
    refreshNumbers();
    refreshPass();
}

void ExamView::applySnapshot(const RunSnapshot& s)
{
    if (s.start)
        setRunStart(s.start);
    if (s.epochsPlanned > 0)
        setEpochsPlanned(s.epochsPlanned);
    for (const core::EpochInfo& e : s.epochs)
        addEpoch(e);
    for (const BatchRows& b : s.batches) {
        const bool ordered = b.epoch == s.epochOrderEpoch && !s.epochOrder.empty();
        showUpdate(b.update, b.epoch, b.batch, b.rows,
                   ordered ? std::span<const int>(s.epochOrder) : std::span<const int>());
    }
    if (s.parameters.size() > 0)
        setParameters(s.parameters);
    if (s.outcome)
        setOutcome(*s.outcome);
    // Without the batches (a worker that does not send them, or updates merged at full speed)
    // the counter still follows the run.
    if (!solveTimer_.isActive() && s.updatesDone > checksShown_) {
        checksShown_ = s.updatesDone;
        refreshPass();
    }
}

void ExamView::showUpdate(std::int64_t update, int epoch, int batch, std::span<const int> rows,
                          std::span<const int> epochOrder)
{
    if (solveTimer_.isActive()) // the previous check happens now
        finishCheck();
    if (!epochOrder.empty() && static_cast<int>(epochOrder.size()) == grid_->rows()) {
        grid_->setOrder(std::vector<int>(epochOrder.begin(), epochOrder.end()));
        orderEpoch_ = epoch;
    } else if (epoch != orderEpoch_ && batch == 0) {
        orderEpoch_ = epoch; // a new pass without its order: batches are placed as they come
    }
    currentEpoch_ = epoch;
    currentBatch_ = batch;
    currentBatchSize_ = static_cast<int>(rows.size());
    const int b = start_ ? start_->batchSize : std::max(planB_, 1);
    const int first = batch * b;
    grid_->setBatchSize(b);
    pendingCheck_ = update;
    if (solveMs_ > 0) {
        grid_->setSolvedUpTo(first);
        grid_->setBatch(first, rows, ExamGrid::Phase::Solving);
        refreshPass();
        solveTimer_.start(solveMs_);
    } else {
        grid_->setBatch(first, rows, ExamGrid::Phase::Checked);
        finishCheck();
    }
}

void ExamView::finishCheck()
{
    solveTimer_.stop();
    checksShown_ = pendingCheck_;
    if (currentBatch_ >= 0) {
        const int b = start_ ? start_->batchSize : std::max(planB_, 1);
        grid_->setSolvedUpTo(currentBatch_ * b + currentBatchSize_);
        grid_->setPhase(ExamGrid::Phase::Checked);
    }
    refreshPass();
}

const std::vector<core::EpochInfo>& ExamView::epochs() const
{
    static const std::vector<core::EpochInfo> none;
    if (follow_ == 0 || !store_)
        return own_;
    const RunEntry* e = store_->entry(follow_);
    return e ? e->data.epochs : none;
}

void ExamView::addEpoch(const core::EpochInfo& e)
{
    if (follow_ == 0 || !store_)
        own_.push_back(e);
    // The strip is drawn again with the scores (refreshScoresNow(), at most ~8 times a second):
    // tens of thousands of short epochs a minute must not repaint it with each.
    refreshScores();
    refreshPass();
}

void ExamView::setOutcome(const core::Outcome& o)
{
    outcome_ = o;
    refreshPassNow();
    refreshScoresNow();
}

void ExamView::setParameters(const Eigen::VectorXd& parameters)
{
    if (!network_ || parameters.size() != network_->parameterCount())
        return;
    parameters_ = parameters;
    marksDirty_ = true;
    if (!marksThrottle_.isActive()) {
        recomputeMarksNow();
        marksThrottle_.start();
    }
}

void ExamView::recomputeMarksNow()
{
    marksDirty_ = false;
    if (!start_ || !network_ || parameters_.size() != network_->parameterCount())
        return;
    QElapsedTimer clock;
    clock.start();
    network_->parameters() = parameters_;
    const core::Dataset& d = start_->data.train;
    try {
        answers_ = network_->predictOutputs(d.x);
    } catch (const std::exception& e) {
        // A network built from the run's own spec takes its rows; this only guards the slot.
        qWarning("ExamView: cannot mark the questions: %s", e.what());
        return;
    }
    const int n = d.rows();
    std::vector<ExamGrid::Mark> marks(static_cast<std::size_t>(n));
    std::vector<float> strength(static_cast<std::size_t>(n));
    std::vector<int> given; // the model's class per question (classification)
    const bool classification = core::isClassification(d.task);
    // Errors on the scale of the targets' spread: 0 = spot on, 1 = off by one spread or more.
    const double mean = classification ? 0.0 : d.y.mean();
    const double spread =
        classification ? 1.0 : std::max(std::sqrt((d.y.array() - mean).square().mean()), 1e-9);
    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        if (classification) {
            const ModelAnswer a = modelAnswer(answers_.row(i));
            given.push_back(a.cls);
            marks[k] =
                a.cls == int(std::lround(d.y(i))) ? ExamGrid::Mark::Right : ExamGrid::Mark::Wrong;
            // How sure: 0 at an even guess between the classes, 1 when certain.
            const double k2 = std::max<Eigen::Index>(2, answers_.cols());
            strength[k] = static_cast<float>(
                std::clamp((a.probability - 1.0 / k2) * k2 / (k2 - 1), 0.0, 1.0));
        } else {
            marks[k] = ExamGrid::Mark::Error;
            strength[k] = static_cast<float>(
                std::clamp(std::abs(answers_(i, 0) - d.y(i)) / spread, 0.0, 1.0));
        }
    }
    // The tooltip's sentence is made only for the question it is shown for.
    // Predicting every question grows with N: at most ~5 % of the GUI thread's time (every 150 ms
    // for small exams, less often for big ones).
    marksThrottle_.setInterval(int(std::clamp<qint64>(20 * clock.elapsed(), 150, 2000)));
    grid_->setMarks(
        std::move(marks), std::move(strength),
        [this](int row) -> QString {
            if (!start_ || row < 0 || row >= answers_.rows() || row >= start_->data.train.rows())
                return {};
            const core::Dataset& d = start_->data.train;
            if (d.task == core::TaskKind::BinaryClassification)
                return tr("model: class 1 with probability %1; answer sheet: class %2")
                    .arg(QLocale().toString(1.0 / (1.0 + std::exp(-answers_(row, 0))), 'f', 2))
                    .arg(d.y(row) > 0.5 ? 1 : 0);
            if (d.task == core::TaskKind::MultiClassClassification) {
                const ModelAnswer a = modelAnswer(answers_.row(row));
                return tr("model: class %1 with probability %2; answer sheet: class %3")
                    .arg(grid_->tiles().className(a.cls), QLocale().toString(a.probability, 'f', 2),
                         grid_->tiles().className(int(std::lround(d.y(row)))));
            }
            const double raw = answers_(row, 0);
            return tr("model: %1; answer sheet: %2 (off by %3)")
                .arg(QLocale().toString(raw, 'f', 2), QLocale().toString(d.y(row), 'f', 2),
                     QLocale().toString(std::abs(raw - d.y(row)), 'f', 2));
        },
        std::move(given));
    refreshScores();
}

void ExamView::refreshPass()
{
    // Rich-text labels are laid out again on every change: at most ~15 times a second (a run at
    // full speed checks answers thousands of times a second).
    constexpr qint64 frameMs = 66;
    if (passThrottle_.isActive())
        return;
    const qint64 since = lastPass_.isValid() ? lastPass_.elapsed() : frameMs;
    if (since >= frameMs)
        refreshPassNow();
    else
        passThrottle_.start(int(frameMs - since));
}

void ExamView::refreshPassNow()
{
    passThrottle_.stop();
    lastPass_.start();
    const int planned = epochsPlanned_ > 0 ? epochsPlanned_ : planE_;
    const std::vector<core::EpochInfo>& all = epochs();
    const int done = all.empty() ? 0 : all.back().epoch;
    const int steps =
        start_ ? start_->stepsPerEpoch : core::stepsPerEpoch(planN_, std::max(planB_, 1));
    if (currentEpoch_ > 0 && !(outcome_ && done >= currentEpoch_))
        pass_->setText(tr("Pass %1 of %2").arg(currentEpoch_).arg(planned));
    else if (outcome_)
        pass_->setText(tr("Finished after<br>pass %1 of %2").arg(done).arg(planned));
    else
        pass_->setText(
            tr("Pass %1 of %2").arg(std::min(done + 1, std::max(planned, 1))).arg(planned));

    QString line;
    const std::int64_t total = static_cast<std::int64_t>(planned) * steps;
    if (currentBatch_ >= 0) {
        const int b = start_ ? start_->batchSize : std::max(planB_, 1);
        const int first = currentBatch_ * b + 1;
        const int last = currentBatch_ * b + currentBatchSize_;
        const bool solving = solveTimer_.isActive();
        line = (solving ? tr("Solving batch %1 of %2:<br>questions %3–%4 of this pass")
                        : tr("Batch %1 of %2 checked:<br>questions %3–%4 of this pass"))
                   .arg(currentBatch_ + 1)
                   .arg(steps)
                   .arg(first)
                   .arg(last);
        line += QStringLiteral("<br>");
    }
    line += tr("Answer checks (weight updates):<br><b>%1</b> of %2")
                .arg(number(checksShown_), number(total));
    if (outcome_ && outcome_->reason == core::StopReason::EarlyStopped)
        line +=
            QStringLiteral("<br>") + tr("<b>Early stopping</b> after pass %1;<br>best epoch %2.")
                                         .arg(outcome_->epochs)
                                         .arg(outcome_->bestEpoch);
    counter_->setText(line);
}

void ExamView::refreshScores()
{
    // A table in rich text: laid out again on every change, so at most ~8 times a second.
    constexpr qint64 frameMs = 125;
    if (scoresThrottle_.isActive())
        return;
    const qint64 since = lastScores_.isValid() ? lastScores_.elapsed() : frameMs;
    if (since >= frameMs)
        refreshScoresNow();
    else
        scoresThrottle_.start(int(frameMs - since));
}

void ExamView::refreshScoresNow()
{
    scoresThrottle_.stop();
    lastScores_.start();
    const bool cls = start_ && core::isClassification(start_->spec.task);
    if (!epochs().empty())
        strip_->setEpochs([this] { return &epochs(); }, cls);
    const std::vector<core::EpochInfo>& all = epochs();
    // The run's facts (core::RunReader: the best epoch by the run's monitor, what the two curves
    // show), the reading every view shows. Brought up to date at most twice a second: the curves
    // are read over every pass so far.
    if (!all.empty() && readEpochs_ != all.size()) {
        if (!lastReading_.isValid() || lastReading_.elapsed() >= 500 || outcome_) {
            reading_ = reader_.update(all, outcome_, false, !outcome_);
            readEpochs_ = all.size();
            lastReading_.start();
        } else if (!readingLater_) { // the newest passes are read a little later
            readingLater_ = true;
            QTimer::singleShot(std::max(0, 500 - int(lastReading_.elapsed())), this, [this] {
                readingLater_ = false;
                refreshScores();
            });
        }
    }
    QString html;
    if (!all.empty()) {
        const core::EpochInfo& e = all.back();
        html += QStringLiteral("<b>%1</b>")
                    .arg(e.epoch == 0 ? tr("Before pass 1") : tr("After pass %1").arg(e.epoch));
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += QStringLiteral("<tr><td></td><td><b>%1</b></td><td><b>%2</b></td></tr>")
                .arg(tr("practice exam<br><small>(training)</small>"),
                     tr("new exam<br><small>(validation)</small>"));
    if (!all.empty()) {
        const core::EpochInfo& e = all.back();
        if (cls)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(tr("score"), percent(e.trainAccuracy), percent(e.valAccuracy));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(tr("loss"), loss(e.trainLoss), loss(e.valLoss));
        if (reading_.bestEpoch > 0 && reading_.bestEpoch <= static_cast<int>(all.size()) - 1) {
            const core::EpochInfo& best = all[static_cast<std::size_t>(reading_.bestEpoch)];
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(tr("best epoch: %1").arg(best.epoch), loss(best.trainLoss),
                             loss(best.valLoss));
        }
    } else {
        html += QStringLiteral("<tr><td colspan='3'>%1</td></tr>").arg(tr("no pass finished yet"));
    }
    html += QStringLiteral("</table>");
    if (!all.empty()) {
        QString sentence;
        if (reading_.shape == core::CurveShape::Overfitting && reading_.overfittingFrom)
            sentence = tr("Memorising since pass %1: the practice exam still gets better, the new "
                          "exam worse.")
                           .arg(*reading_.overfittingFrom);
        else if (reading_.shape == core::CurveShape::NotLearningYet)
            sentence = tr("Not learning yet: both exams are about as bad as before pass 1.");
        else if (reading_.shape == core::CurveShape::NoChange)
            sentence = tr("No change lately: both exams stay where they are.");
        if (!sentence.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(sentence);
    }
    if (cls && grid_->rows() > 0 && start_) {
        int right = 0;
        for (int r = 0; r < grid_->rows(); ++r)
            right += grid_->markOf(r) == ExamGrid::Mark::Right;
        html += tr("Right now: %1 of %2 questions right").arg(right).arg(grid_->rows());
    }
    if (all.size() >= 3 && fullSpeed_) {
        // Measured time of the last pass (at full speed only: a slow pace adds waiting).
        const core::EpochInfo& e = all.back();
        const double dt = e.seconds - all[all.size() - 2].seconds;
        if (dt > 0)
            html += QStringLiteral("<br>") + tr("Time for the last pass: %1 ms (measured)")
                                                 .arg(QLocale().toString(dt * 1000.0, 'f', 1));
    }
    scores_->setText(html);
}

void ExamView::refreshNumbers()
{
    const int n = planN_;
    const int b = std::max(planB_, 1);
    const int e = planE_;
    if (n <= 0) {
        numbers_->clear();
        note_->hide();
        return;
    }
    const int steps = core::stepsPerEpoch(n, b);
    const int last = n - (steps - 1) * std::min(b, n);
    const std::int64_t total = static_cast<std::int64_t>(steps) * e;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    const auto row = [&html](const QString& name, const QString& value) {
        html += QStringLiteral("<tr><td>%1&nbsp;</td><td align='right'><b>%2</b></td></tr>")
                    .arg(name, value);
    };
    row(tr("questions N"), number(n));
    row(tr("batch size B"), number(b));
    row(tr("checks per pass ⌈N/B⌉"), number(steps));
    row(tr("last batch"), number(last));
    row(tr("passes E (epochs)"), number(e));
    row(tr("checks in all E×⌈N/B⌉"), number(total));
    if (start_) {
        const std::int64_t bytes = batchMemoryBytes(start_->spec, std::min(b, n));
        row(tr("memory per batch"),
            bytes >= 1024 * 1024 ? tr("%1 MB").arg(QLocale().toString(bytes / 1048576.0, 'f', 1))
                                 : tr("%1 KB").arg(QLocale().toString(bytes / 1024.0, 'f', 1)));
    }
    for (const core::CostRow& c : cost_)
        if (c.batchSize == b) {
            row(tr("time per check (measured)"),
                tr("%1 ms").arg(QLocale().toString(c.secondsPerUpdate * 1000.0, 'g', 3)));
            row(tr("time per pass (measured)"),
                tr("%1 ms").arg(QLocale().toString(c.secondsPerEpoch * 1000.0, 'g', 3)));
            break;
        }
    html += QStringLiteral("</table>");
    numbers_->setText(html);
    const QString note = batchNote(n, b);
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

QString ExamView::batchNote(int n, int b)
{
    if (n <= 0 || b <= 0)
        return {};
    if (b > n)
        return tr("B = %1 is more than the %2 questions: Keras makes one batch of all %2 "
                  "(full batch), so there is one answer check per pass, as with B = N.")
            .arg(b)
            .arg(n);
    if (b == n)
        return tr("B = N: the whole exam is solved before the answers are checked. One answer "
                  "check per pass (full batch): calm, but rare, and every question must be "
                  "remembered at once.");
    if (b == 1)
        return tr("B = 1: an answer check after every single question (%1 per pass). Many "
                  "small, noisy corrections; careful, but slow.")
            .arg(n);
    if (n % b != 0)
        return tr("%1 is not a multiple of %2: the last batch has only %3 questions, and it "
                  "still counts as a full answer check.")
            .arg(n)
            .arg(b)
            .arg(n - (n / b) * b);
    return {};
}

std::int64_t ExamView::batchMemoryBytes(const core::NetworkSpec& spec, int rowsInBatch)
{
    // What the trainer allocates for one batch (core::batchMemory, as the cost meter counts).
    return core::batchMemory(spec, rowsInBatch).total();
}

void ExamView::setMeasuredCost(const std::vector<core::CostRow>& rows)
{
    cost_ = rows;
    refreshNumbers();
}

} // namespace ui
