#include "core/date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace lattice::core {
namespace {

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Days from civil, after Howard Hinnant's public-domain algorithm description.
int serial_of(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool parse_int(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year)) return 29;
  return kDays[month - 1];
}

Date Date::from_parts(int year, int month, int day) {
  Date d;
  d.year_ = year;
  d.month_ = month;
  d.day_ = day;
  return d;
}

std::optional<Date> Date::parse(std::string_view text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<Date> {
    if (error) *error = why;
    return std::nullopt;
  };
  const std::string shown(text.substr(0, 40));
  if (text.size() != 4 && text.size() != 7 && text.size() != 10)
    return fail("'" + shown + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  int y = 0, m = 0, d = 0;
  if (!parse_int(text.substr(0, 4), &y))
    return fail("'" + shown + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  if (text.size() >= 7) {
    if (text[4] != '-' || !parse_int(text.substr(5, 2), &m))
      return fail("'" + shown + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    if (m < 1 || m > 12)
      return fail("'" + shown + "' is not a calendar date (month " + std::to_string(m) + ")");
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !parse_int(text.substr(8, 2), &d))
      return fail("'" + shown + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    if (d < 1 || d > days_in_month(y, m)) return fail("'" + shown + "' is not a calendar date");
  }
  if (y < 1000) return fail("'" + shown + "' has an implausible year");
  return from_parts(y, m, d);
}

Date Date::today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return date_of(Day{static_cast<int>(now.time_since_epoch().count())});
}

Date::Precision Date::precision() const {
  if (month_ == 0) return Precision::kYear;
  if (day_ == 0) return Precision::kMonth;
  return Precision::kDay;
}

Day Date::first_day() const {
  return Day{serial_of(year_, month_ == 0 ? 1 : month_, day_ == 0 ? 1 : day_)};
}

Day Date::day_after() const {
  switch (precision()) {
    case Precision::kYear:
      return Day{serial_of(year_ + 1, 1, 1)};
    case Precision::kMonth:
      return month_ == 12 ? Day{serial_of(year_ + 1, 1, 1)} : Day{serial_of(year_, month_ + 1, 1)};
    case Precision::kDay:
      break;
  }
  return Day{serial_of(year_, month_, day_) + 1};
}

Day Date::as_end() const {
  return precision() == Precision::kDay ? first_day() : day_after();
}

std::string Date::to_string() const {
  char buf[16];
  switch (precision()) {
    case Precision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year_);
      break;
    case Precision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year_, month_);
      break;
    case Precision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
      break;
  }
  return buf;
}

Date date_of(Day day) {
  // Civil from days (inverse of serial_of).
  int z = day.serial + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  const int y = yoe + era * 400 + (m <= 2);
  return Date::from_parts(y, m, d);
}

}  // namespace lattice::core
