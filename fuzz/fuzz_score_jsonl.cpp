// Fuzz target: the JSONL reader of `lattice score` (extractions and gold annotations) on
// arbitrary bytes, and the scoring of every file that parses against itself and against nothing:
// neither may crash or hang, a rejected file must say why, and every ratio must lie in [0, 1].
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/scorer.h"

namespace {

void require_ratios(const lattice::extract::KindScore& k) {
  for (double x : {k.precision, k.recall, k.f1, k.value_accuracy})
    if (!(x >= 0 && x <= 1)) std::abort();
  if (k.true_positives > k.extracted || k.matched_gold > k.gold) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lattice::extract;
  std::string error;
  const auto records = parse_records(std::string_view(reinterpret_cast<const char*>(data), size),
                                     "fuzz.jsonl", &error);
  if (!records) {
    if (error.empty()) std::abort();
    return 0;
  }
  for (const auto& r : *records)
    if (r.end < r.start || r.doc.empty() || r.line < 1) std::abort();
  for (const Score& s : {score(*records, *records), score(*records, {}), score({}, *records)}) {
    require_ratios(s.recommendations);
    require_ratios(s.claims);
  }
  return 0;
}
