// UTF-8 decoding and encoding (see utf8.h).
#include "core/utf8.h"

namespace lattice::core {

bool decode_utf8(std::string_view s, size_t i, char32_t* cp, size_t* len) {
  if (i >= s.size()) return false;
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  if (b < 0x80) {
    *cp = b;
    *len = 1;
    return true;
  }
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
  *cp = v;
  *len = n;
  return true;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t utf8_sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (const char c : s)
    if (!is_utf8_continuation(static_cast<unsigned char>(c))) ++n;
  return n;
}

size_t code_point_boundary(std::string_view s, size_t at) {
  if (at >= s.size()) return s.size();
  while (at > 0 && is_utf8_continuation(static_cast<unsigned char>(s[at]))) --at;
  return at;
}

std::string_view truncate_code_points(std::string_view s, size_t max_points) {
  size_t points = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (!is_utf8_continuation(static_cast<unsigned char>(s[i])) && ++points > max_points)
      return s.substr(0, i);
  return s;
}

}  // namespace lattice::core
