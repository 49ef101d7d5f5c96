// Lessons: parse (settings, steps, check, placeholders); for every accepted lesson, fill the
// placeholders of every text with its settings and compute the planned facts, which must not
// fail. Refusals are LessonError only.
#include "format_words.hpp"
#include "fuzz_check.hpp"
#include "json_mutator.hpp"

#include "lesson.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace
{
// Words of the format, for the structure-aware mutator (json_mutator.hpp).
const std::vector<std::string> words =
    formatWords({settingsWords,
                 {"id",
                  "language",
                  "en",
                  "ko",
                  "order",
                  "title",
                  "summary",
                  "settings",
                  "steps",
                  "text",
                  "run",
                  "continue",
                  "speed",
                  "expect",
                  "until_epoch",
                  "until_update",
                  "to_end",
                  "check",
                  "question",
                  "answer",
                  "tolerance",
                  "explanation",
                  "stated",
                  "preset",
                  "overfit",
                  "keras",
                  "updates_per_epoch",
                  "total_updates",
                  "last_batch",
                  "stopped_epoch",
                  "samples_seen",
                  "best_epoch",
                  "data_seed",
                  "enabled",
                  "validation_split",
                  "sweep",
                  "batch_sizes",
                  "seeds",
                  "meter",
                  "meters",
                  "noise",
                  "cost",
                  "column",
                  "lowest_at",
                  "highest_at",
                  "all_above",
                  "all_below",
                  "spread_below",
                  "best_val_loss",
                  "gap",
                  "updates_to_best",
                  "noise_falls",
                  "noise_zero_at_n",
                  "noise_follows_formula",
                  "bytes_grow",
                  "updates_per_epoch_fall",
                  "sweep_best_batch_size",
                  "{N} {B} {E}",
                  "{answer}",
                  "{updates_per_epoch} {total_updates} {last_batch} {samples_seen}"}});
} // namespace

BATCHLAB_JSON_MUTATOR(words)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FUZZ_COUNT_CALL();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::Lesson l;
    try {
        l = core::parseLesson(text);
    } catch (const core::LessonError&) {
        return 0;
    }
    ++fuzzAccepted;
    for (const core::LessonStep& s : l.steps) {
        (void)core::fillPlaceholders(s.title, s.settings);
        (void)core::fillPlaceholders(s.text, s.settings);
        const core::RunFacts f = core::plannedFacts(s.settings);
        (void)f;
        (void)s.target.pauseAfterUpdate(s.settings);
    }
    const core::RunFacts facts = core::plannedFacts(l.check.settings);
    (void)core::fillPlaceholders(l.check.question, l.check.settings);
    (void)core::fillPlaceholders(l.check.explanation, l.check.settings,
                                 core::answerOf(l.check.answer, facts));
    return 0;
}
