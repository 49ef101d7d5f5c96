// A structure-aware mutator for the JSON harnesses (libFuzzer's LLVMFuzzerCustomMutator): most
// of the time it parses the input, changes one value of the document (a number to a neighbour or
// to an edge value, a boolean, a string to a word of the format, an array element or an object
// key removed, duplicated or added, a value replaced by a copy of another) and writes it back,
// so that the mutated documents stay JSON and many of them are accepted by the reader (its
// round trip then runs). Otherwise, and for input that is not JSON, libFuzzer's own byte
// mutations. Only in the libFuzzer build (BATCHLAB_LIBFUZZER): the replay programs do not mutate.
#pragma once

#ifdef BATCHLAB_LIBFUZZER

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t maxSize);

namespace fuzz_json
{

using Json = nlohmann::ordered_json;

inline void collect(Json& j, std::vector<Json*>& out, int depth = 0)
{
    out.push_back(&j);
    if (depth > 64)
        return;
    if (j.is_object())
        for (auto& item : j.items())
            collect(item.value(), out, depth + 1);
    else if (j.is_array())
        for (Json& v : j)
            collect(v, out, depth + 1);
}

inline Json numberNear(const Json& n, std::mt19937& rng)
{
    static const double edges[] = {0.0,   -0.0,  1.0,    -1.0, 0.5,    2.0,     1e-12, 1e-300,
                                   1e300, 1e308, -1e308, 4096, 4097.0, 65536.0, 1e6,   1e7};
    static const std::int64_t ints[] = {
        0,         1,         -1,        2,
        3,         16,        17,        4096,
        4097,      100000,    1000000,   1 << 30,
        1LL << 31, 1LL << 40, 1LL << 53, std::numeric_limits<std::int64_t>::max()};
    if (n.is_number_integer() || n.is_number_unsigned()) {
        const std::int64_t v = n.is_number_unsigned() ? std::int64_t(n.get<std::uint64_t>() >> 1)
                                                      : n.get<std::int64_t>();
        switch (rng() % 6) {
        case 5:
            return v;
        case 0: // wrapping on purpose, in unsigned arithmetic
            return std::int64_t(std::uint64_t(v) + 1);
        case 1:
            return std::int64_t(std::uint64_t(v) - 1);
        case 2:
            return std::int64_t(std::uint64_t(v) * 2);
        case 3:
            return std::numeric_limits<std::uint64_t>::max() - rng() % 3;
        default:
            return ints[rng() % std::size(ints)];
        }
    }
    const double v = n.get<double>();
    switch (rng() % 6) {
    case 0:
        return v * 10.0;
    case 1:
        return v / 10.0;
    case 2:
        return -v;
    case 3:
        return edges[rng() % std::size(edges)];
    default: // a neighbour of the same size
        return v * (0.5 + double(rng() % 1000) / 1000.0);
    }
}

inline std::size_t mutate(std::uint8_t* data, std::size_t size, std::size_t maxSize, unsigned seed,
                          const std::vector<std::string>& words)
{
    std::mt19937 rng(seed);
    Json doc = Json::parse(data, data + size, nullptr, false);
    // Byte mutations rarely: their children are mostly not JSON any more.
    if (doc.is_discarded() || rng() % 32 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::vector<Json*> nodes;
    collect(doc, nodes);
    for (unsigned edits = 1 + rng() % 2, e = 0; e < edits; ++e) {
        Json& n = *nodes[rng() % nodes.size()];
        const Json other = *nodes[rng() % nodes.size()];
        const std::string& word = words[rng() % words.size()];
        switch (rng() % 10) {
        case 0:
            n = other; // a copy of another value
            break;
        case 1:
            if (n.is_object() && !n.empty() && rng() % 2)
                n.erase(std::next(n.begin(), std::ptrdiff_t(rng() % n.size())).key());
            else if (n.is_object())
                n[word] = other;
            else if (n.is_array() && !n.empty() && rng() % 2)
                n.erase(std::size_t(rng() % n.size()));
            else if (n.is_array())
                n.push_back(n.empty() ? other : n[rng() % n.size()]);
            else
                n = word;
            break;
        default:
            if (n.is_number())
                n = numberNear(n, rng);
            else if (n.is_boolean())
                n = !n.get<bool>();
            else if (n.is_string())
                n = word;
            else if (n.is_null())
                n = 0;
            break;
        }
        nodes.clear();
        collect(doc, nodes); // the edit may have changed the tree
    }
    const std::string out = doc.dump();
    if (out.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}

} // namespace fuzz_json

#define BATCHLAB_JSON_MUTATOR(words)                                                               \
    extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,           \
                                                   std::size_t maxSize, unsigned seed)             \
    {                                                                                              \
        return fuzz_json::mutate(data, size, maxSize, seed, words);                                \
    }
#else
#define BATCHLAB_JSON_MUTATOR(words)
#endif
