// What the window says when a limit refuses (ui::FailureText, in one place): the core's
// core::LimitError carries which limit and the amounts as data; the sentence is made from them,
// in English word for word the core's what() (the command line's words), in Korean translated
// with the same numbers. Every other exception keeps the core's message.
#include "core/limits.hpp"
#include "ui/controls/language.hpp"
#include "ui/session/failure_text.hpp"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(std::function<void()>)

namespace L = core::limits;

class TestFailureText : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { ui::applyLanguage(QStringLiteral("en")); }

    void limitsAreSentencesFromTheirData_data()
    {
        QTest::addColumn<std::function<void()>>("refuse");
        QTest::addColumn<QString>("number"); // a number the sentence must state
        QTest::newRow("parameters")
            << std::function<void()>([] { L::checkParameters(25'000'000); }) << "25,000,000";
        QTest::newRow("recorded parameters")
            << std::function<void()>([] { L::checkRecordedParameters(1'500'000); }) << "1,500,000";
        QTest::newRow("inputs") << std::function<void()>([] { L::checkInputs(4'097); }) << "4,097";
        QTest::newRow("no inputs") << std::function<void()>([] { L::checkInputs(0); }) << "4,096";
        QTest::newRow("classes") << std::function<void()>([] { L::checkClasses(1'001); })
                                 << "1,001";
        QTest::newRow("batch workspace") << std::function<void()>([] {
            L::checkBatchWorkspace(1'000'000, 2, {4096, 4096});
        }) << "1,000,000";
        QTest::newRow("data cells")
            << std::function<void()>([] { L::checkDataCells(3'400'000, 3); }) << "10,200,000";
        QTest::newRow("kept updates")
            << std::function<void()>([] { L::checkKeptUpdates(6'000'000); }) << "6,000,000";
        QTest::newRow("file bytes")
            << std::function<void()>([] { L::checkFileBytes(300'000'000); }) << "300,000,000";
        QTest::newRow("record bytes")
            << std::function<void()>([] { L::checkRecordFileBytes(200'000'000); }) << "200,000,000";
    }
    void limitsAreSentencesFromTheirData()
    {
        QFETCH(std::function<void()>, refuse);
        QFETCH(QString, number);
        try {
            refuse();
            QFAIL("the limit did not refuse");
        } catch (const core::LimitError& e) {
            QVERIFY(e.which() != core::Limit::Other);
            QVERIFY(ui::applyLanguage(QStringLiteral("en")));
            // English: the core's own words, so the window and the command line say the same.
            QCOMPARE(ui::FailureText::of(e), QString::fromStdString(e.what()));
            QVERIFY(ui::applyLanguage(QStringLiteral("ko")));
            const QString ko = ui::FailureText::of(e);
            QVERIFY2(ko.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))),
                     qPrintable(ko));
            QVERIFY2(ko.contains(number), qPrintable(ko));
            QVERIFY(ui::applyLanguage(QStringLiteral("en")));
        }
    }

    // Any other exception: the core's message, cut to a few hundred characters.
    void otherErrorsKeepTheirMessage()
    {
        const core::LimitError other("an experiment of more than 400 runs");
        QCOMPARE(other.which(), core::Limit::Other);
        QVERIFY(ui::applyLanguage(QStringLiteral("ko")));
        QCOMPARE(ui::FailureText::of(other), QStringLiteral("an experiment of more than 400 runs"));
        const std::invalid_argument longOne(std::string(1000, 'x'));
        QVERIFY(ui::FailureText::of(longOne).size() < 500);
        QVERIFY(ui::applyLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestFailureText)
#include "tst_failure_text.moc"
