// The JSON lines view of what extraction found in a document: one object per recommendation,
// claim and mention (the records of `lattice extract --jsonl`, documented in docs/cli.md), in
// order of position. Written directly rather than through a JSON tree: extraction output is
// large (a mention every few words) and this is the hot path of `extract --jsonl`.
#pragma once

#include <string>
#include <vector>

#include "extract/extraction.h"
#include "model/model.h"

namespace lattice::views {

// The records of one document as JSON lines (each ending in "\n"), sorted by start (then
// recommendation, claim, mention). doc.name is the document's name.
std::string extraction_jsonl(const text::TextDocument& doc, const extract::Extraction& x,
                             const model::Model& m);

// A JSON string literal for s (quotes included); s must be valid UTF-8.
void append_json_string(std::string& out, std::string_view s);

}  // namespace lattice::views
