#include "task_io.hpp"

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

std::string updatesCsv(const std::vector<TaskRecorder::UpdateRow>& rows)
{
    std::string out = "update,epoch,batch,size,loss\n";
    for (const auto& r : rows)
        out += std::to_string(r.update) + ',' + std::to_string(r.epoch) + ',' +
               std::to_string(r.batch) + ',' + std::to_string(r.size) + ',' + formatG17(r.loss) +
               '\n';
    return out;
}

std::string epochsCsv(const std::vector<EpochInfo>& rows)
{
    std::string out = "epoch,train_loss,val_loss,batch_loss_mean,batch_loss_wmean\n";
    for (const auto& e : rows) {
        out += std::to_string(e.epoch) + ',' + formatG17(e.trainLoss) + ',' + formatG17(e.valLoss);
        if (e.epoch == 0)
            out += ",,\n";
        else
            out += ',' + formatG17(e.batchLossMean) + ',' + formatG17(e.kerasLoss) + '\n';
    }
    return out;
}

std::string finalParamsCsv(const Network& net)
{
    std::string out = "param,i,j,value\n";
    for (int l = 0; l < net.layerCount(); ++l) {
        const auto w = net.weights(l);
        const std::string wn = "W" + std::to_string(l + 1);
        for (int i = 0; i < w.rows(); ++i)
            for (int j = 0; j < w.cols(); ++j)
                out += wn + ',' + std::to_string(i) + ',' + std::to_string(j) + ',' +
                       formatG17(w(i, j)) + '\n';
        const auto b = net.bias(l);
        const std::string bn = "b" + std::to_string(l + 1);
        for (int j = 0; j < b.size(); ++j)
            out += bn + ",0," + std::to_string(j) + ',' + formatG17(b(j)) + '\n';
    }
    return out;
}

} // namespace core
