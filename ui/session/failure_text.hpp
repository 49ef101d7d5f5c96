// What the window says about an exception from the core: its message (at most a few hundred
// characters), or a sentence for std::bad_alloc instead of the bare name "std::bad_alloc".
#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace ui
{

class FailureText
{
    Q_DECLARE_TR_FUNCTIONS(FailureText)
public:
    static QString of(const std::exception& e);
};

} // namespace ui
