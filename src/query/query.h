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

// Files a result is written to because the request named paths (--graphml FILE): each export is
// one group of files reported together, written into folder (created first when not empty).
struct ExportFile {
  std::string path, content;
};
struct Export {
  std::string folder;
  std::vector<ExportFile> files;
};

// What a result says about itself beyond its views: whether it is a negative answer (a model
// with errors, a name that fits nothing: exit status 1 on the CLI, though the views still print)
// and a note for people reading text (the CLI writes it to stderr after the text view; JSON
// carries the same facts in its keys).
struct Verdict {
  bool negative = false;
  std::string note;  // "" or lines ending in '\n'
};

// What a run tells its user about its inputs beside its result: notes (the run succeeded) and
// problems (inputs that could not be used, such as one unreadable file among several: the result
// holds the rest and the run counts as failed, exit status 1). One line each; the CLI prints them
// on stderr after "lattice: ". A result type with a `Remarks remarks` member hands them to the
// Answer. (A Verdict judges the answer itself; Remarks are about the inputs.)
// file_errors are problems located in an input file, already in the compiler form
// "path:line:col: error: message" (core::Diagnostic), which the CLI prints as they are so that
// editors can jump to them; they count as problems.
struct Remarks {
  std::vector<std::string> notes;
  std::vector<std::string> problems;
  std::vector<std::string> file_errors;

  bool failed() const { return !problems.empty() || !file_errors.empty(); }
};

// The outcome of one run: errors (parameters that could not be bound), a failure (the analysis
// threw: a message, exit status 1), or render(), which formats the result in any of the query's
// formats, with the result's verdict and remarks, and exports(), the files the request asked for
// (none for most queries).
struct Answer {
  std::vector<ParamError> errors;
  std::optional<std::string> failure;
  Remarks remarks;
  std::function<std::string(Format)> render;
  std::function<std::vector<Export>()> exports;
  Verdict verdict;

  bool ok() const { return errors.empty() && !failure && render; }
};

struct Query {
  std::string name, summary;
  std::vector<ParamInfo> params;
  std::vector<Format> formats;
  std::vector<RawArgs> examples;  // each runs on the embedded model in the catalog's tests
  // False for a query about the model folder itself (validate): the front end does not load the
  // model first; Env::model is then null and Env::model_dir names the folder.
  bool needs_model = true;
  std::function<Answer(const Env&, const RawArgs&)> run;

  bool has(Format f) const;
  const ParamInfo* param(std::string_view name) const;
};

}  // namespace lattice::query
