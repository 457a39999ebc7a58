// Year and subject of a claim from the words of its clause: tense cues nearest the number decide
// between the document's year and none; noun phrases next to the number name its subject.
#include "extract/claim_context.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include "extract/number_parser.h"

namespace lattice::extract {
namespace {

using Toks = std::vector<Token>;

// Punctuation that closes a clause for tense and subject purposes.

bool is_clause_break(const Token& t) {
  if (t.kind != TokenKind::kSymbol) return false;
  static constexpr std::string_view kBreaks[] = {",", ";",      ":",      "(", ")", "[",
                                                 "]", "\u2014", "\u2013", "!", "?"};
  for (auto b : kBreaks)
    if (t.text == b) return true;
  return false;
}

// How far a clause reaches on either side of a claim. Real clauses are far shorter; the bound
// keeps each claim's work constant, so a unit of any length is read in linear time.
constexpr size_t kClauseReach = 160;

// [begin, end) of the clause holding tokens [first, last).
void clause_of(const Toks& t, size_t first, size_t last, size_t* begin, size_t* end) {
  size_t b = first;
  const size_t floor = first > kClauseReach ? first - kClauseReach : 0;
  while (b > floor && !is_clause_break(t[b - 1])) --b;
  size_t e = last;
  const size_t ceiling = std::min(t.size(), last + kClauseReach);
  while (e < ceiling && !is_clause_break(t[e])) ++e;
  *begin = b;
  *end = e;
}

enum class Tense { kNone, kPresent, kPast, kIrrealis };

constexpr std::string_view kPresentCues[] = {
    "is",     "are",    "am",  "now",  "today",  "currently", "presently", "remains",
    "remain", "stands", "has", "have", "recent", "recently",  "nowadays"};
constexpr std::string_view kPastCues[] = {
    "was",     "were",        "had",     "did",          "ago",      "heyday",    "formerly",
    "former",  "previously",  "earlier", "historically", "used",     "reached",   "rose",
    "fell",    "grew",        "peaked",  "stood",        "totaled",  "totalled",  "amounted",
    "spent",   "established", "signed",  "announced",    "pledged",  "increased", "decreased",
    "dropped", "declined",    "doubled", "tripled",      "overtook", "became",    "saw",
    "made",    "took",        "gave",    "hit",          "exceeded", "surpassed", "included",
    "then",    "once"};
constexpr std::string_view kIrrealisCues[] = {
    "would", "could",  "might",    "will",      "shall",    "should",  "must",  "may",
    "if",    "unless", "expected", "projected", "forecast", "planned", "plans", "aims",
    "aim",   "target", "targets",  "goal",      "hope",     "envisage"};
constexpr std::string_view kPerfectAux[] = {"has", "have", "is", "are", "am", "been", "be"};

Tense tense_of(const Toks& t, size_t k) {
  if (!is_word(t, k)) return Tense::kNone;
  const std::string_view w = t[k].text;
  if (w == "May") return Tense::kNone;  // the month
  if (word_in(w, kIrrealisCues)) return Tense::kIrrealis;
  if (word_in(w, kPastCues)) {
    // "has increased", "are concentrated": a participle after a present auxiliary.
    if (k > 0 && is_word(t, k - 1) && word_in(t[k - 1].text, kPerfectAux)) return Tense::kPresent;
    return Tense::kPast;
  }
  if (word_in(w, kPresentCues)) return Tense::kPresent;
  return Tense::kNone;
}

// Percentages of people who "said", "agreed", "support": poll results describe the present.
bool is_survey_figure(const Toks& t, const ClaimTokens& c) {
  static constexpr std::string_view kVerbs[] = {
      "said",      "say",   "says",    "agreed",  "agree",    "believe",   "believed", "support",
      "supported", "favor", "favored", "oppose",  "opposed",  "think",     "thought",  "felt",
      "feel",      "want",  "wanted",  "approve", "approved", "disapprove"};
  if (c.kind != ClaimKind::kPercent) return false;
  for (size_t k = c.last; k < t.size() && k < c.last + 6; ++k)
    if (is_word(t, k) && word_in(t[k].text, kVerbs)) return true;
  return false;
}

bool is_possessive(std::string_view w) {
  static constexpr std::string_view kPossessives[] = {"its", "their", "his", "her", "our"};
  if (word_in(w, kPossessives)) return true;
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
         (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s");
}

// Words that do not belong in a subject phrase: function words, adverbs of time, reporting verbs.
constexpr std::string_view kFunctionWords[] = {
    "the",     "a",         "an",      "of",      "to",       "in",      "on",       "at",
    "by",      "for",       "with",    "from",    "and",      "or",      "but",      "as",
    "that",    "which",     "who",     "whom",    "whose",    "this",    "these",    "those",
    "it",      "its",       "their",   "his",     "her",      "our",     "we",       "they",
    "he",      "she",       "is",      "are",     "was",      "were",    "be",       "been",
    "being",   "has",       "have",    "had",     "will",     "would",   "could",    "should",
    "must",    "may",       "might",   "can",     "do",       "does",    "did",      "not",
    "no",      "than",      "then",    "so",      "such",     "now",     "today",    "also",
    "only",    "just",      "roughly", "nearly",  "almost",   "over",    "more",     "less",
    "about",   "around",    "some",    "all",     "both",     "into",    "while",    "when",
    "after",   "since",     "if",      "though",  "although", "yet",     "there",    "still",
    "under",   "between",   "among",   "through", "during",   "against", "without",  "within",
    "toward",  "towards",   "across",  "beyond",  "per",      "via",     "like",     "ago",
    "each",    "every",     "last",    "past",    "next",     "here",    "even",     "already",
    "however", "meanwhile", "said",    "says",    "say",      "agreed",  "reported", "reports"};

bool is_adverb(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 2) == "ly";
}

bool is_content_word(const Toks& t, size_t k) {
  return is_word(t, k) && !word_in(t[k].text, kFunctionWords) && number_word_value(t[k].text) < 0 &&
         !is_adverb(t[k].text);
}

// Content words from k forward (hyphenated words stay whole; "of"/"for" joins capitalized names).
std::string phrase_forward(const Toks& t, size_t k, size_t stop, size_t max_words) {
  std::string out;
  size_t words = 0;
  while (k < stop && words < max_words) {
    if (words > 0 && is_content_word(t, k) && t[k].text.size() > 4 && t[k].text.ends_with("ed"))
      break;  // most likely the verb after the subject: "Spending rose", "Tokyo decided"
    if (is_content_word(t, k) && (words == 0 || !t[k].newline_before)) {
      if (!out.empty()) out += ' ';
      out += t[k].text;
      ++words;
      ++k;
      // Hyphenated continuation: "intra-Asian".
      while (k + 1 < stop && is_sym(t, k, "-") && !t[k].space_before && is_word(t, k + 1) &&
             !t[k + 1].space_before) {
        out += '-';
        out += t[k + 1].text;
        k += 2;
      }
      continue;
    }
    if (words > 0 && is_word(t, k) && (ieq(t[k].text, "of") || ieq(t[k].text, "for"))) {
      // "of"/"for" joins a name: "Partnership for Quality Infrastructure", "end of the Second
      // World War".
      size_t name = k + 1;
      if (spaced_word(t, name, "the")) ++name;
      if (name < stop && is_word(t, name) && is_capitalized(t[name].text)) {
        for (size_t m = k; m < name; ++m) {
          out += ' ';
          out += t[m].text;
        }
        k = name;
        continue;
      }
    }
    break;
  }
  return out;
}

// Skips determiners and similar function words from k (and punctuation when symbols is set).
size_t skip_function_words(const Toks& t, size_t k, size_t stop, bool symbols = false) {
  while (k < stop &&
         ((is_word(t, k) && !is_content_word(t, k)) || (symbols && t[k].kind != TokenKind::kWord)))
    ++k;
  return k;
}

// The content words just before token k, read backwards over adverbs and auxiliaries and at most
// one comma ("the navy's budget, now about $9 billion").
std::string phrase_backward(const Toks& t, size_t k, size_t max_words) {
  static constexpr std::string_view kSkippable[] = {
      "is",      "are",    "was",    "were",  "be",     "been",  "now",       "today",
      "roughly", "nearly", "almost", "about", "around", "still", "currently", "\\"};
  size_t end = k;
  bool comma_used = false;
  while (end > 0) {
    const Token& p = t[end - 1];
    if ((p.kind == TokenKind::kWord && word_in(p.text, kSkippable)) || p.text == "\\" ||
        p.text == "*") {
      --end;
    } else if (p.text == "," && !comma_used) {
      comma_used = true;
      --end;
    } else {
      break;
    }
  }
  size_t begin = end;
  while (
      begin > 0 && end - begin < max_words &&
      (is_content_word(t, begin - 1) || (t[begin - 1].text == "-" && !t[begin - 1].space_before &&
                                         begin >= 2 && is_word(t, begin - 2)))) {
    if (t[begin].newline_before && begin != end) break;
    --begin;
  }
  if (begin == end) return {};
  std::string out;
  for (size_t j = begin; j < end; ++j) {
    if (!out.empty() && t[j].space_before) out += ' ';
    out += t[j].text;
  }
  return out;
}

}  // namespace

bool is_year_token(const Toks& t, size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::kNumber || t[i].text.size() != 4) return false;
  const int v = std::atoi(std::string(t[i].text).c_str());
  if (v < 1800 || v > 2100) return false;
  // Glued to a word ("FY2021", "2020s") or a currency sign: not a plain year.
  if (i + 1 < t.size() && !t[i + 1].space_before && t[i + 1].kind == TokenKind::kWord) return false;
  if (i > 0 && !t[i].space_before && (t[i - 1].kind == TokenKind::kWord || t[i - 1].text == "$"))
    return false;
  if (i + 1 < t.size() && (t[i + 1].text == "%" || ieq(t[i + 1].text, "percent"))) return false;
  return true;
}

std::vector<size_t> year_positions(const Toks& t) {
  std::vector<size_t> out;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != TokenKind::kNumber || t[k].text.size() != 4) continue;
    // A plain year, or a fiscal one ("FY2022").
    const bool fiscal =
        k > 0 && !t[k].space_before && is_word(t, k - 1) && ieq(t[k - 1].text, "fy");
    if (is_year_token(t, k) || fiscal) out.push_back(k);
  }
  return out;
}

bool clause_is_irrealis(const Toks& t, size_t first, size_t last) {
  size_t b = 0, e = t.size();
  if (first > 0 || last < t.size()) clause_of(t, first, last, &b, &e);
  for (size_t k = b; k < e; ++k)
    if (tense_of(t, k) == Tense::kIrrealis) return true;
  return false;
}

std::optional<int> claim_year(const Toks& t, const ClaimTokens& c,
                              std::optional<int> document_year) {
  return claim_year(t, c, document_year, year_positions(t));
}

std::optional<int> claim_year(const Toks& t, const ClaimTokens& c, std::optional<int> document_year,
                              const std::vector<size_t>& years) {
  if (c.kind == ClaimKind::kDuration) return std::nullopt;
  // A year stated in the sentence, nearest to the claim: the last one before it and the first
  // one after it (a binary search in the unit's sorted year positions).
  size_t best = t.size(), best_dist = t.size() + 1;
  const auto after = std::lower_bound(years.begin(), years.end(), c.last);
  const auto inside = std::lower_bound(years.begin(), years.end(), c.first);
  if (after != years.end()) {
    best = *after;
    best_dist = *after - c.last + 1;
  }
  if (inside != years.begin()) {
    const size_t k = *std::prev(inside);
    const size_t d = c.first - k;
    if (d <= best_dist) {
      best = k;
      best_dist = d;
    }
  }
  if (best < t.size()) return std::atoi(std::string(t[best].text).c_str());
  if (c.kind == ClaimKind::kFrequency || !document_year) return std::nullopt;
  if (is_survey_figure(t, c)) return document_year;
  if (c.first > 0 && is_word(t, c.first - 1) && is_possessive(t[c.first - 1].text))
    return document_year;
  // The tense cue nearest the number inside its clause.
  size_t b = 0, e = 0;
  clause_of(t, c.first, c.last, &b, &e);
  Tense tense = Tense::kNone;
  size_t dist = t.size() + 1;
  for (size_t k = b; k < e; ++k) {
    if (k >= c.first && k < c.last) continue;
    const Tense tk = tense_of(t, k);
    if (tk == Tense::kNone) continue;
    const size_t d = k < c.first ? c.first - k : k - c.last + 1;
    if (d < dist) {
      dist = d;
      tense = tk;
    }
  }
  if (tense == Tense::kPast || tense == Tense::kIrrealis) return std::nullopt;
  return document_year;
}

constexpr std::string_view kLinkPrepositions[] = {"of", "by", "to", "at", "from"};

std::string claim_subject(const Toks& t, const ClaimTokens& c) {
  constexpr size_t kMax = 6;
  size_t cb = 0, ce = 0;
  clause_of(t, c.first, c.last, &cb, &ce);
  // "40 percent of the bases", "$3 trillion in port needs".
  if (is_word(t, c.last) &&
      (ieq(t[c.last].text, "of") || (ieq(t[c.last].text, "in") && c.kind == ClaimKind::kMoney))) {
    std::string s = phrase_forward(t, skip_function_words(t, c.last + 1, ce), ce, kMax);
    if (!s.empty()) return s;
  }
  if (c.kind == ClaimKind::kDuration) {
    for (size_t k = c.last; k < ce; ++k)
      if (is_word(t, k) && ieq(t[k].text, "since")) {
        std::string s = phrase_forward(t, skip_function_words(t, k + 1, ce), ce, kMax);
        if (!s.empty()) return s;
      }
  }
  // A count names what it counts: "three digital regimes".
  if (c.kind == ClaimKind::kCount && c.number_end < c.last) {
    std::string s = phrase_forward(t, c.number_end, c.last, kMax);
    if (!s.empty()) return s;
  }
  // A figure used as a modifier: "10 percent annual GDP growth", "the $200 billion Partnership".
  if (c.kind != ClaimKind::kDuration && c.kind != ClaimKind::kFrequency) {
    std::string s = phrase_forward(t, c.last, ce, kMax);
    if (!s.empty()) return s;
  }
  // The noun phrase before it: "their output is almost twice", "budget, now about $9 billion",
  // "raise fees by $2 billion", "a joint study of 9 months".
  size_t before = c.first;
  if (before > 0 && is_word(t, before - 1) && word_in(t[before - 1].text, kLinkPrepositions))
    --before;
  std::string back = phrase_backward(t, before, kMax);
  if (back.find(' ') != std::string::npos || (!back.empty() && is_capitalized(back))) return back;
  // The phrase that opens the sentence.
  size_t k = skip_function_words(t, 0, t.size(), true);
  if (k < c.first) {
    std::string s = phrase_forward(t, k, c.first, 4);
    if (!s.empty()) return s;
  }
  if (!back.empty()) return back;
  return phrase_forward(t, skip_function_words(t, c.last, t.size(), true), t.size(), 4);
}

}  // namespace lattice::extract
