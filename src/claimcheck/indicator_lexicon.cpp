// The indicator lexicon of claim checking: phrases to indicator ids and comparison cues.
#include "claimcheck/indicator_lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"

namespace lattice::claimcheck {
namespace {

struct Phrase {
  std::string_view words;
  std::string_view indicator;
  bool needs_defense = false;  // counts only when the text speaks of defense
};

constexpr std::array<Phrase, 31> kPhrases = {{
    {"host-nation support", "hns"},
    {"host nation support", "hns"},
    {"cost-sharing", "hns"},
    {"cost sharing", "hns"},
    {"special measures agreement", "hns"},
    {"gross domestic product", "gdp"},
    {"economic output", "gdp"},
    {"gdp", "gdp"},
    {"economy", "gdp"},
    {"economies", "gdp"},
    {"defense budget", "milex"},
    {"defence budget", "milex"},
    {"military budget", "milex"},
    {"defense budgets", "milex"},
    {"defense spending", "milex"},
    {"defence spending", "milex"},
    {"military spending", "milex"},
    {"military expenditure", "milex"},
    {"military expenditures", "milex"},
    {"defense expenditure", "milex"},
    {"defense expenditures", "milex"},
    {"defence expenditure", "milex"},
    {"spends on defense", "milex"},
    {"budget", "milex", true},
    {"spending", "milex", true},
    {"expenditure", "milex", true},
    {"population", "population"},
    {"people", "population"},
    {"inhabitants", "population"},
    {"citizens", "population"},
    {"residents", "population"},
}};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

bool whole_word_at(std::string_view text, size_t p, size_t n) {
  return (p == 0 || !is_word_char(text[p - 1])) &&
         (p + n >= text.size() || !is_word_char(text[p + n]));
}

bool contains_word(std::string_view lower, std::string_view word) {
  for (size_t p = lower.find(word); p != std::string_view::npos; p = lower.find(word, p + 1))
    if (whole_word_at(lower, p, word.size())) return true;
  return false;
}

// Skips spaces and the given filler words at the start of s; returns the rest.
std::string_view skip_words(std::string_view s, std::initializer_list<std::string_view> fillers) {
  bool again = true;
  while (again) {
    again = false;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
      s.remove_prefix(1);
    for (std::string_view f : fillers)
      if (s.substr(0, f.size()) == f && whole_word_at(s, 0, f.size())) {
        s.remove_prefix(f.size());
        again = true;
        break;
      }
  }
  return s;
}

bool starts_with_word(std::string_view s, std::string_view w) {
  return s.substr(0, w.size()) == w && whole_word_at(s, 0, w.size());
}

}  // namespace

bool mentions_defense(std::string_view lower) {
  return contains_word(lower, "defense") || contains_word(lower, "defence") ||
         contains_word(lower, "military");
}

bool mentions_growth(std::string_view lower) {
  for (std::string_view w :
       {"growth", "grew", "grow", "grows", "growing", "expanded by", "rose by", "increased by"})
    if (contains_word(lower, w)) return true;
  return false;
}

std::vector<IndicatorCue> find_indicator_cues(std::string_view text) {
  const std::string lower = core::to_lower(text);
  const bool defense = mentions_defense(lower);
  std::vector<IndicatorCue> cues;
  std::vector<bool> taken(lower.size(), false);
  // Longest phrases first so that "defense budget" wins over "budget".
  std::vector<const Phrase*> order;
  for (const Phrase& p : kPhrases) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [](const Phrase* a, const Phrase* b) {
    return a->words.size() > b->words.size();
  });
  for (const Phrase* ph : order) {
    if (ph->needs_defense && !defense) continue;
    for (size_t p = lower.find(ph->words); p != std::string::npos;
         p = lower.find(ph->words, p + 1)) {
      const size_t n = ph->words.size();
      if (!whole_word_at(lower, p, n)) continue;
      if (std::any_of(taken.begin() + static_cast<long>(p),
                      taken.begin() + static_cast<long>(p + n), [](bool b) { return b; }))
        continue;
      std::fill(taken.begin() + static_cast<long>(p), taken.begin() + static_cast<long>(p + n),
                true);
      cues.push_back({p, p + n, std::string(ph->indicator)});
    }
  }
  std::sort(cues.begin(), cues.end(),
            [](const IndicatorCue& a, const IndicatorCue& b) { return a.start < b.start; });
  return cues;
}

bool is_share_of_gdp(std::string_view after) {
  after = skip_words(after, {});
  if (!starts_with_word(after, "of")) return false;
  after.remove_prefix(2);
  after = skip_words(after, {"its", "their", "the", "country's", "nation's", "annual", "own"});
  return starts_with_word(after, "gdp") || starts_with_word(after, "gross domestic product");
}

std::optional<std::string> share_of_world(std::string_view after) {
  after = skip_words(after, {"of"});
  after = skip_words(after, {"the", "total", "all"});
  if (!(starts_with_word(after, "global") || starts_with_word(after, "world") ||
        starts_with_word(after, "world's") || starts_with_word(after, "worldwide")))
    return std::nullopt;
  after = skip_words(after, {"global", "world's", "world", "worldwide", "total", "combined"});
  if (starts_with_word(after, "economy") || starts_with_word(after, "gdp") ||
      starts_with_word(after, "output") || starts_with_word(after, "economic output") ||
      starts_with_word(after, "gross domestic product"))
    return "gdp";
  if (starts_with_word(after, "population") || starts_with_word(after, "people"))
    return "population";
  if (starts_with_word(after, "military spending") ||
      starts_with_word(after, "military expenditure") ||
      starts_with_word(after, "defense spending") || starts_with_word(after, "defence spending"))
    return "milex";
  return std::nullopt;
}

}  // namespace lattice::claimcheck
