#include "ui/experiments/sweep_dialog.hpp"

#include "ui/experiments/sweep_view.hpp"
#include "ui/session/sweep_job.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ui
{

namespace
{

QString joined(const std::vector<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'g', QLocale::FloatingPointShortest);
    return parts.join(QStringLiteral(", "));
}

} // namespace

SweepDialog::SweepDialog(SweepJob* job, const core::RunSpec& base,
                         std::function<bool()> windowTrains, QWidget* parent)
    : QDialog(parent), base_(base), windowTrains_(std::move(windowTrains)), job_(job),
      parameter_(new QComboBox), values_(new QLineEdit), seeds_(new QSpinBox),
      epochs_(new QSpinBox), scale_(new QCheckBox), varyData_(new QCheckBox),
      start_(new QPushButton(tr("&Start sweep"))), message_(new QLabel)
{
    setObjectName(QStringLiteral("sweepDialog"));
    setWindowTitle(tr("Sweep"));
    setModal(false);
    for (core::SweepParameter p : {core::SweepParameter::BatchSize, core::SweepParameter::Epochs,
                                   core::SweepParameter::LearningRate})
        parameter_->addItem(SweepPlot::parameterName(p), int(p));
    parameter_->setToolTip(tr("The setting that changes from run to run; everything else stays "
                              "as in the window"));
    values_->setToolTip(tr("The values to train, separated by commas"));
    seeds_->setRange(1, core::limits::maxSweepSeeds);
    seeds_->setValue(5);
    seeds_->setToolTip(tr("Runs per value: seed S sets the initial weights and the shuffling, "
                          "so the spread over seeds shows how much is luck"));
    epochs_->setRange(1, 100000);
    epochs_->setValue(base_.settings.train.epochs);
    scale_->setText(tr("Scale the learning rate with the batch size (lr × B / %1)")
                        .arg(base_.settings.train.batchSize));
    scale_->setToolTip(tr("The linear rule: a batch twice as large takes steps twice as large"));
    varyData_->setText(tr("Each seed also draws new data (another practice exam)"));
    message_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("sweepMessage"));
    start_->setObjectName(QStringLiteral("sweepStart"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Sweep:"), parameter_);
    form->addRow(tr("&Values:"), values_);
    form->addRow(tr("S&eeds per value:"), seeds_);
    form->addRow(tr("E&pochs:"), epochs_);
    form->addRow(QString(), scale_);
    form->addRow(QString(), varyData_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(message_, 1);
    buttons->addWidget(start_);
    view_ = new SweepView(job_);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addLayout(buttons);
    v->addWidget(view_, 1);
    resize(1000, 640);

    connect(parameter_, &QComboBox::currentIndexChanged, this, &SweepDialog::parameterChanged);
    connect(start_, &QPushButton::clicked, this, &SweepDialog::startSweep);
    const auto runningChanged = [this] { start_->setEnabled(!job_->running()); };
    connect(job_, &SweepJob::finished, this, runningChanged);
    connect(job_, &SweepJob::started, this, runningChanged);
    parameterChanged();
    if (job_->running()) { // started by an earlier window or a lesson: show what it sweeps
        showSweep(job_->sweep());
        runningChanged();
    }
}

SweepDialog::~SweepDialog() = default;

void SweepDialog::setBase(const core::RunSpec& base)
{
    if (job_->running())
        return;
    base_ = base;
    epochs_->setValue(base_.settings.train.epochs);
    scale_->setText(tr("Scale the learning rate with the batch size (lr × B / %1)")
                        .arg(base_.settings.train.batchSize));
    parameterChanged();
}

QString SweepDialog::message() const
{
    return message_->text();
}

void SweepDialog::parameterChanged()
{
    const auto p = core::SweepParameter(parameter_->currentData().toInt());
    values_->setText(joined(core::defaultSweepValues(p, base_.trainingRows())));
    epochs_->setEnabled(p != core::SweepParameter::Epochs);
    scale_->setEnabled(p == core::SweepParameter::BatchSize);
    if (p != core::SweepParameter::BatchSize)
        scale_->setChecked(false);
}

bool SweepDialog::sweepOf(core::SweepSpec* out, QString* error) const
{
    core::SweepSpec s;
    s.base = base_;
    s.parameter = core::SweepParameter(parameter_->currentData().toInt());
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList items = values_->text().split(separators, Qt::SkipEmptyParts);
    if (items.size() > core::limits::maxSweepValues) {
        *error = tr("At most %1 values.").arg(core::limits::maxSweepValues);
        return false;
    }
    for (const QString& item : items) {
        bool ok = false;
        double v = QLocale::c().toDouble(item, &ok);
        if (!ok)
            v = QLocale().toDouble(item, &ok);
        if (!ok) {
            *error = tr("'%1' is not a number.").arg(item.left(20));
            return false;
        }
        // The core's checks (planSweep), said here in the window's language.
        const core::SweepValueRange r = core::sweepValueRange(s.parameter);
        const QString shown = QLocale().toString(v, 'g', QLocale::FloatingPointShortest);
        if (r.whole && (v != std::floor(v) || v < r.lo || v > r.hi)) {
            *error = tr("%1 = %2: needs a whole number from %3 to %4.")
                         .arg(SweepPlot::parameterName(s.parameter), shown)
                         .arg(r.lo)
                         .arg(r.hi, 0, 'f', 0);
            return false;
        }
        if (!r.whole && (v <= r.lo || v > r.hi)) {
            *error = tr("%1 = %2: needs a number above %3 and at most %4.")
                         .arg(SweepPlot::parameterName(s.parameter), shown)
                         .arg(r.lo)
                         .arg(r.hi, 0, 'f', 0);
            return false;
        }
        if (std::find(s.values.begin(), s.values.end(), v) != s.values.end()) {
            *error =
                tr("%1 = %2 is given twice.").arg(SweepPlot::parameterName(s.parameter), shown);
            return false;
        }
        s.values.push_back(v);
    }
    if (s.values.empty()) {
        *error = tr("Give at least one value.");
        return false;
    }
    s.seeds = seeds_->value();
    if (std::int64_t(s.values.size()) * s.seeds > core::limits::maxSweepRuns) {
        *error = tr("%1 values × %2 seeds are %3 runs: a sweep trains at most %4.")
                     .arg(s.values.size())
                     .arg(s.seeds)
                     .arg(std::int64_t(s.values.size()) * s.seeds)
                     .arg(core::limits::maxSweepRuns);
        return false;
    }
    if (s.parameter != core::SweepParameter::Epochs)
        s.base.settings.train.epochs = epochs_->value();
    s.scaleLearningRate = scale_->isChecked() && s.parameter == core::SweepParameter::BatchSize;
    s.varyDataSeed = varyData_->isChecked();
    *out = s;
    return true;
}

void SweepDialog::showSweep(const core::SweepSpec& s)
{
    parameter_->setCurrentIndex(parameter_->findData(int(s.parameter)));
    values_->setText(joined(s.values.empty()
                                ? core::defaultSweepValues(s.parameter, s.base.trainingRows())
                                : s.values));
    seeds_->setValue(s.seeds);
    epochs_->setValue(s.base.settings.train.epochs);
    scale_->setChecked(s.scaleLearningRate);
    varyData_->setChecked(s.varyDataSeed);
}

bool SweepDialog::startSweep()
{
    core::SweepSpec s;
    QString error;
    if (!sweepOf(&s, &error)) {
        message_->setText(error);
        return false;
    }
    const int jobs = SweepJob::defaultJobs(windowTrains_ && windowTrains_());
    if (!job_->start(s, jobs, &error)) {
        message_->setText(tr("This sweep cannot run: %1").arg(error));
        return false;
    }
    message_->setText(tr("Every finished run is kept in the Runs panel (not shown until you "
                         "tick it)."));
    start_->setEnabled(false);
    return true;
}

} // namespace ui
