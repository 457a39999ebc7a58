// The agenda query (see agenda_query.h).
#include "query/agenda_query.h"

#include <array>
#include <filesystem>
#include <stdexcept>

#include "corpus/document_metadata.h"
#include "extract/extraction.h"

namespace lattice::model {
template <>
std::span<const std::string_view> names_of<agenda::SortKey>() {
  static constexpr std::array<std::string_view, 3> kNames = {"size", "persistence", "breadth"};
  return kNames;
}
}  // namespace lattice::model

namespace lattice::query {

CorpusRecommendations read_corpus_recommendations(const std::string& db_path) {
  CorpusRecommendations c;
  c.db = db_path;
  std::string error;
  auto db = corpus::CorpusDb::open(db_path, &error, corpus::CorpusDb::OpenMode::kExisting);
  std::optional<std::vector<corpus::StoredRecommendation>> recs;
  std::optional<std::vector<corpus::StoredDocument>> docs;
  if (db) recs = db->recommendations(&error);
  if (db && recs) docs = db->documents(&error);
  if (!db || !recs || !docs) throw std::runtime_error(db_path + ": " + error);
  c.recommendations = std::move(*recs);
  c.documents = std::move(*docs);
  return c;
}

AgendaResult agenda(const Env& env, const AgendaRequest& request) {
  std::error_code ec;
  if (request.db.empty() || !std::filesystem::exists(request.db.text, ec)) {
    AgendaResult r = agenda_of(env, request, nullptr);
    r.remarks.notes.push_back(
        "agenda of the embedded model's recommendations only (" +
        (request.db.empty() ? std::string("no --db given") : request.db.text + " does not exist") +
        ")");
    return r;
  }
  const CorpusRecommendations corpus = read_corpus_recommendations(request.db.text);
  return agenda_of(env, request, &corpus);
}

AgendaResult agenda_of(const Env& env, const AgendaRequest& request,
                       const CorpusRecommendations* corpus) {
  AgendaResult r;
  r.model = env.model;
  r.db = corpus ? corpus->db : std::string();
  r.borderline = request.borderline;
  r.min_size = static_cast<size_t>(request.min_size);
  const model::Model& m = *env.model;
  auto inputs = agenda::collect_inputs(m, corpus ? &corpus->recommendations : nullptr,
                                       corpus ? &corpus->documents : nullptr, {request.borderline},
                                       &r.report);
  const extract::MentionFinder finder(m);
  agenda::ClusterParams params;
  params.alpha = request.alpha;
  params.adjacency = request.adjacency;
  params.threshold = request.threshold;
  r.agenda = agenda::build_agenda(std::move(inputs), m, finder, params);
  if (!request.diff.empty()) {
    const std::string& path = request.diff.text;
    std::string error;
    auto doc = text::read_text_document(path, &error);
    if (!doc) throw std::runtime_error(path + ": " + error);
    const auto meta = corpus::document_metadata(*doc);
    const auto x = extract::extract(*doc, finder);
    auto new_inputs = agenda::inputs_of_document(*doc, x, meta, {request.borderline});
    r.diff = AgendaDiffResult{path, doc->name,
                              agenda::diff_against(r.agenda, std::move(new_inputs), m, finder)};
    return r;
  }
  r.agreement = agenda::agreement_table(r.agenda);
  r.divergence = agenda::divergence_by_domain(r.agenda);
  r.items = r.agenda.items;
  agenda::sort_items(r.items, request.sort);
  return r;
}

}  // namespace lattice::query
