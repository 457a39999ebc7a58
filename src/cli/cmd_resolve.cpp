// lattice resolve TEXT: which entity a name stands for, with the ranked candidates and why.
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "model/queries.h"

namespace lattice::cli {

namespace {

std::string score_text(double score) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", score);
  return buf;
}

nlohmann::json resolution_json(const model::Resolution& x) {
  return {{"id", x.id},
          {"kind", std::string(model::entity_kind_name(x.kind))},
          {"name", x.name},
          {"matched", x.matched},
          {"matched_as", x.matched_as},
          {"score", std::round(x.score * 1000) / 1000},
          {"exact", x.exact},
          {"why", x.why}};
}

void print_line(std::ostream& out, const model::Resolution& x) {
  out << x.id << "\t" << model::entity_kind_name(x.kind) << "\t" << x.name << "\t"
      << score_text(x.score) << "\t" << x.why << "\n";
}

}  // namespace

void register_resolve(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::string text;
  static std::vector<std::string> kinds;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  text.clear();
  kinds.clear();
  CLI::App* sub = app.add_subcommand("resolve", "The entity a name stands for, ranked candidates");
  sub->add_option("TEXT", text, "A name, alias, id or ISO3 code, as people write it")->required();
  sub->add_option("--kind", kinds,
                  "Only entities of this kind (actor, place, region, framework, document, ...); "
                  "may be repeated");
  add_common_options(sub, o, false);
  sub->callback([&ctx]() {
    std::vector<model::EntityKind> wanted;
    for (const auto& k : kinds) {
      bool found = false;
      for (int i = 0; i <= static_cast<int>(model::EntityKind::kIndicator); ++i)
        if (model::entity_kind_name(static_cast<model::EntityKind>(i)) == k) {
          wanted.push_back(static_cast<model::EntityKind>(i));
          found = true;
        }
      if (!found) {
        ctx.err << "lattice: --kind: unknown kind '" << k
                << "'; expected actor, place, region, framework, commitment, document, "
                   "recommendation, claim, reference, dataset or indicator\n";
        ctx.exit_code = kExitUsage;
        return;
      }
    }
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const model::ResolveResult r = model::resolve(*m, text, wanted);
    if (o.json) {
      nlohmann::json matches = nlohmann::json::array(), candidates = nlohmann::json::array();
      for (const auto& x : r.matches) matches.push_back(resolution_json(x));
      for (const auto& x : r.candidates) candidates.push_back(resolution_json(x));
      ctx.out << nlohmann::json{{"query", text},
                                {"matches", matches},
                                {"ambiguous", r.ambiguous()},
                                {"candidates", candidates},
                                {"suggestions", r.suggestions}}
                     .dump(2)
              << "\n";
    } else {
      // The matches, then the other candidates that have every word of the text (all of them,
      // up to 5, when nothing matches).
      for (const auto& x : r.matches) print_line(ctx.out, x);
      std::vector<const model::Resolution*> others;
      for (size_t i = r.matches.size(); i < r.candidates.size(); ++i)
        if (r.candidates[i].score >= 0.7 || (r.matches.empty() && others.size() < 5))
          others.push_back(&r.candidates[i]);
      if (!others.empty()) {
        ctx.out << "# other candidates\n";
        for (const auto* x : others) print_line(ctx.out, *x);
      }
    }
    if (r.matches.empty()) {
      if (!o.json) {
        ctx.err << "lattice: nothing in the model is called '" << text << "'";
        if (!r.suggestions.empty()) ctx.err << " (did you mean '" << r.suggestions[0] << "'?)";
        ctx.err << "\n";
      }
      ctx.exit_code = kExitInvalid;
    } else if (r.ambiguous()) {
      if (!o.json) {
        ctx.err << "lattice: '" << text << "' is ambiguous: it names";
        for (size_t i = 0; i < r.matches.size(); ++i)
          ctx.err << (i ? ", " : " ") << r.matches[i].id << " ("
                  << model::entity_kind_name(r.matches[i].kind) << ")";
        ctx.err << "; use an id\n";
      }
      ctx.exit_code = kExitInvalid;
    }
  });
}

}  // namespace lattice::cli
