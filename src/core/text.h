// Small text helpers shared by every module: case folding for look-ups, trimming, UTF-8
// checks and edit distance for "did you mean" suggestions. All functions are pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lattice::core {

// ASCII lower case of one byte; other bytes unchanged. The one ASCII case fold: every module
// that lower-cases text for matching uses this or the functions below.
constexpr char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
// ASCII lower case; other bytes unchanged.
std::string to_lower(std::string_view s);
// True when s equals lower (a lower-case literal) ignoring ASCII case ("HTTP" and "http").
bool equals_lower(std::string_view s, std::string_view lower);
// True when s starts with lower (a lower-case literal) ignoring ASCII case.
bool starts_with_lower(std::string_view s, std::string_view lower);
// Folds a name for case-insensitive look-up: lower case, curly apostrophes to ', runs of
// white space to one space, leading/trailing space and a leading "the " removed.
std::string fold_name(std::string_view s);
std::string_view trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
// The items with sep between them ("a, b, c"); "" for none.
std::string join(const std::vector<std::string>& items, std::string_view sep);
// True when s is well-formed UTF-8. When false and offset is given, *offset is the first bad byte.
bool is_valid_utf8(std::string_view s, size_t* offset = nullptr);
// Edit distance (insertions, deletions, substitutions, adjacent swaps), capped: returns cap+1 when
// the distance exceeds cap. O(|a|*|b|).
size_t edit_distance(std::string_view a, std::string_view b, size_t cap = 64);
// The candidate closest to word (by edit distance on folded text) if it is close enough to
// be a plausible typo, else an empty string.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);
// True for a model id: [a-z][a-z0-9_]*.
bool is_valid_id(std::string_view s);

// Escapes &, <, >, " and ' so that text is inert in HTML or XML element content and attributes
// (' becomes &#39;, valid in both).
std::string markup_escape(std::string_view text);

}  // namespace lattice::core
