// Quantitative claims, unit by unit: each unit is lexed into words (claim_lexer.h), numbers are
// parsed where they start (number_parser.h), and a number becomes a claim when a unit follows it
// (currency, percent, "times", a duration, a counted noun) and no exclusion applies (dates,
// years, names, ranks, list numbers, anaphoric and document-structure counts, future horizons).
#include "extract/claim_finder.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <iterator>

#include "core/text.h"

#include "extract/claim_context.h"
#include "extract/claim_lexer.h"
#include "extract/number_parser.h"

namespace lattice::extract {
namespace {

using Toks = std::vector<Token>;
using model::ClaimUnit;

struct Found {
  ClaimTokens tok;
  double quantity = 0;
  ClaimUnit unit = ClaimUnit::kOther;
};

// Token i follows token i-1 with no white space between.
bool glued(const Toks& t, size_t i) {
  return i < t.size() && i > 0 && !t[i].space_before;
}

bool is_possessive(std::string_view w) {
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
         (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s");
}

bool is_month(std::string_view w) {
  static constexpr std::string_view kFull[] = {"january",  "february", "april",     "june",
                                               "july",     "august",   "september", "october",
                                               "november", "december"};
  static constexpr std::string_view kShort[] = {"jan", "feb", "mar",  "apr", "jun", "jul",
                                                "aug", "sep", "sept", "oct", "nov"};
  if (word_in(w, kFull)) return true;
  if (!is_capitalized(w)) return false;  // "may", "march" and "dec" are words too
  return ieq(w, "may") || ieq(w, "march") || ieq(w, "dec") || word_in(w, kShort);
}

// Words before a number that make it a label or rank: "Article 5", "top 100", "page 3".
constexpr std::string_view kLabelWords[] = {
    "top",      "number",    "no",      "nos",      "rank",    "ranked",   "page",       "pages",
    "p",        "pp",        "chapter", "section",  "article", "articles", "paragraph",  "para",
    "title",    "pillar",    "annex",   "phase",    "stage",   "tier",     "level",      "step",
    "item",     "figure",    "fig",     "table",    "vol",     "volume",   "resolution", "rule",
    "clause",   "amendment", "route",   "flight",   "room",    "box",      "version",    "tranche",
    "round",    "group",     "class",   "type",     "block",   "model",    "fiscal",     "fy",
    "suite",    "floor",     "part",    "appendix", "exhibit", "footnote", "note",       "grade",
    "category", "division",  "vision",  "agenda",   "covid",   "standards"};

// Determiners that make a spelled-out count refer back to things already named: "the two
// countries", "these three countries", "all four challenges".
constexpr std::string_view kAnaphoricDeterminers[] = {
    "the",  "these", "those", "our",  "their", "its",  "his",  "her",
    "your", "my",    "all",   "both", "other", "each", "such", "whose"};

// Nouns for the parties a text has usually named before it counts them.
constexpr std::string_view kPartyNouns[] = {
    "countries", "nations",   "allies",    "sides",     "governments", "leaders",
    "partners",  "powers",    "capitals",  "parties",   "democracies", "states",
    "members",   "economies", "neighbors", "neighbours"};

// Nouns that count the parts of the document's own argument: "five priorities", "two factors".
constexpr std::string_view kStructuralNouns[] = {
    "priorities",  "steps",     "elements",   "factors",    "challenges", "recommendations",
    "pillars",     "areas",     "issues",     "ways",       "points",     "goals",
    "lessons",     "questions", "principles", "takeaways",  "sections",   "parts",
    "chapters",    "themes",    "options",    "objectives", "reasons",    "topics",
    "tasks",       "proposals", "categories", "dimensions", "pathways",   "baskets",
    "components",  "aspects",   "approaches", "actions",    "trends",     "findings",
    "conclusions", "ideas",     "things",     "tracks",     "scenarios",  "features",
    "imperatives", "arguments", "criteria",   "sets",       "items",      "examples",
    "avenues",     "fronts",    "lines"};

// Words that end the search for a counted noun.
constexpr std::string_view kHeadStop[] = {
    "the",   "a",      "an",     "of",    "to",    "in",    "on",    "at",    "by",    "for",
    "with",  "from",   "and",    "or",    "but",   "as",    "that",  "which", "who",   "is",
    "are",   "was",    "were",   "be",    "been",  "has",   "have",  "had",   "will",  "would",
    "could", "should", "must",   "may",   "might", "can",   "do",    "does",  "did",   "not",
    "than",  "then",   "so",     "such",  "it",    "its",   "their", "his",   "her",   "our",
    "we",    "they",   "he",     "she",   "this",  "these", "those", "more",  "most",  "less",
    "also",  "only",   "per",    "each",  "every", "into",  "over",  "under", "while", "when",
    "where", "after",  "before", "since", "if",    "there", "here",  "always"};

constexpr std::string_view kIrregularPlurals[] = {
    "people",   "personnel", "police",    "staff",   "children", "men",       "women",
    "aircraft", "cattle",    "sheep",     "fish",    "crew",     "data",      "media",
    "feet",     "criteria",  "phenomena", "militia", "youth",    "spacecraft"};

// A lower-case plural noun: "nations", "troops", "regimes", "people".
bool is_plural_noun(std::string_view w) {
  if (word_in(w, kIrregularPlurals)) return true;
  if (w.size() < 3 || w.back() != 's' || is_possessive(w)) return false;
  for (char c : w)
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  const std::string_view tail2 = w.substr(w.size() - 2);
  if (tail2 == "ss" || tail2 == "us" || tail2 == "is") return false;
  static constexpr std::string_view kNotNouns[] = {
      "perhaps", "sometimes", "afterwards", "towards", "besides", "nevertheless",
      "whereas", "thus",      "unless",     "across",  "always",  "various"};
  return !word_in(w, kNotNouns) && !word_in(w, kHeadStop);
}

// The counted noun after a number: the first lower-case plural noun within three words on the
// same line, past modifiers ("three large ships", "9,000 U.S. sailors"); npos when none. After
// digits a capitalized plural right after the number also counts ("4,000 Marines").
size_t count_head(const Toks& t, size_t j, bool digits) {
  size_t words = 0;
  size_t k = j;
  while (k < t.size() && words < 4) {
    const Token& w = t[k];
    if (w.kind != TokenKind::kWord || !w.space_before || w.newline_before) break;
    // "and" between proper adjectives: "9,000 American and Japanese sailors".
    if (ieq(w.text, "and") && k > j && is_capitalized(t[k - 1].text) && is_word(t, k + 1) &&
        is_capitalized(t[k + 1].text)) {
      ++k;
      continue;
    }
    if (word_in(w.text, kHeadStop) || number_word_value(w.text) >= 0) break;
    const bool cap = is_capitalized(w.text);
    if (cap && digits && k == j && w.text.size() > 3 && is_plural_noun(core::to_lower(w.text)))
      return k;
    if (!cap && is_plural_noun(w.text)) return k;
    ++words;
    ++k;
    // A hyphenated modifier: "Asia-Pacific", "U.S.-led".
    while (k + 1 < t.size() && is_sym(t, k, "-") && glued(t, k) && is_word(t, k + 1) &&
           glued(t, k + 1))
      k += 2;
  }
  return std::string_view::npos;
}

// Multipliers of scale abbreviations after a currency amount ("$5bn", "$3m", "¥2tn").
double scale_abbrev(std::string_view w) {
  if (word_in(w, {"bn", "b", "bln"})) return 1e9;
  if (word_in(w, {"m", "mn", "mln", "mil"})) return 1e6;
  if (word_in(w, {"k"})) return 1e3;
  if (word_in(w, {"tn", "trn", "tr", "t"})) return 1e12;
  return 0;
}

enum class Currency { kNone, kUsd, kOther };

// A currency named by a word after the amount ("dollars", "yen") or a code ("USD", "JPY").
Currency currency_word(std::string_view w) {
  if (word_in(w, {"dollars", "dollar", "usd"})) return Currency::kUsd;
  if (word_in(w, {"yen",   "euros", "euro",    "won",  "yuan",   "renminbi", "rmb", "rupees",
                  "rupee", "pesos", "ringgit", "baht", "rubles", "roubles",  "jpy", "eur",
                  "cny",   "krw",   "gbp",     "aud",  "inr",    "twd"}))
    return Currency::kOther;
  return Currency::kNone;
}

struct TimeUnit {
  double factor = 0;  // to years, or 1 for months, weeks and days (kept in their own unit)
  bool years = false;
};
TimeUnit time_unit(std::string_view w) {
  if (word_in(w, {"year", "years", "yr", "yrs"})) return {1, true};
  if (word_in(w, {"decade", "decades"})) return {10, true};
  if (word_in(w, {"century", "centuries"})) return {100, true};
  if (word_in(w, {"month", "months", "week", "weeks", "day", "days"})) return {1, false};
  return {};
}

// Adjectives allowed between a number and its time unit: "six straight years".
bool is_duration_adjective(std::string_view w) {
  return word_in(w, {"straight", "consecutive", "full", "long", "successive", "whole", "entire",
                     "additional", "calendar", "fiscal", "solid", "short"});
}

bool is_measure_word(std::string_view w) {
  return word_in(w, {"kilometers", "kilometres", "km",       "miles",  "mile",     "meters",
                     "metres",     "tons",       "tonnes",   "ton",    "tonne",    "barrels",
                     "degrees",    "acres",      "hectares", "square", "nautical", "gigawatts",
                     "megawatts",  "kilowatts",  "gw",       "mw",     "kg",       "kilograms"});
}

// Words after "N times" that make it a multiple rather than a number of occurrences.
bool is_ratio_follower(const Toks& t, size_t k) {
  if (!is_word(t, k)) return false;
  const std::string_view w = t[k].text;
  return word_in(w,
                 {"as",     "the",   "that",    "more",   "less",   "larger", "bigger", "greater",
                  "higher", "lower", "smaller", "faster", "slower", "what",   "its",    "their",
                  "his",    "her",   "our",     "this",   "these",  "those"}) ||
         is_possessive(w);
}

// Punctuation that may end a frequency ("once.", "(four times)").
bool is_closing(const Toks& t, size_t k) {
  if (k >= t.size()) return true;
  return t[k].kind == TokenKind::kSymbol &&
         word_in(t[k].text, {".", ",", ";", ":", ")", "]", "!", "?", "\"", "\u201D", "\u2019",
                             "\u2014", "\u2013", "*"});
}

// Extends a span start leftwards over an approximator or bound separated by spaces only:
// "nearly", "close to", "more than", "over".
size_t with_approximator(const Toks& t, size_t first, size_t floor, bool digits) {
  static const std::initializer_list<std::initializer_list<std::string_view>> kApprox = {
      {"no", "more", "than"},
      {"no", "less", "than"},
      {"as", "many", "as"},
      {"as", "much", "as"},
      {"as", "few", "as"},
      {"as", "little", "as"},
      {"in", "excess", "of"},
      {"more", "than"},
      {"less", "than"},
      {"fewer", "than"},
      {"close", "to"},
      {"at", "least"},
      {"at", "most"},
      {"up", "to"},
      {"upwards", "of"},
      {"well", "over"},
      {"well", "above"},
      {"well", "below"},
      {"an", "estimated"},
      {"nearly"},
      {"almost"},
      {"over"},
      {"about"},
      {"around"},
      {"approximately"},
      {"roughly"},
      {"some"},
      {"under"},
      {"below"},
      {"above"}};
  if (first >= t.size() || !t[first].space_before) return first;
  for (const auto& a : kApprox) {
    const size_t m = a.size();
    if (first < floor + m) continue;
    bool ok = true;
    size_t k = first - m;
    for (std::string_view w : a) {
      if (!is_word(t, k) || !ieq(t[k].text, w) || (k != first - m && !t[k].space_before)) {
        ok = false;
        break;
      }
      ++k;
    }
    if (!ok) continue;
    if (ieq(*a.begin(), "some") && !digits && number_word_value(t[first].text) == 1) continue;
    return first - m;
  }
  return first;
}

Found make(size_t first, size_t last, size_t number, size_t number_end, ClaimKind kind,
           double quantity, ClaimUnit unit) {
  Found f;
  f.tok = {first, last, number, number_end, kind};
  f.quantity = quantity;
  f.unit = unit;
  return f;
}

// "once", "twice", "thrice": a frequency, or with "twice as"/"twice the" a multiple.
std::optional<Found> frequency_claim(const Toks& t, size_t i, size_t floor) {
  const std::string_view w = t[i].text;
  const double v = ieq(w, "once") ? 1 : ieq(w, "twice") ? 2 : ieq(w, "thrice") ? 3 : 0;
  if (v == 0) return std::nullopt;
  if (i > 0 && is_word(t, i - 1) && word_in(t[i - 1].text, {"at", "for", "all"}))
    return std::nullopt;
  if (glued(t, i + 1) && t[i + 1].text == "-") return std::nullopt;  // "twice-yearly"
  if (v >= 2 && is_ratio_follower(t, i + 1))
    return make(with_approximator(t, i, floor, false), i + 1, i, i + 1, ClaimKind::kRatio, v,
                ClaimUnit::kRatio);
  if (v == 1) {
    // "Once the talks resume", "once a colony", "once again": not a count.
    if (is_capitalized(w) || i == 0) return std::nullopt;
    const size_t k = i + 1;
    bool ok = is_closing(t, k);
    if (!ok && is_word(t, k)) {
      const std::string_view n = t[k].text;
      if (word_in(n, {"during", "since", "before", "every", "each", "per", "or", "this", "last"})) {
        ok = true;
      } else if (ieq(n, "in")) {
        ok = !(spaced_word(t, k + 1, "a") && spaced_word(t, k + 2, "while"));
      } else if (ieq(n, "a") || ieq(n, "an")) {
        ok = is_word(t, k + 1) && time_unit(t[k + 1].text).factor > 0;
      }
    }
    if (!ok) return std::nullopt;
  }
  return make(i, i + 1, i, i + 1, ClaimKind::kFrequency, v, ClaimUnit::kCount);
}

// Durations named without a digit: "quarter century", "half a century", "over a year",
// "a decade ago", "the past decade".
std::optional<Found> phrase_duration(const Toks& t, size_t i, size_t floor) {
  const std::string_view w = t[i].text;
  const size_t n = t.size();
  auto years = [&](size_t first, size_t last, double v) {
    return make(with_approximator(t, first, floor, false), last, first, last, ClaimKind::kDuration,
                v, ClaimUnit::kYears);
  };
  const bool after_a = i > floor && spaced_word(t, i, w) && is_word(t, i - 1) &&
                       (ieq(t[i - 1].text, "a") || ieq(t[i - 1].text, "an"));
  const size_t lead = after_a ? i - 1 : i;
  if (ieq(w, "quarter") || ieq(w, "half")) {
    const double base = ieq(w, "quarter") ? 0.25 : 0.5;
    size_t k = i + 1;
    if (is_sym(t, k, "-") && glued(t, k) && glued(t, k + 1)) {
      ++k;  // "quarter-century"
    } else if (spaced_word(t, k, "of") && spaced_word(t, k + 1, "a")) {
      k += 2;  // "quarter of a century"
    } else if (spaced_word(t, k, "a")) {
      ++k;  // "half a century"
    } else if (!(k < n && t[k].space_before)) {
      return std::nullopt;
    }
    if (!is_word(t, k)) return std::nullopt;
    if (ieq(t[k].text, "century")) return years(lead, k + 1, base * 100);
    if (ieq(t[k].text, "decade")) return years(lead, k + 1, base * 10);
    return std::nullopt;
  }
  if (ieq(w, "a") || ieq(w, "an")) {
    if (!is_word(t, i + 1) || !t[i + 1].space_before) return std::nullopt;
    const TimeUnit u = time_unit(t[i + 1].text);
    if (u.factor == 0 || t[i + 1].text.back() == 's') return std::nullopt;
    if (glued(t, i + 2) && t[i + 2].text == "-") return std::nullopt;  // "a decade-long"
    size_t last = i + 2;
    double v = u.factor;
    if (spaced_word(t, last, "and") && spaced_word(t, last + 1, "a") &&
        spaced_word(t, last + 2, "half")) {
      v *= 1.5;
      last += 3;
    }
    const size_t first = with_approximator(t, i, floor, false);
    const bool framed = first < i || spaced_word(t, last, "ago") ||
                        (i > 0 && is_word(t, i - 1) && ieq(t[i - 1].text, "for"));
    if (!framed) return std::nullopt;
    if (u.years) return make(first, last, i, last, ClaimKind::kDuration, v, ClaimUnit::kYears);
    return make(first, last, i, last, ClaimKind::kDuration, v, ClaimUnit::kOther);
  }
  // "the last century" names a period of history, "the past decade" a span of ten years.
  if (ieq(w, "decade") && i >= 2 && is_word(t, i - 1) && word_in(t[i - 1].text, {"past", "last"}) &&
      t[i].space_before && !(glued(t, i + 1) && t[i + 1].text == "-"))
    return years(i, i + 1, 10);
  return std::nullopt;
}

// The claim whose number starts at token i, or nullopt.
std::optional<Found> number_claim(const Toks& t, size_t i, size_t floor) {
  const size_t n = t.size();
  const Token& tok = t[i];
  // A currency sign or code before the number.
  Currency cur = Currency::kNone;
  size_t first = i;
  if (i > 0 && !tok.space_before) {
    const Token& p = t[i - 1];
    if (p.kind == TokenKind::kSymbol) {
      if (p.text == "$") {
        cur = Currency::kUsd;
        first = i - 1;
        if (i >= 2 && glued(t, i - 1)) {
          if (!is_word(t, i - 2)) {
            if (t[i - 2].kind == TokenKind::kNumber) return std::nullopt;
          } else if (word_in(t[i - 2].text, {"us", "u.s."})) {
            first = i - 2;
          } else if (word_in(t[i - 2].text, {"a", "c", "nz", "hk", "s", "nt", "r"})) {
            cur = Currency::kOther;
            first = i - 2;
          } else {
            return std::nullopt;
          }
        }
      } else if (word_in(p.text, {"\u00A5", "\u20AC", "\u00A3", "\u20A9", "\u20B9", "\uFFE5"})) {
        cur = Currency::kOther;
        first = i - 1;
      } else if (p.text == "-") {
        // "10-15 percent" keeps its second number; "Covid-19", "MQ-9" are names.
        if (!(i >= 2 && glued(t, i - 1) && t[i - 2].kind == TokenKind::kNumber))
          return std::nullopt;
      } else if (word_in(p.text,
                         {"/", "+", ":", ".", "#", "^", "@", "&", "=", "_", "<", ">", "|"})) {
        return std::nullopt;
      }
    } else {
      return std::nullopt;  // glued to a word ("G7"), a number or a footnote marker
    }
  } else if (i > 0 && is_word(t, i - 1) &&
             word_in(t[i - 1].text, {"usd", "jpy", "eur", "cny", "krw"}) &&
             is_capitalized(t[i - 1].text)) {
    cur = currency_word(t[i - 1].text);
    first = i - 1;
  }
  if (first < floor) return std::nullopt;

  const auto np = parse_number(t, i);
  if (!np) return std::nullopt;
  size_t j = np->end;
  double value = np->value;
  bool scaled = np->scaled;

  // What is glued on the right.
  if (j < n && glued(t, j)) {
    const Token& q = t[j];
    if (q.kind == TokenKind::kWord) {
      const double s = cur != Currency::kNone && !scaled ? scale_abbrev(q.text) : 0;
      if (s == 0) return std::nullopt;  // "5G", "60th", "1990s"
      value *= s;
      scaled = true;
      ++j;
    } else if (q.kind == TokenKind::kFootnote) {
      // A footnote marker after the figure ("$50 billion³", "$50 billion^3") ends it.
    } else if (q.kind == TokenKind::kNumber) {
      return std::nullopt;
    } else if (q.text == "-") {
      if (glued(t, j + 1)) {
        if (t[j + 1].kind == TokenKind::kNumber) return std::nullopt;  // ranges, phones, dates
        if (t[j + 1].kind == TokenKind::kWord && !word_in(t[j + 1].text, {"percent", "fold"}))
          return std::nullopt;  // "Six-Party", "30-year", "twenty-first"
      }
    } else if (word_in(q.text, {"/", ":", "+", "^", "@"})) {
      return std::nullopt;
    } else if (np->digits && (q.text == "." || q.text == ")") &&
               (tok.newline_before || (q.text == ")" && i > 0 && is_sym(t, i - 1, "(")))) {
      return std::nullopt;  // list numbering: "1. ", "2) ", "(3)"
    }
  }

  // A street address: "1776 Massachusetts Avenue NW".
  if (np->digits && cur == Currency::kNone) {
    for (size_t k = j; k < j + 4 && is_word(t, k) && is_capitalized(t[k].text); ++k)
      if (k > j &&
          word_in(t[k].text, {"avenue", "ave",     "street",  "st", "road",  "rd",  "boulevard",
                              "blvd",   "drive",   "lane",    "ln", "place", "way", "plaza",
                              "court",  "parkway", "highway", "nw", "ne",    "sw",  "se"}))
        return std::nullopt;
  }

  // Years and days of dates.
  const bool plain_digits = np->digits && np->end == i + 1 && cur == Currency::kNone;
  if (plain_digits && is_year_token(t, i) && !scaled) return std::nullopt;
  if (plain_digits && value >= 1 && value <= 31 && tok.text.size() <= 2) {
    if (is_word(t, i - 1) && is_month(t[i - 1].text)) return std::nullopt;
    if (i >= 2 && is_sym(t, i - 1, ".") && is_word(t, i - 2) && is_month(t[i - 2].text))
      return std::nullopt;
    if (is_word(t, j) && is_month(t[j].text)) return std::nullopt;
  }

  // The unit.
  ClaimKind kind = ClaimKind::kCount;
  ClaimUnit unit = ClaimUnit::kCount;
  size_t last = j;
  size_t head = std::string_view::npos;
  auto is_w = [&](size_t k, std::string_view w) {
    return is_word(t, k) && (t[k].space_before || is_sym(t, k - 1, "-")) && ieq(t[k].text, w);
  };
  if (cur != Currency::kNone) {
    if (!scaled && is_word(t, j) && t[j].space_before &&
        word_in(t[j].text, {"bn", "mn", "tn", "trn"})) {
      value *= scale_abbrev(t[j].text);
      ++j;
    }
    kind = ClaimKind::kMoney;
    unit = cur == Currency::kUsd ? ClaimUnit::kUsd : ClaimUnit::kOther;
    last = j;
  } else if (is_sym(t, j, "%")) {
    kind = ClaimKind::kPercent;
    unit = ClaimUnit::kPercent;
    last = j + 1;
  } else if (is_sym(t, j, "-") && is_w(j + 1, "percent")) {
    kind = ClaimKind::kPercent;
    unit = ClaimUnit::kPercent;
    last = j + 2;
  } else if (is_w(j, "percent") || is_w(j, "pct")) {
    kind = ClaimKind::kPercent;
    unit = ClaimUnit::kPercent;
    last = j + 1;
  } else if ((is_w(j, "per") && is_w(j + 1, "cent")) ||
             (is_w(j, "percentage") && (is_w(j + 1, "points") || is_w(j + 1, "point")))) {
    kind = ClaimKind::kPercent;
    unit = ClaimUnit::kPercent;
    last = j + 2;
  } else if (is_word(t, j) && t[j].space_before && currency_word(t[j].text) != Currency::kNone) {
    kind = ClaimKind::kMoney;
    unit = currency_word(t[j].text) == Currency::kUsd ? ClaimUnit::kUsd : ClaimUnit::kOther;
    last = j + 1;
  } else if (is_word(t, j) && t[j].space_before && is_word(t, j + 1) &&
             word_in(t[j].text, {"u.s.", "us", "american"}) &&
             currency_word(t[j + 1].text) == Currency::kUsd) {
    kind = ClaimKind::kMoney;
    unit = ClaimUnit::kUsd;
    last = j + 2;
  } else if (np->vague) {
    // "millions of dollars", "thousands of troops".
    if (!spaced_word(t, j, "of")) return std::nullopt;
    if (is_word(t, j + 1) && currency_word(t[j + 1].text) != Currency::kNone) {
      kind = ClaimKind::kMoney;
      unit = currency_word(t[j + 1].text) == Currency::kUsd ? ClaimUnit::kUsd : ClaimUnit::kOther;
      last = j + 2;
    } else {
      head = count_head(t, j + 1, false);
      if (head == std::string_view::npos) return std::nullopt;
      last = head + 1;
      if (time_unit(t[head].text).years) {  // "hundreds of years"
        kind = ClaimKind::kDuration;
        unit = ClaimUnit::kYears;
        value *= time_unit(t[head].text).factor;
        head = std::string_view::npos;
      }
    }
  } else if (is_w(j, "times")) {
    if (is_ratio_follower(t, j + 1)) {
      kind = ClaimKind::kRatio;
      unit = ClaimUnit::kRatio;
    } else {
      kind = ClaimKind::kFrequency;
    }
    last = j + 1;
  } else if (is_w(j, "fold") || (is_sym(t, j, "-") && is_w(j + 1, "fold"))) {
    kind = ClaimKind::kRatio;
    unit = ClaimUnit::kRatio;
    last = is_sym(t, j, "-") ? j + 2 : j + 1;
  } else {
    size_t k = j;
    while (k < j + 2 && is_word(t, k) && t[k].space_before && is_duration_adjective(t[k].text)) ++k;
    const TimeUnit u = is_word(t, k) && t[k].space_before ? time_unit(t[k].text) : TimeUnit{};
    if (u.factor > 0) {
      kind = ClaimKind::kDuration;
      unit = u.years ? ClaimUnit::kYears : ClaimUnit::kOther;
      value *= u.factor;
      last = k + 1;
    } else if (is_word(t, j) && t[j].space_before && is_measure_word(t[j].text)) {
      kind = ClaimKind::kMeasure;
      unit = ClaimUnit::kOther;
      last = j + 1;
      if (ieq(t[j].text, "square") && is_word(t, j + 1)) last = j + 2;
    } else {
      head = count_head(t, j, np->digits);
      if (head != std::string_view::npos) {
        last = head + 1;
      } else if (!scaled) {
        return std::nullopt;  // a bare number: page, list, phone, ZIP, "one of"
      }
    }
  }

  // Exclusions that depend on the kind of figure.
  const bool strong = kind == ClaimKind::kMoney || kind == ClaimKind::kPercent;
  if (!strong && i > 0) {
    const Token& p = t[i - 1];
    if (p.kind == TokenKind::kWord && word_in(p.text, kLabelWords)) return std::nullopt;
    if (is_sym(t, i - 1, ".") && is_word(t, i - 2) && word_in(t[i - 2].text, kLabelWords))
      return std::nullopt;  // "No. 1", "p. 12"
    if (is_sym(t, i - 1, "#")) return std::nullopt;
    // A capitalized word before a count makes it part of a name ("Article 5 states").
    if (kind == ClaimKind::kCount && p.kind == TokenKind::kWord && is_capitalized(p.text) &&
        !is_possessive(p.text) && !word_in(p.text, kHeadStop) &&
        !word_in(p.text, kAnaphoricDeterminers) && with_approximator(t, i, 0, np->digits) == i &&
        !word_in(p.text,
                 {"after", "during", "within",   "nearly",  "almost", "about",         "over",
                  "some",  "just",   "only",     "roughly", "around", "approximately", "for",
                  "since", "until",  "spanning", "across",  "past",   "last"}))
      return std::nullopt;
  }
  if (kind == ClaimKind::kCount) {
    if (!np->digits && !scaled && !np->vague) {
      if (value <= 1) return std::nullopt;  // "one of", "one potential measure"
      if (is_word(t, i - 1) &&
          (word_in(t[i - 1].text, kAnaphoricDeterminers) || is_possessive(t[i - 1].text)))
        return std::nullopt;  // "the two allies", "the bloc's four members"
      // Small spelled-out counts of parties are anaphoric even without a determiner
      // ("two allies", "three nations" once the text has named them).
      if (value <= 4 && head != std::string_view::npos && word_in(t[head].text, kPartyNouns))
        return std::nullopt;
    }
    if (head != std::string_view::npos && word_in(t[head].text, kStructuralNouns))
      return std::nullopt;
    // Names: "Five Eyes partners", "Two Koreas", "the Big Three automakers".
    if (!np->digits && is_word(t, j) && is_capitalized(t[j].text) && t[j].text.back() == 's' &&
        !is_possessive(t[j].text))
      return std::nullopt;
    if (!np->digits && is_capitalized(tok.text) && is_word(t, i - 1)) return std::nullopt;
  }
  if (kind == ClaimKind::kDuration || kind == ClaimKind::kCount) {
    // Future horizons: "for the next 50 years", "the following three steps".
    if (is_word(t, i - 1) &&
        word_in(t[i - 1].text, {"next", "coming", "upcoming", "following", "another", "within"}))
      return std::nullopt;
  }
  // A plan's time frame: "should double it over five years", "will take ten years", "in two
  // decades the map will differ" (the cue may sit in the next clause after "in").
  if (kind == ClaimKind::kDuration && first > 0 && is_word(t, first - 1)) {
    const std::string_view p = t[first - 1].text;
    if (word_in(p, {"over", "for", "take", "takes"}) && clause_is_irrealis(t, first, last))
      return std::nullopt;
    // Anywhere in the sentence around it (a bounded window, so a long unit stays linear).
    if (ieq(p, "in")) {
      const size_t b = first > 40 ? first - 40 : 0, e = std::min(t.size(), last + 40);
      for (size_t k = b; k < e; ++k)
        if ((k < first || k >= last) && is_word(t, k) && t[k].text != "May" &&
            word_in(t[k].text, {"would",    "could",   "might", "will",    "shall",    "should",
                                "must",     "may",     "if",    "unless",  "expected", "projected",
                                "forecast", "planned", "plans", "aims",    "aim",      "target",
                                "targets",  "goal",    "hope",  "envisage"}))
          return std::nullopt;
    }
  }

  first = with_approximator(t, first, floor, np->digits);
  return make(first, last, i, np->end, kind, value, unit);
}

// Fractions and multiples written as words. A fraction of a whole is a share, in percent: "a
// third of", "two-thirds of", "one quarter of", "half of" (33.3, 66.7, 25, 50). A multiple is a
// ratio: "double the", "triple that", "half that of", "half as large", and the past-tense verbs
// that state one as a fact ("nearly doubled", "tripled", "halved"); "to double" and "will
// double" are plans, not facts.
std::optional<Found> fraction_claim(const Toks& t, size_t i, size_t floor) {
  const std::string_view w = t[i].text;
  const bool after_modal =
      i > 0 && is_word(t, i - 1) &&
      word_in(t[i - 1].text, {"to", "will", "would", "could", "should", "must", "can", "may",
                              "might", "shall", "a", "an", "the", "and", "or"});
  auto ratio = [&](double v) {
    return make(with_approximator(t, i, floor, false), i + 1, i, i + 1, ClaimKind::kRatio, v,
                ClaimUnit::kRatio);
  };
  // Multiples.
  const double mult = ieq(w, "double") ? 2 : ieq(w, "triple") ? 3 : ieq(w, "quadruple") ? 4 : 0;
  if (mult > 0) {
    if (after_modal || glued(t, i + 1) || !is_ratio_follower(t, i + 1)) return std::nullopt;
    return ratio(mult);
  }
  const double verb = ieq(w, "doubled")      ? 2
                      : ieq(w, "tripled")    ? 3
                      : ieq(w, "quadrupled") ? 4
                      : ieq(w, "halved")     ? 0.5
                                             : 0;
  if (verb > 0) {
    if (i == 0 || glued(t, i + 1) || (is_word(t, i - 1) && word_in(t[i - 1].text, {"be", "being"})))
      return std::nullopt;
    return ratio(verb);
  }
  // "half that of", "half as large", "half of".
  if (ieq(w, "half")) {
    if (i > 0 && is_word(t, i - 1) &&
        word_in(t[i - 1].text, {"first", "second", "latter", "last", "other", "the", "a", "an",
                                "and", "its", "their", "his", "her", "our", "one"}))
      return std::nullopt;
    if (spaced_word(t, i + 1, "that") || spaced_word(t, i + 1, "as")) return ratio(0.5);
    if (spaced_word(t, i + 1, "of") || (i > 0 && is_word(t, i - 1) && ieq(t[i - 1].text, "by")))
      return make(with_approximator(t, i, floor, false), i + 1, i, i + 1, ClaimKind::kPercent, 50,
                  ClaimUnit::kPercent);
    return std::nullopt;
  }
  // "a third of", "one-quarter of", "two-thirds of", "three fifths of".
  const int numerator = ieq(w, "a") || ieq(w, "an") ? 1 : number_word_value(w);
  if (numerator < 1 || numerator > 9) return std::nullopt;
  size_t k = i + 1;
  if (is_sym(t, k, "-") && glued(t, k) && glued(t, k + 1)) {
    ++k;
  } else if (!(k < t.size() && t[k].space_before)) {
    return std::nullopt;
  }
  if (!is_word(t, k)) return std::nullopt;
  static const std::pair<std::string_view, double> kParts[] = {
      {"half", 2},     {"halves", 2}, {"third", 3},   {"thirds", 3}, {"quarter", 4},
      {"quarters", 4}, {"fourth", 4}, {"fourths", 4}, {"fifth", 5},  {"fifths", 5},
      {"sixth", 6},    {"sixths", 6}, {"tenth", 10},  {"tenths", 10}};
  double denominator = 0;
  for (const auto& [name, d] : kParts)
    if (ieq(t[k].text, name)) denominator = d;
  if (denominator == 0 || (numerator > 1) != (t[k].text.back() == 's')) return std::nullopt;
  // "a third of the budget"; "fell by a quarter" (a change by a share).
  const bool by = i > 0 && is_word(t, i - 1) && ieq(t[i - 1].text, "by");
  if (!spaced_word(t, k + 1, "of") && !by) return std::nullopt;
  // "a quarter of a century" is a duration (phrase_duration), not a share.
  if (spaced_word(t, k + 2, "a") && is_word(t, k + 3) && time_unit(t[k + 3].text).factor > 0)
    return std::nullopt;
  if (i > 0 && is_word(t, i - 1) && word_in(t[i - 1].text, {"the", "every", "each"}))
    return std::nullopt;
  return make(with_approximator(t, i, floor, false), k + 1, i, k + 1, ClaimKind::kPercent,
              100.0 * numerator / denominator, ClaimUnit::kPercent);
}

// "threefold", "tenfold": a multiple.
std::optional<Found> fold_ratio(const Toks& t, size_t i, size_t floor) {
  const std::string_view w = t[i].text;
  if (w.size() < 7 || !ieq(w.substr(w.size() - 4), "fold")) return std::nullopt;
  const int v = number_word_value(w.substr(0, w.size() - 4));
  if (v < 2) return std::nullopt;
  return make(with_approximator(t, i, floor, false), i + 1, i, i + 1, ClaimKind::kRatio, v,
              ClaimUnit::kRatio);
}

// True when a claim may start at word w: a number word, a magnitude, an article, "once",
// "quarter", "decade", "threefold" and the like. A fast filter run on every word: only the words
// sharing w's first letter are compared.
bool may_start_claim(std::string_view w) {
  if (w.size() > 13 || w.empty()) return false;
  char buf[16];
  for (size_t k = 0; k < w.size(); ++k) buf[k] = core::to_lower(w[k]);
  const std::string_view lw(buf, w.size());
  if (lw.size() >= 7 && lw.ends_with("fold")) return true;
  auto any = [&](std::initializer_list<std::string_view> words) {
    for (auto s : words)
      if (s == lw) return true;
    return false;
  };
  switch (lw[0]) {
    case 'a':
      return lw.size() <= 2 && any({"a", "an"});
    case 'b':
      return lw == "billions";
    case 'c':
      return lw == "century";
    case 'd':
      return any({"decade", "dozens", "double", "doubled"});
    case 'e':
      return any({"eight", "eighteen", "eighty", "eleven"});
    case 'f':
      return any({"fifteen", "fifty", "five", "forty", "four", "fourteen"});
    case 'h':
      return any({"half", "halved", "hundreds"});
    case 'm':
      return lw == "millions";
    case 'n':
      return any({"nine", "nineteen", "ninety"});
    case 'o':
      return any({"once", "one"});
    case 'q':
      return any({"quarter", "quadruple", "quadrupled"});
    case 's':
      return any({"seven", "seventeen", "seventy", "six", "sixteen", "sixty"});
    case 't':
      return any({"ten", "tens", "thirteen", "thirty", "thousands", "three", "thrice", "trillions",
                  "twelve", "twenty", "twice", "two", "triple", "tripled"});
    case 'z':
      return lw == "zero";
    default:
      return false;
  }
}

// The claim starting at token i (possibly with an approximator before it), or nullopt.
std::optional<Found> claim_at(const Toks& t, size_t i, size_t floor) {
  const Token& tok = t[i];
  if (tok.kind == TokenKind::kNumber) return number_claim(t, i, floor);
  if (tok.kind != TokenKind::kWord || !may_start_claim(tok.text)) return std::nullopt;
  if (auto f = frequency_claim(t, i, floor)) return f;
  if (auto f = fold_ratio(t, i, floor)) return f;
  if (auto f = phrase_duration(t, i, floor)) return f;
  if (auto f = fraction_claim(t, i, floor)) return f;
  return number_claim(t, i, floor);
}

// A year stated on a line that is a date ("DECEMBER 2020", "June 2024", "April 27, 2015",
// "2015-04-28"), or 0.
int dateline_year(const Toks& t, bool need_month) {
  for (size_t k = 0; k < t.size(); ++k) {
    if (!is_year_token(t, k) && !(t[k].kind == TokenKind::kNumber && t[k].text.size() == 4))
      continue;
    const int y = std::atoi(std::string(t[k].text).c_str());
    if (y < 1800 || y > 2100) continue;
    // Month [day ,] year.
    size_t m = k;
    if (m >= 2 && is_sym(t, m - 1, ",") && t[m - 2].kind == TokenKind::kNumber) m -= 2;
    if (m >= 1 && is_word(t, m - 1) && is_month(t[m - 1].text)) return y;
    if (m >= 2 && is_sym(t, m - 1, ".") && is_word(t, m - 2) && is_month(t[m - 2].text)) return y;
    // ISO: 2015-04-28.
    if (!need_month && k + 4 < t.size() && is_sym(t, k + 1, "-") && glued(t, k + 1) &&
        t[k + 2].kind == TokenKind::kNumber && t[k + 2].text.size() == 2 && glued(t, k + 2))
      return y;
  }
  return 0;
}

// The lines of text[begin, end) in order, as [start, end) pairs, calling f until it returns true.
template <typename F>
void for_each_line(std::string_view text, size_t limit, F f) {
  size_t pos = 0;
  const size_t stop = std::min(limit, text.size());
  while (pos < stop) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (f(pos, nl)) return;
    pos = nl + 1;
  }
}

}  // namespace

std::vector<ClaimHit> find_claims(std::string_view text, const std::vector<text::Unit>& units,
                                  std::optional<int> document_year) {
  std::vector<ClaimHit> out;
  for (const auto& u : units) {
    if (u.start >= u.end || u.end > text.size()) continue;
    const Toks t = lex(text, u.start, u.end);
    const std::vector<size_t> years = year_positions(t);
    size_t floor = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if (i < floor) continue;
      const auto f = claim_at(t, i, floor);
      if (!f) continue;
      ClaimHit h;
      h.start = t[f->tok.first].start;
      h.end = t[f->tok.last - 1].end;
      h.sentence_start = u.start;
      h.sentence_end = u.end;
      h.quantity = f->quantity;
      h.unit = f->unit;
      h.year = claim_year(t, f->tok, document_year, years);
      h.subject = claim_subject(t, f->tok);
      out.push_back(std::move(h));
      floor = f->tok.last;
      i = floor - 1;
    }
  }
  return out;
}

std::optional<int> document_year(std::string_view text) {
  int year = 0;
  // Front matter: "date: '2021-09-15'".
  if (text.substr(0, 3) == "---") {
    for_each_line(text, 4000, [&](size_t b, size_t e) {
      const std::string_view line = text.substr(b, e - b);
      if (b > 0 && line.substr(0, 3) == "---") {
        return true;
      }
      for (std::string_view key : {"date:", "published:", "published_time:", "pubdate:"}) {
        if (line.size() >= key.size() && ieq(line.substr(0, key.size()), key)) {
          const Toks t = lex(text, b, e);
          for (size_t k = 0; k < t.size(); ++k)
            if (t[k].kind == TokenKind::kNumber && t[k].text.size() == 4) {
              const int y = std::atoi(std::string(t[k].text).c_str());
              if (y >= 1800 && y <= 2100) {
                year = y;
                return true;
              }
            }
        }
      }
      return false;
    });
    if (year) return year;
  }
  // A dateline or "Date:" line near the start.
  for_each_line(text, 3000, [&](size_t b, size_t e) {
    if (e - b > 60) return false;
    const Toks t = lex(text, b, e);
    if (t.size() > 10) return false;
    year = dateline_year(t, false);
    return year != 0;
  });
  if (year) return year;
  // A copyright notice: "© 2020 by …".
  for_each_line(text, 8000, [&](size_t b, size_t e) {
    const std::string_view line = text.substr(b, e - b);
    size_t at = line.find("\u00A9");
    if (at == std::string_view::npos) at = line.find("Copyright");
    if (at == std::string_view::npos) return false;
    const Toks t = lex(text, b + at, e);
    for (size_t k = 0; k < t.size() && k < 6; ++k)
      if (is_year_token(t, k)) {
        year = std::atoi(std::string(t[k].text).c_str());
        return true;
      }
    return false;
  });
  if (year) return year;
  // A month and year in the opening lines ("IN JANUARY 2020, …").
  const Toks t = lex(text, 0, std::min<size_t>(text.size(), 600));
  year = dateline_year(t, true);
  if (year) return year;
  return std::nullopt;
}

}  // namespace lattice::extract
