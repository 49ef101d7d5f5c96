// Random small edits of a text (a character replaced, removed or inserted, from an alphabet of
// characters that matter to the format), for tests that feed damaged files to a reader.
#pragma once

#include <random>
#include <string>
#include <string_view>

inline std::string mutateText(std::string t, std::mt19937& rng, std::string_view alphabet,
                              unsigned maxEdits)
{
    for (unsigned e = 0, edits = 1 + rng() % maxEdits; e < edits; ++e) {
        if (t.empty())
            t.push_back(alphabet.front());
        const std::size_t at = rng() % t.size();
        const char c = alphabet[rng() % alphabet.size()];
        switch (rng() % 3) {
        case 0:
            t[at] = c;
            break;
        case 1:
            t.erase(at, 1);
            break;
        default:
            t.insert(at, 1, c);
        }
    }
    return t;
}
