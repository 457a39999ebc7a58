// Numbers as the views print them (see number_format.h).
#include "views/number_format.h"

#include <fmt/format.h>

#include <cmath>

namespace lattice::views {

std::string fixed(double x, int digits) {
  if (std::isnan(x)) return "-";
  return fmt::format("{:.{}f}", x, digits);
}

nlohmann::json json_number(double x) {
  if (!std::isfinite(x)) return nullptr;
  return x;
}

}  // namespace lattice::views
