// The runs of a session as a table (the Runs dock): one row per run of the store, oldest first,
// with the numbers that compare them. Checking "show" overlays a run in the plots, "keep" pins it;
// the label is editable. Reads the store on every data() call, so it never holds a run's data.
#pragma once

#include "ui/session/session.hpp"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace ui
{

class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Shown,
        Pinned,
        Label,
        BatchSize,
        Epochs,
        Optimizer,
        LearningRate,
        Updates,
        BestEpoch,
        BestValLoss,
        FinalTrainLoss,
        FinalValLoss,
        FinalTrainAccuracy,
        FinalValAccuracy,
        SecondsPerEpoch,
        Status,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RunsModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    RunId idAt(int row) const;
    int rowOf(RunId id) const;
    // A sentence for the run's state ("training", "finished", "stopped early at epoch 57", ...).
    QString statusOf(const RunEntry& e) const;

private:
    void onAdded(RunId id);
    void onRemoved(RunId id);
    void onChanged(RunId id);
    void emitRowChanged(RunId id);

    Session* session_;
    QTimer liveRefresh_; // coalesces the live run's changes
    std::vector<RunId> ids_;
};

} // namespace ui
