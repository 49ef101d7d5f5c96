#include "ui/plots/wrong_pictures.hpp"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ui
{

WrongPictures::WrongPictures(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Pictures the model still gets wrong"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WrongPictures::setData(std::shared_ptr<const core::Dataset> train)
{
    data_ = train;
    tiles_.setData(std::move(train));
    rows_.clear();
    answers_.clear();
    update();
}

void WrongPictures::setWrong(std::vector<int> rows, std::vector<int> answers)
{
    if (rows.size() != answers.size())
        return;
    if (rows == rows_ && answers == answers_)
        return;
    rows_ = std::move(rows);
    answers_ = std::move(answers);
    update();
}

int WrongPictures::moreWidth() const
{
    return fontMetrics().horizontalAdvance(tr("+%n more", nullptr, 88888)) + 8;
}

int WrongPictures::shownCount() const
{
    const int n = wrongCount();
    const int all = (width() + gap) / (tileWidth + gap);
    if (n <= all)
        return n;
    return std::max(0, (width() - moreWidth() + gap) / (tileWidth + gap));
}

int WrongPictures::rowOfTile(int i) const
{
    return i >= 0 && i < wrongCount() ? rows_[std::size_t(i)] : -1;
}

QRect WrongPictures::tileRect(int i) const
{
    return {i * (tileWidth + gap), 2, tileWidth, tileHeight};
}

QSize WrongPictures::sizeHint() const
{
    return {8 * (tileWidth + gap), tileHeight + 4};
}

QSize WrongPictures::minimumSizeHint() const
{
    return {tileWidth + moreWidth(), tileHeight + 4};
}

void WrongPictures::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int shown = shownCount();
    if (wrongCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                   data_ ? tr("none: the model answers every picture of the "
                              "practice exam right")
                         : QString());
        return;
    }
    for (int i = 0; i < shown; ++i) {
        const QRect r = tileRect(i);
        p.fillRect(r, QColor(250, 232, 229));
        tiles_.paint(p, r.adjusted(2, 2, -2, -2), rows_[std::size_t(i)], answers_[std::size_t(i)],
                     true, false);
    }
    if (shown < wrongCount()) {
        p.setFont(font());
        p.setPen(palette().color(QPalette::WindowText));
        const int left = shown * (tileWidth + gap);
        p.drawText(QRect(left, 0, width() - left, height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%n more", nullptr, wrongCount() - shown));
    }
}

void WrongPictures::mousePressEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    for (int i = 0; i < shownCount(); ++i)
        if (tileRect(i).contains(at) && event->button() == Qt::LeftButton) {
            emit questionClicked(rows_[std::size_t(i)]);
            break;
        }
    QWidget::mousePressEvent(event);
}

bool WrongPictures::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (int i = 0; i < shownCount(); ++i)
            if (tileRect(i).contains(help->pos())) {
                const int row = rows_[std::size_t(i)];
                QToolTip::showText(
                    help->globalPos(),
                    tr("Question %1: the answer sheet says %2, the model answers %3. "
                       "Click to "
                       "select it in the exam view.")
                        .arg(row + 1)
                        .arg(tiles_.className(int(std::lround(data_->y(row)))),
                             tiles_.className(answers_[std::size_t(i)])),
                    this, tileRect(i));
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
