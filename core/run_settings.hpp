// Everything that defines a run, as one value: data, validation, model, initial weights and
// training. The window, the command line and the tests build runs from it.
#pragma once

#include "dataset.hpp"
#include "network.hpp"
#include "trainer.hpp"

#include <cstdint>
#include <vector>

namespace core
{

enum class ValidationMode { SeparateSet, Split };

struct RunSettings {
    DataSpec data;
    ValidationMode validation = ValidationMode::SeparateSet;
    double validationSplit = 0.2; // used with ValidationMode::Split
    std::vector<int> hidden{64, 64};
    Activation activation = Activation::Tanh;
    std::uint64_t initSeed = 1;
    TrainConfig train;
    bool operator==(const RunSettings&) const = default;

    NetworkSpec networkSpec() const;
    // Training and validation rows (generating the data and applying the split).
    DataSplit makeData() const;
    // The network with its Glorot-initialised weights (from initSeed).
    Network makeInitialNetwork() const;
    // Rows used for training after any validation split (what N means for batches).
    int trainingRows() const;
    // Throws std::invalid_argument with a reason when the settings cannot train.
    void validate() const;
};

// The default run: a small, noisy two-moons set and a large network trained long enough for
// the validation loss to turn up while the training loss keeps falling (overfitting).
RunSettings overfitPreset();

} // namespace core
