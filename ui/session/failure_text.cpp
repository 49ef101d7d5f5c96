#include "ui/session/failure_text.hpp"

#include "limits.hpp"

#include <new>

namespace ui
{

QString FailureText::of(const std::exception& e)
{
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return tr("There is not enough memory for this (fewer rows, a smaller batch or a smaller "
                  "network would fit).");
    return QString::fromStdString(core::limits::excerpt(e.what(), 400));
}

} // namespace ui
