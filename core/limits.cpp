#include "limits.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace core::limits
{

namespace
{

constexpr std::int64_t saturated = std::numeric_limits<std::int64_t>::max();

// a * b + c without overflow (saturating); all >= 0.
std::int64_t mulAdd(std::int64_t a, std::int64_t b, std::int64_t c)
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r) || __builtin_add_overflow(r, c, &r))
        return saturated;
    return r;
}

std::string thousands(std::int64_t v)
{
    std::string digits = std::to_string(v);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), 1, ',');
    return digits;
}

std::string amount(std::int64_t v)
{
    return v == saturated ? std::string("more than 9e18") : thousands(v);
}

std::string shortest(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

} // namespace

std::int64_t parameterCount(std::int64_t inputs, const std::vector<int>& hidden,
                            std::int64_t outputs)
{
    std::int64_t total = 0;
    std::int64_t in = std::max<std::int64_t>(inputs, 0);
    for (int h : hidden) {
        const std::int64_t w = std::max(h, 0);
        total = mulAdd(in + 1, w, total);
        in = w;
    }
    return mulAdd(in + 1, std::max<std::int64_t>(outputs, 0), total);
}

std::int64_t batchWorkspaceValues(std::int64_t rows, std::int64_t inputs,
                                  const std::vector<int>& hidden, std::int64_t outputs)
{
    // Activations of every layer (inputs, hidden, output), deltas of every layer after the
    // input, the targets, the row indices and two numbers per row for a softmax.
    std::int64_t perRow = mulAdd(std::max<std::int64_t>(outputs, 0), 2,
                                 std::max<std::int64_t>(inputs, 0) + 2 + (outputs > 1 ? 2 : 0));
    for (int h : hidden)
        perRow = mulAdd(std::max(h, 0), 2, perRow);
    return mulAdd(std::max<std::int64_t>(rows, 0), perRow, 0);
}

void checkParameters(std::int64_t parameters)
{
    if (parameters > maxParameters)
        throw LimitError(Limit::Parameters, parameters,
                         "the network would have " + amount(parameters) +
                             " parameters, over the parameter limit of " +
                             thousands(maxParameters));
}

void checkRecordedParameters(std::int64_t parameters)
{
    if (parameters > maxRecordedParameters)
        throw LimitError(Limit::RecordedParameters, parameters,
                         "the network has " + amount(parameters) +
                             " parameters, over the recorded weights limit of " +
                             thousands(maxRecordedParameters) + " for the weights in a run record");
}

void checkInputs(std::int64_t inputs)
{
    if (inputs < 1 || inputs > maxInputs)
        throw LimitError(Limit::Inputs, std::max<std::int64_t>(inputs, 0),
                         "the data have " + amount(std::max<std::int64_t>(inputs, 0)) +
                             " input columns; the input limit is 1 to " + thousands(maxInputs));
}

void checkClasses(std::int64_t classes)
{
    if (classes < 2 || classes > maxClasses)
        throw LimitError(Limit::Classes, std::max<std::int64_t>(classes, 0),
                         "the answers name " + amount(std::max<std::int64_t>(classes, 0)) +
                             " classes; the class limit is 2 to " + thousands(maxClasses));
}

void checkBatchWorkspace(std::int64_t rows, std::int64_t inputs, const std::vector<int>& hidden,
                         std::int64_t outputs)
{
    const std::int64_t values = batchWorkspaceValues(rows, inputs, hidden, outputs);
    if (values > maxBatchWorkspaceValues)
        throw LimitError(Limit::BatchWorkspace, values,
                         "a batch of " + thousands(rows) + " rows through this network needs " +
                             amount(values) +
                             " numbers of workspace, over the batch workspace limit of " +
                             thousands(maxBatchWorkspaceValues) +
                             " (a smaller batch size or narrower layers fit)",
                         rows);
}

void checkDataCells(std::int64_t rows, std::int64_t columns)
{
    const std::int64_t cells =
        mulAdd(std::max<std::int64_t>(rows, 0), std::max<std::int64_t>(columns, 0), 0);
    if (cells > maxDataCells)
        throw LimitError(Limit::DataCells, cells,
                         thousands(rows) + " rows of " + thousands(columns) + " columns are " +
                             amount(cells) + " numbers, over the data size limit of " +
                             thousands(maxDataCells) + " (rows × columns)",
                         rows, columns);
}

void checkImagePixels(std::int64_t width, std::int64_t height, double scale)
{
    if (!(scale > 0.0 && scale <= maxImageScale))
        throw LimitError("the image scale must be above 0 and at most the scale limit of " +
                         std::to_string(static_cast<int>(maxImageScale)));
    const double pixels = static_cast<double>(std::max<std::int64_t>(width, 0)) *
                          static_cast<double>(std::max<std::int64_t>(height, 0)) * scale * scale;
    if (pixels > static_cast<double>(maxImagePixels))
        throw LimitError("an image of " + std::to_string(width) + "x" + std::to_string(height) +
                         " at scale " + shortest(scale) + " has " +
                         amount(static_cast<std::int64_t>(std::min(pixels, 9.0e18))) +
                         " pixels, over the image pixel limit of " + thousands(maxImagePixels));
}

void checkKeptUpdates(std::int64_t updates)
{
    if (updates > maxKeptUpdates)
        throw LimitError(Limit::KeptUpdates, updates,
                         "the run would make " + amount(updates) +
                             " weight updates, over the kept updates limit of " +
                             thousands(maxKeptUpdates) + " (every update is kept in memory)");
}

void checkFileBytes(std::int64_t bytes)
{
    if (bytes > maxFileBytes)
        throw LimitError(Limit::FileBytes, bytes,
                         "the file has " + amount(bytes) + " bytes, over the file size limit of " +
                             thousands(maxFileBytes));
}

void checkRecordFileBytes(std::int64_t bytes)
{
    if (bytes > maxRecordFileBytes)
        throw LimitError(Limit::RecordFileBytes, bytes,
                         "the file has " + amount(bytes) +
                             " bytes, over the record size limit of " +
                             thousands(maxRecordFileBytes));
}

std::string excerpt(std::string_view text, std::size_t maxChars)
{
    // Count UTF-8 characters: a byte that continues a sequence belongs to the character before
    // it, up to 4 bytes in all; beyond that (text that is not UTF-8: a run of continuation
    // bytes, found by fuzzing the option reader) every byte counts as a character, so that at
    // most 4 * maxChars bytes are ever quoted.
    std::size_t chars = 0;
    std::size_t charBytes = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80 && charBytes > 0 &&
            charBytes < 4) {
            ++charBytes;
            continue;
        }
        if (chars == maxChars)
            return std::string(text.substr(0, i)) + "\u2026";
        ++chars;
        charBytes = 1;
    }
    return std::string(text);
}

} // namespace core::limits
