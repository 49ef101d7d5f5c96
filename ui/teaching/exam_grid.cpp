#include "ui/teaching/exam_grid.hpp"

#include <QFontInfo>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ui
{

namespace
{

const QColor rightColor(76, 160, 92);
const QColor wrongColor(214, 78, 68);
const QColor unknownColor(222, 224, 228);
const QColor batchColor(31, 111, 209);
const QColor solvingColor(168, 62, 196);

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ExamGrid

ExamGrid::ExamGrid(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Practice exam questions"));
    repaintTimer_.setSingleShot(true);
    connect(&repaintTimer_, &QTimer::timeout, this, [this] {
        lastPaint_.start();
        update();
    });
}

void ExamGrid::requestRepaint()
{
    // At most ~30 frames a second: a run at full speed changes the batch thousands of times.
    constexpr qint64 frameMs = 33;
    if (repaintTimer_.isActive())
        return;
    const qint64 since = lastPaint_.isValid() ? lastPaint_.elapsed() : frameMs;
    if (since >= frameMs) {
        lastPaint_.start();
        update();
    } else {
        repaintTimer_.start(int(frameMs - since));
    }
}

void ExamGrid::invalidateCells()
{
    cellsValid_ = false;
    requestRepaint();
}

void ExamGrid::clear(int rows)
{
    order_.resize(static_cast<std::size_t>(std::max(rows, 0)));
    std::iota(order_.begin(), order_.end(), 0);
    positionOf_ = order_;
    marks_.assign(order_.size(), Mark::Unknown);
    strength_.assign(order_.size(), 0.0f);
    answers_.clear();
    tip_ = nullptr;
    batchFirst_ = -1;
    batchCount_ = 0;
    solvedUpTo_ = 0;
    selected_ = -1;
    chosen_.clear();
    layoutCells();
    cellsValid_ = false;
    update();
}

void ExamGrid::setOrder(const std::vector<int>& order)
{
    if (order.size() != order_.size())
        clear(static_cast<int>(order.size()));
    order_ = order;
    for (std::size_t p = 0; p < order_.size(); ++p)
        positionOf_[static_cast<std::size_t>(order_[p])] = static_cast<int>(p);
    invalidateCells();
}

void ExamGrid::setBatch(int firstPosition, std::span<const int> rows, Phase phase)
{
    batchFirst_ = firstPosition;
    batchCount_ = static_cast<int>(rows.size());
    phase_ = phase;
    // The grid shows the epoch's order; the batch's rows must sit at these positions. When an
    // order is missing (not sent), the rows are placed there so that the grid stays truthful.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int pos = firstPosition + static_cast<int>(i);
        const int row = rows[i];
        if (pos < 0 || pos >= this->rows() || row < 0 || row >= this->rows())
            continue;
        if (order_[static_cast<std::size_t>(pos)] != row) {
            const int other = order_[static_cast<std::size_t>(pos)];
            const int from = positionOf_[static_cast<std::size_t>(row)];
            std::swap(order_[static_cast<std::size_t>(pos)],
                      order_[static_cast<std::size_t>(from)]);
            positionOf_[static_cast<std::size_t>(row)] = pos;
            positionOf_[static_cast<std::size_t>(other)] = from;
            cellsValid_ = false;
        }
    }
    requestRepaint();
}

void ExamGrid::setPhase(Phase phase)
{
    phase_ = phase;
    requestRepaint();
}

void ExamGrid::clearBatch()
{
    batchFirst_ = -1;
    batchCount_ = 0;
    requestRepaint();
}

std::vector<int> ExamGrid::highlightedRows() const
{
    std::vector<int> out;
    for (int i = 0; i < batchCount_; ++i) {
        const int pos = batchFirst_ + i;
        if (pos >= 0 && pos < rows())
            out.push_back(order_[static_cast<std::size_t>(pos)]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void ExamGrid::setSolvedUpTo(int position)
{
    solvedUpTo_ = position;
    requestRepaint();
}

void ExamGrid::setBatchSize(int b)
{
    if (b == batchSize_)
        return;
    batchSize_ = b;
    invalidateCells();
}

void ExamGrid::setMarks(std::vector<Mark> marks, std::vector<float> strength, TipFunction tip,
                        std::vector<int> answers)
{
    if (marks.size() != order_.size())
        return;
    marks_ = std::move(marks);
    strength_ = std::move(strength);
    answers_ = std::move(answers);
    tip_ = std::move(tip);
    invalidateCells();
}

void ExamGrid::setQuestions(std::shared_ptr<const core::Dataset> data)
{
    tiles_.setData(std::move(data));
    invalidateCells();
}

ExamGrid::Mark ExamGrid::markOf(int row) const
{
    return row >= 0 && row < rows() ? marks_[static_cast<std::size_t>(row)] : Mark::Unknown;
}

void ExamGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCells();
    cellsValid_ = false;
}

void ExamGrid::layoutCells()
{
    const int n = std::max(rows(), 1);
    const int w = std::max(width() - 4, 1);
    const int h = std::max(height() - 4, 1);
    // The largest square pitch that fits all N cells; rows of 10 when that fits (a 100-question
    // exam reads as 10 x 10, and B = 10 is then one line per batch).
    int bestCols = 1;
    int bestPitch = 0;
    for (int cols = 1; cols <= n; ++cols) {
        const int lines = (n + cols - 1) / cols;
        const int pitch = std::min(w / cols, h / lines);
        if (pitch > bestPitch) {
            bestPitch = pitch;
            bestCols = cols;
        }
    }
    if (n % 10 == 0 && n >= 20) {
        const int lines = n / 10;
        const int pitch = std::min(w / 10, h / lines);
        if (pitch * 10 >= bestPitch * 8) {
            bestCols = 10;
            bestPitch = pitch;
        }
    }
    columns_ = bestCols;
    pitch_ = std::max(bestPitch, 2);
    const int lines = (n + columns_ - 1) / columns_;
    origin_ = QPoint((width() - columns_ * pitch_) / 2, (height() - lines * pitch_) / 2);
}

QRect ExamGrid::cellAtPosition(int position) const
{
    const int gap = pitch_ >= 12 ? 2 : (pitch_ >= 5 ? 1 : 0);
    const int col = position % columns_;
    const int line = position / columns_;
    return QRect(origin_.x() + col * pitch_ + gap, origin_.y() + line * pitch_ + gap,
                 pitch_ - 2 * gap, pitch_ - 2 * gap);
}

QRect ExamGrid::cellRect(int row) const
{
    if (row < 0 || row >= rows())
        return {};
    return cellAtPosition(positionOf_[static_cast<std::size_t>(row)]);
}

int ExamGrid::rowAt(QPoint p) const
{
    if (pitch_ <= 0 || p.x() < origin_.x() || p.y() < origin_.y())
        return -1;
    const int col = (p.x() - origin_.x()) / pitch_;
    const int line = (p.y() - origin_.y()) / pitch_;
    if (col >= columns_)
        return -1;
    const int pos = line * columns_ + col;
    return pos < rows() ? order_[static_cast<std::size_t>(pos)] : -1;
}

void ExamGrid::selectRows(const std::vector<int>& rows)
{
    selected_ = -1;
    chosen_.assign(order_.size(), 0);
    for (int row : rows)
        if (row >= 0 && row < this->rows())
            chosen_[std::size_t(row)] = 1;
    invalidateCells();
}

std::vector<int> ExamGrid::selectedRows() const
{
    std::vector<int> out;
    if (selected_ >= 0)
        out.push_back(selected_);
    for (std::size_t r = 0; r < chosen_.size(); ++r)
        if (chosen_[r] && int(r) != selected_)
            out.push_back(int(r));
    std::sort(out.begin(), out.end());
    return out;
}

void ExamGrid::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        chosen_.clear();
        selected_ = row == selected_ ? -1 : row;
        emit rowSelected(selected_);
        cellsValid_ = false;
        update();
    }
    QWidget::mousePressEvent(event);
}

bool ExamGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            QString tip = tr("Question %1").arg(row + 1);
            const int pos = positionOf_[static_cast<std::size_t>(row)];
            if (batchSize_ > 0)
                tip += QLatin1Char('\n') + tr("batch %1 of this pass").arg(pos / batchSize_ + 1);
            const QString answer = tip_ ? tip_(row) : QString();
            if (!answer.isEmpty())
                tip += QLatin1Char('\n') + answer;
            QToolTip::showText(help->globalPos(), tip, this, cellRect(row));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

// The cells change only with the marks (a few times a second), the order (once a pass), the
// batch size, the selection and the size: they are painted into two cached images, as solved and
// as not yet solved in this pass (paler). A frame copies the solved part from one and the rest
// from the other, then outlines the batch: its cost does not grow with N.
void ExamGrid::paintCells(QPainter& p, bool pale, QHash<QRgb, QImage>& stamps) const
{
    p.setRenderHint(QPainter::Antialiasing, pitch_ >= 8);
    const qreal dpr = p.device()->devicePixelRatioF();
    const int n = rows();
    const bool big = numberPixelSize() > 0;
    QFont font = this->font();
    font.setPixelSize(std::clamp(pitch_ * 2 / 5, 7, 14));
    QFont numbers = font;
    if (big)
        numbers.setPixelSize(numberPixelSize());
    p.setFont(font);
    const qreal radius = pitch_ >= 10 ? 3.0 : 0.0;
    const bool showQuestions = pitch_ >= tiles_.minimumPitch();

    for (int pos = 0; pos < n; ++pos) {
        const int row = order_[static_cast<std::size_t>(pos)];
        const QRect r = cellAtPosition(pos);
        const Mark m = marks_[static_cast<std::size_t>(row)];
        // In 1/32 steps (invisible): cells of one colour are copies of one stamp.
        const double s = std::round(strength_[static_cast<std::size_t>(row)] * 32.0) / 32.0;
        QColor fill = unknownColor;
        switch (m) {
        case Mark::Right:
            fill = mix(QColor(214, 238, 218), rightColor, 0.35 + 0.65 * s);
            break;
        case Mark::Wrong:
            fill = mix(QColor(246, 214, 210), wrongColor, 0.35 + 0.65 * s);
            break;
        case Mark::Error: // regression: from green (close) to red (far off)
            fill = s < 0.5 ? mix(rightColor, QColor(240, 200, 80), s * 2.0)
                           : mix(QColor(240, 200, 80), wrongColor, (s - 0.5) * 2.0);
            break;
        case Mark::Unknown:
            break;
        }
        // Questions not yet solved in this pass are drawn paler.
        if (pale)
            fill = mix(fill, QColor(250, 250, 250), 0.45);
        QImage& stamp = stamps[fill.rgb()];
        if (stamp.isNull()) {
            stamp = QImage((QSizeF(r.size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
            stamp.setDevicePixelRatio(dpr);
            stamp.fill(Qt::transparent);
            QPainter sp(&stamp);
            sp.setRenderHint(QPainter::Antialiasing, pitch_ >= 8);
            sp.setPen(Qt::NoPen);
            sp.setBrush(fill);
            sp.drawRoundedRect(QRect(QPoint(0, 0), r.size()), radius, radius);
        }
        p.drawImage(r.topLeft(), stamp);
        // A tick between batches: the answer is checked at each one.
        if (batchSize_ > 0 && batchSize_ < n && pos % batchSize_ == 0 && pos > 0 && pitch_ >= 6) {
            const int w = std::clamp(pitch_ / 14, 1, 3);
            p.fillRect(QRect(r.left() - 1 - (w - 1) / 2, r.top() + 1, w, r.height() - 2),
                       QColor(70, 70, 80));
        }
        const auto k = static_cast<std::size_t>(row);
        if (showQuestions) {
            const int inset = std::max(2, pitch_ / 14);
            tiles_.paint(p, r.adjusted(inset, inset, -inset, -inset), row,
                         k < answers_.size() ? answers_[k] : -1, m == Mark::Wrong, pale);
            p.setFont(font);
        }
        if (big) {
            p.setFont(numbers);
            p.setPen(m == Mark::Unknown ? QColor(90, 90, 90) : QColor(20, 20, 20));
            p.drawText(showQuestions ? r.adjusted(0, 0, 0, -r.height() * 2 / 5) : r,
                       Qt::AlignCenter, QString::number(row + 1));
        }
        if (row == selected_ || (k < chosen_.size() && chosen_[k])) {
            p.setPen(QPen(QColor(20, 20, 20), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), radius, radius);
        }
    }
}

int ExamGrid::numberPixelSize() const
{
    if (pitch_ < 22 || tiles_.look() == QuestionTiles::Look::Picture)
        return 0;
    const int own = QFontInfo(font()).pixelSize();
    return std::clamp(std::max(pitch_ * 2 / 5, std::min(own, pitch_ * 11 / 20)), 7,
                      std::max(14, own));
}

void ExamGrid::ensureCells()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (cellsValid_ && cells_[0].size() == pixels)
        return;
    QHash<QRgb, QImage> stamps;
    for (int i = 0; i < 2; ++i) {
        cells_[i] = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        cells_[i].setDevicePixelRatio(dpr);
        cells_[i].fill(Qt::transparent);
        QPainter p(&cells_[i]);
        paintCells(p, i == 1, stamps);
    }
    cellsValid_ = true;
}

QRegion ExamGrid::positionsRegion(int first, int end) const
{
    first = std::max(first, 0);
    end = std::min(end, rows());
    if (first >= end || columns_ < 1)
        return {};
    const int firstLine = first / columns_, lastLine = (end - 1) / columns_;
    const int firstCol = first % columns_, endCol = (end - 1) % columns_ + 1;
    auto span = [this](int line, int fromCol, int toCol, int lines) {
        return QRect(origin_.x() + fromCol * pitch_, origin_.y() + line * pitch_,
                     (toCol - fromCol) * pitch_, lines * pitch_);
    };
    if (firstLine == lastLine)
        return QRegion(span(firstLine, firstCol, endCol, 1));
    QRegion r(span(firstLine, firstCol, columns_, 1));
    if (lastLine > firstLine + 1)
        r += span(firstLine + 1, 0, columns_, lastLine - firstLine - 1);
    r += span(lastLine, 0, endCol, 1);
    return r;
}

void ExamGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int n = rows();
    ensureCells();
    if (batchFirst_ < 0 || solvedUpTo_ >= n) {
        p.drawImage(QPoint(0, 0), cells_[0]);
    } else {
        const QRegion solved = positionsRegion(0, solvedUpTo_);
        p.setClipRegion(QRegion(rect()) - solved);
        p.drawImage(QPoint(0, 0), cells_[1]);
        if (!solved.isEmpty()) {
            p.setClipRegion(solved);
            p.drawImage(QPoint(0, 0), cells_[0]);
        }
        p.setClipping(false);
    }
    p.setRenderHint(QPainter::Antialiasing, pitch_ >= 8);
    const qreal radius = pitch_ >= 10 ? 3.0 : 0.0;
    // The batch: one outline around each of its cells, thick enough to see at any size.
    if (batchFirst_ >= 0 && batchCount_ > 0) {
        const QColor c = phase_ == Phase::Solving ? solvingColor : batchColor;
        const int w = std::clamp(pitch_ / 7, 2, 4);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, w));
        // A big batch: the outline of its rows (one outline per cell would grow with B).
        const int count = std::min(batchCount_, n - batchFirst_);
        if (count > 256)
            for (const QRect& r : positionsRegion(batchFirst_, batchFirst_ + count))
                p.drawRect(r.adjusted(w / 2, w / 2, -w / 2, -w / 2));
        for (int i = 0; i < batchCount_ && count <= 256; ++i) {
            const int pos = batchFirst_ + i;
            if (pos < 0 || pos >= n)
                continue;
            const QRect r = cellAtPosition(pos);
            const int inset = w / 2;
            p.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), radius, radius);
        }
    }
    if (n == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The questions appear when a run starts."));
    }
}

} // namespace ui
