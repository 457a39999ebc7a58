// Views of the entity queries (see entity_views.h).
#include "views/entity_views.h"

#include <cmath>
#include <cstdio>

#include "views/dossier.h"

namespace lattice::views {

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

std::string resolution_line(const model::Resolution& x) {
  return x.id + "\t" + std::string(model::entity_kind_name(x.kind)) + "\t" + x.name + "\t" +
         score_text(x.score) + "\t" + x.why + "\n";
}

nlohmann::json resolve_json(const query::ResolveResult& result) {
  const model::ResolveResult& r = result.resolution;
  nlohmann::json matches = nlohmann::json::array(), candidates = nlohmann::json::array();
  for (const auto& x : r.matches) matches.push_back(resolution_json(x));
  for (const auto& x : r.candidates) candidates.push_back(resolution_json(x));
  return {{"query", result.text},
          {"matches", matches},
          {"ambiguous", r.ambiguous()},
          {"candidates", candidates},
          {"suggestions", r.suggestions}};
}

// The matches, then the other candidates that have every word of the text (all of them, up to
// 5, when nothing matches).
std::string resolve_text(const query::ResolveResult& result) {
  const model::ResolveResult& r = result.resolution;
  std::string out;
  for (const auto& x : r.matches) out += resolution_line(x);
  std::string others;
  size_t n_others = 0;
  for (size_t i = r.matches.size(); i < r.candidates.size(); ++i)
    if (r.candidates[i].score >= 0.7 || (r.matches.empty() && n_others < 5)) {
      others += resolution_line(r.candidates[i]);
      ++n_others;
    }
  if (n_others > 0) out += "# other candidates\n" + others;
  return out;
}

query::Verdict resolve_verdict(const query::ResolveResult& result) {
  const model::ResolveResult& r = result.resolution;
  query::Verdict v;
  if (r.matches.empty()) {
    v.negative = true;
    v.note = "lattice: nothing in the model is called '" + result.text + "'";
    if (!r.suggestions.empty()) v.note += " (did you mean '" + r.suggestions[0] + "'?)";
    v.note += "\n";
  } else if (r.ambiguous()) {
    v.negative = true;
    v.note = "lattice: '" + result.text + "' is ambiguous: it names";
    for (size_t i = 0; i < r.matches.size(); ++i)
      v.note += (i ? ", " : " ") + r.matches[i].id + " (" +
                std::string(model::entity_kind_name(r.matches[i].kind)) + ")";
    v.note += "; use an id\n";
  }
  return v;
}

}  // namespace

query::Views<query::ShowResult> show_views() {
  query::Views<query::ShowResult> v;
  v.json = [](const query::ShowResult& r) { return dossier(*r.model, r.id); };
  v.text = [](const query::ShowResult& r) { return dossier_text(dossier(*r.model, r.id)); };
  return v;
}

query::Views<query::ResolveResult> resolve_views() {
  query::Views<query::ResolveResult> v;
  v.json = resolve_json;
  v.text = resolve_text;
  v.verdict = resolve_verdict;
  return v;
}

}  // namespace lattice::views
