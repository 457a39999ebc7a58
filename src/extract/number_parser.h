// Number grammar for claim finding: cardinal numbers written with digits ("1,200", "3.5"),
// words ("seven", "twenty-five", "two hundred", "a dozen") or both ("3.5 million"), with scale
// words and the vague magnitudes of prose ("millions of", "hundreds of thousands of"). Ordinals
// ("second", "twenty-first") are not numbers. Pure; safe from any thread.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/claim_lexer.h"

namespace lattice::extract {

struct ParsedNumber {
  size_t begin = 0, end = 0;  // token range [begin, end) of the number and its scale words
  double value = 0;
  bool digits = false;  // the number starts with digits
  bool scaled = false;  // a scale word (hundred, thousand, million, billion, trillion) applied
  bool vague = false;   // a vague magnitude ("millions"); the caller expects "of" at end
};

// The number starting at token i, or nullopt. Words must be separated by white space only, except
// the hyphen of "twenty-five". O(length of the number).
std::optional<ParsedNumber> parse_number(const std::vector<Token>& toks, size_t i);

// The value of a digit token ("1,200" -> 1200, "3.5" -> 3.5).
double digits_value(std::string_view digits);

// The value of a cardinal number word from "zero" to "ninety", or -1.
int number_word_value(std::string_view word);

// The multiplier of a scale word ("thousand", "million", "billion", "trillion", "hundred"), or 0.
double scale_word_value(std::string_view word);

}  // namespace lattice::extract
