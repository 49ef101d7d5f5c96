// The Runs dock: every run of the session in a table (RunsModel) with what a student does with
// them: show or hide a run in the plots, keep it, rename it (double-click its name), give it
// another colour, remove it, put its settings back into the controls, and compare batch sizes.
// Selecting a row shows that run in the exam view and the data view (Session::select).
#pragma once

#include "ui/session/session.hpp"

#include <QWidget>

class QAction;
class QTableView;
class QToolButton;

namespace ui
{

class RunsModel;

class RunsView : public QWidget
{
    Q_OBJECT
public:
    explicit RunsView(Session* session, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    RunsModel* model() const { return model_; }
    // The run of the current row (0: none).
    RunId currentRun() const;
    void selectRun(RunId id);

    QAction* removeAction() const { return remove_; }
    QAction* colourAction() const { return colour_; }
    QAction* useSettingsAction() const { return useSettings_; }
    QAction* showAllAction() const { return showAll_; }
    QAction* showNoneAction() const { return showNone_; }

signals:
    // "Use these settings": put this run's settings (and data) back into the controls.
    void useSettingsRequested(const core::RunSpec& spec);

private:
    void updateActions();
    void chooseColour();
    void removeCurrent();

    Session* session_;
    RunsModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QAction* remove_ = nullptr;
    QAction* colour_ = nullptr;
    QAction* useSettings_ = nullptr;
    QAction* showAll_ = nullptr;
    QAction* showNone_ = nullptr;
};

} // namespace ui
