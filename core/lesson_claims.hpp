// Whether what a lesson says holds for the runs students will make, not only at the lesson's
// seed: the lesson's steps are run as the window runs them (a step with a run starts one or
// continues the current one and pauses at its target), with the initial-weight and shuffle
// seeds of every step shifted by the same amount and the data fixed, and every claim of the
// steps (expect.shapes, expect.best_epoch, expect.stopped_epoch) is checked against the runs.
// tests/tst_lesson_seeds.cpp runs each lesson for shifts 0..19 and reports how often each claim
// holds; docs/LESSONS.md says what a lesson may claim.
#pragma once

#include "lesson.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace core
{

// The lesson with the initial-weight and shuffle seeds of its steps and check shifted by `shift`.
Lesson withSeedsShifted(const Lesson& lesson, std::uint64_t shift);

// The per-epoch records of every step's run as it was when the step ended (empty for a step
// before the first run).
std::vector<RunCurve> runLessonSteps(const Lesson& lesson);

// One claim of a step and whether the runs show it.
struct ClaimResult {
    int step = 0;      // 1-based
    std::string claim; // the step's "says", else a description of the check
    bool holds = false;
    std::string why; // what the runs show instead (empty when it holds)
    // Said of the lesson's seed only (an exact best or stopping epoch, or a shape marked
    // "lesson_seed_only"): it must hold there; for other seeds its share is reported.
    bool lessonSeedOnly = false;
};

// Checks every claim of the lesson's steps against `curves` (runLessonSteps of the lesson).
std::vector<ClaimResult> checkLessonClaims(const Lesson& lesson,
                                           const std::vector<RunCurve>& curves);

} // namespace core
