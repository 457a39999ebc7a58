// Text of a PDF through poppler-cpp's per-word boxes, with the layout done here: reading order
// across columns, running headers, footers and page numbers removed, footnote markers kept apart
// from words, end-of-line hyphenation resolved without joining real hyphenated compounds
// ("U.S.-Japan", "ADMM-Plus", "self-defense"). The Info dictionary (Title, Author, CreationDate)
// is read from the same poppler document.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/document_info.h"

namespace lattice::text {

// Returns the canonical text of the PDF bytes (conventions in pdf_layout.h: paragraphs separated
// by a blank line, footnote markers written "alliance^12"), or nullopt with *error set:
// "not a PDF" (no %PDF- in the first 1024 bytes), "encrypted PDF" (a password is needed; a PDF
// with only an owner password opens), "damaged PDF" or "damaged PDF: no pages", "PDF has no
// text layer (scanned?)". error may be null. Never throws; poppler's own messages are silenced.
// When info is given and text is returned, *info receives the Info dictionary's Title, Author and
// CreationDate as poppler finds them (also in compressed object streams): PDFDocEncoding and
// UTF-16 decoded to UTF-8, an unpaired surrogate becoming U+FFFD; otherwise *info is left empty.
std::optional<std::string> pdf_text(std::string_view bytes, std::string* error,
                                    DocumentInfo* info = nullptr);

}  // namespace lattice::text
