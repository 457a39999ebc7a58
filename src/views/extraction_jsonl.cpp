// Writes the JSON lines of an extraction.
#include "views/extraction_jsonl.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lattice::views {
namespace {

std::string_view span_text(const std::string& text, size_t start, size_t end) {
  if (start > end || end > text.size()) return {};
  return std::string_view(text).substr(start, end - start);
}

void append_base(std::string& out, std::string_view kind, const std::string& doc, size_t start,
                 size_t end, const std::string& text) {
  out += "{\"kind\":\"";
  out += kind;
  out += "\",\"doc\":";
  append_json_string(out, doc);
  fmt::format_to(std::back_inserter(out), ",\"start\":{},\"end\":{},\"text\":", start, end);
  append_json_string(out, span_text(text, start, end));
}

void append_string_array(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, items[i]);
  }
  out += ']';
}

// A number as JSON: whole numbers below 1e15 in full ("8000000000.0"), others shortest.
void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    fmt::format_to(std::back_inserter(out), "{:.1f}", v);
  } else {
    fmt::format_to(std::back_inserter(out), "{}", v);
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

std::string extraction_jsonl(const text::TextDocument& doc, const extract::Extraction& x,
                             const model::Model& m) {
  struct Keyed {
    size_t start;
    int order;
    size_t index;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(x.recommendations.size() + x.claims.size() + x.mentions.size());
  for (size_t i = 0; i < x.recommendations.size(); ++i)
    keyed.push_back({x.recommendations[i].start, 0, i});
  for (size_t i = 0; i < x.claims.size(); ++i) keyed.push_back({x.claims[i].start, 1, i});
  for (size_t i = 0; i < x.mentions.size(); ++i) keyed.push_back({x.mentions[i].start, 2, i});
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.start != b.start ? a.start < b.start : a.order < b.order;
  });

  std::string out;
  out.reserve(keyed.size() * 160);
  for (const Keyed& k : keyed) {
    if (k.order == 0) {
      const auto& r = x.recommendations[k.index];
      append_base(out, "recommendation", doc.name, r.start, r.end, doc.text);
      out += ",\"actors\":";
      append_string_array(out, r.actors);
      out += ",\"domains\":[";
      for (size_t i = 0; i < r.domains.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, model::name(r.domains[i]));
      }
      out += "],\"modality\":";
      append_json_string(out, model::name(r.modality));
      out += ",\"certainty\":";
      append_json_string(out, model::name(r.certainty));
      // Two decimals, so output is stable across platforms.
      fmt::format_to(std::back_inserter(out), ",\"confidence\":{}}}\n",
                     std::round(r.confidence * 100.0) / 100.0);
    } else if (k.order == 1) {
      const auto& c = x.claims[k.index];
      append_base(out, "claim", doc.name, c.start, c.end, doc.text);
      fmt::format_to(std::back_inserter(out), ",\"sentence_start\":{},\"sentence_end\":{}",
                     c.sentence_start, c.sentence_end);
      out += ",\"quantity\":";
      append_number(out, c.quantity);
      out += ",\"unit\":";
      append_json_string(out, model::name(c.unit));
      out += ",\"year\":";
      out += c.year ? std::to_string(*c.year) : "null";
      out += ",\"subject\":";
      append_json_string(out, c.subject);
      out += "}\n";
    } else {
      const auto& mention = x.mentions[k.index];
      append_base(out, "mention", doc.name, mention.start, mention.end, doc.text);
      out += ",\"id\":";
      append_json_string(out, mention.id);
      const model::EntityRef* ref = m.find(mention.id);
      out += ",\"entity\":";
      append_json_string(out, ref ? model::entity_kind_name(ref->kind) : "unknown");
      out += "}\n";
    }
  }
  return out;
}

}  // namespace lattice::views
