// SHA-256 (FIPS 180-4) of a byte string, used to check that a document's file is the one
// the model's byte spans were taken from. Pure function; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace lattice::core {

// Returns the digest as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace lattice::core
