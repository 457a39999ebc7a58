// Text of a PDF through poppler-cpp's per-word boxes, with the layout done here: reading order
// across columns, running headers, footers and page numbers removed, footnote markers kept apart
// from words, end-of-line hyphenation resolved without joining real hyphenated compounds
// ("U.S.-Japan", "ADMM-Plus", "self-defense").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lattice::text {

// Returns the canonical text of the PDF bytes (conventions in pdf_layout.h: paragraphs separated
// by a blank line, footnote markers written "alliance^12"), or nullopt with *error set:
// "not a PDF" (no %PDF- in the first 1024 bytes), "encrypted PDF" (a password is needed; a PDF
// with only an owner password opens), "damaged PDF" or "damaged PDF: no pages", "PDF has no
// text layer (scanned?)". error may be null. Never throws; poppler's own messages are silenced.
std::optional<std::string> pdf_text(std::string_view bytes, std::string* error);

}  // namespace lattice::text
