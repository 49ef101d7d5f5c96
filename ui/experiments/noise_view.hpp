// Experiments > Gradient noise: the gradient-noise meter on the live run. For the current
// weights of the window's run (a copy from its snapshots) and its training rows, measures the
// variance of the minibatch gradient for each batch size of the list (core::measureNoise) and
// plots it beside the formula (ui::NoisePlot), with the spread of the per-update loss of the
// runs kept in the store beside it.
//
// Threads: the measurement runs on this view's own one-thread pool, never on the GUI thread and
// never inside the trainer's step() (the worker only hands over copies of its weights). While a
// run trains, a new measurement starts at most every minIntervalMs(), nor sooner than five
// times the last one took (a fifth of a core at most), and only while the view is visible (or
// when measureNow() is called); requests that come while one is running are
// merged into one that starts when it ends. The destructor waits for a running measurement (it
// is bounded by the noise meter's named limits).
#pragma once

#include "noise_meter.hpp"
#include "ui/session/handover.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/run_store.hpp"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QLabel;

namespace ui
{

class NoisePlot;
class TrainingController;

// Standard deviation of the per-update loss around its epoch's mean (the trend of the loss
// taken out), pooled over the epochs of every run of the store that is not live, per batch
// size. Only points of single updates count (a run bucketed past the point bound contributes its
// single-update points only); a batch size with fewer than two updates per epoch has none.
std::map<int, double> lossSpreadByBatchSize(const RunStore& store);

// The sweep's default list: 1, 2, 4, ... below N, and N.
std::vector<int> defaultBatchSizes(int n);

class NoiseView : public QWidget
{
    Q_OBJECT
public:
    NoiseView(TrainingController* controller, const RunStore* store, QWidget* parent = nullptr);
    ~NoiseView() override;

    // Batch sizes to measure (empty: defaultBatchSizes(N) of the live run).
    void setBatchSizes(const std::vector<int>& sizes);
    void setMinIntervalMs(int ms) { minIntervalMs_ = ms; }
    int minIntervalMs() const { return minIntervalMs_; }
    // Measure the live run's current weights now (or as soon as the running measurement ends).
    void measureNow();

    NoisePlot* plot() const { return plot_; }
    const core::NoiseReport& report() const { return report_; }
    // Measurements finished (tests).
    int measurements() const { return measurements_; }
    bool busy() const { return running_; }

signals:
    void measured(const core::NoiseReport& report);
    void measurementFailed(const QString& reason);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onRunStarted();
    void onSnapshot(const RunSnapshot& s);
    void request();
    void start();
    void finished(quint64 generation, const core::NoiseReport& report, const QString& error);
    // Takes the measurement the pool's thread left in the outbox.
    void collect();
    void refreshSpread();
    void retranslate();

    TrainingController* controller_;
    const RunStore* store_;
    NoisePlot* plot_ = nullptr;
    QLabel* status_ = nullptr;
    QThreadPool pool_;
    std::shared_ptr<const RunStart> start_;
    Eigen::VectorXd parameters_;
    quint64 generation_ = 0;
    std::vector<int> sizes_;
    core::NoiseReport report_;
    int minIntervalMs_ = 500;
    qint64 lastDurationMs_ = 0;
    bool running_ = false;
    bool pending_ = false;
    int measurements_ = 0;
    QElapsedTimer sinceStart_;
    QTimer later_;
    QTimer spreadLater_;
    struct Outbox {
        core::NoiseReport report;
        QString error;
    };
    Handover<Outbox, HandoverPolicy::KeepLatest> outbox_;
};

} // namespace ui
