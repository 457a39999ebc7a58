// The HTML report as a query (`lattice report`): the results of the queries the report shows
// (agenda, network, centrality, overlap, coverage, defense spending, claim checks, illustrative
// cascades, bargaining examples) on one date, gathered for views/report_html to compose. The
// report runs no analysis of its own; what it shows about one alliance system (the focus pair,
// chart actors, illustrations, examples) comes from the model's analysis.toml. The page is written
// by the front end to `out` (an export).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "query/agenda_query.h"
#include "query/bargain_query.h"
#include "query/claim_check_query.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/indicator_queries.h"
#include "query/latticework_queries.h"
#include "query/param.h"
#include "scenario/cascade.h"

namespace lattice::query {

struct ReportRequest {
  std::optional<core::Day> on;  // absent: today
  Path out{"report/index.html"};
  Path db;  // a corpus database whose recommendations join the agenda; empty: none

  template <class V>
  void visit(V&& v) {
    v(on,
      {.name = "on", .help = "Date of the memberships and networks YYYY-MM-DD (default: today)"});
    v(out, {.name = "out", .help = "The HTML file to write (folders are created)"});
    v(db, {.name = "db", .help = "Corpus database whose recommendations join the agenda"});
  }
};

// One illustrative event of the model's analysis.toml ([[illustration]]) and its cascade.
struct ReportCascade {
  std::string caption;
  scenario::CascadeResult cascade;
};

struct ReportResult {
  std::shared_ptr<const model::Model> model;
  core::Day day;
  std::string out;  // where the page goes
  AgendaResult agenda;
  NetworkResult network;
  OverlapResult overlap;
  // Both need the model's focus pair (analysis.toml [focus]); absent without one.
  std::optional<CentralityResult> centrality;
  std::optional<CoverageResult> coverage;
  SpendingChartsResult spending;  // the [[chart_actor]]s
  CheckResult claim_checks;       // the model's own documents
  std::vector<ReportCascade> cascades;
  BargainExamplesResult bargaining;  // [report] bargain_examples
};

// Runs the report's queries; throws when the corpus database cannot be read.
ReportResult report(const Env& env, const ReportRequest& request);

}  // namespace lattice::query
