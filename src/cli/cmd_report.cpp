// lattice report [--db PATH]: writes the self-contained HTML report of a model, with the agenda
// of the model's recommendations (and of the corpus database's, with --db).
#include <filesystem>
#include <fstream>

#include "cli/command.h"
#include "query/agenda_query.h"
#include "query/bargain_query.h"
#include "query/claim_check_query.h"
#include "query/indicator_queries.h"
#include "query/scenario_query.h"
#include "render/html_bargain.h"
#include "render/html_report.h"
#include "render/html_scenario.h"
#include "views/agenda_html.h"
#include "views/bargain_report_view.h"
#include "views/claim_check_views.h"
#include "views/latticework_html.h"
#include "views/spending_charts_html.h"

namespace lattice::cli {

namespace {

// The latticework section: the network, centrality, overlap and coverage queries on the day,
// each with its defaults (the date is env.today); centrality and coverage need the model's focus
// pair.
std::string latticework_html(const query::Env& env) {
  std::optional<query::CentralityResult> centrality;
  std::optional<query::CoverageResult> coverage;
  if (!env.model->analysis().focus.empty()) {
    centrality = query::centrality(env, query::CentralityRequest{});
    coverage = query::coverage(env, query::CoverageRequest{});
  }
  return views::latticework_section(query::network(env, query::NetworkRequest{}),
                                    centrality ? &*centrality : nullptr,
                                    query::overlap(env, query::OverlapRequest{}),
                                    coverage ? &*coverage : nullptr);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string out_path = "report/index.html";
  static std::string db_path;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  out_path = "report/index.html";
  db_path.clear();
  CLI::App* sub = app.add_subcommand("report", "Write the HTML report (default report/index.html)");
  sub->add_option("--out", out_path, "Output file");
  sub->add_option("--db", db_path, "Corpus database whose recommendations join the agenda");
  add_common_options(sub, o, true, false);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    // The agenda section: the model's recommendations, plus the corpus database's with --db (a
    // database that cannot be read is an error here, not a note).
    std::optional<query::CorpusRecommendations> corpus;
    if (!db_path.empty()) {
      try {
        corpus = query::read_corpus_recommendations(db_path);
      } catch (const std::exception& e) {
        ctx.err << "lattice: " << e.what() << "\n";
        ctx.exit_code = kExitInvalid;
        return;
      }
    }
    const query::Env env{m, *day};
    const query::AgendaResult agenda =
        query::agenda_of(env, query::AgendaRequest{}, corpus ? &*corpus : nullptr);
    // Defense spending of the actors the model's analysis.toml names ([[chart_actor]]).
    query::SpendingChartsRequest spending;
    for (const auto& c : m->analysis().chart_actors) spending.actors.push_back(c.actor);
    // The scenario and bargaining sections: the queries run here, the sections only format.
    std::vector<render::CascadeIllustration> cascades;
    for (const auto& ill : m->analysis().illustrations)  // analysis.toml [[illustration]]
      if (auto c = query::illustrative_cascade(env, ill.by, ill.against, ill.at, *day))
        cascades.push_back({ill.summary, std::move(*c)});
    const std::vector<render::ReportSection> extra = {
        {"agenda", "Agenda", views::agenda_html(agenda)},
        {"latticework", "Latticework", latticework_html(env)},
        {"indicators", "Indicators",
         views::spending_charts_section(query::spending_charts(env, spending))},
        {"claim-checks", "Claim checks",
         views::claim_checks_section(query::model_document_checks(env))},
        {"scenarios", "Scenarios", render::scenario_section(*m, *day, cascades)},
        {"bargaining", "Bargaining", views::bargain_report_section(query::bargain_examples(env))}};
    const std::string page = render::html_report(*m, *day, extra);
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path target(out_path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    // Write beside the target and rename, so a failure never leaves half a page.
    const fs::path tmp = target.string() + ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      f << page;
      f.close();
      if (!f) {
        ctx.err << "lattice: cannot write " << tmp.string() << "\n";
        fs::remove(tmp, ec);
        ctx.exit_code = kExitInvalid;
        return;
      }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
      ctx.err << "lattice: cannot write " << target.string() << ": " << ec.message() << "\n";
      fs::remove(tmp, ec);
      ctx.exit_code = kExitInvalid;
      return;
    }
    ctx.out << "wrote " << target.string() << " (" << page.size() << " bytes)\n";
  });
}

}  // namespace lattice::cli
