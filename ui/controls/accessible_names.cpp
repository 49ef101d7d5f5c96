#include "ui/controls/accessible_names.hpp"

#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>

namespace ui
{

void nameDockContents(QMainWindow* window)
{
    QList<QWidget*> named; // by a label's buddy
    for (QLabel* l : window->findChildren<QLabel*>())
        if (l->buddy())
            named << l->buddy();
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        const QString title = dock->windowTitle();
        for (QAbstractScrollArea* area : dock->findChildren<QAbstractScrollArea*>())
            if (area->accessibleName().isEmpty() && !named.contains(area))
                area->setAccessibleName(title);
    }
}

} // namespace ui
