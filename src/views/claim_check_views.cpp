// Views of the claim-check query (see claim_check_views.h).
#include "views/claim_check_views.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "claimcheck/claim_check_format.h"
#include "views/html.h"
#include "views/table.h"

namespace lattice::views {

namespace {

nlohmann::json check_json(const query::CheckResult& r) {
  nlohmann::json all = nlohmann::json::array();
  for (const auto& d : r.documents)
    for (const auto& c : d.checks) all.push_back(claimcheck::check_json(c, d.name));
  return nlohmann::json{{"claims", all}};
}

std::string check_text(const query::CheckResult& r) {
  std::string out;
  for (const auto& d : r.documents) {
    out += fmt::format("== {}{}: {} claims\n", d.name,
                       d.document_year ? fmt::format(" (dated {})", *d.document_year) : "",
                       d.checks.size());
    views::Table t({"span", "claim", "interpretation", "verdict", "actual", "data used"});
    for (const auto& c : d.checks) {
      const auto row = claimcheck::check_row(c);
      t.add_row({fmt::format("{}-{}", c.claim.start, c.claim.end), row.claim, row.interpretation,
                 row.verdict, row.actual, row.data});
    }
    out += t.to_text();
    for (const auto& c : d.checks)
      if (c.verdict != claimcheck::Verdict::kUnverifiable || c.actual)
        out += fmt::format("  {}-{} {}: {}{}\n", c.claim.start, c.claim.end,
                           claimcheck::verdict_name(c.verdict), c.computation,
                           c.reason.empty() ? "" : "; " + c.reason);
    out += "\n";
  }
  return out;
}

}  // namespace

query::Views<query::CheckResult> check_views() {
  query::Views<query::CheckResult> v;
  v.json = check_json;
  v.text = check_text;
  return v;
}

std::string claim_checks_section(const query::CheckResult& r) {
  std::string out =
      "<h2 id=\"claim-checks\">Claim checks</h2>\n<p>Each quantitative claim of the documents, "
      "interpreted and compared with the indicator data (rules and tolerances: "
      "docs/claimcheck.md).</p>\n";
  for (const auto& d : r.documents) {
    out += fmt::format(
        "<h3>{}</h3>\n<table class=\"claims\">\n<tr><th>claim</th>"
        "<th>interpretation</th><th>verdict</th><th>actual</th><th>data used</th>"
        "<th>computation</th></tr>\n",
        html_escape(d.title));
    for (const auto& c : d.checks) {
      const auto row = claimcheck::check_row(c);
      out += fmt::format(
          "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
          "</tr>\n",
          claimcheck::verdict_name(c.verdict), html_escape(row.claim),
          html_escape(row.interpretation), html_escape(row.verdict), html_escape(row.actual),
          html_escape(row.data), html_escape(c.computation));
    }
    out += "</table>\n";
  }
  if (r.documents.empty()) out += "<p>No document file of the model was found.</p>\n";
  return out;
}

}  // namespace lattice::views
