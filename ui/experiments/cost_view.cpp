#include "ui/experiments/cost_view.hpp"
#include "ui/session/failure_text.hpp"

#include "ui/experiments/noise_view.hpp"
#include "ui/plots/cost_plot.hpp"
#include "ui/session/training_controller.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui
{

CostView::CostView(TrainingController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller)
{
    pool_.setMaxThreadCount(1);
    outbox_.setWake(this, [this] { collect(); });
    plot_ = new CostPlot;
    plot_->setObjectName(QStringLiteral("costPlot"));
    status_ = new QLabel(tr("What one batch costs on this computer: press Measure to train each "
                            "batch size for a moment and time it."));
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("costStatus"));
    measure_ = new QPushButton(tr("&Measure"));
    measure_->setObjectName(QStringLiteral("measureCost"));
    measure_->setToolTip(tr("Train the current settings briefly with each batch size and time "
                            "the weight updates"));
    connect(measure_, &QPushButton::clicked, this, &CostView::measure);
    auto* row = new QHBoxLayout;
    row->addWidget(status_, 1);
    row->addWidget(measure_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(plot_, 1);
    layout->addLayout(row);
}

CostView::~CostView()
{
    cancel_->store(true);
    pool_.waitForDone();
}

void CostView::measure()
{
    if (running_ || !controller_)
        return;
    const core::RunSettings settings = controller_->effectiveSettings();
    core::CostMeterConfig config;
    config.batchSizes = sizes_.empty() ? defaultBatchSizes(settings.trainingRows()) : sizes_;
    config.secondsPerBatchSize = seconds_;
    running_ = true;
    measure_->setEnabled(false);
    status_->setText(tr("Measuring %n batch size(s)...", nullptr, int(config.batchSizes.size())));
    std::shared_ptr<std::atomic<bool>> cancel = cancel_;
    pool_.start([this, settings, config, cancel] {
        std::vector<core::CostRow> rows;
        QString error;
        try {
            rows = core::measureCost(settings, config, cancel.get());
        } catch (const std::exception& e) {
            error = FailureText::of(e);
        } catch (...) {
            error = QStringLiteral("unknown error");
        }
        if (cancel->load())
            return;                                                // the view is going away
        outbox_.put(0, Outbox{std::move(rows), std::move(error)}); // collect() on our thread
    });
}

void CostView::collect()
{
    for (const Outbox& done : outbox_.takeCurrent(0))
        finished(done.rows, done.error);
}

void CostView::finished(const std::vector<core::CostRow>& rows, const QString& error)
{
    running_ = false;
    measure_->setEnabled(true);
    if (!error.isEmpty()) {
        status_->setText(tr("The cost cannot be measured: %1").arg(error));
        emit measurementFailed(error);
        return;
    }
    rows_ = rows;
    plot_->setRows(rows_);
    status_->setText(tr("Measured on this computer while the window runs: %n batch size(s). "
                        "Small batches take many cheap updates per epoch; large batches need "
                        "more memory per update.",
                        nullptr, int(rows_.size())));
    emit measured(rows_);
}

} // namespace ui
