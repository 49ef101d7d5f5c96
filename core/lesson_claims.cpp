#include "lesson_claims.hpp"

#include "trainer.hpp"

#include <memory>

namespace core
{

Lesson withSeedsShifted(const Lesson& lesson, std::uint64_t shift)
{
    Lesson l = lesson;
    const auto move = [shift](RunSettings& s) {
        s.initSeed += shift;
        s.train.shuffleSeed += shift;
    };
    move(l.settings);
    for (LessonStep& step : l.steps)
        move(step.settings);
    move(l.check.settings);
    return l;
}

namespace
{

// A run as a lesson step trains it: one update at a time, recorded per epoch.
struct StepRun {
    explicit StepRun(const RunSettings& s)
    {
        const DataSplit data = s.makeData();
        trainer = std::make_unique<Trainer>(s.makeInitialNetwork(), data.train, data.val, s.train);
    }
    std::unique_ptr<Trainer> trainer;
    CurveRecorder curve;
};

} // namespace

std::vector<RunCurve> runLessonSteps(const Lesson& lesson)
{
    std::vector<RunCurve> curves;
    std::unique_ptr<StepRun> run;
    for (const LessonStep& step : lesson.steps) {
        if (step.target.runs() && (step.restart || !run))
            run = std::make_unique<StepRun>(step.settings);
        if (step.target.runs()) {
            const std::int64_t until = step.target.pauseAfterUpdate(step.settings);
            while (!run->trainer->finished() && run->trainer->updatesDone() < until)
                run->trainer->step(&run->curve);
        }
        curves.push_back(run ? run->curve.curve() : RunCurve{});
    }
    return curves;
}

std::vector<ClaimResult> checkLessonClaims(const Lesson& lesson,
                                           const std::vector<RunCurve>& curves)
{
    std::vector<ClaimResult> out;
    for (std::size_t i = 0; i < lesson.steps.size() && i < curves.size(); ++i) {
        const StepExpectation& e = lesson.steps[i].expect;
        const RunCurve& curve = curves[i];
        const int step = int(i) + 1;
        const auto exact = [&](const char* what, std::optional<int> stated, int got) {
            if (!stated)
                return;
            ClaimResult r{
                step, std::string(what) + " " + std::to_string(*stated), got == *stated, {}, true};
            if (!r.holds)
                r.why = std::string(what) + " " + std::to_string(got);
            out.push_back(std::move(r));
        };
        const EpochInfo* last = curve.epochs.empty() ? nullptr : &curve.epochs.back();
        exact("best epoch", e.bestEpoch, last ? last->bestEpoch : -1);
        exact("stopped after epoch", e.stoppedEpoch, last ? last->epoch : -1);
        for (const ShapeCheck& c : e.shapes) {
            const RunCurve* other = c.thanStep > 0 && std::size_t(c.thanStep) <= curves.size()
                                        ? &curves[std::size_t(c.thanStep - 1)]
                                        : &curve;
            ClaimResult r{step, c.says.empty() ? describe(c) : c.says, false,
                          checkShape(c, curve, other), c.lessonSeedOnly};
            r.holds = r.why.empty();
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace core
