// What a strict reader says when it refuses its input, for the damaged-file tests of run records
// and classroom scenarios.
#pragma once

#include "mutate.hpp"

#include <nlohmann/json.hpp>

#include <QString>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>

// The message of the `Error` that `read()` throws, or nothing when it accepts its input (any
// other exception goes on to the test, which then fails).
template <typename Error, typename Read> std::optional<QString> refusal(Read read)
{
    try {
        read();
        return std::nullopt;
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
}

// A good document damaged as a data row of a malformed-file test says: "!garbage" (not JSON),
// "!truncate" (cut after `keep` characters) or a JSON Patch (RFC 6902) applied to it.
inline std::string damaged(const nlohmann::json& good, const QString& patch, std::size_t keep)
{
    if (patch == QLatin1String("!garbage"))
        return "{\"format\": batchlab}";
    if (patch == QLatin1String("!truncate"))
        return good.dump().substr(0, keep);
    return good.patch(nlohmann::json::parse(patch.toStdString())).dump();
}

// Feeds `trials` random small edits of the good text `good` (mutate.hpp) to `read(text)`: how
// many were accepted and how many refused with an `Error` (anything else fails the test).
template <typename Error, typename Read>
std::pair<int, int> acceptedAndRefused(const std::string& good, std::uint32_t seed, Read read,
                                       int trials = 3000)
{
    std::mt19937 rng(seed);
    const std::string alphabet = "0123456789-.eE[]{},:\" nulltrfa";
    std::pair<int, int> counts{0, 0};
    for (int i = 0; i < trials; ++i) {
        const std::string t = mutateText(good, rng, alphabet, 3);
        ++(refusal<Error>([&] { read(t); }) ? counts.second : counts.first);
    }
    return counts;
}
