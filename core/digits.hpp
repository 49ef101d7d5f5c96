// The handwritten digits BatchLab ships: 1,797 pictures of 8x8 pixels (0..16) with the digit
// each shows. Source and licence: UCI "Optical Recognition of Handwritten Digits" (E. Alpaydin,
// C. Kaynak, 1998), CC BY 4.0; the bundled file is resources/data/digits.csv.gz and the array
// below is generated from it by scripts/make_digits.py (docs/ARCHITECTURE.md, "Digits").
#pragma once

#include <string_view>

namespace core::digits
{

inline constexpr int rowCount = 1'797;
inline constexpr int side = 8;
inline constexpr int pixels = side * side;
inline constexpr int classes = 10;
inline constexpr int maxPixel = 16;

// One string per row: 64 base-17 digits (0-9, A-G) for the pixels row by row, the answer as a
// decimal digit last. Generated (core/digits_data.cpp).
extern const char encodedRows[rowCount][pixels + 2];

// Pixel k (0..63, row by row) of picture `row`, 0..16.
inline int pixel(int row, int k)
{
    const char c = encodedRows[row][k];
    return c <= '9' ? c - '0' : c - 'A' + 10;
}

// The digit picture `row` shows (0..9).
inline int label(int row)
{
    return encodedRows[row][pixels] - '0';
}

// One line for a run record, the About box and the command line's help.
inline constexpr std::string_view attribution =
    "Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998), UCI Machine "
    "Learning Repository, https://doi.org/10.24432/C50P49, CC BY 4.0";

} // namespace core::digits
