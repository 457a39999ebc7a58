// Builds the JSON records of an extraction.
#include "render/extraction_json.h"

#include <algorithm>
#include <cmath>

namespace lattice::render {
namespace {

std::string span_text(const std::string& text, size_t start, size_t end) {
  if (start > end || end > text.size()) return {};
  return text.substr(start, end - start);
}

nlohmann::ordered_json base(const char* kind, const std::string& doc, size_t start, size_t end,
                    const std::string& text) {
  nlohmann::ordered_json j;
  j["kind"] = kind;
  j["doc"] = doc;
  j["start"] = start;
  j["end"] = end;
  j["text"] = span_text(text, start, end);
  return j;
}

// Confidence rounded to two decimals, so output is stable across platforms.
double round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

std::vector<nlohmann::ordered_json> extraction_records(const text::TextDocument& doc,
                                               const extract::Extraction& x,
                                               const model::Model& m) {
  struct Keyed {
    size_t start;
    int order;
    nlohmann::ordered_json j;
  };
  std::vector<Keyed> keyed;
  for (const auto& r : x.recommendations) {
    nlohmann::ordered_json j = base("recommendation", doc.name, r.start, r.end, doc.text);
    j["actors"] = r.actors;
    nlohmann::ordered_json domains = nlohmann::ordered_json::array();
    for (auto d : r.domains) domains.push_back(std::string(model::name(d)));
    j["domains"] = domains;
    j["modality"] = std::string(model::name(r.modality));
    j["certainty"] = std::string(model::name(r.certainty));
    j["confidence"] = round2(r.confidence);
    keyed.push_back({r.start, 0, std::move(j)});
  }
  for (const auto& c : x.claims) {
    nlohmann::ordered_json j = base("claim", doc.name, c.start, c.end, doc.text);
    j["sentence_start"] = c.sentence_start;
    j["sentence_end"] = c.sentence_end;
    j["quantity"] = c.quantity;
    j["unit"] = std::string(model::name(c.unit));
    j["year"] = c.year ? nlohmann::ordered_json(*c.year) : nlohmann::ordered_json(nullptr);
    j["subject"] = c.subject;
    keyed.push_back({c.start, 1, std::move(j)});
  }
  for (const auto& mention : x.mentions) {
    nlohmann::ordered_json j = base("mention", doc.name, mention.start, mention.end, doc.text);
    j["id"] = mention.id;
    const model::EntityRef* ref = m.find(mention.id);
    j["entity"] = ref ? std::string(model::entity_kind_name(ref->kind)) : std::string("unknown");
    keyed.push_back({mention.start, 2, std::move(j)});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.start != b.start ? a.start < b.start : a.order < b.order;
  });
  std::vector<nlohmann::ordered_json> out;
  out.reserve(keyed.size());
  for (auto& k : keyed) out.push_back(std::move(k.j));
  return out;
}

}  // namespace lattice::render
