#include "network.hpp"

#include "limits.hpp"
#include "training_control.hpp"

#include "elementwise.hpp"
#include "rng.hpp"
#include "small_product.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace core
{

namespace
{

struct ActivationInfo {
    Activation a;
    std::string_view key;
};
constexpr ActivationInfo activationInfos[] = {
    {Activation::Tanh, "tanh"},
    {Activation::Relu, "relu"},
    {Activation::Sigmoid, "sigmoid"},
    {Activation::Linear, "linear"},
};

using MatMap = Eigen::Map<Eigen::MatrixXd>;

// dst = lhs * rhs for the shapes core/small_product.hpp does not take. Eigen's general product
// packs both sides into blocks first, which costs more than the arithmetic when the inner
// dimension is tiny (the first layer's 1-2 inputs, the output layer's single unit); there a
// coefficient-wise product is faster.
template <typename Dst, typename Lhs, typename Rhs>
void multiply(Dst&& dst, const Lhs& lhs, const Rhs& rhs)
{
    if (lhs.rows() > 1 && lhs.cols() <= 4) // (one row: Eigen's matrix-vector kernel is best)
        dst.noalias() = lhs.lazyProduct(rhs);
    else
        dst.noalias() = lhs * rhs;
}

// Whether core::smallProduct takes a product whose destination has m rows and whose left
// operand is m x k: at least one packet of rows (below that Eigen's matrix-vector and
// coefficient-wise products are faster), and at most 2,048 values in the left operand, which
// the kernel reads once per four columns: measured against the PyTorch peer
// (bench/compare_peers.sh), task C at B = 10 (320) gained 1.4x, at B = 100 (3,200) Eigen's blocked
// product was 8 % faster.
bool smallShape(Eigen::Index m, Eigen::Index k)
{
    constexpr Eigen::Index lanes = Eigen::internal::packet_traits<double>::size;
    return m >= lanes && m * k <= 2048;
}

MatMap view(Eigen::VectorXd& buffer, int rows, int cols)
{
    return {buffer.data(), rows, cols};
}

void applyActivation(Activation a, MatMap h)
{
    switch (a) {
    case Activation::Tanh:
        tanhInPlace(h.data(), h.size());
        return;
    case Activation::Relu:
        h = h.array().max(0.0);
        return;
    case Activation::Sigmoid:
        sigmoidInPlace(h.data(), h.size());
        return;
    case Activation::Linear:
        return;
    }
}

// Multiplies the back-propagated gradient by the activation's derivative, which is computed
// from the stored activation h (not from z).
void multiplyDerivative(Activation a, MatMap delta, const MatMap& h)
{
    switch (a) {
    case Activation::Tanh:
        delta.array() *= 1.0 - h.array().square();
        return;
    case Activation::Relu:
        delta.array() *= (h.array() > 0.0).cast<double>();
        return;
    case Activation::Sigmoid:
        delta.array() *= h.array() * (1.0 - h.array());
        return;
    case Activation::Linear:
        return;
    }
}

// Sparse categorical cross-entropy on the logits z (rows x k) with class indices y: the batch
// mean of logsumexp(z_i) - z_i,y_i, with logsumexp taken after subtracting the row's largest
// logit (exact for any finite logits: no overflow, no log(0)). With wantGradient, d = dL/dz =
// (softmax(z) - onehot(y)) / rows; without it, d is scratch. With `correct`, adds the rows whose
// largest logit (the first, on ties) is their class. Allocates nothing.
double softmaxCrossEntropy(const MatMap& z, MatMap d, const Eigen::VectorXd::SegmentReturnType& y,
                           Eigen::VectorXd::SegmentReturnType rowMax,
                           Eigen::VectorXd::SegmentReturnType rowSum, bool wantGradient,
                           int* correct)
{
    const Eigen::Index rows = z.rows();
    rowMax = z.rowwise().maxCoeff();
    d = (z.colwise() - rowMax).array().exp().matrix();
    rowSum = d.rowwise().sum();
    double loss = 0.0;
    for (Eigen::Index i = 0; i < rows; ++i) {
        const auto c = static_cast<Eigen::Index>(y(i));
        loss += rowMax(i) + std::log(rowSum(i)) - z(i, c);
        if (correct) {
            Eigen::Index best = 0;
            z.row(i).maxCoeff(&best);
            *correct += best == c ? 1 : 0;
        }
    }
    const double invRows = 1.0 / static_cast<double>(rows);
    if (wantGradient) {
        d.array().colwise() /= rowSum.array();
        for (Eigen::Index i = 0; i < rows; ++i)
            d(i, static_cast<Eigen::Index>(y(i))) -= 1.0;
        d *= invRows;
    }
    return loss * invRows;
}

} // namespace

std::string_view activationKey(Activation a)
{
    for (const auto& i : activationInfos)
        if (i.a == a)
            return i.key;
    return "tanh";
}

bool parseActivation(std::string_view key, Activation& out)
{
    for (const auto& i : activationInfos)
        if (i.key == key) {
            out = i.a;
            return true;
        }
    return false;
}

Network::Network(const NetworkSpec& spec) : spec_(spec)
{
    if (spec.inputs < 1)
        throw std::invalid_argument("a network needs at least one input");
    limits::checkInputs(spec.inputs);
    if (spec.task == TaskKind::MultiClassClassification)
        limits::checkClasses(spec.classes);
    limits::checkParameters(limits::parameterCount(spec.inputs, spec.hidden, spec.outputs()));
    int in = spec.inputs;
    Eigen::Index offset = 0;
    auto addLayer = [&](int out) {
        if (out < 1)
            throw std::invalid_argument("every layer needs at least one unit");
        Layer l;
        l.in = in;
        l.out = out;
        l.wOffset = offset;
        offset += static_cast<Eigen::Index>(in) * out;
        l.bOffset = offset;
        offset += out;
        layers_.push_back(l);
        in = out;
    };
    for (int h : spec.hidden)
        addLayer(h);
    addLayer(spec.outputs());
    params_ = Eigen::VectorXd::Zero(offset);
}

std::vector<int> Network::widths() const
{
    std::vector<int> w{spec_.inputs};
    for (const auto& l : layers_)
        w.push_back(l.out);
    return w;
}

Activation Network::layerActivation(int l) const
{
    return l + 1 < layerCount() ? spec_.activation : Activation::Linear;
}

void Network::initGlorot(std::uint64_t seed)
{
    Rng rng(seed, 7);
    params_.setZero();
    for (int l = 0; l < layerCount(); ++l) {
        const double limit = std::sqrt(6.0 / (layers_[l].in + layers_[l].out));
        auto w = weights(l);
        for (int i = 0; i < layers_[l].in; ++i)
            for (int j = 0; j < layers_[l].out; ++j)
                w(i, j) = rng.uniform(-limit, limit);
    }
}

void Network::initTaskLcg(std::uint32_t seed)
{
    TaskLcg rng(seed);
    params_.setZero();
    for (int l = 0; l < layerCount(); ++l) {
        const double a = std::sqrt(6.0 / (layers_[l].in + layers_[l].out));
        auto w = weights(l);
        for (int i = 0; i < layers_[l].in; ++i)
            for (int j = 0; j < layers_[l].out; ++j)
                w(i, j) = quantize20(a * (2.0 * rng.uniform() - 1.0));
    }
}

Eigen::VectorXd Network::predictRaw(const Eigen::MatrixXd& x) const
{
    return predictOutputs(x).col(0);
}

Eigen::MatrixXd Network::predictOutputs(const Eigen::MatrixXd& x) const
{
    if (x.cols() != spec_.inputs)
        throw std::invalid_argument("the rows have " + std::to_string(x.cols()) +
                                    " input columns; the network takes " +
                                    std::to_string(spec_.inputs));
    Eigen::MatrixXd h = x;
    for (int l = 0; l < layerCount(); ++l) {
        Eigen::MatrixXd z = h * weights(l);
        z.rowwise() += bias(l).transpose();
        applyActivation(layerActivation(l), MatMap(z.data(), z.rows(), z.cols()));
        h = std::move(z);
    }
    return h;
}

Workspace::Workspace(const Network& net, int maxRows)
    : maxRows_(maxRows), task_(net.spec().task), widths_(net.widths())
{
    if (maxRows < 1)
        throw std::invalid_argument("a workspace needs room for at least one row");
    limits::checkBatchWorkspace(maxRows, net.spec().inputs, net.spec().hidden,
                                net.spec().outputs());
    for (int w : widths_)
        act_.emplace_back(Eigen::VectorXd::Zero(static_cast<Eigen::Index>(maxRows) * w));
    for (int l = 0; l < net.layerCount(); ++l) {
        delta_.emplace_back(
            Eigen::VectorXd::Zero(static_cast<Eigen::Index>(maxRows) * widths_[l + 1]));
        activations_.push_back(net.layerActivation(l));
    }
    target_ = Eigen::VectorXd::Zero(maxRows);
    chunkRows_.resize(maxRows);
    int widest = 0;
    for (int w : widths_)
        widest = std::max(widest, w);
    transposed_ = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(maxRows) * widest);
    if (task_ == TaskKind::MultiClassClassification) {
        rowMax_ = Eigen::VectorXd::Zero(maxRows);
        rowSum_ = Eigen::VectorXd::Zero(maxRows);
    }
}

void Workspace::forward(const Network& net, int rows)
{
    for (int l = 0; l < net.layerCount(); ++l) {
        const auto in = view(act_[l], rows, widths_[l]);
        auto out = view(act_[l + 1], rows, widths_[l + 1]);
        const auto w = net.weights(l);
        if (smallShape(rows, widths_[l]))
            smallProduct(out.data(), rows, widths_[l + 1], widths_[l], in.data(), rows, w.data(), 1,
                         widths_[l]);
        else
            multiply(out, in, w);
        out.rowwise() += net.bias(l).transpose();
        applyActivation(activations_[l], out);
    }
}

double Workspace::lossTerm(int rows, bool wantGradient, int* correct)
{
    const int last = static_cast<int>(act_.size()) - 1;
    if (task_ == TaskKind::MultiClassClassification)
        return softmaxCrossEntropy(view(act_[last], rows, widths_[last]),
                                   view(delta_.back(), rows, widths_[last]), target_.head(rows),
                                   rowMax_.head(rows), rowSum_.head(rows), wantGradient, correct);
    const auto z = view(act_[last], rows, 1).col(0).array();
    const auto y = target_.head(rows).array();
    auto d = delta_.back().head(rows).array();
    const double invRows = 1.0 / rows;
    double loss = 0.0;
    if (task_ == TaskKind::Regression) {
        loss = (z - y).square().sum() * invRows;
        if (wantGradient)
            d = (2.0 * invRows) * (z - y);
    } else {
        // Binary cross-entropy on the logit, stable form: max(z,0) - z*y + log1p(exp(-|z|)).
        loss = binaryCrossEntropySum(z.data(), y.data(), rows, wantGradient ? d.data() : nullptr,
                                     invRows, correct) *
               invRows;
    }
    return loss;
}

double Workspace::lossAndGradient(const Network& net, const Eigen::MatrixXd& x,
                                  const Eigen::VectorXd& y, const int* rows, int count,
                                  Eigen::VectorXd* grad)
{
    auto input = view(act_[0], count, widths_[0]);
    for (int i = 0; i < count; ++i) {
        input.row(i) = x.row(rows[i]);
        target_(i) = y(rows[i]);
    }
    forward(net, count);
    const double loss = lossTerm(count, grad != nullptr, nullptr);
    if (!grad)
        return loss;
    for (int l = net.layerCount() - 1; l >= 0; --l) {
        const auto h = view(act_[l], count, widths_[l]);
        const auto d = view(delta_[l], count, widths_[l + 1]);
        const int in = widths_[l];
        const int out = widths_[l + 1];
        if (count == 1) { // a rank-1 outer product: Eigen's GEMM would pack both sides first
            net.weightsIn(*grad, l).noalias() =
                Eigen::Map<const Eigen::VectorXd>(h.data(), in) *
                Eigen::Map<const Eigen::VectorXd>(d.data(), out).transpose();
        } else if (smallShape(in, count)) { // h^T d, with h^T laid out column by column first
            view(transposed_, in, count) = h.transpose();
            smallProduct(net.weightsIn(*grad, l).data(), in, out, count, transposed_.data(), in,
                         d.data(), 1, count);
        } else {
            multiply(net.weightsIn(*grad, l), h.transpose(), d);
        }
        if (count == 1)
            net.biasIn(*grad, l) = Eigen::Map<const Eigen::VectorXd>(d.data(), out);
        else
            net.biasIn(*grad, l) = d.colwise().sum().transpose();
        if (l > 0) {
            auto prev = view(delta_[l - 1], count, in);
            const auto w = net.weights(l);
            if (smallShape(count, out)) // d W^T: W read transposed
                smallProduct(prev.data(), count, in, out, d.data(), count, w.data(), in, 1);
            else
                multiply(prev, d, w.transpose());
            multiplyDerivative(activations_[l - 1], prev, h);
        }
    }
    return loss;
}

double Workspace::evaluate(const Network& net, const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                           int* correct, const TrainingControl* stop)
{
    const int n = static_cast<int>(x.rows());
    if (n == 0)
        return std::nan("");
    if (correct)
        *correct = 0;
    double sum = 0.0;
    double single = 0.0;
    for (int begin = 0; begin < n; begin += maxRows_) {
        if (stop && stop->isCancelled())
            return std::nan("");
        const int count = std::min(maxRows_, n - begin);
        view(act_[0], count, widths_[0]) = x.middleRows(begin, count);
        target_.head(count) = y.segment(begin, count);
        forward(net, count);
        single = lossTerm(count, false, correct);
        sum += single * count;
    }
    // One chunk: exactly the batch mean, as the reference computes it; several: weighted mean.
    return n <= maxRows_ ? single : sum / n;
}

} // namespace core
