// Query helpers (see query.h).
#include "query/query.h"

#include <algorithm>

namespace lattice::query {

std::string_view format_name(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kJson:
      return "json";
    case Format::kCsv:
      return "csv";
    case Format::kHtml:
      return "html";
    case Format::kJsonl:
      return "jsonl";
  }
  return "text";
}

bool Query::has(Format f) const {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

const ParamInfo* Query::param(std::string_view name) const {
  for (const auto& p : params)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace lattice::query
