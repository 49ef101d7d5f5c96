// What one question of the practice exam looks like inside its tile of the exam grid: a
// picture (data whose inputs are pictures, such as the handwritten digits) with the answer-sheet
// answer and the model's answer beside it, or, for other wide data (more than two inputs), a
// compact strip of the row's values. Data of one or two inputs keep plain tiles (the data view
// shows them as points).
#pragma once

#include "dataset.hpp"

#include <Eigen/Core>

#include <QColor>
#include <QCoreApplication>
#include <QRect>
#include <QString>

#include <memory>

class QPainter;

namespace ui
{

// The class a model answers for one row of outputs (one logit: two classes) and its probability
// (the sigmoid's, or the largest softmax probability).
struct ModelAnswer {
    int cls = 0;
    double probability = 0.5;
};
ModelAnswer modelAnswer(const Eigen::Ref<const Eigen::RowVectorXd>& z);

class QuestionTiles
{
    Q_DECLARE_TR_FUNCTIONS(QuestionTiles)
public:
    enum class Look { Plain, Picture, Strip };

    void setData(std::shared_ptr<const core::Dataset> data);
    Look look() const { return look_; }
    // The smallest tile (pixels) whose content can still be read; smaller tiles stay plain.
    int minimumPitch() const;
    // Paints question `row` into `r`, the inside of its tile. `modelClass`: the model's current
    // class (-1: not known yet); `wrong`: whether it differs from the answer sheet; `pale`: not
    // yet solved in this pass.
    void paint(QPainter& p, const QRect& r, int row, int modelClass, bool wrong, bool pale) const;
    // The answer sheet's name of class c (the data's class name, else the number).
    QString className(int c) const;

private:
    void paintPicture(QPainter& p, const QRect& r, int row, int modelClass, bool wrong,
                      bool pale) const;
    void paintStrip(QPainter& p, const QRect& r, int row, bool pale) const;

    std::shared_ptr<const core::Dataset> data_;
    Look look_ = Look::Plain;
    // Strip colours: each column's values on the scale of its own spread.
    Eigen::RowVectorXd mean_;
    Eigen::RowVectorXd spread_;
};

} // namespace ui
