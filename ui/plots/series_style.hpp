// How BatchLab's curves look, so that no two curves on a plot differ in colour alone: the
// Okabe-Ito palette (readable with the common colour-vision deficiencies), restricted to the
// colours with at least 3:1 contrast against the white plot background, plus a line style for
// each quantity and a marker for each kept run (README.md, "Compare runs").
//
//   live run         training loss (end of epoch)  blue, dashed
//                    Keras mean over the epoch      blue, dotted
//                    validation loss                vermillion, solid
//                    accuracies                     as their losses, dash-dot (second axis)
//   kept runs        their own colour (bluish green, reddish purple, black, ...) and a marker
//                    of their own (square, triangle, diamond, ...): validation solid, training
//                    dashed
#pragma once

#include <qcustomplot.h>

#include <QColor>
#include <QPen>
#include <QPixmap>

namespace ui::series
{

// The live run's colours.
QColor trainingColour();   // Okabe-Ito blue
QColor validationColour(); // Okabe-Ito vermillion
QColor smoothedColour();   // black: the smoothed loss per update

// The marker of a kept run whose RunEntry::look is `n` (its colour is RunStore::paletteColour(n):
// the colours repeat every three runs, the markers every seven).
QCPScatterStyle::ScatterShape runMarker(int n);
// A kept run's marker on a curve of `points` points: about a dozen of them along the curve.
void applyRunMarker(QCPGraph* graph, int n, double scale, int points);

// The swatch of a run for a list (the Runs dock): its own pens, `height` pixels high. The live
// run: its training (blue, dashed) over its validation (vermillion, solid) line; a kept run:
// its solid and dashed lines in its colour with its marker.
QPixmap swatch(bool live, const QColor& colour, int look, int height);

} // namespace ui::series
