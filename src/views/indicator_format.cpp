// Number formatting for the indicator commands.
#include "views/indicator_format.h"

#include <cmath>
#include <cstdio>

namespace lattice::views {
namespace {

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Inserts thousands separators into the integer part of a fixed-point number.
std::string group(const std::string& s) {
  size_t start = s[0] == '-' ? 1 : 0;
  size_t dot = s.find('.');
  if (dot == std::string::npos) dot = s.size();
  std::string out = s.substr(0, start);
  for (size_t i = start; i < dot; ++i) {
    out += s[i];
    const size_t left = dot - i - 1;
    if (left > 0 && left % 3 == 0) out += ',';
  }
  return out + s.substr(dot);
}

}  // namespace

std::string human_value(double v, const std::string& unit) {
  if (unit == "percent") return fixed(v, 2);
  if (unit == "share") {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
  }
  const double a = std::fabs(v);
  if (a >= 1e12) return group(fixed(v / 1e12, 3)) + " tn";
  if (a >= 1e9) return group(fixed(v / 1e9, 2)) + " bn";
  if (a >= 1e6) return group(fixed(v / 1e6, 2)) + " m";
  return group(fixed(v, std::fabs(v - std::round(v)) < 1e-9 ? 0 : 2));
}

std::string human_value(const std::optional<double>& v, const std::string& unit) {
  return v ? human_value(*v, unit) : "-";
}

std::string plain_value(double v) {
  char buf[64];
  if (std::fabs(v) < 1e15 && v == std::round(v))
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string percent(double v, int decimals) {
  return fixed(v, decimals);
}

}  // namespace lattice::views
