// PDF text through poppler-cpp: loads the bytes, reports encrypted and damaged files, collects
// each page's positioned words and hands them to pdf_layout for reading order and clean-up.
// poppler's own diagnostics (it is chatty on damaged files) are silenced.
#include "text/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

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

std::optional<std::string> pdf_text_unguarded(std::string_view bytes, std::string* error) {
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
  return text;
}

}  // namespace

std::optional<std::string> pdf_text(std::string_view bytes, std::string* error) {
  std::string local_error;
  std::string* reason = error ? error : &local_error;
  try {
    return pdf_text_unguarded(bytes, reason);
  } catch (const std::bad_alloc&) {
    *reason = "out of memory reading PDF";
  } catch (const std::exception&) {
    *reason = "damaged PDF";
  }
  return std::nullopt;
}

}  // namespace lattice::text
