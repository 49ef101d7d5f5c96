// Runs `batchlab --headless ARGS...` (BATCHLAB_EXE) and returns its exit code and stderr
// (test helper; -1 when it did not finish within 240 s, -2 when it crashed).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

struct Result {
    int exitCode;
    QString err;
};

inline Result runHeadless(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(BATCHLAB_EXE), QStringList{QStringLiteral("--headless")} + args);
    if (!p.waitForFinished(240000))
        return {-1, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardError())};
}
