// Ticks at whole numbers only, for axes that count (epochs, weight updates, questions solved):
// QCustomPlot's default ticker steps by 0.25 or 0.5 on short ranges and would label a 3-epoch
// run's axis "epoch 0.5, 1.5". Used by the window's loss plots, the batch-size science plots and
// the worksheet (docs/LESSONS.md: "counting axes have whole-number ticks"); logarithmic axes
// keep their own ticker.
#pragma once

#include <qcustomplot.h>

namespace ui
{

class WholeNumberTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange& range) override;
};

// Puts a WholeNumberTicker on `axis` (keeping its tick count).
void useWholeNumberTicks(QCPAxis* axis);

} // namespace ui
