#include "model/toml_parse.h"

#include <cctype>
#include <vector>

#include "core/utf8.h"

namespace lattice::model {
namespace {

// toml++'s white-space test misbehaves on parts of U+00A1 to U+FEFE (U+00A1-U+0499,
// U+2C5E-U+3057 but U+3000, U+FB26-U+FEFE). Every code point of that span that it does not count
// as white space is moved by a whole number of planes while parsing, into a supplementary plane
// that the text does not use (plane 15, private use, unless the text has characters there), which
// toml++ rejects as white space at once and otherwise treats exactly like the original.
constexpr char32_t kFirst = 0xA1, kLast = 0xFEFE;

// The code points of the span that toml++ counts as (non-TOML) white space; they stay as they are
// so that its messages about them do not change.
bool counted_as_space(char32_t c) {
  return c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         (c >= 0x205F && c <= 0x2060) || c == 0x3000;
}

bool moved(char32_t c) {
  return c >= kFirst && c <= kLast && !counted_as_space(c);
}

// Copies s, replacing every well-formed code point c by map(c); other bytes are copied as they are.
template <typename Map>
std::string map_code_points(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = 0;
    size_t len = 0;
    if (static_cast<unsigned char>(s[i]) < 0x80 || !core::decode_utf8(s, i, &c, &len)) {
      out += s[i++];
      continue;
    }
    const char32_t m = map(c);
    if (m == c)
      out.append(s.substr(i, len));
    else
      core::append_utf8(out, m);
    i += len;
  }
  return out;
}

// The shift (a multiple of 0x10000) into a supplementary plane that no character of text uses,
// neither written out nor as a \UXXXXXXXX escape, so that shifting back is unambiguous; 0 when
// the text uses every one of them.
char32_t choose_shift(std::string_view text) {
  bool used[17] = {};
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = 0;
    size_t len = 0;
    if (static_cast<unsigned char>(text[i]) >= 0x80 && core::decode_utf8(text, i, &c, &len)) {
      used[c >> 16] = true;
      i += len - 1;
    } else if (text[i] == '\\' && i + 9 < text.size() && text[i + 1] == 'U') {
      char32_t v = 0;
      size_t k = 2;
      for (; k < 10 && std::isxdigit(static_cast<unsigned char>(text[i + k])); ++k)
        v = v * 16 + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(text[i + k]))
                                               ? text[i + k] - '0'
                                               : std::tolower(text[i + k]) - 'a' + 10);
      if (k == 10 && v <= 0x10FFFF) used[v >> 16] = true;
    }
  }
  for (int plane : {15, 16, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1})
    if (!used[plane]) return static_cast<char32_t>(plane) << 16;
  return 0;
}

std::string shift_out(std::string_view s, char32_t shift) {
  return map_code_points(s, [shift](char32_t c) { return moved(c) ? c + shift : c; });
}

std::string shift_back(std::string_view s, char32_t shift) {
  return map_code_points(
      s, [shift](char32_t c) { return c >= shift && moved(c - shift) ? c - shift : c; });
}

bool has_non_ascii(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return true;
  return false;
}

// Shifts back every string value and key below n. Keys are replaced (they cannot be changed in
// place); two keys that were distinct while parsing but are the same text ("\u00e5" and "å") are a
// duplicate key, as TOML has it: an error in diags, and false.
bool restore(toml::node& n, char32_t shift, const std::string& path, core::Diagnostics& diags) {
  if (auto* s = n.as_string()) {
    if (has_non_ascii(s->get())) s->get() = shift_back(s->get(), shift);
  } else if (auto* a = n.as_array()) {
    for (auto& item : *a)
      if (!restore(item, shift, path, diags)) return false;
  } else if (auto* t = n.as_table()) {
    std::vector<toml::key> renamed;
    for (auto&& [k, v] : *t) {
      if (!restore(v, shift, path, diags)) return false;
      if (has_non_ascii(k.str()) && shift_back(k.str(), shift) != k.str()) renamed.push_back(k);
    }
    for (const toml::key& k : renamed) {
      toml::key original(shift_back(k.str(), shift), k.source());
      if (t->contains(original.str())) {
        const auto& r = k.source();
        diags.error({path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)},
                    "cannot redefine existing key '" + std::string(original.str()) + "'");
        return false;
      }
      auto it = t->find(k.str());
      t->insert(std::move(original), std::move(it->second));
      t->erase(k.str());
    }
  }
  return true;
}

}  // namespace

std::optional<toml::table> parse_toml(std::string_view text, const std::string& path,
                                      core::Diagnostics& diags) {
  if (!has_non_ascii(text)) {
    try {
      return toml::parse(text, path);
    } catch (const toml::parse_error& e) {
      const auto& r = e.source();
      diags.error({path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)},
                  std::string(e.description()));
      return std::nullopt;
    }
  }
  const char32_t shift = choose_shift(text);
  if (shift == 0) {
    diags.error({path, 1, 1},
                "cannot read this file: it has characters from every supplementary Unicode plane");
    return std::nullopt;
  }
  try {
    toml::table root = toml::parse(shift_out(text, shift), path);
    if (!restore(root, shift, path, diags)) return std::nullopt;
    return root;
  } catch (const toml::parse_error& e) {
    const auto& r = e.source();
    diags.error({path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)},
                shift_back(e.description(), shift));
    return std::nullopt;
  }
}

std::string key_text(const toml::key& key) {
  return std::string(key.str());
}

}  // namespace lattice::model
