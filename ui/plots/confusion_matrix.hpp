// The confusion matrix of the new exam or of the practice exam beside the data view (three or
// more classes): one row per answer-sheet class, one column per class the model answers, the
// number of questions in each cell. Counted by the data view from the predictions it draws
// (DataView::drawModel), never from a prediction of its own. Cells keep their size; many classes
// scroll (the view sits in a scroll area) rather than shrink past reading. Clicking a cell asks for
// exactly its questions
// (`cellClicked`; the window selects them in the exam view), as do the arrow keys and Enter.
#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace ui
{

class ConfusionMatrix : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionMatrix(QWidget* parent = nullptr);

    // Forget the classes (no matrix).
    void clear();
    // The classes' names as the data set keeps them (their numbers when it keeps none).
    void setClasses(const QStringList& names);
    // Counts row-major, answer sheet x model's answer (classes() squared of them).
    void setCounts(std::vector<int> counts);
    int classes() const { return static_cast<int>(names_.size()); }
    const QStringList& names() const { return names_; }
    int count(int truth, int answer) const;
    const std::vector<int>& counts() const { return counts_; }
    // Which exam the counts are of (the tooltips and the accessible name say it).
    void setPracticeExam(bool practice);
    bool practiceExam() const { return practice_; }
    // Where the cell of (truth, answer) is, in widget coordinates; (-1, -1) under no cell.
    QRect cellRect(int truth, int answer) const;
    QPoint cellAt(QPoint p) const;
    // The cell picked last (-1 when none).
    int pickedTruth() const { return pickedTruth_; }
    int pickedAnswer() const { return pickedAnswer_; }
    void clearPick();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void cellClicked(int truth, int answer);
    // The picked cell moved (keys): where it is, so that a scroll area can show it.
    void cellFocused(const QRect& cell);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    // Arrows move the picked cell, Enter or Space asks for its questions.
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void measure();
    // The part of the matrix in view (all of it unless its scroll area shows a part).
    QRect shownRect() const;
    QString shortName(int c) const;

    QStringList names_;
    std::vector<int> counts_;
    int pitch_ = 22;      // a cell's side
    int header_ = 24;     // the width of the row names
    int top_ = 24;        // the height of the column names
    bool upright_ = true; // column names fit their cells as they are (else turned)
    int pickedTruth_ = -1;
    int pickedAnswer_ = -1;
    bool practice_ = true;
};

} // namespace ui
