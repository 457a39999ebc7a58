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

// The views a result may have.
enum class Format { kText, kJson, kCsv, kHtml };
std::string_view format_name(Format f);  // "text", "json", "csv", "html"

// The outcome of one run: errors (parameters that could not be bound), a failure (the analysis
// threw: a message, exit status 1), or render(), which formats the result in any of the query's
// formats.
struct Answer {
  std::vector<ParamError> errors;
  std::optional<std::string> failure;
  std::function<std::string(Format)> render;
  // Input the analysis skipped while answering for the rest (a scenario file with errors, as
  // path:line:col lines): a front end shows them beside the result and reports failure (exit 1).
  std::vector<std::string> problems;

  bool ok() const { return errors.empty() && !failure && render; }
};

// A parameter's old spelling that front ends still accept, with a note (issue 17's renames:
// scenario --date is now --on, bargain --model METHOD is now --method METHOD). An old name that
// is also a front-end option ("model", the model folder) stands for the parameter only when its
// value is not an existing folder.
struct Renamed {
  std::string old_name, new_name;
};

struct Query {
  std::string name, summary;
  std::vector<ParamInfo> params;
  std::vector<Format> formats;
  std::vector<RawArgs> examples;  // each runs on the embedded model in the catalog's tests
  std::vector<Renamed> renamed;   // old spellings still accepted
  std::function<Answer(const Env&, const RawArgs&)> run;

  bool has(Format f) const;
  const ParamInfo* param(std::string_view name) const;
};

}  // namespace lattice::query
