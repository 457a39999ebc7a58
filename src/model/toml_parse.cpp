#include "model/toml_parse.h"

namespace lattice::model {
namespace {

// toml++'s white-space test misbehaves on parts of U+00A1 to U+FEFE (U+00A1-U+0499,
// U+2C5E-U+3057 but U+3000, U+FB26-U+FEFE). Every code point of that span that it does not count
// as white space is moved by kShift while parsing, into plane 15 (private use), which toml++
// rejects as white space at once and otherwise treats exactly like the original.
constexpr char32_t kFirst = 0xA1, kLast = 0xFEFE, kShift = 0xF0000;

// The code points of the span that toml++ counts as (non-TOML) white space; they stay as they are
// so that its messages about them do not change.
bool counted_as_space(char32_t c) {
  return c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         (c >= 0x205F && c <= 0x2060) || c == 0x3000;
}

bool moved(char32_t c) {
  return c >= kFirst && c <= kLast && !counted_as_space(c);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes the well-formed UTF-8 sequence at s[i] (no overlong forms, no surrogates), setting *len;
// returns false for anything else.
bool decode_utf8(std::string_view s, size_t i, char32_t* c, size_t* len) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  size_t n = 0;
  char32_t v = 0, min = 0;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
    v = b & 0x1F;
    min = 0x80;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    v = b & 0x0F;
    min = 0x800;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    v = b & 0x07;
    min = 0x10000;
  } else {
    return false;
  }
  if (i + n > s.size()) return false;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return false;
    v = (v << 6) | (byte(i + k) & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
  *c = v;
  *len = n;
  return true;
}

// Exchanges the two ranges; every other byte, valid or not, is copied as it is.
std::string swap_ranges(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = 0;
    size_t len = 0;
    if (static_cast<unsigned char>(s[i]) < 0x80 || !decode_utf8(s, i, &c, &len)) {
      out += s[i++];
      continue;
    }
    if (moved(c))
      append_utf8(out, c + kShift);
    else if (c >= kShift && moved(c - kShift))
      append_utf8(out, c - kShift);
    else
      out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

bool has_non_ascii(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return true;
  return false;
}

void swap_back(toml::node& n) {
  if (auto* s = n.as_string()) {
    if (has_non_ascii(s->get())) s->get() = swap_ranges(s->get());
  } else if (auto* a = n.as_array()) {
    for (auto& item : *a) swap_back(item);
  } else if (auto* t = n.as_table()) {
    for (auto&& [k, v] : *t) swap_back(v);
  }
}

}  // namespace

std::optional<toml::table> parse_toml(std::string_view text, const std::string& path,
                                      core::Diagnostics& diags) {
  const bool swapped = has_non_ascii(text);
  try {
    toml::table root = swapped ? toml::parse(swap_ranges(text), path) : toml::parse(text, path);
    if (swapped) swap_back(root);
    return root;
  } catch (const toml::parse_error& e) {
    const auto& r = e.source();
    const std::string message(e.description());
    diags.error({path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)},
                swapped ? swap_ranges(message) : message);
    return std::nullopt;
  }
}

std::string key_text(const toml::key& key) {
  return has_non_ascii(key.str()) ? swap_ranges(key.str()) : std::string(key.str());
}

}  // namespace lattice::model
