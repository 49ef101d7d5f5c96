#include "ui/controls/shortcut_guard.hpp"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QObject>
#include <QWidget>

namespace ui
{

namespace
{

class ShortcutKeys : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            const int k = key->key();
            // No number is typed with these; the window's playback shortcuts use them.
            const bool reserved = key->modifiers() == Qt::NoModifier &&
                                  (k == Qt::Key_Space || k == Qt::Key_BracketLeft ||
                                   k == Qt::Key_BracketRight || k == Qt::Key_N || k == Qt::Key_E);
            if (reserved) {
                // Not accepted: the shortcut map goes on to the window's action; a key press
                // that still arrives (no such shortcut) is not typed into the number either.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void leaveShortcutKeysToWindow(QWidget* root)
{
    auto* filter = new ShortcutKeys(root);
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>())
        box->installEventFilter(filter);
}

} // namespace ui
