// Reading an input document into its canonical text: picks the reader from the extension and
// the first bytes, and turns every failure into a one-line reason (the caller adds the path).
//
// Choices:
//  - .txt, .md and .markdown are returned byte for byte, so offsets into the text are offsets
//    into the file. A UTF-8 byte order mark therefore stays in the text (as bytes 0-2) rather
//    than shifting every offset by three.
//  - whatever the extension, bytes starting with "%PDF-" are read as PDF; other extensions than
//    the known ones are sniffed for HTML ("<!doctype html" or "<html" after white space and a
//    BOM, case-insensitive) and otherwise read as plain text.
//  - plain text must be UTF-8 without NUL bytes ("binary file (NUL byte at N)" is reported
//    first when a NUL appears in the first 8 KiB, as most binary formats have one early).
//  - the HTML and PDF readers also fill doc.info (head tags, Info dictionary) from their parse.
#include "text/text_document.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <string>
#include <utility>

#include "core/file_read.h"
#include "core/text.h"
#include "text/html_reader.h"
#include "text/pdf_reader.h"

namespace lattice::text {
namespace {

constexpr size_t kBinarySniffBytes = 8192;

// "dir/001_abc.txt" -> {"001_abc", ".txt"}
std::pair<std::string, std::string> split_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  std::string file = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = file.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return {file, ""};
  return {file.substr(0, dot), core::to_lower(file.substr(dot))};
}

bool starts_with_pdf_magic(std::string_view bytes) {
  return bytes.substr(0, 5) == "%PDF-";
}

bool looks_like_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' ||
                              bytes[i] == '\r' || bytes[i] == '\f')) {
    ++i;
  }
  const std::string head = core::to_lower(bytes.substr(i, 14));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

// Checks that plain text is UTF-8 without NUL bytes; sets *error otherwise.
bool check_plain_text(std::string_view bytes, std::string* error) {
  const size_t sniff = std::min(bytes.size(), kBinarySniffBytes);
  if (const void* nul = std::memchr(bytes.data(), '\0', sniff)) {
    *error = "binary file (NUL byte at " +
             std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")";
    return false;
  }
  size_t bad = 0;
  if (!core::is_valid_utf8(bytes, &bad)) {
    *error = "not valid UTF-8 at byte " + std::to_string(bad);
    return false;
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    *error = "binary file (NUL byte at " +
             std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")";
    return false;
  }
  return true;
}

std::optional<TextDocument> read_text_document_unguarded(const std::string& path,
                                                         std::string* error) {
  TextDocument doc;
  doc.path = path;
  const auto [name, extension] = split_name(path);
  doc.name = name;

  auto read = core::read_file(path, error);
  if (!read) return std::nullopt;
  std::string bytes = std::move(*read);
  if (bytes.empty()) {
    *error = "empty file";
    return std::nullopt;
  }

  if (extension == ".pdf" || starts_with_pdf_magic(bytes)) {
    doc.format = Format::kPdf;
  } else if (extension == ".html" || extension == ".htm" || extension == ".xhtml") {
    doc.format = Format::kHtml;
  } else if (extension == ".md" || extension == ".markdown") {
    doc.format = Format::kMarkdown;
  } else if (extension == ".txt") {
    doc.format = Format::kPlain;
  } else {
    doc.format = looks_like_html(bytes) ? Format::kHtml : Format::kPlain;
  }

  switch (doc.format) {
    case Format::kPlain:
    case Format::kMarkdown:
      if (!check_plain_text(bytes, error)) return std::nullopt;
      doc.text = std::move(bytes);
      return doc;
    case Format::kHtml: {
      auto text = html_visible_text(bytes, error, &doc.info);
      if (!text) return std::nullopt;
      if (text->empty()) {
        *error = "HTML has no visible text";
        return std::nullopt;
      }
      doc.text = std::move(*text);
      return doc;
    }
    case Format::kPdf: {
      auto text = pdf_text(bytes, error, &doc.info);
      if (!text) return std::nullopt;
      doc.text = std::move(*text);
      return doc;
    }
  }
  *error = "unknown format";
  return std::nullopt;
}

}  // namespace

std::optional<TextDocument> read_text_document(const std::string& path, std::string* error) {
  std::string local_error;
  std::string* reason = error ? error : &local_error;
  try {
    return read_text_document_unguarded(path, reason);
  } catch (const std::bad_alloc&) {
    *reason = "out of memory";
  } catch (const std::exception& e) {
    *reason = std::string("cannot read: ") + e.what();
  } catch (...) {
    *reason = "cannot read: unexpected error";
  }
  return std::nullopt;
}

const char* format_name(Format f) {
  switch (f) {
    case Format::kPlain:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
    case Format::kPdf:
      return "pdf";
  }
  return "text";
}

}  // namespace lattice::text
