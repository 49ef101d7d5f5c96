// The one hand-over from worker threads to the GUI thread (ui/session/handover.hpp): each policy
// keeps what it promises, values of another generation are dropped by takeCurrent(), and values
// put on worker threads wake the receiver on its own thread.
#include "ui/session/handover.hpp"

#include <QTest>
#include <QThread>

#include <thread>
#include <vector>

namespace
{

struct Sum {
    int value = 0;
    int parts = 1;
    void merge(Sum&& later)
    {
        value += later.value;
        parts += later.parts;
    }
};

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT
private slots:
    void keepLatest()
    {
        ui::Handover<int, ui::HandoverPolicy::KeepLatest> h;
        QVERIFY(h.take().empty());
        h.put(1, 10);
        h.put(1, 11);
        h.put(2, 12);
        const auto all = h.take();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all.front().generation, quint64(2));
        QCOMPARE(all.front().value, 12);
        QVERIFY(h.take().empty());
    }
    void merge()
    {
        ui::Handover<Sum, ui::HandoverPolicy::Merge> h;
        h.put(1, Sum{1});
        h.put(1, Sum{2});
        h.put(2, Sum{4}); // a new generation starts its own value
        h.put(2, Sum{8});
        const auto all = h.take();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].value.value, 3);
        QCOMPARE(all[0].value.parts, 2);
        QCOMPARE(all[1].value.value, 12);
    }
    void queue()
    {
        ui::Handover<int, ui::HandoverPolicy::Queue> h;
        for (int i = 0; i < 5; ++i)
            h.put(7, i);
        const std::vector<int> got = h.takeCurrent(7);
        QCOMPARE(got, (std::vector<int>{0, 1, 2, 3, 4}));
    }
    void staleGenerationsAreDropped()
    {
        ui::Handover<int, ui::HandoverPolicy::Queue> h;
        h.put(1, 1);
        h.put(2, 2);
        h.put(1, 3);
        QCOMPARE(h.takeCurrent(2), std::vector<int>{2});
        QVERIFY(h.take().empty()); // the stale ones went with the take
    }
    // Four threads put 250 values each; the receiver is woken on its own thread and gets all of
    // them, in each thread's order.
    void workersWakeTheReceiver()
    {
        ui::Handover<int, ui::HandoverPolicy::Queue> h;
        std::vector<int> got;
        bool onOwnThread = true;
        QObject receiver;
        h.setWake(&receiver, [&] {
            onOwnThread = onOwnThread && QThread::currentThread() == receiver.thread();
            for (int v : h.takeCurrent(3))
                got.push_back(v);
        });
        std::vector<std::thread> workers;
        for (int t = 0; t < 4; ++t)
            workers.emplace_back([&h, t] {
                for (int i = 0; i < 250; ++i)
                    h.put(3, t * 1000 + i);
            });
        for (std::thread& w : workers)
            w.join();
        QTRY_COMPARE(int(got.size()), 1000);
        QVERIFY(onOwnThread);
        std::vector<int> last(4, -1);
        for (int v : got) {
            QVERIFY(v % 1000 > last[std::size_t(v / 1000)]);
            last[std::size_t(v / 1000)] = v % 1000;
        }
    }
};

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
