// Fuzz target: `lattice check` on arbitrary text: extraction, then the interpretation of every
// quantitative claim, its check against the embedded model's indicator series (loaded once) and
// its rendering (table row; JSON for valid UTF-8, as the CLI reads only such text). Nothing may
// crash, hang or throw, every check must point inside the text, and every figure must be finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>

#include "claimcheck/claim_check.h"
#include "claimcheck/claim_check_format.h"
#include "core/text.h"
#include "extract/extraction.h"
#include "indicators/indicator_store.h"
#include "model/loader.h"

namespace {

struct Fixture {
  std::shared_ptr<const lattice::model::Model> model;
  std::unique_ptr<lattice::extract::MentionFinder> finder;
  std::unique_ptr<lattice::indicators::IndicatorStore> store;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    x.model = lattice::model::load_model_folder("").model;
    if (!x.model) std::abort();
    x.finder = std::make_unique<lattice::extract::MentionFinder>(*x.model);
    x.store = std::make_unique<lattice::indicators::IndicatorStore>(*x.model);
    return x;
  }();
  return f;
}

void require_finite(const std::optional<double>& x) {
  if (x && !std::isfinite(*x)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Fixture& f = fixture();
  lattice::text::TextDocument doc;
  doc.name = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  const auto x = lattice::extract::extract(doc, *f.finder);
  const auto checks = lattice::claimcheck::check_claims(doc.text, x, *f.model, *f.store);
  const bool utf8 = lattice::core::is_valid_utf8(doc.text);
  for (const auto& c : checks) {
    if (c.claim.start >= c.claim.end || c.claim.end > size) std::abort();
    require_finite(c.actual);
    require_finite(c.latest_actual);
    (void)lattice::claimcheck::check_row(c);
    if (utf8) (void)lattice::claimcheck::check_json(c, doc.name).dump();
  }
  return 0;
}
