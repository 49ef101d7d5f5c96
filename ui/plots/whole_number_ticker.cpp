#include "ui/plots/whole_number_ticker.hpp"

#include <cmath>

namespace ui
{

double WholeNumberTicker::getTickStep(const QCPRange& range)
{
    const double step = QCPAxisTicker::getTickStep(range);
    return step < 1.0 ? 1.0 : std::floor(step);
}

void useWholeNumberTicks(QCPAxis* axis)
{
    const int count = axis->ticker() ? axis->ticker()->tickCount() : 5;
    QSharedPointer<QCPAxisTicker> ticker(new WholeNumberTicker);
    ticker->setTickCount(count);
    axis->setTicker(ticker);
}

} // namespace ui
