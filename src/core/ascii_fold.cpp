#include "core/ascii_fold.h"

#include <cstdint>

#include "core/utf8.h"

namespace lattice::core {

namespace {

// ASCII base letters, generated from Unicode NFKD decompositions with the combining marks
// removed, plus letters that have no decomposition (Æ, Ð, Ø, Þ, ß, Đ, Ħ, ı, Ł, Œ, ...); nullptr
// where a code point has no ASCII reading (×, ÷, IPA-like letters), which are then kept.
constexpr const char* kLatin[] = {
    // U+00C0-U+024F
    "A",     "A",     "A",     "A",     "A",     "A",     "AE",    "C",     "E",     "E",
    "E",     "E",     "I",     "I",     "I",     "I",     "D",     "N",     "O",     "O",
    "O",     "O",     "O",     nullptr, "O",     "U",     "U",     "U",     "U",     "Y",
    "TH",    "ss",    "a",     "a",     "a",     "a",     "a",     "a",     "ae",    "c",
    "e",     "e",     "e",     "e",     "i",     "i",     "i",     "i",     "d",     "n",
    "o",     "o",     "o",     "o",     "o",     nullptr, "o",     "u",     "u",     "u",
    "u",     "y",     "th",    "y",     "A",     "a",     "A",     "a",     "A",     "a",
    "C",     "c",     "C",     "c",     "C",     "c",     "C",     "c",     "D",     "d",
    "D",     "d",     "E",     "e",     "E",     "e",     "E",     "e",     "E",     "e",
    "E",     "e",     "G",     "g",     "G",     "g",     "G",     "g",     "G",     "g",
    "H",     "h",     "H",     "h",     "I",     "i",     "I",     "i",     "I",     "i",
    "I",     "i",     "I",     "i",     "IJ",    "ij",    "J",     "j",     "K",     "k",
    "k",     "L",     "l",     "L",     "l",     "L",     "l",     "L",     "l",     "L",
    "l",     "N",     "n",     "N",     "n",     "N",     "n",     "n",     "N",     "n",
    "O",     "o",     "O",     "o",     "O",     "o",     "OE",    "oe",    "R",     "r",
    "R",     "r",     "R",     "r",     "S",     "s",     "S",     "s",     "S",     "s",
    "S",     "s",     "T",     "t",     "T",     "t",     "T",     "t",     "U",     "u",
    "U",     "u",     "U",     "u",     "U",     "u",     "U",     "u",     "U",     "u",
    "W",     "w",     "Y",     "y",     "Y",     "Z",     "z",     "Z",     "z",     "Z",
    "z",     "s",     "b",     "B",     nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr, "D",     "D",     nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "F",
    "f",     nullptr, nullptr, nullptr, nullptr, "I",     nullptr, nullptr, "l",     nullptr,
    nullptr, nullptr, nullptr, "O",     "O",     "o",     nullptr, nullptr, "P",     "p",
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "U",
    "u",     nullptr, nullptr, nullptr, nullptr, "Z",     "z",     nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    "DZ",    "Dz",    "dz",    "LJ",    "Lj",    "lj",    "NJ",    "Nj",    "nj",    "A",
    "a",     "I",     "i",     "O",     "o",     "U",     "u",     "U",     "u",     "U",
    "u",     "U",     "u",     "U",     "u",     nullptr, "A",     "a",     "A",     "a",
    nullptr, nullptr, "G",     "g",     "G",     "g",     "K",     "k",     "O",     "o",
    "O",     "o",     nullptr, nullptr, "j",     "DZ",    "Dz",    "dz",    "G",     "g",
    nullptr, nullptr, "N",     "n",     "A",     "a",     nullptr, nullptr, nullptr, nullptr,
    "A",     "a",     "A",     "a",     "E",     "e",     "E",     "e",     "I",     "i",
    "I",     "i",     "O",     "o",     "O",     "o",     "R",     "r",     "R",     "r",
    "U",     "u",     "U",     "u",     "S",     "s",     "T",     "t",     nullptr, nullptr,
    "H",     "h",     nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "A",     "a",
    "E",     "e",     "O",     "o",     "O",     "o",     "O",     "o",     "O",     "o",
    "Y",     "y",     nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "A",     "C",
    "c",     "L",     "T",     nullptr, nullptr, nullptr, nullptr, "B",     "U",     nullptr,
    "E",     "e",     "J",     "j",     nullptr, nullptr, "R",     "r",     "Y",     "y",
};
constexpr const char* kLatinAdditional[] = {
    // U+1E00-U+1EFF
    "A",     "a",     "B",     "b",     "B", "b", "B", "b", "C", "c", "D",     "d",
    "D",     "d",     "D",     "d",     "D", "d", "D", "d", "E", "e", "E",     "e",
    "E",     "e",     "E",     "e",     "E", "e", "F", "f", "G", "g", "H",     "h",
    "H",     "h",     "H",     "h",     "H", "h", "H", "h", "I", "i", "I",     "i",
    "K",     "k",     "K",     "k",     "K", "k", "L", "l", "L", "l", "L",     "l",
    "L",     "l",     "M",     "m",     "M", "m", "M", "m", "N", "n", "N",     "n",
    "N",     "n",     "N",     "n",     "O", "o", "O", "o", "O", "o", "O",     "o",
    "P",     "p",     "P",     "p",     "R", "r", "R", "r", "R", "r", "R",     "r",
    "S",     "s",     "S",     "s",     "S", "s", "S", "s", "S", "s", "T",     "t",
    "T",     "t",     "T",     "t",     "T", "t", "U", "u", "U", "u", "U",     "u",
    "U",     "u",     "U",     "u",     "V", "v", "V", "v", "W", "w", "W",     "w",
    "W",     "w",     "W",     "w",     "W", "w", "X", "x", "X", "x", "Y",     "y",
    "Z",     "z",     "Z",     "z",     "Z", "z", "h", "t", "w", "y", nullptr, "s",
    nullptr, nullptr, "SS",    nullptr, "A", "a", "A", "a", "A", "a", "A",     "a",
    "A",     "a",     "A",     "a",     "A", "a", "A", "a", "A", "a", "A",     "a",
    "A",     "a",     "A",     "a",     "E", "e", "E", "e", "E", "e", "E",     "e",
    "E",     "e",     "E",     "e",     "E", "e", "E", "e", "I", "i", "I",     "i",
    "O",     "o",     "O",     "o",     "O", "o", "O", "o", "O", "o", "O",     "o",
    "O",     "o",     "O",     "o",     "O", "o", "O", "o", "O", "o", "O",     "o",
    "U",     "u",     "U",     "u",     "U", "u", "U", "u", "U", "u", "U",     "u",
    "U",     "u",     "Y",     "y",     "Y", "y", "Y", "y", "Y", "y", nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr,
};

// The ASCII replacement of cp, or nullptr to keep it.
const char* replacement(int32_t cp) {
  if (cp >= 0xC0 && cp <= 0x24F) return kLatin[cp - 0xC0];
  if (cp >= 0x1E00 && cp <= 0x1EFF) return kLatinAdditional[cp - 0x1E00];
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BB:
    case 0x02BC:
    case 0x00B4:
      return "'";
    case 0x201C:
    case 0x201D:
      return "\"";
    case 0x2212:
      return "-";
    case 0x00A0:
    case 0x202F:
    case 0x3000:
      return " ";
    default:
      break;
  }
  if (cp >= 0x2010 && cp <= 0x2015) return "-";
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  return nullptr;
}

}  // namespace

std::string ascii_fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = 0;
    if (!decode_utf8(text, i, &cp, &len)) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no well-formed sequence
      ++i;
      continue;
    }
    i += len;
    if (cp == '`') {
      out += '\'';
      continue;
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200D)) continue;
    if (const char* r = replacement(cp))
      out += r;
    else
      append_utf8(out, cp);
  }
  return out;
}

}  // namespace lattice::core
