// The Keras code panel in the window: it shows exactly core::kerasCode of the controls' settings
// and follows the batch-size and epochs boxes at once (before the debounced run restarts); Copy
// puts that text on the clipboard; Save writes it atomically and reports a bad path without
// leaving a file behind.
#include "keras_code.hpp"
#include "quiet_platform.hpp"
#include "ui/controls/controls_panel.hpp"
#include "ui/session/settings_store.hpp"
#include "ui/teaching/keras_code_view.hpp"
#include "ui/teaching/teaching_docks.hpp"
#include "ui/window/main_window.hpp"
#include "window_fixture.hpp"

#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ui::MainWindow;

namespace
{

std::unique_ptr<MainWindow> makeWindow()
{
    return fixture::Setup().paused().window();
}

void type(QSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

QString expectedCode(const MainWindow& w)
{
    return QString::fromStdString(core::kerasCode(w.controlsPanel()->settings()));
}

} // namespace

class TestKerasCodeView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheCodeOfTheControls();
    void followsTheBoxes_data();
    void followsTheBoxes();
    void dockIsInTheViewMenu();
    void copyPutsTheCodeOnTheClipboard();
    void saveWritesTheFile();
    void saveToABadPathSaysWhy();
    void largeFileShowsItsFirstRowsAndCopiesAll();
};

void TestKerasCodeView::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatchLabTest"));
}

void TestKerasCodeView::showsTheCodeOfTheControls()
{
    auto w = makeWindow();
    const QString shown = w->teaching()->kerasCodeView()->code();
    QCOMPARE(shown, expectedCode(*w));
    QVERIFY(shown.contains(QStringLiteral("batch_size=4,")));
    QVERIFY(shown.contains(QStringLiteral("epochs=300,")));
}

void TestKerasCodeView::followsTheBoxes_data()
{
    QTest::addColumn<bool>("batchBox");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("batch 7") << true << "7"
                             << "batch_size=7,";
    QTest::newRow("batch 1") << true << "1"
                             << "batch_size=1,";
    QTest::newRow("batch 30") << true << "30"
                              << "batch_size=30,";
    QTest::newRow("epochs 5") << false << "5"
                              << "epochs=5,";
    QTest::newRow("epochs 1000") << false << "1000"
                                 << "epochs=1000,";
}

void TestKerasCodeView::followsTheBoxes()
{
    QFETCH(bool, batchBox);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    auto w = makeWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::ControlsPanel* panel = w->controlsPanel();
    type(batchBox ? panel->batchSpin() : panel->epochSpin(), typed);
    const QString shown = w->teaching()->kerasCodeView()->code();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QCOMPARE(shown, expectedCode(*w));
}

void TestKerasCodeView::dockIsInTheViewMenu()
{
    auto w = makeWindow();
    QDockWidget* dock = w->teaching()->kerasDock();
    QVERIFY(w->viewMenu()->actions().contains(dock->toggleViewAction()));
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isHidden());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isHidden());
    dock->raise();
    QCoreApplication::processEvents();
    // For people: what the tab shows (beside the test program, not a fixed name in /tmp).
    QVERIFY(dock->grab().save(QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("batchlab-keras-dock.png"))));
}

void TestKerasCodeView::copyPutsTheCodeOnTheClipboard()
{
    auto w = makeWindow();
    ui::KerasCodeView* view = w->teaching()->kerasCodeView();
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QSignalSpy copied(view, &ui::KerasCodeView::copied);
    QTest::mouseClick(view->copyButton(), Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), expectedCode(*w));
    QVERIFY(!view->statusLabel()->text().isEmpty());
}

void TestKerasCodeView::saveWritesTheFile()
{
    auto w = makeWindow();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fit.py"));
    QCOMPARE(w->teaching()->kerasCodeView()->saveCode(path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), expectedCode(*w));
}

void TestKerasCodeView::saveToABadPathSaysWhy()
{
    auto w = makeWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/fit.py"));
    const QString error = w->teaching()->kerasCodeView()->saveCode(path);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("fit.py")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestKerasCodeView::largeFileShowsItsFirstRowsAndCopiesAll()
{
    // A class's file of 5,000 rows: the panel shows the first rows of each array and says how
    // many more there are; Copy and Save write every row (the code runs as it is).
    core::RunSpec spec = core::specOf(ui::defaultRunSettings());
    core::DataSplit d;
    const int rows = 5000;
    d.train.x.resize(rows, 2);
    d.train.y.resize(rows);
    for (int r = 0; r < rows; ++r) {
        d.train.x(r, 0) = r;
        d.train.x(r, 1) = -r;
        d.train.y(r) = r % 2;
    }
    d.train.task = core::TaskKind::BinaryClassification;
    spec.data = d;
    spec.dataSource = "class.csv";
    ui::KerasCodeView view;
    view.setSpec(spec);
    const QString shown = view.editor()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("[199.0, -199.0]")));
    QVERIFY(!shown.contains(QStringLiteral("[200.0, -200.0]")));
    QVERIFY2(shown.contains(QStringLiteral("4800 more rows")), qPrintable(shown.left(2000)));
    QVERIFY(shown.count(QLatin1Char('\n')) < 1000);
    const QString all = view.code();
    QCOMPARE(all, QString::fromStdString(core::kerasCode(spec)));
    QVERIFY(all.contains(QStringLiteral("[4999.0, -4999.0]")));
    QVERIFY(!all.contains(QStringLiteral("more rows")));
    view.copyCode();
    QCOMPARE(QGuiApplication::clipboard()->text(), all);
}

QTEST_MAIN(TestKerasCodeView)
#include "tst_keras_code_view.moc"
