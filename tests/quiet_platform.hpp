// The offscreen platform warns "This plugin does not support propagateSizeHints()" every time a
// window's size limits change: hundreds of lines per window test, in which a failure's own
// message is lost (CI shows the end of the output). A test calls quietPlatformWarnings() in its
// initTestCase(): that one message is dropped, every other goes on to Qt Test's handler (so
// QTest::ignoreMessage and failing on warnings keep working).
#pragma once

#include <QtGlobal>

namespace quiet_platform_detail
{
inline QtMessageHandler& previous()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (QtMessageHandler next = previous())
        next(type, context, message);
}
} // namespace quiet_platform_detail

inline void quietPlatformWarnings()
{
    if (!quiet_platform_detail::previous())
        quiet_platform_detail::previous() = qInstallMessageHandler(quiet_platform_detail::filter);
}
