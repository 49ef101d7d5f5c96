// The exam view's words without a window (ui/teaching/exam_text.hpp): the note on the batch size
// for B > N, B = N, B = 1 and a short last batch; the pass title while training and once
// finished; the plan's numbers (checks per pass, last batch, checks in all); the answer checks
// with the batch being solved or checked and early stopping; the scores table.
#include "ui/teaching/exam_text.hpp"

#include <QLocale>
#include <QTest>

namespace et = ui::exam_text;

class TestExamText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void batchNote_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("b");
        QTest::addColumn<QString>("contains"); // empty: no note
        QTest::newRow("B > N") << 30 << 50 << "B = 50 is more than the 30 questions";
        QTest::newRow("B = N") << 30 << 30 << "B = N: the whole exam";
        QTest::newRow("B = 1") << 30 << 1 << "(30 per pass)";
        QTest::newRow("short last batch") << 30 << 4 << "the last batch has only 2 questions";
        QTest::newRow("B divides N") << 30 << 5 << "";
        QTest::newRow("no questions") << 0 << 4 << "";
        QTest::newRow("no batch") << 30 << 0 << "";
    }
    void batchNote()
    {
        QFETCH(int, n);
        QFETCH(int, b);
        QFETCH(QString, contains);
        const QString note = et::batchNote(n, b);
        if (contains.isEmpty())
            QVERIFY2(note.isEmpty(), qPrintable(note));
        else
            QVERIFY2(note.contains(contains), qPrintable(note));
    }

    void passTitle_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("planned");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<bool>("within");
        QTest::addColumn<QString>("expected");
        QTest::newRow("in pass 3") << 3 << 2 << 40 << false << false << "Pass 3 of 40";
        QTest::newRow("before the first update")
            << 0 << 0 << 40 << false << false << "Pass 1 of 40";
        QTest::newRow("between passes") << 0 << 7 << 40 << false << false << "Pass 8 of 40";
        QTest::newRow("never beyond the plan")
            << 0 << 40 << 40 << false << false << "Pass 40 of 40";
        QTest::newRow("finished") << 40 << 40 << 40 << true << false
                                  << "Finished after<br>pass 40 of 40";
        QTest::newRow("stopped early")
            << 12 << 12 << 40 << true << false << "Finished after<br>pass 12 of 40";
        QTest::newRow("goal met inside pass 2")
            << 2 << 2 << 40 << true << true << "Finished within<br>pass 2 of 40";
        QTest::newRow("finished, a pass still shown")
            << 13 << 12 << 40 << true << false << "Pass 13 of 40";
    }
    void passTitle()
    {
        QFETCH(int, current);
        QFETCH(int, done);
        QFETCH(int, planned);
        QFETCH(bool, finished);
        QFETCH(QString, expected);
        QFETCH(bool, within);
        QCOMPARE(et::passTitle(current, done, planned, finished, within), expected);
    }

    void planTable_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("e");
        QTest::addColumn<QStringList>("values"); // ceil(N/B), last batch, E x ceil(N/B)
        QTest::newRow("N 30, B 4, E 300") << 30 << 4 << 300 << QStringList{"8", "2", "2,400"};
        QTest::newRow("N 30, B 30, E 5") << 30 << 30 << 5 << QStringList{"1", "30", "5"};
        QTest::newRow("N 30, B 1, E 2") << 30 << 1 << 2 << QStringList{"30", "1", "60"};
        QTest::newRow("B > N") << 30 << 50 << 3 << QStringList{"1", "30", "3"};
    }
    void planTable()
    {
        QFETCH(int, n);
        QFETCH(int, b);
        QFETCH(int, e);
        QFETCH(QStringList, values);
        const QString html = et::planTable(n, b, e, std::nullopt, {});
        const auto valueOf = [&html](const QString& name) {
            const int at = html.indexOf(name);
            const int from = html.indexOf(QLatin1String("<b>"), at) + 3;
            return at < 0 ? QString()
                          : html.mid(from, html.indexOf(QLatin1String("</b>"), from) - from);
        };
        QCOMPARE(valueOf(QStringLiteral("checks per pass")), values[0]);
        QCOMPARE(valueOf(QStringLiteral("last batch")), values[1]);
        QCOMPARE(valueOf(QStringLiteral("checks in all")), values[2]);
        QVERIFY(!html.contains(QLatin1String("memory per batch")));
        const QString withBytes = et::planTable(n, b, e, std::int64_t(3 * 1024 * 1024), {});
        QVERIFY2(withBytes.contains(QLatin1String("3.0 MB")), qPrintable(withBytes));
    }

    void checksText_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("solving");
        QTest::addColumn<bool>("earlyStopped");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("nothing yet") << -1 << false << false
                                     << QStringList{"Answer checks (weight updates):<br><b>17</b> "
                                                    "of 2,400"};
        QTest::newRow("solving") << 2 << true << false
                                 << QStringList{"Solving batch 3 of 8:<br>questions 9–12"};
        QTest::newRow("checked") << 2 << false << false
                                 << QStringList{"Batch 3 of 8 checked:<br>questions 9–12"};
        QTest::newRow("early stopping") << -1 << false << true
                                        << QStringList{"<b>Early stopping</b> after pass 60;<br>"
                                                       "best epoch 40."};
    }
    void checksText()
    {
        QFETCH(int, batch);
        QFETCH(bool, solving);
        QFETCH(bool, earlyStopped);
        QFETCH(QStringList, contains);
        et::Checks c;
        c.batch = batch;
        c.batches = 8;
        c.firstQuestion = batch * 4 + 1;
        c.lastQuestion = batch * 4 + 4;
        c.solving = solving;
        c.shown = 17;
        c.total = 2400;
        if (earlyStopped) {
            core::Outcome o;
            o.reason = core::StopReason::EarlyStopped;
            o.epochs = 60;
            o.bestEpoch = 40;
            c.outcome = o;
        }
        const QString text = et::checksText(c);
        for (const QString& part : contains)
            QVERIFY2(text.contains(part), qPrintable(text));
        QCOMPARE(text.contains(QLatin1String("Early stopping")), earlyStopped);
    }

    void scoresTable()
    {
        et::Scores none;
        QVERIFY(et::scoresHtml(none).contains(QLatin1String("no pass finished yet")));
        std::vector<core::EpochInfo> epochs(3);
        for (int i = 0; i < 3; ++i) {
            epochs[std::size_t(i)].epoch = i;
            epochs[std::size_t(i)].trainLoss = 0.5 - 0.1 * i;
            epochs[std::size_t(i)].valLoss = 0.6;
            epochs[std::size_t(i)].trainAccuracy = 0.5 + 0.2 * i;
            epochs[std::size_t(i)].valAccuracy = 0.75;
        }
        et::Scores s;
        s.epochs = &epochs;
        s.classification = true;
        s.right = 21;
        s.questions = 30;
        s.lastPassSeconds = 0.0125;
        const QString html = et::scoresHtml(s);
        for (const char* part : {"After pass 2", "90%", "75%", "0.300", "0.600",
                                 "Right now: 21 of 30 questions right", "12.5 ms (measured)"})
            QVERIFY2(html.contains(QString::fromUtf8(part)), qPrintable(html));
        s.classification = false;
        QVERIFY(!et::scoresHtml(s).contains(QLatin1String("90%")));
    }
};

QTEST_GUILESS_MAIN(TestExamText)
#include "tst_exam_text.moc"
