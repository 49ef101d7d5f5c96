// CSV import: a table of good and bad files (tests/data/csv) with the expected data set or the
// expected message, line and column; a good file is never modified; standardisation; whether
// the rows suffice for a batch and a validation split.
#include "csv_import.hpp"
#include "limits.hpp"
#include "mutate.hpp"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <cmath>
#include <random>

Q_DECLARE_METATYPE(core::CsvHeader)

namespace
{

const QString csvDir = QStringLiteral(BATCHLAB_TEST_DATA "/csv/");

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void goodFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target"); // name, "#k" for index k, or empty (last column)
        QTest::addColumn<int>("task");       // -1 auto, 0 regression, 1 classification
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("inputs");
        QTest::addColumn<bool>("classification");
        QTest::addColumn<bool>("header");
        QTest::addColumn<double>("x00");
        QTest::addColumn<double>("yLast");
        QTest::newRow("header, 0/1 labels") << "good_header.csv"
                                            << "" << -1 << 4 << 2 << true << true << 0.5 << 0.0;
        QTest::newRow("no header, regression")
            << "good_no_header.csv"
            << "" << -1 << 5 << 1 << false << false << 0.1 << 1.4;
        QTest::newRow("semicolons") << "good_semicolon.csv"
                                    << "" << -1 << 3 << 2 << false << true << 1.0 << -1.0;
        QTest::newRow("quoted header, target by name")
            << "good_quoted_target_first.csv"
            << "class" << -1 << 4 << 2 << true << true << 1.4 << 1.0;
        QTest::newRow("target by index") << "good_quoted_target_first.csv"
                                         << "#1" << -1 << 4 << 2 << true << true << 1.4 << 1.0;
        QTest::newRow("target chosen, regression forced")
            << "good_header.csv"
            << "x1" << 0 << 4 << 2 << false << true << 1.0 << 4.0;
        QTest::newRow("BOM, CRLF, blank line, -1/1 labels")
            << "good_bom_crlf_pm1.csv"
            << "" << -1 << 4 << 1 << true << true << 1.0 << 1.0;
        QTest::newRow("tabs") << "good_tab.csv"
                              << "" << -1 << 3 << 1 << false << true << 1.0 << 0.125;
        QTest::newRow("three whole numbers: classes, not two")
            << "three_values.csv"
            << "" << -1 << 3 << 1 << false << true << 1.0 << 2.0;
    }
    void goodFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFETCH(int, task);
        QFETCH(int, rows);
        QFETCH(int, inputs);
        QFETCH(bool, classification);
        QFETCH(bool, header);
        QFETCH(double, x00);
        QFETCH(double, yLast);
        const QString path = csvDir + file;
        const QByteArray before = hashOf(path);
        QVERIFY(!before.isEmpty() || QFileInfo(path).size() == 0);
        core::CsvImportOptions o;
        if (target.startsWith(QLatin1Char('#')))
            o.targetIndex = target.mid(1).toInt();
        else
            o.targetName = target.toStdString();
        if (task >= 0)
            o.task = task == 0 ? core::TaskKind::Regression : core::TaskKind::BinaryClassification;
        const core::CsvImport r = core::importCsvFile(path.toStdString(), o);
        QCOMPARE(r.data.rows(), rows);
        QCOMPARE(r.data.inputs(), inputs);
        QCOMPARE(r.data.task == core::TaskKind::BinaryClassification, classification);
        QCOMPARE(r.hadHeader, header);
        QCOMPARE(r.data.x(0, 0), x00);
        QCOMPARE(r.data.y(rows - 1), yLast);
        QCOMPARE(int(r.inputNames.size()), inputs);
        if (classification)
            for (int i = 0; i < rows; ++i)
                QVERIFY(r.data.y(i) == 0.0 || r.data.y(i) == 1.0);
        QCOMPARE(hashOf(path), before); // never modified
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("task"); // -1 auto, 1 classification
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << "bad_empty.csv" << -1 << "the file is empty" << 0 << 0;
        QTest::newRow("blank lines only") << "bad_blank.csv" << -1 << "the file is empty" << 0 << 0;
        QTest::newRow("header only")
            << "bad_header_only.csv" << -1 << "a header but no rows" << 0 << 0;
        QTest::newRow("ragged row")
            << "bad_ragged.csv" << -1 << "line 4: 2 columns where the first line has 3" << 4 << 3;
        QTest::newRow("text in a number column")
            << "bad_text.csv" << -1 << "line 3, column 2 (x2): 'abc' is not a number" << 3 << 2;
        QTest::newRow("single class")
            << "bad_single_class.csv" << -1 << "has a single value (1)" << 0 << 3;
        QTest::newRow("NaN") << "bad_nan.csv" << -1
                             << "line 5, column 1 (x1): 'nan' is not a finite number" << 5 << 1;
        QTest::newRow("Inf") << "bad_inf.csv" << -1
                             << "line 3, column 2 (x2): 'inf' is not a finite number" << 3 << 2;
        QTest::newRow("overflow") << "bad_overflow.csv" << -1
                                  << "line 2, column 2 (y): '1e999' is not a finite number" << 2
                                  << 2;
        QTest::newRow("empty cell")
            << "bad_empty_cell.csv" << -1 << "line 3, column 2 (x2): the cell is empty" << 3 << 2;
        QTest::newRow("one column") << "bad_one_column.csv" << -1 << "only one column" << 1 << 0;
        QTest::newRow("open quote")
            << "bad_quote.csv" << -1 << "line 2: a quote is not closed" << 2 << 0;
        QTest::newRow("three classes forced")
            << "three_values.csv" << 1 << "has 3 different values; binary classification" << 0 << 2;
        QTest::newRow("missing file")
            << "no_such_file.csv" << -1 << "no_such_file.csv: cannot be opened" << 0 << 0;
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, task);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString path = csvDir + file;
        const QByteArray before = hashOf(path);
        core::CsvImportOptions o;
        if (task == 1)
            o.task = core::TaskKind::BinaryClassification;
        try {
            core::importCsvFile(path.toStdString(), o);
            QFAIL("the file was accepted");
        } catch (const core::CsvImportError& e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(message), e.what());
            QVERIFY2(what.startsWith(path), e.what()); // names the file
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
        }
        QCOMPARE(hashOf(path), before);
    }

    void badTargetChoice_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown name") << "good_header.csv"
                                      << "price" << 0 << "no column is named 'price'";
        QTest::newRow("name without header") << "good_no_header.csv"
                                             << "y" << 0 << "the file has no header row";
        QTest::newRow("index too large") << "good_header.csv"
                                         << "" << 4 << "the target column 4 does not exist";
    }
    void badTargetChoice()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(int, index);
        QFETCH(QString, message);
        core::CsvImportOptions o;
        o.targetName = name.toStdString();
        o.targetIndex = index;
        try {
            core::importCsvFile((csvDir + file).toStdString(), o);
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }

    void headerChoice()
    {
        core::CsvImportOptions o;
        o.header = core::CsvHeader::Absent;
        // Forcing "no header" on a file that has one: the header row is data, and says so.
        try {
            core::importCsvFile((csvDir + QStringLiteral("good_header.csv")).toStdString(), o);
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            QCOMPARE(e.line(), 1);
            QCOMPARE(e.column(), 1);
        }
        o.header = core::CsvHeader::Present;
        const core::CsvImport r =
            core::importCsvFile((csvDir + QStringLiteral("good_no_header.csv")).toStdString(), o);
        QCOMPARE(r.data.rows(), 4); // the first row became the names
    }

    void preview_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("header");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dataRows");
        QTest::addColumn<QString>("firstCell");
        QTest::newRow("header") << "good_header.csv" << 2 << "," << true
                                << QStringList{"x1", "x2", "label"} << 2 << 4 << "0.5";
        QTest::newRow("no header") << "good_no_header.csv" << 20 << "," << false
                                   << QStringList{"x1", "x2"} << 5 << 5 << "0.1";
        QTest::newRow("quoted names, semicolons")
            << "good_quoted_target_first.csv" << 1 << "," << true
            << QStringList{"class", "petal length", "petal width"} << 1 << 4 << "1";
        QTest::newRow("semicolons") << "good_semicolon.csv" << 20 << ";" << true
                                    << QStringList{"a", "b", "y"} << 3 << 3 << "1";
        QTest::newRow("tabs") << "good_tab.csv" << 0 << "\t" << true << QStringList{"x", "y"} << 0
                              << 3 << "";
        QTest::newRow("ragged rows are shown as they are")
            << "bad_ragged.csv" << 20 << "," << true << QStringList{"x1", "x2", "y"} << 4 << 4
            << "1";
    }
    void preview()
    {
        QFETCH(QString, file);
        QFETCH(int, maxRows);
        QFETCH(QString, delimiter);
        QFETCH(bool, header);
        QFETCH(QStringList, names);
        QFETCH(int, rows);
        QFETCH(int, dataRows);
        QFETCH(QString, firstCell);
        const core::CsvPreview p = core::previewCsvFile((csvDir + file).toStdString(), maxRows);
        QCOMPARE(QString(QLatin1Char(p.delimiter)), delimiter);
        QCOMPARE(p.hadHeader, header);
        QStringList got;
        for (const std::string& n : p.names)
            got << QString::fromStdString(n);
        QCOMPARE(got, names);
        QCOMPARE(int(p.rows.size()), rows);
        QCOMPARE(p.dataRows, dataRows);
        if (rows > 0)
            QCOMPARE(QString::fromStdString(p.rows.front().front()), firstCell);
        try {
            core::previewCsvFile((csvDir + QStringLiteral("bad_empty.csv")).toStdString());
            QFAIL("an empty file has no preview");
        } catch (const core::CsvImportError& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("empty")));
        }
    }

    void standardize()
    {
        core::CsvImportOptions o;
        o.standardize = true;
        const core::CsvImport r =
            core::importCsvFile((csvDir + QStringLiteral("good_header.csv")).toStdString(), o);
        for (int c = 0; c < r.data.inputs(); ++c) {
            const double mean = r.data.x.col(c).mean();
            const double var = (r.data.x.col(c).array() - mean).square().mean();
            QVERIFY(std::abs(mean) < 1e-12);
            QVERIFY(std::abs(var - 1.0) < 1e-12);
        }
        QCOMPARE(r.means[0], (0.5 - 0.25 + 1e-3 + 4) / 4);
    }

    // Values near the ends of double's range: the mean and the variance are computed without
    // overflowing (or underflowing), and the inputs come out finite with mean 0 and variance 1
    // (a constant column: all 0).
    void standardizeExtremeValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("constant");
        QTest::newRow("1e308 twice (the sum overflows)")
            << QByteArray("x,y\n1e308,0\n1e308,1\n") << true;
        QTest::newRow("+-1e200 (the square overflows)")
            << QByteArray("x,y\n1e200,0\n-1e200,1\n") << false;
        QTest::newRow("+-1.7e308 (the difference overflows)")
            << QByteArray("x,y\n1.7e308,0\n-1.7e308,1\n0,1\n") << false;
        QTest::newRow("1e-200 and 2e-200 (the square underflows)")
            << QByteArray("x,y\n1e-200,0\n2e-200,1\n") << false;
        QTest::newRow("ordinary") << QByteArray("x,y\n1,0\n2,1\n4,1\n") << false;
    }
    void standardizeExtremeValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, constant);
        core::CsvImportOptions o;
        o.standardize = true;
        const core::CsvImport r = core::importCsv(text.toStdString(), o);
        QVERIFY(r.data.x.allFinite());
        QVERIFY(std::isfinite(r.means[0]) && std::isfinite(r.scales[0]) && r.scales[0] > 0.0);
        const auto x = r.data.x.col(0).array();
        const double mean = x.mean();
        const double var = (x - mean).square().mean();
        QVERIFY2(std::abs(mean) < 1e-12, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(var - (constant ? 0.0 : 1.0)) < 1e-12, qPrintable(QString::number(var)));
        // What was subtracted and divided gives the file's values back.
        const core::CsvImport raw = core::importCsv(text.toStdString());
        for (int i = 0; i < r.data.rows(); ++i) {
            const double back = r.data.x(i, 0) * r.scales[0] + r.means[0];
            const double want = raw.data.x(i, 0);
            QVERIFY2(std::abs(back - want) <= 1e-12 * std::abs(want),
                     qPrintable(QStringLiteral("%1 for %2").arg(back).arg(want)));
        }
    }

    // A field of 300,000 quotes: read in linear time, and the message quotes at most 60
    // characters of it.
    void longFieldsAreQuotedShortly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        const QByteArray quotes(300000, '"');
        QTest::newRow("a and 300,000 quotes, a data cell")
            << (QByteArray("x,y\n1,0\n2,1\na") + quotes + ",1\n")
            << QStringLiteral("is not a number");
        QTest::newRow("a and 300,000 quotes, a header cell as target")
            << (QByteArray("b,a") + quotes + "\n0,1\n0,1\n")
            << QStringLiteral("has a single value");
        QTest::newRow("300,000 letters as the target's name")
            << (QByteArray("x,") + QByteArray(300000, 'y') + "\n1,5\n2,5\n")
            << QStringLiteral("has a single value");
    }
    void longFieldsAreQuotedShortly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QElapsedTimer clock;
        clock.start();
        try {
            (void)core::importCsv(text.toStdString());
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            const QString why = QString::fromUtf8(e.what());
            QVERIFY2(why.contains(message), qPrintable(why.left(300)));
            QVERIFY2(why.size() < 200, qPrintable(QStringLiteral("%1 characters").arg(why.size())));
        }
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // The preview reads it in linear time too.
        clock.restart();
        (void)core::previewCsv(text.toStdString());
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void dataSizeLimit()
    {
        // More cells than the data size limit: refused before the rows are kept.
        const std::string text(static_cast<std::size_t>(core::limits::maxDataCells) + 10, ',');
        try {
            (void)core::importCsv("x,y\n" + text + "\n");
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("data size limit")),
                     e.what());
        }
    }

    void mutatedFilesNeverCrash()
    {
        // Random small edits of a good file: imported or refused with a CsvImportError.
        QFile f(csvDir + QStringLiteral("good_header.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string good = f.readAll().toStdString();
        std::mt19937 rng(7);
        const std::string alphabet = "0123456789,.;-+\n\r\t\" eEnaif";
        int accepted = 0, refused = 0;
        for (int i = 0; i < 5000; ++i) {
            const std::string t = mutateText(good, rng, alphabet, 4);
            try {
                const core::CsvImport r = core::importCsv(t);
                QVERIFY(r.data.x.allFinite() && r.data.y.allFinite());
                ++accepted;
            } catch (const core::CsvImportError&) {
                ++refused;
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(refused > 0);
    }

    // Files as teachers export them: text answers, many classes, columns left out, missing
    // cells, decimal commas, empty Excel columns, CR line ends, UTF-16 and CP949.
    void exportedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("inputColumns");
        QTest::addColumn<QStringList>("drop");
        QTest::addColumn<bool>("dropIncomplete");
        QTest::addColumn<int>("task"); // -1 auto, else the TaskKind asked for
        QTest::addColumn<int>("wantTask");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("inputNames");
        QTest::addColumn<QStringList>("classNames");
        QTest::addColumn<QString>("y"); // the answers as 0-based indices or numbers, "," between
        QTest::addColumn<double>("x00");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("dropped");
        const int regression = int(core::TaskKind::Regression);
        const int binary = int(core::TaskKind::BinaryClassification);
        const int multi = int(core::TaskKind::MultiClassClassification);
        const QStringList none;
        QTest::newRow("iris species: three classes in words")
            << "labels_iris_text.csv" << none << none << false << -1 << multi << 6
            << QStringList{"sepal length", "sepal width"}
            << QStringList{"setosa", "versicolor", "virginica"} << "0,1,2,0,1,2" << 5.1 << "UTF-8"
            << 0;
        QTest::newRow("합격/불합격: two classes in Korean")
            << "labels_korean.csv" << none << none << false << -1 << binary << 4
            << QStringList{"점수", "시간"} << QStringList{"불합격", "합격"} << "1,0,1,0" << 85.0
            << "UTF-8" << 0;
        QTest::newRow("TRUE/FALSE")
            << "labels_true_false.csv" << none << none << false << -1 << binary << 4
            << QStringList{"x"} << QStringList{"FALSE", "TRUE"} << "1,0,1,0" << 1.0 << "UTF-8" << 0;
        QTest::newRow("yes/no, ';'")
            << "labels_yes_no.csv" << none << none << false << -1 << binary << 3 << QStringList{"x"}
            << QStringList{"no", "yes"} << "1,0,0" << 1.0 << "UTF-8" << 0;
        QTest::newRow("whole numbers 3, 5, 7: three classes")
            << "labels_digits_whole.csv" << none << none << false << -1 << multi << 4
            << QStringList{"x"} << QStringList{"3", "5", "7"} << "0,1,2,0" << 0.1 << "UTF-8" << 0;
        QTest::newRow("whole numbers as a regression, as asked")
            << "labels_digits_whole.csv" << none << none << false << regression << regression << 4
            << QStringList{"x"} << none << "3,5,7,3" << 0.1 << "UTF-8" << 0;
        QTest::newRow("0, 1, 2: three classes")
            << "three_values.csv" << none << none << false << -1 << multi << 3 << QStringList{"x"}
            << QStringList{"0", "1", "2"} << "0,1,2" << 1.0 << "UTF-8" << 0;
        QTest::newRow("two words as classes, as asked")
            << "labels_true_false.csv" << none << none << false << multi << multi << 4
            << QStringList{"x"} << QStringList{"FALSE", "TRUE"} << "1,0,1,0" << 1.0 << "UTF-8" << 0;
        QTest::newRow("';' and decimal commas, no header")
            << "semicolon_decimal_comma_no_header.csv" << none << none << false << -1 << binary << 3
            << QStringList{"x1", "x2"} << none << "0,1,0" << 0.444 << "UTF-8" << 0;
        QTest::newRow("';' and decimal commas, header")
            << "semicolon_decimal_comma_header.csv" << none << none << false << -1 << binary << 3
            << QStringList{"Länge", "Breite"} << none << "0,1,0" << 0.444 << "UTF-8" << 0;
        QTest::newRow("empty Excel columns after the table")
            << "excel_empty_columns.csv" << none << none << false << -1 << binary << 3
            << QStringList{"x1", "x2"} << none << "0,1,0" << 1.0 << "UTF-8" << 0;
        QTest::newRow("old-Mac CR line ends")
            << "old_mac_cr.csv" << none << none << false << -1 << binary << 3
            << QStringList{"x1", "x2"} << none << "0,1,1" << 1.0 << "UTF-8" << 0;
        QTest::newRow("UTF-16 (Excel's Unicode text), tabs, decimal commas")
            << "utf16le_bom.csv" << none << none << false << -1 << binary << 3
            << QStringList{"점수"} << QStringList{"불합격", "합격"} << "1,0,1" << 1.5 << "UTF-16LE"
            << 0;
        QTest::newRow("CP949 (Korean Excel's CSV), names left out")
            << "cp949_header.csv" << none << QStringList{"이름"} << false << -1 << binary << 3
            << QStringList{"키", "몸무게"} << none << "1,0,1" << 170.0 << "CP949" << 0;
        QTest::newRow("names, IDs and dates left out")
            << "names_ids_dates.csv" << none << QStringList{"name", "id", "3"} << false << -1
            << binary << 4 << QStringList{"x1", "x2"} << none << "0,1,0,1" << 0.5 << "UTF-8" << 0;
        QTest::newRow("only the input columns asked for")
            << "names_ids_dates.csv" << QStringList{"x2"} << none << false << -1 << binary << 4
            << QStringList{"x2"} << none << "0,1,0,1" << 1.0 << "UTF-8" << 0;
        QTest::newRow("rows with empty or NA cells dropped")
            << "missing_cells.csv" << none << none << true << -1 << binary << 3
            << QStringList{"x1", "x2"} << none << "0,1,0" << 1.0 << "UTF-8" << 3;
        QTest::newRow("a missing cell in a column left out keeps its row")
            << "missing_cells.csv" << QStringList{"x1"} << none << true << -1 << binary << 4
            << QStringList{"x1"} << none << "0,1,1,0" << 1.0 << "UTF-8" << 2;
    }
    void exportedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, inputColumns);
        QFETCH(QStringList, drop);
        QFETCH(bool, dropIncomplete);
        QFETCH(int, task);
        QFETCH(int, wantTask);
        QFETCH(int, rows);
        QFETCH(QStringList, inputNames);
        QFETCH(QStringList, classNames);
        QFETCH(QString, y);
        QFETCH(double, x00);
        QFETCH(QString, encoding);
        QFETCH(int, dropped);
        core::CsvImportOptions o;
        for (const QString& c : inputColumns)
            o.inputColumns.push_back(c.toStdString());
        for (const QString& c : drop)
            o.dropColumns.push_back(c.toStdString());
        o.dropIncomplete = dropIncomplete;
        if (task >= 0)
            o.task = core::TaskKind(task);
        const core::CsvImport r = core::importCsvFile((csvDir + file).toStdString(), o);
        QCOMPARE(int(r.data.task), wantTask);
        QCOMPARE(r.data.rows(), rows);
        QStringList names;
        for (const std::string& n : r.inputNames)
            names << QString::fromStdString(n);
        QCOMPARE(names, inputNames);
        QCOMPARE(r.data.inputs(), int(inputNames.size()));
        QStringList classes;
        for (const std::string& n : r.data.classNames)
            classes << QString::fromStdString(n);
        QCOMPARE(classes, classNames);
        QStringList ys;
        for (int i = 0; i < r.data.rows(); ++i)
            ys << QString::number(r.data.y(i));
        QCOMPARE(ys.join(QLatin1Char(',')), y);
        QCOMPARE(r.data.x(0, 0), x00);
        QCOMPARE(QString::fromStdString(r.encoding), encoding);
        QCOMPARE(r.droppedRows, dropped);
        QVERIFY(r.data.x.allFinite());
    }

    // What each hostile file says now: a sentence a teacher can act on, at the line and column.
    void exportedFilesRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("a names column") << "names_ids_dates.csv" << -1
                                        << "line 2, column 1 (name): 'Kim' is not a number (a "
                                           "column of names, IDs or dates can be left out)"
                                        << 2 << 1;
        QTest::newRow("an NA cell")
            << "missing_cells.csv" << -1
            << "line 3, column 2 (x2): 'NA' is not a number (rows with empty or NA cells can be "
               "left out)"
            << 3 << 2;
        QTest::newRow("words cannot be a regression")
            << "labels_iris_text.csv" << int(core::TaskKind::Regression)
            << "line 2, column 3 (species): 'setosa' is not a number; answers in words are "
               "classes"
            << 2 << 3;
        QTest::newRow("three words are not two classes")
            << "labels_iris_text.csv" << int(core::TaskKind::BinaryClassification)
            << "has 3 different values; binary classification needs exactly two" << 0 << 3;
    }
    void exportedFilesRefused()
    {
        QFETCH(QString, file);
        QFETCH(int, task);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        core::CsvImportOptions o;
        if (task >= 0)
            o.task = core::TaskKind(task);
        try {
            (void)core::importCsvFile((csvDir + file).toStdString(), o);
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
        }
    }

    // Any width from 1 to the input limit; wider is refused before the rows are kept.
    void widths_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("classes");
        QTest::addColumn<bool>("text");
        for (int inputs : {1, 2, 3, 13, 64, 1000})
            for (int classes : {2, 3, 10})
                for (bool text : {false, true})
                    QTest::addRow("%d inputs, %d classes, %s", inputs, classes,
                                  text ? "words" : "numbers")
                        << inputs << classes << text;
    }
    void widths()
    {
        QFETCH(int, inputs);
        QFETCH(int, classes);
        QFETCH(bool, text);
        std::string csv;
        for (int c = 0; c < inputs; ++c)
            csv += "in" + std::to_string(c) + ",";
        csv += "answer\n";
        const int rows = 30;
        for (int i = 0; i < rows; ++i) {
            for (int c = 0; c < inputs; ++c)
                csv += std::to_string(0.25 * (i + c)) + ",";
            csv += text ? "class_" + std::string(1, char('a' + i % classes))
                        : std::to_string(i % classes);
            csv += "\n";
        }
        const core::CsvImport r = core::importCsv(csv);
        QCOMPARE(r.data.inputs(), inputs);
        QCOMPARE(r.data.rows(), rows);
        QCOMPARE(r.data.task, classes == 2 ? core::TaskKind::BinaryClassification
                                           : core::TaskKind::MultiClassClassification);
        QCOMPARE(r.data.y.maxCoeff(), double(classes - 1));
        QCOMPARE(r.data.y(rows - 1), double((rows - 1) % classes));
        QCOMPARE(int(r.data.classNames.size()), text || classes > 2 ? classes : 0);
    }
    void inputColumnLimit()
    {
        const int wide = int(core::limits::maxInputs) + 1;
        std::string csv;
        for (int i = 0; i < 2; ++i) {
            for (int c = 0; c <= wide; ++c)
                csv += (c ? "," : "") + std::to_string((c + i) % 2);
            csv += "\n";
        }
        try {
            (void)core::importCsv(csv);
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("input limit")),
                     e.what());
        }
        // Leaving columns out brings it within the limit.
        core::CsvImportOptions o;
        o.inputColumns = {"1", "2"};
        QCOMPARE(core::importCsv(csv, o).data.inputs(), 2);
    }
    void classLimit()
    {
        std::string csv = "x,y\n";
        for (int i = 0; i <= int(core::limits::maxClasses); ++i)
            csv += std::to_string(i) + ",w" + std::to_string(i) + "\n";
        try {
            (void)core::importCsv(csv);
            QFAIL("accepted");
        } catch (const core::CsvImportError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("class limit")), e.what());
        }
    }
    void previewMarksTextColumns()
    {
        const core::CsvPreview p =
            core::previewCsvFile((csvDir + QStringLiteral("names_ids_dates.csv")).toStdString());
        QCOMPARE(p.textColumn, (std::vector<bool>{true, true, true, false, false, false}));
        const core::CsvPreview k =
            core::previewCsvFile((csvDir + QStringLiteral("cp949_header.csv")).toStdString());
        QCOMPARE(QString::fromStdString(k.names.at(0)), QStringLiteral("이름"));
        QCOMPARE(QString::fromStdString(k.encoding), QStringLiteral("CP949"));
    }

    void rowsFit_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("batch");
        QTest::addColumn<double>("split");    // 0: none
        QTest::addColumn<QString>("message"); // empty: fits
        QTest::newRow("fits") << 10 << 4 << 0.2 << "";
        QTest::newRow("batch = rows") << 8 << 8 << 0.0 << "";
        QTest::newRow("batch too large") << 8 << 9 << 0.0 << "batch size 9 is larger than the 8";
        QTest::newRow("batch too large after split")
            << 10 << 9 << 0.2 << "batch size 9 is larger than the 8 training rows";
        QTest::newRow("split leaves no validation")
            << 10 << 1 << 1e-17 << "10 rows are too few for a validation split of 1e-17";
        QTest::newRow("split leaves one row each") << 2 << 1 << 0.5 << "";
        QTest::newRow("split leaves no training") << 1 << 1 << 0.5 << "1 rows are too few";
        QTest::newRow("split 1.5") << 10 << 1 << 1.5 << "must be between 0 and 1";
        QTest::newRow("split 1e300 (would overflow int)")
            << 10 << 1 << 1e300 << "must be between 0 and 1";
    }
    void rowsFit()
    {
        QFETCH(int, rows);
        QFETCH(int, batch);
        QFETCH(double, split);
        QFETCH(QString, message);
        try {
            core::checkRowsFit(rows, batch,
                               split > 0 ? std::optional<double>(split) : std::nullopt);
            QVERIFY2(message.isEmpty(), "accepted");
        } catch (const core::CsvImportError& e) {
            QVERIFY2(!message.isEmpty() && QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"
