// The Keras (Python) code that trains what a RunSettings describes: data of the same kind,
// sizes and noise (drawn with numpy; the numbers differ from BatchLab's own stream), the
// same network, optimizer, loss and `model.fit` arguments. Students paste it into a notebook.
#pragma once

#include "run_settings.hpp"

#include <string>

namespace core
{

std::string kerasCode(const RunSettings& settings);

// A Python literal for a double: shortest text that reads back as the same value.
std::string pythonNumber(double v);

} // namespace core
