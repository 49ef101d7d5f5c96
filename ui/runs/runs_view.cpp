#include "ui/runs/runs_view.hpp"

#include "ui/runs/runs_model.hpp"

#include <QAction>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui
{

RunsView::RunsView(Session* session, QWidget* parent) : QWidget(parent), session_(session)
{
    model_ = new RunsModel(session, this);
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("runsTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumWidth(160);
    table_->setAlternatingRowColors(true);

    auto button = [this](QAction* a) {
        auto* b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        addAction(a);
        return b;
    };
    useSettings_ = new QAction(tr("Use these settings"), this);
    useSettings_->setToolTip(tr("Put this run's settings back into the controls and train them"));
    connect(useSettings_, &QAction::triggered, this, [this] {
        if (const RunEntry* e = session_->store()->entry(currentRun()))
            emit useSettingsRequested(e->spec);
    });
    colour_ = new QAction(tr("Colour..."), this);
    connect(colour_, &QAction::triggered, this, &RunsView::chooseColour);
    remove_ = new QAction(tr("Remove"), this);
    remove_->setShortcut(QKeySequence::Delete);
    remove_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove_, &QAction::triggered, this, &RunsView::removeCurrent);
    showAll_ = new QAction(tr("Show all"), this);
    connect(showAll_, &QAction::triggered, this, [this] {
        for (RunId id : session_->store()->ids())
            session_->store()->setShown(id, true);
    });
    showNone_ = new QAction(tr("Hide all"), this);
    showNone_->setToolTip(tr("Hide every kept run: only the live run stays in the plots"));
    connect(showNone_, &QAction::triggered, this, [this] {
        for (RunId id : session_->store()->ids())
            if (id != session_->liveRun())
                session_->store()->setShown(id, false);
    });

    // Two short rows, so that the dock fits beside the exam view on a small screen.
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(2, 2, 2, 2);
    for (const auto& row : {std::initializer_list<QAction*>{useSettings_, colour_, remove_},
                            std::initializer_list<QAction*>{showAll_, showNone_}}) {
        auto* buttons = new QHBoxLayout;
        buttons->setContentsMargins(0, 0, 0, 0);
        for (QAction* a : row)
            buttons->addWidget(button(a));
        buttons->addStretch(1);
        v->addLayout(buttons);
    }
    v->addWidget(table_, 1);

    // Only a row the user selected changes what the exam view and the data view show (not the
    // current index that a view moves by itself when it gets the focus or loses a row).
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        session_->select(currentRun());
        updateActions();
    });
    connect(session_, &Session::selectionChanged, this, [this](RunId id) {
        if (id == session_->liveRun() && currentRun() != 0 && currentRun() != id)
            table_->clearSelection();
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int row) {
        table_->scrollTo(model_->index(row, 0));
        updateActions();
    });
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &RunsView::updateActions);
    updateActions();
}

RunId RunsView::currentRun() const
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : model_->idAt(rows.front().row());
}

void RunsView::selectRun(RunId id)
{
    const int row = model_->rowOf(id);
    if (row >= 0)
        table_->selectRow(row);
}

void RunsView::updateActions()
{
    const RunId id = currentRun();
    const bool any = id != 0;
    useSettings_->setEnabled(any);
    colour_->setEnabled(any);
    remove_->setEnabled(any && id != session_->liveRun());
}

void RunsView::chooseColour()
{
    const RunEntry* e = session_->store()->entry(currentRun());
    if (!e)
        return;
    const RunId id = e->id;
    const QColor c =
        QColorDialog::getColor(QColor::fromRgb(e->colour), this, tr("Colour of the run"));
    if (c.isValid())
        session_->store()->setColour(id, c.rgb() & 0xffffffu);
}

void RunsView::removeCurrent()
{
    const RunId id = currentRun();
    if (id != 0 && id != session_->liveRun())
        session_->store()->remove(id);
}

} // namespace ui
