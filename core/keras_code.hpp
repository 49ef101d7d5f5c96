// The Keras (Python) code that trains what a RunSettings describes: data of the same kind,
// sizes and noise (drawn with numpy; the numbers differ from BatchLab's own stream), the
// same network, optimizer, loss and `model.fit` arguments. Students paste it into a notebook.
#pragma once

#include "run_settings.hpp"
#include "run_spec.hpp"

#include <string>

namespace core
{

std::string kerasCode(const RunSettings& settings);
// The same for a run with its own rows (a CSV file, a record): the rows are written into the code
// as BatchLab trains them (after any standardisation), so the data are exactly the same.
// `shownRows` >= 0: at most that many rows of each array are written, and a comment says how
// many more there are (what a panel shows of a large file; such code does not run).
std::string kerasCode(const RunSpec& spec, int shownRows = -1);

// A Python literal for a double: shortest text that reads back as the same value.
std::string pythonNumber(double v);

} // namespace core
