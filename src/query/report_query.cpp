// The report's queries (see report_query.h).
#include "query/report_query.h"

#include "query/scenario_query.h"

namespace lattice::query {

ReportResult report(const Env& given, const ReportRequest& request) {
  // Every query of the report answers for the report's date.
  Env env = given;
  env.today = request.on.value_or(given.today);
  const model::Model& m = *env.model;
  ReportResult r;
  r.model = env.model;
  r.day = env.today;
  r.out = request.out.text;
  std::optional<CorpusRecommendations> corpus;
  if (!request.db.empty()) corpus = read_corpus_recommendations(request.db.text);
  r.agenda = agenda_of(env, AgendaRequest{}, corpus ? &*corpus : nullptr);
  r.network = network(env, NetworkRequest{});
  r.overlap = overlap(env, OverlapRequest{});
  if (!m.analysis().focus.empty()) {
    r.centrality = centrality(env, CentralityRequest{});
    r.coverage = coverage(env, CoverageRequest{});
  }
  SpendingChartsRequest spending;
  for (const auto& c : m.analysis().chart_actors) spending.actors.push_back(c.actor);
  r.spending = spending_charts(env, spending);
  r.claim_checks = model_document_checks(env);
  for (const auto& ill : m.analysis().illustrations)
    if (auto c = illustrative_cascade(env, ill.by, ill.against, ill.at, r.day))
      r.cascades.push_back({ill.summary, std::move(*c)});
  r.bargaining = bargain_examples(env);
  return r;
}

}  // namespace lattice::query
