// TextDocument: the canonical text of an input file (plain text, Markdown, HTML or PDF) that
// extraction works on. Offsets reported by extraction are byte offsets into `text`; for .txt and
// .md files `text` is the file's bytes unchanged, so offsets are also file offsets. A UTF-8 byte
// order mark at the start of such a file therefore stays in `text` (bytes 0-2): keeping file
// offsets exact matters more than hiding three invisible bytes. `info` holds the metadata the
// HTML or PDF reader found while parsing the file (title, meta tags, Info dictionary), so that
// nothing needs to scan the file's bytes a second time.
// A TextDocument is a plain value; safe to share between threads once built.
#pragma once

#include <optional>
#include <string>

#include "text/document_info.h"

namespace lattice::text {

enum class Format { kPlain, kMarkdown, kHtml, kPdf };

struct TextDocument {
  std::string path;  // as given
  std::string name;  // file name without directory and extension ("001_412e78d0eac9eac5")
  Format format = Format::kPlain;
  std::string text;   // canonical UTF-8 text
  DocumentInfo info;  // what the HTML head or the PDF Info dictionary states; empty otherwise
};

// Reads path and produces its canonical text, choosing the reader by extension (.txt, .md,
// .markdown, .html, .htm, .pdf; anything else is read as plain text) and by sniffing (%PDF-,
// <html). Returns nullopt and sets *error to a one-line reason without the path ("not valid UTF-8
// at byte 17", "binary file (NUL byte at 4)", "cannot read: No such file or directory",
// "encrypted PDF", "damaged PDF", "PDF has no text layer (scanned?)", "HTML has no visible
// text", "empty file") when the file cannot be read. error may be null. Never throws; linear in
// the size of the file (files over 1 GiB are refused).
std::optional<TextDocument> read_text_document(const std::string& path, std::string* error);

// The name of a format ("text", "markdown", "html", "pdf").
const char* format_name(Format f);

}  // namespace lattice::text
