// The one settings schema (core/settings_schema.hpp): every setting round-trips through each of
// the formats that read it — the JSON of records and scenarios, lessons, the window's QSettings and
// the headless command line — and a value out of its field's range is refused by all of them.
#include "lesson.hpp"
#include "settings_json.hpp"
#include "settings_schema.hpp"
#include "ui/session/settings_store.hpp"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace
{

using Options = std::map<std::string, std::string, std::less<>>;

core::RunSettings readOptions(core::RunSettings s, const Options& given)
{
    core::readSettingOptions(s, [&given](std::string_view o) -> const std::string* {
        const auto it = given.find(o);
        return it == given.end() ? nullptr : &it->second;
    });
    return s;
}

// The settings with `field` set to `value`, after `before` (field=value pairs it needs).
core::RunSettings withSetting(const QString& before, const QString& field, const QString& value)
{
    core::RunSettings s = ui::defaultRunSettings();
    for (const QString& pair : before.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList kv = pair.split(QLatin1Char('='));
        core::setSettingText(core::settingField(kv[0].toStdString()), s, kv[1].toStdString());
    }
    if (!field.isEmpty())
        core::setSettingText(core::settingField(field.toStdString()), s, value.toStdString());
    return s;
}

// Every field that means something in `a` has the same value in `b`.
void compareApplying(const core::RunSettings& a, const core::RunSettings& b)
{
    for (const core::SettingField& f : core::settingFields())
        if (f.appliesTo(a))
            QCOMPARE(QString::fromStdString(core::settingText(f, b)),
                     QString::fromStdString(core::settingText(f, a)));
}

// A lesson's settings (core/lesson.hpp) are flat keys named as the fields, except the early
// stopping fields, which live in the object "early_stopping" under the last part of their JSON
// key ("enabled", "patience", ...).
const std::string esPrefix = "training.early_stopping.";

// The lesson's settings object that sets `f` to the JSON value `v`.
core::json_io::json lessonSettings(const core::SettingField& f, const core::json_io::json& v)
{
    const std::string key = f.jsonKey;
    if (key.starts_with(esPrefix))
        return {{"early_stopping", {{key.substr(esPrefix.size()), v}}}};
    return {{f.name, v}};
}

// The path a lesson's message names for `f` in "settings".
QString lessonPath(const core::SettingField& f)
{
    const std::string key = f.jsonKey;
    return QString::fromStdString(key.starts_with(esPrefix)
                                      ? "settings.early_stopping." + key.substr(esPrefix.size())
                                      : "settings." + std::string(f.name));
}

// The field's value in `s` as a typed JSON value.
core::json_io::json jsonValue(const core::SettingField& f, const core::RunSettings& s)
{
    const std::string text = core::settingText(f, s);
    switch (f.type) {
    case core::SettingType::Whole:
        return std::stoll(text);
    case core::SettingType::Seed:
        return std::stoull(text);
    case core::SettingType::Number: {
        double v = 0; // from_chars: std::stod refuses subnormal numbers such as 5e-324
        std::from_chars(text.data(), text.data() + text.size(), v);
        return v;
    }
    case core::SettingType::Bool:
        return text == "true";
    case core::SettingType::Widths: {
        auto a = core::json_io::json::array();
        if (text != "none")
            for (const QString& w : QString::fromStdString(text).split(QLatin1Char(',')))
                a.push_back(w.toInt());
        return a;
    }
    case core::SettingType::Choice:
        return text;
    }
    return {};
}

} // namespace

class TestSettingsSchema : public QObject
{
    Q_OBJECT

private slots:
    void everySettingRoundTrips_data();
    void everySettingRoundTrips();
    void everyFieldIsTested();
    void outOfRangeIsRefusedEverywhere_data();
    void outOfRangeIsRefusedEverywhere();
    void commandLineShorthands();
    void longValuesAreQuotedShortly_data();
    void longValuesAreQuotedShortly();
    void lessonAcceptsExactlyTheSchemaRange_data();
    void lessonAcceptsExactlyTheSchemaRange();
    void validateRefusesBeyondTheSchema_data();
    void validateRefusesBeyondTheSchema();

private:
    std::set<std::string> tested_;
};

void TestSettingsSchema::everySettingRoundTrips_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString none;
    QTest::newRow("dataset") << none << "dataset"
                             << "spiral";
    QTest::newRow("classes") << "dataset=k-spiral"
                             << "classes"
                             << "7";
    QTest::newRow("extra_inputs") << none << "extra_inputs"
                                  << "13";
    QTest::newRow("n_train") << none << "n_train"
                             << "57";
    QTest::newRow("n_val") << none << "n_val"
                           << "0";
    QTest::newRow("noise") << none << "noise"
                           << "0.125";
    QTest::newRow("label_noise") << none << "label_noise"
                                 << "0.3";
    QTest::newRow("clean_validation") << none << "clean_validation"
                                      << "true";
    QTest::newRow("data_seed") << none << "data_seed"
                               << "18446744073709551615";
    QTest::newRow("validation") << none << "validation"
                                << "split";
    QTest::newRow("validation_split") << "validation=split"
                                      << "validation_split"
                                      << "0.3";
    QTest::newRow("hidden") << none << "hidden"
                            << "8,16,4";
    QTest::newRow("hidden none") << none << "hidden"
                                 << "none";
    QTest::newRow("activation") << none << "activation"
                                << "relu";
    QTest::newRow("init_seed") << none << "init_seed"
                               << "12345";
    QTest::newRow("batch_size") << none << "batch_size"
                                << "7";
    QTest::newRow("epochs") << none << "epochs"
                            << "1234";
    QTest::newRow("shuffle") << none << "shuffle"
                             << "false";
    QTest::newRow("shuffle_seed") << none << "shuffle_seed"
                                  << "99";
    QTest::newRow("optimizer sgd") << none << "optimizer"
                                   << "sgd";
    QTest::newRow("optimizer momentum") << none << "optimizer"
                                        << "momentum";
    QTest::newRow("learning_rate") << none << "learning_rate"
                                   << "0.0625";
    QTest::newRow("momentum") << "optimizer=momentum"
                              << "momentum"
                              << "0.5";
    QTest::newRow("beta_1") << "optimizer=adam"
                            << "beta_1"
                            << "0.8";
    QTest::newRow("beta_2") << "optimizer=adam"
                            << "beta_2"
                            << "0.95";
    QTest::newRow("epsilon") << "optimizer=adam"
                             << "epsilon"
                             << "1e-05";
    QTest::newRow("early_stopping on") << none << "early_stopping"
                                       << "true";
    QTest::newRow("monitor") << "early_stopping=true"
                             << "monitor"
                             << "loss";
    QTest::newRow("min_delta") << "early_stopping=true"
                               << "min_delta"
                               << "0.001";
    QTest::newRow("patience") << "early_stopping=true"
                              << "patience"
                              << "3";
    QTest::newRow("restore_best_weights off") << "early_stopping=true"
                                              << "restore_best_weights"
                                              << "false";
    QTest::newRow("start_from_epoch") << "early_stopping=true"
                                      << "start_from_epoch"
                                      << "10";
    QTest::newRow("lr_schedule") << none << "lr_schedule"
                                 << "step";
    QTest::newRow("lr_schedule_unit") << "lr_schedule=step"
                                      << "lr_schedule_unit"
                                      << "epoch";
    QTest::newRow("lr_decay_rate") << "lr_schedule=step"
                                   << "lr_decay_rate"
                                   << "0.25";
    QTest::newRow("lr_decay_every") << "lr_schedule=step"
                                    << "lr_decay_every"
                                    << "4";
    QTest::newRow("warmup") << "lr_schedule=warmup"
                            << "warmup"
                            << "5";
    QTest::newRow("warmup_from") << "lr_schedule=warmup"
                                 << "warmup_from"
                                 << "0.002";
    QTest::newRow("batch_growth") << none << "batch_growth"
                                  << "3";
    QTest::newRow("batch_growth_every") << "batch_growth=2"
                                        << "batch_growth_every"
                                        << "4";
    QTest::newRow("goal") << none << "goal"
                          << "val_loss";
    QTest::newRow("goal_value") << "goal=val_accuracy"
                                << "goal_value"
                                << "0.875";
    QTest::newRow("goal_every") << "goal=val_accuracy"
                                << "goal_every"
                                << "7";
    QTest::newRow("noise_scale_every") << none << "noise_scale_every"
                                       << "2";
}

void TestSettingsSchema::everySettingRoundTrips()
{
    QFETCH(QString, before);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const core::RunSettings s = withSetting(before, field, value);
    const core::SettingField& f = core::settingField(field.toStdString());
    tested_.insert(f.name);
    // The sample is the field's canonical text, changes the settings, and can train.
    QCOMPARE(QString::fromStdString(core::settingText(f, s)), value);
    QVERIFY(s != withSetting(before, QString(), QString()));
    s.validate();

    // JSON (records and scenarios): the generator data and the settings.
    namespace js = core::json_io;
    js::ojson j;
    j["data"] = js::generatorDataJson(s.data);
    js::writeSettingsJson(j, s);
    const js::json parsed = js::json::parse(j.dump());
    core::RunSettings fromJson; // from other values than `s`
    fromJson.train.optimizer.kind = core::OptimizerKind::Sgd;
    js::readGenerator(js::Node{parsed.at("data").at("generator"), "data.generator"}, fromJson.data);
    js::readSettingsJson(js::Node{parsed, ""}, fromJson);
    compareApplying(s, fromJson);

    // QSettings (the window's saved settings): every field, applying or not.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        ui::saveRunSettings(store, s);
    }
    QSettings store(path, QSettings::IniFormat);
    QVERIFY(ui::loadRunSettings(store) == s);

    // The headless command line, from what `batchlab --headless` starts with.
    Options options;
    for (const auto& [option, text] : core::settingOptions(s))
        options[option] = text;
    compareApplying(s, readOptions(core::overfitPreset(), options));

    // Lessons: every applying field as a key of a step's settings, read over other values.
    core::json_io::json lesson = core::json_io::json::object();
    for (const core::SettingField& f : core::settingFields())
        if (f.appliesTo(s))
            lesson.merge_patch(lessonSettings(f, jsonValue(f, s)));
    core::RunSettings fromLesson; // Keras's defaults, not `s`
    fromLesson.data.kind = core::DatasetKind::Xor;
    core::applySettingsJson(lesson.dump(), fromLesson);
    compareApplying(s, fromLesson);
}

void TestSettingsSchema::everyFieldIsTested()
{
    for (const core::SettingField& f : core::settingFields())
        QVERIFY2(tested_.count(f.name) == 1, f.name);
}

void TestSettingsSchema::outOfRangeIsRefusedEverywhere_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("needs");
    QTest::newRow("batch 0") << "batch_size"
                             << "0"
                             << "needs a whole number from 1 to 1000000";
    QTest::newRow("epochs 1e6 + 1") << "epochs"
                                    << "1000001"
                                    << "needs a whole number from 1 to 1000000";
    QTest::newRow("n_val -1") << "n_val"
                              << "-1"
                              << "needs a whole number from 0 to 1000000";
    QTest::newRow("label noise 0.6") << "label_noise"
                                     << "0.6"
                                     << "needs a number in [0, 0.5]";
    QTest::newRow("momentum 1") << "momentum"
                                << "1"
                                << "needs a number in [0, 1)";
    QTest::newRow("learning rate 0") << "learning_rate"
                                     << "0"
                                     << "needs a number in (0, 1000000]";
    QTest::newRow("epsilon 2") << "epsilon"
                               << "2"
                               << "needs a number in (0, 1]";
    QTest::newRow("min delta -1") << "min_delta"
                                  << "-1"
                                  << "needs a number in [0, inf)";
    QTest::newRow("split 1") << "validation_split"
                             << "1"
                             << "needs a number in (0, 1)";
    QTest::newRow("width 4097") << "hidden"
                                << "4097"
                                << "needs widths from 1 to 4096 separated by commas, or none";
    QTest::newRow("17 layers") << "hidden"
                               << "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1"
                               << "allows at most 16 hidden layers";
    QTest::newRow("activation") << "activation"
                                << "softmax"
                                << "must be one of tanh, relu, sigmoid, linear";
    QTest::newRow("shuffle maybe") << "shuffle"
                                   << "maybe"
                                   << "must be true or false";
    QTest::newRow("seed -1") << "init_seed"
                             << "-1"
                             << "needs a whole number >= 0";
    QTest::newRow("noise nan") << "noise"
                               << "nan"
                               << "needs a number in [0, 100]";
}

void TestSettingsSchema::outOfRangeIsRefusedEverywhere()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, needs);
    const core::SettingField& f = core::settingField(field.toStdString());
    core::RunSettings s = ui::defaultRunSettings();
    if (field == QLatin1String("momentum"))
        s.train.optimizer.kind = core::OptimizerKind::Momentum;
    if (field == QLatin1String("validation_split"))
        s.validation = core::ValidationMode::Split;
    const core::RunSettings before = s;

    // The schema itself.
    try {
        core::setSettingText(f, s, value.toStdString());
        QFAIL("accepted");
    } catch (const core::SettingError& e) {
        QCOMPARE(QString::fromUtf8(e.what()), needs);
    }
    QVERIFY(s == before);

    // The command line names the option and quotes the value.
    if (f.cliOption) {
        try {
            readOptions(s, Options{{f.cliOption, value.toStdString()}});
            QFAIL("accepted");
        } catch (const core::SettingOptionError& e) {
            QCOMPARE(
                QString::fromUtf8(e.what()),
                QStringLiteral("--%1 %2, not '%3'").arg(QLatin1String(f.cliOption), needs, value));
        }
    }

    // QSettings: the field keeps its default.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        ui::saveRunSettings(store, s);
        store.setValue(QStringLiteral("run/") + QLatin1String(f.storeKey), value);
    }
    QSettings store(path, QSettings::IniFormat);
    QVERIFY(ui::loadRunSettings(store) == s);

    // JSON: refused with the field's path (numbers only: a JSON text is typed).
    namespace js = core::json_io;
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (isNumber && f.type != core::SettingType::Widths && std::isfinite(number)) {
        js::ojson j;
        js::writeSettingsJson(j, s);
        js::json doc = js::json::parse(j.dump());
        js::json* node = &doc;
        const QStringList path = QString::fromLatin1(f.jsonKey).split(QLatin1Char('.'));
        if (path.first() == QLatin1String("data"))
            return; // the generator object: read by readGenerator, same fields
        for (const QString& key : path)
            node = &(*node)[key.toStdString()];
        if (f.type == core::SettingType::Whole)
            *node = value.toLongLong();
        else
            *node = number;
        core::RunSettings r;
        try {
            js::readSettingsJson(js::Node{doc, ""}, r);
            QFAIL("accepted");
        } catch (const js::JsonFieldError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QLatin1String(f.jsonKey)), e.what());
        }
    }
}

void TestSettingsSchema::commandLineShorthands()
{
    // --seed sets the three seeds; a single seed given too overrides it.
    core::RunSettings s = readOptions(core::overfitPreset(), {{"seed", "5"}, {"init-seed", "9"}});
    QCOMPARE(s.data.seed, 5u);
    QCOMPARE(s.train.shuffleSeed, 5u);
    QCOMPARE(s.initSeed, 9u);
    // --optimizer alone: Keras's learning rate for it; with --learning-rate: that one.
    s = readOptions(core::overfitPreset(), {{"optimizer", "sgd"}});
    QCOMPARE(s.train.optimizer.learningRate, 0.01);
    s = readOptions(core::overfitPreset(), {{"optimizer", "adam"}});
    QCOMPARE(s.train.optimizer.learningRate, 0.001);
    s = readOptions(core::overfitPreset(), {{"optimizer", "adam"}, {"learning-rate", "0.5"}});
    QCOMPARE(s.train.optimizer.learningRate, 0.5);
    // --validation-split switches to split validation; flags are true when given only.
    s = readOptions(core::overfitPreset(), {{"validation-split", "0.25"}, {"early-stopping", ""}});
    QCOMPARE(s.validation, core::ValidationMode::Split);
    QCOMPARE(s.validationSplit, 0.25);
    QVERIFY(s.train.earlyStopping.enabled);
    QVERIFY(!s.train.earlyStopping.restoreBestWeights);
}

void TestSettingsSchema::longValuesAreQuotedShortly_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("ascii") << QByteArray(300000, 'x');
    QTest::newRow("korean") << QString(100000, QChar(0xD55C)).toUtf8();
    // Not UTF-8: continuation bytes only (found by fuzzing; they were quoted whole).
    QTest::newRow("continuation bytes") << QByteArray("1000000z") + QByteArray(300000, '\x80');
}

void TestSettingsSchema::longValuesAreQuotedShortly()
{
    QFETCH(QByteArray, value);
    try {
        readOptions(core::overfitPreset(), {{"batch-size", value.toStdString()}});
        QFAIL("accepted");
    } catch (const core::SettingOptionError& e) {
        const std::string needs = "--batch-size " + e.needs + ", not '";
        const std::string what = e.what();
        QVERIFY(what.starts_with(needs));
        // At most 60 characters of at most 4 bytes, and the ellipsis.
        QVERIFY2(what.size() <= needs.size() + 4 * 60 + 3 + 1,
                 qPrintable(QString::number(what.size())));
        QVERIFY(what.ends_with("\u2026'"));
    }
}

// A lesson accepts exactly the schema's range of every field (its own limits, written a second
// time, differed: training rows to 100000, seeds to INT_MAX, no beta_1 ...): each finite end is
// accepted, the nearest value beyond it refused naming the key; an open end itself is refused and
// the nearest value inside accepted. Data-driven over settingFields(), so a new field is covered.
void TestSettingsSchema::lessonAcceptsExactlyTheSchemaRange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value"); // JSON
    QTest::addColumn<bool>("accepted");
    using core::json_io::json;
    const auto row = [](const core::SettingField& f, const char* what, const json& v, bool ok) {
        QTest::addRow("%s %s %s", f.name, what, v.dump().c_str())
            << QString::fromLatin1(f.name) << QByteArray::fromStdString(v.dump()) << ok;
    };
    constexpr double inf = std::numeric_limits<double>::infinity();
    for (const core::SettingField& f : core::settingFields()) {
        switch (f.type) {
        case core::SettingType::Whole:
            row(f, "lo", std::int64_t(f.lo), true);
            row(f, "hi", std::int64_t(f.hi), true);
            row(f, "below", std::int64_t(f.lo) - 1, false);
            row(f, "above", std::int64_t(f.hi) + 1, false);
            break;
        case core::SettingType::Number:
            row(f, "lo", f.lo, !f.openLo);
            row(f, f.openLo ? "inside lo" : "below", std::nextafter(f.lo, f.openLo ? inf : -inf),
                f.openLo);
            if (std::isinf(f.hi)) {
                row(f, "largest", std::numeric_limits<double>::max(), true);
            } else {
                row(f, "hi", f.hi, !f.openHi);
                row(f, f.openHi ? "inside hi" : "above",
                    std::nextafter(f.hi, f.openHi ? -inf : inf), f.openHi);
            }
            break;
        case core::SettingType::Widths:
            row(f, "lo", json::array({std::int64_t(f.lo)}), true);
            row(f, "hi", json::array({std::int64_t(f.hi)}), true);
            row(f, "below", json::array({std::int64_t(f.lo) - 1}), false);
            row(f, "above", json::array({std::int64_t(f.hi) + 1}), false);
            row(f, "most layers", json(std::vector<int>(core::maxHiddenLayers, 1)), true);
            row(f, "one layer more", json(std::vector<int>(core::maxHiddenLayers + 1, 1)), false);
            break;
        case core::SettingType::Seed:
            row(f, "lo", std::uint64_t(0), true);
            row(f, "hi", std::numeric_limits<std::uint64_t>::max(), true);
            row(f, "below", -1, false);
            break;
        case core::SettingType::Bool:
        case core::SettingType::Choice:
            break;
        }
    }
}

void TestSettingsSchema::lessonAcceptsExactlyTheSchemaRange()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    using core::json_io::json;
    const core::SettingField& f = core::settingField(field.toStdString());
    const json v = json::parse(value.toStdString());
    const std::string text = lessonSettings(f, v).dump();
    core::RunSettings s = core::overfitPreset();
    try {
        core::applySettingsJson(text, s);
        QVERIFY2(accepted, text.c_str());
        QCOMPARE(QByteArray::fromStdString(jsonValue(f, s).dump()), value);
    } catch (const core::LessonError& e) {
        QVERIFY2(!accepted, e.what());
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(lessonPath(f)), e.what());
    }
}

// Settings made in code (not read) meet the same ranges: RunSettings::validate refuses a value
// just beyond each end of every whole-number, number and widths field, naming it (it had its own
// limits: widths, layers and rows only). Data-driven over settingFields().
void TestSettingsSchema::validateRefusesBeyondTheSchema_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    constexpr double inf = std::numeric_limits<double>::infinity();
    for (const core::SettingField& f : core::settingFields()) {
        const auto row = [&f](const char* what, double v) {
            QTest::addRow("%s %s", f.name, what) << QString::fromLatin1(f.name) << v;
        };
        switch (f.type) {
        case core::SettingType::Whole:
        case core::SettingType::Widths:
            row("below", f.lo - 1);
            row("above", f.hi + 1);
            break;
        case core::SettingType::Number:
            row("below", f.openLo ? f.lo : std::nextafter(f.lo, -inf));
            row("above", std::isinf(f.hi) ? inf : f.openHi ? f.hi : std::nextafter(f.hi, inf));
            row("nan", std::numeric_limits<double>::quiet_NaN());
            break;
        default:
            break;
        }
    }
}

void TestSettingsSchema::validateRefusesBeyondTheSchema()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    const core::SettingField& f = core::settingField(field.toStdString());
    core::RunSettings s = ui::defaultRunSettings();
    // Where the field applies: its optimizer, split validation.
    if (field == QLatin1String("momentum"))
        s.train.optimizer.kind = core::OptimizerKind::Momentum;
    if (field == QLatin1String("validation_split"))
        s.validation = core::ValidationMode::Split;
    if (field == QLatin1String("classes"))
        s.data.kind = core::DatasetKind::KBlobs;
    if (field == QLatin1String("lr_decay_rate") || field == QLatin1String("lr_decay_every"))
        s.train.lrSchedule.kind = core::LrScheduleKind::Step;
    if (field == QLatin1String("warmup") || field == QLatin1String("warmup_from"))
        s.train.lrSchedule.kind = core::LrScheduleKind::WarmUp;
    if (field == QLatin1String("batch_growth_every"))
        s.train.batchGrowth.factor = 2;
    if (field == QLatin1String("goal_value") || field == QLatin1String("goal_every"))
        s.train.goal.kind = core::GoalKind::ValAccuracy;
    QVERIFY(f.appliesTo(s));
    std::visit(
        [value](auto* p) {
            using T = std::remove_pointer_t<decltype(p)>;
            if constexpr (std::is_same_v<T, int>)
                *p = int(value);
            else if constexpr (std::is_same_v<T, double>)
                *p = value;
            else if constexpr (std::is_same_v<T, std::vector<int>>)
                *p = {int(value)};
        },
        f.slot(s));
    try {
        s.validate();
        QFAIL("accepted");
    } catch (const core::SettingError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(field + QLatin1Char(' ')), e.what());
    }
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settings_schema.moc"
