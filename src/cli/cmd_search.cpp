// lattice search QUERY [--db PATH] [--limit N] [--json]: full-text search of the units of the
// ingested documents (FTS5 query syntax, BM25 ranking), each hit with its document, the byte span
// of its unit in the document's canonical text, and the unit with matched terms between « and ».
#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "corpus/corpus_db.h"
#include "render/table.h"

namespace lattice::cli {
namespace {

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return s;
}

nlohmann::json optional_string(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json hits_json(const std::vector<corpus::SearchHit>& hits) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& h : hits) {
    out.push_back({{"doc", h.doc},
                   {"start", h.start},
                   {"end", h.end},
                   {"kind", h.kind},
                   {"text", h.text},
                   {"marked", h.marked},
                   {"title", optional_string(h.title)},
                   {"date", optional_string(h.date)},
                   {"score", std::round(h.score * 10000.0) / 10000.0}});
  }
  return out;
}

}  // namespace

void register_search(CLI::App& app, Context& ctx) {
  static std::string query;
  static std::string db_path;
  static size_t limit = 20;
  static bool json = false;
  query.clear();
  db_path = "lattice.db";
  limit = 20;
  json = false;
  CLI::App* sub =
      app.add_subcommand("search",
                         "Full-text search of ingested documents (FTS5 syntax: words, \"phrases\", "
                         "AND OR NOT, prefix*, NEAR(a b, 5))");
  sub->add_option("QUERY", query, "FTS5 query")->required();
  sub->add_option("--db", db_path, "Corpus database (default: ./lattice.db)");
  sub->add_option("--limit", limit, "Most hits to show (default 20)")
      ->check(CLI::Range(size_t{1}, size_t{1000000}));
  sub->add_flag("--json", json, "JSON array of hits (keys in docs/cli.md)");
  sub->callback([&ctx]() {
    std::string error;
    auto db = corpus::CorpusDb::open(db_path, &error, corpus::CorpusDb::OpenMode::kExisting);
    if (!db) {
      ctx.err << "lattice: " << db_path << ": " << error << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    auto hits = db->search(query, limit, &error);
    if (!hits) {
      ctx.err << "lattice: search: " << error << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    if (json) {
      ctx.out << hits_json(*hits).dump(2) << "\n";
      return;
    }
    if (hits->empty()) {
      ctx.out << "no matches\n";
      return;
    }
    render::Table t({"doc", "span", "kind", "text"});
    for (const auto& h : *hits) {
      t.add_row({h.doc, fmt::format("{}-{}", h.start, h.end), h.kind, one_line(h.marked)});
    }
    ctx.out << t.to_text();
  });
}

}  // namespace lattice::cli
