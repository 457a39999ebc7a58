// HTML building blocks: escaping of text and attributes. Pure; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace lattice::views {

// Escapes &, <, >, " and ' so that text is inert in HTML element content and attributes.
std::string html_escape(std::string_view text);

}  // namespace lattice::views
