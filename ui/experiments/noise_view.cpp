#include "ui/experiments/noise_view.hpp"
#include "ui/session/failure_text.hpp"

#include "ui/plots/noise_plot.hpp"
#include "ui/session/training_controller.hpp"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace ui
{

std::map<int, double> lossSpreadByBatchSize(const RunStore& store)
{
    struct Sum {
        double squares = 0.0;
        std::int64_t count = 0;
        std::int64_t groups = 0;
    };
    std::map<int, Sum> sums;
    for (const auto& run : store.runs()) {
        if (run->live)
            continue;
        const int b = run->spec.settings.train.batchSize;
        Sum& s = sums[b];
        const auto& pts = run->data.updates;
        std::size_t i = 0;
        while (i < pts.size()) {
            // One epoch's single-update points.
            std::size_t j = i;
            double mean = 0.0;
            int k = 0;
            for (; j < pts.size() && pts[j].epoch == pts[i].epoch; ++j)
                if (pts[j].count == 1 && std::isfinite(pts[j].meanLoss)) {
                    ++k;
                    mean += (pts[j].meanLoss - mean) / k;
                }
            if (k >= 2) {
                for (std::size_t t = i; t < j; ++t)
                    if (pts[t].count == 1 && std::isfinite(pts[t].meanLoss))
                        s.squares += (pts[t].meanLoss - mean) * (pts[t].meanLoss - mean);
                s.count += k;
                ++s.groups;
            }
            i = j;
        }
    }
    std::map<int, double> out;
    for (const auto& [b, s] : sums)
        if (s.count > s.groups)
            out[b] = std::sqrt(s.squares / static_cast<double>(s.count - s.groups));
    return out;
}

std::vector<int> defaultBatchSizes(int n)
{
    std::vector<int> sizes;
    if (n < 1)
        return sizes;
    for (int b = 1; b < n && sizes.size() < 30; b *= 2)
        sizes.push_back(b);
    sizes.push_back(n);
    return sizes;
}

NoiseView::NoiseView(TrainingController* controller, const RunStore* store, QWidget* parent)
    : QWidget(parent), controller_(controller), store_(store)
{
    pool_.setMaxThreadCount(1);
    outbox_.setWake(this, [this] { collect(); });
    plot_ = new NoisePlot;
    plot_->setObjectName(QStringLiteral("noisePlot"));
    status_ = new QLabel;
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("noiseStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(plot_, 1);
    layout->addWidget(status_);
    later_.setSingleShot(true);
    connect(&later_, &QTimer::timeout, this, &NoiseView::start);
    spreadLater_.setSingleShot(true);
    spreadLater_.setInterval(250);
    connect(&spreadLater_, &QTimer::timeout, this, &NoiseView::refreshSpread);
    if (controller_) {
        connect(controller_, &TrainingController::runStarted, this, &NoiseView::onRunStarted);
        connect(controller_, &TrainingController::snapshotReceived, this, &NoiseView::onSnapshot);
        start_ = controller_->runStart();
    }
    if (store_) {
        for (auto signal : {&RunStore::runAdded, &RunStore::runChanged, &RunStore::runRemoved})
            connect(store_, signal, this, [this] {
                if (!spreadLater_.isActive())
                    spreadLater_.start();
            });
        refreshSpread();
    }
    retranslate();
}

NoiseView::~NoiseView()
{
    // The running measurement posts its result to this object: let it end first.
    pool_.waitForDone();
}

void NoiseView::retranslate()
{
    if (report_.rows.empty()) {
        status_->setText(tr("The variance of a batch's gradient around the gradient of all "
                            "questions, for each batch size, at the current weights: measured "
                            "while the run trains."));
        return;
    }
    int enumerated = 0;
    for (const core::NoiseRow& r : report_.rows)
        enumerated += r.method == core::NoiseMethod::Enumerated;
    status_->setText(
        tr("N = %1 questions, %2 weights, per-question gradient variance σ² = %3. %4 of %5 batch "
           "sizes enumerated over every batch, the others sampled over random batches.")
            .arg(report_.samples)
            .arg(QLocale().toString(qint64(report_.parameters)))
            .arg(QLocale().toString(report_.sigma2, 'g', 3))
            .arg(enumerated)
            .arg(report_.rows.size()));
}

void NoiseView::setBatchSizes(const std::vector<int>& sizes)
{
    sizes_ = sizes;
    request();
}

void NoiseView::measureNow()
{
    if (running_) {
        pending_ = true;
        return;
    }
    later_.stop();
    start();
}

void NoiseView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    request();
}

void NoiseView::onRunStarted()
{
    start_.reset();
    parameters_.resize(0);
    ++generation_;
}

void NoiseView::onSnapshot(const RunSnapshot& s)
{
    if (s.start) {
        start_ = s.start;
        if (parameters_.size() == 0)
            parameters_ = s.start->initialParameters;
    }
    if (s.parameters.size() > 0)
        parameters_ = s.parameters;
    if (s.parameters.size() > 0 || s.start)
        request();
}

void NoiseView::request()
{
    if (!isVisible())
        return;
    if (running_) {
        pending_ = true;
        return;
    }
    if (later_.isActive())
        return;
    // At most one measurement per minIntervalMs(), and never more than a fifth of a core (a
    // large data set takes longer to measure: then the view refreshes less often).
    const qint64 interval = std::max<qint64>(minIntervalMs_, 5 * lastDurationMs_);
    const qint64 wait =
        sinceStart_.isValid() ? std::max<qint64>(0, interval - sinceStart_.elapsed()) : 0;
    later_.start(int(wait));
}

void NoiseView::start()
{
    if (!start_ && controller_)
        start_ = controller_->runStart();
    if (!start_ || running_)
        return;
    Eigen::VectorXd params = parameters_.size() > 0 ? parameters_ : start_->initialParameters;
    core::NoiseMeterConfig config;
    config.batchSizes = sizes_.empty() ? defaultBatchSizes(start_->trainingRows) : sizes_;
    running_ = true;
    pending_ = false;
    sinceStart_.start();
    const quint64 generation = generation_;
    std::shared_ptr<const RunStart> start = start_;
    pool_.start([this, start, params = std::move(params), config, generation] {
        core::NoiseReport report;
        QString error;
        try {
            core::Network net(start->spec);
            if (params.size() != net.parameterCount())
                throw std::invalid_argument("the weights do not fit the network");
            net.parameters() = params;
            report = core::measureNoise(net, start->data.train, config);
        } catch (const std::exception& e) {
            error = FailureText::of(e);
        } catch (...) {
            error = QStringLiteral("unknown error");
        }
        // Handed over (handover.hpp); collect() runs on the view's thread.
        outbox_.put(generation, Outbox{std::move(report), std::move(error)});
    });
}

void NoiseView::collect()
{
    // A stale measurement is heard too: it ends the one running (finished() drops its numbers).
    for (const Handed<Outbox>& done : outbox_.take())
        finished(done.generation, done.value.report, done.value.error);
}

void NoiseView::finished(quint64 generation, const core::NoiseReport& report, const QString& error)
{
    running_ = false;
    ++measurements_;
    lastDurationMs_ = sinceStart_.elapsed();
    if (generation == generation_) {
        if (error.isEmpty()) {
            report_ = report;
            plot_->setReport(report_);
            retranslate();
            emit measured(report_);
        } else {
            status_->setText(tr("The gradient noise cannot be measured: %1").arg(error));
            emit measurementFailed(error);
        }
    }
    if (pending_ || generation != generation_) {
        pending_ = false;
        request();
    }
}

void NoiseView::refreshSpread()
{
    if (store_)
        plot_->setLossSpread(lossSpreadByBatchSize(*store_));
}

} // namespace ui
