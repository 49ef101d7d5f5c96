// The window's single-key playback shortcuts (Space: play/pause, N: one update, E: one epoch,
// [ and ]: pace) act wherever the focus is: a focused number box never takes them as typing. Qt lets a focused text field claim every
// printable key before a shortcut sees it, so Space in the batch-size box blanked it, and the
// next click elsewhere fixed the blank up to another batch size, restarting the run.
#pragma once

class QWidget;

namespace ui
{

// Every spin box under `root` (now) leaves those keys to the window's shortcuts.
void leaveShortcutKeysToWindow(QWidget* root);

} // namespace ui
