// Alliance ties by year from the ATOP 5.1 or COW v4.1 directed dyad-year files, collapsed to
// undirected ties with a valued code: 3 defense (or, in ATOP, offense), 2 neutrality or
// non-aggression, 1 consultation (ATOP) or entente (COW) only, 0 none. Immutable once loaded;
// safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace lattice::alliances {

enum class Source { kAtop, kCow };

// "atop" or "cow".
const char* source_name(Source s);
// Parses "atop" / "cow" (case-insensitive).
std::optional<Source> parse_source(const std::string& text);

// The valued codes of Signorino & Ritter (1999).
inline constexpr int kNoTie = 0;
inline constexpr int kConsultation = 1;
inline constexpr int kNeutralityNonaggression = 2;
inline constexpr int kDefense = 3;
inline constexpr int kMaxCode = 3;

// A short English name of a valued code ("defense", "neutrality/non-aggression",
// "consultation", "none").
const char* code_name(int code);

// An undirected tie of one year: a < b (COW codes), code 1..3 (the highest commitment either
// state makes to the other that year).
struct Tie {
  int a = 0, b = 0;
  int code = 0;
};

// The ties of a source, indexed by year.
class AllianceData {
 public:
  AllianceData() = default;
  AllianceData(Source source, std::string path, std::vector<std::vector<Tie>> by_year,
               int first_year);

  Source source() const { return source_; }
  const std::string& path() const { return path_; }
  // The first and last year with rows in the file (first_year > last_year when empty).
  int first_year() const { return first_year_; }
  int last_year() const { return first_year_ + static_cast<int>(by_year_.size()) - 1; }
  bool has_year(int year) const { return year >= first_year() && year <= last_year(); }
  // The ties of a year, sorted by (a, b); empty outside [first_year, last_year].
  const std::vector<Tie>& ties(int year) const;
  // The code of the tie between two states in a year (either order), 0 when none. O(log ties).
  int code(int ccode1, int ccode2, int year) const;
  // Every COW code that appears in the file.
  const std::vector<int>& states() const { return states_; }

 private:
  Source source_ = Source::kAtop;
  std::string path_;
  std::vector<std::vector<Tie>> by_year_;
  int first_year_ = 0;
  std::vector<int> states_;
};

// Reads a directed dyad-year file of the given source. ATOP columns: ccode1, ccode2, year,
// atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul; COW columns: ccode1,
// ccode2, year, cow_defense, cow_neutral, cow_nonagg, cow_entente; every indicator 0 or 1.
// Malformed rows are errors in diags (path:line:col) and are left out. Returns nullopt only when
// the file cannot be read or lacks a column. O(rows log rows).
std::optional<AllianceData> load_alliance_data(Source source, const std::string& path,
                                               core::Diagnostics& diags);

// The same from text already in memory (tests); `path` names it in errors.
std::optional<AllianceData> parse_alliance_data(Source source, std::string_view text,
                                                const std::string& path, core::Diagnostics& diags);

}  // namespace lattice::alliances
