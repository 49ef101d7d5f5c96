// The controls panel takes its ranges from the settings schema (core/settings_schema.hpp): every
// spin box, what a user can type, holds the schema's range of its field, so a limit is written
// once. Where a box cannot hold the range exactly it holds the largest part of it a box can show
// (documented at schemaRange in ui/controls/controls_panel.cpp): seeds up to INT_MAX (a QSpinBox
// holds an int), an open end one step of the box's decimals inside, an infinite end the largest
// double; batch_size is narrowed to the training rows N (B > N is one batch). Sliders lie over a
// spin box and may keep a narrower classroom range (epochs: 1 to 2000 on a log scale), inside
// the schema's.
#include "settings_schema.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/session/settings_store.hpp"

#include <QDoubleSpinBox>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

#include <cmath>
#include <limits>

namespace
{

// The panel as the tests see it: the default settings with the most training rows the schema
// allows, so that batch_size's box can reach the schema's maximum.
core::RunSettings withMostRows()
{
    core::RunSettings s = ui::defaultRunSettings();
    s.data.nTrain = int(core::settingField("n_train").hi);
    return s;
}

QList<QAbstractSpinBox*> spinBoxes(const ui::ControlsPanel& p)
{
    return p.findChildren<QAbstractSpinBox*>();
}

} // namespace

class TestControlsSchema : public QObject
{
    Q_OBJECT

private slots:
    void everySpinBoxHasTheSchemaRange_data();
    void everySpinBoxHasTheSchemaRange();
    void slidersLieInsideTheSchema();
    void seedsBeyondABoxAreKept();
};

void TestControlsSchema::everySpinBoxHasTheSchemaRange_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    ui::ControlsPanel p;
    const QList<QAbstractSpinBox*> boxes = spinBoxes(p);
    QVERIFY(boxes.size() >= 13);
    for (int i = 0; i < boxes.size(); ++i) {
        const QString field = boxes[i]->property("settingField").toString();
        const QString part = boxes[i]->property("settingPart").toString();
        QTest::addRow("%d %s %s", i, qPrintable(field), qPrintable(part)) << i << field;
    }
}

void TestControlsSchema::everySpinBoxHasTheSchemaRange()
{
    QFETCH(int, index);
    QFETCH(QString, field);
    ui::ControlsPanel p;
    p.setSettings(withMostRows());
    QAbstractSpinBox* box = spinBoxes(p).at(index);
    // A spin box without a field of the schema would keep a range of its own.
    QVERIFY2(!field.isEmpty(), "a spin box without the property settingField");
    const core::SettingField& f = core::settingField(field.toStdString());

    if (auto* d = qobject_cast<QDoubleSpinBox*>(box)) {
        QCOMPARE(f.type, core::SettingType::Number);
        const double step = std::pow(10.0, -d->decimals());
        QCOMPARE(d->minimum(), f.openLo ? f.lo + step : f.lo);
        QCOMPARE(d->maximum(), std::isinf(f.hi) ? std::numeric_limits<double>::max()
                               : f.openHi       ? f.hi - step
                                                : f.hi);
        // Inside the schema: the box's ends are accepted by it.
        core::RunSettings s = ui::defaultRunSettings();
        core::setSettingNumber(f, s, d->minimum());
        core::setSettingNumber(f, s, d->maximum());
        return;
    }
    auto* i = qobject_cast<QSpinBox*>(box);
    QVERIFY(i);
    switch (f.type) {
    case core::SettingType::Whole:
        QCOMPARE(i->minimum(), int(f.lo));
        // batch_size: narrowed to N, here the most rows the schema allows.
        QCOMPARE(i->maximum(), f.name == std::string_view("batch_size")
                                   ? std::min(int(f.hi), int(core::settingField("n_train").hi))
                                   : int(f.hi));
        break;
    case core::SettingType::Seed:
        QCOMPARE(i->minimum(), 0);
        QCOMPARE(i->maximum(), std::numeric_limits<int>::max());
        break;
    case core::SettingType::Widths:
        if (box->property("settingPart").toString() == QLatin1String("layers")) {
            QCOMPARE(i->minimum(), 0);
            QCOMPARE(i->maximum(), core::maxHiddenLayers);
        } else {
            QCOMPARE(i->minimum(), int(f.lo));
            QCOMPARE(i->maximum(), int(f.hi));
        }
        break;
    default:
        QFAIL("a spin box for a field that is not a number");
    }
}

void TestControlsSchema::slidersLieInsideTheSchema()
{
    ui::ControlsPanel p;
    p.setSettings(withMostRows());
    // batch_size: the slider has the box's range.
    QCOMPARE(p.batchSlider()->minimum(), p.batchSpin()->minimum());
    QCOMPARE(p.batchSlider()->maximum(), p.batchSpin()->maximum());
    // epochs: the slider's ends give epochs inside the schema's range.
    const core::SettingField& epochs = core::settingField("epochs");
    for (const int position : {p.epochSlider()->minimum(), p.epochSlider()->maximum()}) {
        p.epochSlider()->setValue(position);
        QVERIFY(p.epochSpin()->value() >= epochs.lo);
        QVERIFY(p.epochSpin()->value() <= epochs.hi);
    }
    QCOMPARE(p.epochSpin()->maximum(), int(epochs.hi));
}

// A record's or a lesson's seed beyond INT_MAX was shown wrapped (int(seed)) and the next run
// took the box's value: the seed is kept while the box is not changed.
void TestControlsSchema::seedsBeyondABoxAreKept()
{
    ui::ControlsPanel p;
    core::RunSettings s = ui::defaultRunSettings();
    s.data.seed = std::uint64_t(1) << 40;
    s.initSeed = std::numeric_limits<std::uint64_t>::max();
    p.setSettings(s);
    QCOMPARE(p.settings().data.seed, s.data.seed);
    QCOMPARE(p.settings().initSeed, s.initSeed);
    // Changed in the box: the box's value.
    for (QAbstractSpinBox* box : spinBoxes(p))
        if (box->property("settingField").toString() == QLatin1String("data_seed"))
            qobject_cast<QSpinBox*>(box)->setValue(7);
    QCOMPARE(p.settings().data.seed, 7u);
    QCOMPARE(p.settings().initSeed, s.initSeed);
}

QTEST_MAIN(TestControlsSchema)
#include "tst_controls_schema.moc"
