// The report's page and its views (see report_html.h).
#include "views/report_html.h"

#include <fmt/format.h>

#include <filesystem>

#include "views/agenda_html.h"
#include "views/bargain_report_view.h"
#include "views/claim_check_views.h"
#include "views/html_report.h"
#include "views/html_scenario.h"
#include "views/latticework_html.h"
#include "views/spending_charts_html.h"

namespace lattice::views {

std::string report_page(const query::ReportResult& r) {
  const model::Model& m = *r.model;
  std::vector<views::CascadeIllustration> cascades;
  for (const auto& c : r.cascades) cascades.push_back({c.caption, c.cascade});
  const std::vector<views::ReportSection> sections = {
      {"agenda", "Agenda", agenda_html(r.agenda)},
      {"latticework", "Latticework",
       latticework_section(r.network, r.centrality ? &*r.centrality : nullptr, r.overlap,
                           r.coverage ? &*r.coverage : nullptr)},
      {"indicators", "Indicators", spending_charts_section(r.spending)},
      {"claim-checks", "Claim checks", claim_checks_section(r.claim_checks)},
      {"scenarios", "Scenarios", views::scenario_section(m, r.day, cascades)},
      {"bargaining", "Bargaining", bargain_report_section(r.bargaining)}};
  return views::html_report(m, r.day, sections);
}

query::Views<query::ReportResult> report_views() {
  query::Views<query::ReportResult> v;
  v.html = report_page;
  v.exports = [](const query::ReportResult& r) {
    std::vector<query::Export> e;
    if (!r.out.empty()) {
      const std::string folder = std::filesystem::path(r.out).parent_path().string();
      e.push_back({folder, {{r.out, report_page(r)}}});
    }
    return e;
  };
  v.json = [](const query::ReportResult& r) {
    return nlohmann::json{{"file", r.out},
                          {"date", core::date_of(r.day).to_string()},
                          {"bytes", report_page(r).size()}};
  };
  v.text = [](const query::ReportResult& r) {
    return fmt::format("The report as of {} is in {} ({} bytes); open it in a browser.\n",
                       core::date_of(r.day).to_string(), r.out, report_page(r).size());
  };
  return v;
}

}  // namespace lattice::views
