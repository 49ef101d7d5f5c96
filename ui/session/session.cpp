#include "ui/session/session.hpp"

#include <algorithm>

namespace ui
{

Session::Session(QObject* parent)
    : QObject(parent), controller_(new TrainingController), sweep_(new SweepJob(&store_))
{
    // Connected before any window connects: the store has the live run before views hear of it.
    connect(controller_.get(), &TrainingController::runStarted, this, &Session::onRunStarted);
    connect(controller_.get(), &TrainingController::snapshotReceived, this, &Session::onSnapshot);
    connect(controller_.get(), &TrainingController::progressChanged, this, &Session::onProgress);
    // A selected run that goes hands the views back to the live run.
    connect(&store_, &RunStore::runRemoved, this, [this](RunId id) {
        if (id == selected_) {
            selected_ = 0;
            emit selectionChanged(live_);
        }
    });
}

Session::~Session()
{
    // The controller stops its thread before the store goes.
    controller_.reset();
}

void Session::onRunStarted()
{
    if (!startingCompared_ && comparing())
        cancelComparison(); // a run started by hand ends the comparison
    const RunId previous = live_;
    if (const RunEntry* old = store_.entry(previous)) {
        // Kept when it ended or got a tenth of its way: a slider being dragged starts many runs
        // that nobody watched.
        const int planned = std::max(1, old->spec.settings.train.epochs);
        const bool watched = old->data.outcome || old->data.epochsDone * 10 >= planned;
        if (!watched)
            store_.remove(previous);
        else
            store_.setLive(previous, false);
    }
    live_ = store_.add(controller_->spec(),
                       controller_->showsRecord() ? RunOrigin::Record : RunOrigin::Window, true);
    // A new run (a slider, a lesson step, a compared run) clears the pick: the exam view and the
    // data view show what is training now.
    if (selected_ != 0) {
        selected_ = 0;
        emit selectionChanged(live_);
    }
}

void Session::onSnapshot(const RunSnapshot& s)
{
    RunSnapshot copy = s;
    store_.appendTo(live_, std::move(copy));
}

void Session::onProgress(const RunProgress& p)
{
    if (const RunEntry* e = store_.entry(live_)) {
        if (e->spec.settings.train.epochs != controller_->spec().settings.train.epochs)
            store_.setSpec(live_, controller_->spec());
    }
    if (comparisonLeft_ > 0 && p.generation == controller_->generation() &&
        (p.state == RunState::Finished || p.state == RunState::Failed)) {
        --comparisonLeft_;
        if (!queue_.empty())
            startNextCompared();
        else
            emit comparisonChanged();
    }
}

void Session::select(RunId id)
{
    const RunId now = store_.entry(id) && id != live_ ? id : 0;
    if (now == selected_)
        return;
    selected_ = now;
    emit selectionChanged(selectedRun());
}

RunId Session::selectedRun() const
{
    return selected_ != 0 && store_.entry(selected_) ? selected_ : live_;
}

void Session::compare(const std::vector<core::RunSpec>& specs)
{
    cancelComparison();
    if (specs.empty())
        return;
    queue_.assign(specs.begin(), specs.end());
    comparisonSize_ = int(specs.size());
    comparisonLeft_ = comparisonSize_;
    startNextCompared();
}

void Session::startNextCompared()
{
    const core::RunSpec spec = queue_.front();
    queue_.pop_front();
    startingCompared_ = true;
    controller_->start(spec);
    startingCompared_ = false;
    emit comparisonChanged();
}

void Session::cancelComparison()
{
    const bool was = comparing();
    queue_.clear();
    comparisonLeft_ = 0;
    comparisonSize_ = 0;
    if (was)
        emit comparisonChanged();
}

RunId Session::addRecord(const core::RunRecord& record)
{
    return store_.addRecord(record, RunOrigin::Record);
}

} // namespace ui
