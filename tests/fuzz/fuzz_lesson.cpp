// Lessons: parse (settings, steps, check, placeholders); for every accepted lesson, fill the
// placeholders of every text with its settings and compute the planned facts, which must not
// fail. Refusals are LessonError only.
#include "fuzz_check.hpp"

#include "lesson.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
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
