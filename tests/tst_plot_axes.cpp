// The plots' x axes as a teacher uses them to compare runs: a logarithmic x axis shows B = 30's
// 300 updates beside B = 1's 9,000; the wheel zooms x only (y with Ctrl) so curves never
// vanish; a double-click brings the whole picture back. An exported picture's caption wraps
// onto more lines instead of ending in "...".
#include "run_record.hpp"
#include "ui/plots/image_exporter.hpp"
#include "ui/plots/loss_per_epoch_plot.hpp"
#include "ui/plots/loss_per_update_plot.hpp"
#include "ui/session/run_store.hpp"
#include "ui/session/settings_store.hpp"

#include <QtTest>

namespace
{

core::RunSpec specWith(int batchSize)
{
    core::RunSettings s = ui::defaultRunSettings();
    s.train.batchSize = batchSize;
    return core::specOf(s);
}

// The default data at B = 1 (kept) and B = 30 (live).
struct TwoRuns {
    ui::RunStore store;
    ui::RunId small = 0, large = 0;
    TwoRuns()
    {
        for (int b : {1, 30}) {
            const core::RunSpec spec = specWith(b);
            const ui::RunId id =
                store.addRecord(core::makeRunRecord(spec, core::trainSpec(spec), "test"));
            (b == 1 ? small : large) = id;
        }
        store.setLive(large, true);
    }
};

void sendWheel(QWidget* w, Qt::KeyboardModifiers modifiers)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}

} // namespace

class TestPlotAxes : public QObject
{
    Q_OBJECT
private slots:
    void logXShowsShortRunsBesideLongOnes_data()
    {
        QTest::addColumn<bool>("log");
        QTest::addColumn<double>("minShare"); // of the axis' width B = 30's curve spans
        QTest::addColumn<double>("maxShare");
        QTest::newRow("linear") << false << 0.0 << 0.05;
        QTest::newRow("log") << true << 0.5 << 1.0;
    }
    void logXShowsShortRunsBesideLongOnes()
    {
        QFETCH(bool, log);
        QFETCH(double, minShare);
        QFETCH(double, maxShare);
        TwoRuns runs;
        ui::LossPerEpochPlot plot;
        plot.setStore(&runs.store);
        plot.clearRun(true, core::EarlyStoppingConfig{});
        plot.append(runs.store.entry(runs.large)->data);
        plot.setAxis(ui::UpdateAxis::Update);
        plot.setLogX(log);
        plot.resize(800, 500);
        plot.replot();
        QCOMPARE(plot.xAxis->scaleType(), log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        const QCPRange r = plot.xAxis->range();
        QVERIFY(r.lower > 0.0 || !log);
        QVERIFY2(r.lower <= 1.0 && r.upper >= 9000.0,
                 qPrintable(QStringLiteral("%1 to %2").arg(r.lower).arg(r.upper)));
        // B = 30 makes one update an epoch: 1 to 300 updates.
        const double share = (plot.xAxis->coordToPixel(300) - plot.xAxis->coordToPixel(1)) /
                             plot.axisRect()->width();
        qInfo("B = 30's curve spans %.1f %% of the axis", 100.0 * share);
        QVERIFY(share >= minShare && share <= maxShare);
    }

    void wheelZoomsXAndCtrlWheelY()
    {
        TwoRuns runs;
        ui::LossPerUpdatePlot plot;
        plot.setStore(&runs.store);
        const ui::RunEntry* live = runs.store.entry(runs.large);
        plot.setRunShape(live->stepsPerEpoch(), live->trainingRows());
        plot.append(live->data);
        plot.resize(800, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        const QCPRange x0 = plot.xAxis->range(), y0 = plot.yAxis->range();
        sendWheel(&plot, Qt::NoModifier);
        const QCPRange x1 = plot.xAxis->range(), y1 = plot.yAxis->range();
        QVERIFY(x1.size() < x0.size());
        QCOMPARE(y1, y0);
        QVERIFY(!plot.followsData());
        sendWheel(&plot, Qt::ControlModifier);
        QCOMPARE(plot.xAxis->range(), x1);
        QVERIFY(plot.yAxis->range().size() < y1.size());
        // A double-click shows everything again and follows the data.
        QTest::mouseDClick(&plot, Qt::LeftButton, {}, QPoint(400, 250));
        QVERIFY(plot.followsData());
        QCOMPARE(plot.xAxis->range(), x0);
        QCOMPARE(plot.yAxis->range(), y0);
    }

    void exportedCaptionWraps()
    {
        ui::LossPerEpochPlot plot;
        const QString shortCaption = QStringLiteral("B = 4 · E = 300 · Adam 0.01");
        QString longCaption;
        for (int i = 0; i < 12; ++i)
            longCaption += QStringLiteral("B = %1 · E = 300 · Adam 0.01 · 30 questions, seed %2; ")
                               .arg(i + 1)
                               .arg(i * 7);
        // The caption strip: the rows of its grey at the left margin, from the bottom up.
        const auto strip = [&](const QString& caption) {
            const QImage img = ui::ImageExporter::renderPlot(&plot, 600, 400, 1.0, caption);
            int rows = 0;
            for (int y = img.height() - 1; y >= 0; --y, ++rows)
                if (img.pixelColor(2, y) != QColor(246, 246, 246))
                    break;
            return rows;
        };
        const int one = strip(shortCaption);
        const int many = strip(longCaption);
        qInfo("caption strip: %d px for one line, %d px for the long caption", one, many);
        QVERIFY(one > 10);
        QVERIFY(many > 2 * one);
    }
};

QTEST_MAIN(TestPlotAxes)
#include "tst_plot_axes.moc"
