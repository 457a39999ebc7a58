// lattice score EXTRACTED.jsonl GOLD.jsonl...: precision, recall, F1 (and value accuracy of
// claims) of an extraction (`lattice extract --jsonl`) against gold annotation files, then the
// gold records it missed and its false positives. Only documents that have gold records are
// scored; extracted records of other documents are counted in a note on stderr.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "extract/scorer.h"
#include "render/table.h"

namespace lattice::cli {

namespace {

std::string fixed(double x, int digits = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

// The text on one line: white space runs as one space, at most max code points (then "…").
std::string one_line(const std::string& s, size_t max = 100) {
  std::string flat;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !flat.empty();
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += c;
  }
  size_t points = 0;
  for (size_t i = 0; i < flat.size(); ++i)
    if ((static_cast<unsigned char>(flat[i]) & 0xC0) != 0x80 && ++points > max)
      return flat.substr(0, i) + "…";
  return flat;
}

const char* kind_name(extract::RecordKind k) {
  switch (k) {
    case extract::RecordKind::kRecommendation:
      return "recommendation";
    case extract::RecordKind::kClaim:
      return "claim";
    case extract::RecordKind::kMention:
      return "mention";
  }
  return "";
}

nlohmann::json record_json(const extract::Record& r) {
  nlohmann::json j = {{"kind", kind_name(r.kind)},
                      {"doc", r.doc},
                      {"start", r.start},
                      {"end", r.end},
                      {"text", r.text},
                      {"line", r.line}};
  if (r.kind == extract::RecordKind::kClaim) {
    j["quantity"] = r.quantity;
    j["unit"] = std::string(model::name(r.unit));
  }
  return j;
}

nlohmann::json kind_json(const extract::KindScore& s, bool values) {
  nlohmann::json j = {{"gold", s.gold},
                      {"extracted", s.extracted},
                      {"true_positives", s.true_positives},
                      {"matched_gold", s.matched_gold},
                      {"precision", s.precision},
                      {"recall", s.recall},
                      {"f1", s.f1}};
  if (values) {
    j["value_correct"] = s.value_correct;
    j["value_accuracy"] = s.value_accuracy;
  }
  j["missed"] = nlohmann::json::array();
  for (const auto* r : s.missed) j["missed"].push_back(record_json(*r));
  j["false_positives"] = nlohmann::json::array();
  for (const auto* r : s.false_positives) j["false_positives"].push_back(record_json(*r));
  return j;
}

void list_records(std::ostream& out, const char* title, const char* kind,
                  const std::vector<const extract::Record*>& records) {
  out << "\n" << title << " " << kind << "s (" << records.size() << "):\n";
  for (const auto* r : records)
    out << "  " << r->doc << "  " << r->start << "-" << r->end << "  " << one_line(r->text) << "\n";
}

}  // namespace

void register_score(CLI::App& app, Context& ctx) {
  static std::string extracted_path;
  static std::vector<std::string> gold_paths;
  static bool json = false;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  extracted_path.clear();
  gold_paths.clear();
  json = false;
  CLI::App* sub =
      app.add_subcommand("score", "Precision and recall of an extraction against gold annotations");
  sub->add_option("EXTRACTED", extracted_path, "JSONL from `lattice extract --jsonl`")->required();
  sub->add_option("GOLD", gold_paths, "Annotation files (*.recs.jsonl, *.claims.jsonl)")
      ->required();
  sub->add_flag("--json", json, "Print JSON");
  sub->callback([&ctx]() {
    std::string error;
    auto extracted = extract::read_records(extracted_path, &error);
    if (!extracted) {
      ctx.err << "lattice: " << error << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    std::vector<extract::Record> gold;
    for (const auto& path : gold_paths) {
      auto g = extract::read_records(path, &error);
      if (!g) {
        ctx.err << "lattice: " << error << "\n";
        ctx.exit_code = kExitInvalid;
        return;
      }
      gold.insert(gold.end(), std::make_move_iterator(g->begin()),
                  std::make_move_iterator(g->end()));
    }
    // Score only the documents the gold files annotate.
    std::set<std::string> gold_docs;
    for (const auto& r : gold) gold_docs.insert(r.doc);
    std::set<std::string> skipped_docs;
    size_t skipped = 0;
    std::vector<extract::Record> scored;
    for (auto& r : *extracted) {
      if (r.kind == extract::RecordKind::kMention) continue;
      if (!gold_docs.count(r.doc)) {
        ++skipped;
        skipped_docs.insert(r.doc);
        continue;
      }
      scored.push_back(std::move(r));
    }
    if (skipped > 0)
      ctx.err << "lattice: note: " << skipped << " extracted record(s) of " << skipped_docs.size()
              << " document(s) without gold annotations were not scored\n";
    const extract::Score s = extract::score(scored, gold);

    if (json) {
      ctx.out << nlohmann::json{{"recommendations", kind_json(s.recommendations, false)},
                                {"claims", kind_json(s.claims, true)}}
                     .dump(2)
              << "\n";
      return;
    }
    render::Table t(
        {"kind", "gold", "extracted", "true pos.", "precision", "recall", "F1", "value accuracy"});
    auto row = [&](const char* kind, const extract::KindScore& k, bool values) {
      t.add_row({kind, std::to_string(k.gold), std::to_string(k.extracted),
                 std::to_string(k.true_positives), k.extracted ? fixed(k.precision) : "-",
                 k.gold ? fixed(k.recall) : "-", k.extracted || k.gold ? fixed(k.f1) : "-",
                 !values ? ""
                 : k.true_positives
                     ? fixed(k.value_accuracy) + " (" + std::to_string(k.value_correct) + "/" +
                           std::to_string(k.true_positives) + ")"
                     : "-"});
    };
    row("recommendations", s.recommendations, false);
    row("claims", s.claims, true);
    ctx.out << t.to_text();
    list_records(ctx.out, "Missed gold", "recommendation", s.recommendations.missed);
    list_records(ctx.out, "False positive", "recommendation", s.recommendations.false_positives);
    list_records(ctx.out, "Missed gold", "claim", s.claims.missed);
    list_records(ctx.out, "False positive", "claim", s.claims.false_positives);
  });
}

}  // namespace lattice::cli
