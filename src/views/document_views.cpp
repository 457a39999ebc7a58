// Views of the document queries (see document_views.h).
#include "views/document_views.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include "core/text.h"
#include "views/extraction_jsonl.h"
#include "views/table.h"

namespace lattice::views {

using nlohmann::json;

namespace {

// ---- text ----

json text_json(const query::TextResult& r) {
  json all = json::array();
  for (const auto& d : r.documents) {
    if (!r.units) {
      all.push_back(
          {{"doc", d.doc.name}, {"format", text::format_name(d.doc.format)}, {"text", d.doc.text}});
      continue;
    }
    for (const text::Unit& u : d.units)
      all.push_back({{"doc", d.doc.name},
                     {"start", u.start},
                     {"end", u.end},
                     {"kind", text::unit_kind_name(u.kind)},
                     {"text", d.doc.text.substr(u.start, u.end - u.start)}});
  }
  return all;
}

std::string text_text(const query::TextResult& r) {
  if (!r.units) {
    std::string out;
    for (const auto& d : r.documents) out += d.doc.text;
    return out;
  }
  views::Table table({"doc", "start", "end", "kind", "text"});
  for (const auto& d : r.documents)
    for (const text::Unit& u : d.units) {
      std::string t = d.doc.text.substr(u.start, u.end - u.start);
      std::replace_if(
          t.begin(), t.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
      table.add_row({d.doc.name, std::to_string(u.start), std::to_string(u.end),
                     text::unit_kind_name(u.kind), t});
    }
  return table.size() > 0 ? table.to_text() : std::string();
}

// ---- extract ----

// s on one line, cut to at most max_bytes (never inside a UTF-8 character) followed by "...".
std::string one_line_bytes(std::string s, size_t max_bytes) {
  std::replace_if(
      s.begin(), s.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
  if (s.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "...";
  }
  return s;
}

// The human-readable listing of one document's extraction.
std::string extraction_listing(const text::TextDocument& doc, const extract::Extraction& x,
                               bool show_mentions) {
  std::string out =
      fmt::format("== {} ({}, {} bytes{}): {} recommendations, {} claims, {} mentions\n", doc.name,
                  text::format_name(doc.format), doc.text.size(),
                  x.document_year ? fmt::format(", dated {}", *x.document_year) : "",
                  x.recommendations.size(), x.claims.size(), x.mentions.size());
  if (!x.recommendations.empty()) {
    views::Table t({"span", "modality", "certainty", "conf", "actors", "domains", "text"});
    for (const auto& r : x.recommendations) {
      std::vector<std::string> domains;
      for (auto d : r.domains) domains.emplace_back(model::name(d));
      t.add_row({fmt::format("{}-{}", r.start, r.end), std::string(model::name(r.modality)),
                 std::string(model::name(r.certainty)), fmt::format("{:.2f}", r.confidence),
                 core::join(r.actors, ","), core::join(domains, ","),
                 one_line_bytes(doc.text.substr(r.start, r.end - r.start), 90)});
    }
    out += "\nRecommendations\n" + t.to_text();
  }
  if (!x.claims.empty()) {
    views::Table t({"span", "text", "quantity", "unit", "year", "subject"});
    for (const auto& c : x.claims)
      t.add_row({fmt::format("{}-{}", c.start, c.end),
                 one_line_bytes(doc.text.substr(c.start, c.end - c.start), 40),
                 fmt::format("{:g}", c.quantity), std::string(model::name(c.unit)),
                 c.year ? std::to_string(*c.year) : "-", one_line_bytes(c.subject, 60)});
    out += "\nQuantitative claims\n" + t.to_text();
  }
  if (show_mentions && !x.mentions.empty()) {
    std::map<std::string, size_t> counts;
    for (const auto& m : x.mentions) ++counts[m.id];
    std::vector<std::pair<std::string, size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    views::Table t({"entity", "mentions"});
    for (const auto& [id, n] : sorted) t.add_row({id, std::to_string(n)});
    out += "\nMentions by entity\n" + t.to_text();
  }
  return out + "\n";
}

std::string extract_jsonl(const query::ExtractResult& r) {
  std::string out;
  for (const auto& d : r.documents) out += extraction_jsonl(d.doc, d.extraction, *r.model);
  return out;
}

// The records of --jsonl as one JSON array (keys sorted, as in every --json).
json extract_json(const query::ExtractResult& r) {
  json all = json::array();
  for (const auto& d : r.documents) {
    std::istringstream lines(extraction_jsonl(d.doc, d.extraction, *r.model));
    for (std::string line; std::getline(lines, line);) all.push_back(json::parse(line));
  }
  return all;
}

std::string extract_text(const query::ExtractResult& r) {
  std::string out;
  for (const auto& d : r.documents)
    out += extraction_listing(d.doc, d.extraction, r.kinds.mentions);
  return out;
}

// ---- score ----

std::string fixed(double x, int digits = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

// The text on one line: white space runs as one space, at most max code points (then "…").
std::string one_line_points(const std::string& s, size_t max = 100) {
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

const char* record_kind_name(extract::RecordKind k) {
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

json record_json(const extract::Record& r) {
  json j = {{"kind", record_kind_name(r.kind)},
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

json kind_json(const extract::KindScore& s, bool values) {
  json j = {{"gold", s.gold},
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
  j["missed"] = json::array();
  for (const auto* r : s.missed) j["missed"].push_back(record_json(*r));
  j["false_positives"] = json::array();
  for (const auto* r : s.false_positives) j["false_positives"].push_back(record_json(*r));
  return j;
}

json score_json(const query::ScoreResult& r) {
  return {{"recommendations", kind_json(r.score.recommendations, false)},
          {"claims", kind_json(r.score.claims, true)}};
}

std::string record_list(const char* title, const char* kind,
                        const std::vector<const extract::Record*>& records) {
  std::string out = fmt::format("\n{} {}s ({}):\n", title, kind, records.size());
  for (const auto* r : records)
    out += fmt::format("  {}  {}-{}  {}\n", r->doc, r->start, r->end, one_line_points(r->text));
  return out;
}

std::string score_text(const query::ScoreResult& r) {
  const extract::Score& s = r.score;
  views::Table t(
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
  return t.to_text() + record_list("Missed gold", "recommendation", s.recommendations.missed) +
         record_list("False positive", "recommendation", s.recommendations.false_positives) +
         record_list("Missed gold", "claim", s.claims.missed) +
         record_list("False positive", "claim", s.claims.false_positives);
}

}  // namespace

query::Views<query::TextResult> text_views() {
  query::Views<query::TextResult> v;
  v.json = text_json;
  v.text = text_text;
  return v;
}

query::Views<query::ExtractResult> extract_views() {
  query::Views<query::ExtractResult> v;
  v.json = extract_json;
  v.text = extract_text;
  v.jsonl = extract_jsonl;
  return v;
}

query::Views<query::ScoreResult> score_views() {
  query::Views<query::ScoreResult> v;
  v.json = score_json;
  v.text = score_text;
  return v;
}

}  // namespace lattice::views
