// What the window says about an exception from the core, in one place: a translated sentence for a
// limit (from the limit's data), else the core's message (at most a few hundred characters), or a
// sentence for std::bad_alloc instead of the bare name "std::bad_alloc".
#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace core
{
struct Dataset;
class LimitError;
} // namespace core

namespace ui
{

class FailureText
{
    Q_DECLARE_TR_FUNCTIONS(FailureText)
public:
    // Limits refuse with their data (core::LimitError): the sentence is made here, translated;
    // the English one equals the core's what().
    static QString of(const std::exception& e);
    static QString ofLimit(const core::LimitError& e);
    // Why `path` could not be written, in the system's words a user can act on: a file in the
    // way of its folder, a read-only file system, no space left; else `qtReason` (Qt's words,
    // which for a full disk are often "Unknown error").
    static QString ofWrite(const QString& path, const QString& qtReason);
    // A warning when validation_split would hold back a new exam that asks classes the practice
    // rows never show, or none of some class (a file sorted by its answer); empty otherwise.
    static QString ofSortedAnswers(const core::Dataset& rows, double validationSplit);
};

} // namespace ui
