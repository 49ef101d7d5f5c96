#include "ui/window/batch_comparison.hpp"

#include "ui/controls/controls_panel.hpp"
#include "ui/session/run_policy.hpp"
#include "ui/session/session.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

// The words stay in the window's context (MainWindow::tr), where the translations have them.

namespace ui
{

BatchComparison::BatchComparison(const WindowParts& parts, std::function<void()> cleanPicture,
                                 QObject* parent)
    : QObject(parent), parts_(parts), cleanPicture_(std::move(cleanPicture))
{
    connect(parts_.session, &Session::comparisonChanged, this,
            &BatchComparison::onComparisonChanged);
}

void BatchComparison::addTo(QMenu* training)
{
    QAction* compare =
        training->addAction(MainWindow::tr("&Compare batch sizes..."), this, &BatchComparison::ask);
    compare->setObjectName(QStringLiteral("compareBatchSizesAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    compare->setToolTip(
        MainWindow::tr("Train these settings with B = 1, your B and B = N one after "
                       "another and overlay them"));
}

std::vector<int> BatchComparison::defaultSizes() const
{
    return RunPolicy::comparedBatchSizes(
        RunPolicy::nextSpec(parts_.panel->spec(), parts_.controller->spec()));
}

bool BatchComparison::compare(const std::vector<int>& sizes)
{
    const RunPolicy::Compared compared = RunPolicy::comparedSpecs(
        RunPolicy::nextSpec(parts_.panel->spec(), parts_.controller->spec()), sizes);
    if (compared.failedSize) {
        if (parts_.report)
            parts_.report(
                MainWindow::tr("Cannot compare"),
                MainWindow::tr("B = %1: %2").arg(*compared.failedSize).arg(compared.error));
        return false;
    }
    // At full speed and not paused: at the window's pace (one update a second) B = 1 alone
    // would take hours, unannounced.
    parts_.panel->setSpeed(0.0);
    parts_.controller->setPaused(false);
    cleanPicture_();
    parts_.session->compare(compared.specs);
    return true;
}

void BatchComparison::ask()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        parts_.window, MainWindow::tr("Compare batch sizes"),
        MainWindow::tr("Batch sizes to train one after another with the current settings "
                       "(separated by commas):"),
        QLineEdit::Normal, RunPolicy::batchSizesText(defaultSizes()), &ok);
    if (!ok)
        return;
    const RunPolicy::BatchSizes parsed = RunPolicy::parseBatchSizes(text);
    using Error = RunPolicy::BatchSizes::Error;
    if (parsed.error != Error::None) {
        if (parts_.report)
            parts_.report(
                MainWindow::tr("Cannot compare"),
                parsed.error == Error::NotABatchSize
                    ? MainWindow::tr(
                          "\"%1\" is not a batch size (a whole number from 1 to 1000000).")
                          .arg(parsed.bad)
                    : MainWindow::tr("Give between 1 and 12 batch sizes."));
        return;
    }
    compare(parsed.sizes);
}

void BatchComparison::onComparisonChanged()
{
    const Session* session = parts_.session;
    if (!parts_.note)
        return;
    if (session->comparing())
        parts_.note(MainWindow::tr("Comparing batch sizes: run %1 of %2")
                        .arg(session->comparisonSize() - session->comparisonPending())
                        .arg(session->comparisonSize()),
                    0);
    else
        parts_.note(MainWindow::tr("Comparison done: the runs are overlaid (Runs dock)"), 8000);
}

} // namespace ui
