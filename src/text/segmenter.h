// Sentence segmentation for policy documents: orthographic sentences, bullets and list items,
// and headings, as byte spans of the text. Knows the abbreviations of the field (U.S., U.K.,
// D.C., U.N., Gen., Dr., Jan., No., e.g., i.e.) so that "U.S. Forces Japan" stays whole and two
// sentences are not merged. Pure; safe from any thread. Linear in the size of the text.
#pragma once

#include <string_view>
#include <vector>

namespace lattice::text {

enum class UnitKind { kSentence, kBullet, kHeading };

// A unit of text: [start, end) byte offsets, trimmed of surrounding white space, bullet glyphs
// and list numbers, markdown emphasis at the edges and outer quotation marks (the conventions
// of ../shared/gold/README.md).
struct Unit {
  size_t start = 0, end = 0;
  UnitKind kind = UnitKind::kSentence;
};

std::vector<Unit> segment(std::string_view text);

const char* unit_kind_name(UnitKind k);

}  // namespace lattice::text
