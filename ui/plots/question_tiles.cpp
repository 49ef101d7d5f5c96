#include "ui/plots/question_tiles.hpp"

#include <QFont>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ui
{

namespace
{

// An image of a few pixels, enlarged with sharp edges; paler for a question not yet solved.
void drawPixels(QPainter& p, const QRect& r, const QImage& image, bool pale)
{
    p.save();
    if (pale)
        p.setOpacity(0.55);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(r, image);
    p.restore();
}

} // namespace

ModelAnswer modelAnswer(const Eigen::Ref<const Eigen::RowVectorXd>& z)
{
    if (z.size() == 1) {
        const double p = 1.0 / (1.0 + std::exp(-z(0)));
        return {p > 0.5 ? 1 : 0, std::max(p, 1.0 - p)};
    }
    Eigen::Index best = 0;
    const double top = z.maxCoeff(&best);
    return {static_cast<int>(best), 1.0 / (z.array() - top).exp().sum()};
}

void QuestionTiles::setData(std::shared_ptr<const core::Dataset> data)
{
    data_ = std::move(data);
    look_ = Look::Plain;
    mean_.resize(0);
    spread_.resize(0);
    if (!data_ || data_->rows() == 0)
        return;
    const int side = data_->pictureSide;
    if (side > 0 && side * side <= data_->inputs()) {
        look_ = Look::Picture;
    } else if (data_->inputs() > 2) {
        look_ = Look::Strip;
        mean_ = data_->x.colwise().mean();
        spread_ = ((data_->x.rowwise() - mean_).array().square().colwise().mean().sqrt())
                      .max(1e-12)
                      .matrix();
    }
}

int QuestionTiles::minimumPitch() const
{
    switch (look_) {
    case Look::Picture:
        return 14;
    case Look::Strip:
        return 12;
    case Look::Plain:
        break;
    }
    return 1 << 30;
}

QString QuestionTiles::className(int c) const
{
    if (data_ && c >= 0 && static_cast<std::size_t>(c) < data_->classNames.size())
        return QString::fromStdString(data_->classNames[static_cast<std::size_t>(c)]);
    return QString::number(c);
}

void QuestionTiles::paint(QPainter& p, const QRect& r, int row, int modelClass, bool wrong,
                          bool pale) const
{
    if (!data_ || row < 0 || row >= data_->rows() || r.width() < 4 || r.height() < 4)
        return;
    if (look_ == Look::Picture)
        paintPicture(p, r, row, modelClass, wrong, pale);
    else if (look_ == Look::Strip)
        paintStrip(p, r, row, pale);
}

void QuestionTiles::paintPicture(QPainter& p, const QRect& r, int row, int modelClass, bool wrong,
                                 bool pale) const
{
    const int side = data_->pictureSide;
    // Ink dark on paper, as written.
    QImage picture(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y) {
        uchar* line = picture.scanLine(y);
        for (int x = 0; x < side; ++x) {
            const double v = std::clamp(data_->x(row, y * side + x), 0.0, 1.0);
            line[x] = static_cast<uchar>(std::lround(255.0 * (1.0 - v)));
        }
    }
    // The picture on the left; the answers in a column on the right when the tile has room.
    const bool answers = r.height() >= 26;
    const int textWidth = answers ? std::max(r.width() * 3 / 10, 9) : 0;
    const int size = std::min(r.width() - textWidth, r.height());
    const QRect picRect(r.left(), r.top() + (r.height() - size) / 2, size, size);
    drawPixels(p, picRect, picture, pale);
    if (!answers) {
        // A small tile: a wrong one still shows the digit the model gave, in a red corner.
        if (wrong && modelClass >= 0) {
            const int b = std::max(9, r.height() / 2);
            const QRect badge(r.right() - b + 1, r.bottom() - b + 1, b, b);
            p.fillRect(badge, QColor(176, 32, 28));
            QFont f = p.font();
            f.setPixelSize(std::max(8, b - 2));
            f.setBold(true);
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, className(modelClass));
        }
        return;
    }
    const QRect column(picRect.right() + 1, r.top(), r.right() - picRect.right(), r.height());
    const int truth = int(std::lround(data_->y(row)));
    QFont f = p.font();
    f.setPixelSize(std::clamp(std::min(column.width(), column.height() / 2) * 9 / 10, 7, 22));
    f.setBold(true);
    p.setFont(f);
    const QRect top(column.left(), column.top(), column.width(), column.height() / 2);
    const QRect bottom(column.left(), top.bottom() + 1, column.width(),
                       column.height() - top.height());
    // The answer sheet's answer above, the model's below (red and struck when wrong).
    p.setPen(QColor(20, 20, 20));
    p.drawText(top, Qt::AlignCenter, className(truth));
    if (modelClass >= 0) {
        p.setPen(wrong ? QColor(255, 255, 255) : QColor(20, 70, 30));
        if (wrong)
            p.fillRect(bottom.adjusted(1, 1, -1, -1), QColor(176, 32, 28));
        p.drawText(bottom, Qt::AlignCenter, className(modelClass));
    }
}

void QuestionTiles::paintStrip(QPainter& p, const QRect& r, int row, bool pale) const
{
    // One band of the row's values, left to right, coloured by how far each lies from its
    // column's mean (blue below, orange above); wide rows are sampled to the band's pixels.
    const int inputs = data_->inputs();
    const int width = std::max(1, std::min(inputs, r.width()));
    QImage band(width, 1, QImage::Format_RGB32);
    auto* line = reinterpret_cast<QRgb*>(band.scanLine(0));
    for (int i = 0; i < width; ++i) {
        const int c = static_cast<int>(std::int64_t(i) * inputs / width);
        const double z = std::clamp((data_->x(row, c) - mean_(c)) / spread_(c) / 2.5, -1.0, 1.0);
        const QColor lo(49, 104, 178), mid(246, 246, 246), hi(221, 120, 36);
        const QColor& end = z < 0 ? lo : hi;
        const double t = std::abs(z);
        line[i] = qRgb(int(mid.red() + (end.red() - mid.red()) * t),
                       int(mid.green() + (end.green() - mid.green()) * t),
                       int(mid.blue() + (end.blue() - mid.blue()) * t));
    }
    const int h = std::max(3, r.height() * 2 / 5);
    const QRect bandRect(r.left(), r.bottom() - h + 1, r.width(), h);
    drawPixels(p, bandRect, band, pale);
}

} // namespace ui
