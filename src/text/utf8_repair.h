// Repair of text that should be UTF-8 but may not be (parser output on hostile input): every
// ill-formed byte becomes U+FFFD, so downstream code can rely on well-formed UTF-8.
#pragma once

#include <string>

namespace lattice::text {

// s unchanged when it is well-formed UTF-8; otherwise each bad byte replaced by U+FFFD.
std::string repair_utf8(std::string s);

}  // namespace lattice::text
