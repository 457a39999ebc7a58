// Fuzz target: the CSV reader on arbitrary bytes; it must never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lattice::core::Diagnostics diags;
  const auto table = lattice::core::parse_csv(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.csv", diags);
  (void)table;
  return 0;
}
