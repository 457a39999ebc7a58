#include "scenario/scenario_file.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/file_read.h"
#include "core/text.h"
#include "model/queries.h"
#include "model/toml_parse.h"
#include "model/vocabulary.h"

namespace lattice::scenario {
namespace {

const std::vector<std::string> kTopKeys = {"title", "date", "options", "credibility", "event"};
const std::vector<std::string> kOptionKeys = {
    "cascade",  "include_conditional", "simulate", "seed", "max_rounds",
    "response", "conditional_factor"};
const std::vector<std::string> kEventKeys = {"by",   "against", "target", "at",
                                             "kind", "date",    "label"};

core::SourceLocation location(const std::string& path, const toml::source_region& r) {
  return {path, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

// "a, b or c".
std::string either(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " or " : ", ";
    out += names[i];
  }
  return out;
}

// Reads the typed fields of one table of a scenario file. Every problem goes to diags with the
// place of the value (or of the table when the value is missing); `what` names the table in
// messages ("event 2", "[options]"), `in` says where an unknown key was found ("in event 2").
class TableReader {
 public:
  TableReader(const toml::table& table, const std::string& path, std::string what, std::string in,
              core::Diagnostics& diags)
      : table_(table), path_(path), what_(std::move(what)), in_(std::move(in)), diags_(diags) {}

  core::SourceLocation where() const { return location(path_, table_.source()); }
  core::SourceLocation where(std::string_view key) const {
    const toml::node* n = table_.get(key);
    return n ? location(path_, n->source()) : where();
  }
  bool has(std::string_view key) const { return table_.get(key) != nullptr; }
  // Reports "<what> field '<key>': <message>" at the key's value.
  void error(std::string_view key, const std::string& message) {
    std::string msg = what_;
    msg += " field '";
    msg += key;
    msg += "': ";
    msg += message;
    diags_.error(where(key), std::move(msg));
  }

  // A string, trimmed; nullopt when missing (an error when required) or of another type, and
  // when empty unless allow_empty.
  std::optional<std::string> text(std::string_view key, bool required, bool allow_empty = false) {
    const toml::node* n = get(key, required);
    if (!n) return std::nullopt;
    const auto s = n->value_exact<std::string>();
    if (!s) {
      type_error(key, "a string");
      return std::nullopt;
    }
    if (core::trim(*s).empty() && !allow_empty) {
      std::string msg = what_;
      msg += " field '";
      msg += key;
      msg += "' is empty";
      diags_.error(where(key), std::move(msg));
      return std::nullopt;
    }
    return std::string(core::trim(*s));
  }

  std::optional<bool> boolean(std::string_view key) {
    const toml::node* n = get(key, false);
    if (!n) return std::nullopt;
    if (auto v = n->value_exact<bool>()) return *v;
    type_error(key, "true or false");
    return std::nullopt;
  }

  // An integer within [lo, hi].
  std::optional<int64_t> integer(std::string_view key, int64_t lo, int64_t hi) {
    const toml::node* n = get(key, false);
    if (!n) return std::nullopt;
    const auto v = n->value_exact<int64_t>();
    if (!v) {
      type_error(key, "a whole number");
      return std::nullopt;
    }
    if (*v < lo || *v > hi) {
      std::string expected =
          hi == INT64_MAX ? fmt::format("{} or more", lo) : fmt::format("from {} to {}", lo, hi);
      expected += fmt::format(" (got {})", *v);
      type_error(key, expected);
      return std::nullopt;
    }
    return *v;
  }

  // A number (integer or float) within [lo, hi].
  std::optional<double> number(std::string_view key, double lo, double hi) {
    const toml::node* n = get(key, false);
    if (!n) return std::nullopt;
    if (!n->is_integer() && !n->is_floating_point()) {
      type_error(key, fmt::format("a number from {} to {}", lo, hi));
      return std::nullopt;
    }
    const double v = *n->value<double>();
    if (!(v >= lo && v <= hi)) {
      type_error(key, fmt::format("from {} to {} (got {})", lo, hi, v));
      return std::nullopt;
    }
    return v;
  }

  // A full day: a TOML date (2026-06-01) or a string "YYYY-MM-DD".
  std::optional<core::Day> day(std::string_view key) {
    const toml::node* n = get(key, false);
    if (!n) return std::nullopt;
    std::string written;
    if (auto d = n->value_exact<toml::date>()) {
      written = core::Date::from_parts(d->year, d->month, d->day).to_string();
    } else if (n->is_date_time() || n->is_time()) {
      error(key, "a date and time is given; give a day YYYY-MM-DD without a time");
      return std::nullopt;
    } else if (auto s = n->value_exact<std::string>()) {
      written = std::string(core::trim(*s));
    } else {
      type_error(key, "a date YYYY-MM-DD");
      return std::nullopt;
    }
    std::string why;
    const auto d = core::Date::parse(written, &why);
    if (!d) {
      error(key, why);
      return std::nullopt;
    }
    if (d->precision() != core::Date::Precision::kDay) {
      error(key, "'" + written + "' is not a full date; give year, month and day (YYYY-MM-DD)");
      return std::nullopt;
    }
    return d->first_day();
  }

  // A sub-table; reports a type error when the key holds something else.
  const toml::table* table(std::string_view key, const std::string& shape) {
    const toml::node* n = get(key, false);
    if (!n) return nullptr;
    if (const toml::table* t = n->as_table()) return t;
    type_error(key, shape);
    return nullptr;
  }

  // An array of tables ([[key]]), possibly empty; reports a type error when the key holds
  // something else.
  const toml::array* tables(std::string_view key, const std::string& shape) {
    const toml::node* n = get(key, false);
    if (!n) return nullptr;
    const toml::array* arr = n->as_array();
    if (arr && (arr->empty() || arr->is_array_of_tables())) return arr;
    type_error(key, shape);
    return nullptr;
  }

  // Reports every key of the table that is not one of known, with a suggestion.
  void finish(const std::vector<std::string>& known) {
    for (const auto& [k, v] : table_) {
      const std::string key = model::key_text(k);
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      std::string msg = "unknown field '" + key + "' " + in_;
      const std::string near = core::closest_match(key, known);
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      msg += "; expected ";
      msg += either(known);
      diags_.error(location(path_, k.source()), std::move(msg));
    }
  }

 private:
  const toml::node* get(std::string_view key, bool required) {
    const toml::node* n = table_.get(key);
    if (!n && required) {
      std::string msg = what_;
      msg += " is missing the field '";
      msg += key;
      msg += "'";
      diags_.error(where(), std::move(msg));
    }
    return n;
  }
  void type_error(std::string_view key, const std::string& expected) {
    std::string msg = what_;
    msg += " field '";
    msg += key;
    msg += "' must be ";
    msg += expected;
    diags_.error(where(key), std::move(msg));
  }

  const toml::table& table_;
  const std::string& path_;
  std::string what_, in_;
  core::Diagnostics& diags_;
};

// A value of vocabulary E spelled in field key, or nullopt after reporting the valid spellings.
template <typename E>
std::optional<E> vocabulary(TableReader& r, std::string_view key, const std::string& s) {
  if (auto v = model::parse<E>(s)) return v;
  std::vector<std::string> names;
  for (auto n : model::names_of<E>()) names.emplace_back(n);
  std::string msg = "unknown ";
  msg += key;
  msg += " '" + s + "'";
  const std::string near = core::closest_match(s, names);
  if (!near.empty()) msg += " (did you mean '" + near + "'?)";
  msg += "; expected ";
  msg += model::list_of<E>();
  r.error(key, msg);
  return std::nullopt;
}

// A place of the model or a state (its metropolitan territory), as `lattice scenario --at`
// resolves it. "" and *error set when text names neither.
std::string resolve_place(const model::Model& m, const std::string& text, std::string* error) {
  return model::resolve_among(m, text, {model::EntityKind::kPlace, model::EntityKind::kActor},
                              error);
}

// The state of one parse: the file's path, the model and the list of problems.
struct Parse {
  const std::string& path;
  const model::Model& m;
  core::Diagnostics& diags;
};

void read_options(const toml::table& t, Parse& p, ScenarioFileOptions& o) {
  TableReader r(t, p.path, "[options]", "in [options]", p.diags);
  o.cascade = r.boolean("cascade");
  o.include_conditional = r.boolean("include_conditional");
  o.simulate = r.integer("simulate", 0, kMaxSimulateRuns);
  if (auto s = r.integer("seed", 0, INT64_MAX)) o.seed = static_cast<uint64_t>(*s);
  o.max_rounds = r.integer("max_rounds", 1, kMaxCascadeRounds);
  if (const auto s = r.text("response", false)) {
    const auto v = model::parse<model::TargetKind>(*s);
    if (v == model::TargetKind::kArmedForces || v == model::TargetKind::kTerritory)
      o.response = v;
    else
      r.error("response", "unknown response '" + *s + "'; expected armed_forces or territory");
  }
  o.conditional_factor = r.number("conditional_factor", 0, 1);
  r.finish(kOptionKeys);
}

void read_credibility(const toml::table& t, Parse& p, std::map<std::string, double>& out) {
  std::vector<std::string> ids;
  for (const auto& c : p.m.commitments()) ids.push_back(c.id);
  for (const auto& [k, v] : t) {
    const std::string id = model::key_text(k);
    bool ok = true;
    const model::EntityRef* ref = p.m.find(id);
    if (!ref || ref->kind != model::EntityKind::kCommitment) {
      std::string msg = "[credibility]: unknown commitment '" + id + "'";
      std::string near = core::closest_match(id, ids);
      if (near.empty()) {  // ids written with '-' for '_'
        std::string underscored = id;
        std::replace(underscored.begin(), underscored.end(), '-', '_');
        near = core::closest_match(underscored, ids);
      }
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      p.diags.error(location(p.path, k.source()), std::move(msg));
      ok = false;
    }
    if (!v.is_integer() && !v.is_floating_point()) {
      p.diags.error(location(p.path, v.source()),
                    "[credibility] '" + id + "' must be a number from 0 to 1");
      continue;
    }
    const double x = *v.value<double>();
    if (!(x >= 0 && x <= 1)) {
      p.diags.error(
          location(p.path, v.source()),
          "[credibility] '" + id + "' must be from 0 to 1 (got " + fmt::format("{}", x) + ")");
      continue;
    }
    if (ok) out[id] = x;
  }
}

// One [[event]]; nullopt when it has any problem (all of them reported).
std::optional<ScenarioEvent> read_event(const toml::table& t, size_t index, Parse& p,
                                        std::optional<core::Day> file_date,
                                        bool file_date_written) {
  const std::string what = "event " + std::to_string(index);
  TableReader r(t, p.path, what, "in " + what, p.diags);
  const size_t errors_before = p.diags.error_count();
  ScenarioEvent out;
  out.line = static_cast<int>(t.source().begin.line);
  std::string error;
  for (const char* key : {"by", "against"}) {
    const auto s = r.text(key, true);
    if (!s) continue;
    std::string id = model::resolve_as(p.m, *s, model::EntityKind::kActor, &error);
    if (id.empty()) r.error(key, error);
    (std::string_view(key) == "by" ? out.event.by : out.event.against) = std::move(id);
  }
  if (const auto s = r.text("target", false)) {
    if (auto v = vocabulary<model::TargetKind>(r, "target", *s)) out.event.target = *v;
  }
  if (const auto s = r.text("at", false)) {
    out.event.at = resolve_place(p.m, *s, &error);
    if (out.event.at.empty()) r.error("at", error);
  }
  if (const auto s = r.text("kind", false)) {
    if (auto v = vocabulary<model::EventKind>(r, "kind", *s)) out.event.kind = *v;
  }
  if (r.has("date")) {
    if (auto d = r.day("date")) out.event.day = *d;
  } else if (file_date) {
    out.event.day = *file_date;
  } else if (!file_date_written) {
    p.diags.error(r.where(),
                  what + " has no date: give 'date' in the event or at the top of the file");
  }
  out.label = r.text("label", false, true).value_or("");
  if (!out.event.by.empty() && out.event.by == out.event.against)
    r.error("against", "the attacker and the party attacked are the same (" + out.event.by + ")");
  r.finish(kEventKeys);
  if (p.diags.error_count() != errors_before) return std::nullopt;
  // The evaluator's own check, so that an event read here can always be evaluated.
  if (const std::string why = check_event(p.m, out.event); !why.empty()) {
    p.diags.error(r.where(), what + ": " + why);
    return std::nullopt;
  }
  return out;
}

}  // namespace

ScenarioFileResult parse_scenario_file(std::string_view text, const std::string& path,
                                       const model::Model& m) {
  ScenarioFileResult res;
  res.file.path = path;
  const std::optional<toml::table> parsed = model::parse_toml(text, path, res.diagnostics);
  if (!parsed) return res;
  const toml::table& root = *parsed;
  Parse p{path, m, res.diagnostics};
  ScenarioFile& f = res.file;
  TableReader r(root, path, "top-level", "at the top level", res.diagnostics);
  f.title = r.text("title", false, true).value_or("");
  f.date = r.day("date");
  if (const toml::table* t = r.table("options", "a table ([options])"))
    read_options(*t, p, f.options);
  if (const toml::table* t = r.table("credibility", "a table ([credibility])"))
    read_credibility(*t, p, f.credibility);
  const toml::array* events = r.tables("event", "an array of tables ([[event]])");
  if (events) {
    size_t index = 0;
    for (const auto& item : *events)
      if (auto e = read_event(*item.as_table(), ++index, p, f.date, r.has("date")))
        f.events.push_back(std::move(*e));
  }
  if (!r.has("event") || (events && events->empty()))
    res.diagnostics.error({path, 1, 1}, "no [[event]]: a scenario file needs at least one event");
  r.finish(kTopKeys);
  res.diagnostics.sort();
  if (res.diagnostics.has_errors()) {
    res.file = ScenarioFile{};
    res.file.path = path;
  }
  return res;
}

ScenarioFileResult read_scenario_file(const std::string& path, const model::Model& m) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  const bool regular = exists && std::filesystem::is_regular_file(path, ec);
  std::string reason;
  std::optional<std::string> text;
  if (regular) text = core::read_file(path, &reason);
  if (!text) {
    ScenarioFileResult res;
    res.file.path = path;
    res.diagnostics.error({path, 0, 0}, !exists ? "no such scenario file"
                                        : !regular
                                            ? "the scenario file is not a regular file"
                                            : "cannot read the scenario file (" + reason + ")");
    return res;
  }
  return parse_scenario_file(*text, path, m);
}

}  // namespace lattice::scenario
