// A run's facts are read once (core::RunReader) and every view states the same ones: the best
// epoch under the run's own early-stopping monitor and min_delta, where it starts to overfit,
// and its status. Real runs whose best epoch by that rule is not the epoch of the lowest
// validation loss (min_delta > 0, monitor = loss) are given to the store, the Runs dock, the
// per-epoch plot, the exam view, the CSV export and the run record, which must all agree.
#include "overfitting.hpp"
#include "run_reading.hpp"
#include "run_record.hpp"
#include "ui/plots/csv_exporter.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/runs/runs_model.hpp"
#include "ui/session/run_description.hpp"
#include "ui/session/run_snapshot.hpp"
#include "ui/session/session.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/teaching/exam_view.hpp"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace
{

enum class Tweak { Default, MinDelta, MonitorLoss, Short };

core::RunSettings settingsFor(Tweak t)
{
    core::RunSettings s = ui::defaultRunSettings();
    s.train.epochs = 120;
    core::EarlyStoppingConfig& es = s.train.earlyStopping;
    switch (t) {
    case Tweak::Default:
        break;
    case Tweak::MinDelta: // the command line's --early-stopping --min-delta 0.05 --patience 1000
        es.enabled = true;
        es.minDelta = 0.05;
        es.patience = 1000;
        break;
    case Tweak::MonitorLoss:
        es.enabled = true;
        es.monitor = core::Monitor::Loss;
        es.patience = 1000;
        break;
    case Tweak::Short:
        s.train.epochs = 3;
        break;
    }
    return s;
}

int lowestValLossEpoch(const std::vector<core::EpochInfo>& epochs)
{
    int best = -1;
    for (const core::EpochInfo& e : epochs)
        if (e.epoch > 0 && std::isfinite(e.valLoss) &&
            (best < 0 || e.valLoss < epochs[std::size_t(best)].valLoss))
            best = e.epoch;
    return best;
}

} // namespace

class TestRunReading : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void readerFollowsTheTrainer_data();
    void readerFollowsTheTrainer();
    void readerIsIncremental();
    void statusWords_data();
    void statusWords();
    void everyViewStatesTheSameFacts_data();
    void everyViewStatesTheSameFacts();
};

void TestRunReading::readerFollowsTheTrainer_data()
{
    QTest::addColumn<int>("tweak");
    QTest::addColumn<bool>("differsFromLowestValLoss");
    QTest::newRow("default") << int(Tweak::Default) << false;
    QTest::newRow("min_delta 0.05") << int(Tweak::MinDelta) << true;
    QTest::newRow("monitor loss") << int(Tweak::MonitorLoss) << true;
}

// The best epoch is the trainer's, under the run's monitor and min_delta, not the lowest
// validation loss (which the Runs dock and runs.csv showed before).
void TestRunReading::readerFollowsTheTrainer()
{
    QFETCH(int, tweak);
    QFETCH(bool, differsFromLowestValLoss);
    const core::RunSpec spec = core::specOf(settingsFor(Tweak(tweak)));
    const core::RunResult r = core::trainSpec(spec);
    const core::RunReading reading = core::readRun(r.history.epochs, r.outcome);
    QCOMPARE(reading.bestEpoch, r.outcome.bestEpoch);
    QVERIFY(reading.bestEpoch > 0);
    QCOMPARE(reading.bestValLoss, r.history.epochs[std::size_t(reading.bestEpoch)].valLoss);
    QCOMPARE(reading.overfittingFrom, core::overfittingFromEpoch(r.history.epochs));
    QCOMPARE(reading.overfittingFrom, r.outcome.overfittingFrom);
    QCOMPARE(reading.status, core::RunStatus::Completed);
    QCOMPARE(reading.endEpoch, r.outcome.epochs);
    QCOMPARE(reading.bestEpoch != lowestValLossEpoch(r.history.epochs), differsFromLowestValLoss);
}

// Fed epoch by epoch (as the window's store gets them), the reading equals the whole run's; a
// shorter list is another run.
void TestRunReading::readerIsIncremental()
{
    const core::RunSpec spec = core::specOf(settingsFor(Tweak::MinDelta));
    const core::RunResult r = core::trainSpec(spec);
    core::RunReader reader;
    std::vector<core::EpochInfo> rows;
    for (const core::EpochInfo& e : r.history.epochs) {
        rows.push_back(e);
        const core::RunReading& now = reader.update(rows, std::nullopt, false, true);
        QCOMPARE(now.status, core::RunStatus::Training);
        QCOMPARE(now.epochs, e.epoch);
        QCOMPARE(now.bestEpoch, e.epoch > 0 ? e.bestEpoch : -1);
        QCOMPARE(now.overfittingFrom, core::overfittingFromEpoch(rows));
    }
    const core::RunReading whole = core::readRun(r.history.epochs, r.outcome);
    const core::RunReading& last = reader.update(rows, r.outcome, false, false);
    QCOMPARE(last.bestEpoch, whole.bestEpoch);
    QCOMPARE(last.overfittingFrom, whole.overfittingFrom);
    QCOMPARE(core::curveShapeKey(last.shape), core::curveShapeKey(whole.shape));
    QCOMPARE(last.status, whole.status);
    rows.resize(3); // another run
    QCOMPARE(reader.update(rows, std::nullopt, false, false).epochs, 2);
    QCOMPARE(reader.reading().bestEpoch, rows.back().bestEpoch);
    QCOMPARE(reader.reading().status, core::RunStatus::Stopped);
}

void TestRunReading::statusWords_data()
{
    QTest::addColumn<int>("reason"); // -1: no outcome
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("training");
    QTest::addColumn<int>("epochs");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("words");
    using R = core::StopReason;
    QTest::newRow("not started") << -1 << false << false << 0 << "not_started"
                                 << "idle";
    QTest::newRow("training") << -1 << false << true << 5 << "training"
                              << "training";
    QTest::newRow("left at epoch 4") << -1 << false << false << 4 << "stopped"
                                     << "stopped at epoch 4";
    QTest::newRow("failed") << -1 << true << false << 0 << "failed"
                            << "cannot train";
    QTest::newRow("completed") << int(R::Completed) << false << false << 9 << "completed"
                               << "finished";
    QTest::newRow("early stopped") << int(R::EarlyStopped) << false << false << 9 << "early_stopped"
                                   << "stopped early at epoch 9";
    QTest::newRow("diverged") << int(R::Diverged) << false << false << 9 << "diverged"
                              << "diverged";
    QTest::newRow("cancelled") << int(R::Cancelled) << false << false << 9 << "stopped"
                               << "stopped at epoch 9";
}

void TestRunReading::statusWords()
{
    QFETCH(int, reason);
    QFETCH(bool, failed);
    QFETCH(bool, training);
    QFETCH(int, epochs);
    QFETCH(QString, key);
    QFETCH(QString, words);
    std::optional<core::Outcome> outcome;
    if (reason >= 0)
        outcome =
            core::Outcome{core::StopReason(reason), epochs, 10, 1, false, "", std::nullopt, 0};
    const core::RunStatus s = core::runStatus(outcome, failed, training, epochs);
    QCOMPARE(QString::fromLatin1(core::runStatusKey(s)), key);
    QCOMPARE(ui::RunDescription::status(s, epochs), words);
}

void TestRunReading::everyViewStatesTheSameFacts_data()
{
    QTest::addColumn<int>("tweak");
    QTest::newRow("default (overfits)") << int(Tweak::Default);
    QTest::newRow("min_delta 0.05") << int(Tweak::MinDelta);
    QTest::newRow("monitor loss") << int(Tweak::MonitorLoss);
    QTest::newRow("3 epochs") << int(Tweak::Short);
}

void TestRunReading::everyViewStatesTheSameFacts()
{
    QFETCH(int, tweak);
    const core::RunSpec spec = core::specOf(settingsFor(Tweak(tweak)));
    const core::RunResult result = core::trainSpec(spec);
    const core::RunRecord record = core::makeRunRecord(spec, result, "test");

    // The store: the entry's cached reading.
    ui::Session session;
    const ui::RunId id = session.addRecord(record);
    const ui::RunEntry& entry = *session.store()->entry(id);
    const core::RunReading reading = entry.reading();
    QCOMPARE(reading.bestEpoch, result.outcome.bestEpoch); // the trainer's verdict
    QCOMPARE(reading.status, core::RunStatus::Completed);
    const QString best = QString::number(reading.bestEpoch);

    // The Runs dock.
    ui::RunsModel model(&session);
    const int row = session.store()->indexOf(id);
    QCOMPARE(model.index(row, ui::RunsModel::BestEpoch).data().toInt(), reading.bestEpoch);
    QCOMPARE(model.index(row, ui::RunsModel::Status).data().toString(),
             QStringLiteral("%1 (opened record)")
                 .arg(ui::RunDescription::status(reading.status, reading.endEpoch)));

    // The per-epoch plot, given the run as the window gives it the live run.
    const ui::RunSnapshot all = entry.data;
    ui::LossPerEpochPlot plot;
    plot.clearRun(true, spec.settings.train.earlyStopping);
    plot.append(all);
    QCOMPARE(plot.bestEpoch(), reading.bestEpoch);
    QCOMPARE(plot.overfittingFrom(), reading.overfittingFrom.value_or(-1));

    // The exam view's scores.
    ui::ExamView exam;
    exam.clearRun();
    exam.applySnapshot(all);
    const QString scores = exam.scoreLabel()->text();
    QVERIFY2(scores.contains(QStringLiteral("best epoch: %1<").arg(best)), qPrintable(scores));
    QCOMPARE(scores.contains(QStringLiteral("Memorising since pass")),
             reading.overfittingFrom.has_value());
    if (reading.overfittingFrom)
        QVERIFY2(scores.contains(
                     QStringLiteral("Memorising since pass %1:").arg(*reading.overfittingFrom)),
                 qPrintable(scores));

    // The CSV export: the best epoch of the last row and the overfitting column.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("epochs.csv"));
    QVERIFY(ui::CsvExporter::writeEpochs(path, entry.data.epochs, reading).ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    const QList<QByteArray> header = lines.front().split(',');
    const QList<QByteArray> last = lines.back().split(',');
    QCOMPARE(last.value(header.indexOf("best_epoch")), best.toLatin1());
    QCOMPARE(last.value(header.indexOf("overfitting_from_epoch")),
             reading.overfittingFrom ? QByteArray::number(*reading.overfittingFrom) : QByteArray());

    // The run record written from the store's entry, read back.
    const std::optional<core::RunRecord> kept = entry.record("test");
    QVERIFY(kept.has_value());
    const core::RunRecord back = core::readRunRecord(core::writeRunRecord(*kept));
    QVERIFY(back.outcome.has_value());
    QCOMPARE(back.outcome->bestEpoch, reading.bestEpoch);
    QCOMPARE(back.outcome->overfittingFrom, reading.overfittingFrom);
}

QTEST_MAIN(TestRunReading)
#include "tst_run_reading.moc"
