// The object that trains, living on the TrainingController's thread. Each run is a request with
// its own settings value, control and mailbox; the worker never touches the GUI and never waits
// for it. A finished run is kept so that raising the epochs can continue it.
#pragma once

#include "run_settings.hpp"
#include "snapshot_batcher.hpp"
#include "snapshot_mailbox.hpp"
#include "trainer.hpp"
#include "training_control.hpp"

#include <QObject>

#include <chrono>
#include <memory>

namespace ui
{

struct RunRequest {
    quint64 generation = 0;
    core::RunSettings settings;
    std::shared_ptr<core::TrainingControl> control;
    std::shared_ptr<SnapshotMailbox> mailbox;
    std::size_t maxUpdatePoints = 100000;
};

class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    TrainingWorker() = default;
    ~TrainingWorker() override;

    // Builds the run of `request` and trains until it ends, is cancelled or superseded.
    void run(const RunRequest& request);
    // Continues the current run when its control asks for more epochs than it has done.
    void extend(quint64 generation);

private:
    void trainLoop();
    void publish(bool withParameters, bool forceParameters = false);

    RunRequest request_;
    std::unique_ptr<core::Trainer> trainer_;
    std::unique_ptr<SnapshotBatcher> batcher_;
    std::chrono::steady_clock::time_point lastPublish_{};
    std::chrono::steady_clock::time_point lastParameters_{};
    std::int64_t parametersAtUpdate_ = -1;
};

} // namespace ui
