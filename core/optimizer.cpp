#include "optimizer.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace core
{

namespace
{

class Sgd final : public Optimizer
{
public:
    explicit Sgd(double lr) : lr_(lr) {}
    void step(Eigen::VectorXd& w, const Eigen::VectorXd& g) override { w -= lr_ * g; }
    void setLearningRate(double lr) override { lr_ = lr; }
    void reset() override {}

private:
    double lr_;
};

class Momentum final : public Optimizer
{
public:
    Momentum(double lr, double mu, Eigen::Index n) : lr_(lr), mu_(mu), m_(Eigen::VectorXd::Zero(n))
    {
    }
    void step(Eigen::VectorXd& w, const Eigen::VectorXd& g) override
    {
        m_ = mu_ * m_ - lr_ * g;
        w += m_;
    }
    void setLearningRate(double lr) override { lr_ = lr; }
    void reset() override { m_.setZero(); }

private:
    double lr_;
    double mu_;
    Eigen::VectorXd m_;
};

class Adam final : public Optimizer
{
public:
    Adam(const OptimizerConfig& c, Eigen::Index n)
        : c_(c), m_(Eigen::VectorXd::Zero(n)), v_(Eigen::VectorXd::Zero(n))
    {
    }
    void step(Eigen::VectorXd& w, const Eigen::VectorXd& g) override
    {
        ++t_;
        const double t = static_cast<double>(t_);
        const double alpha = c_.learningRate * std::sqrt(1.0 - std::pow(c_.beta2, t)) /
                             (1.0 - std::pow(c_.beta1, t));
        m_.array() += (g.array() - m_.array()) * (1.0 - c_.beta1);
        v_.array() += (g.array().square() - v_.array()) * (1.0 - c_.beta2);
        w.array() -= (m_.array() * alpha) / (v_.array().sqrt() + c_.epsilon);
    }
    void setLearningRate(double lr) override { c_.learningRate = lr; }
    void reset() override
    {
        t_ = 0;
        m_.setZero();
        v_.setZero();
    }

private:
    OptimizerConfig c_;
    long long t_ = 0;
    Eigen::VectorXd m_;
    Eigen::VectorXd v_;
};

} // namespace

std::string_view optimizerKey(OptimizerKind k)
{
    switch (k) {
    case OptimizerKind::Sgd:
        return "sgd";
    case OptimizerKind::Momentum:
        return "momentum";
    case OptimizerKind::Adam:
        return "adam";
    }
    return "sgd";
}

bool parseOptimizerKind(std::string_view key, OptimizerKind& out)
{
    for (auto k : {OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam})
        if (optimizerKey(k) == key) {
            out = k;
            return true;
        }
    return false;
}

double OptimizerConfig::defaultLearningRate(OptimizerKind k)
{
    return k == OptimizerKind::Adam ? 0.001 : 0.01;
}

void OptimizerConfig::validate() const
{
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        throw std::invalid_argument("the learning rate must be a finite number > 0");
    if (kind == OptimizerKind::Momentum && !(momentum >= 0.0 && momentum < 1.0))
        throw std::invalid_argument("momentum must be in [0, 1)");
    if (kind == OptimizerKind::Adam &&
        !(beta1 >= 0.0 && beta1 < 1.0 && beta2 >= 0.0 && beta2 < 1.0 && epsilon > 0.0))
        throw std::invalid_argument("Adam needs 0 <= beta1, beta2 < 1 and epsilon > 0");
}

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& config, Eigen::Index parameterCount)
{
    config.validate();
    switch (config.kind) {
    case OptimizerKind::Sgd:
        return std::make_unique<Sgd>(config.learningRate);
    case OptimizerKind::Momentum:
        return std::make_unique<Momentum>(config.learningRate, config.momentum, parameterCount);
    case OptimizerKind::Adam:
        return std::make_unique<Adam>(config, parameterCount);
    }
    throw std::invalid_argument("unknown optimizer");
}

} // namespace core
