// A Korean student follows each lesson end to end in the real window: the interface and the
// lesson are in Korean, every step that runs reaches its pause point with the exam view and the
// plots showing it, Next leads to the check question, and Verify runs the question's settings
// and judges the typed answer (a wrong one first, then the one the run gives). Writes one image
// per step to <temp>/batchlab-walkthrough-ko/ for people to look at.
#include "quiet_platform.hpp"
#include "slowdown.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/controls/language.hpp"
#include "ui/experiments/cost_view.hpp"
#include "ui/experiments/meters_docks.hpp"
#include "ui/experiments/noise_view.hpp"
#include "ui/experiments/sweep_dialog.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/lesson_runner.hpp"
#include "ui/session/session.hpp"
#include "ui/teaching/lesson_library.hpp"
#include "ui/teaching/lesson_panel.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>

using ui::MainWindow;

namespace
{

bool hasHangul(const QString& s)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return s.contains(hangul);
}

} // namespace

class TestLessonWalkthrough : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followLesson_data();
    void followLesson();
};

void TestLessonWalkthrough::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
    QVERIFY(ui::applyLanguage(QStringLiteral("ko")));
    QVERIFY(QDir::temp().mkpath(QStringLiteral("batchlab-walkthrough-ko")));
}

void TestLessonWalkthrough::followLesson_data()
{
    QTest::addColumn<QString>("id");
    // Every lesson the window offers in Korean, as the library finds them: a new lesson is
    // walked through without being listed here.
    QStringList problems;
    const auto lessons = ui::LessonLibrary::forLanguage(
        ui::LessonLibrary::loadAll({ui::LessonLibrary::embeddedFolder()}, &problems),
        QStringLiteral("ko"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(lessons.size() >= 10);
    for (const ui::LessonFile& f : lessons) {
        QVERIFY2(f.lesson.language == "ko", f.lesson.id.c_str());
        QTest::newRow(f.lesson.id.c_str()) << QString::fromStdString(f.lesson.id);
    }
}

void TestLessonWalkthrough::followLesson()
{
    QFETCH(QString, id);
    MainWindow w(fixture::Setup().paused().options());
    fixture::failOnError(w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.menuBar()->actions().value(0)->text(), QStringLiteral("파일(&F)"));

    ui::TeachingDocks* t = w.teaching();
    ui::LessonRunner* runner = t->lessonRunner();
    ui::LessonPanel* panel = t->lessonPanel();
    QSignalSpy reached(runner, &ui::LessonRunner::stepReached);
    QVERIFY(t->startLesson(id));
    const core::Lesson* lesson = runner->lesson();
    QVERIFY(lesson);
    QCOMPARE(QString::fromStdString(lesson->language), QStringLiteral("ko"));
    QVERIFY(t->lessonDock()->isVisible());
    const QDir out(QDir::temp().filePath(QStringLiteral("batchlab-walkthrough-ko")));

    const int steps = static_cast<int>(lesson->steps.size());
    for (int i = 0; i < steps; ++i) {
        QCOMPARE(panel->stepIndex(), i);
        QVERIFY2(hasHangul(panel->textView()->toPlainText()), qPrintable(id));
        if (lesson->steps[static_cast<std::size_t>(i)].target.runs()) {
            w.controller()->setSpeed(0); // the student would watch; the test need not
            QTRY_VERIFY_WITH_TIMEOUT(!reached.isEmpty() && reached.last().at(0).toInt() == i,
                                     120000 * sanitizerSlowdown);
            const auto r = reached.last().at(1).value<ui::LessonResult>();
            // The window shows the run the step describes.
            QCOMPARE(w.controller()->progress().updatesDone, r.facts.updates);
            QCOMPARE(w.controlsPanel()->batchSpin()->value(),
                     lesson->steps[static_cast<std::size_t>(i)].settings.train.batchSize);
        }
        const core::LessonStep& step = lesson->steps[static_cast<std::size_t>(i)];
        // A step with words for the best-epoch mark says them at the window's mark as on paper
        // (lesson 4: 과유불급), and the mark is up once the run has a best epoch.
        if (!step.paper.bestMark.empty()) {
            const QString words =
                QString::fromStdString(core::fillPlaceholders(step.paper.bestMark, step.settings));
            QVERIFY(words.contains(QStringLiteral("과유불급")));
            QCOMPARE(w.lossPerEpochPlot()->bestMarkWords(), words);
            QVERIFY(w.lossPerEpochPlot()->bestEpoch() > 0);
        } else if (std::none_of(
                       lesson->steps.begin(), lesson->steps.begin() + i + 1,
                       [](const core::LessonStep& s) { return !s.paper.bestMark.empty(); })) {
            QVERIFY(w.lossPerEpochPlot()->bestMarkWords().isEmpty());
        }
        // A sweep step trains its sweep in the background, shown in Experiments > Sweep, and is
        // reached when every run has ended (each one kept in the Runs dock).
        if (step.sweep) {
            auto* dialog = w.findChild<ui::SweepDialog*>();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->job(), w.session()->sweep());
            QTRY_VERIFY_WITH_TIMEOUT(!reached.isEmpty() && reached.last().at(0).toInt() == i,
                                     120000 * sanitizerSlowdown);
            QCOMPARE(reached.last().at(1).value<ui::LessonResult>().sweepRuns,
                     dialog->job()->runsPlanned());
            QCOMPARE(dialog->job()->runsDone(), dialog->job()->runsPlanned());
            QVERIFY(dialog->grab().save(
                out.filePath(QStringLiteral("%1-step%2-sweep.png").arg(id).arg(i + 1))));
        }
        // A step about a meter opens its dock.
        if (step.meter) {
            auto* meters = w.findChild<ui::MetersDocks*>();
            QVERIFY(meters);
            QVERIFY(
                (*step.meter == core::LessonMeter::Noise ? meters->noiseDock() : meters->costDock())
                    ->isVisible());
            // It measures what the step talks about, in the background.
            const int n = step.settings.trainingRows();
            if (*step.meter == core::LessonMeter::Noise)
                QTRY_VERIFY_WITH_TIMEOUT(!meters->noiseView()->report().rows.empty() &&
                                             meters->noiseView()->report().rows.back().batchSize ==
                                                 n,
                                         60000 * sanitizerSlowdown);
            else
                QTRY_VERIFY_WITH_TIMEOUT(!meters->costView()->rows().empty() &&
                                             meters->costView()->rows().back().batchSize == n,
                                         60000 * sanitizerSlowdown);
        }
        // A step that counts the x axis its own way puts both loss plots on it.
        if (const auto axis = lesson->steps[static_cast<std::size_t>(i)].xAxis) {
            const ui::UpdateAxis want =
                *axis == core::LessonAxis::Update    ? ui::UpdateAxis::Update
                : *axis == core::LessonAxis::Samples ? ui::UpdateAxis::SamplesSeen
                : *axis == core::LessonAxis::Seconds ? ui::UpdateAxis::Seconds
                                                     : ui::UpdateAxis::Epoch;
            QCOMPARE(w.lossPerEpochPlot()->axis(), want);
            QCOMPARE(w.lossPerUpdatePlot()->axis(), want);
            // The runs of the earlier steps are still there to compare with.
            QCOMPARE(w.lossPerEpochPlot()->overlayCount(), i >= 2 ? 2 : 0);
        }
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        QVERIFY(w.grab().save(out.filePath(QStringLiteral("%1-step%2.png").arg(id).arg(i + 1))));
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    }
    QVERIFY(panel->atCheck());
    QVERIFY(hasHangul(panel->textView()->toPlainText()));

    // A wrong answer first, then the one the run gave.
    QSignalSpy verified(runner, &ui::LessonRunner::checkVerified);
    panel->answerBox()->setFocus();
    panel->answerBox()->selectAll();
    QTest::keyClicks(panel->answerBox(), QStringLiteral("1"));
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 120000 * sanitizerSlowdown);
    const qint64 truth = verified.at(0).at(0).toLongLong();
    QVERIFY2(truth > 1 + lesson->check.tolerance, "the wrong answer must be wrong");
    QVERIFY2(panel->verdictLabel()->text().contains(QStringLiteral("아쉽습니다")),
             qPrintable(panel->verdictLabel()->text()));
    panel->answerBox()->selectAll();
    QTest::keyClicks(panel->answerBox(), QString::number(truth));
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 120000 * sanitizerSlowdown);
    QCOMPARE(verified.at(1).at(0).toLongLong(), truth); // the same settings, the same answer
    QVERIFY2(panel->verdictLabel()->text().contains(QStringLiteral("정답")),
             qPrintable(panel->verdictLabel()->text()));
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QVERIFY(w.grab().save(out.filePath(QStringLiteral("%1-check.png").arg(id))));
}

QTEST_MAIN(TestLessonWalkthrough)
#include "tst_lesson_walkthrough.moc"
