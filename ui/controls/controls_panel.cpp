#include "ui/controls/controls_panel.hpp"

#include "ui/controls/shortcut_guard.hpp"

#include "scenario.hpp"
#include "settings_schema.hpp"
#include "ui/session/run_description.hpp"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ui
{

namespace
{

QLabel* note(const QString& text = {})
{
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(70, 70, 70));
    l->setPalette(p);
    return l;
}

// Every spin box takes its range from the settings schema (core/settings_schema.hpp), so what a
// user can type is what files and the command line accept, and a limit is written once. The
// field's name is kept in the property "settingField" (tests/tst_controls_schema checks every
// spin box against it). Where a box cannot hold the schema's range exactly, it holds what it can
// of it: a seed (an unsigned 64-bit number) up to INT_MAX, an open end the nearest value inside
// that the box's decimals show, an infinite end the largest double.
void schemaRange(QSpinBox* box, const char* field)
{
    const core::SettingField& f = core::settingField(field);
    box->setProperty("settingField", QString::fromLatin1(field));
    if (f.type == core::SettingType::Seed)
        box->setRange(0, std::numeric_limits<int>::max());
    else
        box->setRange(int(f.lo), int(f.hi));
}

void schemaRange(QDoubleSpinBox* box, const char* field) // after setDecimals
{
    const core::SettingField& f = core::settingField(field);
    box->setProperty("settingField", QString::fromLatin1(field));
    const double step = std::pow(10.0, -box->decimals());
    const double hi = std::isinf(f.hi) ? std::numeric_limits<double>::max()
                      : f.openHi       ? f.hi - step
                                       : f.hi;
    box->setRange(f.openLo ? f.lo + step : f.lo, hi);
}

// A seed beyond what a spin box holds (a record's or a lesson's) is shown as its largest value
// and kept while the box is not changed.
int shownSeed(std::uint64_t seed)
{
    return int(std::min<std::uint64_t>(seed, std::uint64_t(std::numeric_limits<int>::max())));
}

std::uint64_t seedOf(const QSpinBox* box, std::uint64_t before)
{
    return box->value() == shownSeed(before) ? before : std::uint64_t(box->value());
}

QHBoxLayout* sliderWithBox(QSlider* slider, QWidget* box)
{
    auto* row = new QHBoxLayout;
    row->addWidget(slider, 1);
    row->addWidget(box);
    return row;
}

} // namespace

ControlsPanel::ControlsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(buildPlayback());
    layout->addWidget(buildBatchAndEpochs());
    // The rest folds away in the compact strip (setCompact) behind "All settings".
    moreButton_ = new QToolButton;
    moreButton_->setObjectName(QStringLiteral("allSettingsButton"));
    moreButton_->setText(tr("All settings"));
    moreButton_->setCheckable(true);
    moreButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    moreButton_->setArrowType(Qt::RightArrow);
    moreButton_->setToolTip(tr("Show the data, model, optimizer and early-stopping settings too"));
    moreButton_->setVisible(false);
    connect(moreButton_, &QToolButton::toggled, this, [this](bool on) {
        moreButton_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        details_->setVisible(!compact_ || on);
    });
    layout->addWidget(moreButton_);
    details_ = new QWidget;
    auto* more = new QVBoxLayout(details_);
    more->setContentsMargins(0, 0, 0, 0);
    more->setSpacing(8);
    more->addWidget(buildData());
    more->addWidget(buildModel());
    more->addWidget(buildOptimizer());
    more->addWidget(buildEarlyStopping());
    defaultsButton_ = new QPushButton(tr("Restore defaults"));
    defaultsButton_->setToolTip(tr("Go back to the default run: a small noisy practice exam and a "
                                   "big network that memorises it (overfitting) within seconds."));
    connect(defaultsButton_, &QPushButton::clicked, this, &ControlsPanel::restoreDefaultsRequested);
    more->addWidget(defaultsButton_);
    layout->addWidget(details_);
    layout->addStretch(1);
    addGroup(QStringLiteral("defaults"), nullptr, {defaultsButton_});
    leaveShortcutKeysToWindow(this);
}

QWidget* ControlsPanel::buildBatchAndEpochs()
{
    auto* box = new QGroupBox(tr("model.fit(batch_size, epochs)"));
    auto* form = new QVBoxLayout(box);

    batchSlider_ = new QSlider(Qt::Horizontal);
    batchSlider_->setObjectName(QStringLiteral("batchSlider"));
    batchSpin_ = new QSpinBox;
    batchSpin_->setObjectName(QStringLiteral("batchSpin"));
    // The schema's range, its maximum narrowed to the training rows N (refreshDependents).
    schemaRange(batchSpin_, "batch_size");
    const QString batchTip =
        tr("batch_size B: how many practice questions you solve before checking them against the "
           "answer sheet. Every check is one weight update. B = 1 checks after every question "
           "(many small, noisy corrections); B = N checks once per pass over the whole exam.");
    for (QWidget* w : {static_cast<QWidget*>(batchSlider_), static_cast<QWidget*>(batchSpin_)}) {
        w->setToolTip(batchTip);
    }
    auto* batchLabel = new QLabel(tr("&batch_size"));
    batchLabel->setBuddy(batchSpin_);
    batchSlider_->setAccessibleName(QString(batchLabel->text()).remove(QLatin1Char('&')));
    form->addWidget(batchLabel);
    form->addLayout(sliderWithBox(batchSlider_, batchSpin_));
    updatesLabel_ = note();
    updatesLabel_->setObjectName(QStringLiteral("updatesPerEpochLabel"));
    QFont bold = updatesLabel_->font();
    bold.setBold(true);
    updatesLabel_->setFont(bold);
    form->addWidget(updatesLabel_);

    epochSlider_ = new QSlider(Qt::Horizontal);
    epochSlider_->setObjectName(QStringLiteral("epochSlider"));
    epochSlider_->setRange(0, epochScale_.steps);
    epochSlider_->setPageStep(50);
    epochSpin_ = new QSpinBox;
    epochSpin_->setObjectName(QStringLiteral("epochSpin"));
    schemaRange(epochSpin_, "epochs"); // the slider: 1 to epochScale_.maxValue
    const QString epochTip =
        tr("epochs E: how many times you solve the whole practice exam. A few passes teach you "
           "the material; too many and you memorise this exam's answers instead (overfitting). "
           "Raising it while training continues the same run.");
    epochSlider_->setToolTip(epochTip);
    epochSpin_->setToolTip(epochTip);
    auto* epochLabel = new QLabel(tr("e&pochs"));
    epochLabel->setBuddy(epochSpin_);
    epochSlider_->setAccessibleName(QString(epochLabel->text()).remove(QLatin1Char('&')));
    form->addWidget(epochLabel);
    form->addLayout(sliderWithBox(epochSlider_, epochSpin_));
    totalLabel_ = note();
    totalLabel_->setObjectName(QStringLiteral("totalUpdatesLabel"));
    form->addWidget(totalLabel_);
    addGroup(QStringLiteral("batch_size"), nullptr, {batchSlider_, batchSpin_}, {batchLabel});
    addGroup(QStringLiteral("epochs"), nullptr, {epochSlider_, epochSpin_}, {epochLabel});

    connect(batchSlider_, &QSlider::valueChanged, this, [this](int v) { batchSpin_->setValue(v); });
    connect(batchSpin_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
        const QSignalBlocker block(batchSlider_);
        batchSlider_->setValue(v);
        edited();
    });
    connect(epochSlider_, &QSlider::valueChanged, this,
            [this](int pos) { epochSpin_->setValue(epochScale_.valueAt(pos)); });
    connect(epochSpin_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
        if (epochScale_.valueAt(epochSlider_->value()) != v) {
            const QSignalBlocker block(epochSlider_);
            epochSlider_->setValue(epochScale_.positionOf(v));
        }
        edited();
    });
    return box;
}

QWidget* ControlsPanel::buildPlayback()
{
    auto* box = new QGroupBox(tr("Training"));
    auto* v = new QVBoxLayout(box);
    playbackButtons_ = new QWidget;
    auto* buttons = new QHBoxLayout(playbackButtons_);
    buttons->setContentsMargins(0, 0, 0, 0);
    v->addWidget(playbackButtons_);

    speedSlider_ = new QSlider(Qt::Horizontal);
    speedSlider_->setObjectName(QStringLiteral("speedSlider"));
    speedSlider_->setRange(0, int(paceSteps().size()) - 1);
    speedSlider_->setValue(speedSlider_->maximum());
    speedSlider_->setPageStep(1);
    speedSlider_->setToolTip(tr("Pace: from one weight update per second (follow the exam batch by "
                                "batch), through about 10 seconds a run (watch it unfold) up to "
                                "full speed. Keys: [ slower, ] faster."));
    speedLabel_ = new QLabel;
    speedLabel_->setMinimumWidth(110);
    auto* speedName = new QLabel(tr("&Pace"));
    speedName->setBuddy(speedSlider_);
    auto* row = new QHBoxLayout;
    row->addWidget(speedName);
    row->addWidget(speedSlider_, 1);
    row->addWidget(speedLabel_);
    v->addLayout(row);
    connect(speedSlider_, &QSlider::valueChanged, this, [this] {
        const double ups = speed();
        speedLabel_->setText(ups > 0   ? tr("%n update(s)/s", "", int(ups))
                             : ups < 0 ? tr("about %n s a run", "", int(-ups))
                                       : tr("full speed"));
        emit speedChanged(ups);
    });
    speedLabel_->setText(tr("full speed"));
    addGroup(QStringLiteral("playback"), box, {playbackButtons_});
    addGroup(QStringLiteral("pace"), box, {speedSlider_}, {speedName, speedLabel_});
    return box;
}

void ControlsPanel::setPlaybackActions(QAction* playPause, QAction* stepUpdate, QAction* stepEpoch,
                                       QAction* reset)
{
    auto* row = static_cast<QHBoxLayout*>(playbackButtons_->layout());
    for (QAction* a : {playPause, stepUpdate, stepEpoch, reset}) {
        auto* b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(compact_ ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        row->addWidget(b);
    }
    addGroupActions(QStringLiteral("playback"), {playPause, stepUpdate, stepEpoch, reset});
}

QWidget* ControlsPanel::buildData()
{
    auto* box = new QGroupBox(tr("Practice exam (data)"));
    auto* boxLayout = new QVBoxLayout(box);
    // While the questions come from a file, its name and size replace the generator's rows.
    ownData_ = new QWidget;
    auto* own = new QVBoxLayout(ownData_);
    own->setContentsMargins(0, 0, 0, 0);
    explicitLabel_ = note();
    explicitLabel_->setObjectName(QStringLiteral("explicitDataLabel"));
    own->addWidget(explicitLabel_);
    generatedButton_ = new QPushButton(tr("Use &generated data"));
    generatedButton_->setToolTip(
        tr("Go back to a generated practice exam (the data set, N, noise and seed)."));
    connect(generatedButton_, &QPushButton::clicked, this, &ControlsPanel::generatedDataRequested);
    own->addWidget(generatedButton_, 0, Qt::AlignLeft);
    boxLayout->addWidget(ownData_);
    generator_ = new QWidget;
    auto* form = new QFormLayout(generator_);
    form->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(generator_);
    datasetCombo_ = new QComboBox;
    for (core::DatasetKind k : core::allDatasetKinds())
        datasetCombo_->addItem(RunDescription::datasetName(k), int(k));
    datasetCombo_->setToolTip(tr("What the questions look like: points of two classes to separate "
                                 "(classification) or a curve to follow (regression)."));
    form->addRow(tr("&Data set"), datasetCombo_);

    classesSpin_ = new QSpinBox;
    schemaRange(classesSpin_, "classes");
    classesSpin_->setToolTip(tr("k: how many classes the answers have (k blobs, k-arm spiral)."));
    form->addRow(tr("C&lasses (k)"), classesSpin_);
    extraInputsSpin_ = new QSpinBox;
    schemaRange(extraInputsSpin_, "extra_inputs");
    extraInputsSpin_->setToolTip(
        tr("Extra input columns of pure noise: each question gets wider, but the answer still "
           "depends on the first columns only."));
    form->addRow(tr("E&xtra inputs"), extraInputsSpin_);

    nTrainSpin_ = new QSpinBox;
    schemaRange(nTrainSpin_, "n_train");
    nTrainSpin_->setToolTip(
        tr("N: the number of questions in the practice exam (training samples)."));
    form->addRow(tr("&Questions (N)"), nTrainSpin_);

    noiseSpin_ = new QDoubleSpinBox;
    noiseSpin_->setSingleStep(0.05);
    noiseSpin_->setDecimals(2);
    schemaRange(noiseSpin_, "noise");
    noiseSpin_->setToolTip(
        tr("How messy the questions are. With more noise, memorising the practice "
           "exam helps less on a new one."));
    form->addRow(tr("&Noise"), noiseSpin_);

    dataSeedSpin_ = new QSpinBox;
    schemaRange(dataSeedSpin_, "data_seed");
    dataSeedSpin_->setToolTip(tr("Which practice exam (the random seed of the data)."));
    form->addRow(tr("Data &seed"), dataSeedSpin_);

    QFormLayout* generatorForm = form;
    form = new QFormLayout;
    boxLayout->addLayout(form);
    validationCombo_ = new QComboBox;
    validationCombo_->addItem(tr("separate set (validation_data)"));
    validationCombo_->addItem(tr("validation_split"));
    validationCombo_->setToolTip(
        tr("The new, unseen exam that shows whether you learned or memorised: either a separate "
           "set of questions, or the last part of the practice exam held back (validation_split, "
           "taken before shuffling)."));
    form->addRow(tr("&Validation"), validationCombo_);
    nValSpin_ = new QSpinBox;
    schemaRange(nValSpin_, "n_val");
    nValSpin_->setToolTip(tr("Questions in the separate validation exam."));
    form->addRow(tr("Validation &rows"), nValSpin_);
    splitSpin_ = new QDoubleSpinBox;
    splitSpin_->setSingleStep(0.05);
    splitSpin_->setDecimals(2);
    schemaRange(splitSpin_, "validation_split");
    splitSpin_->setToolTip(tr("validation_split: the fraction of the practice exam held back "
                              "as the validation exam (the last rows)."));
    form->addRow(tr("validation_spli&t"), splitSpin_);

    connect(datasetCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (updating_)
            return;
        // The digits start from the handout's exam: 100 practice questions, 500 new ones.
        if (core::DatasetKind(datasetCombo_->currentData().toInt()) == core::DatasetKind::Digits) {
            const QSignalBlocker b1(nTrainSpin_), b2(nValSpin_);
            nTrainSpin_->setValue(core::digitsTrainRows);
            nValSpin_->setValue(core::digitsValRows);
        }
        edited();
    });
    connect(validationCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ControlsPanel::edited);
    for (QSpinBox* s : {nTrainSpin_, dataSeedSpin_, nValSpin_, classesSpin_, extraInputsSpin_})
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &ControlsPanel::edited);
    for (QDoubleSpinBox* s : {noiseSpin_, splitSpin_})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ControlsPanel::edited);
    addGroup(QStringLiteral("data"), box,
             {datasetCombo_, classesSpin_, extraInputsSpin_, nTrainSpin_, noiseSpin_, dataSeedSpin_,
              generatedButton_},
             {}, generatorForm);
    addGroup(QStringLiteral("validation"), box, {validationCombo_, nValSpin_, splitSpin_}, {},
             form);
    showDataSource();
    return box;
}

void ControlsPanel::setExplicitData(core::SharedData data, const QString& source)
{
    explicitData_ = std::move(data);
    dataSource_ = explicitData_ ? source : QString();
    showDataSource();
    const bool wasUpdating = updating_;
    updating_ = true;
    refreshDependents();
    updating_ = wasUpdating;
    emit dataSourceChanged();
}

void ControlsPanel::showDataSource()
{
    const bool own = explicitData_.has_value();
    ownData_->setVisible(own);
    generator_->setVisible(!own);
    // Explicit rows bring their validation rows (a record's) or none (a CSV file).
    const int givenVal = own ? explicitData_->val.rows() : 0;
    validationCombo_->setItemText(0, !own           ? tr("separate set (validation_data)")
                                     : givenVal > 0 ? tr("the given validation rows")
                                                    : tr("none"));
    if (!own)
        return;
    const core::Dataset& d = explicitData_->train;
    const QString task =
        d.task == core::TaskKind::BinaryClassification ? tr("two classes (classification)")
        : d.task == core::TaskKind::MultiClassClassification
            ? tr("%n classes (classification)", nullptr, core::classCount(*explicitData_))
            : tr("numbers (regression)");
    QString text = tr("%1: %n question(s) with %2 input(s) each, answers are %3", nullptr, d.rows())
                       .arg(dataSource_.isEmpty() ? tr("Your data") : dataSource_)
                       .arg(d.inputs())
                       .arg(task);
    if (givenVal > 0)
        text += QLatin1Char('\n') + tr("and %n validation question(s)", nullptr, givenVal);
    explicitLabel_->setText(text);
}

core::RunSpec ControlsPanel::spec() const
{
    core::RunSpec s = core::specOf(settings());
    s.data = explicitData_;
    s.dataSource = dataSource_.toStdString();
    return s;
}

QWidget* ControlsPanel::buildModel()
{
    auto* box = new QGroupBox(tr("Student (model)"));
    auto* form = new QFormLayout(box);
    layersSpin_ = new QSpinBox;
    // The schema's hidden widths, as a number of layers and one width for all of them.
    layersSpin_->setProperty("settingField", QStringLiteral("hidden"));
    layersSpin_->setProperty("settingPart", QStringLiteral("layers"));
    layersSpin_->setRange(0, core::maxHiddenLayers);
    layersSpin_->setToolTip(tr("Hidden layers (Dense). More layers and units: a student with more "
                               "memory, who can also memorise more."));
    form->addRow(tr("Hidden &layers"), layersSpin_);
    unitsSpin_ = new QSpinBox;
    schemaRange(unitsSpin_, "hidden");
    unitsSpin_->setToolTip(tr("Units in every hidden layer."));
    form->addRow(tr("&Units per layer"), unitsSpin_);
    activationCombo_ = new QComboBox;
    for (core::Activation a : {core::Activation::Tanh, core::Activation::Relu,
                               core::Activation::Sigmoid, core::Activation::Linear})
        activationCombo_->addItem(RunDescription::activationName(a), int(a));
    activationCombo_->setToolTip(tr("The activation of the hidden layers."));
    form->addRow(tr("&Activation"), activationCombo_);
    initSeedSpin_ = new QSpinBox;
    schemaRange(initSeedSpin_, "init_seed");
    initSeedSpin_->setToolTip(tr("The seed of the initial weights (what the student knows before "
                                 "practising). \"Reset\" picks the next one."));
    form->addRow(tr("&Initial weights seed"), initSeedSpin_);
    for (QSpinBox* s : {layersSpin_, unitsSpin_, initSeedSpin_})
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &ControlsPanel::edited);
    connect(activationCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ControlsPanel::edited);
    addGroup(QStringLiteral("model"), nullptr, {box});
    return box;
}

QWidget* ControlsPanel::buildOptimizer()
{
    auto* box = new QGroupBox(tr("Correcting mistakes (optimizer)"));
    auto* form = new QFormLayout(box);
    optimizerCombo_ = new QComboBox;
    for (core::OptimizerKind k :
         {core::OptimizerKind::Sgd, core::OptimizerKind::Momentum, core::OptimizerKind::Adam})
        optimizerCombo_->addItem(RunDescription::optimizerName(k), int(k));
    optimizerCombo_->setToolTip(tr("How the student corrects after checking a batch. Choosing one "
                                   "sets Keras's default learning rate (SGD 0.01, Adam 0.001)."));
    form->addRow(tr("&Optimizer"), optimizerCombo_);
    learningRateSpin_ = new QDoubleSpinBox;
    learningRateSpin_->setDecimals(5);
    schemaRange(learningRateSpin_, "learning_rate");
    learningRateSpin_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    learningRateSpin_->setToolTip(tr("How big each correction is. Too big and the loss explodes "
                                     "(diverges); too small and learning is slow."));
    form->addRow(tr("Learning &rate"), learningRateSpin_);
    shuffleCheck_ = new QCheckBox(tr("&Shuffle every epoch"));
    shuffleCheck_->setToolTip(tr("shuffle=True: solve the questions in a new order on every pass "
                                 "(only the training rows)."));
    form->addRow(shuffleCheck_);
    connect(optimizerCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (updating_)
            return;
        const auto kind = core::OptimizerKind(optimizerCombo_->currentData().toInt());
        const QSignalBlocker block(learningRateSpin_);
        learningRateSpin_->setValue(core::OptimizerConfig::defaultLearningRate(kind));
        edited();
    });
    connect(learningRateSpin_, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &ControlsPanel::edited);
    connect(shuffleCheck_, &QCheckBox::toggled, this, &ControlsPanel::edited);
    addGroup(QStringLiteral("optimizer"), nullptr, {box});
    return box;
}

QWidget* ControlsPanel::buildEarlyStopping()
{
    earlyGroup_ = new QGroupBox(tr("&Early stopping"));
    earlyGroup_->setCheckable(true);
    earlyGroup_->setToolTip(
        tr("Stop practising when the score on the new exam (val_loss) has not "
           "improved for 'patience' passes: too much is as bad as too little."));
    auto* form = new QFormLayout(earlyGroup_);
    patienceSpin_ = new QSpinBox;
    schemaRange(patienceSpin_, "patience");
    patienceSpin_->setToolTip(tr("patience: passes without improvement before stopping. Also used "
                                 "for the \"would stop here\" mark when early stopping is off."));
    form->addRow(tr("Pa&tience"), patienceSpin_);
    minDeltaSpin_ = new QDoubleSpinBox;
    minDeltaSpin_->setDecimals(4);
    schemaRange(minDeltaSpin_, "min_delta");
    minDeltaSpin_->setSingleStep(0.001);
    minDeltaSpin_->setToolTip(tr("min_delta: an improvement smaller than this does not count."));
    form->addRow(tr("min_&delta"), minDeltaSpin_);
    restoreBestCheck_ = new QCheckBox(tr("restore_best_&weights"));
    restoreBestCheck_->setToolTip(tr("At the end, go back to the weights of the best epoch."));
    form->addRow(restoreBestCheck_);
    connect(earlyGroup_, &QGroupBox::toggled, this, &ControlsPanel::edited);
    connect(patienceSpin_, qOverload<int>(&QSpinBox::valueChanged), this, &ControlsPanel::edited);
    connect(minDeltaSpin_, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &ControlsPanel::edited);
    connect(restoreBestCheck_, &QCheckBox::toggled, this, &ControlsPanel::edited);
    addGroup(QStringLiteral("early_stopping"), nullptr, {earlyGroup_});
    return earlyGroup_;
}

void ControlsPanel::setSettings(const core::RunSettings& s)
{
    updating_ = true;
    base_ = s;
    const QSignalBlocker b1(batchSlider_), b2(batchSpin_), b3(epochSlider_), b4(epochSpin_);
    datasetCombo_->setCurrentIndex(datasetCombo_->findData(int(s.data.kind)));
    classesSpin_->setValue(s.data.classes);
    extraInputsSpin_->setValue(s.data.extraInputs);
    nTrainSpin_->setValue(s.data.nTrain);
    noiseSpin_->setValue(s.data.noise);
    dataSeedSpin_->setValue(shownSeed(s.data.seed));
    validationCombo_->setCurrentIndex(s.validation == core::ValidationMode::Split ? 1 : 0);
    nValSpin_->setValue(s.data.nVal);
    splitSpin_->setValue(s.validationSplit);
    layersSpin_->setValue(int(s.hidden.size()));
    unitsSpin_->setValue(s.hidden.empty() ? 32 : s.hidden.front());
    activationCombo_->setCurrentIndex(activationCombo_->findData(int(s.activation)));
    initSeedSpin_->setValue(shownSeed(s.initSeed));
    optimizerCombo_->setCurrentIndex(optimizerCombo_->findData(int(s.train.optimizer.kind)));
    learningRateSpin_->setValue(s.train.optimizer.learningRate);
    shuffleCheck_->setChecked(s.train.shuffle);
    earlyGroup_->setChecked(s.train.earlyStopping.enabled);
    patienceSpin_->setValue(s.train.earlyStopping.patience);
    minDeltaSpin_->setValue(s.train.earlyStopping.minDelta);
    restoreBestCheck_->setChecked(s.train.earlyStopping.restoreBestWeights);
    refreshDependents();
    batchSpin_->setValue(s.train.batchSize);
    batchSlider_->setValue(s.train.batchSize);
    epochSpin_->setValue(s.train.epochs);
    epochSlider_->setValue(epochScale_.positionOf(s.train.epochs));
    refreshDependents();
    updating_ = false;
}

core::RunSettings ControlsPanel::settings() const
{
    core::RunSettings s = base_;
    s.data.kind = core::DatasetKind(datasetCombo_->currentData().toInt());
    s.data.classes = classesSpin_->value();
    s.data.extraInputs = extraInputsSpin_->value();
    s.data.nTrain = nTrainSpin_->value();
    s.data.noise = noiseSpin_->value();
    s.data.seed = seedOf(dataSeedSpin_, base_.data.seed);
    s.validation = validationCombo_->currentIndex() == 1 ? core::ValidationMode::Split
                                                         : core::ValidationMode::SeparateSet;
    s.data.nVal = nValSpin_->value();
    s.validationSplit = splitSpin_->value();
    s.hidden.assign(std::size_t(layersSpin_->value()), unitsSpin_->value());
    s.activation = core::Activation(activationCombo_->currentData().toInt());
    s.initSeed = seedOf(initSeedSpin_, base_.initSeed);
    s.train.batchSize = batchSpin_->value();
    s.train.epochs = epochSpin_->value();
    s.train.shuffle = shuffleCheck_->isChecked();
    s.train.optimizer.kind = core::OptimizerKind(optimizerCombo_->currentData().toInt());
    s.train.optimizer.learningRate = learningRateSpin_->value();
    s.train.earlyStopping.enabled = earlyGroup_->isChecked();
    s.train.earlyStopping.patience = patienceSpin_->value();
    s.train.earlyStopping.minDelta = minDeltaSpin_->value();
    s.train.earlyStopping.restoreBestWeights = restoreBestCheck_->isChecked();
    return s;
}

void ControlsPanel::edited()
{
    if (updating_)
        return;
    refreshDependents();
    emit settingsEdited();
}

void ControlsPanel::refreshDependents()
{
    const core::RunSettings s = settings();
    const bool split = s.validation == core::ValidationMode::Split;
    const bool validationLocked = locked_.contains(QStringLiteral("validation"));
    nValSpin_->setEnabled(!split && !validationLocked && !explicitData_);
    classesSpin_->setEnabled(core::settingField("classes").appliesTo(s) &&
                             !locked_.contains(QStringLiteral("data")));
    noiseSpin_->setEnabled(core::settingField("noise").appliesTo(s) &&
                           !locked_.contains(QStringLiteral("data")));
    splitSpin_->setEnabled(split && !validationLocked);
    const int n = std::max(
        1, core::RunSpec::trainingRows(
               s, explicitData_ ? std::optional<int>(explicitData_->train.rows()) : std::nullopt));
    {
        const QSignalBlocker b1(batchSlider_), b2(batchSpin_);
        batchSlider_->setRange(1, n);
        batchSpin_->setRange(int(core::settingField("batch_size").lo),
                             std::min(n, int(core::settingField("batch_size").hi)));
        batchSlider_->setPageStep(std::max(1, n / 10));
        batchSlider_->setValue(batchSpin_->value());
    }
    const int b = batchSpin_->value();
    updatesLabel_->setText(RunDescription::updatesPerEpoch(n, b));
    totalLabel_->setText(RunDescription::totalUpdates(n, b, epochSpin_->value()));
}

double ControlsPanel::speed() const
{
    return paceSteps()[std::size_t(speedSlider_->value())];
}

void ControlsPanel::setSpeed(double updatesPerSecond)
{
    const auto& steps = paceSteps();
    int best = int(steps.size()) - 1;
    if (updatesPerSecond < 0.0) {
        for (int i = 0; i < int(steps.size()); ++i)
            if (steps[std::size_t(i)] == updatesPerSecond)
                best = i;
    } else if (updatesPerSecond > 0.0) {
        for (int i = 0; i + 1 < int(steps.size()); ++i)
            if (steps[std::size_t(i)] > 0.0 && steps[std::size_t(i)] <= updatesPerSecond)
                best = i;
    }
    speedSlider_->setValue(best);
}

void ControlsPanel::faster()
{
    speedSlider_->setValue(speedSlider_->value() + 1);
}

void ControlsPanel::slower()
{
    speedSlider_->setValue(speedSlider_->value() - 1);
}

QStringList ControlsPanel::groupNames()
{
    QStringList names;
    for (const std::string& n : core::controlGroupNames())
        names << QString::fromStdString(n);
    return names;
}

void ControlsPanel::setCompact(bool compact)
{
    if (compact == compact_)
        return;
    compact_ = compact;
    moreButton_->setVisible(compact);
    details_->setVisible(!compact || moreButton_->isChecked());
    // The playback buttons keep their icons and drop their words in the strip.
    for (QToolButton* b : playbackButtons_->findChildren<QToolButton*>())
        b->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    updateGeometry();
}

void ControlsPanel::addGroup(const QString& group, QWidget* box, QList<QWidget*> inputs,
                             QList<QWidget*> extras, QFormLayout* form)
{
    Q_ASSERT(groupNames().contains(group));
    Group& g = groups_[group];
    g.inputs = std::move(inputs);
    g.extras = std::move(extras);
    g.form = form;
    g.box = box;
}

void ControlsPanel::addGroupActions(const QString& group, const QList<QAction*>& actions)
{
    Q_ASSERT(groups_.contains(group));
    groups_[group].actions += actions;
    applyGroupState(group);
}

bool ControlsPanel::setMember(QSet<QString>& set, const QString& group, bool member)
{
    if (!groups_.contains(group) || member == set.contains(group))
        return false;
    if (member)
        set.insert(group);
    else
        set.remove(group);
    applyGroupState(group);
    return true;
}

void ControlsPanel::setGroupHidden(const QString& group, bool hidden)
{
    setMember(hidden_, group, hidden);
}

void ControlsPanel::setGroupLocked(const QString& group, bool locked)
{
    if (setMember(locked_, group, locked))
        refreshDependents(); // the validation rows' own enabled state
}

void ControlsPanel::applyGroupState(const QString& group)
{
    static const char* savedTip = "batchlabUnlockedToolTip";
    const Group& g = groups_[group];
    const bool hidden = hidden_.contains(group);
    const bool locked = locked_.contains(group);
    const QString lockedTip = tr("Your teacher locked this control.");
    const auto lockTip = [&](QObject* o, const QString& tip, auto set) {
        if (locked && !o->property(savedTip).isValid()) {
            o->setProperty(savedTip, tip);
            set(tip.isEmpty() ? lockedTip : lockedTip + QStringLiteral("\n\n") + tip);
        } else if (!locked && o->property(savedTip).isValid()) {
            set(o->property(savedTip).toString());
            o->setProperty(savedTip, QVariant());
        }
    };
    for (QWidget* w : g.inputs) {
        w->setEnabled(!locked);
        QList<QWidget*> all = w->findChildren<QWidget*>();
        all.prepend(w);
        for (QWidget* x : all)
            lockTip(x, x->toolTip(), [x](const QString& t) { x->setToolTip(t); });
    }
    for (QAction* a : g.actions) {
        a->setEnabled(!locked);
        lockTip(a, a->toolTip(), [a](const QString& t) { a->setToolTip(t); });
    }
    for (QWidget* w : g.inputs + g.extras) {
        if (g.form && g.form->indexOf(w) >= 0)
            g.form->setRowVisible(w, !hidden);
        else
            w->setVisible(!hidden);
    }
    if (g.box) {
        bool anyShown = false;
        for (auto it = groups_.cbegin(); it != groups_.cend(); ++it)
            anyShown = anyShown || (it->box == g.box && !hidden_.contains(it.key()));
        g.box->setVisible(anyShown);
    }
}

} // namespace ui
