// A stack of dense layers in Keras's row-vector convention: a batch is a matrix with one sample
// per row, layer l has W_l of shape [n_in][n_out] and b_l of length n_out, Z = H W + 1 b^T.
// All parameters live in one contiguous vector (W1, b1, W2, b2, ...), so an optimizer updates
// them with one vectorised expression; W_l and b_l are views into it.
#pragma once

#include "dataset.hpp"

#include <Eigen/Core>

#include <cstdint>
#include <string_view>
#include <vector>

namespace core
{

enum class Activation { Tanh, Relu, Sigmoid, Linear };

std::string_view activationKey(Activation a);
bool parseActivation(std::string_view key, Activation& out);

// The output layer has no activation of its own: for regression its one unit is the
// prediction (loss: mean squared error), for binary classification its one unit is the logit z
// and the probability is sigmoid(z) (loss: binary cross-entropy on the logit), for k classes its
// k units are the logits and the probabilities their softmax (loss: sparse categorical
// cross-entropy, the mean over the batch of logsumexp(z) - z_y, as Keras and PyTorch's
// CrossEntropyLoss compute it).
struct NetworkSpec {
    int inputs = 2;
    std::vector<int> hidden{16, 16};
    Activation activation = Activation::Tanh;
    TaskKind task = TaskKind::BinaryClassification;
    int classes = 2; // MultiClassClassification: k (the output units); ignored otherwise
    bool operator==(const NetworkSpec&) const = default;

    int outputs() const { return task == TaskKind::MultiClassClassification ? classes : 1; }
};

class Network
{
public:
    using MatrixMap = Eigen::Map<Eigen::MatrixXd>;
    using ConstMatrixMap = Eigen::Map<const Eigen::MatrixXd>;
    using VectorMap = Eigen::Map<Eigen::VectorXd>;
    using ConstVectorMap = Eigen::Map<const Eigen::VectorXd>;

    // All parameters zero. Throws std::invalid_argument for widths < 1, LimitError for inputs or
    // classes outside their limits (core/limits.hpp), before allocating.
    explicit Network(const NetworkSpec& spec);

    // Keras GlorotUniform for every W (limit sqrt(6 / (n_in + n_out))), zero biases.
    void initGlorot(std::uint64_t seed);
    // task.md §4: quantised Glorot from the task's LCG stream, zero biases.
    void initTaskLcg(std::uint32_t seed);

    const NetworkSpec& spec() const { return spec_; }
    int layerCount() const { return static_cast<int>(layers_.size()); }
    int layerInputs(int l) const { return layers_[l].in; }
    int layerOutputs(int l) const { return layers_[l].out; }
    // Widths n_0 (inputs), n_1, ..., n_L (= spec().outputs()).
    std::vector<int> widths() const;
    Activation layerActivation(int l) const;

    MatrixMap weights(int l)
    {
        return {params_.data() + layers_[l].wOffset, layers_[l].in, layers_[l].out};
    }
    ConstMatrixMap weights(int l) const
    {
        return {params_.data() + layers_[l].wOffset, layers_[l].in, layers_[l].out};
    }
    VectorMap bias(int l) { return {params_.data() + layers_[l].bOffset, layers_[l].out}; }
    ConstVectorMap bias(int l) const
    {
        return {params_.data() + layers_[l].bOffset, layers_[l].out};
    }

    // Views of the same layout into another vector of parameterCount() entries (gradients).
    MatrixMap weightsIn(Eigen::VectorXd& flat, int l) const
    {
        return {flat.data() + layers_[l].wOffset, layers_[l].in, layers_[l].out};
    }
    VectorMap biasIn(Eigen::VectorXd& flat, int l) const
    {
        return {flat.data() + layers_[l].bOffset, layers_[l].out};
    }

    Eigen::VectorXd& parameters() { return params_; }
    const Eigen::VectorXd& parameters() const { return params_; }
    Eigen::Index parameterCount() const { return params_.size(); }

    // Output before any sigmoid (prediction or logit), one row per input row. Allocates: for
    // plots and checks, not for the training loop (see Workspace). Throws std::invalid_argument
    // when x does not have spec().inputs columns.
    Eigen::VectorXd predictRaw(const Eigen::MatrixXd& x) const;
    // Every output unit before any sigmoid or softmax: rows of x by outputs.
    Eigen::MatrixXd predictOutputs(const Eigen::MatrixXd& x) const;

private:
    struct Layer {
        int in = 0;
        int out = 0;
        Eigen::Index wOffset = 0;
        Eigen::Index bOffset = 0;
    };
    NetworkSpec spec_;
    std::vector<Layer> layers_;
    Eigen::VectorXd params_;
};

class TrainingControl;

// Preallocated buffers for forward and backward passes over up to maxRows rows at a time.
// Nothing in forward/backward allocates: every matrix is a Map of a buffer made here.
class Workspace
{
public:
    Workspace(const Network& net, int maxRows);

    int maxRows() const { return maxRows_; }

    // Mean loss over rows `rows` of (x, y) (batch gather included); fills `grad` (parameterCount
    // entries) with dL/dtheta when grad is not null. `rows.size()` must be <= maxRows().
    double lossAndGradient(const Network& net, const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                           const int* rows, int count, Eigen::VectorXd* grad);

    // Mean loss over all rows of (x, y), taken in chunks of maxRows(); with `correct`, also the
    // number of correctly classified rows (classification only). With `stop`, a cancelled run
    // ends the evaluation between chunks (the result is then NaN).
    double evaluate(const Network& net, const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                    int* correct = nullptr, const TrainingControl* stop = nullptr);

private:
    void forward(const Network& net, int rows);
    double lossTerm(int rows, bool wantGradient, int* correct);

    int maxRows_;
    std::vector<Eigen::VectorXd> act_;   // act_[0] = inputs, act_[l+1] = output of layer l
    std::vector<Eigen::VectorXd> delta_; // dL/dZ of layer l
    Eigen::VectorXd target_;
    Eigen::VectorXd transposed_; // a layer's input, transposed for its weight gradient
    std::vector<int> chunkRows_;
    TaskKind task_;
    std::vector<Activation> activations_;
    std::vector<int> widths_;
    Eigen::VectorXd rowMax_, rowSum_; // softmax: per row
};

} // namespace core
