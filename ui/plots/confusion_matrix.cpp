#include "ui/plots/confusion_matrix.hpp"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace ui
{

namespace
{

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// Longer names are cut with an ellipsis in the headers (the tooltip says them whole).
constexpr int maxHeaderChars = 10;

} // namespace

ConfusionMatrix::ConfusionMatrix(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setPracticeExam(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    measure();
}

void ConfusionMatrix::setPracticeExam(bool practice)
{
    practice_ = practice;
    setAccessibleName(practice ? tr("Confusion matrix of the practice exam")
                               : tr("Confusion matrix of the new exam"));
}

void ConfusionMatrix::clear()
{
    names_.clear();
    counts_.clear();
    clearPick();
    measure();
}

void ConfusionMatrix::setClasses(const QStringList& names)
{
    if (names == names_)
        return;
    names_ = names;
    counts_.assign(std::size_t(classes()) * std::size_t(classes()), 0);
    pickedTruth_ = pickedAnswer_ = -1;
    measure();
}

void ConfusionMatrix::setCounts(std::vector<int> counts)
{
    if (counts.size() != std::size_t(classes()) * std::size_t(classes()))
        return;
    counts_ = std::move(counts);
    // Wider counts than the cells hold (a large exam): the cells grow.
    const int before = pitch_;
    measure();
    if (pitch_ == before)
        update();
}

int ConfusionMatrix::count(int truth, int answer) const
{
    const int k = classes();
    if (truth < 0 || answer < 0 || truth >= k || answer >= k || counts_.empty())
        return 0;
    return counts_[std::size_t(truth) * std::size_t(k) + std::size_t(answer)];
}

void ConfusionMatrix::clearPick()
{
    pickedTruth_ = pickedAnswer_ = -1;
    update();
}

QString ConfusionMatrix::shortName(int c) const
{
    const QString& name = names_.value(c);
    return name.size() > maxHeaderChars ? name.left(maxHeaderChars - 1) + QChar(0x2026) : name;
}

void ConfusionMatrix::measure()
{
    const QFontMetrics fm(font());
    const int largest = counts_.empty() ? 0 : *std::max_element(counts_.begin(), counts_.end());
    pitch_ = std::max({fm.height() + 6, fm.horizontalAdvance(QString::number(largest)) + 8, 18});
    int nameWidth = fm.horizontalAdvance(QStringLiteral("00"));
    for (int c = 0; c < classes(); ++c)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(shortName(c)));
    header_ = nameWidth + 8;
    // Short names (digits) stand upright over their columns; longer ones are turned.
    upright_ = nameWidth <= pitch_ - 4;
    top_ = upright_ ? fm.height() + 4 : header_;
    updateGeometry();
    resize(sizeHint());
    update();
}

void ConfusionMatrix::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        measure();
}

QSize ConfusionMatrix::sizeHint() const
{
    return {header_ + classes() * pitch_ + 2, top_ + classes() * pitch_ + 2};
}

QRect ConfusionMatrix::cellRect(int truth, int answer) const
{
    if (truth < 0 || answer < 0 || truth >= classes() || answer >= classes())
        return {};
    return {header_ + answer * pitch_, top_ + truth * pitch_, pitch_, pitch_};
}

QPoint ConfusionMatrix::cellAt(QPoint p) const
{
    // The names cover the cells under them (they stay in view while the cells scroll).
    const QRect shown = shownRect();
    if (p.x() < std::max(header_, shown.left() + header_) ||
        p.y() < std::max(top_, shown.top() + top_))
        return {-1, -1};
    const int answer = (p.x() - header_) / pitch_;
    const int truth = (p.y() - top_) / pitch_;
    if (answer >= classes() || truth >= classes())
        return {-1, -1};
    return {answer, truth};
}

void ConfusionMatrix::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0) {
        pickedTruth_ = cell.y();
        pickedAnswer_ = cell.x();
        update();
        emit cellClicked(cell.y(), cell.x());
    }
    QWidget::mousePressEvent(event);
}

void ConfusionMatrix::keyPressEvent(QKeyEvent* event)
{
    const int k = classes();
    if (k == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    int t = std::max(pickedTruth_, 0), a = std::max(pickedAnswer_, 0);
    switch (event->key()) {
    case Qt::Key_Left:
        a = std::max(a - 1, 0);
        break;
    case Qt::Key_Right:
        a = std::min(a + 1, k - 1);
        break;
    case Qt::Key_Up:
        t = std::max(t - 1, 0);
        break;
    case Qt::Key_Down:
        t = std::min(t + 1, k - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        pickedTruth_ = t;
        pickedAnswer_ = a;
        update();
        emit cellClicked(t, a);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    pickedTruth_ = t;
    pickedAnswer_ = a;
    update();
    emit cellFocused(cellRect(t, a));
}

bool ConfusionMatrix::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            const int n = count(cell.y(), cell.x());
            const QString text =
                practice_ ? tr("Answer sheet: %1, model: %2\n%n question(s) of the practice exam. "
                               "Click to select them in the exam view.",
                               nullptr, n)
                          : tr("Answer sheet: %1, model: %2\n%n question(s) of the new exam.",
                               nullptr, n);
            QToolTip::showText(help->globalPos(),
                               text.arg(names_.value(cell.y()), names_.value(cell.x())), this,
                               cellRect(cell.y(), cell.x()));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

QRect ConfusionMatrix::shownRect() const
{
    const QRect shown = visibleRegion().boundingRect();
    return shown.isEmpty() ? rect() : shown;
}

void ConfusionMatrix::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const int k = classes();
    if (k == 0)
        return;
    const QRect dirty = event->rect();
    // The cells: right answers green, wrong ones red, as strong as their share of the row.
    std::vector<int> rowTotal(std::size_t(k), 0);
    for (int t = 0; t < k; ++t)
        for (int a = 0; a < k; ++a)
            rowTotal[std::size_t(t)] += count(t, a);
    QFont bold = font();
    bold.setBold(true);
    for (int t = 0; t < k; ++t)
        for (int a = 0; a < k; ++a) {
            const QRect r = cellRect(t, a);
            if (!r.intersects(dirty))
                continue;
            const int n = count(t, a);
            const double share =
                rowTotal[std::size_t(t)] > 0 ? double(n) / rowTotal[std::size_t(t)] : 0.0;
            QColor fill(248, 248, 248);
            if (n > 0)
                fill = t == a ? mix(QColor(222, 240, 225), QColor(56, 142, 72), share)
                              : mix(QColor(250, 222, 218), QColor(196, 50, 40), share * 2.0);
            p.fillRect(r.adjusted(0, 0, -1, -1), fill);
            if (n > 0) {
                p.setFont(t == a ? bold : font());
                p.setPen(fill.lightnessF() < 0.55 ? QColor(255, 255, 255) : QColor(20, 20, 20));
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
    p.setFont(font());
    p.setPen(QPen(QColor(190, 190, 190), 1));
    p.drawRect(QRect(header_, top_, k * pitch_, k * pitch_).adjusted(0, 0, -1, -1));
    if (pickedTruth_ >= 0) {
        p.setPen(QPen(QColor(20, 20, 20), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(pickedTruth_, pickedAnswer_).adjusted(1, 1, -2, -2));
    }
    // The names stay in view while the cells scroll (many classes): rows (answer sheet) at the
    // shown part's left, columns (model) at its top, upright when short, else turned.
    const QRect shown = shownRect();
    const int x0 = shown.left(), y0 = shown.top();
    const QColor background = palette().color(QPalette::Window);
    p.fillRect(QRect(x0, y0, header_, shown.height()), background);
    p.fillRect(QRect(x0, y0, shown.width(), top_), background);
    p.setPen(palette().color(QPalette::WindowText));
    const QRect rowNames(x0, y0 + top_, header_, shown.height() - top_);
    const QRect columnNames(x0 + header_, y0, shown.width() - header_, top_);
    for (int c = 0; c < k; ++c) {
        const QRect row(x0, top_ + c * pitch_, header_ - 4, pitch_);
        if (row.intersects(rowNames)) {
            p.setClipRect(rowNames);
            p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, shortName(c));
        }
        const QRect column(header_ + c * pitch_, y0, pitch_, top_ - 2);
        if (!column.intersects(columnNames))
            continue;
        p.setClipRect(columnNames);
        if (upright_) {
            p.drawText(column, Qt::AlignHCenter | Qt::AlignBottom, shortName(c));
        } else {
            p.save();
            p.translate(column.left(), column.bottom());
            p.rotate(-90);
            p.drawText(QRect(0, 0, column.height(), column.width()),
                       Qt::AlignLeft | Qt::AlignVCenter, shortName(c));
            p.restore();
        }
    }
    // The corner over both.
    p.setClipping(false);
    p.fillRect(QRect(x0, y0, header_, top_), background);
}

} // namespace ui
