// Parsing of source references ("doc:ID@START-END", "ref:ID", "data:ID") as written in
// model files. Pure; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/entities.h"

namespace lattice::model {

// Parses one reference. Returns nullopt and sets *error when the text is not of a known form.
std::optional<SourceRef> parse_source_ref(std::string_view text, std::string* error);

}  // namespace lattice::model
