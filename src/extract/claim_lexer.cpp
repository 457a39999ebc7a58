// Word lexer for claim finding: one pass over the bytes, classifying each code point as space,
// letter, digit or symbol.
#include "extract/claim_lexer.h"

namespace lattice::extract {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Decodes the code point at i (len set to its byte length, at least 1, never past the end).
char32_t decode(std::string_view t, size_t i, size_t* len) {
  const auto b = static_cast<unsigned char>(t[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + n > t.size()) n = 1;
  char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(t[i + k]);
    if ((c & 0xC0) != 0x80) {
      n = 1;
      cp = b;
      break;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  *len = n;
  return cp;
}

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_superscript_digit(char32_t c) {
  return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

// Letters beyond ASCII: Latin-1 and later scripts, minus punctuation and symbol blocks.
bool is_letter_cp(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(static_cast<char>(c));
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE00 && c <= 0xFFFF) return false;
  return true;
}

bool is_apostrophe_at(std::string_view t, size_t i) {
  if (t[i] == '\'') return true;
  return static_cast<unsigned char>(t[i]) == 0xE2 && t.substr(i, 3) == "\u2019";
}

bool starts_url(std::string_view t, size_t i) {
  const char c0 = t[i];
  if (c0 != 'h' && c0 != 'H' && c0 != 'w' && c0 != 'W') return false;
  auto at = [&](std::string_view p) { return core::starts_with_lower(t.substr(i), p); };
  return at("http://") || at("https://") || at("www.");
}

}  // namespace

std::vector<Token> lex(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 4);
  const std::string_view t = text.substr(0, end);
  bool space = true, newline = true;
  size_t i = begin;
  while (i < t.size()) {
    // Fast path for ASCII white space.
    const char b = t[i];
    if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
      space = true;
      if (b == '\n') newline = true;
      ++i;
      continue;
    }
    size_t len = 1;
    const char32_t cp =
        static_cast<unsigned char>(b) < 0x80 ? static_cast<char32_t>(b) : decode(t, i, &len);
    if (is_space_cp(cp)) {
      space = true;
      if (cp == '\n') newline = true;
      i += len;
      continue;
    }
    Token tok;
    tok.start = i;
    tok.space_before = space;
    tok.newline_before = newline;
    space = newline = false;
    if (starts_url(t, i)) {
      size_t j = i;
      while (j < t.size()) {
        size_t l = 1;
        const char32_t c = decode(t, j, &l);
        if (is_space_cp(c) || c == '<' || c == '>' || c == '(' || c == ')' || c == '[' ||
            c == ']' || c == '"' || c == 0x201C || c == 0x201D)
          break;
        j += l;
      }
      tok.kind = TokenKind::kUrl;
      tok.end = j;
    } else if (t[i] == '^' && i + 1 < t.size() && is_digit(t[i + 1])) {
      // A footnote marker as the PDF reader writes it after a word: "alliance^12".
      size_t j = i + 1;
      while (j < t.size() && is_digit(t[j])) ++j;
      tok.kind = TokenKind::kFootnote;
      tok.end = j;
    } else if (is_digit(t[i])) {
      size_t j = i;
      while (j < t.size() && is_digit(t[j])) ++j;
      // Thousands groups: a comma and exactly three digits.
      while (j + 3 < t.size() && t[j] == ',' && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
             is_digit(t[j + 3]) && (j + 4 >= t.size() || !is_digit(t[j + 4])))
        j += 4;
      if (j + 1 < t.size() && t[j] == '.' && is_digit(t[j + 1])) {
        j += 1;
        while (j < t.size() && is_digit(t[j])) ++j;
      }
      tok.kind = TokenKind::kNumber;
      tok.end = j;
    } else if (is_superscript_digit(cp)) {
      tok.kind = TokenKind::kFootnote;
      tok.end = i + len;
    } else if (is_letter_cp(cp)) {
      size_t j = i + len;
      size_t letters = 1;
      while (j < t.size()) {
        if (is_ascii_alpha(t[j])) {  // fast path
          ++j;
          ++letters;
          continue;
        }
        size_t l = 1;
        const char32_t c = decode(t, j, &l);
        if (is_letter_cp(c)) {
          j += l;
          ++letters;
          continue;
        }
        // An apostrophe between letters ("Japan's", "Japan’s").
        if (is_apostrophe_at(t, j)) {
          const size_t alen = t[j] == '\'' ? 1 : 3;
          if (j + alen < t.size()) {
            size_t l2 = 1;
            if (is_letter_cp(decode(t, j + alen, &l2))) {
              j += alen;
              continue;
            }
          }
        }
        break;
      }
      // Dotted abbreviations of single letters: "U.S.", "D.C.", "e.g.".
      if (letters == 1 && j + 1 < t.size() && t[j] == '.' && is_ascii_alpha(t[j + 1]) &&
          (j + 2 >= t.size() || t[j + 2] == '.')) {
        while (j + 1 < t.size() && t[j] == '.' && is_ascii_alpha(t[j + 1]) &&
               (j + 2 >= t.size() || t[j + 2] == '.'))
          j += 2;
        if (j < t.size() && t[j] == '.') ++j;
      }
      tok.kind = TokenKind::kWord;
      tok.end = j;
    } else {
      tok.kind = TokenKind::kSymbol;
      tok.end = i + len;
    }
    tok.text = t.substr(tok.start, tok.end - tok.start);
    out.push_back(tok);
    i = tok.end;
  }
  return out;
}

}  // namespace lattice::extract
