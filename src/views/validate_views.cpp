// Views of the validate query (see validate_views.h).
#include "views/validate_views.h"

#include "views/model_counts.h"

namespace lattice::views {

namespace {

std::string_view severity_name(core::Severity s) {
  return s == core::Severity::kError ? "error" : s == core::Severity::kWarning ? "warning" : "note";
}

nlohmann::json validate_json(const query::ValidateResult& r) {
  nlohmann::json diags = nlohmann::json::array();
  for (const auto& d : r.load.diagnostics.items()) {
    diags.push_back({{"severity", severity_name(d.severity)},
                     {"path", d.where.path},
                     {"line", d.where.line},
                     {"column", d.where.column},
                     {"message", d.message}});
  }
  return {{"model", r.where},
          {"valid", r.load.model != nullptr},
          {"errors", r.load.diagnostics.error_count()},
          {"warnings", r.load.diagnostics.warning_count()},
          {"diagnostics", diags},
          {"counts", r.load.model ? views::counts_json(*r.load.model) : nlohmann::json(nullptr)}};
}

std::string validate_text(const query::ValidateResult& r) {
  std::string out = r.where + ": " + std::to_string(r.load.diagnostics.error_count()) +
                    " error(s), " + std::to_string(r.load.diagnostics.warning_count()) +
                    " warning(s)";
  if (r.load.model) out += "; " + views::counts_line(*r.load.model);
  return out + "\n";
}

query::Verdict validate_verdict(const query::ValidateResult& r) {
  query::Verdict v;
  v.negative = r.load.model == nullptr;
  for (const auto& d : r.load.diagnostics.items()) v.note += d.to_string() + "\n";
  return v;
}

}  // namespace

query::Views<query::ValidateResult> validate_views() {
  query::Views<query::ValidateResult> v;
  v.json = validate_json;
  v.text = validate_text;
  v.verdict = validate_verdict;
  return v;
}

}  // namespace lattice::views
