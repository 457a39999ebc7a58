// Claim checking as a query (see claim_check_query.h).
#include "query/claim_check_query.h"

#include "extract/extraction.h"
#include "indicators/indicator_store.h"
#include "model/document_files.h"
#include "text/text_document.h"

namespace lattice::query {

namespace {

// The claim checks of one document's text.
DocumentChecks checks_of(const text::TextDocument& doc, const extract::MentionFinder& finder,
                         const model::Model& m, const indicators::IndicatorStore& store) {
  extract::ExtractionOptions options;
  options.recommendations = false;
  const extract::Extraction x = extract::extract(doc, finder, options);
  return {doc.name, doc.name, x.document_year, claimcheck::check_claims(doc.text, x, m, store)};
}

}  // namespace

CheckResult check(const Env& env, const CheckRequest& request) {
  const extract::MentionFinder finder(*env.model);
  const indicators::IndicatorStore store(*env.model);
  CheckResult r;
  for (const auto& file : request.files) {
    const std::string& path = file.text;
    std::string error;
    const auto doc = text::read_text_document(path, &error);
    if (!doc) {
      r.remarks.problems.push_back(path + ": " + error);
      continue;
    }
    r.documents.push_back(checks_of(*doc, finder, *env.model, store));
  }
  return r;
}

CheckResult model_document_checks(const Env& env) {
  const model::Model& m = *env.model;
  const extract::MentionFinder finder(m);
  const indicators::IndicatorStore store(m);
  CheckResult r;
  for (const model::Document& d : m.documents()) {
    const std::string path = model::find_document_file(m.root(), m.data().info, d);
    if (path.empty()) continue;
    const auto doc = text::read_text_document(path, nullptr);
    if (!doc) continue;
    DocumentChecks checks = checks_of(*doc, finder, m, store);
    if (checks.checks.empty()) continue;
    checks.title = d.name.empty() ? d.id : d.name;
    r.documents.push_back(std::move(checks));
  }
  return r;
}

}  // namespace lattice::query
