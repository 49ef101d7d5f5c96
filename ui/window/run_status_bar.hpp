// The window's status bar: the epoch and update counts, the pace, the run's status in the words
// every view uses (RunDescription::status) and a note (a sentence for some seconds, e.g. "Opened
// run.json: ..."). The note never makes the bar taller than two lines of text, and the bar goes
// back to one line when the note goes.
#pragma once

#include "ui/session/training_controller.hpp"

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;

namespace ui
{

class RunStatusBar : public QObject
{
    Q_OBJECT
public:
    // Adds its labels to `bar` (parented to it).
    explicit RunStatusBar(QStatusBar* bar);

    // The counts, pace and status of the run; `opened`: an opened run record shown as recorded.
    void showProgress(const RunProgress& p, bool opened);
    // `text` for `ms` milliseconds (0: until the next note).
    void showNote(const QString& text, int ms);

    QLabel* stateLabel() const { return stateLabel_; }
    QLabel* noteLabel() const { return noteLabel_; }

private:
    void fitNote();

    QStatusBar* bar_;
    QLabel* epochLabel_ = nullptr;
    QLabel* updateLabel_ = nullptr;
    QLabel* rateLabel_ = nullptr;
    QLabel* stateLabel_ = nullptr;
    QLabel* noteLabel_ = nullptr;
    QTimer* noteTimer_ = nullptr;
};

} // namespace ui
