// Calendar dates as the model writes them: full (1960-06-23) or partial (1967, 1967-08).
// A Date is a plain value, safe to copy and share between threads.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace lattice::core {

// A day on the proleptic Gregorian calendar, ordered and comparable.
struct Day {
  int serial = 0;  // days since 1970-01-01
  auto operator<=>(const Day&) const = default;
};

// A possibly partial date. month and day are 0 when unknown.
class Date {
 public:
  enum class Precision { kYear, kMonth, kDay };

  Date() = default;
  // Returns the date for year/month/day; month or day 0 mean "unknown". Does not validate.
  static Date from_parts(int year, int month, int day);
  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". Returns nullopt and sets *error to a message
  // (for example "2023-02-30 is not a calendar date") when the text is not a valid date.
  static std::optional<Date> parse(std::string_view text, std::string* error = nullptr);
  // Today's date in UTC.
  static Date today();

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  Precision precision() const;

  // First day of the period the date names (1967 -> 1967-01-01).
  Day first_day() const;
  // Day after the last day of the period (1967 -> 1968-01-01; 1967-08-15 -> 1967-08-16).
  Day day_after() const;
  // The bound to use when the date starts a half-open period.
  Day as_start() const { return first_day(); }
  // The exclusive bound to use when the date ends a half-open period: a full date is the first
  // day that no longer holds; a partial date ends with its period.
  Day as_end() const;

  // ISO text at the date's own precision: "1967", "1967-08", "1967-08-08".
  std::string to_string() const;
  bool operator==(const Date&) const = default;

 private:
  int year_ = 0, month_ = 0, day_ = 0;
};

// Converts a Day back to a full Date.
Date date_of(Day day);
// Days in a month of a year (Gregorian).
int days_in_month(int year, int month);

}  // namespace lattice::core
