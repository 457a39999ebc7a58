// The bargaining examples of examples/ (one stakeholder file per folder), compiled into the
// binary by cmake/embed_examples.cmake so that `lattice report` can show them from any
// directory. Read-only static data; safe from any thread.
#pragma once

#include <string_view>
#include <vector>

namespace lattice::bargain {

struct EmbeddedExample {
  std::string_view id;       // the example's folder under examples/, e.g. "futenma-relocation"
  std::string_view path;     // the input file relative to examples/
  std::string_view content;  // the file's bytes
};

// Every embedded input file, sorted by path (empty when examples/ had none at build time).
const std::vector<EmbeddedExample>& embedded_examples();

}  // namespace lattice::bargain
