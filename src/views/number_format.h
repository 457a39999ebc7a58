// Numbers as the views print them: fixed decimals for tables (a dash for NaN) and JSON numbers
// that may be undefined (null for NaN or infinity). Pure; safe from any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace lattice::views {

// x with digits decimals ("0.250"); "-" for NaN.
std::string fixed(double x, int digits = 3);
// x as JSON, null for NaN or infinity.
nlohmann::json json_number(double x);

}  // namespace lattice::views
