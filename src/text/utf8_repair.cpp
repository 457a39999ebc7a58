// Repair of ill-formed UTF-8; see utf8_repair.h. Linear: each byte is checked once.
#include "text/utf8_repair.h"

#include <string_view>

#include "core/text.h"

namespace lattice::text {

std::string repair_utf8(std::string s) {
  size_t bad = 0;
  if (core::is_valid_utf8(s, &bad)) return s;
  std::string out = s.substr(0, bad);
  out += "\uFFFD";
  std::string_view rest = std::string_view(s).substr(bad + 1);
  while (!rest.empty()) {
    size_t next_bad = 0;
    if (core::is_valid_utf8(rest, &next_bad)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, next_bad));
    out += "\uFFFD";
    rest.remove_prefix(next_bad + 1);
  }
  return out;
}

}  // namespace lattice::text
