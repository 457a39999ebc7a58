// Fuzz target: document metadata (front matter, the HTML head or PDF Info dictionary its reader
// found, first lines and dateline), run by `lattice ingest` on every document. Each input is used
// twice:
//  - through the real readers: the bytes read as HTML (libxml2) and, when they hold "%PDF-", as
//    PDF (poppler), and document_metadata on the TextDocument each gives, info included;
//  - as a TextDocument built here: the bytes cut at NUL bytes into the canonical text, then the
//    DocumentInfo's title, author, creation date and meta name/content pairs, read as each format.
// It must never crash or hang, every date must be ISO ("2020", "2020-12" or "2020-12-07"), and
// metadata must be valid UTF-8 whenever its input is (the readers' output always is).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "corpus/document_metadata.h"
#include "text/html_reader.h"
#include "text/pdf_reader.h"

namespace {

using namespace lattice;

bool is_iso_date(const std::string& d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  }
  return true;
}

void require_sane(const corpus::DocumentMetadata& m, bool utf8_input) {
  if (!m.date.empty() && !is_iso_date(m.date)) std::abort();
  if (utf8_input)
    for (const std::string* s : {&m.title, &m.organisation, &m.date})
      if (!core::is_valid_utf8(*s)) std::abort();
}

// What a reader gives, its info included, must be valid UTF-8, and so must its metadata.
void check_read(text::Format format, std::optional<std::string> text, text::DocumentInfo info) {
  if (!text) return;
  text::TextDocument doc;
  doc.name = "fuzz";
  doc.format = format;
  doc.text = std::move(*text);
  doc.info = std::move(info);
  for (const std::string* s :
       {&doc.text, &doc.info.title, &doc.info.author, &doc.info.creation_date})
    if (!core::is_valid_utf8(*s)) std::abort();
  for (const text::MetaTag& tag : doc.info.meta)
    if (!core::is_valid_utf8(tag.name) || !core::is_valid_utf8(tag.content)) std::abort();
  require_sane(corpus::document_metadata(doc), true);
}

std::vector<std::string_view> split_at_nul(std::string_view bytes) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t nul = bytes.find('\0', start);
    parts.push_back(bytes.substr(start, nul == std::string_view::npos ? nul : nul - start));
    if (nul == std::string_view::npos) return parts;
    start = nul + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool utf8 = core::is_valid_utf8(bytes);

  text::DocumentInfo info;
  auto html = text::html_visible_text(bytes, nullptr, &info);
  check_read(text::Format::kHtml, std::move(html), std::move(info));
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    info = {};
    auto pdf = text::pdf_text(bytes, nullptr, &info);
    check_read(text::Format::kPdf, std::move(pdf), std::move(info));
  }

  const std::vector<std::string_view> parts = split_at_nul(bytes);
  text::TextDocument doc;
  doc.name = "fuzz";
  doc.text.assign(parts[0]);
  if (parts.size() > 1) doc.info.title.assign(parts[1]);
  if (parts.size() > 2) doc.info.author.assign(parts[2]);
  if (parts.size() > 3) doc.info.creation_date.assign(parts[3]);
  for (size_t i = 4; i < parts.size(); i += 2)
    doc.info.meta.push_back(
        {std::string(parts[i]), i + 1 < parts.size() ? std::string(parts[i + 1]) : ""});
  for (auto format :
       {text::Format::kPlain, text::Format::kMarkdown, text::Format::kHtml, text::Format::kPdf}) {
    doc.format = format;
    require_sane(corpus::document_metadata(doc), utf8);
  }
  if (const auto date = corpus::parse_document_date(bytes))
    if (!is_iso_date(*date)) std::abort();
  return 0;
}
