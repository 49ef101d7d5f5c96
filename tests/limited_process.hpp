// Runs a program with its data segment (heap) capped, for the tests of the limits: a refusal
// that came after a large allocation fails with std::bad_alloc (exit 1) instead of the exit 2
// and the message the test expects. Sanitizer builds reserve terabytes of shadow memory, so
// there the cap is left off (the rest of the check still runs).
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

struct LimitedResult {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool heapCapApplies = false;
#else
inline constexpr bool heapCapApplies = true;
#endif

inline LimitedResult runWithHeapCap(const QString& program, const QStringList& args,
                                    rlim_t heapBytes)
{
    QProcess p;
    if (heapCapApplies)
        p.setChildProcessModifier([heapBytes] {
            const rlimit cap{heapBytes, heapBytes};
            ::setrlimit(RLIMIT_DATA, &cap);
        });
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out"), clock.elapsed()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), clock.elapsed()};
}
