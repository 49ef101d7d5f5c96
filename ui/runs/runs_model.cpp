#include "ui/runs/runs_model.hpp"

#include "ui/plots/series_style.hpp"
#include "ui/session/run_description.hpp"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QIcon>
#include <QLocale>

#include <cmath>

namespace ui
{

namespace
{

QVariant number(double v, int digits)
{
    if (!std::isfinite(v))
        return QString();
    return QLocale().toString(v, 'g', digits);
}

} // namespace

RunsModel::RunsModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent), session_(session)
{
    ids_ = session->store()->ids();
    const RunStore* store = session->store();
    connect(store, &RunStore::runAdded, this, &RunsModel::onAdded);
    connect(store, &RunStore::runRemoved, this, &RunsModel::onRemoved);
    connect(store, &RunStore::runChanged, this, &RunsModel::onChanged);
    connect(store, &RunStore::runLookChanged, this, &RunsModel::emitRowChanged);
    // The live run's state (running, paused) comes from the controller.
    connect(session->controller(), &TrainingController::progressChanged, this,
            [this] { onChanged(session_->liveRun()); });
    // The live run changes with every snapshot (up to 40 a second): its row is repainted at most
    // 5 times a second (the table measures every row's text when a row changes).
    liveRefresh_.setSingleShot(true);
    liveRefresh_.setInterval(200);
    connect(&liveRefresh_, &QTimer::timeout, this, [this] { emitRowChanged(session_->liveRun()); });
}

int RunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ids_.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RunId RunsModel::idAt(int row) const
{
    return row >= 0 && row < int(ids_.size()) ? ids_[std::size_t(row)] : 0;
}

int RunsModel::rowOf(RunId id) const
{
    for (std::size_t i = 0; i < ids_.size(); ++i)
        if (ids_[i] == id)
            return int(i);
    return -1;
}

void RunsModel::onAdded(RunId id)
{
    const int row = int(ids_.size());
    beginInsertRows({}, row, row);
    ids_.push_back(id);
    endInsertRows();
}

void RunsModel::onRemoved(RunId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    ids_.erase(ids_.begin() + row);
    endRemoveRows();
}

void RunsModel::onChanged(RunId id)
{
    if (id != 0 && id == session_->liveRun()) {
        if (!liveRefresh_.isActive())
            liveRefresh_.start();
        return;
    }
    emitRowChanged(id);
}

void RunsModel::emitRowChanged(RunId id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString RunsModel::statusOf(const RunEntry& e) const
{
    const core::RunReading& r = e.reading();
    const bool paused = e.live && session_->controller()->progress().state == RunState::Paused;
    QString s = RunDescription::status(r.status, r.endEpoch, paused);
    // A goal (core/schedule.hpp) stops a run as early stopping does, often within its first
    // epoch: the weight updates it took say more than "stopped early at epoch 0".
    if (e.data.outcome && e.data.outcome->reason == core::StopReason::GoalReached)
        s = tr("goal reached after %1 weight updates")
                .arg(QLocale().toString(qlonglong(e.data.outcome->updates)));
    return e.origin == RunOrigin::Record && e.data.outcome ? tr("%1 (opened record)").arg(s) : s;
}

QVariant RunsModel::data(const QModelIndex& index, int role) const
{
    const RunEntry* e = session_->store()->entry(idAt(index.row()));
    if (!e || !index.isValid())
        return {};
    const core::RunSettings& s = e->spec.settings;
    const core::EpochInfo* last = e->lastEpoch();
    const int col = index.column();
    if (role == IdRole)
        return QVariant::fromValue<qulonglong>(e->id);
    if (role == Qt::CheckStateRole) {
        if (col == Shown)
            return e->shown ? Qt::Checked : Qt::Unchecked;
        if (col == Pinned)
            return e->pinned ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::DecorationRole && col == Label) // the run's own pens and marker
        return QIcon(series::swatch(e->live, QColor::fromRgb(e->colour), e->look,
                                    QFontMetrics(QFont()).height()));
    if (role == Qt::FontRole && e->live && col == Label) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        if (col == Shown)
            return tr("Draw this run in the plots");
        if (col == Pinned)
            return tr("Keep this run: kept runs are never dropped (the last %1 others are kept "
                      "automatically)")
                .arg(RunStore::keptUnpinned());
        return RunDescription::caption(e->spec);
    }
    if (role == Qt::TextAlignmentRole)
        return col >= BatchSize && col != Optimizer && col != Status
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const core::RunReading& reading = e->reading();
    const int best = reading.bestEpoch;
    switch (col) {
    case Label:
        return role == Qt::DisplayRole && e->live ? tr("%1 (live)").arg(e->label) : e->label;
    case BatchSize:
        return s.train.batchSize;
    case Epochs:
        return s.train.epochs;
    case Optimizer:
        return RunDescription::optimizerName(s.train.optimizer.kind);
    case LearningRate:
        return s.train.optimizer.learningRate;
    case Updates:
        return QLocale().toString(qlonglong(e->data.updatesDone));
    case BestEpoch:
        return best > 0 ? QVariant(best) : QVariant(QString());
    case BestValLoss:
        return best > 0 ? number(reading.bestValLoss, 4) : QVariant(QString());
    case FinalTrainLoss:
        return last ? number(last->trainLoss, 4) : QVariant(QString());
    case FinalValLoss:
        return last ? number(last->valLoss, 4) : QVariant(QString());
    case FinalTrainAccuracy:
        return last ? number(last->trainAccuracy, 3) : QVariant(QString());
    case FinalValAccuracy:
        return last ? number(last->valAccuracy, 3) : QVariant(QString());
    case SecondsPerEpoch:
        return number(e->secondsPerEpoch(), 3);
    case Status:
        return statusOf(*e);
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BatchSize:
            return tr("batch_size: questions solved before each check of the answer sheet");
        case Epochs:
            return tr("epochs: passes over the whole practice exam");
        case Updates:
            return tr("Weight updates (answer-sheet checks) done");
        case BestEpoch:
            return tr("The best epoch by the loss the run watches (early stopping's monitor: the "
                      "validation loss, the new exam, unless it watches the training loss)");
        case SecondsPerEpoch:
            return tr("Seconds of training per epoch on this computer (paced runs include the "
                      "waiting)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Shown:
        return tr("Show");
    case Pinned:
        return tr("Keep");
    case Label:
        return tr("Run");
    case BatchSize:
        return QStringLiteral("B");
    case Epochs:
        return QStringLiteral("E");
    case Optimizer:
        return tr("Optimizer");
    case LearningRate:
        return tr("Learning rate");
    case Updates:
        return tr("Updates");
    case BestEpoch:
        return tr("Best epoch");
    case BestValLoss:
        return tr("Best val. loss");
    case FinalTrainLoss:
        return tr("Train loss");
    case FinalValLoss:
        return tr("Val. loss");
    case FinalTrainAccuracy:
        return tr("Train acc.");
    case FinalValAccuracy:
        return tr("Val. acc.");
    case SecondsPerEpoch:
        return tr("s / epoch");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags RunsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Shown || index.column() == Pinned)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Label)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const RunId id = idAt(index.row());
    RunStore* store = session_->store();
    if (!store->entry(id))
        return false;
    if (role == Qt::CheckStateRole && index.column() == Shown) {
        store->setShown(id, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::CheckStateRole && index.column() == Pinned) {
        store->setPinned(id, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole && index.column() == Label) {
        store->setLabel(id, value.toString());
        return true;
    }
    return false;
}

} // namespace ui
