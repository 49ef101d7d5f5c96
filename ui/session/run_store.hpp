// Every run of a session, as data (docs/ARCHITECTURE.md, "A run's way from the worker to the
// pixels").
//
// Contract:
//  - The store is read and changed on the GUI thread only. Training threads never see it: they
//    hand their results over as values (RunSnapshot, through a SnapshotMailbox), and the Session
//    appends them to the run they belong to with appendTo(). Anything of a run that is gone
//    (removed, or an id never issued) is dropped there.
//  - A run is an entry with an id (never reused within a store), its core::RunSpec, everything
//    it reported so far (the accumulated RunSnapshot: per-update points with one bucketing
//    implementation and bound, per-epoch rows, outcome, the recorded history once it ended, the
//    latest weights), a label, a colour and two choices of the user: shown (overlaid in the
//    plots) and pinned (kept), and its reading (core::RunReading: best epoch, overfitting
//    start, curve shape, status), computed once per change and read by every view.
//  - Views never keep the only copy of a run: the plots overlay the runs that are not live from
//    here, exports (images, CSV, run records, comparisons) read the entries. The live run's new
//    points still reach the plots and the exam view as the controller's snapshots, appended here
//    first (the Session is connected before any window). A view that keeps an id asks entry(id)
//    each time and accepts nullptr (the run was removed).
//  - Unpinned runs that are not live are kept up to `keptUnpinned()` (8), newest first; the
//    oldest go when another is added. Pinned runs and the live run are never dropped by the store.
#pragma once

#include "ui/session/run_snapshot.hpp"

#include "run_reading.hpp"
#include "run_record.hpp"
#include "run_spec.hpp"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ui
{

using RunId = quint64;

enum class RunOrigin {
    Window,     // trained in the window (the controls, a lesson, "Compare batch sizes")
    Record,     // opened from a run record
    Background, // trained by an experiment, never the live run; added pinned and not shown
};

struct RunEntry {
    RunId id = 0;
    core::RunSpec spec;
    RunOrigin origin = RunOrigin::Window;
    QString label;
    quint32 colour = 0; // 0xRRGGBB
    int look = 0;       // the n-th run added: its palette colour and marker (ui/plots/series_style)
    bool shown = true;
    bool pinned = false;
    bool live = false; // the controller's current run (it may still change)
    // Everything the run reported so far, merged (start: data, shape, initial weights).
    RunSnapshot data;

    bool ended() const { return data.outcome.has_value() || !data.error.isEmpty(); }
    int trainingRows() const { return data.start ? data.start->trainingRows : 0; }
    int stepsPerEpoch() const { return data.start ? data.start->stepsPerEpoch : 0; }
    // Seconds per epoch so far (NaN before the first epoch ends).
    double secondsPerEpoch() const;
    // The last epoch row (nullptr before any).
    const core::EpochInfo* lastEpoch() const;
    // What the run's numbers say (best epoch by its own monitor and min_delta, overfitting
    // start, curve shape, status): computed once per change of the run, in core::RunReader, and
    // read by every view.
    const core::RunReading& reading() const;
    // reading().bestEpoch.
    int bestEpoch() const { return reading().bestEpoch; }
    // The run as a run record once it has ended with a recorded history, else empty.
    std::optional<core::RunRecord> record(const std::string& programVersion) const;

private:
    mutable core::RunReader reader_;
};

class RunStore : public QObject
{
    Q_OBJECT
public:
    explicit RunStore(QObject* parent = nullptr);
    ~RunStore() override;

    // A new run with its spec; label and colour are chosen here (the label from the settings).
    RunId add(const core::RunSpec& spec, RunOrigin origin, bool live);
    // A whole recorded run (nothing to train). Throws std::invalid_argument when its data
    // cannot be made.
    RunId addRecord(const core::RunRecord& record, RunOrigin origin = RunOrigin::Record);
    // Appends what the run reported since the last call (a later snapshot of the same run).
    void appendTo(RunId id, RunSnapshot&& snapshot);
    // Replaces the run's spec (raised epochs of a continued run).
    void setSpec(RunId id, const core::RunSpec& spec);
    void setLive(RunId id, bool live);
    void remove(RunId id);
    void clear();

    void setShown(RunId id, bool shown);
    void setPinned(RunId id, bool pinned);
    void setLabel(RunId id, const QString& label);
    void setColour(RunId id, quint32 rgb);

    const RunEntry* entry(RunId id) const;
    // All runs, oldest first.
    const std::vector<std::unique_ptr<RunEntry>>& runs() const { return runs_; }
    std::vector<RunId> ids() const;
    int size() const { return int(runs_.size()); }
    // Position of `id` in runs() (-1: none).
    int indexOf(RunId id) const;

    static int keptUnpinned() { return 8; }
    // The label a run of these settings gets: "B = 4 · E = 300 · Adam 0.01".
    static QString labelOf(const core::RunSpec& spec);
    // labelOf(spec), and what tells it apart from the runs of the same label already here (the
    // data's size, the seeds, else a number): "B = 4 · E = 300 · Adam 0.01 · N = 400".
    QString distinctLabel(const core::RunSpec& spec) const;
    // The n-th colour of the palette (Okabe-Ito, 3:1 against white, none of the live run's blue
    // and vermillion; it repeats with another marker, ui/plots/series_style.hpp).
    static quint32 paletteColour(int n);

signals:
    void runAdded(ui::RunId id);
    // New data arrived (points, epochs, outcome).
    void runChanged(ui::RunId id);
    // Label, colour, shown or pinned changed.
    void runLookChanged(ui::RunId id);
    void runRemoved(ui::RunId id);

private:
    RunEntry* find(RunId id);
    void prune();

    std::vector<std::unique_ptr<RunEntry>> runs_;
    RunId nextId_ = 1;
    int coloursUsed_ = 0;
};

} // namespace ui
