// A query as the catalog holds it: its name, summary, parameters (ParamInfo), output formats,
// examples, and run(), which binds raw text to the typed request, runs the analysis and returns
// either the errors or a renderer of the result. Type-erased, so one list holds every query; a
// Query is immutable once built and run() may be called from several threads at once.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/env.h"
#include "query/param.h"

namespace lattice::query {

// The views a result may have. kJsonl: one JSON object per line, for results that are streams
// of records.
enum class Format { kText, kJson, kCsv, kHtml, kJsonl };
std::string_view format_name(Format f);  // "text", "json", "csv", "html", "jsonl"

// What a run tells its user beside its result: notes (the run succeeded) and problems (inputs
// that could not be used, such as one unreadable file among several: the result holds the rest
// and the run counts as failed). One line each; the CLI prints them on stderr after "lattice: ".
// A result type that has a `Remarks remarks` member hands them to the Answer.
struct Remarks {
  std::vector<std::string> notes;
  std::vector<std::string> problems;
};

// The outcome of one run: errors (parameters that could not be bound), a failure (the analysis
// threw: a message, exit status 1), or render(), which formats the result in any of the query's
// formats, with the result's remarks.
struct Answer {
  std::vector<ParamError> errors;
  std::optional<std::string> failure;
  Remarks remarks;
  std::function<std::string(Format)> render;

  bool ok() const { return errors.empty() && !failure && render; }
};

struct Query {
  std::string name, summary;
  std::vector<ParamInfo> params;
  std::vector<Format> formats;
  std::vector<RawArgs> examples;  // each runs on the embedded model in the catalog's tests
  std::function<Answer(const Env&, const RawArgs&)> run;

  bool has(Format f) const;
  const ParamInfo* param(std::string_view name) const;
};

}  // namespace lattice::query
