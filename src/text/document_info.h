// DocumentInfo: the metadata a document's reader found in the file while parsing it: an HTML
// page's <title> and <meta> tags (from libxml2's DOM) or a PDF's Info dictionary (from poppler).
// Values are as the file states them, decoded to valid UTF-8 (entities, PDF text strings), with
// their white space kept; deciding what they mean is corpus::document_metadata's job.
// A plain value; empty fields when the file says nothing (always for plain text and Markdown).
#pragma once

#include <string>
#include <vector>

namespace lattice::text {

// One <meta> tag of an HTML head.
struct MetaTag {
  std::string name;     // the name= attribute, else property=, lower-cased ("og:title")
  std::string content;  // the content= attribute ("" when absent)
};

struct DocumentInfo {
  std::string title;          // HTML: the text of the head's first <title>; PDF: Info Title
  std::vector<MetaTag> meta;  // HTML: the head's <meta> tags with a name or property, in order
  std::string author;         // PDF: Info Author
  std::string creation_date;  // PDF: Info CreationDate as written ("D:20200917120000Z")
};

}  // namespace lattice::text
