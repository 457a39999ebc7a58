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
    case Format::kGraphml:
      return "graphml";
  }
  return "text";
}

std::optional<Format> format_named(std::string_view name) {
  for (Format f : {Format::kText, Format::kJson, Format::kCsv, Format::kHtml, Format::kGraphml})
    if (format_name(f) == name) return f;
  return std::nullopt;
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
