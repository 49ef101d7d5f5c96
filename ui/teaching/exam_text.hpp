// The exam view's words, widget-free: plain values in, rich text out (the plan's numbers, the note
// on the batch size, the pass and its answer checks, the scores with what the curves show).
// ExamView puts them into its labels; the words are in its translation context (ExamView::tr).
#pragma once

#include "cost_meter.hpp"
#include "run_reading.hpp"
#include "training_events.hpp"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ui::exam_text
{

// A whole number in the user's locale.
QString number(std::int64_t v);
// A share as a whole percentage, a loss with three decimals ("–" when not finite).
QString percent(double v);
QString loss(double v);

// The plan's numbers: N, B, ceil(N/B), the last batch, E, the checks in all; the memory of one
// batch when known, and the measured times of this B (`cost`). N > 0, B > 0.
QString planTable(int n, int b, int e, std::optional<std::int64_t> batchBytes,
                  const std::vector<core::CostRow>& cost);
// A plain-language note for B > N, B = N, B = 1 and a short last batch (empty otherwise).
QString batchNote(int n, int b);

// "Pass 3 of 40", or "Finished after pass 40 of 40" once the run has its outcome and the pass
// being shown is done.
QString passTitle(int currentEpoch, int epochsDone, int planned, bool finished,
                  bool withinLastPass = false);

// The batch being solved or just checked, the answer checks so far, and early stopping.
struct Checks {
    int batch = -1; // the batch of this pass (from 0); -1: none yet
    int batches = 0;
    int firstQuestion = 0; // of this pass, from 1
    int lastQuestion = 0;
    bool solving = false;
    std::int64_t shown = 0;
    std::int64_t total = 0;
    std::optional<core::Outcome> outcome;
};
QString checksText(const Checks& c);

// The scores table after the last pass (and at the best epoch), what the curves show, how many
// questions are right now (`right` of `questions`, classification) and the last pass's time.
struct Scores {
    const std::vector<core::EpochInfo>* epochs = nullptr;
    bool classification = false;
    core::RunReading reading;
    std::optional<int> right; // of `questions`
    int questions = 0;
    std::optional<double> lastPassSeconds; // measured (at full speed)
};
QString scoresHtml(const Scores& s);

} // namespace ui::exam_text
