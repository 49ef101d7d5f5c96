// The Help menu: the glossary and About BatchLab (what the program shows, the digits' source and
// licence).
#pragma once

class QMainWindow;

namespace ui
{

// Adds the Help menu to `window`'s menu bar.
void addHelpMenu(QMainWindow* window);

} // namespace ui
