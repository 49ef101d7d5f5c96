// A deliberate data race between a QThread and the GUI thread's event loop, for the tsan preset
// only (tests/CMakeLists.txt, CTest tsan_suppressions_keep_our_races): ThreadSanitizer, with
// tests/tsan.supp, must still report it. Both stacks run through Qt (QThreadPrivate::start, the
// event loop), so a suppression that names a whole Qt library would hide it, as it would hide
// every race of BatchLab's own code on the training thread.
#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace
{
int shared = 0; // written by both threads without synchronisation: the race
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::unique_ptr<QThread> thread(QThread::create([] {
        for (int i = 0; i < 100000; ++i)
            ++shared;
    }));
    QTimer::singleShot(0, &app, [&] {
        thread->start();
        for (int i = 0; i < 100000; ++i)
            ++shared;
        thread->wait();
        QCoreApplication::quit();
    });
    app.exec();
    std::printf("shared %d\n", shared);
    return 0;
}
