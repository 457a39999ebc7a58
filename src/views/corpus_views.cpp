// Views of the corpus queries (see corpus_views.h).
#include "views/corpus_views.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "views/table.h"

namespace lattice::views {

using nlohmann::json;

namespace {

// ---- ingest ----

json ingest_json(const query::IngestResult& r) {
  json files = json::array();
  for (const auto& f : r.files)
    files.push_back({{"path", f.path},
                     {"doc", f.doc},
                     {"outcome", corpus::ingest_outcome_name(f.outcome)},
                     {"units", f.units},
                     {"recommendations", f.recommendations},
                     {"claims", f.claims}});
  return {{"db", r.db},
          {"files", r.file_count},
          {"added", r.added},
          {"replaced", r.replaced},
          {"unchanged", r.unchanged},
          {"failed", r.failed},
          {"documents", files}};
}

std::string ingest_text(const query::IngestResult& r) {
  std::string out;
  for (const auto& f : r.files)
    out += fmt::format("{} {} ({} units, {} recommendations, {} claims)\n",
                       corpus::ingest_outcome_name(f.outcome), f.doc, f.units, f.recommendations,
                       f.claims);
  return out + fmt::format("{} files: {} added, {} replaced, {} unchanged, {} failed ({})\n",
                           r.file_count, r.added, r.replaced, r.unchanged, r.failed, r.db);
}

// ---- search ----

json optional_string(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}

json search_json(const query::SearchResult& r) {
  json out = json::array();
  for (const auto& h : r.hits)
    out.push_back({{"doc", h.doc},
                   {"start", h.start},
                   {"end", h.end},
                   {"kind", h.kind},
                   {"text", h.text},
                   {"marked", h.marked},
                   {"title", optional_string(h.title)},
                   {"date", optional_string(h.date)},
                   {"score", std::round(h.score * 10000.0) / 10000.0}});
  return out;
}

std::string search_text(const query::SearchResult& r) {
  if (r.hits.empty()) return "no matches\n";
  views::Table t({"doc", "span", "kind", "text"});
  for (const auto& h : r.hits) {
    std::string marked = h.marked;
    std::replace_if(
        marked.begin(), marked.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; },
        ' ');
    t.add_row({h.doc, fmt::format("{}-{}", h.start, h.end), h.kind, marked});
  }
  return t.to_text();
}

}  // namespace

query::Views<query::IngestResult> ingest_views() {
  query::Views<query::IngestResult> v;
  v.json = ingest_json;
  v.text = ingest_text;
  return v;
}

query::Views<query::SearchResult> search_views() {
  query::Views<query::SearchResult> v;
  v.json = search_json;
  v.text = search_text;
  return v;
}

}  // namespace lattice::views
