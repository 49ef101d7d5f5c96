// The summary of a sweep as a plot: x = the swept value (a log2 axis for the batch size, log10
// for epochs and learning rate), y = the mean over seeds with ± one standard deviation drawn as
// QCPErrorBars. Two kinds: the losses (best and final validation loss, final training loss and
// the gap between the last two: overfitting) on one axis, and the cost of reaching the best
// validation loss (epochs, weight updates, questions solved and seconds until it): four units,
// so four small plots, each with its own linear axis from zero and its own heading. The hover
// read-out gives the numbers of the nearest value. Exported like every PlotWidget.
#pragma once

#include "ui/plots/plot_widget.hpp"

#include "sweep.hpp"

#include <vector>

namespace ui
{

class SweepPlot : public PlotWidget
{
    Q_OBJECT
public:
    enum class Kind { Losses, Costs };

    explicit SweepPlot(Kind kind, QWidget* parent = nullptr);

    // Draws the summary (one point per row, in order), replacing what was drawn.
    void setSweep(core::SweepParameter parameter, const std::vector<core::SweepSummaryRow>& rows);
    void clearSweep() { setSweep(parameter_, {}); }

    Kind kind() const { return kind_; }
    core::SweepParameter parameter() const { return parameter_; }
    const std::vector<core::SweepSummaryRow>& rows() const { return rows_; }
    // The columns this kind draws, in the order of their graphs.
    const std::vector<core::SweepColumn>& columns() const { return columns_; }
    QCPGraph* graphOf(core::SweepColumn c) const;
    QCPErrorBars* errorBarsOf(core::SweepColumn c) const;

    // What hovering at x = `key` shows: the nearest value's numbers (mean ± sd of each curve).
    QString readoutFor(double key) const { return readoutAt(key, 0.0); }

    static QString columnName(core::SweepColumn c);
    // The heading of a column's small plot in the costs (its unit and what it counts).
    static QString costTitle(core::SweepColumn c);
    // The headings of the costs' small plots, in the order of columns() (none for the losses).
    const std::vector<QCPTextElement*>& headings() const { return headings_; }
    static QString parameterName(core::SweepParameter p);

protected:
    void fitToData() override;
    QString readoutAt(double key, double value) const override;

private:
    // The x axes of the graphs (one for the losses, one per small plot for the costs).
    std::vector<QCPAxis*> keyAxes() const;
    void wrapHeadings();
    Kind kind_;
    core::SweepParameter parameter_ = core::SweepParameter::BatchSize;
    std::vector<core::SweepColumn> columns_;
    std::vector<QCPGraph*> graphs_;
    std::vector<QCPErrorBars*> bars_;
    std::vector<QCPTextElement*> headings_;
    std::vector<core::SweepSummaryRow> rows_;
};

} // namespace ui
