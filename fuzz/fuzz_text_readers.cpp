// Fuzz target: the document text readers on arbitrary bytes (HTML visible text, PDF text and
// the plain-text UTF-8 check); none may crash, hang or return malformed text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text.h"
#include "text/html_reader.h"
#include "text/pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string error;

  size_t bad = 0;
  const bool valid = lattice::core::is_valid_utf8(bytes, &bad);
  if (!valid && bad >= size) std::abort();

  if (const auto text = lattice::text::html_visible_text(bytes, &error)) {
    if (!text->empty() && text->back() != '\n') std::abort();
    if (!lattice::core::is_valid_utf8(*text)) std::abort();
  }

  // Seeds that are not PDFs still reach the PDF parser behind a PDF header.
  const std::string pdf =
      bytes.starts_with("%PDF-") ? std::string(bytes) : "%PDF-1.4\n" + std::string(bytes);
  if (const auto text = lattice::text::pdf_text(pdf, &error)) {
    if (text->empty() || text->back() != '\n') std::abort();
    if (!lattice::core::is_valid_utf8(*text)) std::abort();
  }
  return 0;
}
