#include "ui/window/plot_cards.hpp"

#include "ui/plots/data_view.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

// The cards' words stay in the window's context (MainWindow::tr), where the translations have
// them.

namespace ui
{

namespace
{

// A plot card's title with its buttons. The buttons show their words while the title fits beside
// them on one line, else only their icons (large classroom fonts, a narrow card in Korean): the
// title is what must stay readable.
class CardHeader final : public QWidget
{
public:
    CardHeader(QLabel* title, const QList<QToolButton*>& buttons) : title_(title), buttons_(buttons)
    {
        auto* h = new QHBoxLayout(this);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(title, 1);
        for (QToolButton* b : buttons) {
            b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            h->addWidget(b, 0, Qt::AlignTop);
        }
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        int need = title_->fontMetrics().horizontalAdvance(title_->text()) + 16;
        for (QToolButton* b : buttons_)
            need += b->fontMetrics().horizontalAdvance(b->text()) + b->iconSize().width() + 24;
        const auto style = width() < need ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
        for (QToolButton* b : buttons_)
            b->setToolButtonStyle(style);
    }

private:
    QLabel* title_;
    QList<QToolButton*> buttons_;
};

} // namespace

PlotCards::PlotCards(LossPerUpdatePlot* perUpdate, LossPerEpochPlot* perEpoch, DataView* data,
                     QObject* parent)
    : QObject(parent), perUpdate_(perUpdate), perEpoch_(perEpoch), dataView_(data)
{
}

QWidget* PlotCards::card(const QString& title, PlotWidget* plot, QWidget* options)
{
    QStyle* style = QApplication::style();
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* v = new QVBoxLayout(frame);
    v->setContentsMargins(4, 4, 4, 4);
    v->setSpacing(2);
    // The title (wrapping when the card is narrow) with the view buttons; the plot's options on
    // a row of their own, so that the window fits a 1366-pixel screen in either language.
    auto* label = new QLabel(title);
    label->setObjectName(QStringLiteral("cardTitle"));
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setWordWrap(true);
    label->setMinimumWidth(80);
    auto* resetView = new QToolButton;
    resetView->setText(MainWindow::tr("Reset view"));
    resetView->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    resetView->setToolTip(
        MainWindow::tr("Fit the plot to the data again and follow it (or double-click the plot). "
                       "Drag to pan, wheel to zoom."));
    connect(resetView, &QToolButton::clicked, plot, &PlotWidget::resetView);
    auto* exportButton = new QToolButton;
    exportButton->setText(MainWindow::tr("Export..."));
    exportButton->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton->setToolTip(
        MainWindow::tr("Save this plot as PNG, JPG, BMP, PDF or SVG (right-click for more)"));
    connect(exportButton, &QToolButton::clicked, this,
            [this, plot] { emit exportRequested(plot); });
    v->addWidget(new CardHeader(label, {resetView, exportButton}));
    if (options) {
        auto* row = new QHBoxLayout;
        row->addWidget(options);
        row->addStretch(1);
        v->addLayout(row);
    }
    v->addWidget(plot, 1);
    return frame;
}

QWidget* PlotCards::buildPerUpdateCard()
{
    auto* options = new QWidget;
    auto* h = new QHBoxLayout(options);
    h->setContentsMargins(0, 0, 0, 0);
    xAxisCombo_ = new QComboBox;
    for (int i = 0; i < updateAxisCount; ++i)
        xAxisCombo_->addItem(axisChoice(UpdateAxis(i)));
    xAxisCombo_->setToolTip(
        MainWindow::tr("Count the x axis in weight updates (answer-sheet checks), epochs "
                       "(passes over the exam), questions solved or seconds: kept runs "
                       "read differently on each."));
    connect(xAxisCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { perUpdate_->setAxis(UpdateAxis(i)); });
    updateLogY_ = new QCheckBox(MainWindow::tr("log y"));
    connect(updateLogY_, &QCheckBox::toggled, perUpdate_, &LossPerUpdatePlot::setLogY);
    smoothingSlider_ = new QSlider(Qt::Horizontal);
    smoothingSlider_->setRange(0, 99);
    smoothingSlider_->setValue(60);
    smoothingSlider_->setMinimumWidth(60);
    smoothingSlider_->setMaximumWidth(160);
    smoothingSlider_->setToolTip(
        MainWindow::tr("Smoothing as in TensorBoard (exponential moving average with "
                       "debiasing). 0 = off."));
    smoothingLabel_ = new QLabel(QStringLiteral("0.60"));
    connect(smoothingSlider_, &QSlider::valueChanged, this, [this](int v) {
        smoothingLabel_->setText(QString::number(v / 100.0, 'f', 2));
        perUpdate_->setSmoothing(v / 100.0);
    });
    auto* smoothingName = new QLabel(MainWindow::tr("smoothing"));
    smoothingName->setBuddy(smoothingSlider_);
    xAxisCombo_->setAccessibleName(MainWindow::tr("x axis of the loss per update"));
    auto* updateLogX = new QCheckBox(MainWindow::tr("log x"));
    updateLogX->setObjectName(QStringLiteral("updateLogX"));
    updateLogX->setToolTip(
        MainWindow::tr("A logarithmic x axis: runs of very different lengths side by side."));
    connect(updateLogX, &QCheckBox::toggled, perUpdate_, &PlotWidget::setLogX);
    // Where the pair of loss plots is short of width (classroom fonts on a 1280-pixel screen),
    // the axis choices give way first: the chosen one is elided, its list stays whole.
    xAxisCombo_->setMinimumWidth(
        xAxisCombo_->fontMetrics().horizontalAdvance(QStringLiteral("x: epoch")) + 36);
    h->addWidget(xAxisCombo_);
    h->addWidget(updateLogX);
    h->addWidget(updateLogY_);
    h->addSpacing(8);
    h->addWidget(smoothingName);
    h->addWidget(smoothingSlider_);
    h->addWidget(smoothingLabel_);
    return card(MainWindow::tr("Loss per weight update (one check of a batch)"), perUpdate_,
                options);
}

QWidget* PlotCards::buildPerEpochCard()
{
    auto* options = new QWidget;
    auto* h = new QHBoxLayout(options);
    h->setContentsMargins(0, 0, 0, 0);
    epochAxisCombo_ = new QComboBox;
    epochAxisCombo_->setObjectName(QStringLiteral("epochAxisCombo"));
    for (int i = 0; i < updateAxisCount; ++i)
        epochAxisCombo_->addItem(axisChoice(UpdateAxis(i)));
    epochAxisCombo_->setCurrentIndex(int(UpdateAxis::Epoch));
    epochAxisCombo_->setToolTip(MainWindow::tr(
        "Compare runs per epoch (pass over the exam), per weight update, per question solved "
        "or per second: small batches learn more per epoch, large ones more per update."));
    connect(epochAxisCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { perEpoch_->setAxis(UpdateAxis(i)); });
    epochLogY_ = new QCheckBox(MainWindow::tr("log y"));
    connect(epochLogY_, &QCheckBox::toggled, perEpoch_, &LossPerEpochPlot::setLogY);
    accuracyCheck_ = new QCheckBox(MainWindow::tr("accuracy"));
    accuracyCheck_->setChecked(true);
    accuracyCheck_->setToolTip(
        MainWindow::tr("Show the share of questions answered right (classification)."));
    connect(accuracyCheck_, &QCheckBox::toggled, perEpoch_, &LossPerEpochPlot::setShowAccuracy);
    auto* epochLogX = new QCheckBox(MainWindow::tr("log x"));
    epochLogX->setObjectName(QStringLiteral("epochLogX"));
    epochAxisCombo_->setAccessibleName(MainWindow::tr("x axis of the loss per epoch"));
    epochLogX->setToolTip(
        MainWindow::tr("A logarithmic x axis: runs of very different lengths side by side."));
    connect(epochLogX, &QCheckBox::toggled, perEpoch_, &PlotWidget::setLogX);
    epochAxisCombo_->setMinimumWidth(
        epochAxisCombo_->fontMetrics().horizontalAdvance(QStringLiteral("x: epoch")) + 36);
    h->addWidget(epochAxisCombo_);
    h->addWidget(epochLogX);
    h->addWidget(epochLogY_);
    h->addWidget(accuracyCheck_);
    return card(MainWindow::tr("Loss per epoch (one pass over the exam)"), perEpoch_, options);
}

QWidget* PlotCards::buildDataCard()
{
    QWidget* frame =
        card(MainWindow::tr("Practice exam and the model's answers"), dataView_, nullptr);
    // What only some data show, as widgets of the card's own column (hidden, they take no room
    // and the card is exactly as before): the axes of wide data (the projection or two columns)
    // above the plot, the confusion matrix (three or more classes) beside it, the pictures still
    // answered wrongly (digits) under both.
    auto* v = static_cast<QVBoxLayout*>(frame->layout());
    const int at = v->indexOf(dataView_);
    v->removeWidget(dataView_);
    auto* h = new QHBoxLayout;
    h->setSpacing(6);
    h->addWidget(dataView_, 1);
    h->addWidget(dataView_->sidePanel());
    v->insertWidget(at, dataView_->axisChoice(), 0, Qt::AlignLeft);
    v->insertLayout(at + 1, h, 1);
    v->insertWidget(at + 2, dataView_->wrongPanel());
    return frame;
}

AdaptiveLayout::Card PlotCards::layoutCard(PlotWidget* plot, const QString& tab)
{
    AdaptiveLayout::Card c;
    c.plot = plot;
    c.card = plot->parentWidget();
    c.title = c.card->findChild<QLabel*>(QStringLiteral("cardTitle"));
    c.tabName = tab;
    return c;
}

void PlotCards::setAxes(UpdateAxis perUpdate, UpdateAxis perEpoch)
{
    xAxisCombo_->setCurrentIndex(int(perUpdate));
    epochAxisCombo_->setCurrentIndex(int(perEpoch));
}

PlotCards::Options PlotCards::options() const
{
    Options o;
    o.updateAxis = xAxisCombo_->currentIndex();
    o.epochAxis = epochAxisCombo_->currentIndex();
    o.updateLogY = updateLogY_->isChecked();
    o.smoothing = smoothingSlider_->value();
    o.epochLogY = epochLogY_->isChecked();
    o.accuracy = accuracyCheck_->isChecked();
    return o;
}

void PlotCards::setOptions(const Options& o)
{
    xAxisCombo_->setCurrentIndex(std::clamp(o.updateAxis, 0, updateAxisCount - 1));
    epochAxisCombo_->setCurrentIndex(std::clamp(o.epochAxis, 0, updateAxisCount - 1));
    updateLogY_->setChecked(o.updateLogY);
    smoothingSlider_->setValue(o.smoothing);
    epochLogY_->setChecked(o.epochLogY);
    accuracyCheck_->setChecked(o.accuracy);
}

} // namespace ui
