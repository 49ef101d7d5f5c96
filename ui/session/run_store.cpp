#include "ui/session/run_store.hpp"

#include "ui/session/run_description.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ui
{

double RunEntry::secondsPerEpoch() const
{
    const core::EpochInfo* e = lastEpoch();
    if (!e || e->epoch < 1)
        return std::numeric_limits<double>::quiet_NaN();
    return e->seconds / e->epoch;
}

const core::EpochInfo* RunEntry::lastEpoch() const
{
    return data.epochs.empty() ? nullptr : &data.epochs.back();
}

const core::RunReading& RunEntry::reading() const
{
    // Brought up to date when asked (the store changes the entry 40 times a second; the curves
    // are read again only when epochs arrived).
    return reader_.update(data.epochs, data.outcome, !data.error.isEmpty(), live);
}

std::optional<core::RunRecord> RunEntry::record(const std::string& programVersion) const
{
    if (!data.outcome || !data.recorded || !data.start)
        return std::nullopt;
    core::RunRecord r;
    r.programVersion = programVersion;
    r.spec = spec;
    r.spec.initialParameters = data.start->initialParameters;
    if (data.parameters.size() > 0)
        r.finalParameters = data.parameters;
    r.history = *data.recorded;
    r.history->epochs = data.epochs; // the recorded history holds no copy of the rows
    r.outcome = data.outcome;
    return r;
}

RunStore::RunStore(QObject* parent) : QObject(parent) {}

RunStore::~RunStore() = default;

QString RunStore::labelOf(const core::RunSpec& spec)
{
    const core::RunSettings& s = spec.settings;
    return QCoreApplication::translate("ui::RunStore", "B = %1 · E = %2 · %3 %4")
        .arg(s.train.batchSize)
        .arg(s.train.epochs)
        .arg(RunDescription::optimizerName(s.train.optimizer.kind))
        .arg(s.train.optimizer.learningRate);
}

QString RunStore::distinctLabel(const core::RunSpec& spec) const
{
    // Runs with the same B, E and optimizer are told apart by what differs: the data's size,
    // its label noise, the seeds; and when nothing does, by their number.
    const QString base = labelOf(spec);
    std::vector<const RunEntry*> alike;
    for (const auto& e : runs_)
        if (labelOf(e->spec) == base)
            alike.push_back(e.get());
    if (alike.empty())
        return base;
    QString label = base;
    const core::RunSettings& s = spec.settings;
    const auto differs = [&](auto&& of) {
        return std::any_of(alike.begin(), alike.end(),
                           [&](const RunEntry* e) { return of(e->spec) != of(spec); });
    };
    if (differs([](const core::RunSpec& x) { return x.trainingRows(); }))
        label += QCoreApplication::translate("ui::RunStore", " · N = %1").arg(spec.trainingRows());
    // A careless answer sheet (label noise) against a right one.
    if (differs([](const core::RunSpec& x) { return x.settings.data.labelNoise; }))
        label += QCoreApplication::translate("ui::RunStore", " · %1 % of answers wrong")
                     .arg(std::lround(s.data.labelNoise * 100.0));
    if (differs([](const core::RunSpec& x) { return x.settings.data.seed; }))
        label += QCoreApplication::translate("ui::RunStore", " · data seed %1").arg(s.data.seed);
    if (differs([](const core::RunSpec& x) { return x.settings.initSeed; }))
        label += QCoreApplication::translate("ui::RunStore", " · seed %1").arg(s.initSeed);
    const auto taken = [this](const QString& l) {
        return std::any_of(runs_.begin(), runs_.end(),
                           [&](const auto& e) { return e->label == l; });
    };
    if (taken(label)) {
        int n = 2;
        while (taken(QStringLiteral("%1 (%2)").arg(label).arg(n)))
            ++n;
        label = QStringLiteral("%1 (%2)").arg(label).arg(n);
    }
    return label;
}

quint32 RunStore::paletteColour(int n)
{
    // Okabe-Ito's bluish green, reddish purple and black: the colours of that colour-blind-safe
    // palette with 3:1 contrast against white that the live run's curves do not use.
    static constexpr quint32 palette[] = {0x009e73, 0xcc79a7, 0x000000};
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((n % size) + size) % size];
}

RunId RunStore::add(const core::RunSpec& spec, RunOrigin origin, bool live)
{
    auto e = std::make_unique<RunEntry>();
    e->id = nextId_++;
    e->spec = spec;
    e->origin = origin;
    e->label = distinctLabel(spec);
    e->look = coloursUsed_;
    e->colour = paletteColour(coloursUsed_++);
    e->live = live;
    if (origin == RunOrigin::Background) {
        // A sweep's run: kept (a sweep adds dozens, which must not push out the user's kept
        // runs nor each other) and not overlaid until the user ticks it.
        e->pinned = true;
        e->shown = false;
    }
    const RunId id = e->id;
    runs_.push_back(std::move(e));
    emit runAdded(id);
    prune();
    return id;
}

RunId RunStore::addRecord(const core::RunRecord& record, RunOrigin origin)
{
    core::RunSpec spec = record.spec;
    const Eigen::VectorXd initial =
        spec.initialParameters ? *spec.initialParameters : spec.makeInitialNetwork().parameters();
    spec.initialParameters = initial;
    RunSnapshot snap = record.history
                           ? recordedSnapshot(spec, initial, *record.history, record.outcome,
                                              record.finalParameters.value_or(Eigen::VectorXd()))
                           : RunSnapshot{};
    const RunId id = add(spec, origin, false);
    appendTo(id, std::move(snap));
    return id;
}

void RunStore::appendTo(RunId id, RunSnapshot&& snapshot)
{
    RunEntry* e = find(id);
    if (!e)
        return;
    // The transient parts (the newest batches, an epoch's order) are for the exam view only.
    snapshot.batches.clear();
    e->data.merge(std::move(snapshot));
    e->data.batches.clear();
    emit runChanged(id);
}

void RunStore::setSpec(RunId id, const core::RunSpec& spec)
{
    if (RunEntry* e = find(id)) {
        const bool relabel = e->label == labelOf(e->spec);
        e->spec = spec;
        if (relabel)
            e->label = labelOf(spec);
        emit runLookChanged(id);
    }
}

void RunStore::setLive(RunId id, bool live)
{
    if (RunEntry* e = find(id)) {
        e->live = live;
        emit runLookChanged(id);
        if (!live)
            prune();
    }
}

void RunStore::remove(RunId id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    runs_.erase(runs_.begin() + i);
    emit runRemoved(id);
}

void RunStore::clear()
{
    while (!runs_.empty())
        remove(runs_.front()->id);
}

void RunStore::setShown(RunId id, bool shown)
{
    if (RunEntry* e = find(id); e && e->shown != shown) {
        e->shown = shown;
        emit runLookChanged(id);
    }
}

void RunStore::setPinned(RunId id, bool pinned)
{
    if (RunEntry* e = find(id); e && e->pinned != pinned) {
        e->pinned = pinned;
        emit runLookChanged(id);
        if (!pinned)
            prune();
    }
}

void RunStore::setLabel(RunId id, const QString& label)
{
    const QString l = label.trimmed();
    if (RunEntry* e = find(id); e && !l.isEmpty() && e->label != l) {
        e->label = l.left(120);
        emit runLookChanged(id);
    }
}

void RunStore::setColour(RunId id, quint32 rgb)
{
    if (RunEntry* e = find(id); e && e->colour != (rgb & 0xffffffu)) {
        e->colour = rgb & 0xffffffu;
        emit runLookChanged(id);
    }
}

const RunEntry* RunStore::entry(RunId id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : runs_[std::size_t(i)].get();
}

RunEntry* RunStore::find(RunId id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : runs_[std::size_t(i)].get();
}

std::vector<RunId> RunStore::ids() const
{
    std::vector<RunId> out;
    out.reserve(runs_.size());
    for (const auto& e : runs_)
        out.push_back(e->id);
    return out;
}

int RunStore::indexOf(RunId id) const
{
    for (std::size_t i = 0; i < runs_.size(); ++i)
        if (runs_[i]->id == id)
            return int(i);
    return -1;
}

void RunStore::prune()
{
    int unpinned = 0;
    for (const auto& e : runs_)
        unpinned += !e->pinned && !e->live;
    while (unpinned > keptUnpinned()) {
        const auto oldest = std::find_if(runs_.begin(), runs_.end(),
                                         [](const auto& e) { return !e->pinned && !e->live; });
        remove((*oldest)->id);
        --unpinned;
    }
}

} // namespace ui
