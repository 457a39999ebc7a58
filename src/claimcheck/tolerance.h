// Tolerance: how far the data may be from a claimed figure before the claim is wrong, decided by
// the claim's own precision words ("roughly", "nearly", "over", "under", "only"). Pure functions
// of their arguments; safe from any thread. The table is documented in docs/claimcheck.md.
#pragma once

#include <string>
#include <string_view>

namespace lattice::claimcheck {

// How a figure is stated.
enum class Bound {
  kExact,   // "$50 billion", "only 1 percent": within +-5% of the data
  kApprox,  // "roughly", "about", "around", "approximately", "some": within +-10%
  kNear,    // "nearly", "almost", "close to", "just under": claim 5% below to 15% above the data
  kOver,    // "over", "more than", "at least": data >= figure and <= 1.5 x figure
  kUnder    // "under", "less than", "at most", "up to": data <= figure and >= figure / 1.5
};
std::string_view bound_name(Bound b);

// The bound of a claim from its hedge word: one that opens the number expression ("nearly three
// times", "over 40 percent"), else one that ends the text right before it ("only 1 percent",
// "roughly \\$50 billion"). kExact when there is none. word receives the hedge ("" if none).
Bound bound_of(std::string_view before, std::string_view expression, std::string* word = nullptr);

enum class Verdict { kSupported, kOverstated, kUnderstated, kOutdated, kUnverifiable };
std::string_view verdict_name(Verdict v);

struct Judgement {
  Verdict verdict = Verdict::kUnverifiable;  // supported, overstated or understated
  double relative_error = 0;                 // (claimed - actual) / actual
};

// Judges a claimed figure against the actual one (same unit). actual must be non-zero;
// a zero actual gives kUnverifiable.
Judgement judge(double claimed, double actual, Bound bound);

// One line describing the tolerance of a bound ("within +-10% (roughly)").
std::string tolerance_text(Bound b);

}  // namespace lattice::claimcheck
