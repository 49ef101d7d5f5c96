// The tasks of ../shared/peers/task.md: their network with its initial weights (§4), and files
// in the format of §7: updates.csv, epochs.csv, final_params.csv. Numbers with 17 significant
// digits (%.17g), which round-trips float64. (The data is core::taskData in dataset.hpp.)
#pragma once

#include "network.hpp"
#include "training_events.hpp"

#include <string>
#include <vector>

namespace core
{

// Task R: 1-64-64-1 tanh, linear output (MSE); task C: 2-32-32-1 tanh, logit output (BCE); the
// quantised Glorot weights of the task's LCG stream. Throws std::invalid_argument otherwise.
Network taskNetwork(char task);

// Collects exact per-update rows (for task-sized runs; History decimates, this does not).
class TaskRecorder final : public TrainingObserver
{
public:
    struct UpdateRow {
        std::int64_t update;
        int epoch;
        int batch;
        int size;
        double loss;
    };
    void onUpdate(const UpdateInfo& u) override
    {
        updates.push_back({u.update, u.epoch, u.batch, u.size, u.loss});
    }
    void onEpoch(const EpochInfo& e) override { epochs.push_back(e); }

    std::vector<UpdateRow> updates;
    std::vector<EpochInfo> epochs;
};

std::string formatG17(double v);
std::string updatesCsv(const std::vector<TaskRecorder::UpdateRow>& rows);
std::string epochsCsv(const std::vector<EpochInfo>& rows);
std::string finalParamsCsv(const Network& net);

} // namespace core
