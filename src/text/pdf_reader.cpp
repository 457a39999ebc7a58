// PDF text through poppler-cpp: loads the bytes, reports encrypted and damaged files, collects
// each page's positioned words and hands them to pdf_layout for reading order and clean-up.
// poppler's own diagnostics (it is chatty on damaged files) are silenced. The Info dictionary is
// read from the same document.
#include "text/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "core/utf8.h"
#include "text/pdf_layout.h"
#include "text/utf8_repair.h"

namespace lattice::text {
namespace {

constexpr size_t kPdfMagicWindow = 1024;  // readers accept "%PDF-" this far into the file

void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

void silence_poppler_once() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
}

std::string to_utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return repair_utf8(std::string(bytes.begin(), bytes.end()));
}

// An Info dictionary entry as UTF-8 ("" when absent). poppler decodes the PDF text string to
// UTF-16 code units; they are converted here because ustring::to_utf8 returns nothing at all for
// a string with an unpaired surrogate. Such a surrogate becomes U+FFFD, the units around it kept.
std::string info_string(const poppler::document& document, const std::string& key) {
  const poppler::ustring units = document.info_key(key);
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    char32_t cp = units[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < units.size() && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      ++i;
    }
    core::append_utf8(out, cp);  // a lone surrogate becomes U+FFFD
  }
  return out;
}

PdfPage read_page(const poppler::page& page) {
  PdfPage out;
  const poppler::rectf box = page.page_rect(poppler::crop_box);
  out.width = box.width();
  out.height = box.height();
  const auto orientation = page.orientation();
  if (orientation == poppler::page::landscape || orientation == poppler::page::seascape) {
    std::swap(out.width, out.height);
  }
  for (const poppler::text_box& box_of_word :
       page.text_list(poppler::page::text_list_include_font)) {
    std::string text = to_utf8(box_of_word.text());
    if (text.empty()) continue;
    if (box_of_word.rotation() != 0) {
      out.rotated_words.push_back(std::move(text));
      continue;
    }
    const poppler::rectf r = box_of_word.bbox();
    PdfWord word;
    word.text = std::move(text);
    word.x0 = r.left();
    word.x1 = r.right();
    word.top = r.top();
    word.bottom = r.bottom();
    word.font_size = box_of_word.has_font_info() ? box_of_word.get_font_size() : 0;
    word.space_after = box_of_word.has_space_after();
    out.words.push_back(std::move(word));
  }
  return out;
}

std::optional<std::string> pdf_text_unguarded(std::string_view bytes, std::string* error,
                                              DocumentInfo* info) {
  auto fail = [&](const char* reason) -> std::optional<std::string> {
    *error = reason;
    return std::nullopt;
  };
  if (bytes.substr(0, kPdfMagicWindow).find("%PDF-") == std::string_view::npos) {
    return fail("not a PDF");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return fail("PDF too large");
  silence_poppler_once();
  // load_from_raw_data reads the bytes in place; they outlive the document.
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return fail("damaged PDF");
  if (document->is_locked()) return fail("encrypted PDF");
  const int page_count = document->pages();
  if (page_count <= 0) return fail("damaged PDF: no pages");
  std::vector<PdfPage> pages;
  pages.reserve(static_cast<size_t>(page_count));
  size_t word_count = 0;
  for (int i = 0; i < page_count; ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!page) continue;
    pages.push_back(read_page(*page));
    word_count += pages.back().words.size() + pages.back().rotated_words.size();
  }
  if (pages.empty()) return fail("damaged PDF: no readable page");
  if (word_count == 0) return fail("PDF has no text layer (scanned?)");
  std::string text = lay_out_pdf_pages(pages);
  if (text.empty()) return fail("PDF has no text layer (scanned?)");
  if (info) {
    info->title = info_string(*document, "Title");
    info->author = info_string(*document, "Author");
    info->creation_date = info_string(*document, "CreationDate");
  }
  return text;
}

}  // namespace

std::optional<std::string> pdf_text(std::string_view bytes, std::string* error,
                                    DocumentInfo* info) {
  if (info) *info = DocumentInfo();
  std::string local_error;
  std::string* reason = error ? error : &local_error;
  try {
    return pdf_text_unguarded(bytes, reason, info);
  } catch (const std::bad_alloc&) {
    *reason = "out of memory reading PDF";
  } catch (const std::exception&) {
    *reason = "damaged PDF";
  }
  if (info) *info = DocumentInfo();
  return std::nullopt;
}

}  // namespace lattice::text
