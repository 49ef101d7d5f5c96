// The practice exam itself: training points (filled) and validation points (hollow), with the
// model's answer drawn under them. What can be drawn depends on the data's width:
// - two inputs, classes: the model's answer over the plane as a heat map (for two classes the
//   probability of class 1, the decision boundary where it crosses 0.5);
// - one input: the questions along x, the answer (or class) up; the model's curve over them;
// - any other width: a fixed projection of the questions on their first two principal
//   components (core/projection.hpp), coloured by the answer sheet's class, with a cross on every
//   question the model answers wrongly (regression: the target against the first component, the
//   model's answers as small marks). No surface: the plane is not the model's input space.
// Redrawn a few times a second from the latest weights the worker sent (a copy, never the
// trainer's), on a layer of its own: the points are drawn again only when the view changes.
// For three or more classes a confusion matrix goes beside the plot (`sidePanel`): of the new
// exam (validation) by default, or of the practice exam, as the box above it chooses; counted
// from the same predictions as the crosses. Clicking a cell of the practice exam's names exactly
// those questions (`questionsPicked`, which the window shows in the exam view). When the
// questions are pictures (the digits), a strip under the plot shows the practice-exam pictures
// the model still answers wrongly (`wrongPanel`, drawn by QuestionTiles). An exported image of
// the view shows the matrix beside the plot and the strip under it (exportPanels).
#pragma once

#include "network.hpp"
#include "projection.hpp"
#include "ui/plots/plot_widget.hpp"
#include "ui/session/run_snapshot.hpp"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;

namespace ui
{

class ConfusionMatrix;
class WrongPictures;

class DataView : public PlotWidget
{
    Q_OBJECT
public:
    explicit DataView(QWidget* parent = nullptr);
    ~DataView() override;

    enum class Mode { Plane, Line, Projection };

    void clearRun();
    void setRunStart(const std::shared_ptr<const RunStart>& start);
    void setParameters(const Eigen::VectorXd& parameters);
    // Draw the model now instead of at the next throttle tick (tests, screenshots).
    void redrawModelNow();
    // Grid cells per side of the heat map.
    static constexpr int gridSize = 60;

    Mode mode() const { return mode_; }
    // Questions drawn as points (training and validation).
    int pointCount() const;
    // Drawings of the model's answer made since the run started (heat map, curve or marks).
    int modelDrawings() const { return modelDrawings_; }
    // Questions the model answers wrongly as last drawn (classification in the projection).
    int wrongCount() const;

    // The axes of a view of three or more inputs: the projection (column -1) or two input
    // columns (regression: one, against the answer). Kept for the next runs while the data set
    // stays the same; a new data set starts from the projection again.
    void setAxisColumns(int x, int y);
    int axisColumnX() const { return columnX_; }
    int axisColumnY() const { return columnY_; }
    // The two combo boxes that choose them (the window's data card places them; shown for three
    // or more inputs only).
    QWidget* axisChoice() const { return axisChoice_; }
    // Where question `row` of the practice exam (training) or the new exam is drawn.
    QPointF questionPoint(bool training, int row) const;

    // Beside the plot (the window's data card places it): the confusion matrix with its caption;
    // shown for three or more classes only.
    QWidget* sidePanel() const { return side_; }
    ConfusionMatrix* confusion() const { return confusion_; }
    bool showsConfusion() const { return showsConfusion_; }
    // Under the plot (the window's data card places it): the pictures still answered wrongly;
    // shown when the questions are pictures.
    QWidget* wrongPanel() const { return wrongPanel_; }
    WrongPictures* wrongPictures() const { return wrongPictures_; }
    bool showsWrongPictures() const { return showsWrongPictures_; }
    // The practice exam's questions (training rows, ascending) of answer-sheet class `truth`
    // that the model, as last drawn, answers `answer`.
    std::vector<int> questionsOf(int truth, int answer) const;
    // Which exam the confusion matrix counts. The choice holds from run to run; a run without a
    // new exam shows the practice exam (shownExam()).
    enum class Exam { New, Practice };
    void setConfusionExam(Exam exam);
    Exam confusionExam() const { return confusionExam_; }
    Exam shownExam() const;
    // The box above the matrix that chooses the exam.
    QComboBox* examChoice() const { return examChoice_; }
    // The matrix's title: which exam, what the rows and columns are.
    QString confusionTitle() const;

    ExportPanels exportPanels() const override;

signals:
    // The user picked a cell of the confusion matrix: these training rows, described.
    void questionsPicked(const std::vector<int>& rows, const QString& description);

protected:
    void fitToData() override;
    QString readoutAt(double key, double value) const override;

private:
    void drawModel();
    void drawModelUnchecked();
    void plotData();
    // The point of row i of `d` in this view's coordinates.
    QPointF pointOf(const core::Dataset& d, const Eigen::MatrixXd& projected, int i) const;
    bool classification() const;
    int classCount() const;
    QString className(int c) const;
    void refreshConfusion();

    QCPColorMap* heatMap_ = nullptr;
    QCPGraph* curve_ = nullptr;
    std::vector<QCPGraph*> trainClass_; // one per class (regression: one)
    std::vector<QCPGraph*> valClass_;
    QCPGraph* wrong_ = nullptr;     // crosses on wrong answers (projection, classes)
    QCPGraph* answers_ = nullptr;   // the model's answers at the points (projection, regression)
    QCPItemText* notice_ = nullptr; // why the view shows what it shows, or why it cannot

    std::shared_ptr<const RunStart> start_;
    std::unique_ptr<core::Network> network_;
    Eigen::VectorXd parameters_;
    Mode mode_ = Mode::Plane;
    core::Projection projection_;
    Eigen::MatrixXd trainProjected_, valProjected_; // projection mode: rows on the axes
    bool modelDirty_ = false;
    int modelDrawings_ = 0;
    QCPRange xRange_, yRange_;
    QTimer throttle_;
    // The class the model answers for each training (validation) row as last drawn
    // (classification with a projection or three or more classes; else empty).
    Eigen::VectorXi trainAnswered_;
    Eigen::VectorXi valAnswered_;
    Exam confusionExam_ = Exam::New;
    QComboBox* examChoice_ = nullptr;
    QPointer<QWidget> side_;
    QPointer<QWidget> axisChoice_;
    QPointer<QWidget> wrongPanel_;
    WrongPictures* wrongPictures_ = nullptr;
    QLabel* wrongCaption_ = nullptr;
    bool showsWrongPictures_ = false;
    void refreshWrongPictures();
    QComboBox* xColumn_ = nullptr;
    QComboBox* yColumn_ = nullptr;
    int columnX_ = -1, columnY_ = -1;
    std::shared_ptr<const RunStart> choiceFor_; // the data the axis choice was made for
    void refreshAxisChoice();
    ConfusionMatrix* confusion_ = nullptr;
    QLabel* confusionNote_ = nullptr;
    bool showsConfusion_ = false;
};

} // namespace ui
