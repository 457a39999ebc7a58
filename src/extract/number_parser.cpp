// Number grammar: digit groups and number words, combined left to right with scale words.
#include "extract/number_parser.h"

#include <iterator>

namespace lattice::extract {
namespace {

constexpr std::string_view kOnes[] = {"zero",    "one",     "two",       "three",    "four",
                                      "five",    "six",     "seven",     "eight",    "nine",
                                      "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                      "sixty",  "seventy", "eighty", "ninety"};

// "millions" -> 1e6 and so on: the plural magnitudes of "millions of dollars".
double vague_value(std::string_view w) {
  if (ieq(w, "tens")) return 10;
  if (ieq(w, "dozens")) return 12;
  if (ieq(w, "hundreds")) return 100;
  if (ieq(w, "thousands")) return 1e3;
  if (ieq(w, "millions")) return 1e6;
  if (ieq(w, "billions")) return 1e9;
  if (ieq(w, "trillions")) return 1e12;
  return 0;
}

// Applies the scale words after token j ("million", "hundred thousand"), updating n.
void apply_scales(const std::vector<Token>& toks, size_t* j, ParsedNumber* n) {
  while (is_word(toks, *j) && toks[*j].space_before) {
    const double s = scale_word_value(toks[*j].text);
    if (s == 0) break;
    n->value *= s;
    n->scaled = true;
    ++*j;
  }
}

// "and a half" after a number adds 0.5 ("two and a half years").
void apply_half(const std::vector<Token>& toks, size_t* j, ParsedNumber* n) {
  if (spaced_word(toks, *j, "and") && spaced_word(toks, *j + 1, "a") &&
      spaced_word(toks, *j + 2, "half")) {
    n->value += 0.5;
    *j += 3;
  }
}

// A group below a thousand in words at i: "seven", "twenty-five", "two hundred and ten".
bool word_group(const std::vector<Token>& toks, size_t i, size_t* end, double* value) {
  if (!is_word(toks, i)) return false;
  int v = number_word_value(toks[i].text);
  if (v < 0) return false;
  size_t j = i + 1;
  if (v >= 20) {
    // "twenty-five" or "twenty five".
    if (j + 1 < toks.size() && toks[j].text == "-" && !toks[j].space_before &&
        is_word(toks, j + 1) && !toks[j + 1].space_before) {
      const int o = number_word_value(toks[j + 1].text);
      if (o >= 1 && o <= 9) {
        v += o;
        j += 2;
      }
    } else if (is_word(toks, j) && toks[j].space_before) {
      const int o = number_word_value(toks[j].text);
      if (o >= 1 && o <= 9) {
        v += o;
        j += 1;
      }
    }
  }
  if (v >= 1 && v <= 99 && spaced_word(toks, j, "hundred")) {
    v *= 100;
    ++j;
    size_t k = j;
    if (spaced_word(toks, k, "and")) ++k;
    size_t rest_end = 0;
    double rest = 0;
    if (k < toks.size() && toks[k].space_before && word_group(toks, k, &rest_end, &rest) &&
        rest < 100) {
      v += static_cast<int>(rest);
      j = rest_end;
    }
  }
  *end = j;
  *value = v;
  return true;
}

}  // namespace

double digits_value(std::string_view digits) {
  double v = 0, scale = 0;
  for (char c : digits) {
    if (c == ',') continue;
    if (c == '.') {
      scale = 1;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (scale > 0) {
      scale /= 10;
      v += (c - '0') * scale;
    } else {
      v = v * 10 + (c - '0');
    }
  }
  return v;
}

int number_word_value(std::string_view word) {
  for (size_t k = 0; k < std::size(kOnes); ++k)
    if (ieq(word, kOnes[k])) return static_cast<int>(k);
  for (size_t k = 0; k < std::size(kTens); ++k)
    if (ieq(word, kTens[k])) return static_cast<int>(20 + 10 * k);
  return -1;
}

double scale_word_value(std::string_view word) {
  if (ieq(word, "hundred")) return 100;
  if (ieq(word, "thousand")) return 1e3;
  if (ieq(word, "million")) return 1e6;
  if (ieq(word, "billion")) return 1e9;
  if (ieq(word, "trillion")) return 1e12;
  return 0;
}

std::optional<ParsedNumber> parse_number(const std::vector<Token>& toks, size_t i) {
  if (i >= toks.size()) return std::nullopt;
  ParsedNumber n;
  n.begin = i;
  const Token& t = toks[i];
  size_t j = i + 1;
  if (t.kind == TokenKind::kNumber) {
    n.digits = true;
    n.value = digits_value(t.text);
    apply_half(toks, &j, &n);
    apply_scales(toks, &j, &n);
    n.end = j;
    return n;
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  // "a dozen", "a hundred", "a million", "an eighty"? (only magnitudes follow the article).
  if (ieq(t.text, "a") || ieq(t.text, "an")) {
    if (!is_word(toks, j) || !toks[j].space_before) return std::nullopt;
    if (ieq(toks[j].text, "dozen")) {
      n.value = 12;
      n.end = j + 1;
      return n;
    }
    const double s = scale_word_value(toks[j].text);
    if (s == 0) return std::nullopt;
    n.value = s;
    n.scaled = true;
    j += 1;
    apply_scales(toks, &j, &n);
    n.end = j;
    return n;
  }
  // "half a million".
  if (ieq(t.text, "half")) {
    if (!spaced_word(toks, j, "a") || !is_word(toks, j + 1) || !toks[j + 1].space_before)
      return std::nullopt;
    const double s = scale_word_value(toks[j + 1].text);
    if (s == 0) return std::nullopt;
    n.value = 0.5 * s;
    n.scaled = true;
    j += 2;
    apply_scales(toks, &j, &n);
    n.end = j;
    return n;
  }
  // Vague magnitudes: "millions of", "hundreds of thousands of", "tens of billions of".
  if (const double v = vague_value(t.text); v > 0) {
    n.value = v;
    n.vague = true;
    while (spaced_word(toks, j, "of") && is_word(toks, j + 1) && toks[j + 1].space_before &&
           vague_value(toks[j + 1].text) > 0) {
      n.value *= vague_value(toks[j + 1].text);
      j += 2;
    }
    if (ieq(t.text, "tens") && j == i + 1) return std::nullopt;  // "tens of" needs a magnitude
    n.end = j;
    return n;
  }
  double v = 0;
  if (!word_group(toks, i, &j, &v)) return std::nullopt;
  n.value = v;
  if (spaced_word(toks, j, "dozen")) {
    n.value *= 12;
    ++j;
  }
  apply_half(toks, &j, &n);
  apply_scales(toks, &j, &n);
  n.end = j;
  return n;
}

}  // namespace lattice::extract
