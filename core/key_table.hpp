// The words of an enum in BatchLab's files and command line ("val_loss", "sweep_best_batch_size",
// ...): one table per enum, read and written by the two functions below.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace core
{

template <typename E, std::size_t K> using KeyTable = std::array<std::pair<E, std::string_view>, K>;

// The word of `e` (the table's first word when `e` is not in it).
template <typename E, std::size_t K>
constexpr std::string_view keyOf(const KeyTable<E, K>& table, E e)
{
    for (const auto& [value, key] : table)
        if (value == e)
            return key;
    return table[0].second;
}

// The value of `key`; false (and `out` unchanged) when the table has no such word.
template <typename E, std::size_t K>
constexpr bool parseKey(const KeyTable<E, K>& table, std::string_view key, E& out)
{
    for (const auto& [value, word] : table)
        if (word == key) {
            out = value;
            return true;
        }
    return false;
}

} // namespace core
