#include "model/name_words.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/ascii_fold.h"
#include "core/text.h"

namespace lattice::model {

namespace {

// Left out of the words of a name: they rarely tell two names apart and people add or drop them.
constexpr std::string_view kFunctionWords[] = {
    "the", "of",   "and", "between", "on",         "for",   "in",  "a", "an",
    "to",  "with", "at",  "by",      "concerning", "among", "its", "de"};

// Spellings people vary, after a plural 's' is dropped: British and American spelling, and
// the names of a type of legal instrument, which reports use interchangeably.
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"defence", "defense"},    {"organisation", "organization"},
    {"programme", "program"},  {"centre", "center"},
    {"harbour", "harbor"},     {"labour", "labor"},
    {"agreement", "treaty"},   {"pact", "treaty"},
    {"accord", "treaty"},      {"isle", "island"},
    {"archipelago", "island"},
};

// Number words, ordinal words and Roman numerals as digits ("Pillar Two", "Pillar II" -> pillar
// 2; "Second Thomas Shoal" -> 2nd thomas shoal). "i" and "x" are left alone: they are too often
// letters.
constexpr std::pair<std::string_view, std::string_view> kNumbers[] = {
    {"one", "1"},        {"two", "2"},     {"three", "3"},    {"four", "4"},
    {"five", "5"},       {"six", "6"},     {"seven", "7"},    {"eight", "8"},
    {"nine", "9"},       {"ten", "10"},    {"eleven", "11"},  {"twelve", "12"},
    {"twenty", "20"},    {"first", "1st"}, {"second", "2nd"}, {"third", "3rd"},
    {"fourth", "4th"},   {"fifth", "5th"}, {"sixth", "6th"},  {"seventh", "7th"},
    {"eighth", "8th"},   {"ninth", "9th"}, {"tenth", "10th"}, {"eleventh", "11th"},
    {"twelfth", "12th"}, {"ii", "2"},      {"iii", "3"},      {"iv", "4"},
    {"v", "5"},          {"vi", "6"},      {"vii", "7"},      {"viii", "8"},
    {"ix", "9"},         {"xi", "11"},     {"xii", "12"},
};

// Canonical words that name a type of thing.
constexpr std::string_view kGenericWords[] = {
    "island",      "islet",        "archipelago", "atoll",      "reef",       "shoal",
    "rock",        "bank",         "sea",         "strait",     "channel",    "gulf",
    "bay",         "ocean",        "peninsula",   "coast",      "region",     "area",
    "zone",        "base",         "station",     "garrison",   "facility",   "treaty",
    "convention",  "protocol",     "declaration", "statement",  "communique", "act",
    "law",         "forum",        "summit",      "dialogue",   "meeting",    "conference",
    "talk",        "alliance",     "partnership", "framework",  "initiative", "group",
    "grouping",    "organization", "association", "committee",  "process",    "mechanism",
    "arrangement", "strategy",     "vision",      "report",     "trilateral", "bilateral",
    "minilateral", "multilateral", "state",       "government", "country"};

// Generic words that frame a name (see is_framing_word).
constexpr std::string_view kFramingWords[] = {
    "alliance", "partnership", "framework", "initiative",  "group",        "grouping",
    "forum",    "dialogue",    "mechanism", "arrangement", "format",       "process",
    "network",  "vision",      "strategy",  "cooperation", "relationship", "architecture"};

// Words of a kind of geographic feature (see is_feature_word).
constexpr std::string_view kFeatureWords[] = {"island", "islet", "reef",  "shoal",
                                              "bank",   "rock",  "atoll", "cay"};

template <size_t N>
std::string_view lookup(const std::pair<std::string_view, std::string_view> (&table)[N],
                        std::string_view w) {
  for (const auto& [from, to] : table)
    if (from == w) return to;
  return {};
}

bool is_function_word(std::string_view w) {
  return std::find(std::begin(kFunctionWords), std::end(kFunctionWords), w) !=
         std::end(kFunctionWords);
}

bool is_ascii_alpha(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Splits an ASCII word where letters meet digits ("g20" -> g 20, "2plus2" -> 2 plus 2), except
// in an ordinal ("21st").
void split_letters_digits(const std::string& w, std::vector<std::string>& out) {
  if (ordinal_number(w) > 0) {
    out.push_back(w);
    return;
  }
  size_t start = 0;
  for (size_t i = 1; i <= w.size(); ++i) {
    if (i == w.size() || (is_digit(w[i]) != is_digit(w[i - 1]) &&
                          (is_ascii_alpha(w[i]) || is_ascii_alpha(w[i - 1])))) {
      out.push_back(w.substr(start, i - start));
      start = i;
    }
  }
}

// The folded words of text before canonical forms: runs of ASCII letters and digits and of
// non-ASCII bytes; '.' and ' inside or after a word are dropped ("U.S." -> us, "Hawai'i" ->
// hawaii), '+' is the word "plus", anything else separates words.
std::vector<std::string> raw_words(std::string_view text) {
  const std::string folded = core::to_lower(core::ascii_fold(text));
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&]() {
    if (!cur.empty()) split_letters_digits(cur, out);
    cur.clear();
  };
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if (is_ascii_alpha(c) || is_digit(c) || u >= 0x80) {
      cur += c;
    } else if (c == '.' || c == '\'') {
      // joins: "u.s." -> "us", "people's" -> "peoples"
    } else if (c == '+') {
      flush();
      out.emplace_back("plus");
    } else {
      flush();
    }
  }
  flush();
  // "co-operation", "co-chair": the prefix belongs to the next word.
  for (size_t i = 0; i + 1 < out.size(); ++i)
    if (out[i] == "co" && !is_number(out[i + 1])) {
      out[i] += out[i + 1];
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  return out;
}

// Drops a plural or possessive 's' ("islands" -> island, "japans" -> japan, "communities" ->
// community); words of fewer than four letters, words in "ss" and numbers are kept.
std::string singular(std::string w) {
  if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || is_number(w)) return w;
  if (w.size() >= 5 && w.compare(w.size() - 3, 3, "ies") == 0)
    return w.substr(0, w.size() - 3) + "y";
  w.pop_back();
  return w;
}

std::string canonical(const std::string& w) {
  if (const auto n = lookup(kNumbers, w); !n.empty()) return std::string(n);
  std::string s = singular(w);
  if (const auto t = lookup(kSpellings, s); !t.empty()) return std::string(t);
  if (const auto n = lookup(kNumbers, s); !n.empty()) return std::string(n);
  return s;
}

}  // namespace

bool is_generic_word(std::string_view canonical) {
  return std::find(std::begin(kGenericWords), std::end(kGenericWords), canonical) !=
         std::end(kGenericWords);
}

bool is_number(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ordinal_number(std::string_view w) {
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0 || d > 3 || d + 2 != w.size()) return 0;
  const std::string_view suffix = w.substr(d);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int n = 0;
  for (size_t i = 0; i < d; ++i) n = n * 10 + (w[i] - '0');
  return n;
}

bool is_feature_word(std::string_view canonical) {
  return std::find(std::begin(kFeatureWords), std::end(kFeatureWords), canonical) !=
         std::end(kFeatureWords);
}

bool is_framing_word(std::string_view canonical) {
  return std::find(std::begin(kFramingWords), std::end(kFramingWords), canonical) !=
         std::end(kFramingWords);
}

std::vector<NameWord> name_words(std::string_view text) {
  std::vector<NameWord> out;
  for (auto& w : raw_words(text)) {
    if (is_function_word(w)) continue;
    NameWord nw;
    nw.text = canonical(w);
    nw.generic = is_generic_word(nw.text);
    nw.written = std::move(w);
    out.push_back(std::move(nw));
  }
  return out;
}

std::string name_key(std::string_view text) {
  std::vector<std::string> words;
  for (auto& w : name_words(text)) words.push_back(std::move(w.text));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

}  // namespace lattice::model
