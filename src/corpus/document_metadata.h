// Document metadata (title, organisation, publication date) read from a document where it says
// so: YAML front matter, the HTML <title> and <meta> tags or PDF Info dictionary that its reader
// found (text::DocumentInfo), a first-line title and a dateline near the start. Every field may
// be empty when the document is silent. Pure functions on a TextDocument (the file is not read
// again); safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/document_info.h"
#include "text/text_document.h"

namespace lattice::corpus {

struct DocumentMetadata {
  std::string title;
  std::string organisation;
  std::string date;  // ISO 8601, possibly partial: "2020", "2020-12" or "2020-12-07"; "" if unknown
};

// How far into the canonical text titles and datelines are looked for.
inline constexpr size_t kMetadataScanBytes = 2048;

// The metadata of a document, from its canonical text and, for HTML and PDF, doc.info. Sources,
// most trusted first: front matter, HTML meta / PDF info, then the text's first heading or first
// short line (title) and dateline (date); a PDF's CreationDate comes after the dateline, as it
// only says when the file was made. An organisation is also taken from the host of a
// front-matter source_url / url when nothing else names one.
DocumentMetadata document_metadata(const text::TextDocument& doc);

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

// The metadata of an HTML page's head as its reader found it (info.title, info.meta), white
// space collapsed: title from citation_title / og:title / dc.title / <title>; organisation from
// citation_publisher / og:site_name / dc.publisher / publisher / author; date from the first of
// citation_publication_date / citation_date / article:published_time / dc.date / dcterms.date /
// date / pubdate that parses (ISO with an optional time, slashes, or a written date).
DocumentMetadata html_metadata(const text::DocumentInfo& info);

// The metadata of a PDF's Info dictionary as its reader found it: Title (dropped when it is only
// a word-processor file name or placeholder), Author as organisation, and the day of
// CreationDate ("D:YYYYMMDD...").
DocumentMetadata pdf_info_metadata(const text::DocumentInfo& info);

// The title and date that the first kMetadataScanBytes of a canonical text suggest: the first
// heading ("# ..."), else the first short line that is not a dateline; the first line that is a
// date by itself (optionally after "Published", "Updated" or "Date").
DocumentMetadata text_metadata(std::string_view text);

}  // namespace lattice::corpus
