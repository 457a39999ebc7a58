#include "model/source_ref.h"

#include <charconv>

#include "core/text.h"

namespace lattice::model {
namespace {

bool parse_size(std::string_view s, size_t* out) {
  if (s.empty() || s.size() > 15) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc();
}

}  // namespace

std::optional<SourceRef> parse_source_ref(std::string_view text, std::string* error) {
  SourceRef ref;
  ref.text = std::string(core::trim(text));
  std::string_view t = ref.text;
  const size_t colon = t.find(':');
  const std::string_view prefix = colon == t.npos ? std::string_view() : t.substr(0, colon);
  std::string_view rest = colon == t.npos ? t : t.substr(colon + 1);
  if (prefix == "doc") {
    ref.kind = SourceRef::Kind::kDocument;
    const size_t at = rest.find('@');
    if (at != rest.npos) {
      const std::string_view span = rest.substr(at + 1);
      const size_t dash = span.find('-');
      if (dash == span.npos || !parse_size(span.substr(0, dash), &ref.start) ||
          !parse_size(span.substr(dash + 1), &ref.end)) {
        if (error) *error = "source '" + ref.text + "': span must be START-END byte offsets";
        return std::nullopt;
      }
      if (ref.end <= ref.start) {
        if (error) *error = "source '" + ref.text + "': span end must be after its start";
        return std::nullopt;
      }
      ref.has_span = true;
      rest = rest.substr(0, at);
    }
  } else if (prefix == "ref") {
    ref.kind = SourceRef::Kind::kReference;
  } else if (prefix == "data") {
    ref.kind = SourceRef::Kind::kDataset;
  } else {
    if (error)
      *error = "source '" + ref.text +
               "' must start with doc:, ref: or data: (a URL belongs in a "
               "[[reference]])";
    return std::nullopt;
  }
  ref.id = std::string(rest);
  if (!core::is_valid_id(ref.id)) {
    if (error) *error = "source '" + ref.text + "': '" + ref.id + "' is not a valid id";
    return std::nullopt;
  }
  return ref;
}

}  // namespace lattice::model
