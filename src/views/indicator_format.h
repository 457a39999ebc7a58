// Number formatting shared by the indicator commands (series, bloc, burden): readable amounts for
// text tables ("4,212.9 bn"), plain full-precision numbers for CSV and JSON. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>

namespace lattice::views {

// A value in its unit for people: amounts (usd, persons, local currency) in thousands separators
// with a bn / tn suffix when large; percents with two decimals; shares with six significant digits.
std::string human_value(double v, const std::string& unit);
// "-" for a missing value, else human_value().
std::string human_value(const std::optional<double>& v, const std::string& unit);
// A full-precision plain number for CSV (up to 15 significant digits, no exponent for integers).
std::string plain_value(double v);
// Percent with the given decimals ("12.34").
std::string percent(double v, int decimals = 2);

}  // namespace lattice::views
