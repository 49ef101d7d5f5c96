// The cost meter's plot: for each batch size B (log2 x axis), the measured seconds per weight
// update and per epoch (log y axis) and, on the right axis, the bytes one batch needs
// (core::measureCost).
#pragma once

#include "cost_meter.hpp"
#include "ui/plots/plot_widget.hpp"

#include <vector>

namespace ui
{

class CostPlot : public PlotWidget
{
    Q_OBJECT
public:
    explicit CostPlot(QWidget* parent = nullptr);

    void setRows(const std::vector<core::CostRow>& rows);
    const std::vector<core::CostRow>& rows() const { return rows_; }

    // cost.csv: batch_size,seconds_per_epoch,seconds_per_update,samples_per_second,
    // updates_per_epoch,bytes_per_batch
    static QByteArray csv(const std::vector<core::CostRow>& rows);

protected:
    bool hasCsv() const override { return true; }
    void fitToData() override;

private:
    QCPGraph* perUpdate_ = nullptr;
    QCPGraph* perEpoch_ = nullptr;
    QCPGraph* bytes_ = nullptr;
    std::vector<core::CostRow> rows_;
};

} // namespace ui
