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

// The views a result may have. kGraphml is written to a file a path parameter names
// (ParamSpec::writes), never printed.
enum class Format { kText, kJson, kCsv, kHtml, kGraphml };
std::string_view format_name(Format f);  // "text", "json", "csv", "html", "graphml"
// The format of a name format_name() gives, or nullopt.
std::optional<Format> format_named(std::string_view name);

// The outcome of one run: errors (parameters that could not be bound), a failure (the analysis
// threw: a message, exit status 1), or render(), which formats the result in any of the query's
// formats. problems: inputs the analysis skipped (a file it could not read), each a message
// naming the input; the result is still rendered, and the CLI exits with status 1.
struct Answer {
  std::vector<ParamError> errors;
  std::optional<std::string> failure;
  std::vector<std::string> problems;
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
