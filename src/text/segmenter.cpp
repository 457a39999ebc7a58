// Sentence segmentation in two passes: lines are grouped into blocks (paragraphs, bullets, list
// items, headings; a page break inside a sentence is bridged), then each block is split into
// sentences at terminal punctuation, minding the abbreviations of the field.
#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/utf8.h"

namespace lattice::text {
namespace {

constexpr size_t kMaxUnitBytes = 8000;  // longer runs without a sentence end are cut at a space
constexpr size_t kSoftLineBytes = 50;   // a line at least this long wraps into the next one

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}

bool starts_with_at(std::string_view t, size_t i, std::string_view s) {
  // The first byte decides most calls without a library comparison.
  return t.size() >= i + s.size() && !s.empty() && t[i] == s[0] && t.compare(i, s.size(), s) == 0;
}

// Multi-byte glyphs the segmenter knows, as UTF-8.
constexpr std::string_view kLeftDoubleQuote = "\u201C", kRightDoubleQuote = "\u201D";
constexpr std::string_view kLeftSingleQuote = "\u2018", kRightSingleQuote = "\u2019";
constexpr std::string_view kEllipsis = "\u2026";
constexpr std::array<std::string_view, 12> kBulletGlyphs = {"\u2022", "\u25E6", "\u25AA", "\u25CF",
                                                            "\u00B7", "\u25CB", "\u25A0", "\u25BA",
                                                            "\u2013", "\u2014", "\u2023", "\u2043"};
constexpr std::array<std::string_view, 10> kSuperscriptDigits = {
    "\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
    "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};

// Length of the superscript digit at i, or 0.
size_t superscript_at(std::string_view t, size_t i) {
  for (auto s : kSuperscriptDigits)
    if (starts_with_at(t, i, s)) return s.size();
  return 0;
}

// Length of a bullet marker (glyph or ASCII "-", "*", "+") followed by a space at i, or 0.
size_t bullet_at(std::string_view t, size_t i) {
  size_t n = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '*' || t[i] == '+')) {
    n = 1;
  } else {
    for (auto g : kBulletGlyphs)
      if (starts_with_at(t, i, g)) n = g.size();
  }
  if (n == 0 || i + n >= t.size() || (t[i + n] != ' ' && t[i + n] != '\t')) return 0;
  return n;
}

// Length of a list number ("1. ", "12) ", "(3) ", "(a) ", "IV. ") at i, including the space after
// it, or 0. Years ("2020. ") are not list numbers.
size_t list_number_at(std::string_view t, size_t i) {
  size_t j = i;
  bool paren = false;
  if (j < t.size() && t[j] == '(') {
    paren = true;
    ++j;
  }
  const size_t first = j;
  while (j < t.size() && is_digit(t[j]) && j - first < 3) ++j;
  if (j == first) {
    // A roman numeral (upper case, up to four letters) or, in parentheses, one lower-case letter.
    while (j < t.size() && j - first < 4 &&
           (t[j] == 'I' || t[j] == 'V' || t[j] == 'X' || (paren && is_lower(t[j]) && j == first)))
      ++j;
    if (j == first) return 0;
  } else if (j - first > 2) {
    return 0;
  }
  if (j >= t.size()) return 0;
  if (paren) {
    if (t[j] != ')') return 0;
  } else if (t[j] != '.' && t[j] != ')') {
    return 0;
  }
  ++j;
  if (j >= t.size() || (t[j] != ' ' && t[j] != '\t')) return 0;
  while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
  return j - i;
}

// Length of markdown emphasis markers ("**", "*", "__", "_") at i, or 0.
size_t emphasis_at(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && (t[j] == '*' || t[j] == '_') && j - i < 3) ++j;
  return j - i;
}

bool opening_quote_at(std::string_view t, size_t i, size_t* len) {
  if (i < t.size() && (t[i] == '"' || t[i] == '\'')) {
    *len = 1;
    return true;
  }
  for (auto q : {kLeftDoubleQuote, kLeftSingleQuote})
    if (starts_with_at(t, i, q)) {
      *len = q.size();
      return true;
    }
  return false;
}

// Length of a closing mark that may follow terminal punctuation (quote, bracket, emphasis,
// superscript footnote digit), or 0.
size_t closer_at(std::string_view t, size_t i) {
  if (i >= t.size()) return 0;
  const char c = t[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') return 1;
  for (auto q : {kRightDoubleQuote, kRightSingleQuote})
    if (starts_with_at(t, i, q)) return q.size();
  if (size_t n = superscript_at(t, i)) return n;
  if (c == '[' || c == '^') {  // footnote markers "[12]" and "^12"
    size_t j = i + 1;
    while (j < t.size() && is_digit(t[j]) && j - i < 5) ++j;
    if (j > i + 1) {
      if (c == '[') return (j < t.size() && t[j] == ']') ? j + 1 - i : 0;
      return j - i;
    }
  }
  return 0;
}

// Words after which a period does not end a sentence whatever follows (titles, Latin).
bool is_title_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 34> kTitles = {
      "Mr",   "Mrs", "Ms",  "Dr",   "Prof", "Gen",    "Lt",    "Col",  "Maj",
      "Capt", "Sgt", "Adm", "Cmdr", "Amb",  "Gov",    "Sen",   "Rep",  "Pres",
      "Hon",  "Rev", "St",  "Mt",   "Ft",   "Gens",   "Reps",  "Sens", "Messrs",
      "e.g",  "i.e", "cf",  "viz",  "vs",   "approx", "Lt.Gen"};
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

// Abbreviations that do not end a sentence when a number follows ("No. 5", "Jan. 20").
bool is_numeric_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 25> kBeforeNumbers = {
      "No",  "Nos", "Art", "Arts", "Vol", "Fig", "p",   "pp",   "para", "Sec", "ch",  "Ch", "Jan",
      "Feb", "Mar", "Apr", "Jun",  "Jul", "Aug", "Sep", "Sept", "Oct",  "Nov", "Dec", "no"};
  return std::find(kBeforeNumbers.begin(), kBeforeNumbers.end(), w) != kBeforeNumbers.end();
}

// Other abbreviations that end a sentence only when a typical sentence opener follows.
bool is_other_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kOthers = {
      "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "Dept", "Univ", "Assn", "Govt", "est"};
  return std::find(kOthers.begin(), kOthers.end(), w) != kOthers.end() ||
         is_numeric_abbreviation(w);
}

// Dotted acronyms: "U.S", "D.C", "U.N", "U.S.A" (the final period excluded).
bool is_dotted_acronym(std::string_view w) {
  if (w.size() < 3) return false;
  bool letter_expected = true;
  for (char c : w) {
    if (letter_expected) {
      if (!is_alpha(c)) return false;
    } else if (c != '.') {
      return false;
    }
    letter_expected = !letter_expected;
  }
  return !letter_expected;
}

// Words that typically open a sentence: after "U.S." or "Inc." they signal a sentence end.
bool is_sentence_opener(std::string_view w) {
  static constexpr std::array<std::string_view, 64> kOpeners = {
      "The",     "This",    "That",  "These",   "Those",    "It",        "Its",     "In",
      "On",      "At",      "For",   "But",     "And",      "Or",        "As",      "If",
      "When",    "While",   "We",    "They",    "He",       "She",       "I",       "A",
      "An",      "There",   "Such",  "However", "Moreover", "Yet",       "So",      "To",
      "With",    "By",      "From",  "After",   "Before",   "Although",  "Both",    "Each",
      "Many",    "Most",    "Some",  "Our",     "Their",    "His",       "Her",     "Since",
      "Because", "Despite", "Still", "Instead", "Indeed",   "Meanwhile", "Further", "Finally",
      "Also",    "Nor",     "What",  "How",     "Why",      "Thus",      "Today",   "Now"};
  return std::find(kOpeners.begin(), kOpeners.end(), w) != kOpeners.end();
}

// True when position i (after white space) starts something that can open a sentence.
bool sentence_can_start_at(std::string_view t, size_t i) {
  if (i >= t.size()) return true;
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (is_lower(t[i])) return false;
  if (is_upper(t[i]) || is_digit(t[i])) return true;
  size_t n = 0;
  if (opening_quote_at(t, i, &n)) return true;
  if (t[i] == '(' || t[i] == '[' || t[i] == '*' || t[i] == '_' || t[i] == '#' || t[i] == '$' ||
      t[i] == '\\')
    return true;
  if (bullet_at(t, i)) return true;
  if (starts_with_at(t, i, kEllipsis) || t[i] == '.' || t[i] == ',' || t[i] == ';' || t[i] == ':' ||
      t[i] == '-' || t[i] == ')')
    return false;
  return c >= 0xC0;  // a non-ASCII letter or symbol: assume it can
}

// The word ending just before position dot (back to white space, a bracket or a quote).
std::string_view word_before(std::string_view t, size_t begin, size_t dot) {
  size_t s = dot;
  while (s > begin) {
    const char c = t[s - 1];
    if (is_space(c) || c == '(' || c == '"' || c == '[' || c == '/' ||
        static_cast<unsigned char>(c) >= 0x80 || c == '*' || c == '-')
      break;
    --s;
  }
  return t.substr(s, dot - s);
}

std::string_view word_at(std::string_view t, size_t i) {
  size_t e = i;
  while (e < t.size() && is_alpha(t[e])) ++e;
  return t.substr(i, e - i);
}

// Whether the period at dot (followed by white space, then next) ends a sentence.
bool period_ends_sentence(std::string_view t, size_t begin, size_t dot, size_t next) {
  const std::string_view w = word_before(t, begin, dot);
  if (w.empty()) return true;
  if (w == "etc" || w == "al")
    return next < t.size() && is_upper(t[next]) && is_sentence_opener(word_at(t, next));
  if (is_title_abbreviation(w)) return false;
  if (w.size() == 1 && is_upper(w[0])) return false;  // an initial: "Richard L. Armitage"
  const bool number_follows = next < t.size() && is_digit(t[next]);
  if (is_numeric_abbreviation(w) && number_follows) return false;
  if (is_dotted_acronym(w) || is_other_abbreviation(w))
    return next >= t.size() || !is_upper(t[next]) || is_sentence_opener(word_at(t, next)) ||
           word_at(t, next).empty();
  return true;
}

struct Block {
  size_t start = 0, end = 0;
  UnitKind kind = UnitKind::kSentence;
  bool heading_marked = false;  // a "#" heading: never split into sentences
};

// Where the content of a line starts: after indentation.
size_t skip_blanks(std::string_view t, size_t i, size_t end) {
  while (i < end && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i;
}

// Last byte that is not white space or emphasis in [start, end), or npos.
size_t last_content(std::string_view t, size_t start, size_t end) {
  size_t e = end;
  while (e > start && (is_space(t[e - 1]) || t[e - 1] == '*' || t[e - 1] == '_')) --e;
  return e == start ? std::string_view::npos : e - 1;
}

bool ends_with_terminal(std::string_view t, size_t start, size_t end) {
  size_t e = last_content(t, start, end);
  if (e == std::string_view::npos) return false;
  // Step back over closing quotes and footnote digits.
  for (int guard = 0; guard < 8 && e > start; ++guard) {
    const unsigned char c = static_cast<unsigned char>(t[e]);
    if (c == '"' || c == '\'' || c == ')' || is_digit(t[e])) {
      --e;
      continue;
    }
    if (c >= 0x80) {  // a multi-byte closer: step to its lead byte
      size_t lead = e;
      while (lead > start && core::is_utf8_continuation(static_cast<unsigned char>(t[lead])))
        --lead;
      const std::string_view g = t.substr(lead, e + 1 - lead);
      if (g == kRightDoubleQuote || g == kRightSingleQuote || superscript_at(g, 0)) {
        if (lead == start) return false;
        e = lead - 1;
        continue;
      }
      return g == kEllipsis;
    }
    break;
  }
  const char c = t[e];
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ';';
}

// First letter of a line after emphasis and quotes, to tell a continuation (lower case).
bool line_continues_sentence(std::string_view t, size_t i, size_t end) {
  while (i < end && (t[i] == '*' || t[i] == '_' || t[i] == ' ')) ++i;
  return i < end && is_lower(t[i]);
}

// A line of a table of contents ("Introduction<TAB>1", "Chapter ....... 12").
bool is_contents_line(std::string_view line) {
  size_t e = line.size();
  while (e > 0 && is_space(line[e - 1])) --e;
  size_t d = e;
  while (d > 0 && is_digit(line[d - 1])) --d;
  if (d == e || d == 0) return false;
  return line[d - 1] == '\t' || (d >= 3 && line.substr(d - 3, 3) == "...");
}

// Length of YAML front matter ("---\n...\n---\n") at the start of text, or 0.
size_t front_matter_length(std::string_view t) {
  if (!starts_with_at(t, 0, "---\n") && !starts_with_at(t, 0, "---\r\n")) return 0;
  size_t i = t.find('\n') + 1;
  while (i < t.size()) {
    size_t nl = t.find('\n', i);
    const size_t line_end = nl == std::string_view::npos ? t.size() : nl;
    std::string_view line = t.substr(i, line_end - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---" || line == "...") return nl == std::string_view::npos ? t.size() : nl + 1;
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return 0;  // unterminated: not front matter
}

// Whether [s, e) holds a letter or digit (ASCII, or a non-ASCII character outside the
// punctuation and space block U+0080..U+00BF and U+2000..U+2BFF).
bool has_word_character(std::string_view t, size_t s, size_t e) {
  for (size_t k = s; k < e; ++k) {
    const unsigned char c = static_cast<unsigned char>(t[k]);
    if (is_alpha(t[k]) || is_digit(t[k])) return true;
    if (c >= 0xC3 && c != 0xE2) return true;
  }
  return false;
}

std::vector<Block> group_lines(std::string_view t) {
  std::vector<Block> blocks;
  bool open = false;            // blocks.back() may still grow
  bool blank_before = false;    // a blank line since the last line of the open block
  size_t prev_line_length = 0;  // content bytes of the previous line
  bool prev_hard_end = false;   // previous line ended with a markdown hard break
  size_t i = front_matter_length(t);
  while (i < t.size()) {
    size_t nl = t.find('\n', i);
    const size_t line_end = nl == std::string_view::npos ? t.size() : nl;
    const size_t next = nl == std::string_view::npos ? t.size() : nl + 1;
    const size_t c = skip_blanks(t, i, line_end);
    size_t content_end = line_end;
    while (content_end > c && is_space(t[content_end - 1])) --content_end;
    const bool blank = !has_word_character(t, c, content_end);  // spaces, "**", "---", NBSP
    if (blank) {
      if (open) blank_before = true;
      i = next;
      continue;
    }
    const std::string_view line = t.substr(c, content_end - c);
    const bool hard_end = (line_end - c >= 2 && t[line_end - 1] == ' ' && t[line_end - 2] == ' ') ||
                          (line_end > c && t[line_end - 1] == '\\') ||
                          (line_end > c + 1 && t[line_end - 1] == '\r' && t[line_end - 2] == ' ');

    Block b{c, content_end, UnitKind::kSentence, false};
    bool starts_new = true;
    if (t[c] == '#') {
      size_t h = c;
      while (h < content_end && t[h] == '#') ++h;
      if (h < content_end && t[h] == ' ') {
        b.start = skip_blanks(t, h, content_end);
        b.kind = UnitKind::kHeading;
        b.heading_marked = true;
      }
    } else if (size_t n = bullet_at(t, c);
               n && !(t[c] == '*' && c + 1 < content_end && t[c + 1] == '*')) {
      b.start = skip_blanks(t, c + n, content_end);
      b.kind = UnitKind::kBullet;
    } else if (size_t n = list_number_at(t, c)) {
      b.start = c + n;
      b.kind = UnitKind::kBullet;
    } else if (is_contents_line(line)) {
      b.kind = UnitKind::kHeading;
      b.heading_marked = true;
    } else if (open && !blocks.back().heading_marked) {
      const Block& prev = blocks.back();
      if (blank_before) {
        // A page break inside a sentence: the text before it has no sentence end and the text
        // after it goes on in lower case.
        starts_new = ends_with_terminal(t, prev.start, prev.end) ||
                     !line_continues_sentence(t, c, content_end) || prev.end - prev.start < 40;
      } else {
        // A wrapped line goes on; a short line or a hard break ends its block.
        // A line in upper case after a long one goes on only when it looks wrapped itself
        // (long, or ending a sentence); otherwise the long line was a title.
        const bool lower = line_continues_sentence(t, c, content_end);
        const bool wrapped_next =
            content_end - c >= kSoftLineBytes || ends_with_terminal(t, c, content_end);
        starts_new =
            prev_hard_end || (!lower && (prev_line_length < kSoftLineBytes || !wrapped_next));
      }
    }
    if (starts_new) {
      blocks.push_back(b);
    } else {
      blocks.back().end = content_end;
    }
    open = true;
    blank_before = false;
    prev_line_length = content_end - c;
    prev_hard_end = hard_end;
    i = next;
  }
  return blocks;
}

// Trims a unit: white space, emphasis markers and opening quotes at the start; white space,
// emphasis, closing quotes and footnote markers after the last word or terminal punctuation.
void trim_unit(std::string_view t, size_t* start, size_t* end) {
  size_t s = *start, e = *end;
  for (bool changed = true; changed && s < e;) {
    changed = false;
    while (s < e && is_space(t[s])) {
      ++s;
      changed = true;
    }
    if (size_t n = emphasis_at(t, s); n && s + n <= e) {
      s += n;
      changed = true;
    }
    size_t q = 0;
    if (s < e && opening_quote_at(t, s, &q) && t[s] != '\'') {
      s += q;
      changed = true;
    }
  }
  for (bool changed = true; changed && e > s;) {
    changed = false;
    while (e > s && is_space(t[e - 1])) {
      --e;
      changed = true;
    }
    while (e > s && (t[e - 1] == '*' || t[e - 1] == '_' || t[e - 1] == '"')) {
      --e;
      changed = true;
    }
    for (auto g : {kRightDoubleQuote, kRightSingleQuote}) {
      if (e >= s + g.size() && t.substr(e - g.size(), g.size()) == g) {
        // A closing single quote after a letter is an apostrophe ("the allies’"): keep it.
        if (g == kRightSingleQuote && e - g.size() > s && is_alpha(t[e - g.size() - 1])) continue;
        e -= g.size();
        changed = true;
      }
    }
    for (size_t k = 0; k < kSuperscriptDigits.size(); ++k) {
      auto g = kSuperscriptDigits[k];
      if (e >= s + g.size() && t.substr(e - g.size(), g.size()) == g) {
        e -= g.size();
        changed = true;
      }
    }
  }
  *start = s;
  *end = e;
}

void emit(std::string_view t, size_t s, size_t e, UnitKind kind, std::vector<Unit>& out) {
  trim_unit(t, &s, &e);
  if (s >= e) return;
  // A unit made of punctuation, emphasis or digits only (a page number, "***") is no unit.
  bool has_letter = false;
  for (size_t k = s; k < e && !has_letter; ++k) {
    const unsigned char c = static_cast<unsigned char>(t[k]);
    has_letter = is_alpha(t[k]) || (c >= 0xC3 && c != 0xE2);
  }
  if (!has_letter) return;
  out.push_back(Unit{s, e, kind});
}

// Length of a label or dateline that opens a paragraph without belonging to its first sentence:
// an upper-case label and colon ("RELEASE: ", "UPDATE: ") or a place and date before a dash
// ("Washington, D.C. — ", "TOKYO, June 3 – "). 0 when there is none.
size_t lead_label_length(std::string_view t, size_t start, size_t end) {
  const size_t limit = std::min(end, start + 64);
  // An upper-case label ending in a colon.
  size_t i = start;
  while (i < limit && (is_upper(t[i]) || t[i] == ' ' || t[i] == '-')) ++i;
  if (i - start >= 3 && i < limit && t[i] == ':' && i + 1 < end && t[i + 1] == ' ' &&
      is_upper(t[start]) && (i - start < 2 || is_upper(t[i - 1])))
    return i + 2 - start;
  // A dateline: words that start in upper case or with a digit, commas and periods, then a dash.
  i = start;
  bool word_start = true;
  while (i < limit) {
    const char c = t[i];
    if (c == ' ') {
      for (auto dash :
           {std::string_view(" \u2014 "), std::string_view(" \u2013 "), std::string_view(" -- ")})
        if (starts_with_at(t, i, dash) && i > start) {
          size_t e = i + dash.size();
          while (e < end && t[e] == ' ') ++e;
          return e < end && sentence_can_start_at(t, e) ? e - start : 0;
        }
      word_start = true;
    } else if (word_start) {
      if (!is_upper(c) && !is_digit(c)) return 0;
      word_start = false;
    } else if (!is_alpha(c) && !is_digit(c) && c != '.' && c != ',') {
      return 0;
    }
    ++i;
  }
  return 0;
}

// Splits a block into sentences.
void split_block(std::string_view t, const Block& b, std::vector<Unit>& out) {
  if (b.heading_marked) {
    emit(t, b.start, b.end, UnitKind::kHeading, out);
    return;
  }
  size_t unit_start = b.start + lead_label_length(t, b.start, b.end);
  bool first = true;
  const auto kind_now = [&]() { return first ? b.kind : UnitKind::kSentence; };
  const auto cut = [&](size_t end, size_t next_start) {
    emit(t, unit_start, end, kind_now(), out);
    unit_start = next_start;
    first = false;
  };
  size_t i = unit_start;
  while (i < b.end) {
    const char c = t[i];
    size_t terminal_len = 0;
    if (c == '.' || c == '?' || c == '!') {
      terminal_len = 1;
      while (i + terminal_len < b.end && (t[i + terminal_len] == '.' ||
                                          t[i + terminal_len] == '?' || t[i + terminal_len] == '!'))
        ++terminal_len;
    } else if (starts_with_at(t, i, kEllipsis)) {
      terminal_len = kEllipsis.size();
    }
    if (terminal_len == 0) {
      if (i - unit_start > kMaxUnitBytes && is_space(c)) cut(i, i + 1);
      ++i;
      continue;
    }
    size_t j = i + terminal_len;
    while (size_t n = closer_at(t, j)) {
      if (j + n > b.end) break;
      j += n;
    }
    if (j < b.end && !is_space(t[j])) {
      i = j > i + terminal_len ? j : i + terminal_len;
      continue;
    }
    size_t next = j;
    while (next < b.end && is_space(t[next])) ++next;
    bool ends = next >= b.end || sentence_can_start_at(t, next);
    if (ends && c == '.' && terminal_len == 1) ends = period_ends_sentence(t, unit_start, i, next);
    if (ends && terminal_len == 3 && c == '.')  // "..." before a capital: an ellipsis ends it
      ends = next >= b.end || is_upper(t[next]);
    if (ends && next < b.end) {
      cut(i + terminal_len, next);
    } else if (next >= b.end) {
      break;
    }
    i = next > i + terminal_len ? next : i + terminal_len;
  }
  if (unit_start < b.end) {
    UnitKind k = kind_now();
    // A lone line without a sentence end, short enough to be a title, is a heading.
    if (first && k == UnitKind::kSentence && !ends_with_terminal(t, unit_start, b.end) &&
        b.end - unit_start < 200 &&
        t.substr(unit_start, b.end - unit_start).find('\n') == std::string_view::npos)
      k = UnitKind::kHeading;
    emit(t, unit_start, b.end, k, out);
  }
}

}  // namespace

std::vector<Unit> segment(std::string_view text) {
  std::vector<Unit> units;
  for (const Block& b : group_lines(text)) split_block(text, b, units);
  return units;
}

const char* unit_kind_name(UnitKind k) {
  switch (k) {
    case UnitKind::kSentence:
      return "sentence";
    case UnitKind::kBullet:
      return "bullet";
    case UnitKind::kHeading:
      return "heading";
  }
  return "sentence";
}

}  // namespace lattice::text
