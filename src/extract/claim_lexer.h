// The word lexer the claim finder scans with: splits a range of UTF-8 text into words, digit
// groups, symbols, footnote markers and URLs, with byte offsets and what separates each token from
// the one before it. Pure; safe from any thread. Linear in the size of the range.
#pragma once

#include <initializer_list>

#include <string_view>
#include <vector>

#include "core/text.h"

namespace lattice::extract {

enum class TokenKind {
  kWord,      // letters, inner apostrophes ("Japan's"), dotted abbreviations ("U.S.", "e.g.")
  kNumber,    // digits with thousands commas and a decimal part: "7", "1,200", "3.5"
  kSymbol,    // any other single character: "$", "%", "-", "—", "“", "*", "\", "¥"
  kFootnote,  // a superscript digit (¹²³ …) or a caret marker from PDF text ("^12")
  kUrl,       // "http://…", "https://…", "www.…" up to white space or a bracket
};

struct Token {
  size_t start = 0, end = 0;  // byte offsets into the text passed to lex()
  TokenKind kind = TokenKind::kSymbol;
  bool space_before = false;    // white space separates it from the previous token
  bool newline_before = false;  // that white space holds a line break (or it opens the range)
  std::string_view text;        // the token's bytes
};

// Tokens of text[begin, end). White space (including no-break and thin spaces) separates tokens
// and is not returned. The first token has space_before and newline_before set.
std::vector<Token> lex(std::string_view text, size_t begin, size_t end);

// ASCII case-insensitive equality of a token's text and a lower-case literal.
inline bool ieq(std::string_view s, std::string_view lower) {
  return core::equals_lower(s, lower);
}

// True when the word starts with an ASCII capital letter.
inline bool is_capitalized(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

// Helpers over a token sequence, shared by the claim finder and the claim context.
using Tokens = std::vector<Token>;

// True when w equals one of the lower-case words of list, ignoring ASCII case.
template <size_t N>
bool word_in(std::string_view w, const std::string_view (&list)[N]) {
  for (auto s : list)
    if (ieq(w, s)) return true;
  return false;
}
inline bool word_in(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto s : list)
    if (ieq(w, s)) return true;
  return false;
}
inline bool is_word(const Tokens& t, size_t i) {
  return i < t.size() && t[i].kind == TokenKind::kWord;
}
inline bool is_sym(const Tokens& t, size_t i, std::string_view s) {
  return i < t.size() && t[i].kind == TokenKind::kSymbol && t[i].text == s;
}
// Token i is the word w (any case) and white space separates it from the token before.
inline bool spaced_word(const Tokens& t, size_t i, std::string_view w) {
  return is_word(t, i) && t[i].space_before && ieq(t[i].text, w);
}

}  // namespace lattice::extract
