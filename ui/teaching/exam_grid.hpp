// The practice exam's grid of questions (see exam_view.hpp): one tile per training row in this
// epoch's order, coloured by the model's mark, with the batch outlined.
#pragma once

#include "dataset.hpp"
#include "ui/plots/question_tiles.hpp"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace ui
{

// The grid alone (custom painted). Public so that tests can click and read its cells.
// Painting costs the same for any N: the cells are cached as images (rebuilt when the marks, the
// order, the batch size, the selection or the size change) and frames come at most ~30 times a
// second.
class ExamGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ExamGrid(QWidget* parent = nullptr);

    enum class Phase { Solving, Checked };
    enum class Mark { Unknown, Right, Wrong, Error };

    void clear(int rows);
    int rows() const { return static_cast<int>(order_.size()); }
    // The order of this epoch (a permutation of 0..N-1); positions in the grid follow it.
    void setOrder(const std::vector<int>& order);
    const std::vector<int>& order() const { return order_; }
    // The batch of positions [first, first + rows.size()) is being solved / has been checked.
    void setBatch(int firstPosition, std::span<const int> rows, Phase phase);
    void setPhase(Phase phase);
    void clearBatch();
    // Rows of the highlighted batch, ascending.
    std::vector<int> highlightedRows() const;
    Phase phase() const { return phase_; }
    // Positions before this one were solved in this pass already.
    void setSolvedUpTo(int position);
    void setBatchSize(int b);
    // Per row: the model's mark and a strength in [0, 1] (confidence, or error on a scale), and
    // the model's answer for a row's tooltip (asked only when one is shown).
    using TipFunction = std::function<QString(int row)>;
    // `answers`: the model's class per row (classification; empty when not known), drawn in
    // tiles that show their question.
    void setMarks(std::vector<Mark> marks, std::vector<float> strength, TipFunction tip,
                  std::vector<int> answers = {});
    // What the questions are (the training rows): drawn in every tile big enough for them
    // (QuestionTiles); none: plain tiles.
    void setQuestions(std::shared_ptr<const core::Dataset> data);
    const QuestionTiles& tiles() const { return tiles_; }
    Mark markOf(int row) const;

    // Geometry (widget coordinates) of the cell of `row`, and the row under a point (-1: none).
    QRect cellRect(int row) const;
    int rowAt(QPoint p) const;
    int selectedRow() const { return selected_; }
    // The pixel size of the question numbers on the tiles (0: too small a tile for numbers, or
    // pictures that need none): the widget's own text size where the tile has room for it (the
    // classroom's projector font), else two fifths of the tile.
    int numberPixelSize() const;
    // Several questions selected at once (a cell of the data view's confusion matrix), outlined
    // like a clicked one; clicking a question or a new run drops them.
    void selectRows(const std::vector<int>& rows);
    // The selected questions, ascending: these, or the one clicked.
    std::vector<int> selectedRows() const;

    QSize sizeHint() const override { return {360, 300}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

signals:
    void rowSelected(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutCells();
    QRect cellAtPosition(int position) const;
    void requestRepaint();
    void invalidateCells();
    void paintCells(QPainter& p, bool pale, QHash<QRgb, QImage>& stamps) const;
    void ensureCells();
    // The cells of positions [first, end), as at most three rectangles.
    QRegion positionsRegion(int first, int end) const;

    std::vector<int> order_;
    std::vector<int> positionOf_; // row -> position
    std::vector<Mark> marks_;
    std::vector<float> strength_;
    std::vector<int> answers_;
    TipFunction tip_;
    QuestionTiles tiles_;
    QImage cells_[2]; // solved, not yet solved in this pass
    bool cellsValid_ = false;
    QTimer repaintTimer_;
    QElapsedTimer lastPaint_; // since the last repaint was asked for
    int batchFirst_ = -1;
    int batchCount_ = 0;
    int batchSize_ = 0;
    int solvedUpTo_ = 0;
    Phase phase_ = Phase::Checked;
    int selected_ = -1;
    std::vector<char> chosen_; // per row: one of the questions selected together
    // Layout: columns, cell pitch and origin.
    int columns_ = 1;
    int pitch_ = 10;
    QPoint origin_;
};

} // namespace ui
