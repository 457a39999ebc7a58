// UTF-8, written once: decoding one well-formed code point, appending a code point, counting and
// cutting text by code points. Every module that reads or writes code points (validation, name
// folding, document metadata, the TOML workaround, table widths, shortened quotes) uses these.
// Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lattice::core {

// Decodes the well-formed UTF-8 sequence at s[i] (shortest form, no surrogates, at most
// U+10FFFF): sets *cp and *len and returns true; returns false for anything else (including
// i >= s.size()). O(1).
bool decode_utf8(std::string_view s, size_t i, char32_t* cp, size_t* len);

// Appends cp as UTF-8. A surrogate or a value above U+10FFFF, which UTF-8 cannot encode,
// becomes U+FFFD. O(1).
void append_utf8(std::string& out, char32_t cp);

// The length in bytes of the sequence a lead byte starts (1 for ASCII, 2-4 for a lead byte of
// a longer form, 1 for a continuation byte or a byte that starts no sequence), without checking
// the bytes that follow. For scanners that step over characters they do not decode. O(1).
size_t utf8_sequence_length(unsigned char lead);

// True for a byte that continues a sequence (10xxxxxx).
inline bool is_utf8_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// The number of code points in s: bytes that are not continuation bytes (so a malformed byte
// counts as one). O(|s|).
size_t count_code_points(std::string_view s);

// The largest offset <= at (and <= s.size()) that does not fall inside a UTF-8 sequence: where
// text cut by bytes may be cut without splitting a character. O(1) for well-formed text.
size_t code_point_boundary(std::string_view s, size_t at);

// The first max_points code points of s (all of s when it has no more). O(|s|).
std::string_view truncate_code_points(std::string_view s, size_t max_points);

}  // namespace lattice::core
