// Visible text of an HTML page, through libxml2's HTML parser: scripts, styles, templates,
// navigation, headers/footers, forms and hidden elements are left out; block elements become
// paragraphs (blank-line separated), list items become "- " bullets, headings keep their level
// as "#" marks, entities are decoded, and white space is collapsed as a browser would. The same
// parse also yields the head's <title> and <meta> tags as a DocumentInfo.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/document_info.h"

namespace lattice::text {

// Returns the canonical text of html (conventions in html_reader.cpp; empty when nothing is
// visible), or nullopt with *error set ("empty HTML", "cannot parse HTML") when it cannot be
// parsed at all. error may be null. Iterative: any nesting depth is fine.
// When info is given and text is returned, *info receives the page's head: the text of the first
// <title> and every <meta> tag with a name= or property= (names lower-cased, in document order),
// with entities decoded by libxml2 and ill-formed bytes repaired to U+FFFD; otherwise *info is left
// empty.
std::optional<std::string> html_visible_text(std::string_view html, std::string* error,
                                             DocumentInfo* info = nullptr);

}  // namespace lattice::text
