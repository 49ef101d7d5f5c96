#include "ui/teaching/exam_score_strip.hpp"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ui
{

ExamScoreStrip::ExamScoreStrip(QWidget* parent) : QWidget(parent)
{
    setToolTip(tr("After every pass: the practice exam (blue) and the new exam (red); the green "
                  "line is the best epoch. When the lines part, the model memorises."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ExamScoreStrip::setEpochs(std::function<const std::vector<core::EpochInfo>*()> epochs,
                               bool accuracy)
{
    epochs_ = std::move(epochs);
    accuracy_ = accuracy;
    update();
}

void ExamScoreStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(2, 4, -2, -4);
    p.setPen(QPen(QColor(200, 205, 215), 1));
    p.setBrush(QColor(250, 251, 253));
    p.drawRect(area);
    const std::vector<core::EpochInfo>* rows = epochs_ ? epochs_() : nullptr;
    if (!rows || rows->size() < 2)
        return;
    const auto& es = *rows;
    const auto value = [this](const core::EpochInfo& e, bool train) {
        return accuracy_ ? (train ? e.trainAccuracy : e.valAccuracy)
                         : (train ? e.trainLoss : e.valLoss);
    };
    const double lo = 0.0;
    double hi = accuracy_ ? 1.0 : 0.0;
    if (!accuracy_)
        for (const core::EpochInfo& e : es)
            for (bool train : {true, false})
                if (std::isfinite(value(e, train)))
                    hi = std::max(hi, value(e, train));
    if (hi <= lo)
        return;
    const double last = static_cast<double>(es.back().epoch);
    const auto at = [&](double epoch, double v) {
        return QPointF(area.left() + area.width() * epoch / std::max(last, 1.0),
                       area.bottom() - area.height() * (v - lo) / (hi - lo));
    };
    const int best = es.back().bestEpoch;
    if (best > 0) {
        p.setPen(QPen(QColor(60, 150, 80), 1.5));
        p.drawLine(at(best, lo), at(best, hi));
    }
    p.setRenderHint(QPainter::Antialiasing);
    // At most about two points per pixel: long runs stay cheap to draw.
    const std::size_t stride = std::max<std::size_t>(1, es.size() / std::max(1, width() * 2));
    for (bool train : {true, false}) {
        QPolygonF line;
        for (std::size_t i = 0; i < es.size(); i += stride) {
            const double v = value(es[i], train);
            if (std::isfinite(v))
                line << at(es[i].epoch, v);
        }
        p.setPen(QPen(train ? QColor(31, 111, 209) : QColor(214, 60, 50), 1.6));
        p.drawPolyline(line);
    }
}

} // namespace ui
