// In the exam view (ExamView): the two scores after every pass, as two small lines: the practice
// exam (training) and the new exam (validation); accuracy for classification, loss for
// regression. The best pass is marked. Overfitting shows as the lines parting.
#pragma once

#include "training_events.hpp"

#include <QWidget>

#include <functional>
#include <vector>

namespace ui
{

class ExamScoreStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ExamScoreStrip(QWidget* parent = nullptr);
    // `epochs` gives the run's rows when painting (nullptr: none); the strip keeps no copy.
    void setEpochs(std::function<const std::vector<core::EpochInfo>*()> epochs, bool accuracy);
    QSize sizeHint() const override { return {240, 64}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::function<const std::vector<core::EpochInfo>*()> epochs_;
    bool accuracy_ = true;
};

} // namespace ui
