#include "ui/plots/data_view.hpp"

#include "ui/plots/confusion_matrix.hpp"
#include "ui/plots/wrong_pictures.hpp"

#include <QComboBox>
#include <QDebug>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>

namespace ui
{

namespace
{

// Classes 0 and 1 as before; further classes from the Okabe-Ito palette, then around the hue
// circle (the legend names at most the first ten).
QColor classColor(int c)
{
    static const QColor colors[] = {
        QColor(40, 110, 200), QColor(230, 120, 30), QColor(0, 158, 115), QColor(204, 121, 167),
        QColor(240, 228, 66), QColor(86, 180, 233), QColor(213, 94, 0),  QColor(90, 90, 90),
        QColor(150, 100, 40), QColor(120, 60, 170)};
    constexpr int known = int(sizeof colors / sizeof colors[0]);
    if (c < known)
        return colors[c];
    return QColor::fromHsv((c * 137) % 360, 160, 200);
}

constexpr int maxLegendClasses = 10;

QCPGraph* makeScatter(QCustomPlot* plot, const QString& name, QColor color, bool filled,
                      double size)
{
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setPen(QPen(color));
    g->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle,
                        filled ? QPen(QColor(30, 30, 30), 1.2) : QPen(color.darker(130), 1.2),
                        filled ? QBrush(color) : QBrush(Qt::NoBrush), size));
    g->setLayer(QStringLiteral("points"));
    return g;
}

QCPRange padded(double lo, double hi)
{
    const double pad = std::max((hi - lo) * 0.08, 1e-3);
    return {lo - pad, hi + pad};
}

// The class a row's answer names (0 for regression).
int classOf(const core::Dataset& d, int i, int classes)
{
    if (d.task == core::TaskKind::Regression)
        return 0;
    if (d.task == core::TaskKind::BinaryClassification)
        return d.y(i) > 0.5 ? 1 : 0;
    return std::clamp(static_cast<int>(std::lround(d.y(i))), 0, classes - 1);
}

// The class the model answers for each row of `outputs` (one logit: two classes).
Eigen::VectorXi answeredClasses(const Eigen::MatrixXd& outputs)
{
    Eigen::VectorXi c(outputs.rows());
    for (Eigen::Index i = 0; i < outputs.rows(); ++i) {
        if (outputs.cols() == 1) {
            c(i) = outputs(i, 0) > 0.0 ? 1 : 0;
        } else {
            Eigen::Index best = 0;
            outputs.row(i).maxCoeff(&best);
            c(i) = static_cast<int>(best);
        }
    }
    return c;
}

} // namespace

DataView::DataView(QWidget* parent) : PlotWidget(parent)
{
    setTitle(tr("Data and model"));
    // The model (heat map or curve) and the points on buffered layers of their own: a new model
    // redraws its layer only, never the N points (QCPLayer::replot).
    addLayer(QStringLiteral("model"), layer(QStringLiteral("main")), limBelow);
    addLayer(QStringLiteral("points"), layer(QStringLiteral("main")), limAbove);
    addLayer(QStringLiteral("marks"), layer(QStringLiteral("points")), limAbove);
    layer(QStringLiteral("model"))->setMode(QCPLayer::lmBuffered);
    layer(QStringLiteral("points"))->setMode(QCPLayer::lmBuffered);
    layer(QStringLiteral("marks"))->setMode(QCPLayer::lmBuffered);

    heatMap_ = new QCPColorMap(xAxis, yAxis);
    heatMap_->setName(tr("model: probability of class 1"));
    heatMap_->setTightBoundary(true);
    heatMap_->removeFromLegend();
    heatMap_->setLayer(QStringLiteral("model"));

    curve_ = addGraph();
    curve_->setName(tr("model's prediction"));
    curve_->setPen(QPen(QColor(200, 40, 40), 2.2));
    curve_->setLayer(QStringLiteral("model"));

    wrong_ = addGraph();
    wrong_->setName(tr("the model's answer is wrong"));
    wrong_->setLineStyle(QCPGraph::lsNone);
    wrong_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCross, QPen(QColor(170, 20, 20), 1.6), Qt::NoBrush, 8));
    wrong_->setLayer(QStringLiteral("marks"));

    answers_ = addGraph();
    answers_->setName(tr("model's prediction"));
    answers_->setLineStyle(QCPGraph::lsNone);
    answers_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssPlus, QPen(QColor(200, 40, 40), 1.4), Qt::NoBrush, 6));
    answers_->setLayer(QStringLiteral("marks"));

    throttle_.setInterval(250);
    connect(&throttle_, &QTimer::timeout, this, [this] {
        if (modelDirty_)
            drawModel();
        else
            throttle_.stop();
    });

    // The confusion matrix beside the plot: its caption, the matrix (scrolling when the classes
    // are many) and a note. Without a parent until the window's card takes it (~DataView
    // deletes it otherwise).
    side_ = new QWidget;
    side_->setObjectName(QStringLiteral("confusionPanel"));
    auto* v = new QVBoxLayout(side_);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    // Which exam: the new one by default. A teacher judges overfitting by the new exam: after
    // enough passes the practice exam's matrix is all diagonal while the new exam still shows
    // which digits the model confuses (docs/TEACHERS.md, "Period 5").
    examChoice_ = new QComboBox;
    examChoice_->setObjectName(QStringLiteral("confusionExam"));
    examChoice_->setAccessibleName(tr("Exam the confusion matrix counts"));
    examChoice_->setToolTip(tr("Count the new exam (validation: questions the model never "
                               "trains on) or the practice exam (training)"));
    examChoice_->addItem(tr("New exam (validation)"));
    examChoice_->addItem(tr("Practice exam (training)"));
    examChoice_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(examChoice_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setConfusionExam(i == 0 ? Exam::New : Exam::Practice); });
    auto* caption = new QLabel(tr("answer sheet (rows), model (columns)"));
    caption->setToolTip(tr("How many questions of each class (rows, as the answer sheet says) the "
                           "model answers as each class (columns). Right answers lie on the "
                           "diagonal. Click a cell of the practice exam to select its questions "
                           "in the exam view."));
    caption->setWordWrap(true);
    confusion_ = new ConfusionMatrix;
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("confusionScroll"));
    scroll->setWidget(confusion_);
    scroll->setWidgetResizable(false);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(confusion_, &ConfusionMatrix::cellFocused, scroll, [scroll](const QRect& cell) {
        scroll->ensureVisible(cell.center().x(), cell.center().y(), cell.width() * 2,
                              cell.height() * 2);
    });
    // The matrix keeps its names in view: drawn again whole when it scrolls.
    for (QScrollBar* bar : {scroll->horizontalScrollBar(), scroll->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, confusion_, qOverload<>(&QWidget::update));
    confusionNote_ = new QLabel;
    confusionNote_->setWordWrap(true);
    v->addWidget(examChoice_);
    v->addWidget(caption);
    v->addWidget(scroll, 1);
    v->addWidget(confusionNote_);
    side_->hide();
    connect(confusion_, &ConfusionMatrix::cellClicked, this, [this](int truth, int answer) {
        if (shownExam() == Exam::New) {
            // The exam view holds the practice exam only: say so instead of selecting.
            emit questionsPicked(
                {}, tr("%n question(s) of class %1 in the new exam that the model answers %2. The "
                       "exam view shows the practice exam: choose it above the confusion matrix "
                       "to select its questions.",
                       nullptr, confusion_->count(truth, answer))
                        .arg(className(truth), className(answer)));
            return;
        }
        const std::vector<int> rows = questionsOf(truth, answer);
        const QString what = truth == answer
                                 ? tr("%n question(s) of class %1 that the model answers right",
                                      nullptr, int(rows.size()))
                                       .arg(className(truth))
                                 : tr("%n question(s) of class %1 that the model answers %2",
                                      nullptr, int(rows.size()))
                                       .arg(className(truth), className(answer));
        emit questionsPicked(rows, what);
    });

    // The axes: the projection or two columns.
    axisChoice_ = new QWidget;
    axisChoice_->setObjectName(QStringLiteral("dataAxes"));
    auto* axes = new QHBoxLayout(axisChoice_);
    axes->setContentsMargins(0, 0, 0, 0);
    auto* axesName = new QLabel(tr("axes"));
    xColumn_ = new QComboBox;
    xColumn_->setObjectName(QStringLiteral("dataAxisX"));
    xColumn_->setAccessibleName(tr("x axis of the data view"));
    xColumn_->setToolTip(tr("Draw the questions on their first two principal components, or on "
                            "two input columns of your choice"));
    xColumn_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    yColumn_ = new QComboBox;
    yColumn_->setObjectName(QStringLiteral("dataAxisY"));
    yColumn_->setAccessibleName(tr("y axis of the data view"));
    yColumn_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    axesName->setBuddy(xColumn_);
    axes->addWidget(axesName);
    axes->addWidget(xColumn_);
    axes->addWidget(yColumn_);
    axisChoice_->hide();
    const auto chosen = [this] {
        const int x = xColumn_->currentIndex() - 1;
        setAxisColumns(x, x < 0 ? -1 : yColumn_->currentIndex());
    };
    connect(xColumn_, qOverload<int>(&QComboBox::activated), this, chosen);
    connect(yColumn_, qOverload<int>(&QComboBox::activated), this, chosen);

    // Pictures: the ones still answered wrongly, with their count.
    wrongPanel_ = new QWidget;
    wrongPanel_->setObjectName(QStringLiteral("wrongPicturesPanel"));
    auto* strip = new QHBoxLayout(wrongPanel_);
    strip->setContentsMargins(0, 0, 0, 0);
    wrongCaption_ = new QLabel;
    wrongCaption_->setToolTip(tr("The pictures of the practice exam the model still answers "
                                 "wrongly: the answer sheet's digit above, the model's on red "
                                 "below. Click one to select it in the exam view."));
    wrongPictures_ = new WrongPictures;
    strip->addWidget(wrongCaption_);
    strip->addWidget(wrongPictures_, 1);
    wrongPanel_->hide();
    connect(wrongPictures_, &WrongPictures::questionClicked, this, [this](int row) {
        const int i = row;
        if (!start_ || i < 0 || i >= trainAnswered_.size())
            return;
        const core::Dataset& train = start_->data.train;
        emit questionsPicked(
            {row},
            tr("Question %1: the answer sheet says %2, the model answers %3")
                .arg(row + 1)
                .arg(className(classOf(train, row, classCount())), className(trainAnswered_(i))));
    });
    clearRun();
}

DataView::~DataView()
{
    for (QWidget* w : {side_.data(), axisChoice_.data(), wrongPanel_.data()})
        if (w && !w->parent())
            delete w;
}

void DataView::setAxisColumns(int x, int y)
{
    const int inputs = start_ ? start_->spec.inputs : 0;
    if (x < 0 || x >= inputs)
        x = y = -1;
    else if (y < 0 || y >= inputs)
        y = x + 1 < inputs ? x + 1 : 0;
    if (x == columnX_ && y == columnY_) {
        refreshAxisChoice();
        return;
    }
    columnX_ = x;
    columnY_ = y;
    if (!start_ || mode_ != Mode::Projection)
        return;
    // Drawn again on the new axes with the weights as they are.
    const std::shared_ptr<const RunStart> start = start_;
    const Eigen::VectorXd parameters = parameters_;
    setRunStart(start);
    setParameters(parameters);
    redrawModelNow();
}

void DataView::refreshAxisChoice()
{
    const bool show = start_ && mode_ == Mode::Projection;
    if (axisChoice_)
        axisChoice_->setVisible(show && axisChoice_->parentWidget());
    if (!show)
        return;
    const int inputs = start_->spec.inputs;
    if (yColumn_->count() != inputs) {
        const QSignalBlocker bx(xColumn_), by(yColumn_);
        xColumn_->clear();
        yColumn_->clear();
        xColumn_->addItem(tr("Projection (PCA)"));
        for (int c = 0; c < inputs; ++c) {
            xColumn_->addItem(tr("x: column %1").arg(c + 1));
            yColumn_->addItem(tr("y: column %1").arg(c + 1));
        }
    }
    const QSignalBlocker bx(xColumn_), by(yColumn_);
    xColumn_->setCurrentIndex(columnX_ + 1);
    yColumn_->setCurrentIndex(std::max(columnY_, 0));
    // Regression: one column, against the answer.
    yColumn_->setVisible(columnX_ >= 0 && classification());
}

QPointF DataView::questionPoint(bool training, int row) const
{
    if (!start_)
        return {};
    const core::Dataset& d = training ? start_->data.train : start_->data.val;
    if (row < 0 || row >= d.rows())
        return {};
    return pointOf(d, training ? trainProjected_ : valProjected_, row);
}

QString DataView::className(int c) const
{
    const auto& names = start_ ? start_->data.train.classNames : std::vector<std::string>{};
    if (c >= 0 && static_cast<std::size_t>(c) < names.size())
        return QString::fromStdString(names[std::size_t(c)]);
    return QString::number(c);
}

std::vector<int> DataView::questionsOf(int truth, int answer) const
{
    std::vector<int> rows;
    if (!start_ || !classification())
        return rows;
    const core::Dataset& train = start_->data.train;
    if (trainAnswered_.size() != train.rows())
        return rows;
    const int classes = classCount();
    for (int i = 0; i < train.rows(); ++i)
        if (classOf(train, i, classes) == truth && trainAnswered_(i) == answer)
            rows.push_back(i);
    return rows;
}

void DataView::refreshWrongPictures()
{
    const bool show = start_ && classification() && start_->data.train.pictureSide > 0;
    showsWrongPictures_ = show;
    if (wrongPanel_)
        wrongPanel_->setVisible(show && wrongPanel_->parentWidget());
    if (!show)
        return;
    const core::Dataset& train = start_->data.train;
    std::vector<int> rows, answers;
    if (trainAnswered_.size() == train.rows()) {
        const int classes = classCount();
        for (int i = 0; i < train.rows(); ++i)
            if (trainAnswered_(i) != classOf(train, i, classes)) {
                rows.push_back(i);
                answers.push_back(trainAnswered_(i));
            }
    }
    wrongCaption_->setText(tr("Still wrong: %n", nullptr, int(rows.size())));
    wrongPictures_->setWrong(std::move(rows), std::move(answers));
}

void DataView::refreshConfusion()
{
    const int classes = classCount();
    const bool show = start_ && classification() && classes >= 3;
    showsConfusion_ = show;
    // Shown only inside the window's card: a panel without a parent would be a window of its own.
    if (side_)
        side_->setVisible(show && side_->parentWidget());
    if (!show) {
        confusion_->clear();
        return;
    }
    QStringList names;
    for (int c = 0; c < classes; ++c)
        names << className(c);
    confusion_->setClasses(names);
    const bool practice = shownExam() == Exam::Practice;
    confusion_->setPracticeExam(practice);
    {
        const QSignalBlocker quiet(examChoice_);
        examChoice_->setCurrentIndex(practice ? 1 : 0);
        // Without a new exam (a file trained whole) there is only the practice exam.
        examChoice_->setEnabled(start_->data.val.rows() > 0);
    }
    const core::Dataset& exam = practice ? start_->data.train : start_->data.val;
    const Eigen::VectorXi& answered = practice ? trainAnswered_ : valAnswered_;
    std::vector<int> counts(std::size_t(classes) * std::size_t(classes), 0);
    if (answered.size() == exam.rows())
        for (int i = 0; i < exam.rows(); ++i) {
            const int a = std::clamp(int(answered(i)), 0, classes - 1);
            ++counts[std::size_t(classOf(exam, i, classes)) * std::size_t(classes) +
                     std::size_t(a)];
        }
    confusion_->setCounts(std::move(counts));
    // The panel as wide as the matrix (with room for a scroll bar), the rest for the plot.
    if (auto* scroll = side_->findChild<QScrollArea*>(QStringLiteral("confusionScroll"))) {
        const int bar = scroll->verticalScrollBar()->sizeHint().width();
        const int full = confusion_->sizeHint().width() + bar + 2;
        scroll->setMaximumWidth(full);
        side_->setMaximumWidth(std::max(full, 170));
        side_->setMinimumWidth(std::min(std::max(full, 170), 320));
        // Up to a dozen classes the whole width (only a short plot makes it scroll, up and
        // down); more scroll both ways.
        scroll->setMinimumWidth(std::min(full, 320));
    }
    confusionNote_->setVisible(classes > 12);
    confusionNote_->setText(
        tr("%n classes: scroll to see every row and column.", nullptr, classes));
}

void DataView::setConfusionExam(Exam exam)
{
    if (exam == confusionExam_)
        return;
    confusionExam_ = exam;
    confusion_->clearPick();
    refreshConfusion();
}

DataView::Exam DataView::shownExam() const
{
    return confusionExam_ == Exam::New && start_ && start_->data.val.rows() > 0 ? Exam::New
                                                                                : Exam::Practice;
}

QString DataView::confusionTitle() const
{
    return shownExam() == Exam::New
               ? tr("New exam (validation): answer sheet (rows), model (columns)")
               : tr("Practice exam (training): answer sheet (rows), model (columns)");
}

PlotWidget::ExportPanels DataView::exportPanels() const
{
    // Made for the one image, on white, as the window shows them (QWidget::render draws them).
    const auto onWhite = [](QWidget* w) {
        QPalette pal = w->palette();
        pal.setColor(QPalette::Window, Qt::white);
        w->setPalette(pal);
        w->setAutoFillBackground(true);
    };
    ExportPanels panels;
    if (showsConfusion_ && confusion_->classes() > 0) {
        auto side = std::make_unique<QWidget>();
        onWhite(side.get());
        auto* v = new QVBoxLayout(side.get());
        v->setContentsMargins(12, 8, 4, 4);
        v->setSpacing(6);
        auto* title = new QLabel(confusionTitle());
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* matrix = new ConfusionMatrix;
        matrix->setClasses(confusion_->names());
        matrix->setCounts(confusion_->counts());
        matrix->setPracticeExam(confusion_->practiceExam());
        v->addWidget(title);
        v->addWidget(matrix);
        v->addStretch(1);
        const QMargins m = v->contentsMargins();
        const int width = std::max(matrix->sizeHint().width(), 200) + m.left() + m.right();
        const int textWidth = width - m.left() - m.right();
        side->resize(width, m.top() + title->heightForWidth(textWidth) + v->spacing() +
                                matrix->sizeHint().height() + m.bottom());
        panels.side = std::move(side);
    }
    if (showsWrongPictures_ && wrongPictures_->data()) {
        auto below = std::make_unique<QWidget>();
        onWhite(below.get());
        auto* h = new QHBoxLayout(below.get());
        h->setContentsMargins(8, 4, 8, 4);
        auto* caption =
            new QLabel(tr("Practice exam, still wrong: %n", nullptr, wrongPictures_->wrongCount()));
        auto* strip = new WrongPictures;
        strip->setData(wrongPictures_->data());
        strip->setWrong(wrongPictures_->wrongRows(), wrongPictures_->wrongAnswers());
        h->addWidget(caption);
        h->addWidget(strip, 1);
        below->resize(width(), strip->sizeHint().height() + 8);
        panels.below = std::move(below);
    }
    return panels;
}

bool DataView::classification() const
{
    return start_ && start_->spec.task != core::TaskKind::Regression;
}

int DataView::classCount() const
{
    if (!classification() || !network_)
        return 1;
    const int outputs = network_->layerOutputs(network_->layerCount() - 1);
    return outputs == 1 ? 2 : outputs;
}

int DataView::pointCount() const
{
    int n = 0;
    for (const auto* set : {&trainClass_, &valClass_})
        for (const QCPGraph* g : *set)
            n += g->dataCount();
    return n;
}

int DataView::wrongCount() const
{
    return wrong_->visible() ? wrong_->dataCount() : 0;
}

void DataView::clearRun()
{
    start_.reset();
    network_.reset();
    parameters_.resize(0);
    modelDirty_ = false;
    modelDrawings_ = 0;
    mode_ = Mode::Plane;
    heatMap_->data()->clear();
    heatMap_->setVisible(false);
    for (auto* set : {&trainClass_, &valClass_}) {
        for (QCPGraph* g : *set)
            removeGraph(g);
        set->clear();
    }
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->data()->clear();
    curve_->setVisible(false);
    curve_->removeFromLegend();
    wrong_->setVisible(false);
    wrong_->removeFromLegend();
    answers_->setVisible(false);
    answers_->removeFromLegend();
    trainProjected_.resize(0, 0);
    valProjected_.resize(0, 0);
    trainAnswered_.resize(0);
    valAnswered_.resize(0);
    wrongPictures_->setData(nullptr);
    refreshConfusion();
    refreshWrongPictures();
    refreshAxisChoice();
    xAxis->setLabel(tr("x₁"));
    yAxis->setLabel(tr("x₂"));
    resetView();
}

void DataView::setRunStart(const std::shared_ptr<const RunStart>& start)
{
    clearRun();
    // The axis choice holds while the questions are the same ones.
    const auto same = [](const core::Dataset& a, const core::Dataset& b) {
        return a.x.rows() == b.x.rows() && a.x.cols() == b.x.cols() && a.x == b.x &&
               a.y.size() == b.y.size() && a.y == b.y;
    };
    if (!start || !choiceFor_ || !same(choiceFor_->data.train, start->data.train) ||
        !same(choiceFor_->data.val, start->data.val))
        columnX_ = columnY_ = -1;
    choiceFor_ = start;
    start_ = start;
    try {
        network_ = std::make_unique<core::Network>(start->spec);
    } catch (const std::exception& e) {
        // A spec the trainer accepted builds a network; this only guards the GUI thread.
        qWarning("DataView: cannot build the network: %s", e.what());
        start_.reset();
        return;
    }
    if (core::isClassification(start->data.train.task) && start->data.train.pictureSide > 0)
        wrongPictures_->setData(std::shared_ptr<const core::Dataset>(start, &start->data.train));
    plotData();
    setParameters(start->initialParameters);
    redrawModelNow();
    resetView();
}

QPointF DataView::pointOf(const core::Dataset& d, const Eigen::MatrixXd& projected, int i) const
{
    switch (mode_) {
    case Mode::Plane:
        return {d.x(i, 0), d.x(i, 1)};
    case Mode::Line:
        return {d.x(i, 0), d.y(i)};
    case Mode::Projection:
        if (!classification() || projected.cols() < 2)
            return {projected(i, 0), d.y(i)};
        return {projected(i, 0), projected(i, 1)};
    }
    return {};
}

void DataView::plotData()
{
    const bool cls = classification();
    const core::Dataset& train = start_->data.train;
    const core::Dataset& val = start_->data.val;
    const int inputs = start_->spec.inputs;
    mode_ = cls && inputs == 2 ? Mode::Plane : inputs == 1 ? Mode::Line : Mode::Projection;
    const bool columns = mode_ == Mode::Projection && columnX_ >= 0 && columnX_ < inputs &&
                         columnY_ >= 0 && columnY_ < inputs;
    if (columns) {
        // Two columns of the user's choice, as they are.
        const auto pick = [&](const core::Dataset& d) {
            Eigen::MatrixXd m(d.rows(), 2);
            m.col(0) = d.x.col(columnX_);
            m.col(1) = d.x.col(columnY_);
            return m;
        };
        trainProjected_ = pick(train);
        valProjected_ = pick(val);
    } else if (mode_ == Mode::Projection) {
        columnX_ = columnY_ = -1;
        // Fixed for the data set: the training rows' axes (all rows when there are none).
        projection_ = core::principalComponents(train.rows() > 0 ? train.x : val.x, 2);
        trainProjected_ = projection_.apply(train.x);
        valProjected_ = val.rows() > 0 ? projection_.apply(val.x) : Eigen::MatrixXd(0, 2);
    }
    refreshAxisChoice();

    const int classes = classCount();
    auto nameOf = [&](int c, bool training) {
        QString name;
        if (!cls)
            name = training ? tr("training (practice exam)") : tr("validation (new exam)");
        else if (c == 0)
            name = training ? tr("training, class 0 (practice exam)")
                            : tr("validation, class 0 (new exam)");
        else if (c == 1)
            name = training ? tr("training, class 1") : tr("validation, class 1");
        else
            name = (training ? tr("training, class %1") : tr("validation, class %1")).arg(c);
        const auto& names = start_->data.train.classNames;
        if (cls && static_cast<std::size_t>(c) < names.size())
            name += QStringLiteral(": ") + QString::fromStdString(names[std::size_t(c)]);
        return name;
    };
    // Validation first so that the training points are drawn on top.
    for (bool training : {false, true})
        for (int c = 0; c < classes; ++c) {
            QCPGraph* g = training ? makeScatter(this, nameOf(c, true), classColor(c), true, 9)
                                   : makeScatter(this, nameOf(c, false), classColor(c), false, 5);
            if (c >= maxLegendClasses)
                g->removeFromLegend();
            (training ? trainClass_ : valClass_).push_back(g);
        }

    switch (mode_) {
    case Mode::Plane:
        xAxis->setLabel(tr("x₁"));
        yAxis->setLabel(tr("x₂"));
        break;
    case Mode::Line:
        xAxis->setLabel(cls ? tr("x₁") : tr("x"));
        yAxis->setLabel(!cls           ? tr("y")
                        : classes == 2 ? tr("class (model: probability of class 1)")
                                       : tr("class (model: its answer)"));
        break;
    case Mode::Projection:
        if (columns) {
            xAxis->setLabel(tr("column %1 of %n inputs", nullptr, inputs).arg(columnX_ + 1));
            yAxis->setLabel(cls ? tr("column %1").arg(columnY_ + 1) : tr("y"));
        } else {
            xAxis->setLabel(tr("principal component 1 of %n inputs", nullptr, inputs));
            yAxis->setLabel(cls && projection_.components() > 1 ? tr("principal component 2")
                                                                : tr("y"));
        }
        break;
    }
    const bool surface = mode_ == Mode::Plane;
    heatMap_->setVisible(surface);
    curve_->setVisible(mode_ == Mode::Line);
    if (mode_ == Mode::Line)
        curve_->addToLegend();
    wrong_->setVisible(mode_ == Mode::Projection && cls);
    if (wrong_->visible())
        wrong_->addToLegend();
    answers_->setVisible(mode_ == Mode::Projection && !cls);
    if (answers_->visible())
        answers_->addToLegend();

    auto fill = [&](const core::Dataset& d, const Eigen::MatrixXd& projected,
                    std::vector<QCPGraph*>& graphs) {
        std::vector<QVector<double>> xs(graphs.size()), ys(graphs.size());
        for (int i = 0; i < d.rows(); ++i) {
            const QPointF p = pointOf(d, projected, i);
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            const auto c = static_cast<std::size_t>(classOf(d, i, classes));
            xs[c].push_back(p.x());
            ys[c].push_back(p.y());
        }
        for (std::size_t c = 0; c < graphs.size(); ++c)
            graphs[c]->setData(xs[c], ys[c]);
    };
    fill(val, valProjected_, valClass_);
    fill(train, trainProjected_, trainClass_);

    double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
    for (const auto& [d, projected] :
         {std::pair{&train, &trainProjected_}, {&val, &valProjected_}}) {
        for (int i = 0; i < d->rows(); ++i) {
            const QPointF p = pointOf(*d, *projected, i);
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            xlo = std::min(xlo, p.x());
            xhi = std::max(xhi, p.x());
            ylo = std::min(ylo, p.y());
            yhi = std::max(yhi, p.y());
        }
    }
    if (!(xlo < xhi))
        xlo = -1, xhi = 1;
    if (!(ylo < yhi))
        ylo = -1, yhi = 1;
    xRange_ = padded(xlo, xhi);
    yRange_ = padded(ylo, yhi);
    if (surface) {
        heatMap_->data()->setSize(gridSize, gridSize);
        heatMap_->data()->setRange(xRange_, yRange_);
        QCPColorGradient gradient;
        if (classes == 2) {
            // The probability of class 1: blue through white (0.5, the boundary) to orange.
            heatMap_->setName(tr("model: probability of class 1"));
            heatMap_->setInterpolate(true);
            gradient.setColorStopAt(0.0, QColor(120, 170, 235));
            gradient.setColorStopAt(0.45, QColor(225, 236, 250));
            gradient.setColorStopAt(0.5, QColor(250, 250, 250));
            gradient.setColorStopAt(0.55, QColor(253, 234, 214));
            gradient.setColorStopAt(1.0, QColor(245, 175, 110));
            heatMap_->setDataRange(QCPRange(0.0, 1.0));
        } else {
            // The class the model answers, in that class's colour, lightened.
            heatMap_->setName(tr("model: its answer"));
            heatMap_->setInterpolate(false);
            gradient.setLevelCount(classes);
            for (int c = 0; c < classes; ++c) {
                // Two thirds of the way to white: the points in the class's full colour stay
                // visible on it.
                const QColor full = classColor(c);
                auto pale = [](int v) { return v + (255 - v) * 2 / 3; };
                gradient.setColorStopAt(
                    double(c) / (classes - 1),
                    QColor(pale(full.red()), pale(full.green()), pale(full.blue())));
            }
            heatMap_->setDataRange(QCPRange(0.0, classes - 1));
        }
        heatMap_->setGradient(gradient);
    }
}

void DataView::setParameters(const Eigen::VectorXd& parameters)
{
    if (!network_ || parameters.size() != network_->parameterCount())
        return;
    parameters_ = parameters;
    modelDirty_ = true;
    if (!throttle_.isActive()) {
        drawModel(); // the first one at once, then at most every 250 ms
        throttle_.start();
    }
}

void DataView::redrawModelNow()
{
    if (modelDirty_)
        drawModel();
}

void DataView::drawModel()
{
    modelDirty_ = false;
    if (!start_ || !network_ || parameters_.size() != network_->parameterCount())
        return;
    // Called from the throttle's timer and from slots: nothing may leave it.
    try {
        drawModelUnchecked();
        ++modelDrawings_;
    } catch (const std::exception& e) {
        qWarning("DataView: the model cannot be drawn: %s", e.what());
        heatMap_->setVisible(false);
        curve_->data()->clear();
        wrong_->data()->clear();
        answers_->data()->clear();
        trainAnswered_.resize(0);
        valAnswered_.resize(0);
    }
    refreshConfusion();
    refreshWrongPictures();
    // Only the model's layers (a full replot when the buffers are not set up yet).
    layer(QStringLiteral("model"))->replot();
    layer(QStringLiteral("marks"))->replot();
}

void DataView::drawModelUnchecked()
{
    network_->parameters() = parameters_;
    const int classes = classCount();
    // The training rows' answers: for the crosses of the projection, the confusion matrix and the
    // pictures answered wrongly (one prediction for all of them).
    const core::Dataset& train = start_->data.train;
    const core::Dataset& val = start_->data.val;
    trainAnswered_.resize(0);
    valAnswered_.resize(0);
    const bool answers = classification() && (mode_ == Mode::Projection || classes >= 3);
    if (answers && train.rows() > 0)
        trainAnswered_ = answeredClasses(network_->predictOutputs(train.x));
    // The new exam's: for its confusion matrix and the crosses.
    if (answers && val.rows() > 0)
        valAnswered_ = answeredClasses(network_->predictOutputs(val.x));
    switch (mode_) {
    case Mode::Plane: {
        Eigen::MatrixXd grid(gridSize * gridSize, 2);
        for (int j = 0; j < gridSize; ++j)
            for (int i = 0; i < gridSize; ++i) {
                double x = 0, y = 0;
                heatMap_->data()->cellToCoord(i, j, &x, &y);
                grid(j * gridSize + i, 0) = x;
                grid(j * gridSize + i, 1) = y;
            }
        const Eigen::MatrixXd z = network_->predictOutputs(grid);
        const Eigen::VectorXi answered = answeredClasses(z);
        for (int j = 0; j < gridSize; ++j)
            for (int i = 0; i < gridSize; ++i) {
                const int row = j * gridSize + i;
                double value = answered(row);
                if (classes == 2) {
                    const double logit = z(row, 0);
                    value = std::isfinite(logit) ? 1.0 / (1.0 + std::exp(-logit)) : 0.5;
                }
                heatMap_->data()->setCell(i, j, value);
            }
        return;
    }
    case Mode::Line: {
        constexpr int n = 300;
        Eigen::MatrixXd xs(n, 1);
        for (int i = 0; i < n; ++i)
            xs(i, 0) = xRange_.lower + xRange_.size() * i / (n - 1);
        const Eigen::MatrixXd z = network_->predictOutputs(xs);
        const Eigen::VectorXi answered = answeredClasses(z);
        QVector<double> keys, values;
        for (int i = 0; i < n; ++i) {
            double y = z(i, 0);
            if (classification())
                y = classes == 2 ? 1.0 / (1.0 + std::exp(-y)) : answered(i);
            if (std::isfinite(y)) {
                keys.push_back(xs(i, 0));
                values.push_back(y);
            }
        }
        curve_->setData(keys, values, true);
        return;
    }
    case Mode::Projection: {
        QVector<double> xs, ys;
        for (const auto& [d, projected] : {std::pair{&start_->data.train, &trainProjected_},
                                           {&start_->data.val, &valProjected_}}) {
            if (d->rows() == 0)
                continue;
            const Eigen::VectorXi& known = d == &train ? trainAnswered_ : valAnswered_;
            const bool reuse = classification() && known.size() == d->rows();
            const Eigen::MatrixXd z = reuse ? Eigen::MatrixXd() : network_->predictOutputs(d->x);
            const Eigen::VectorXi answered = reuse ? known : answeredClasses(z);
            for (int i = 0; i < d->rows(); ++i) {
                const QPointF p = pointOf(*d, *projected, i);
                if (classification()) {
                    if (answered(i) == classOf(*d, i, classes))
                        continue;
                    xs.push_back(p.x());
                    ys.push_back(p.y());
                } else if (std::isfinite(z(i, 0))) {
                    xs.push_back(p.x());
                    ys.push_back(z(i, 0));
                }
            }
        }
        (classification() ? wrong_ : answers_)->setData(xs, ys);
        return;
    }
    }
}

void DataView::fitToData()
{
    if (!start_) {
        xAxis->setRange(-1, 1);
        yAxis->setRange(-1, 1);
        return;
    }
    xAxis->setRange(xRange_);
    yAxis->setRange(yRange_);
}

QString DataView::readoutAt(double key, double value) const
{
    if (!start_)
        return {};
    switch (mode_) {
    case Mode::Plane:
        if (classCount() == 2)
            return tr("x₁ = %1, x₂ = %2\nmodel: P(class 1) = %3")
                .arg(key, 0, 'g', 4)
                .arg(value, 0, 'g', 4)
                .arg(heatMap_->data()->data(key, value), 0, 'f', 3);
        return tr("x₁ = %1, x₂ = %2\nmodel: class %3")
            .arg(key, 0, 'g', 4)
            .arg(value, 0, 'g', 4)
            .arg(static_cast<int>(std::lround(heatMap_->data()->data(key, value))));
    case Mode::Line:
        if (classification())
            return tr("x₁ = %1\nmodel: %2")
                .arg(key, 0, 'g', 4)
                .arg(valueNear(curve_, key), 0, 'g', 3);
        return tr("x = %1\nmodel: y = %2")
            .arg(key, 0, 'g', 4)
            .arg(valueNear(curve_, key), 0, 'g', 4);
    case Mode::Projection:
        if (columnX_ >= 0)
            return tr("column %1 = %2\n%3 = %4")
                .arg(columnX_ + 1)
                .arg(key, 0, 'g', 4)
                .arg(yAxis->label())
                .arg(value, 0, 'g', 4);
        return tr("component 1 = %1\n%2 = %3")
            .arg(key, 0, 'g', 4)
            .arg(yAxis->label())
            .arg(value, 0, 'g', 4);
    }
    return {};
}

} // namespace ui
