#include "task_io.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace core
{

Network taskNetwork(char task)
{
    if (task != 'R' && task != 'C')
        throw std::invalid_argument("task must be R or C");
    NetworkSpec spec;
    spec.inputs = task == 'R' ? 1 : 2;
    spec.hidden = task == 'R' ? std::vector<int>{64, 64} : std::vector<int>{32, 32};
    spec.activation = Activation::Tanh;
    spec.task = task == 'R' ? TaskKind::Regression : TaskKind::BinaryClassification;
    Network net(spec);
    net.initTaskLcg(task == 'R' ? 1003 : 2003);
    return net;
}

std::string formatG17(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

namespace
{

// Appends one printf-formatted line (all lines here are short).
template <typename... Args> void appendLine(std::string& out, const char* format, Args... args)
{
    char buf[160];
    const int n = std::snprintf(buf, sizeof buf, format, args...);
    out.append(buf, static_cast<std::size_t>(std::min<int>(n, sizeof buf - 1)));
}

} // namespace

std::string updatesCsv(const std::vector<TaskRecorder::UpdateRow>& rows)
{
    std::string out = "update,epoch,batch,size,loss\n";
    for (const auto& r : rows)
        appendLine(out, "%lld,%d,%d,%d,%.17g\n", static_cast<long long>(r.update), r.epoch, r.batch,
                   r.size, r.loss);
    return out;
}

std::string epochsCsv(const std::vector<EpochInfo>& rows)
{
    std::string out = "epoch,train_loss,val_loss,batch_loss_mean,batch_loss_wmean\n";
    for (const auto& e : rows) {
        if (e.epoch == 0)
            appendLine(out, "%d,%.17g,%.17g,,\n", e.epoch, e.trainLoss, e.valLoss);
        else
            appendLine(out, "%d,%.17g,%.17g,%.17g,%.17g\n", e.epoch, e.trainLoss, e.valLoss,
                       e.batchLossMean, e.kerasLoss);
    }
    return out;
}

std::string finalParamsCsv(const Network& net)
{
    std::string out = "param,i,j,value\n";
    for (int l = 0; l < net.layerCount(); ++l) {
        const auto w = net.weights(l);
        for (int i = 0; i < w.rows(); ++i)
            for (int j = 0; j < w.cols(); ++j)
                appendLine(out, "W%d,%d,%d,%.17g\n", l + 1, i, j, w(i, j));
        const auto b = net.bias(l);
        for (int j = 0; j < b.size(); ++j)
            appendLine(out, "b%d,0,%d,%.17g\n", l + 1, j, b(j));
    }
    return out;
}

} // namespace core
