// Scoring extraction against gold annotations: JSONL reading with FILE:LINE errors, and
// per-document one-to-one matching of spans by overlap.
//
// Matching, per document and per kind (recommendations, claims): every pair of an extracted
// record and a counting gold record whose spans overlap (share at least one byte) is a candidate;
// candidates are taken greedily by largest overlap (ties: earlier gold, then earlier extracted),
// each record being used at most once. The pairs taken are the true positives. So a second
// extraction of the same gold sentence (a duplicate) is a false positive, and a gold record
// overlapped only by extractions already matched elsewhere is missed. Greedy is not an optimal
// assignment, but with sentence-sized spans the two nearly always agree.
//
// An extracted record left unmatched is a false positive, unless it overlaps borderline gold
// records and no counting one: then it counts neither way (not in `extracted`).
//
// Ratios with a zero denominator are 1 (nothing extracted: no wrong extraction; nothing to find:
// nothing missed; no true positive: no wrong value); F1 is 0 when precision + recall is 0.
// Records of kind mention are read but never scored.
#include "extract/scorer.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "core/file_read.h"

namespace lattice::extract {

namespace {

using nlohmann::json;

struct LineError {
  std::string what;
};

size_t get_offset(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) throw LineError{std::string("missing \"") + key + "\""};
  if (!it->is_number_unsigned())
    throw LineError{std::string("\"") + key + "\" must be a non-negative integer"};
  return it->get<size_t>();
}

std::string get_string(const json& j, const char* key, bool required) {
  auto it = j.find(key);
  if (it == j.end() || (!required && it->is_null())) {
    if (required) throw LineError{std::string("missing \"") + key + "\""};
    return {};
  }
  if (!it->is_string()) throw LineError{std::string("\"") + key + "\" must be a string"};
  return it->get<std::string>();
}

template <typename E>
std::optional<E> get_enum(const json& j, const char* key) {
  const std::string s = get_string(j, key, false);
  if (s.empty()) return std::nullopt;
  auto v = model::parse<E>(s);
  if (!v)
    throw LineError{std::string("\"") + key + "\" is \"" + s + "\", expected " +
                    model::list_of<E>()};
  return v;
}

Record parse_record(const std::string& line) {
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    std::string msg = e.what();
    // nlohmann's messages start "[json.exception.parse_error.101] parse error at ...".
    if (auto p = msg.find("] "); p != std::string::npos) msg = msg.substr(p + 2);
    throw LineError{"invalid JSON: " + msg};
  }
  if (!j.is_object()) throw LineError{"expected a JSON object"};
  Record r;
  const std::string kind = get_string(j, "kind", false);
  if (kind.empty())
    r.kind = j.contains("quantity") ? RecordKind::kClaim : RecordKind::kRecommendation;
  else if (kind == "recommendation")
    r.kind = RecordKind::kRecommendation;
  else if (kind == "claim")
    r.kind = RecordKind::kClaim;
  else if (kind == "mention")
    r.kind = RecordKind::kMention;
  else
    throw LineError{"\"kind\" is \"" + kind + "\", expected recommendation, claim or mention"};
  r.doc = get_string(j, "doc", true);
  if (r.doc.empty()) throw LineError{"\"doc\" is empty"};
  r.start = get_offset(j, "start");
  r.end = get_offset(j, "end");
  if (r.end < r.start) throw LineError{"\"end\" is before \"start\""};
  r.text = get_string(j, "text", false);
  switch (r.kind) {
    case RecordKind::kRecommendation: {
      if (auto c = get_enum<model::Certainty>(j, "certainty")) r.certainty = *c;
      r.modality = get_enum<model::Modality>(j, "modality");
      if (auto it = j.find("actors"); it != j.end() && !it->is_null()) {
        if (!it->is_array()) throw LineError{"\"actors\" must be an array of strings"};
        for (const auto& a : *it) {
          if (!a.is_string()) throw LineError{"\"actors\" must be an array of strings"};
          r.actors.push_back(a.get<std::string>());
        }
      }
      break;
    }
    case RecordKind::kClaim: {
      auto it = j.find("quantity");
      if (it == j.end()) throw LineError{"missing \"quantity\""};
      if (!it->is_number()) throw LineError{"\"quantity\" must be a number"};
      r.quantity = it->get<double>();
      if (auto u = get_enum<model::ClaimUnit>(j, "unit"))
        r.unit = *u;
      else
        throw LineError{"missing \"unit\""};
      if (auto y = j.find("year"); y != j.end() && !y->is_null()) {
        if (!y->is_number_integer()) throw LineError{"\"year\" must be an integer or null"};
        r.year = y->get<int>();
      }
      break;
    }
    case RecordKind::kMention:
      r.id = get_string(j, "id", true);
      break;
  }
  return r;
}

size_t overlap(const Record& a, const Record& b) {
  const size_t lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

bool same_value(const Record& e, const Record& g) {
  if (e.unit != g.unit) return false;
  const double scale = std::max(std::fabs(e.quantity), std::fabs(g.quantity));
  return std::fabs(e.quantity - g.quantity) <= 1e-6 * scale;
}

bool counts(const Record& gold) {
  return gold.kind != RecordKind::kRecommendation || gold.certainty == model::Certainty::kCertain;
}

bool by_place(const Record* a, const Record* b) {
  return std::tie(a->doc, a->start, a->end, a->line) < std::tie(b->doc, b->start, b->end, b->line);
}

double ratio(size_t num, size_t den) {
  return den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den);
}

KindScore score_kind(RecordKind kind, const std::vector<Record>& extracted,
                     const std::vector<Record>& gold) {
  std::map<std::string, std::pair<std::vector<const Record*>, std::vector<const Record*>>> docs;
  for (const auto& r : extracted)
    if (r.kind == kind) docs[r.doc].first.push_back(&r);
  for (const auto& r : gold)
    if (r.kind == kind) docs[r.doc].second.push_back(&r);

  KindScore s;
  for (auto& [doc, recs] : docs) {
    auto& [ex, gd] = recs;
    std::sort(ex.begin(), ex.end(), by_place);
    std::sort(gd.begin(), gd.end(), by_place);
    struct Candidate {
      size_t overlap, g, e;
    };
    std::vector<Candidate> cands;
    // Both lists are sorted by start; a sweep would do, but documents hold tens of records.
    for (size_t gi = 0; gi < gd.size(); ++gi) {
      if (!counts(*gd[gi])) continue;
      for (size_t ei = 0; ei < ex.size(); ++ei)
        if (size_t o = overlap(*ex[ei], *gd[gi]); o > 0) cands.push_back({o, gi, ei});
    }
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
      if (a.overlap != b.overlap) return a.overlap > b.overlap;
      return std::tie(a.g, a.e) < std::tie(b.g, b.e);
    });
    std::vector<bool> g_used(gd.size(), false), e_used(ex.size(), false);
    for (const auto& c : cands) {
      if (g_used[c.g] || e_used[c.e]) continue;
      g_used[c.g] = e_used[c.e] = true;
      ++s.true_positives;
      ++s.matched_gold;
      if (kind == RecordKind::kClaim && same_value(*ex[c.e], *gd[c.g])) ++s.value_correct;
    }
    for (size_t gi = 0; gi < gd.size(); ++gi) {
      if (!counts(*gd[gi])) continue;
      ++s.gold;
      if (!g_used[gi]) s.missed.push_back(gd[gi]);
    }
    for (size_t ei = 0; ei < ex.size(); ++ei) {
      if (e_used[ei]) {
        ++s.extracted;
        continue;
      }
      bool any_counting = false, any_borderline = false;
      for (const Record* g : gd)
        if (overlap(*ex[ei], *g) > 0) (counts(*g) ? any_counting : any_borderline) = true;
      if (any_borderline && !any_counting) continue;  // neither way
      ++s.extracted;
      s.false_positives.push_back(ex[ei]);
    }
  }
  s.precision = ratio(s.true_positives, s.extracted);
  s.recall = ratio(s.matched_gold, s.gold);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  s.value_accuracy = ratio(s.value_correct, s.true_positives);
  return s;
}

}  // namespace

std::optional<std::vector<Record>> parse_records(std::string_view text, const std::string& path,
                                                 std::string* error) {
  std::vector<Record> out;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string line(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are allowed
    try {
      Record r = parse_record(line);
      r.line = number;
      out.push_back(std::move(r));
    } catch (const LineError& e) {
      if (error) *error = path + ":" + std::to_string(number) + ": " + e.what;
      return std::nullopt;
    } catch (const json::exception& e) {
      if (error) *error = path + ":" + std::to_string(number) + ": " + e.what();
      return std::nullopt;
    }
  }
  return out;
}

std::optional<std::vector<Record>> read_records(const std::string& path, std::string* error) {
  auto fail = [&](const std::string& what) -> std::optional<std::vector<Record>> {
    if (error) *error = what;
    return std::nullopt;
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return fail(path + ": cannot read: is a directory");
  std::string reason;
  const auto text = core::read_file(path, &reason);
  if (!text) return fail(path + ": " + reason);
  return parse_records(*text, path, error);
}

Score score(const std::vector<Record>& extracted, const std::vector<Record>& gold) {
  Score s;
  s.recommendations = score_kind(RecordKind::kRecommendation, extracted, gold);
  s.claims = score_kind(RecordKind::kClaim, extracted, gold);
  return s;
}

}  // namespace lattice::extract
