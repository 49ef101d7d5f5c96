#include "dataset.hpp"

#include "digits.hpp"
#include "limits.hpp"
#include "rng.hpp"

#include <algorithm>
#include <array>
#include <climits>

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace core
{

namespace
{

constexpr double pi = std::numbers::pi;

struct KindInfo {
    DatasetKind kind;
    std::string_view key;
    TaskKind task;
};

constexpr KindInfo kinds[] = {
    {DatasetKind::Moons, "moons", TaskKind::BinaryClassification},
    {DatasetKind::Circles, "circles", TaskKind::BinaryClassification},
    {DatasetKind::Spiral, "spiral", TaskKind::BinaryClassification},
    {DatasetKind::Xor, "xor", TaskKind::BinaryClassification},
    {DatasetKind::Blobs, "blobs", TaskKind::BinaryClassification},
    {DatasetKind::Sine, "sine", TaskKind::Regression},
    {DatasetKind::Polynomial, "polynomial", TaskKind::Regression},
    {DatasetKind::KBlobs, "k-blobs", TaskKind::MultiClassClassification},
    {DatasetKind::KSpiral, "k-spiral", TaskKind::MultiClassClassification},
    {DatasetKind::Digits, "digits", TaskKind::MultiClassClassification},
};

const KindInfo& info(DatasetKind kind)
{
    for (const auto& k : kinds)
        if (k.kind == kind)
            return k;
    throw std::invalid_argument("unknown data set kind");
}

// One sample of a synthetic set; `i` is the row index (used for alternating labels), `picks`
// the rows of the digits table a Digits set shows.
void drawSample(const DataSpec& spec, Rng& rng, int i, const std::vector<int>& picks, double* x,
                double& y)
{
    const double n = spec.noise;
    switch (spec.kind) {
    case DatasetKind::Moons: {
        const int c = i % 2;
        const double t = pi * rng.uniform();
        const double a = c == 0 ? std::cos(t) : 1.0 - std::cos(t);
        const double b = c == 0 ? std::sin(t) : 0.5 - std::sin(t);
        x[0] = a + n * rng.gauss();
        x[1] = b + n * rng.gauss();
        y = c;
        return;
    }
    case DatasetKind::Circles: {
        const int c = i % 2;
        const double t = 2.0 * pi * rng.uniform();
        const double r = c == 0 ? 1.0 : 0.5;
        x[0] = r * std::cos(t) + n * rng.gauss();
        x[1] = r * std::sin(t) + n * rng.gauss();
        y = c;
        return;
    }
    case DatasetKind::Spiral: {
        const int c = i % 2;
        const double u = rng.uniform();
        const double r = 0.1 + 0.9 * u;
        const double t = 3.0 * pi * u + c * pi;
        x[0] = r * std::cos(t) + n * rng.gauss();
        x[1] = r * std::sin(t) + n * rng.gauss();
        y = c;
        return;
    }
    case DatasetKind::Xor: {
        const double a = rng.uniform(-1.0, 1.0);
        const double b = rng.uniform(-1.0, 1.0);
        y = (a > 0.0) != (b > 0.0) ? 1.0 : 0.0;
        x[0] = a + n * rng.gauss();
        x[1] = b + n * rng.gauss();
        return;
    }
    case DatasetKind::Blobs: {
        const int c = i % 2;
        const double centre = c == 0 ? -0.6 : 0.6;
        x[0] = centre + (0.25 + n) * rng.gauss();
        x[1] = centre + (0.25 + n) * rng.gauss();
        y = c;
        return;
    }
    case DatasetKind::Sine: {
        x[0] = rng.uniform();
        y = std::sin(2.0 * pi * x[0]) + n * rng.gauss();
        return;
    }
    case DatasetKind::Polynomial: {
        const double a = rng.uniform(-1.0, 1.0);
        x[0] = a;
        y = 2.0 * a * a * a - a + 0.2 + n * rng.gauss();
        return;
    }
    case DatasetKind::KBlobs: {
        // k blobs on a circle of radius 1, the classes taking turns.
        const int c = i % spec.classes;
        const double angle = 2.0 * pi * c / spec.classes;
        x[0] = std::cos(angle) + (0.2 + n) * rng.gauss();
        x[1] = std::sin(angle) + (0.2 + n) * rng.gauss();
        y = c;
        return;
    }
    case DatasetKind::KSpiral: {
        // k arms of one spiral, turned by 2 pi / k against each other.
        const int c = i % spec.classes;
        const double u = rng.uniform();
        const double r = 0.1 + 0.9 * u;
        const double t = 2.0 * pi * u + 2.0 * pi * c / spec.classes;
        x[0] = r * std::cos(t) + n * rng.gauss();
        x[1] = r * std::sin(t) + n * rng.gauss();
        y = c;
        return;
    }
    case DatasetKind::Digits: {
        // The picture's pixels scaled to 0..1 (x / 16), as Keras users feed them.
        const int row = picks[static_cast<std::size_t>(i)];
        for (int k = 0; k < digits::pixels; ++k)
            x[k] = digits::pixel(row, k) / double(digits::maxPixel);
        y = digits::label(row);
        return;
    }
    }
}

int ownInputs(DatasetKind kind)
{
    if (kind == DatasetKind::Digits)
        return digits::pixels;
    return taskOf(kind) == TaskKind::Regression ? 1 : 2;
}

// The rows of the digits table the two sets show. Each digit's rows are put in an order the seed
// picks; the training set takes the digits in turn (0, 1, ..., 9, 0, ...) from the front of
// these orders, the validation set from the back, skipping rows the training set holds. Both
// are balanced, a row is never in both, and a change of one size keeps the other set (as long
// as the two leave rows of every digit).
std::array<std::vector<int>, 2> pickDigits(const DataSpec& spec)
{
    std::array<std::vector<int>, digits::classes> byDigit;
    for (int r = 0; r < digits::rowCount; ++r)
        byDigit[static_cast<std::size_t>(digits::label(r))].push_back(r);
    Rng rng(spec.seed, 300);
    for (auto& rows : byDigit)
        for (std::size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[static_cast<std::size_t>(rng.below(i))]);
    std::vector<char> used(digits::rowCount, 0);
    const auto take = [&](int n, bool fromFront) {
        std::vector<int> picks;
        std::array<std::size_t, digits::classes> taken{};
        for (int c = 0; static_cast<int>(picks.size()) < n; c = (c + 1) % digits::classes) {
            const auto& rows = byDigit[static_cast<std::size_t>(c)];
            auto& k = taken[static_cast<std::size_t>(c)];
            const auto at = [&] { return rows[fromFront ? k : rows.size() - 1 - k]; };
            while (k < rows.size() && used[static_cast<std::size_t>(at())])
                ++k;
            if (k == rows.size())
                continue; // this digit has no rows left
            used[static_cast<std::size_t>(at())] = 1;
            picks.push_back(at());
            ++k;
        }
        return picks;
    };
    std::vector<int> train = take(spec.nTrain, true);
    return {std::move(train), take(spec.nVal, false)};
}

Dataset drawSet(const DataSpec& spec, int rows, std::uint64_t stream, double labelNoise,
                const std::vector<int>& picks = {})
{
    const TaskKind task = taskOf(spec.kind);
    const int inputs = ownInputs(spec.kind);
    const int classes = generatedClasses(spec);
    Dataset d;
    d.task = task;
    d.x.resize(rows, inputs + spec.extraInputs);
    d.y.resize(rows);
    if (spec.kind == DatasetKind::Digits) {
        for (int c = 0; c < digits::classes; ++c)
            d.classNames.push_back(std::to_string(c));
        d.pictureSide = digits::side;
    }
    Rng rng(spec.seed, stream);
    Rng flips(spec.seed, stream + 100);
    std::array<double, digits::pixels> sample{};
    for (int i = 0; i < rows; ++i) {
        double y = 0.0;
        drawSample(spec, rng, i, picks, sample.data(), y);
        if (task == TaskKind::BinaryClassification && labelNoise > 0.0 &&
            flips.uniform() < labelNoise)
            y = 1.0 - y;
        // k classes: a flipped answer is one of the other classes, each as likely.
        if (task == TaskKind::MultiClassClassification && labelNoise > 0.0 &&
            flips.uniform() < labelNoise)
            y = std::fmod(y + 1.0 + std::floor(flips.uniform() * (classes - 1)), classes);
        for (int j = 0; j < inputs; ++j)
            d.x(i, j) = sample[j];
        d.y(i) = y;
    }
    // Noise columns from a stream of their own: the generator's columns stay as they were.
    if (spec.extraInputs > 0) {
        Rng noise(spec.seed, stream + 200);
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < spec.extraInputs; ++j)
                d.x(i, inputs + j) = noise.gauss();
    }
    return d;
}

} // namespace

Dataset Dataset::slice(int begin, int end) const
{
    Dataset d;
    d.task = task;
    d.classNames = classNames;
    d.pictureSide = pictureSide;
    d.x = x.middleRows(begin, end - begin);
    d.y = y.segment(begin, end - begin);
    return d;
}

std::string_view datasetKey(DatasetKind kind)
{
    return info(kind).key;
}

bool parseDatasetKind(std::string_view key, DatasetKind& out)
{
    for (const auto& k : kinds)
        if (k.key == key) {
            out = k.kind;
            return true;
        }
    return false;
}

TaskKind taskOf(DatasetKind kind)
{
    return info(kind).task;
}

const std::vector<DatasetKind>& allDatasetKinds()
{
    static const std::vector<DatasetKind> all = [] {
        std::vector<DatasetKind> v;
        for (const auto& k : kinds)
            v.push_back(k.kind);
        return v;
    }();
    return all;
}

namespace
{

// The classes a task has whatever the data: 0 (regression), 2 (binary), or -1 (k classes,
// counted from the data or the generator).
int fixedClassCount(TaskKind task)
{
    switch (task) {
    case TaskKind::Regression:
        return 0;
    case TaskKind::BinaryClassification:
        return 2;
    case TaskKind::MultiClassClassification:
        break;
    }
    return -1;
}

} // namespace

int classCount(const Dataset& d)
{
    if (const int fixed = fixedClassCount(d.task); fixed >= 0)
        return fixed;
    if (!d.classNames.empty())
        return static_cast<int>(std::min<std::size_t>(d.classNames.size(), INT_MAX));
    const double top = d.y.size() > 0 ? d.y.maxCoeff() : 1.0;
    return std::isfinite(top) && top >= 1.0 && top < INT_MAX ? static_cast<int>(top) + 1 : 2;
}

int classCount(const DataSplit& d)
{
    return std::max(classCount(d.train), d.val.rows() > 0 ? classCount(d.val) : 0);
}

int generatedInputs(const DataSpec& spec)
{
    return ownInputs(spec.kind) + spec.extraInputs;
}

bool hasClassSetting(DatasetKind kind)
{
    return kind == DatasetKind::KBlobs || kind == DatasetKind::KSpiral;
}

bool usesNoise(DatasetKind kind)
{
    return kind != DatasetKind::Digits;
}

int generatedClasses(const DataSpec& spec)
{
    if (spec.kind == DatasetKind::Digits)
        return digits::classes;
    const int fixed = fixedClassCount(taskOf(spec.kind));
    return fixed >= 0 ? fixed : spec.classes;
}

DataSplit generate(const DataSpec& spec)
{
    if (hasClassSetting(spec.kind) &&
        (spec.classes < minGeneratedClasses || spec.classes > maxGeneratedClasses))
        throw std::invalid_argument("a generated set has " + std::to_string(minGeneratedClasses) +
                                    " to " + std::to_string(maxGeneratedClasses) + " classes");
    const int maxExtra = limits::maxInputs - ownInputs(spec.kind);
    if (spec.extraInputs < 0 || spec.extraInputs > maxExtra)
        throw std::invalid_argument("extra inputs must be between 0 and " +
                                    std::to_string(maxExtra));
    limits::checkDataCells(static_cast<std::int64_t>(std::max(spec.nTrain, 0)) +
                               std::max(spec.nVal, 0),
                           static_cast<std::int64_t>(generatedInputs(spec)) + 1);
    if (spec.nTrain < 1)
        throw std::invalid_argument("the training set needs at least one row");
    if (spec.nVal < 0)
        throw std::invalid_argument("the validation set size cannot be negative");
    if (!(spec.noise >= 0.0) || !std::isfinite(spec.noise))
        throw std::invalid_argument("noise must be a finite number >= 0");
    if (!(spec.labelNoise >= 0.0 && spec.labelNoise <= 0.5))
        throw std::invalid_argument("label noise must be between 0 and 0.5");
    // With a clean new exam the label noise flips training answers only.
    const double valNoise = spec.cleanValidation ? 0.0 : spec.labelNoise;
    if (spec.kind == DatasetKind::Digits) {
        if (std::int64_t(spec.nTrain) + spec.nVal > digits::rowCount)
            throw std::invalid_argument(
                "the digits are " + std::to_string(digits::rowCount) +
                " pictures: the training and validation sets together can hold at most that many");
        const auto picks = pickDigits(spec);
        return {drawSet(spec, spec.nTrain, 0, spec.labelNoise, picks[0]),
                drawSet(spec, spec.nVal, 1, valNoise, picks[1])};
    }
    return {drawSet(spec, spec.nTrain, 0, spec.labelNoise), drawSet(spec, spec.nVal, 1, valNoise)};
}

namespace
{

Dataset taskSet(char task, std::uint32_t seed)
{
    constexpr int n = 100;
    TaskLcg rng(seed);
    Dataset d;
    if (task == 'R') {
        d.task = TaskKind::Regression;
        d.x.resize(n, 1);
        d.y.resize(n);
        for (int i = 0; i < n; ++i) {
            const double x = rng.uniform();
            const double g = rng.gauss();
            d.x(i, 0) = x;
            d.y(i) = quantize20(std::sin((2.0 * pi) * x) + 0.1 * g);
        }
    } else {
        d.task = TaskKind::BinaryClassification;
        d.x.resize(n, 2);
        d.y.resize(n);
        for (int i = 0; i < n; ++i) {
            const int c = i % 2;
            const double theta = pi * rng.uniform();
            const double gx = rng.gauss();
            const double gy = rng.gauss();
            const double a = c == 0 ? std::cos(theta) : 1.0 - std::cos(theta);
            const double b = c == 0 ? std::sin(theta) : 0.5 - std::sin(theta);
            d.x(i, 0) = quantize20(a + 0.1 * gx);
            d.x(i, 1) = quantize20(b + 0.1 * gy);
            d.y(i) = c;
        }
    }
    return d;
}

} // namespace

DataSplit taskData(char task)
{
    if (task == 'R')
        return {taskSet('R', 1001), taskSet('R', 1002)};
    if (task == 'C')
        return {taskSet('C', 2001), taskSet('C', 2002)};
    throw std::invalid_argument("task must be R or C");
}

int rowsBeforeSplit(int rows, double validationSplit)
{
    // Outside (0, 1) (or NaN) the product below could leave int's range.
    if (!(validationSplit > 0.0 && validationSplit < 1.0))
        throw std::invalid_argument("validation_split must be between 0 and 1 (exclusive)");
    return static_cast<int>(std::floor(rows * (1.0 - validationSplit)));
}

DataSplit splitValidation(const Dataset& all, double validationSplit)
{
    if (!(validationSplit > 0.0 && validationSplit < 1.0))
        throw std::invalid_argument("validation_split must be between 0 and 1 (exclusive)");
    const int n = all.rows();
    const int splitAt = rowsBeforeSplit(n, validationSplit);
    if (splitAt == 0 || splitAt == n)
        throw std::invalid_argument("validation_split " + std::to_string(validationSplit) +
                                    " leaves the training or the validation part empty for " +
                                    std::to_string(n) + " rows");
    return {all.slice(0, splitAt), all.slice(splitAt, n)};
}

SplitClasses splitClasses(const Dataset& all, double validationSplit)
{
    SplitClasses out;
    const int n = all.rows();
    if (!isClassification(all.task) || !(validationSplit > 0.0 && validationSplit < 1.0))
        return out;
    const int splitAt = rowsBeforeSplit(n, validationSplit);
    if (splitAt == 0 || splitAt == n)
        return out;
    const int k = classCount(all);
    std::vector<int> practised(static_cast<std::size_t>(k), 0), examined(practised);
    for (int i = 0; i < n; ++i) {
        const double y = all.y(i);
        if (!(y >= 0.0 && y < k))
            continue;
        ++(i < splitAt ? practised : examined)[static_cast<std::size_t>(y)];
    }
    // Only what shuffled rows would hardly ever give (a chance below 1 %): a small file may miss
    // a class in its last rows by chance, a sorted one misses it for certain. For a class of m
    // rows, the chance that all of them fall in the `held` rows out of n.
    const int held = n - splitAt;
    const auto allWithin = [n](int m, int rows) {
        double p = 1.0;
        for (int i = 0; i < m && p > 0.0; ++i)
            p *= double(std::max(rows - i, 0)) / double(n - i);
        return p;
    };
    constexpr double unlikely = 0.01;
    for (int c = 0; c < k; ++c) {
        const int p = practised[static_cast<std::size_t>(c)];
        const int e = examined[static_cast<std::size_t>(c)];
        if (p == 0 && e > 0 && allWithin(e, held) < unlikely)
            out.notPractised.push_back(c);
        if (e == 0 && p > 0 && allWithin(p, splitAt) < unlikely)
            out.notExamined.push_back(c);
    }
    return out;
}

} // namespace core
