// Text of a PDF through poppler-cpp's per-word boxes, with the layout done here: reading order
// across columns, running headers, footers and page numbers removed, footnote markers kept apart
// from words, end-of-line hyphenation resolved without joining real hyphenated compounds
// ("U.S.-Japan", "ADMM-Plus", "self-defense").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lattice::text {

// Returns the canonical text of the PDF bytes, or nullopt with *error set ("encrypted PDF",
// "not a PDF", "damaged PDF: ...").
std::optional<std::string> pdf_text(std::string_view bytes, std::string* error);

}  // namespace lattice::text
