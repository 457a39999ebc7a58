// Document metadata (title, organisation, publication date) read from a document where it says
// so: YAML front matter, HTML <title> and <meta> tags, the PDF Info dictionary, a first-line
// title and a dateline near the start. Every field may be empty when the document is silent.
// Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/text_document.h"

namespace lattice::corpus {

struct DocumentMetadata {
  std::string title;
  std::string organisation;
  std::string date;  // ISO 8601, possibly partial: "2020", "2020-12" or "2020-12-07"; "" if unknown
};

// How far into the canonical text titles and datelines are looked for.
inline constexpr size_t kMetadataScanBytes = 2048;

// The metadata of a document. file_bytes are the bytes of its file (needed for HTML meta tags
// and the PDF Info dictionary; the canonical text is used for everything else). Sources, most
// trusted first: front matter, HTML meta / PDF info, then the text's first heading or first
// short line (title) and dateline (date); an organisation is also taken from the host of a
// front-matter source_url / url when nothing else names one.
DocumentMetadata document_metadata(const text::TextDocument& doc, std::string_view file_bytes);

// Fields of overrides that are not empty replace those of base.
DocumentMetadata with_overrides(DocumentMetadata base, const DocumentMetadata& overrides);

// Parses a date as written in documents into ISO form: "2021-09-15", "2020-12", "2020",
// "DECEMBER 2020" / "June 2024" / "Sept. 2019" (-> year-month), "April 27, 2015" and
// "27 April 2015" (-> full date). The whole of text (trimmed) must be the date. nullopt otherwise.
std::optional<std::string> parse_document_date(std::string_view text);

// The metadata stated in YAML front matter ("---" line, key: value lines, "---" line) at the very
// start of text; empty fields when there is none. Keys: title; date; organisation, organization,
// publisher, author (first present wins); source_url or url (host used as organisation last).
DocumentMetadata front_matter_metadata(std::string_view text);

// The metadata of an HTML page's head: citation_title / og:title / <title>; citation_publisher /
// og:site_name / author; citation_publication_date / article:published_time / date / dc.date.
DocumentMetadata html_metadata(std::string_view html);

// The Title, Author and CreationDate of a PDF's Info dictionary when it is stored uncompressed
// (titles that are only a word-processor file name are dropped).
DocumentMetadata pdf_info_metadata(std::string_view pdf_bytes);

// The title and date that the first kMetadataScanBytes of a canonical text suggest: the first
// heading ("# ..."), else the first short line that is not a dateline; the first line that is a
// date by itself (optionally after "Published", "Updated" or "Date").
DocumentMetadata text_metadata(std::string_view text);

}  // namespace lattice::corpus
