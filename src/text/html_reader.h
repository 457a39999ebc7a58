// Visible text of an HTML page, through libxml2's HTML parser: scripts, styles, templates,
// navigation, headers/footers, forms and hidden elements are left out; block elements become
// paragraphs (blank-line separated), list items become "- " bullets, headings keep their level
// as "#" marks, entities are decoded, and white space is collapsed as a browser would.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lattice::text {

// Returns the canonical text of html (conventions in html_reader.cpp; empty when nothing is
// visible), or nullopt with *error set ("empty HTML", "cannot parse HTML") when it cannot be
// parsed at all. error may be null. Iterative: any nesting depth is fine.
std::optional<std::string> html_visible_text(std::string_view html, std::string* error);

}  // namespace lattice::text
