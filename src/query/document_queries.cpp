// The document queries (see document_queries.h).
#include "query/document_queries.h"

#include <set>
#include <stdexcept>

namespace lattice::query {

TextResult text(const Env&, const TextRequest& request) {
  TextResult r;
  r.units = request.units;
  for (const Path& path : request.files) {
    std::string error;
    auto doc = text::read_text_document(path.text, &error);
    if (!doc) {
      r.remarks.problems.push_back(path.text + ": " + error);
      continue;
    }
    DocumentText d{std::move(*doc), {}};
    if (request.units) d.units = text::segment(d.doc.text);
    r.documents.push_back(std::move(d));
  }
  return r;
}

std::optional<extract::ExtractionOptions> extraction_kinds(std::string_view list,
                                                           std::string* unknown) {
  if (list.empty()) return extract::ExtractionOptions{};
  extract::ExtractionOptions kinds{false, false, false};
  size_t i = 0;
  while (i <= list.size()) {
    size_t comma = list.find(',', i);
    if (comma == std::string_view::npos) comma = list.size();
    const std::string_view k = list.substr(i, comma - i);
    if (k == "recommendation" || k == "recommendations") {
      kinds.recommendations = true;
    } else if (k == "claim" || k == "claims") {
      kinds.claims = true;
    } else if (k == "mention" || k == "mentions") {
      kinds.mentions = true;
    } else {
      *unknown = std::string(k);
      return std::nullopt;
    }
    i = comma + 1;
  }
  return kinds;
}

std::vector<ParamError> ExtractRequest::validate() const {
  std::string unknown;
  if (extraction_kinds(kinds, &unknown)) return {};
  return {{"kinds", ParamError::Kind::kChoice,
           "unknown kind '" + unknown + "' (use recommendation, claim, mention)"}};
}

ExtractResult extract(const Env& env, const ExtractRequest& request) {
  ExtractResult r;
  r.model = env.model;
  std::string unknown;
  r.kinds = extraction_kinds(request.kinds, &unknown).value_or(extract::ExtractionOptions{});
  const extract::MentionFinder finder(*env.model);
  for (size_t i = 0; i < request.files.size(); ++i) {
    const std::string& path = request.files[i].text;
    if (env.progress) env.progress(i, request.files.size(), path);
    std::string error;
    auto doc = text::read_text_document(path, &error);
    if (!doc) {
      r.remarks.problems.push_back(path + ": " + error);
      continue;
    }
    extract::Extraction x = extract::extract(*doc, finder, r.kinds);
    r.documents.push_back({std::move(*doc), std::move(x)});
  }
  return r;
}

ScoreResult score(const Env&, const ScoreRequest& request) {
  ScoreResult r;
  std::string error;
  auto extracted = extract::read_records(request.extracted.text, &error);
  if (!extracted) throw std::runtime_error(error);
  for (const Path& path : request.gold) {
    auto g = extract::read_records(path.text, &error);
    if (!g) throw std::runtime_error(error);
    r.gold.insert(r.gold.end(), std::make_move_iterator(g->begin()),
                  std::make_move_iterator(g->end()));
  }
  // Score only the documents the gold files annotate.
  std::set<std::string> gold_docs;
  for (const auto& g : r.gold) gold_docs.insert(g.doc);
  std::set<std::string> skipped_docs;
  size_t skipped = 0;
  for (auto& e : *extracted) {
    if (e.kind == extract::RecordKind::kMention) continue;
    if (!gold_docs.count(e.doc)) {
      ++skipped;
      skipped_docs.insert(e.doc);
      continue;
    }
    r.scored.push_back(std::move(e));
  }
  if (skipped > 0)
    r.remarks.notes.push_back("note: " + std::to_string(skipped) + " extracted record(s) of " +
                              std::to_string(skipped_docs.size()) +
                              " document(s) without gold annotations were not scored");
  r.score = extract::score(r.scored, r.gold);
  return r;
}

}  // namespace lattice::query
