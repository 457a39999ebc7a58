// Source references (where a fact comes from) and their parsing ("doc:ID@START-END", "ref:ID",
// "data:ID") as written in model files. Pure; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace lattice::model {

// Where a fact comes from: a document of the model (optionally a byte span in its file), a
// declared reference (treaty text, statement, web page) or a declared data set.
struct SourceRef {
  enum class Kind { kDocument, kReference, kDataset };
  Kind kind = Kind::kReference;
  std::string id;
  bool has_span = false;
  size_t start = 0, end = 0;  // byte span [start, end) when has_span
  std::string text;           // as written ("doc:csis_2020@10-20")
};

// Parses one reference. Returns nullopt and sets *error when the text is not of a known form.
std::optional<SourceRef> parse_source_ref(std::string_view text, std::string* error);

}  // namespace lattice::model
