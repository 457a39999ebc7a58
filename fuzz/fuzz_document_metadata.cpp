// Fuzz target: document metadata (front matter, HTML head, PDF Info dictionary, first lines and
// dateline), run by `lattice ingest` on every document, on arbitrary bytes read as each format.
// It must never crash or hang, every date must be ISO ("2020", "2020-12" or "2020-12-07"), and
// metadata read from valid UTF-8 must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text.h"
#include "corpus/document_metadata.h"

namespace {

bool is_iso_date(const std::string& d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  }
  return true;
}

void require_sane(const lattice::corpus::DocumentMetadata& m, bool utf8_input) {
  if (!m.date.empty() && !is_iso_date(m.date)) std::abort();
  if (utf8_input)
    for (const std::string* s : {&m.title, &m.organisation, &m.date})
      if (!lattice::core::is_valid_utf8(*s)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lattice;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool utf8 = core::is_valid_utf8(bytes);
  text::TextDocument doc;
  doc.name = "fuzz";
  doc.text.assign(bytes);
  for (auto format :
       {text::Format::kPlain, text::Format::kMarkdown, text::Format::kHtml, text::Format::kPdf}) {
    doc.format = format;
    require_sane(corpus::document_metadata(doc, bytes), utf8);
  }
  if (const auto date = corpus::parse_document_date(bytes))
    if (!is_iso_date(*date)) std::abort();
  return 0;
}
