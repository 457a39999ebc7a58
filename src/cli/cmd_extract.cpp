// lattice extract FILE... [--jsonl]: recommendations, quantitative claims and entity mentions of
// documents, each with its byte span. Files are read and processed one at a time, so memory does
// not grow with the number of files; a file that cannot be read is reported and skipped.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "extract/extraction.h"
#include "render/extraction_json.h"
#include "render/table.h"

namespace lattice::cli {
namespace {

std::string one_line(std::string s, size_t max_bytes) {
  for (char& c : s)
    if (c == '\n' || c == '\t') c = ' ';
  if (s.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "...";
  }
  return s;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

// The human-readable listing of one document's extraction.
void print_listing(std::ostream& out, const text::TextDocument& doc, const extract::Extraction& x,
                   bool show_mentions) {
  out << fmt::format("== {} ({}, {} bytes{}): {} recommendations, {} claims, {} mentions\n",
                     doc.name, text::format_name(doc.format), doc.text.size(),
                     x.document_year ? fmt::format(", dated {}", *x.document_year) : "",
                     x.recommendations.size(), x.claims.size(), x.mentions.size());
  if (!x.recommendations.empty()) {
    render::Table t({"span", "modality", "certainty", "conf", "actors", "domains", "text"});
    for (const auto& r : x.recommendations) {
      std::vector<std::string> domains;
      for (auto d : r.domains) domains.emplace_back(model::name(d));
      t.add_row({fmt::format("{}-{}", r.start, r.end), std::string(model::name(r.modality)),
                 std::string(model::name(r.certainty)), fmt::format("{:.2f}", r.confidence),
                 join(r.actors), join(domains),
                 one_line(doc.text.substr(r.start, r.end - r.start), 90)});
    }
    out << "\nRecommendations\n" << t.to_text();
  }
  if (!x.claims.empty()) {
    render::Table t({"span", "text", "quantity", "unit", "year", "subject"});
    for (const auto& c : x.claims)
      t.add_row({fmt::format("{}-{}", c.start, c.end),
                 one_line(doc.text.substr(c.start, c.end - c.start), 40),
                 fmt::format("{:g}", c.quantity), std::string(model::name(c.unit)),
                 c.year ? std::to_string(*c.year) : "-", one_line(c.subject, 60)});
    out << "\nQuantitative claims\n" << t.to_text();
  }
  if (show_mentions && !x.mentions.empty()) {
    std::map<std::string, size_t> counts;
    for (const auto& m : x.mentions) ++counts[m.id];
    std::vector<std::pair<std::string, size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    render::Table t({"entity", "mentions"});
    for (const auto& [id, n] : sorted) t.add_row({id, std::to_string(n)});
    out << "\nMentions by entity\n" << t.to_text();
  }
  out << "\n";
}

}  // namespace

void register_extract(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::vector<std::string> files;
  static bool jsonl = false;
  static std::string kinds;
  o = {};
  files.clear();
  jsonl = false;
  kinds.clear();
  CLI::App* sub = app.add_subcommand(
      "extract", "Recommendations, quantitative claims and entity mentions of documents");
  sub->add_option("FILE", files, "Documents: .txt, .md, .html, .pdf")->required();
  sub->add_flag("--jsonl", jsonl, "One JSON object per line (keys in docs/cli.md)");
  sub->add_option("--kinds", kinds,
                  "Comma-separated subset of recommendation,claim,mention (default: all)");
  add_common_options(sub, o, false, false);
  sub->callback([&ctx]() {
    extract::ExtractionOptions opt;
    if (!kinds.empty()) {
      opt = {false, false, false};
      size_t i = 0;
      while (i <= kinds.size()) {
        size_t comma = kinds.find(',', i);
        if (comma == std::string::npos) comma = kinds.size();
        const std::string k = kinds.substr(i, comma - i);
        if (k == "recommendation" || k == "recommendations") {
          opt.recommendations = true;
        } else if (k == "claim" || k == "claims") {
          opt.claims = true;
        } else if (k == "mention" || k == "mentions") {
          opt.mentions = true;
        } else {
          ctx.err << "lattice: --kinds: unknown kind '" << k
                  << "' (use recommendation, claim, mention)\n";
          ctx.exit_code = kExitUsage;
          return;
        }
        i = comma + 1;
      }
    }
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const extract::MentionFinder finder(*m);
    for (const std::string& path : files) {
      std::string error;
      auto doc = text::read_text_document(path, &error);
      if (!doc) {
        ctx.err << "lattice: " << path << ": " << error << "\n";
        ctx.exit_code = kExitInvalid;
        continue;
      }
      const extract::Extraction x = extract::extract(*doc, finder, opt);
      if (jsonl) {
        ctx.out << render::extraction_jsonl(*doc, x, *m);
      } else {
        print_listing(ctx.out, *doc, x, opt.mentions);
      }
      ctx.out.flush();
    }
  });
}

}  // namespace lattice::cli
