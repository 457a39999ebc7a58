// JSON of what extraction found in a document: one object per recommendation, claim and mention
// (the records of `lattice extract --jsonl`, documented in docs/cli.md), in order of position.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "model/model.h"

namespace lattice::render {

// The records of one document, sorted by start (then recommendation, claim, mention).
// doc is the document's name (its file name without extension).
std::vector<nlohmann::ordered_json> extraction_records(const text::TextDocument& doc,
                                               const extract::Extraction& x,
                                               const model::Model& m);

}  // namespace lattice::render
