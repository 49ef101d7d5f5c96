#include "ui/session/run_policy.hpp"
#include "ui/session/failure_text.hpp"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <exception>

namespace ui
{

core::RunSpec RunPolicy::nextSpec(core::RunSpec fromPanel, const core::RunSpec& shown)
{
    if (shown.initialParameters && shown.settings.initSeed == fromPanel.settings.initSeed &&
        shown.hasExplicitData() == fromPanel.hasExplicitData() &&
        shown.inputs() == fromPanel.inputs() && shown.networkSpec() == fromPanel.networkSpec())
        fromPanel.initialParameters = shown.initialParameters;
    return fromPanel;
}

RunPolicy::Edit RunPolicy::afterEdit(const core::RunSettings& wanted, const Shown& shown)
{
    core::RunSettings sameEpochs = wanted;
    sameEpochs.train.epochs = shown.settings.train.epochs;
    const bool onlyEpochs =
        !shown.restartPending && !shown.showsRecord && sameEpochs == shown.settings;
    if (onlyEpochs && wanted.train.epochs >= shown.epochsDone && shown.state != RunState::Failed)
        return Edit::Continue;
    return Edit::Restart;
}

RunPolicy::Play RunPolicy::onPlay(RunState state, bool paused)
{
    if (state == RunState::Finished || state == RunState::Failed)
        return Play::FromTheStart;
    return paused ? Play::Resume : Play::Pause;
}

core::RunSettings RunPolicy::newStudent(core::RunSettings settings)
{
    settings.initSeed += 1;
    return settings;
}

std::vector<int> RunPolicy::comparedBatchSizes(const core::RunSpec& next)
{
    const int n = std::max(1, next.trainingRows());
    std::vector<int> sizes{1, next.settings.train.batchSize, n};
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    return sizes;
}

QString RunPolicy::batchSizesText(const std::vector<int>& sizes)
{
    QStringList parts;
    for (int b : sizes)
        parts << QString::number(b);
    return parts.join(QStringLiteral(", "));
}

RunPolicy::BatchSizes RunPolicy::parseBatchSizes(const QString& text)
{
    BatchSizes out;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool isInt = false;
        const int b = part.toInt(&isInt);
        if (!isInt || b < 1 || b > maxBatchSize) {
            out.sizes.clear();
            out.error = BatchSizes::Error::NotABatchSize;
            out.bad = part.left(20);
            return out;
        }
        out.sizes.push_back(b);
    }
    if (out.sizes.empty() || int(out.sizes.size()) > maxCompared) {
        out.sizes.clear();
        out.error = BatchSizes::Error::Count;
    }
    return out;
}

RunPolicy::Compared RunPolicy::comparedSpecs(const core::RunSpec& base,
                                             const std::vector<int>& sizes)
{
    Compared out;
    for (int b : sizes) {
        core::RunSpec s = base;
        s.settings.train.batchSize = b;
        try {
            s.validate();
        } catch (const std::exception& e) {
            out.specs.clear();
            out.failedSize = b;
            out.error = FailureText::of(e);
            return out;
        }
        out.specs.push_back(std::move(s));
    }
    return out;
}

} // namespace ui
