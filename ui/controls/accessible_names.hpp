// Names a screen reader says for controls that have no label of their own: a dock's text view,
// table or scroll area is called by the dock's title.
#pragma once

class QMainWindow;

namespace ui
{

// Every focusable widget inside a dock of `window` without an accessible name (and without a
// label naming it) gets its dock's title.
void nameDockContents(QMainWindow* window);

} // namespace ui
