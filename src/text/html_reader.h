// Visible text of an HTML page, through libxml2's HTML parser: scripts, styles, templates,
// navigation, headers/footers, forms and hidden elements are left out; block elements become
// paragraphs (blank-line separated), list items become "- " bullets, headings keep their level
// as "#" marks, entities are decoded, and white space is collapsed as a browser would.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lattice::text {

// Returns the canonical text of html, or nullopt with *error set when it cannot be parsed at all.
std::optional<std::string> html_visible_text(std::string_view html, std::string* error);

}  // namespace lattice::text
