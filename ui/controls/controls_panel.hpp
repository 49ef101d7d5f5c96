// The panel of everything a student can change: batch size and epochs first (with the
// "N = 100, B = 32: 4 weight updates per epoch" line), then data, validation, model, optimizer,
// early stopping, and the playback buttons with the pace. Every control is keyboard reachable
// and explained with the practice-exam story in its tooltip.
#pragma once

#include "run_settings.hpp"
#include "run_spec.hpp"
#include "ui/controls/slider_scale.hpp"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace ui
{

class ControlsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ControlsPanel(QWidget* parent = nullptr);

    // Shows `s` without emitting settingsEdited().
    void setSettings(const core::RunSettings& s);
    core::RunSettings settings() const;
    // Your own rows (a CSV file, an opened run record) in place of the generator: the data set,
    // N, noise and seed give way to the source's name and size until generated data is asked
    // for again. Without rows: the generator. Does not emit settingsEdited().
    void setExplicitData(core::SharedData data, const QString& source);
    bool hasExplicitData() const { return explicitData_.has_value(); }
    QString dataSource() const { return dataSource_; }
    // The settings with the panel's data: what the next run trains.
    core::RunSpec spec() const;
    QPushButton* generatedDataButton() const { return generatedButton_; }

    // Playback buttons show these actions (owned by the window, which gives the shortcuts).
    void setPlaybackActions(QAction* playPause, QAction* stepUpdate, QAction* stepEpoch,
                            QAction* reset);
    // Updates per second, 0 = full speed.
    double speed() const;
    void setSpeed(double updatesPerSecond);
    void faster();
    void slower();

    QSlider* batchSlider() const { return batchSlider_; }
    QSpinBox* batchSpin() const { return batchSpin_; }
    QSlider* epochSlider() const { return epochSlider_; }
    QSpinBox* epochSpin() const { return epochSpin_; }
    QLabel* updatesPerEpochLabel() const { return updatesLabel_; }
    QLabel* totalUpdatesLabel() const { return totalLabel_; }
    QSlider* speedSlider() const { return speedSlider_; }

    // The compact strip for a small screen: the playback buttons (icons only), batch size and
    // epochs stay; the other settings fold behind an "All settings" button.
    void setCompact(bool compact);
    bool isCompact() const { return compact_; }
    QWidget* detailsWidget() const { return details_; }

    // Control groups a teacher can hide or lock (core::controlGroupNames(): playback, pace,
    // batch_size, epochs, data, validation, model, optimizer, early_stopping, defaults).
    // Hidden groups are not shown (a box whose groups are all hidden goes too); locked ones
    // are disabled, with their actions, and their tooltips say that the teacher locked them.
    // Settings still reach locked controls through setSettings (lessons, scenarios).
    static QStringList groupNames();
    void setGroupHidden(const QString& group, bool hidden);
    void setGroupLocked(const QString& group, bool locked);
    bool isGroupHidden(const QString& group) const { return hidden_.contains(group); }
    bool isGroupLocked(const QString& group) const { return locked_.contains(group); }
    // The group's input widgets (for tests and the teacher's dialog).
    QList<QWidget*> groupWidgets(const QString& group) const { return groups_.value(group).inputs; }
    // Window actions that belong to a group (locked with it): e.g. pace's Faster and Slower.
    void addGroupActions(const QString& group, const QList<QAction*>& actions);

signals:
    // A setting that defines the run changed (by the user).
    void settingsEdited();
    void speedChanged(double updatesPerSecond);
    void restoreDefaultsRequested();
    // "Use generated data" while the panel shows explicit rows.
    void generatedDataRequested();
    // setExplicitData() changed where the questions come from.
    void dataSourceChanged();

private:
    QWidget* buildBatchAndEpochs();
    QWidget* buildPlayback();
    QWidget* buildData();
    QWidget* buildModel();
    QWidget* buildOptimizer();
    QWidget* buildEarlyStopping();
    void edited();
    void refreshDependents();
    void showDataSource();
    // `inputs` are locked; `inputs` and `extras` (their labels) are hidden. Form rows of
    // `form` are hidden as rows.
    void addGroup(const QString& group, QWidget* box, QList<QWidget*> inputs,
                  QList<QWidget*> extras = {}, QFormLayout* form = nullptr);
    void applyGroupState(const QString& group);
    // Puts `group` into `set` or takes it out and applies it; false when nothing changed.
    bool setMember(QSet<QString>& set, const QString& group, bool member);

    struct Group {
        QList<QWidget*> inputs;
        QList<QWidget*> extras;
        QList<QAction*> actions;
        QFormLayout* form = nullptr;
        QWidget* box = nullptr; // hidden when all groups in it are hidden
    };
    QHash<QString, Group> groups_;
    QSet<QString> hidden_;
    QSet<QString> locked_;

    core::RunSettings base_; // fields the panel does not show are kept from here
    bool updating_ = false;
    LogScale epochScale_{2000, 1000};

    QSlider* batchSlider_ = nullptr;
    QSpinBox* batchSpin_ = nullptr;
    QLabel* updatesLabel_ = nullptr;
    QLabel* totalLabel_ = nullptr;
    QSlider* epochSlider_ = nullptr;
    QSpinBox* epochSpin_ = nullptr;

    core::SharedData explicitData_;
    QString dataSource_;
    QWidget* generator_ = nullptr;
    QWidget* ownData_ = nullptr;
    QLabel* explicitLabel_ = nullptr;
    QPushButton* generatedButton_ = nullptr;
    QComboBox* datasetCombo_ = nullptr;
    QSpinBox* nTrainSpin_ = nullptr;
    QSpinBox* classesSpin_ = nullptr;
    QSpinBox* extraInputsSpin_ = nullptr;
    QDoubleSpinBox* noiseSpin_ = nullptr;
    QSpinBox* dataSeedSpin_ = nullptr;
    QComboBox* validationCombo_ = nullptr;
    QSpinBox* nValSpin_ = nullptr;
    QDoubleSpinBox* splitSpin_ = nullptr;

    QSpinBox* layersSpin_ = nullptr;
    QSpinBox* unitsSpin_ = nullptr;
    QComboBox* activationCombo_ = nullptr;
    QSpinBox* initSeedSpin_ = nullptr;

    QComboBox* optimizerCombo_ = nullptr;
    QDoubleSpinBox* learningRateSpin_ = nullptr;
    QCheckBox* shuffleCheck_ = nullptr;

    QGroupBox* earlyGroup_ = nullptr;
    QSpinBox* patienceSpin_ = nullptr;
    QDoubleSpinBox* minDeltaSpin_ = nullptr;
    QCheckBox* restoreBestCheck_ = nullptr;

    QWidget* playbackButtons_ = nullptr;
    QSlider* speedSlider_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    QPushButton* defaultsButton_ = nullptr;
    QToolButton* moreButton_ = nullptr;
    QWidget* details_ = nullptr;
    bool compact_ = false;
};

} // namespace ui
