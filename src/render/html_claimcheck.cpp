// Claim-check tables of the HTML report.
#include "render/html_claimcheck.h"

#include <fmt/format.h>

#include "claimcheck/claim_check.h"
#include "claimcheck/claim_check_format.h"
#include "extract/extraction.h"
#include "indicators/indicator_store.h"
#include "model/document_files.h"
#include "render/html.h"

namespace lattice::render {

std::string claimcheck_section(const model::Model& m) {
  std::string out =
      "<h2 id=\"claim-checks\">Claim checks</h2>\n<p>Each quantitative claim of the documents, "
      "interpreted and compared with the indicator data (rules and tolerances: "
      "docs/claimcheck.md).</p>\n";
  const extract::MentionFinder finder(m);
  const indicators::IndicatorStore store(m);
  size_t shown = 0;
  for (const model::Document& d : m.documents()) {
    const std::string path = model::find_document_file(m.root(), m.data().info, d);
    if (path.empty()) continue;
    auto doc = text::read_text_document(path, nullptr);
    if (!doc) continue;
    extract::ExtractionOptions opt;
    opt.recommendations = false;
    const extract::Extraction x = extract::extract(*doc, finder, opt);
    const auto checks = claimcheck::check_claims(doc->text, x, m, store);
    if (checks.empty()) continue;
    ++shown;
    out += fmt::format(
        "<h3>{}</h3>\n<table class=\"claims\">\n<tr><th>claim</th>"
        "<th>interpretation</th><th>verdict</th><th>actual</th><th>data used</th>"
        "<th>computation</th></tr>\n",
        html_escape(d.name.empty() ? d.id : d.name));
    for (const auto& c : checks) {
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
  if (shown == 0) out += "<p>No document file of the model was found.</p>\n";
  return out;
}

}  // namespace lattice::render
