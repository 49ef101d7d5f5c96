// Data sets: a matrix of inputs (one sample per row) with a column of targets.
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core
{

// Binary: y is 0/1, one output unit (sigmoid, binary cross-entropy). MultiClass: y is the class
// index 0..k-1, k output units (softmax, sparse categorical cross-entropy). Regression: y is real.
enum class TaskKind { Regression, BinaryClassification, MultiClassClassification };

inline bool isClassification(TaskKind t)
{
    return t != TaskKind::Regression;
}

struct Dataset {
    Eigen::MatrixXd x; // N x inputs
    Eigen::VectorXd y; // N targets (0/1 for classification)
    TaskKind task = TaskKind::Regression;
    // Classification: the name of each class, indexed by its value in y (empty: the numbers
    // themselves name the classes).
    std::vector<std::string> classNames;
    // When > 0: the first pictureSide^2 inputs are a picture of pictureSide x pictureSide
    // pixels, row by row, 0 (blank) to 1 (ink), as the digits are; views may draw it.
    int pictureSide = 0;

    int rows() const { return static_cast<int>(x.rows()); }
    int inputs() const { return static_cast<int>(x.cols()); }
    // Rows [begin, end) as a new data set (with the task and the class names).
    Dataset slice(int begin, int end) const;
};

// The number of classes: 2 for binary classification; for k classes the number of class names,
// or (without names) the largest class index + 1 (at least 2); 0 for regression.
int classCount(const Dataset& d);

// A training set and its validation set (may have zero rows when none is used).
struct DataSplit {
    Dataset train;
    Dataset val;
};

// The larger of the two parts' class counts (a class may be missing from one part).
int classCount(const DataSplit& d);

// KBlobs and KSpiral have DataSpec::classes classes (k blobs on a circle, a k-arm spiral).
// Digits: the bundled handwritten digits (core/digits.hpp), 64 inputs, 10 classes "0".."9".
enum class DatasetKind {
    Moons,
    Circles,
    Spiral,
    Xor,
    Blobs,
    Sine,
    Polynomial,
    KBlobs,
    KSpiral,
    Digits
};

std::string_view datasetKey(DatasetKind kind);
bool parseDatasetKind(std::string_view key, DatasetKind& out);
TaskKind taskOf(DatasetKind kind);
const std::vector<DatasetKind>& allDatasetKinds();

// A synthetic data set. Training and validation rows come from two independent streams of the
// same seed, so changing nTrain keeps the validation set as it was.
struct DataSpec {
    DatasetKind kind = DatasetKind::Moons;
    int nTrain = 100;
    int nVal = 100;
    double noise = 0.1;      // input noise (classification) or target noise (regression)
    double labelNoise = 0.0; // classification: probability of flipping a label
    // The label noise flips answers of the training set only: the new exam's answer sheet is
    // right (what a careless practice book against a well-checked exam looks like).
    bool cleanValidation = false;
    std::uint64_t seed = 1;
    int classes = 3;     // KBlobs, KSpiral: the number of classes (minClasses..maxClasses)
    int extraInputs = 0; // input columns of pure noise (N(0, 1)) after the generator's own
    bool operator==(const DataSpec&) const = default;
};

// The generators' range of classes (KBlobs, KSpiral).
inline constexpr int minGeneratedClasses = 3;
inline constexpr int maxGeneratedClasses = 10;
// Input columns of a generated set: the generator's own (1, 2, or 64 for digits) plus
// spec.extraInputs.
int generatedInputs(const DataSpec& spec);
// Classes of a generated set (0: regression).
int generatedClasses(const DataSpec& spec);
// Whether DataSpec::classes sets the number of classes (KBlobs, KSpiral).
bool hasClassSetting(DatasetKind kind);
// Whether DataSpec::noise changes the data (every kind but Digits, whose pictures are as drawn).
bool usesNoise(DatasetKind kind);
// Digits: the sizes a new digits exam starts from (the handout's 100 practice questions, 10 of
// each digit, and 500 others as the new exam).
inline constexpr int digitsTrainRows = 100;
inline constexpr int digitsValRows = 500;

// Throws std::invalid_argument for sizes < 1 (training) or < 0 (validation), bad noise, classes
// outside the generators' range, extra inputs beyond limits::maxInputs in all, or (digits) more
// rows in the two sets than there are pictures.
// Digits: the seed picks which pictures the two sets hold (balanced, never a picture in both).
DataSplit generate(const DataSpec& spec);

// The two tasks of ../shared/peers/task.md, bit for bit ('R' sine regression, 'C' two moons).
DataSplit taskData(char task);

// Keras validation_split: the LAST N - floor(N(1-v)) rows become validation, before shuffling.
// Throws std::invalid_argument when v is outside (0, 1) or a part would be empty.
// Rows that stay for training when the last part of `rows` is held back (Keras's
// validation_split: floor(rows * (1 - split))).
int rowsBeforeSplit(int rows, double validationSplit);
DataSplit splitValidation(const Dataset& all, double validationSplit);

// Classification rows split as validation_split splits them: the classes the practice rows
// never show (the model cannot learn them, yet the new exam asks them) and those the new exam
// never asks, where shuffled rows would do so with a chance under 1 % (Iris as published).
// Empty for regression, a fraction outside (0, 1) or a part that would be empty.
struct SplitClasses {
    std::vector<int> notPractised;
    std::vector<int> notExamined;
};
SplitClasses splitClasses(const Dataset& all, double validationSplit);

} // namespace core
