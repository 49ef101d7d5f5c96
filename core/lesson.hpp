// A guided lesson as data: a title, the settings it starts from, steps ("set these controls, run
// until epoch k or update j, pause, explain") and a check question whose answer comes from the
// settings and is verified by running them. One JSON file per lesson and language
// (resources/lessons/<id>.<lang>.json); parseLesson() checks everything a teacher could get
// wrong and names the field. Texts may hold placeholders that are filled from the step's
// settings, so the numbers a lesson states always match what the trainer does:
//   {N} training rows, {B} batch size, {E} epochs, {updates_per_epoch} ceil(N/B),
//   {last_batch} rows in the last batch, {total_updates} E*ceil(N/B), {samples_seen} E*N.
#pragma once

#include "lesson_shapes.hpp"
#include "lesson_sweep.hpp"
#include "run_settings.hpp"
#include "training_events.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace core
{

// What a check question asks for.
enum class AnswerKind {
    UpdatesPerEpoch, // ceil(N/B)
    TotalUpdates,    // E * ceil(N/B) (a completed run)
    LastBatchSize,   // N - (ceil(N/B) - 1) * B
    SamplesSeen,     // question visits: E * N (a completed run)
    StoppedEpoch,    // the epoch after which training ended (early stopping)
    BestEpoch,       // the epoch with the lowest monitored loss
    // The batch size with the lowest mean best validation loss in the check's sweep (seeds
    // 1..K): only a sweep can tell (lesson_sweep.hpp).
    SweepBestBatchSize,
    // The weight updates a run with a goal (core/schedule.hpp) needed to reach it.
    UpdatesToGoal,
};

std::string_view answerKindKey(AnswerKind k);
bool parseAnswerKind(std::string_view key, AnswerKind& out);
// Whether the answer follows from the settings alone (else only a run can tell).
bool answerFromSettings(AnswerKind k);

// The numbers of a run that lessons talk about.
struct RunFacts {
    int trainingRows = 0; // N after any validation split
    int batchSize = 0;    // B as set (may exceed N)
    int updatesPerEpoch = 0;
    int lastBatch = 0;
    int epochs = 0;           // epochs done (or planned, from settings)
    std::int64_t updates = 0; // updates done (or planned)
    std::int64_t samplesSeen = 0;
    int bestEpoch = -1;
    bool operator==(const RunFacts&) const = default;
};

// The facts a completed run of `s` will have (no early stop, bestEpoch unknown).
RunFacts plannedFacts(const RunSettings& s);
// The facts of a run that ended with `outcome` (N and B from the settings).
RunFacts factsOfOutcome(const RunSettings& s, const Outcome& outcome);
std::int64_t answerOf(AnswerKind k, const RunFacts& facts);

// Where a step pauses. Both zero: the step only explains (no run). Targets count from the
// start of the step's run.
struct RunTarget {
    int epoch = 0;           // pause after this epoch (0: not by epoch)
    std::int64_t update = 0; // pause after this update (0: not by update)
    bool toEnd = false;      // run to the end of the settings' epochs (or early stop)
    bool runs() const { return epoch > 0 || update > 0 || toEnd; }
    // The update to pause after for a run of `s` (the end of the run when toEnd).
    std::int64_t pauseAfterUpdate(const RunSettings& s) const;
};

// What a step states about its run, checked against the trainer by the tests.
struct StepExpectation {
    std::optional<int> updatesPerEpoch;
    std::optional<std::int64_t> totalUpdates;
    std::optional<int> lastBatch;
    std::optional<int> stoppedEpoch;
    std::optional<int> bestEpoch;
    // What the text says about the run's curves (falls, rises, flat, lower, higher); a step
    // without a run of its own speaks about the run it follows.
    std::vector<ShapeCheck> shapes;
    // What the text says about the step's sweep and the meters (lesson_sweep.hpp).
    std::vector<SweepClaim> sweep;
    std::vector<MeterClaim> meters;
};

// The x axis a step puts both loss plots on: per epoch, per weight update, per question solved
// (samples seen) or per second.
enum class LessonAxis { Epoch, Update, Samples, Seconds };
std::string_view lessonAxisKey(LessonAxis a);
bool parseLessonAxis(std::string_view key, LessonAxis& out);

// How a step is printed on a worksheet, where there is no window to look at: the plot (or the
// meter or sweep table) its text asks the student to read, the runs it compares, on the axis it
// names, and a paper variant of a text that points at the window. In a lesson file:
//   "paper": { "plot": "per_epoch", "runs": [1, 2, 3], "x_axis": "update", "table": true,
//              "text": ["The same three runs, counted per weight update ..."] }
enum class PaperPlot { Auto, PerEpoch, PerUpdate, Sweep, Noise, Cost, None };
std::string_view paperPlotKey(PaperPlot p);
bool parsePaperPlot(std::string_view key, PaperPlot& out);

struct PaperView {
    // Auto: the step's meter or sweep, else for a step that runs the loss per weight update
    // (runs of at most three epochs) or per epoch, else nothing.
    PaperPlot plot = PaperPlot::Auto;
    // 1-based steps whose runs (as they were when that step ended) the plot overlays in the
    // window's run colours; empty: the run the step speaks about (its own, or the one before).
    std::vector<int> runs;
    std::optional<LessonAxis> xAxis; // none: the step's x_axis, else epochs (updates per update)
    bool table = false;              // a table of those runs: B, checks, questions, seconds, loss
    std::string text;                // replaces the step's text on paper (empty: the same text)
    // Words written at the best-epoch mark of a one-run plot, where the two curves part (the
    // handout's 과유불급: stop here).
    std::string bestMark;
    // The practice questions the step's run still gets wrong at its end, drawn as the exam
    // view draws them (pictures for the digits), each with the answer and the model's.
    bool wrongQuestions = false;
};

struct LessonStep {
    std::string title;
    std::string text;     // plain text with {placeholders}; blank lines separate paragraphs
    RunSettings settings; // the lesson's settings with the step's overrides applied
    bool restart = true;  // start a new run (false: continue the current one)
    RunTarget target;
    double speed = 0.0;              // updates per second while it runs; 0 = full speed
    std::optional<LessonAxis> xAxis; // none: the plots keep the axis the user chose
    // A step with a sweep trains it in the background (Experiments > Sweep) instead of a run of
    // its own, and is reached when the sweep ends; a meter opens the gradient-noise or cost view.
    std::optional<LessonSweep> sweep;
    std::optional<LessonMeter> meter;
    StepExpectation expect;
    PaperView paper;
};

struct LessonCheck {
    std::string question; // with {placeholders} from `settings`
    RunSettings settings; // the run that verifies the answer
    AnswerKind answer = AnswerKind::TotalUpdates;
    int tolerance = 0;                  // answers within this distance count as right
    std::string explanation;            // shown after verifying, with {placeholders} and {answer}
    std::optional<std::int64_t> stated; // an answer written in the file (checked by tests)
    std::optional<LessonSweep> sweep;   // for SweepBestBatchSize: the sweep that answers it
};

// A conceptual multiple-choice question (the lesson's quiz bank), checked in the lesson panel.
struct QuizQuestion {
    std::string question;
    std::vector<std::string> choices;
    int answer = 0;  // index into choices
    std::string why; // shown after answering
};

struct Lesson {
    std::string id;
    std::string language;
    int order = 0; // position in the Lessons menu
    std::string title;
    std::string summary;
    RunSettings settings; // where the lesson starts
    std::vector<LessonStep> steps;
    LessonCheck check;
    std::vector<QuizQuestion> quiz;
};

class LessonError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses and validates a lesson file. Throws LessonError naming the field that is wrong.
Lesson parseLesson(std::string_view jsonText);
// Applies a JSON object of setting overrides (the "settings" of a lesson or step) to `s`.
void applySettingsJson(std::string_view jsonObjectText, RunSettings& s);

// Replaces the {placeholders} of `text` with the numbers of `s` (and {answer} when given).
std::string fillPlaceholders(std::string_view text, const RunSettings& s,
                             std::optional<std::int64_t> answer = std::nullopt);

} // namespace core
