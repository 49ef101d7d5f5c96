// The bundled handwritten digits: the generated array holds exactly the shipped file, the data
// set picks balanced, disjoint practice and new exams, and the settings, records and Keras code
// know it.
#include "digits.hpp"

#include "dataset.hpp"
#include "keras_code.hpp"
#include "run_record.hpp"
#include "run_settings.hpp"
#include "run_spec.hpp"
#include "settings_schema.hpp"

#include <QtTest>

#include <zlib.h>

#include <map>
#include <set>
#include <sstream>

namespace
{

const char* const shippedFile = BATCHLAB_SOURCE_DIR "/resources/data/digits.csv.gz";

// The text of the shipped .gz file (zlib reads gzip).
std::string unzipped(const char* path)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return {};
    std::string text;
    char buf[1 << 14];
    int n = 0;
    while ((n = gzread(f, buf, sizeof buf)) > 0)
        text.append(buf, std::size_t(n));
    gzclose(f);
    return text;
}

core::RunSettings digitsSettings(const std::map<std::string, std::string, std::less<>>& given)
{
    core::RunSettings s;
    core::readSettingOptions(s, [&given](std::string_view o) -> const std::string* {
        const auto it = given.find(o);
        return it == given.end() ? nullptr : &it->second;
    });
    return s;
}

// The row of the digits table that row i of `d` shows (-1: none).
int sourceRow(const core::Dataset& d, int i)
{
    for (int r = 0; r < core::digits::rowCount; ++r) {
        bool same = core::digits::label(r) == int(d.y(i));
        for (int k = 0; same && k < core::digits::pixels; ++k)
            same = d.x(i, k) == core::digits::pixel(r, k) / 16.0;
        if (same)
            return r;
    }
    return -1;
}

} // namespace

class TestDigits : public QObject
{
    Q_OBJECT

private slots:
    void arrayHoldsTheShippedFile()
    {
        const std::string text = unzipped(shippedFile);
        QVERIFY2(!text.empty(), shippedFile);
        std::istringstream lines(text);
        std::string line;
        int row = 0;
        while (std::getline(lines, line)) {
            QVERIFY(row < core::digits::rowCount);
            std::istringstream cells(line);
            std::string cell;
            int k = 0;
            while (std::getline(cells, cell, ',')) {
                const int v = std::stoi(cell);
                if (k < core::digits::pixels)
                    QCOMPARE(core::digits::pixel(row, k), v);
                else
                    QCOMPARE(core::digits::label(row), v);
                ++k;
            }
            QCOMPARE(k, core::digits::pixels + 1);
            ++row;
        }
        QCOMPARE(row, core::digits::rowCount);
    }

    void setsAreBalancedAndDisjoint_data()
    {
        QTest::addColumn<int>("nTrain");
        QTest::addColumn<int>("nVal");
        QTest::addColumn<int>("seed");
        QTest::newRow("handout") << 100 << 500 << 1;
        QTest::newRow("other seed") << 100 << 500 << 7;
        QTest::newRow("small") << 13 << 27 << 2;
        QTest::newRow("every picture") << 1000 << 797 << 3;
    }
    void setsAreBalancedAndDisjoint()
    {
        QFETCH(int, nTrain);
        QFETCH(int, nVal);
        QFETCH(int, seed);
        core::DataSpec spec;
        spec.kind = core::DatasetKind::Digits;
        spec.nTrain = nTrain;
        spec.nVal = nVal;
        spec.seed = std::uint64_t(seed);
        const core::DataSplit d = core::generate(spec);
        QCOMPARE(d.train.rows(), nTrain);
        QCOMPARE(d.val.rows(), nVal);
        QCOMPARE(d.train.inputs(), 64);
        QVERIFY(d.train.task == core::TaskKind::MultiClassClassification);
        QCOMPARE(core::classCount(d), 10);
        QCOMPARE(d.train.classNames.size(), std::size_t(10));
        QCOMPARE(d.train.classNames[7], std::string("7"));
        QCOMPARE(d.train.x.minCoeff(), 0.0);
        QCOMPARE(d.train.x.maxCoeff(), 1.0);
        // Each row is a picture of the table; no picture serves twice.
        std::set<int> rows;
        for (const core::Dataset* part : {&d.train, &d.val})
            for (int i = 0; i < part->rows(); ++i) {
                const int r = sourceRow(*part, i);
                QVERIFY(r >= 0);
                QVERIFY2(rows.insert(r).second, "a picture is in both sets");
            }
        // The digits take turns: ten of each in the first 100 practice questions.
        std::vector<int> count(10, 0);
        for (int i = 0; i < std::min(nTrain, 100); ++i)
            ++count[std::size_t(d.train.y(i))];
        if (nTrain >= 100)
            QCOMPARE(count, std::vector<int>(10, 10));
        for (int i = 0; i < std::min(nTrain, 10); ++i)
            QCOMPARE(int(d.train.y(i)), i);
        // The same seed picks the same questions, another seed others.
        QCOMPARE(core::generate(spec).train.x, d.train.x);
        core::DataSpec other = spec;
        other.seed += 1;
        QVERIFY(core::generate(other).train.x != d.train.x);
        // A longer practice exam keeps the new exam as it was (while rows are left).
        if (nTrain + nVal + 50 <= core::digits::rowCount) {
            core::DataSpec longer = spec;
            longer.nTrain += 50;
            const core::DataSplit l = core::generate(longer);
            QCOMPARE(l.val.x, d.val.x);
            QCOMPARE(Eigen::MatrixXd(l.train.x.topRows(nTrain)), d.train.x);
        }
    }

    void tooManyRowsAreRefused()
    {
        core::DataSpec spec;
        spec.kind = core::DatasetKind::Digits;
        spec.nTrain = 1000;
        spec.nVal = 798;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::generate(spec));
        core::RunSettings s;
        s.data = spec;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.validate());
    }

    void commandLineStartsFromTheHandout()
    {
        core::RunSettings s = digitsSettings({{"dataset", "digits"}});
        QCOMPARE(s.data.nTrain, core::digitsTrainRows);
        QCOMPARE(s.data.nVal, core::digitsValRows);
        QCOMPARE(s.networkSpec().inputs, 64);
        QCOMPARE(s.networkSpec().outputs(), 10);
        s = digitsSettings({{"dataset", "digits"}, {"train-size", "40"}, {"val-size", "60"}});
        QCOMPARE(s.data.nTrain, 40);
        QCOMPARE(s.data.nVal, 60);
        // Neither a number of classes nor the noise belongs to the digits.
        QVERIFY(!core::settingField("classes").appliesTo(s));
        QVERIFY(!core::settingField("noise").appliesTo(s));
        s = digitsSettings({{"dataset", "moons"}});
        QVERIFY(s.data.nTrain != core::digitsTrainRows || s.data.nVal != core::digitsValRows);
    }

    void recordCarriesTheSourceAndReplays()
    {
        core::RunSettings s = digitsSettings({{"dataset", "digits"},
                                              {"train-size", "30"},
                                              {"val-size", "20"},
                                              {"hidden", "8"},
                                              {"epochs", "2"},
                                              {"batch-size", "10"}});
        const core::RunSpec spec = core::specOf(s);
        const core::RunResult r = core::trainSpec(spec);
        QCOMPARE(r.outcome.reason, core::StopReason::Completed);
        QVERIFY(std::isfinite(r.history.epochs.back().valAccuracy));
        const std::string text = core::writeRunRecord(core::makeRunRecord(spec, r, "test"));
        QVERIFY(text.find("\"attribution\": \"Optical Recognition of Handwritten Digits") !=
                std::string::npos);
        QVERIFY(text.find("CC BY 4.0") != std::string::npos);
        const core::RunRecord back = core::readRunRecord(text);
        QCOMPARE(back.spec.settings.data, s.data);
        const core::RunResult again = core::trainSpec(back.spec);
        QVERIFY(core::sameParameters(again.finalParameters, r.finalParameters));
        // The Keras code loads the same data set.
        const std::string code = core::kerasCode(s);
        QVERIFY(code.find("load_digits()") != std::string::npos);
        QVERIFY(code.find("keras.Input(shape=(64,))") != std::string::npos);
        QVERIFY(code.find("layers.Dense(10, activation=\"softmax\")") != std::string::npos);
        QVERIFY(code.find("y_all[pick[30:50]]") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestDigits)
#include "tst_digits.moc"
