// Claim checking as a query: the quantitative claims of documents (files the request names, or
// the model's own documents for the report) checked against the model's indicator series
// (docs/claimcheck.md). A file that cannot be read is a problem of the result (named with its
// reason), not a failure: the other documents are still checked.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/claim_check.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"
#include "query/query.h"

namespace lattice::query {

struct CheckRequest {
  std::vector<Path> files;

  template <class V>
  void visit(V&& v) {
    v(files, {.name = "file",
              .help = "Documents: .txt, .md, .html, .pdf",
              .required = true,
              .positional = true});
  }
};

// The checks of one document.
struct DocumentChecks {
  std::string name;   // the file name without directory and extension
  std::string title;  // the model's name of the document (its id without one); else name
  std::optional<int> document_year;
  std::vector<claimcheck::ClaimCheck> checks;
};

struct CheckResult {
  std::vector<DocumentChecks> documents;  // in the order asked; unreadable ones left out
  Remarks remarks;  // problems: "PATH: reason" for each file that could not be read
};

CheckResult check(const Env& env, const CheckRequest& request);

// The claims of every document of the model whose file can be found (model::find_document_file),
// for the report; documents without a file or without a claim are left out.
CheckResult model_document_checks(const Env& env);

}  // namespace lattice::query
