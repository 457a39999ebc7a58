// Tolerance table of claim checking: hedge words to bounds, and the judgement of a claimed figure
// against the data. See docs/claimcheck.md for the table.
#include "claimcheck/tolerance.h"

#include <array>
#include <cctype>
#include <cmath>

#include "core/text.h"

namespace lattice::claimcheck {
namespace {

struct Hedge {
  std::string_view word;
  Bound bound;
};

// Longer phrases first so that "just under" wins over "under" and "more than" over "than".
constexpr std::array<Hedge, 27> kHedges = {{
    {"no more than", Bound::kUnder},  {"just under", Bound::kNear},
    {"close to", Bound::kNear},       {"nearly", Bound::kNear},
    {"almost", Bound::kNear},         {"approximately", Bound::kApprox},
    {"roughly", Bound::kApprox},      {"around", Bound::kApprox},
    {"about", Bound::kApprox},        {"some", Bound::kApprox},
    {"an estimated", Bound::kApprox}, {"estimated", Bound::kApprox},
    {"more than", Bound::kOver},      {"in excess of", Bound::kOver},
    {"upwards of", Bound::kOver},     {"at least", Bound::kOver},
    {"over", Bound::kOver},           {"above", Bound::kOver},
    {"exceeding", Bound::kOver},      {"less than", Bound::kUnder},
    {"fewer than", Bound::kUnder},    {"at most", Bound::kUnder},
    {"up to", Bound::kUnder},         {"under", Bound::kUnder},
    {"below", Bound::kUnder},         {"only", Bound::kExact},
    {"just", Bound::kExact},
}};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The hedge phrase that s ends with (after trimming non-word characters such as spaces and the
// markdown escape of "\\$"), or null.
const Hedge* trailing_hedge(const std::string& s) {
  size_t end = s.size();
  while (end > 0 && !is_word_char(s[end - 1])) --end;
  for (const Hedge& h : kHedges) {
    if (h.word.size() > end) continue;
    const size_t p = end - h.word.size();
    if (s.compare(p, h.word.size(), h.word) == 0 && (p == 0 || !is_word_char(s[p - 1]))) return &h;
  }
  return nullptr;
}

// The hedge phrase that s starts with (after leading non-word characters), and its end.
const Hedge* leading_hedge(const std::string& s, size_t* end) {
  size_t p = 0;
  while (p < s.size() && !is_word_char(s[p])) ++p;
  for (const Hedge& h : kHedges) {
    const size_t e = p + h.word.size();
    if (s.compare(p, h.word.size(), h.word) == 0 && (e >= s.size() || !is_word_char(s[e]))) {
      *end = e;
      return &h;
    }
  }
  return nullptr;
}

}  // namespace

std::string_view bound_name(Bound b) {
  switch (b) {
    case Bound::kExact:
      return "exact";
    case Bound::kApprox:
      return "approximate";
    case Bound::kNear:
      return "near";
    case Bound::kOver:
      return "over";
    case Bound::kUnder:
      return "under";
  }
  return "exact";
}

std::string_view verdict_name(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kOverstated:
      return "overstated";
    case Verdict::kUnderstated:
      return "understated";
    case Verdict::kOutdated:
      return "outdated";
    case Verdict::kUnverifiable:
      return "unverifiable";
  }
  return "unverifiable";
}

Bound bound_of(std::string_view before, std::string_view expression, std::string* word) {
  // A hedge inside the expression ("nearly three times", "over 40 percent") comes first; the
  // last of a run ("just over") decides. Otherwise the word right before it ("only 1 percent").
  std::string expr = core::to_lower(expression);
  const Hedge* found = nullptr;
  size_t end = 0;
  while (const Hedge* h = leading_hedge(expr, &end)) {
    found = h;
    expr.erase(0, end);
  }
  if (!found) found = trailing_hedge(core::to_lower(before));
  if (word) *word = found ? std::string(found->word) : std::string();
  return found ? found->bound : Bound::kExact;
}

Judgement judge(double claimed, double actual, Bound bound) {
  Judgement j;
  if (actual == 0 || !std::isfinite(actual) || !std::isfinite(claimed)) return j;
  j.relative_error = (claimed - actual) / std::fabs(actual);
  const double e = j.relative_error;
  auto by_range = [&](double low, double high) {
    if (e < low) return Verdict::kUnderstated;
    if (e > high) return Verdict::kOverstated;
    return Verdict::kSupported;
  };
  switch (bound) {
    case Bound::kExact:
      j.verdict = by_range(-0.05, 0.05);
      break;
    case Bound::kApprox:
      j.verdict = by_range(-0.10, 0.10);
      break;
    case Bound::kNear:
      j.verdict = by_range(-0.05, 0.15);
      break;
    case Bound::kOver:
      if (actual < claimed)
        j.verdict = Verdict::kOverstated;
      else if (actual > 1.5 * claimed)
        j.verdict = Verdict::kUnderstated;
      else
        j.verdict = Verdict::kSupported;
      break;
    case Bound::kUnder:
      if (actual > claimed)
        j.verdict = Verdict::kUnderstated;
      else if (actual * 1.5 < claimed)
        j.verdict = Verdict::kOverstated;
      else
        j.verdict = Verdict::kSupported;
      break;
  }
  return j;
}

std::string tolerance_text(Bound b) {
  switch (b) {
    case Bound::kExact:
      return "within +-5% (figure stated without hedge)";
    case Bound::kApprox:
      return "within +-10% (approximate figure)";
    case Bound::kNear:
      return "claim between 5% below and 15% above the data (\"nearly\")";
    case Bound::kOver:
      return "data at least the figure and at most 1.5 times it (\"over\")";
    case Bound::kUnder:
      return "data at most the figure and at least two thirds of it (\"under\")";
  }
  return "";
}

}  // namespace lattice::claimcheck
