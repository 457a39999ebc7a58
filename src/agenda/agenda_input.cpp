// Gathering the agenda's recommendations from the corpus database and the model, joining the two
// where they describe the same document (same sha256) and the same span (overlap).
#include "agenda/agenda_input.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/file_read.h"
#include "model/document_files.h"

namespace lattice::agenda {
namespace {

std::optional<int> year_of(const std::string& date) {
  if (date.size() < 4) return std::nullopt;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return std::nullopt;
    y = y * 10 + (date[i] - '0');
  }
  return y;
}

std::string stem_of(const std::string& file) {
  return std::filesystem::path(file).stem().string();
}

bool overlaps(size_t a0, size_t a1, size_t b0, size_t b1) {
  return a0 < b1 && b0 < a1;
}

// Copies what the model annotates about r (its id, actors, domains, modality, certainty, status).
void apply_model(const model::Recommendation& r, AgendaInput& in) {
  in.model_id = r.id;
  in.summary = r.summary;
  in.actors = r.actors;
  in.domains.clear();
  for (auto d : r.domains) in.domains.emplace_back(model::name(d));
  in.modality = std::string(model::name(r.modality));
  in.certainty = std::string(model::name(r.certainty));
  in.statuses.clear();
  for (const auto& s : r.status) {
    InputStatus st;
    st.status = std::string(model::name(s.status));
    st.date = s.date ? s.date->to_string() : "";
    st.evidence = s.evidence;
    for (const auto& src : s.sources) st.sources.push_back(src.text);
    in.statuses.push_back(std::move(st));
  }
}

void set_document(const model::Document& d, AgendaInput& in) {
  in.doc = d.id;
  in.file = stem_of(d.file);
  in.title = d.name;
  in.organisation = d.organisation;
  in.date = d.date ? d.date->to_string() : "";
  in.year = d.date ? std::optional<int>(d.date->year()) : std::nullopt;
}

// A model-only input: the span's text from the file when it was read, else the summary.
AgendaInput model_input(const model::Document& d, const model::Recommendation& r,
                        const std::string* file_text) {
  AgendaInput in;
  set_document(d, in);
  in.start = r.start;
  in.end = r.end;
  if (file_text && r.end <= file_text->size() && r.start < r.end) {
    in.text = file_text->substr(r.start, r.end - r.start);
  } else {
    in.text = r.summary;
    in.text_is_summary = true;
  }
  in.origin = "model";
  apply_model(r, in);
  return in;
}

}  // namespace

std::vector<AgendaInput> collect_inputs(const model::Model& m,
                                        const std::vector<corpus::StoredRecommendation>* db_recs,
                                        const std::vector<corpus::StoredDocument>* db_docs,
                                        const InputOptions& options, InputReport* report) {
  InputReport rep;
  auto keep = [&](const std::string& certainty) {
    return options.borderline || certainty != "borderline";
  };
  // Model documents by sha256, and the model's recommendations by document.
  std::map<std::string, const model::Document*> model_by_sha;
  for (const auto& d : m.documents())
    if (!d.sha256.empty()) model_by_sha.emplace(d.sha256, &d);
  std::map<std::string, std::vector<const model::Recommendation*>> model_recs;
  for (const auto& r : m.recommendations()) model_recs[r.document].push_back(&r);

  // Db documents: which model document each is (if any); later copies of a sha are skipped.
  std::map<std::string, const model::Document*> db_to_model;
  std::set<std::string> skipped_db, seen_sha, model_docs_in_db;
  if (db_docs) {
    for (const auto& d : *db_docs) {
      if (!seen_sha.insert(d.sha256).second) {
        skipped_db.insert(d.name);
        continue;
      }
      auto it = model_by_sha.find(d.sha256);
      if (it != model_by_sha.end()) {
        db_to_model[d.name] = it->second;
        model_docs_in_db.insert(it->second->id);
      }
    }
  }

  std::vector<AgendaInput> out;
  if (db_recs) {
    // Group the db recommendations by document, keeping their order.
    std::map<std::string, std::vector<const corpus::StoredRecommendation*>> by_doc;
    for (const auto& r : *db_recs)
      if (!skipped_db.count(r.doc)) by_doc[r.doc].push_back(&r);
    for (const auto& [name, recs] : by_doc) {
      auto dm = db_to_model.find(name);
      const model::Document* md = dm == db_to_model.end() ? nullptr : dm->second;
      std::vector<AgendaInput> doc_inputs;
      for (const auto* r : recs) {
        AgendaInput in;
        in.doc = name;
        in.file = name;
        in.title = r->title;
        in.organisation = r->organisation;
        in.date = r->date;
        in.year = year_of(r->date);
        in.start = r->start;
        in.end = r->end;
        in.text = r->text;
        in.actors = r->actors;
        in.domains = r->domains;
        in.modality = r->modality;
        in.certainty = r->certainty;
        in.origin = "extracted";
        if (md) {
          set_document(*md, in);
          in.file = name;
          if (in.title.empty()) in.title = r->title;
          if (in.organisation.empty()) in.organisation = r->organisation;
          if (in.date.empty()) {
            in.date = r->date;
            in.year = year_of(r->date);
          }
        }
        doc_inputs.push_back(std::move(in));
      }
      std::vector<AgendaInput> added;
      if (md) {
        std::string file_text;
        bool have_text = false;
        auto mr = model_recs.find(md->id);
        if (mr != model_recs.end()) {
          // Join pairs greedily, largest overlap first (ties: model order, then extracted order).
          struct Pair {
            size_t overlap, model, extracted;
          };
          std::vector<Pair> pairs;
          for (size_t k = 0; k < mr->second.size(); ++k) {
            const auto* r = mr->second[k];
            for (size_t e = 0; e < doc_inputs.size(); ++e) {
              const auto& in = doc_inputs[e];
              if (overlaps(in.start, in.end, r->start, r->end))
                pairs.push_back({std::min(in.end, r->end) - std::max(in.start, r->start), k, e});
            }
          }
          std::stable_sort(pairs.begin(), pairs.end(),
                           [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
          std::vector<bool> model_joined(mr->second.size(), false);
          for (const auto& p : pairs) {
            if (model_joined[p.model] || !doc_inputs[p.extracted].model_id.empty()) continue;
            apply_model(*mr->second[p.model], doc_inputs[p.extracted]);
            doc_inputs[p.extracted].origin = "both";
            model_joined[p.model] = true;
          }
          for (size_t k = 0; k < mr->second.size(); ++k) {
            const auto* r = mr->second[k];
            if (model_joined[k]) continue;
            if (!keep(std::string(model::name(r->certainty)))) continue;
            if (!have_text) {
              const std::string path = model::find_document_file(m.root(), m.data().info, *md);
              if (!path.empty())
                if (auto bytes = core::read_file(path)) file_text = std::move(*bytes);
              have_text = true;
            }
            added.push_back(model_input(*md, *r, file_text.empty() ? nullptr : &file_text));
            if (added.back().text_is_summary) ++rep.text_missing;
            ++rep.model_only;
          }
        }
      }
      for (auto& in : doc_inputs) {
        if (!keep(in.certainty)) continue;
        ++rep.extracted;
        if (!in.model_id.empty()) ++rep.matched;
        out.push_back(std::move(in));
      }
      for (auto& in : added) out.push_back(std::move(in));
    }
  }
  // Model documents the db does not hold.
  for (const auto& d : m.documents()) {
    if (model_docs_in_db.count(d.id)) continue;
    auto mr = model_recs.find(d.id);
    if (mr == model_recs.end()) continue;
    std::string file_text;
    bool read = false;
    const std::string path = model::find_document_file(m.root(), m.data().info, d);
    if (!path.empty())
      if (auto bytes = core::read_file(path)) {
        file_text = std::move(*bytes);
        read = true;
      }
    for (const auto* r : mr->second) {
      if (!keep(std::string(model::name(r->certainty)))) continue;
      out.push_back(model_input(d, *r, read ? &file_text : nullptr));
      if (out.back().text_is_summary) ++rep.text_missing;
      ++rep.model_only;
    }
  }
  // Documents by date (undated last), then name; recommendations by span.
  std::stable_sort(out.begin(), out.end(), [](const AgendaInput& a, const AgendaInput& b) {
    const bool ad = !a.date.empty(), bd = !b.date.empty();
    if (ad != bd) return ad;
    if (a.date != b.date) return a.date < b.date;
    if (a.doc != b.doc) return a.doc < b.doc;
    return a.start < b.start;
  });
  if (report) *report = rep;
  return out;
}

std::vector<AgendaInput> inputs_of_document(const text::TextDocument& doc,
                                            const extract::Extraction& extraction,
                                            const corpus::DocumentMetadata& meta,
                                            const InputOptions& options) {
  std::vector<AgendaInput> out;
  for (const auto& r : extraction.recommendations) {
    if (!options.borderline && r.certainty == model::Certainty::kBorderline) continue;
    if (r.end > doc.text.size() || r.start >= r.end) continue;
    AgendaInput in;
    in.doc = doc.name;
    in.file = doc.name;
    in.title = meta.title;
    in.organisation = meta.organisation;
    in.date = meta.date;
    in.year = year_of(meta.date);
    if (!in.year && extraction.document_year) in.year = extraction.document_year;
    in.start = r.start;
    in.end = r.end;
    in.text = doc.text.substr(r.start, r.end - r.start);
    in.actors = r.actors;
    for (auto d : r.domains) in.domains.emplace_back(model::name(d));
    in.modality = std::string(model::name(r.modality));
    in.certainty = std::string(model::name(r.certainty));
    in.origin = "extracted";
    out.push_back(std::move(in));
  }
  return out;
}

std::vector<bool> adjacent_to_next(const std::vector<AgendaInput>& inputs, size_t gap) {
  std::vector<bool> out(inputs.size(), false);
  for (size_t i = 0; i + 1 < inputs.size(); ++i) {
    const auto& a = inputs[i];
    const auto& b = inputs[i + 1];
    out[i] = a.doc == b.doc && b.start >= a.end && b.start - a.end < gap;
  }
  return out;
}

}  // namespace lattice::agenda
