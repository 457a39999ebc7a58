// UTF-8, written once: decoding one well-formed code point and appending a code point. Every
// module that reads or writes code points (validation, name folding, document metadata, the TOML
// workaround) uses these. Pure functions; safe from any thread.
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

}  // namespace lattice::core
