// A run's caption (ui/session/run_description.hpp), under every exported picture and in the
// window: it names the data, its size and seed, and its noise only where the noise changes the
// data (the digits are as drawn: "noise 0.35" under a digits run said what was not so).
#include "core/dataset.hpp"
#include "core/run_settings.hpp"
#include "ui/session/run_description.hpp"

#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(core::DatasetKind)

class TestRunDescription : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void captionNamesTheNoiseOnlyWhereItCounts_data()
    {
        QTest::addColumn<core::DatasetKind>("kind");
        QTest::addColumn<bool>("noise");
        QTest::newRow("moons") << core::DatasetKind::Moons << true;
        QTest::newRow("spiral") << core::DatasetKind::Spiral << true;
        QTest::newRow("k blobs") << core::DatasetKind::KBlobs << true;
        QTest::newRow("digits") << core::DatasetKind::Digits << false;
    }
    void captionNamesTheNoiseOnlyWhereItCounts()
    {
        QFETCH(core::DatasetKind, kind);
        QFETCH(bool, noise);
        QCOMPARE(core::usesNoise(kind), noise);
        core::RunSettings s = core::overfitPreset();
        s.data.kind = kind;
        s.data.noise = 0.35;
        s.data.seed = 7;
        s.train.batchSize = 10;
        s.train.epochs = 50;
        const QString caption = ui::RunDescription::caption(s);
        QCOMPARE(caption.contains(QStringLiteral("noise 0.35")), noise);
        QVERIFY2(caption.contains(QStringLiteral("seed 7")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("batch_size 10, epochs 50")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("N = %1").arg(s.trainingRows())),
                 qPrintable(caption));
    }
};

QTEST_GUILESS_MAIN(TestRunDescription)
#include "tst_run_description.moc"
