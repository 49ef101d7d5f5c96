// Below the data view, for data whose questions are pictures (the handwritten
// digits): the practice-exam pictures the model still gets wrong, as a strip of
// small tiles with the answer sheet's digit and the model's (drawn by
// QuestionTiles, as in the exam grid). Fed by the data view from the
// predictions it draws; as many as fit, and how many more there are.
#pragma once

#include "dataset.hpp"
#include "ui/plots/question_tiles.hpp"

#include <QWidget>

#include <memory>
#include <vector>

namespace ui
{

class WrongPictures : public QWidget
{
    Q_OBJECT
public:
    explicit WrongPictures(QWidget* parent = nullptr);

    // The practice exam's questions (none: an empty strip).
    void setData(std::shared_ptr<const core::Dataset> train);
    // The rows the model answers wrongly, ascending, with the class it gives
    // each.
    void setWrong(std::vector<int> rows, std::vector<int> answers);
    int wrongCount() const { return static_cast<int>(rows_.size()); }
    const std::vector<int>& wrongRows() const { return rows_; }
    const std::vector<int>& wrongAnswers() const { return answers_; }
    const std::shared_ptr<const core::Dataset>& data() const { return data_; }
    // Tiles that fit the strip's width (the rest are counted at its end).
    int shownCount() const;
    int rowOfTile(int i) const;
    QRect tileRect(int i) const;
    const QuestionTiles& tiles() const { return tiles_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void questionClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    static constexpr int tileWidth = 46;
    static constexpr int tileHeight = 34;
    static constexpr int gap = 3;
    int moreWidth() const;

    QuestionTiles tiles_;
    std::shared_ptr<const core::Dataset> data_;
    std::vector<int> rows_;
    std::vector<int> answers_;
};

} // namespace ui
