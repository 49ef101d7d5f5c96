// Training > Compare batch sizes: the dialog (B = 1, the current B and B = N offered; what it
// reads, ui/session/run_policy.hpp), the runs trained one after another at full speed on a clean
// picture and overlaid, and the status bar's notes on the way.
#pragma once

#include "ui/controls/window_parts.hpp"

#include <QObject>

#include <functional>
#include <vector>

class QMenu;

namespace ui
{

class BatchComparison : public QObject
{
    Q_OBJECT
public:
    // `cleanPicture` hides the kept runs and resets the axes before the runs start.
    BatchComparison(const WindowParts& parts, std::function<void()> cleanPicture,
                    QObject* parent = nullptr);

    // Compare batch sizes... (Ctrl+B).
    void addTo(QMenu* training);
    // B = 1, the current B and B = N (sorted, without repeats).
    std::vector<int> defaultSizes() const;
    // Trains the next run's settings at each batch size, one after another (false, with a
    // message, when one of them cannot train).
    bool compare(const std::vector<int>& sizes);
    void ask();

private:
    void onComparisonChanged();

    WindowParts parts_;
    std::function<void()> cleanPicture_;
};

} // namespace ui
