#include "lesson_sweep.hpp"

#include "key_table.hpp"

#include <array>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace core
{

namespace
{

constexpr KeyTable<LessonMeter, 2> meterKeys{{
    {LessonMeter::Noise, "noise"},
    {LessonMeter::Cost, "cost"},
}};

constexpr KeyTable<MeterClaim, 5> claimKeys{{
    {MeterClaim::NoiseFalls, "noise_falls"},
    {MeterClaim::NoiseZeroAtN, "noise_zero_at_n"},
    {MeterClaim::NoiseFollowsFormula, "noise_follows_formula"},
    {MeterClaim::BytesGrow, "bytes_grow"},
    {MeterClaim::UpdatesPerEpochFall, "updates_per_epoch_fall"},
}};

std::string show(double v)
{
    std::ostringstream s;
    s.precision(4);
    s << v;
    return s.str();
}

} // namespace

SweepSpec lessonSweepSpec(const RunSettings& settings, const LessonSweep& sweep)
{
    SweepSpec s;
    s.base = specOf(settings);
    s.parameter = SweepParameter::BatchSize;
    s.values = sweep.batchSizes;
    s.seeds = sweep.seeds;
    return s;
}

bool parseSweepColumn(std::string_view key, SweepColumn& out)
{
    for (int c = 0; c < sweepColumnCount; ++c)
        if (key == sweepColumnKey(SweepColumn(c))) {
            out = SweepColumn(c);
            return true;
        }
    return false;
}

double sweepExtremeAt(const std::vector<SweepSummaryRow>& rows, SweepColumn column, bool highest)
{
    double at = std::numeric_limits<double>::quiet_NaN();
    double best = 0.0;
    for (const SweepSummaryRow& r : rows) {
        const SweepStat& s = r[column];
        if (s.n == 0 || !std::isfinite(s.mean))
            continue;
        if (std::isnan(at) || (highest ? s.mean > best : s.mean < best)) {
            at = r.value;
            best = s.mean;
        }
    }
    return at;
}

bool sweepClaimHolds(const SweepClaim& c, const std::vector<SweepSummaryRow>& rows,
                     std::string* why)
{
    const std::string column = sweepColumnKey(c.column);
    const auto say = [&](const std::string& s) {
        if (why)
            *why = column + ": " + s;
        return false;
    };
    if (rows.empty())
        return say("the sweep has no results");
    switch (c.kind) {
    case SweepClaim::Kind::LowestAt:
    case SweepClaim::Kind::HighestAt: {
        const bool highest = c.kind == SweepClaim::Kind::HighestAt;
        const double at = sweepExtremeAt(rows, c.column, highest);
        if (at == c.number)
            return true;
        return say(std::string(highest ? "highest" : "lowest") + " mean at batch size " + show(at) +
                   ", not " + show(c.number));
    }
    case SweepClaim::Kind::AllAbove:
    case SweepClaim::Kind::AllBelow:
        for (const SweepSummaryRow& r : rows) {
            const double m = r[c.column].mean;
            const bool ok = c.kind == SweepClaim::Kind::AllAbove ? m > c.number : m < c.number;
            if (!(r[c.column].n > 0 && ok))
                return say("mean " + show(m) + " at batch size " + show(r.value));
        }
        return true;
    case SweepClaim::Kind::SpreadBelow: {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const SweepSummaryRow& r : rows) {
            if (r[c.column].n == 0)
                return say("no mean at batch size " + show(r.value));
            lo = std::min(lo, r[c.column].mean);
            hi = std::max(hi, r[c.column].mean);
        }
        if (hi - lo < c.number)
            return true;
        return say("the means spread over " + show(hi - lo));
    }
    }
    return say("unknown claim");
}

std::vector<SweepSummaryRow> lessonSweepSummary(const RunSettings& settings,
                                                const LessonSweep& sweep, int jobs)
{
    const std::vector<SweepRun> plan = planSweep(lessonSweepSpec(settings, sweep));
    const std::vector<double> values = sweepValues(plan);
    std::vector<SweepRunResult> results;
    std::string error;
    SweepRunner runner(plan, jobs);
    runner.run([&](const SweepRunResult& r) { // calls are serialised
        if (!r.ok() && error.empty())
            error = r.error;
        results.push_back(r);
        results.back().run = {}; // only the numbers are needed
    });
    if (!error.empty())
        throw std::runtime_error("a run of the sweep failed: " + error);
    return summarizeSweep(values, results);
}

std::int64_t sweepBestBatchSize(const std::vector<SweepSummaryRow>& summary)
{
    const double best = sweepExtremeAt(summary, SweepColumn::BestValLoss, false);
    if (!std::isfinite(best))
        throw std::runtime_error("no run of the sweep has a validation loss");
    return std::int64_t(best);
}

std::int64_t sweepBestBatchSize(const RunSettings& settings, const LessonSweep& sweep, int jobs)
{
    return sweepBestBatchSize(lessonSweepSummary(settings, sweep, jobs));
}

std::string_view lessonMeterKey(LessonMeter m)
{
    return keyOf(meterKeys, m);
}

bool parseLessonMeter(std::string_view key, LessonMeter& out)
{
    return parseKey(meterKeys, key, out);
}

std::string_view meterClaimKey(MeterClaim c)
{
    return keyOf(claimKeys, c);
}

bool parseMeterClaim(std::string_view key, MeterClaim& out)
{
    return parseKey(claimKeys, key, out);
}

} // namespace core
