#include "ui/plots/series_style.hpp"

#include <array>

namespace ui::series
{

namespace
{
// Okabe & Ito (2008), "Color Universal Design": the colours with 3:1 contrast against white.
constexpr quint32 okabeItoBlue = 0x0072B2;
constexpr quint32 okabeItoVermillion = 0xD55E00;
constexpr std::array<QCPScatterStyle::ScatterShape, 7> runMarkers{
    QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,         QCPScatterStyle::ssDiamond,
    QCPScatterStyle::ssCircle, QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCross,
    QCPScatterStyle::ssPlus};

template <class A> auto nth(const A& a, int n)
{
    const int size = int(a.size());
    return a[std::size_t(((n % size) + size) % size)];
}
} // namespace

QColor trainingColour()
{
    return QColor::fromRgb(okabeItoBlue);
}

QColor validationColour()
{
    return QColor::fromRgb(okabeItoVermillion);
}

QColor smoothedColour()
{
    return QColor(Qt::black);
}

QCPScatterStyle::ScatterShape runMarker(int n)
{
    return nth(runMarkers, n);
}

void applyRunMarker(QCPGraph* graph, int n, double scale, int points)
{
    QCPScatterStyle style(runMarker(n), 7.0 * scale);
    QPen pen = graph->pen();
    pen.setStyle(Qt::SolidLine);
    pen.setWidthF(std::max(1.2, pen.widthF()));
    style.setPen(pen);
    style.setBrush(Qt::white);
    graph->setScatterStyle(style);
    graph->setScatterSkip(std::max(0, points / 12 - 1));
}

QPixmap swatch(bool live, const QColor& colour, int look, int height)
{
    const int h = std::max(8, height);
    QPixmap pixmap(2 * h, h);
    pixmap.fill(Qt::transparent);
    QCPPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = 2.0 * h, upper = 0.3 * h, lower = 0.75 * h;
    const double width = std::max(1.5, h / 8.0);
    const QColor top = live ? trainingColour() : colour;
    const QColor bottom = live ? validationColour() : colour;
    p.setPen(QPen(top, width, live ? Qt::DashLine : Qt::SolidLine));
    p.drawLine(QPointF(1, upper), QPointF(w - 1, upper));
    p.setPen(QPen(bottom, width, live ? Qt::SolidLine : Qt::DashLine));
    p.drawLine(QPointF(1, lower), QPointF(w - 1, lower));
    if (!live) {
        QCPScatterStyle marker(runMarker(look), 0.55 * h);
        marker.setPen(QPen(colour, width));
        marker.setBrush(Qt::white);
        marker.applyTo(&p, QPen(colour, width));
        marker.drawShape(&p, w / 2.0, upper);
    }
    p.end();
    return pixmap;
}

} // namespace ui::series
