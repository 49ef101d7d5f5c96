// Optimizers with Keras 3's defaults and update formulas (g = gradient, t = update count from 1):
//   SGD       w -= lr * g
//   momentum  m = mu * m - lr * g;  w += m
//   Adam      a = lr * sqrt(1 - b2^t) / (1 - b1^t); m += (g - m)(1 - b1); v += (g*g - v)(1 - b2);
//             w -= a * m / (sqrt(v) + eps)
#pragma once

#include <Eigen/Core>

#include <memory>
#include <string_view>

namespace core
{

enum class OptimizerKind { Sgd, Momentum, Adam };

std::string_view optimizerKey(OptimizerKind k);
bool parseOptimizerKind(std::string_view key, OptimizerKind& out);

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 0.001;
    double momentum = 0.9; // momentum only
    double beta1 = 0.9;    // Adam only
    double beta2 = 0.999;
    double epsilon = 1e-7;
    bool operator==(const OptimizerConfig&) const = default;

    // Keras's default learning rate for a kind: SGD 0.01, Adam 0.001.
    static double defaultLearningRate(OptimizerKind k);
    // Throws std::invalid_argument for a learning rate <= 0, momentum outside [0, 1), etc.
    void validate() const;
};

class Optimizer
{
public:
    virtual ~Optimizer() = default;
    // One update of all parameters from their gradient. Never allocates.
    virtual void step(Eigen::VectorXd& w, const Eigen::VectorXd& g) = 0;
    // Forget the state (moments, step count).
    virtual void reset() = 0;
    // The learning rate of the following updates (a schedule's value; the state is kept).
    virtual void setLearningRate(double lr) = 0;
};

// Creates the optimizer for `parameterCount` parameters (state preallocated).
std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& config,
                                         Eigen::Index parameterCount);

} // namespace core
