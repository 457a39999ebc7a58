// Binding raw request text to typed fields (see binder.h).
#include "query/binder.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "core/text.h"
#include "model/queries.h"

namespace lattice::query {

namespace {
// "'text' what", built by appending (GCC 12's -Wrestrict misfires on "'" + std::string).
std::string quoted(std::string_view text, std::string_view what) {
  std::string m = "'";
  m.append(text);
  m += "' ";
  m.append(what);
  return m;
}
// "'text'".
std::string single_quoted(std::string_view text) {
  std::string m = "'";
  m.append(text);
  m += "'";
  return m;
}
}  // namespace

std::string_view kind_name(ParamError::Kind kind) {
  switch (kind) {
    case ParamError::Kind::kMissing:
      return "missing";
    case ParamError::Kind::kUnknown:
      return "unknown";
    case ParamError::Kind::kType:
      return "type";
    case ParamError::Kind::kRange:
      return "range";
    case ParamError::Kind::kChoice:
      return "choice";
    case ParamError::Kind::kNotFound:
      return "not_found";
    case ParamError::Kind::kAmbiguous:
      return "ambiguous";
  }
  return "type";
}

std::optional<std::string> parse_value(std::string_view text, bool& out) {
  if (text == "true" || text == "1" || text == "yes") {
    out = true;
  } else if (text == "false" || text == "0" || text == "no") {
    out = false;
  } else {
    return quoted(text, "is not true or false");
  }
  return std::nullopt;
}

std::optional<std::string> parse_value(std::string_view text, long& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec == std::errc::result_out_of_range) return quoted(text, "is too large");
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    return quoted(text, "is not a whole number");
  return std::nullopt;
}

std::optional<std::string> parse_value(std::string_view text, int& out) {
  long wide = 0;
  if (auto e = parse_value(text, wide)) return e;
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
    return quoted(text, "is too large");
  out = static_cast<int>(wide);
  return std::nullopt;
}

std::optional<std::string> parse_value(std::string_view text, std::uint64_t& out) {
  if (!text.empty() && text[0] == '-') return quoted(text, "is not a whole number 0 or more");
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec == std::errc::result_out_of_range) return quoted(text, "is too large");
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    return quoted(text, "is not a whole number");
  return std::nullopt;
}

std::optional<std::string> parse_value(std::string_view text, double& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() || !std::isfinite(out))
    return quoted(text, "is not a number");
  return std::nullopt;
}

std::optional<std::string> parse_value(std::string_view text, std::string& out) {
  out = std::string(text);
  return std::nullopt;
}

std::optional<std::string> parse_value(std::string_view text, core::Day& out) {
  std::string why;
  const auto d = core::Date::parse(text, &why);
  if (!d) return why;
  if (d->precision() != core::Date::Precision::kDay)
    return quoted(text, "must be a full date YYYY-MM-DD");
  out = d->first_day();
  return std::nullopt;
}

std::optional<std::string> resolve_entity(const model::Model& model, std::string_view text,
                                          model::EntityKind kind, std::string* id) {
  std::string error;
  *id = model::resolve_as(model, text, kind, &error);
  if (id->empty()) return error;
  return std::nullopt;
}

std::optional<std::string> resolve_path(std::string_view text,
                                        const std::filesystem::path& base_dir, std::string* out) {
  if (text.empty()) return std::string("is an empty path");
  const std::filesystem::path path(text);
  *out = base_dir.empty() || path.is_absolute() ? std::string(text) : (base_dir / path).string();
  return std::nullopt;
}

std::optional<std::string> resolve_any_entity(const model::Model& model, std::string_view text,
                                              AnyEntityRef* ref, bool* ambiguous) {
  const model::ResolveResult r = model::resolve(model, text);
  *ambiguous = r.matches.size() > 1;
  if (r.matches.size() == 1) {
    ref->id = r.matches[0].id;
    ref->kind = r.matches[0].kind;
    return std::nullopt;
  }
  std::string message;
  if (r.matches.empty()) {
    message = "nothing in the model is called " + single_quoted(text);
    if (!r.suggestions.empty())
      message += " (did you mean " + single_quoted(r.suggestions[0]) + "?)";
  } else {
    message = single_quoted(text) + " is ambiguous; it names";
    for (const auto& x : r.matches)
      message += " " + x.id + " (" + std::string(model::entity_kind_name(x.kind)) + ")";
    message += "; use an id";
  }
  return message;
}

std::optional<std::string> check_range(double value, const ParamSpec& spec) {
  const bool low = spec.min && value < *spec.min, high = spec.max && value > *spec.max;
  if (!low && !high) return std::nullopt;
  const auto num = [](double x) { return fmt::format("{}", x); };
  if (spec.min && spec.max)
    return "must be from " + num(*spec.min) + " to " + num(*spec.max) + ", not " + num(value);
  if (spec.min) return "must be at least " + num(*spec.min) + ", not " + num(value);
  return "must be at most " + num(*spec.max) + ", not " + num(value);
}

std::string number_message(std::string_view text, const ParamSpec& spec, bool whole) {
  std::string m(spec.what);
  m += whole ? " must be a whole number " : " must be a number ";
  if (spec.min && spec.max)
    m += fmt::format("from {} to {}", *spec.min, *spec.max);
  else if (spec.min)
    m += fmt::format("of at least {}", *spec.min);
  else
    m += fmt::format("of at most {}", *spec.max);
  m += ", not '";
  m.append(text);
  m += "'";
  return m;
}

std::vector<std::string> Binder::split_items(const std::vector<std::string>& values,
                                             char separator) {
  std::vector<std::string> items;
  for (const auto& value : values)
    for (const auto& item : core::split(value, separator)) {
      const std::string_view trimmed = core::trim(item);
      if (!trimmed.empty()) items.emplace_back(trimmed);
    }
  return items;
}

std::vector<ParamError> Binder::finish() {
  for (const auto& [name, values] : raw_) {
    if (seen_.count(name)) continue;
    const std::string valid = core::join({seen_.begin(), seen_.end()}, ", ");
    errors_.push_back({name, ParamError::Kind::kUnknown,
                       "is not a parameter of this query (parameters: " + valid + ")"});
  }
  return std::move(errors_);
}

}  // namespace lattice::query
