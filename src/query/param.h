// The parameters of a query as every front end sees them: how a request field is declared
// (ParamSpec, written once beside the field), how it is described to front ends (ParamInfo:
// type, default, range, choices), the raw text a front end hands in (RawArgs: argv, a URL's query
// string or Python keyword arguments) and the errors binding that text can give (ParamError).
// Plain values; safe to share between threads once built.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lattice::query {

// Declared beside each request field in its visit(). name is snake_case: the CLI spells it
// --kebab-case (or NAME for a positional), HTTP and Python use it as is.
struct ParamSpec {
  std::string_view name;
  std::string_view help;
  bool required = false;
  bool positional = false;
  std::optional<double> min{}, max{};
  // For choices: the noun of the error message ("actor kind"). For a number with a range: what
  // it counts, and then a bad value reads "the number of runs must be a whole number from 1 to
  // 10000000, not '0'".
  std::string_view what{};
  std::string_view alias{};  // another accepted name (a second spelling: "organization")
  // For a repeated parameter: each value may hold several items split at this character
  // ("usa,jpn,kor"), spaces around items ignored, empty items dropped. 0: no splitting.
  char separator = 0;
  // An older CLI spelling still accepted (without the dashes: "csv" for --csv), with a note on
  // stderr. Front ends other than the CLI ignore it.
  std::string_view old_cli_name{};
};

// What a front end needs to offer and check one parameter; made from the spec and the field type.
struct ParamInfo {
  std::string name, help;
  std::string type;   // "bool", "integer", "number", "text", "date", "entity", "choice", "path"
  std::string alias;  // another accepted name; empty when there is none
  bool required = false, positional = false, repeated = false;
  nlohmann::json default_value;  // null when there is none
  std::optional<double> min, max;
  std::vector<std::string> choices;  // for "choice"
  std::string entity_kind;           // for "entity": actor, framework, place, ...
  char separator = 0;                // see ParamSpec::separator
  std::string old_cli_name;          // see ParamSpec::old_cli_name
};

// The raw text of a request: each parameter name with its values (several for a repeated
// parameter). A flag given without a value holds "true".
using RawArgs = std::map<std::string, std::vector<std::string>, std::less<>>;

// A parameter that could not be bound. Usage errors (exit 2 on the CLI, HTTP 400) are
// kMissing..kChoice; kNotFound and kAmbiguous concern the model's content (exit 1, HTTP 422).
struct ParamError {
  enum class Kind { kMissing, kUnknown, kType, kRange, kChoice, kNotFound, kAmbiguous };
  std::string parameter;
  Kind kind = Kind::kType;
  std::string message;  // without the parameter's name ("'x' must be a full date YYYY-MM-DD")

  bool is_usage() const { return kind != Kind::kNotFound && kind != Kind::kAmbiguous; }
};

// "missing", "unknown", "type", "range", "choice", "not_found", "ambiguous".
std::string_view kind_name(ParamError::Kind kind);

}  // namespace lattice::query
