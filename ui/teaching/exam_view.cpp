#include "ui/teaching/exam_view.hpp"

#include "ui/teaching/exam_text.hpp"

#include "overfitting.hpp"
#include "trainer.hpp"

#include <QBoxLayout>
#include <QGridLayout>
#include <QHash>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ui
{

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
    // Wide: the grid beside the tables (which scroll on their own) takes whatever height the
    // dock has, so that a scrolling dock does not stretch it past the screen and the whole exam
    // stays in view (the tables' height used to push the last rows of 30 questions out of a
    // 1366 x 768 window's dock). Narrow (the wrapped texts under the grid), the view asks the
    // height its texts need.
    return w >= narrowWidth ? -1 : QWidget::heightForWidth(w);
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
        sideScroll_->setWidget(sideBlock_);
        sideScroll_->setMinimumWidth(sideBlock_->minimumSizeHint().width() +
                                     sideScroll_->verticalScrollBar()->sizeHint().width());
        root_->addWidget(sideScroll_, 0, 1);
        sideScroll_->show();
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
    pass_->setText(exam_text::passTitle(currentEpoch_, done, planned, outcome_.has_value(),
                                        !all.empty() && all.back().partial));

    exam_text::Checks checks;
    if (currentBatch_ >= 0) {
        const int b = start_ ? start_->batchSize : std::max(planB_, 1);
        checks.batch = currentBatch_;
        checks.batches = steps;
        checks.firstQuestion = currentBatch_ * b + 1;
        checks.lastQuestion = currentBatch_ * b + currentBatchSize_;
        checks.solving = solveTimer_.isActive();
    }
    checks.shown = checksShown_;
    checks.total = static_cast<std::int64_t>(planned) * steps;
    checks.outcome = outcome_;
    counter_->setText(exam_text::checksText(checks));
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
    exam_text::Scores scores;
    scores.epochs = &all;
    scores.classification = cls;
    scores.reading = reading_;
    if (cls && grid_->rows() > 0 && start_) {
        int right = 0;
        for (int r = 0; r < grid_->rows(); ++r)
            right += grid_->markOf(r) == ExamGrid::Mark::Right;
        scores.right = right;
        scores.questions = grid_->rows();
    }
    if (all.size() >= 3 && fullSpeed_) {
        // Measured time of the last pass (at full speed only: a slow pace adds waiting).
        const double dt = all.back().seconds - all[all.size() - 2].seconds;
        if (dt > 0)
            scores.lastPassSeconds = dt;
    }
    scores_->setText(exam_text::scoresHtml(scores));
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
    std::optional<std::int64_t> bytes;
    if (start_)
        bytes = batchMemoryBytes(start_->spec, std::min(b, n));
    numbers_->setText(exam_text::planTable(n, b, e, bytes, cost_));
    const QString note = batchNote(n, b);
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

QString ExamView::batchNote(int n, int b)
{
    return exam_text::batchNote(n, b);
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
