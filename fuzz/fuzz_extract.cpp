// Fuzz target: the segmenter and the extractors (recommendations, claims, mentions) on arbitrary
// text; none may crash or hang, and every span they return must lie inside the text, in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/extraction.h"
#include "model/loader.h"

namespace {

const lattice::extract::MentionFinder& finder() {
  static const auto model = lattice::model::load_model_folder("").model;
  if (!model) std::abort();
  static const lattice::extract::MentionFinder f(*model);
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lattice::text::TextDocument doc;
  doc.name = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  const auto x = lattice::extract::extract(doc, finder());
  size_t last = 0;
  for (const auto& u : x.units) {
    if (u.start >= u.end || u.end > size || u.start < last) std::abort();
    last = u.end;
  }
  for (const auto& r : x.recommendations)
    if (r.start >= r.end || r.end > size || r.confidence < 0 || r.confidence > 1) std::abort();
  for (const auto& c : x.claims)
    if (c.start >= c.end || c.end > size || c.start < c.sentence_start || c.end > c.sentence_end)
      std::abort();
  last = 0;
  for (const auto& m : x.mentions) {
    if (m.start >= m.end || m.end > size || m.start < last) std::abort();
    last = m.end;
  }
  return 0;
}
