// The window with the keyboard only: Space pauses and resumes wherever the focus is (a focused
// number box is never edited by it, and the run is not restarted), Tab reaches the controls in
// the order they are read (top to bottom), every control it reaches has an accessible name, and
// each loss plot describes itself in words (best epoch, overfitting, last losses).
#include "ui/controls/controls_panel.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/session.hpp"
#include "ui/session/training_controller.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using ui::MainWindow;
using ui::RunState;

namespace
{

// Neither reads nor writes the saved settings.
MainWindow::Options quietOptions()
{
    return fixture::Setup().options();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    }

    void spaceInANumberBoxPausesAndEditsNothing()
    {
        MainWindow w(quietOptions());
        w.controlsPanel()->setSpeed(200);
        w.controller()->setSpeed(200);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy started(w.controller(), &ui::TrainingController::runStarted);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->progress().updatesDone > 0, 20000);
        auto* batch = w.controlsPanel()->findChild<QSpinBox*>(QStringLiteral("batchSpin"));
        QVERIFY(batch);
        batch->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(batch->hasFocus());
        const QString text = batch->text();
        const int value = batch->value();
        const int runs = int(started.count());

        QTest::keyClick(batch, Qt::Key_Space);
        QCOMPARE(batch->text(), text);
        QCOMPARE(batch->value(), value);
        QTRY_COMPARE(w.controller()->progress().state, RunState::Paused);
        QTest::keyClick(batch, Qt::Key_Space);
        QTRY_VERIFY(w.controller()->progress().state != RunState::Paused);
        QCOMPARE(batch->text(), text);

        // Leaving the box with Tab restarts nothing: the same run goes on.
        QTest::keyClick(batch, Qt::Key_Tab);
        QVERIFY(!batch->hasFocus());
        const auto at = w.controller()->progress().updatesDone;
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->progress().updatesDone > at + 5, 20000);
        QCOMPARE(int(started.count()), runs);
        QCOMPARE(batch->value(), value);
    }

    void tabReachesTheControlsInReadingOrder()
    {
        MainWindow w(quietOptions());
        w.controller()->setPaused(true);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ui::ControlsPanel* panel = w.controlsPanel();
        auto* batch = panel->findChild<QSpinBox*>(QStringLiteral("batchSpin"));
        auto* epochs = panel->findChild<QSpinBox*>(QStringLiteral("epochSpin"));
        QVERIFY(batch && epochs);
        QWidget* first = panel->nextInFocusChain();
        while (first && (!panel->isAncestorOf(first) || !first->isVisible() ||
                         !(first->focusPolicy() & Qt::TabFocus)))
            first = first->nextInFocusChain();
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(first->hasFocus());
        QList<QWidget*> reached;
        for (int i = 0; i < 200 && !reached.contains(QApplication::focusWidget()); ++i) {
            reached << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QVERIFY(reached.contains(batch));
        QVERIFY(reached.contains(epochs));
        QVERIFY(reached.indexOf(batch) < reached.indexOf(epochs));
        QVERIFY(reached.contains(panel->speedSlider()));
        // The panel's controls, top to bottom (a row's controls left to right).
        QPoint previous(-1, -1);
        for (QWidget* wd : reached) {
            if (!panel->isAncestorOf(wd))
                continue;
            const QPoint at = wd->mapTo(panel, QPoint(0, wd->height() / 2));
            QVERIFY2(at.y() >= previous.y() - 4 || at.x() > previous.x(),
                     qPrintable(QStringLiteral("%1 comes after a control below it")
                                    .arg(wd->objectName().isEmpty()
                                             ? QString::fromLatin1(wd->metaObject()->className())
                                             : wd->objectName())));
            previous = at;
        }
        // Every control Tab reaches has a name a screen reader says.
        QStringList unnamed;
        for (QWidget* wd : reached) {
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(wd);
            QVERIFY(a);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 '%2'").arg(
                    QString::fromLatin1(wd->metaObject()->className()), wd->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") +
                                               unnamed.join(QStringLiteral(", "))));
    }

    void plotsDescribeThemselves()
    {
        MainWindow w(quietOptions());
        w.controlsPanel()->setSpeed(0);
        w.controller()->setSpeed(0);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->progress().state == RunState::Finished, 90000);
        ui::LossPerEpochPlot* perEpoch = w.lossPerEpochPlot();
        QTRY_VERIFY(perEpoch->bestEpoch() > 0);
        const QString text = perEpoch->accessibleDescription();
        QVERIFY2(text.contains(QString::number(perEpoch->bestEpoch())), qPrintable(text));
        if (perEpoch->overfittingFrom() > 0)
            QVERIFY2(text.contains(QString::number(perEpoch->overfittingFrom())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("validation loss")), qPrintable(text));
        QVERIFY(!perEpoch->accessibleName().isEmpty());
        QVERIFY(!w.lossPerUpdatePlot()->accessibleDescription().isEmpty());
        QVERIFY(!w.lossPerUpdatePlot()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
