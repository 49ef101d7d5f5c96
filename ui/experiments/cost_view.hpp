// Experiments > Cost per batch size: the cost meter. "Measure" trains the window's next run
// settings briefly for each batch size of the list (core::measureCost, at most
// secondsPerBatchSize() each) on this view's own thread, never on the GUI thread, and plots the
// seconds per update and per epoch and the bytes one batch needs (ui::CostPlot). The rows go to
// whoever shows the cost of the current batch size (the exam view) through measured().
// The destructor cancels a running measurement and waits for it (within one update).
#pragma once

#include "cost_meter.hpp"
#include "ui/session/handover.hpp"

#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace ui
{

class CostPlot;
class TrainingController;

class CostView : public QWidget
{
    Q_OBJECT
public:
    explicit CostView(TrainingController* controller, QWidget* parent = nullptr);
    ~CostView() override;

    // Batch sizes (empty: 1, 2, 4, ... below N, and N of the next run's settings).
    void setBatchSizes(const std::vector<int>& sizes) { sizes_ = sizes; }
    void setSecondsPerBatchSize(double s) { seconds_ = s; }
    void measure();
    bool busy() const { return running_; }

    CostPlot* plot() const { return plot_; }
    const std::vector<core::CostRow>& rows() const { return rows_; }

signals:
    void measured(const std::vector<core::CostRow>& rows);
    void measurementFailed(const QString& reason);

private:
    void finished(const std::vector<core::CostRow>& rows, const QString& error);
    // Takes the measurement the pool's thread left in the outbox.
    void collect();

    TrainingController* controller_;
    CostPlot* plot_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* measure_ = nullptr;
    QThreadPool pool_;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    std::vector<int> sizes_;
    double seconds_ = 0.15;
    bool running_ = false;
    std::vector<core::CostRow> rows_;
    struct Outbox {
        std::vector<core::CostRow> rows;
        QString error;
    };
    Handover<Outbox, HandoverPolicy::KeepLatest> outbox_;
};

} // namespace ui
