// Parsing TOML text with toml++, safe on any bytes. toml++ 3.3 reaches an "unreachable" branch
// (undefined behaviour) when it asks whether some code points between U+00A1 and U+FEFE are white
// space, which happens after a bare key or a line-ending backslash in a multi-line string (toml++
// issues 190 and 295). parse_toml keeps that input away from it: it moves those code points into a
// supplementary plane the text does not use (toml++ classifies them the same way there), parses,
// and moves them back in every string value, every key and the error message. Lines and columns
// are unchanged (toml++ counts code points). Pure; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "core/diagnostic.h"

namespace lattice::model {

// Parses text. On a syntax error returns nullopt and adds the error, at its line and column in
// path, to diags. O(size of text).
std::optional<toml::table> parse_toml(std::string_view text, const std::string& path,
                                      core::Diagnostics& diags);

// A key of a table returned by parse_toml, as written in the file.
std::string key_text(const toml::key& key);

}  // namespace lattice::model
