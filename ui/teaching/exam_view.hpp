// The practice exam as a grid of its N questions (training rows) in this epoch's order, so that
// batch k is the k-th run of B cells. The questions of the batch being solved light up; then the
// answer check (the weight update) happens and the counter of answer checks moves. Each cell
// shows whether the current model gets its question right (classification) or how far off it is
// (regression). Beside the grid: the pass, the practice-exam and new-exam scores per epoch, and
// the numbers the lesson is about (N, B, ceil(N/B), last batch, E, total), in step with the
// sliders, with a plain-language note for B = N, B = 1 and B > N.
//
// Fed from the GUI thread only: RunStart, the per-update batches and epoch orders that the
// worker sent, and copies of the weights (predictions are computed here from a private Network,
// never from the trainer's).
#pragma once

#include "cost_meter.hpp"
#include "network.hpp"
#include "run_reading.hpp"
#include "training_events.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/run_store.hpp"
#include "ui/teaching/exam_grid.hpp"
#include "ui/teaching/exam_score_strip.hpp"

#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace ui
{

class ExamView : public QWidget
{
    Q_OBJECT
public:
    explicit ExamView(QWidget* parent = nullptr);
    ~ExamView() override;

    // Forget the run (a new generation).
    void clearRun();
    // The numbers from the sliders (N after any split, B, E): shown at once, before any run.
    void setPlan(int trainingRows, int batchSize, int epochs);
    // Data and network of the run; the grid starts in question order until an order arrives.
    void setRunStart(const std::shared_ptr<const RunStart>& start);
    // Everything a snapshot carries for this view (batches, orders, epochs, weights).
    void applySnapshot(const RunSnapshot& s);
    // The run's epoch rows are those of the store's entry `id` (set after clearRun(), before
    // its snapshots; with setStore()): the store has each snapshot first and the view keeps no
    // copy of them (docs/ARCHITECTURE.md, "A run's way from the worker to the pixels").
    // Without it (no store) the view keeps the rows it is given.
    void setStore(const RunStore* store) { store_ = store; }
    void followRun(RunId id) { follow_ = id; }
    // The run's epoch rows: the followed entry's, else the ones given.
    const std::vector<core::EpochInfo>& epochs() const;

    // One weight update: `rows` of `epoch` (batch index `batch`) were solved and checked.
    // `epochOrder` is this epoch's order (may be empty when unchanged since the last call).
    void showUpdate(std::int64_t update, int epoch, int batch, std::span<const int> rows,
                    std::span<const int> epochOrder = {});
    void addEpoch(const core::EpochInfo& e);
    void setEpochsPlanned(int epochs);
    // New weights: the marks of every question are recomputed (throttled).
    void setParameters(const Eigen::VectorXd& parameters);
    void recomputeMarksNow();
    void setOutcome(const core::Outcome& o);
    // Measured costs per batch size (core::measureCost): the numbers show the current B's.
    void setMeasuredCost(const std::vector<core::CostRow>& rows);
    // Select these questions (training rows) together, with a line saying what they are (a cell
    // of the data view's confusion matrix).
    void selectQuestions(const std::vector<int>& rows, const QString& description);

    // How long the batch is shown as "being solved" before its answer check (0: at once).
    void setSolveMilliseconds(int ms) { solveMs_ = ms; }
    // Whether the run goes at full speed (only then is the measured time per pass shown).
    void setFullSpeed(bool fullSpeed) { fullSpeed_ = fullSpeed; }

    ExamGrid* grid() const { return grid_; }
    QLabel* numbersLabel() const { return numbers_; }
    QLabel* noteLabel() const { return note_; }
    QLabel* passLabel() const { return pass_; }
    QLabel* scoreLabel() const { return scores_; }
    ExamScoreStrip* scoreStrip() const { return strip_; }
    std::int64_t checksShown() const { return checksShown_; }

    // "B = N: one answer check per pass" and friends; empty when no special case applies.
    static QString batchNote(int n, int b);
    // Bytes of activations and their gradients kept for one batch of B rows (the memory a big
    // batch needs: every question of the batch must be remembered until its answer check).
    static std::int64_t batchMemoryBytes(const core::NetworkSpec& spec, int rowsInBatch);

    int heightForWidth(int w) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int narrowWidth = 620; // narrower: the tables go under the grid
    void refreshNumbers();
    void refreshLegend();
    void arrange(bool narrow);
    void refreshPass(); // throttled
    void refreshPassNow();
    void refreshScores(); // throttled
    void refreshScoresNow();
    void finishCheck();

    QGridLayout* root_ = nullptr;
    QWidget* leftBlock_ = nullptr;
    QWidget* statusBlock_ = nullptr;
    QWidget* numbersBlock_ = nullptr;
    QWidget* sideBlock_ = nullptr;
    QScrollArea* sideScroll_ = nullptr; // holds sideBlock_ beside the grid
    QBoxLayout* sideLayout_ = nullptr;
    bool narrow_ = false;
    bool stacked_ = false;  // narrow, and the tables one under the other
    bool pictures_ = false; // the questions are pictures: the tables scroll beside the grid
    ExamGrid* grid_ = nullptr;
    QLabel* pass_ = nullptr;
    QLabel* counter_ = nullptr;
    QLabel* scores_ = nullptr;
    ExamScoreStrip* strip_ = nullptr;
    QLabel* numbers_ = nullptr;
    QLabel* note_ = nullptr;
    QLabel* legend_ = nullptr;
    QLabel* selection_ = nullptr;

    std::shared_ptr<const RunStart> start_;
    std::unique_ptr<core::Network> network_;
    Eigen::VectorXd parameters_;
    // The model's raw outputs per training row (for the tooltips): one column, or k logits.
    Eigen::MatrixXd answers_;
    bool marksDirty_ = false;
    QTimer marksThrottle_;
    QTimer solveTimer_;
    QTimer passThrottle_;
    QTimer scoresThrottle_;
    QElapsedTimer lastScores_;
    QElapsedTimer lastPass_;
    int solveMs_ = 0;
    bool fullSpeed_ = true;

    int planN_ = 0, planB_ = 0, planE_ = 0;
    int epochsPlanned_ = 0;
    int orderEpoch_ = 0; // epoch whose order the grid shows
    int currentEpoch_ = 0;
    int currentBatch_ = -1;
    int currentBatchSize_ = 0;
    std::int64_t pendingCheck_ = 0; // update number shown after the solve phase
    std::int64_t checksShown_ = 0;
    const RunStore* store_ = nullptr;
    RunId follow_ = 0;                 // the store's entry whose rows are read (0: own_)
    std::vector<core::EpochInfo> own_; // the rows given when no entry is followed
    std::optional<core::Outcome> outcome_;
    core::RunReader reader_;
    core::RunReading reading_;   // of epochs(), refreshed at most twice a second
    std::size_t readEpochs_ = 0; // epochs().size() when reading_ was made
    QElapsedTimer lastReading_;
    bool readingLater_ = false;
    std::vector<core::CostRow> cost_;
};

} // namespace ui
