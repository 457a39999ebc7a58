// lattice agenda [--db PATH] [--json] [--sort persistence|breadth|size] [--min-size N]
// [--borderline] [--diff FILE]: the recommendations of the ingested documents and of the model
// grouped into agenda items (docs/agenda.md), the document-by-document agreement table and the
// items only one document raises per domain; with --diff, what FILE adds, repeats and leaves out.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "agenda/agenda.h"
#include "agenda/agreement.h"
#include "agenda/diff.h"
#include "cli/command.h"
#include "corpus/corpus_db.h"
#include "corpus/document_metadata.h"
#include "model/document_files.h"
#include "render/table.h"

namespace lattice::cli {
namespace {

using nlohmann::json;

struct Options {
  CommonOptions common;
  std::string db_path, sort = "size", diff_path;
  size_t min_size = 1;
  bool borderline = false;
  agenda::ClusterParams params;
};

std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (c == '*') continue;  // markdown emphasis
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// At most max bytes of s on one line, cut at a space and never inside a UTF-8 character.
std::string trimmed(std::string_view s, size_t max = 160) {
  std::string t = one_line(s);
  if (t.size() <= max) return t;
  size_t cut = t.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
  }
  return t.substr(0, cut) + " …";
}

std::string years_text(const agenda::AgendaItem& it) {
  if (!it.first_year) return "undated";
  if (*it.first_year == *it.last_year) return std::to_string(*it.first_year);
  return fmt::format("{}-{}", *it.first_year, *it.last_year);
}

std::string counted(const std::vector<std::pair<std::string, size_t>>& v, const model::Model& m,
                    bool names) {
  std::string out;
  for (const auto& [k, n] : v) {
    out += (out.empty() ? "" : ", ") + (names ? m.display_name(k) : k);
    if (n > 1) out += fmt::format(" x{}", n);
  }
  return out.empty() ? "-" : out;
}

json rec_json(const agenda::AgendaInput& in) {
  return {{"doc", in.doc},
          {"file", in.file},
          {"title", in.title},
          {"organisation", in.organisation},
          {"date", in.date.empty() ? json(nullptr) : json(in.date)},
          {"start", in.start},
          {"end", in.end},
          {"modality", in.modality},
          {"certainty", in.certainty},
          {"actors", in.actors},
          {"domains", in.domains},
          {"text", one_line(in.text)},
          {"text_is_summary", in.text_is_summary},
          {"model_id", in.model_id.empty() ? json(nullptr) : json(in.model_id)},
          {"origin", in.origin}};
}

json item_json(const agenda::AgendaItem& it, const std::vector<agenda::AgendaInput>& inputs,
               const model::Model& m) {
  json recs = json::array();
  for (size_t i : it.members) recs.push_back(rec_json(inputs[i]));
  json actors = json::array(), domains = json::array();
  for (const auto& [id, n] : it.actors)
    actors.push_back({{"id", id}, {"name", m.display_name(id)}, {"count", n}});
  for (const auto& [d, n] : it.domains) domains.push_back({{"domain", d}, {"count", n}});
  auto opt_year = [](const std::optional<int>& y) { return y ? json(*y) : json(nullptr); };
  return {{"key", it.key},
          {"label", it.label.text},
          {"label_words", it.label.words},
          {"label_entities", it.label.entities},
          {"size", it.members.size()},
          {"first_year", opt_year(it.first_year)},
          {"last_year", opt_year(it.last_year)},
          {"persistence", it.persistence},
          {"distinct_years", it.distinct_years},
          {"breadth", it.breadth},
          {"organisations", it.organisations},
          {"documents", it.documents},
          {"actors", actors},
          {"domains", domains},
          {"status",
           {{"status", it.status.status},
            {"date", it.status.date.empty() ? json(nullptr) : json(it.status.date)},
            {"evidence", it.status.evidence.empty() ? json(nullptr) : json(it.status.evidence)},
            {"sources", it.status.sources},
            {"recommendation",
             it.status.recommendation.empty() ? json(nullptr) : json(it.status.recommendation)}}},
          {"recommendations", recs}};
}

void print_item(std::ostream& out, const agenda::AgendaItem& it,
                const std::vector<agenda::AgendaInput>& inputs, const model::Model& m) {
  out << fmt::format("{}  {}  [{} recommendation{}]\n", it.key, it.label.text, it.members.size(),
                     it.members.size() == 1 ? "" : "s");
  std::string status = it.status.status;
  if (!it.status.date.empty()) status += " (" + it.status.date + ")";
  if (!it.status.evidence.empty()) status += ": " + it.status.evidence;
  if (!it.status.recommendation.empty()) status += " [" + it.status.recommendation + "]";
  out << "    status: " << status << "\n";
  out << fmt::format(
      "    years: {} (persistence {}, {} distinct year{}); organisations ({}): ", years_text(it),
      it.persistence, it.distinct_years, it.distinct_years == 1 ? "" : "s", it.breadth);
  for (size_t k = 0; k < it.organisations.size(); ++k)
    out << (k ? "; " : "") << it.organisations[k];
  out << "\n    asked: " << counted(it.actors, m, true)
      << "\n    domains: " << counted(it.domains, m, false) << "\n";
  for (size_t i : it.members) {
    const auto& in = inputs[i];
    out << fmt::format("    - {} @{}-{} ({}, {}{}): {}\n", in.doc, in.start, in.end,
                       in.date.empty() ? "undated" : in.date, in.modality,
                       in.model_id.empty() ? "" : ", " + in.model_id, trimmed(in.text));
  }
}

json agreement_json(const agenda::Agenda& a, const agenda::AgreementTable& t,
                    const std::vector<agenda::DomainDivergence>& div) {
  json docs = json::array(), pairs = json::array(), dj = json::array();
  for (size_t i = 0; i < t.documents.size(); ++i)
    docs.push_back(
        {{"doc", t.documents[i]}, {"organisation", t.organisations[i]}, {"items", t.items[i]}});
  for (size_t i = 0; i < t.documents.size(); ++i)
    for (size_t j = i + 1; j < t.documents.size(); ++j)
      pairs.push_back({{"a", t.documents[i]},
                       {"b", t.documents[j]},
                       {"both", t.both[i][j]},
                       {"either", t.either[i][j]},
                       {"share", std::round(t.share(i, j) * 10000.0) / 10000.0}});
  for (const auto& d : div) {
    json solo = json::array();
    for (size_t k = 0; k < d.items.size(); ++k)
      solo.push_back({{"item", a.items[d.items[k]].key},
                      {"label", a.items[d.items[k]].label.text},
                      {"doc", d.document[k]}});
    dj.push_back({{"domain", d.domain}, {"domain_items", d.domain_items}, {"single_source", solo}});
  }
  return {{"agreement", {{"documents", docs}, {"pairs", pairs}}}, {"divergence", dj}};
}

void print_agreement(std::ostream& out, const agenda::Agenda& a, const agenda::AgreementTable& t,
                     const std::vector<agenda::DomainDivergence>& div) {
  out << "\nAgreement: share of the items raised by either document that both raise "
         "(both/either)\n";
  std::vector<std::string> headers = {"document", "items"};
  for (size_t j = 0; j < t.documents.size(); ++j) headers.push_back(fmt::format("[{}]", j + 1));
  render::Table table(headers);
  for (size_t i = 0; i < t.documents.size(); ++i) {
    std::vector<std::string> row = {fmt::format("[{}] {}", i + 1, t.documents[i]),
                                    std::to_string(t.items[i])};
    for (size_t j = 0; j < t.documents.size(); ++j)
      row.push_back(i == j ? "-"
                           : fmt::format("{:.0f}% ({}/{})", 100.0 * t.share(i, j), t.both[i][j],
                                         t.either[i][j]));
    table.add_row(row);
  }
  out << table.to_text();
  out << "\nDivergence: items only one document raises, by domain\n";
  for (const auto& d : div) {
    out << fmt::format("  {} ({} of {} items):", d.domain, d.items.size(), d.domain_items);
    if (d.items.empty()) out << " none";
    out << "\n";
    for (size_t k = 0; k < d.items.size(); ++k)
      out << fmt::format("    {} {} ({})\n", a.items[d.items[k]].key,
                         a.items[d.items[k]].label.text, d.document[k]);
  }
}

void run_diff(Context& ctx, const Options& o, const agenda::Agenda& a, const model::Model& m,
              const extract::MentionFinder& finder) {
  std::string error;
  auto doc = text::read_text_document(o.diff_path, &error);
  if (!doc) {
    ctx.err << o.diff_path << ": error: " << error << "\n";
    ctx.exit_code = kExitInvalid;
    return;
  }
  const auto bytes = model::read_file_bytes(o.diff_path);
  const auto meta = corpus::document_metadata(*doc, bytes ? *bytes : std::string());
  const auto x = extract::extract(*doc, finder);
  auto inputs = agenda::inputs_of_document(*doc, x, meta, {o.borderline});
  const agenda::AgendaDiff d = agenda::diff_against(a, std::move(inputs), m, finder);
  if (o.common.json) {
    json recs = json::array(), news = json::array(), rep = json::array(), left = json::array();
    for (size_t i = 0; i < d.inputs.size(); ++i) {
      const auto& as = d.assignments[i];
      json r = rec_json(d.inputs[i]);
      r["item"] = as.item == agenda::kNoItem ? json(nullptr) : json(a.items[as.item].key);
      r["new_item"] =
          as.new_item == agenda::kNoItem ? json(nullptr) : json(d.new_items[as.new_item].key);
      r["similarity"] = std::round(as.similarity * 10000.0) / 10000.0;
      r["nearest"] = as.nearest == agenda::kNoItem ? json(nullptr) : json(a.items[as.nearest].key);
      recs.push_back(r);
    }
    for (const auto& it : d.new_items) news.push_back(item_json(it, d.inputs, m));
    for (size_t k : d.repeated)
      rep.push_back({{"key", a.items[k].key}, {"label", a.items[k].label.text}});
    for (size_t k : d.left_out)
      left.push_back({{"key", a.items[k].key},
                      {"label", a.items[k].label.text},
                      {"size", a.items[k].members.size()},
                      {"breadth", a.items[k].breadth}});
    ctx.out << json{{"file", o.diff_path}, {"doc", doc->name}, {"recommendations", recs},
                    {"new_items", news},   {"repeated", rep},  {"left_out", left}}
                   .dump(2)
            << "\n";
    return;
  }
  ctx.out << fmt::format(
      "{}: {} recommendation{}: {} new item{}, {} item{} of the corpus repeated, {} left out\n",
      o.diff_path, d.inputs.size(), d.inputs.size() == 1 ? "" : "s", d.new_items.size(),
      d.new_items.size() == 1 ? "" : "s", d.repeated.size(), d.repeated.size() == 1 ? "" : "s",
      d.left_out.size());
  ctx.out << "\nNew items (nobody in the corpus raised them):\n";
  if (d.new_items.empty()) ctx.out << "  none\n";
  for (const auto& it : d.new_items) {
    ctx.out << fmt::format("  {}  {}\n", it.key, it.label.text);
    for (size_t i : it.members)
      ctx.out << fmt::format("    - @{}-{}: {}\n", d.inputs[i].start, d.inputs[i].end,
                             trimmed(d.inputs[i].text));
  }
  ctx.out << "\nRepeated items:\n";
  if (d.repeated.empty()) ctx.out << "  none\n";
  for (size_t k : d.repeated) {
    ctx.out << fmt::format("  {}  {} (raised before by {})\n", a.items[k].key,
                           a.items[k].label.text, fmt::join(a.items[k].documents, ", "));
    for (size_t i = 0; i < d.inputs.size(); ++i)
      if (d.assignments[i].item == k)
        ctx.out << fmt::format("    - @{}-{} (similarity {:.2f}): {}\n", d.inputs[i].start,
                               d.inputs[i].end, d.assignments[i].similarity,
                               trimmed(d.inputs[i].text));
  }
  ctx.out << "\nLeft out (items of the corpus it does not raise, by breadth):\n";
  std::vector<size_t> left = d.left_out;
  std::stable_sort(left.begin(), left.end(),
                   [&](size_t x, size_t y) { return a.items[x].breadth > a.items[y].breadth; });
  for (size_t k : left)
    ctx.out << fmt::format("  {}  {} ({} organisation{}, {} recommendation{})\n", a.items[k].key,
                           a.items[k].label.text, a.items[k].breadth,
                           a.items[k].breadth == 1 ? "" : "s", a.items[k].members.size(),
                           a.items[k].members.size() == 1 ? "" : "s");
}

}  // namespace

void register_agenda(CLI::App& app, Context& ctx) {
  static Options o;
  o = {};
  CLI::App* sub = app.add_subcommand(
      "agenda",
      "Group the recommendations of the ingested documents and the model into agenda items, "
      "with agreement and divergence between documents (docs/agenda.md)");
  sub->add_option("--db", o.db_path, "Corpus database (default: none, the model's documents only)");
  sub->add_option("--sort", o.sort, "Order of items: size (default), persistence or breadth")
      ->check(CLI::IsMember({"size", "persistence", "breadth"}));
  sub->add_option("--min-size", o.min_size, "Show only items of at least N recommendations")
      ->check(CLI::Range(size_t{1}, size_t{1000000}));
  sub->add_flag("--borderline", o.borderline, "Also group borderline recommendations");
  sub->add_option("--diff", o.diff_path,
                  "Compare a new document FILE with the agenda: new, repeated and left-out items");
  sub->add_option("--alpha", o.params.alpha,
                  fmt::format("Weight of the text similarity against the entities (default {})",
                              agenda::kDefaultAlpha))
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--adjacency", o.params.adjacency,
                  fmt::format("Similarity bonus of adjacent recommendations (default {})",
                              agenda::kDefaultAdjacency))
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option(
         "--threshold", o.params.threshold,
         fmt::format("Least average similarity to merge (default {})", agenda::kDefaultThreshold))
      ->check(CLI::Range(0.0, 2.0));
  add_common_options(sub, o.common, false, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o.common, ctx);
    if (!m) return;
    std::optional<std::vector<corpus::StoredRecommendation>> recs;
    std::optional<std::vector<corpus::StoredDocument>> docs;
    if (o.db_path.empty() || !std::filesystem::exists(o.db_path)) {
      ctx.err << "lattice: agenda of the embedded model's recommendations only ("
              << (o.db_path.empty() ? "no --db given" : o.db_path + " does not exist") << ")\n";
    } else {
      std::string error;
      auto db = corpus::CorpusDb::open(o.db_path, &error, corpus::CorpusDb::OpenMode::kExisting);
      if (db) recs = db->recommendations(&error);
      if (db && recs) docs = db->documents(&error);
      if (!db || !recs || !docs) {
        ctx.err << "lattice: " << o.db_path << ": " << error << "\n";
        ctx.exit_code = kExitInvalid;
        return;
      }
    }
    agenda::InputReport report;
    auto inputs = agenda::collect_inputs(*m, recs ? &*recs : nullptr, docs ? &*docs : nullptr,
                                         {o.borderline}, &report);
    const extract::MentionFinder finder(*m);
    agenda::Agenda a = agenda::build_agenda(std::move(inputs), *m, finder, o.params);
    if (!o.diff_path.empty()) {
      run_diff(ctx, o, a, *m, finder);
      return;
    }
    const auto table = agenda::agreement_table(a);
    const auto div = agenda::divergence_by_domain(a);
    std::vector<agenda::AgendaItem> items = a.items;
    agenda::sort_items(items, o.sort == "persistence" ? agenda::SortKey::kPersistence
                              : o.sort == "breadth"   ? agenda::SortKey::kBreadth
                                                      : agenda::SortKey::kSize);
    if (o.common.json) {
      json js = json::array();
      for (const auto& it : items)
        if (it.members.size() >= o.min_size) js.push_back(item_json(it, a.inputs, *m));
      json out = {{"source",
                   {{"db", o.db_path.empty() || !recs ? json(nullptr) : json(o.db_path)},
                    {"borderline", o.borderline},
                    {"recommendations", a.inputs.size()},
                    {"extracted", report.extracted},
                    {"matched_to_model", report.matched},
                    {"model_only", report.model_only},
                    {"documents", table.documents.size()}}},
                  {"parameters",
                   {{"alpha", a.params.alpha},
                    {"adjacency", a.params.adjacency},
                    {"threshold", a.params.threshold}}},
                  {"item_count", a.items.size()},
                  {"items", js}};
      out.update(agreement_json(a, table, div));
      ctx.out << out.dump(2) << "\n";
      return;
    }
    ctx.out << fmt::format(
        "Agenda: {} items from {} {}recommendations of {} documents ({}). Parameters: "
        "alpha={}, adjacency={}, threshold={}.\n",
        a.items.size(), a.inputs.size(), o.borderline ? "" : "certain ", table.documents.size(),
        recs ? fmt::format("{}: {} extracted, {} of them matched to the model, {} from the model",
                           o.db_path, report.extracted, report.matched, report.model_only)
             : std::string("the embedded model"),
        a.params.alpha, a.params.adjacency, a.params.threshold);
    size_t shown = 0;
    for (const auto& it : items) {
      if (it.members.size() < o.min_size) continue;
      ctx.out << "\n";
      print_item(ctx.out, it, a.inputs, *m);
      ++shown;
    }
    if (shown < items.size())
      ctx.out << fmt::format("\n({} items of fewer than {} recommendations not shown)\n",
                             items.size() - shown, o.min_size);
    print_agreement(ctx.out, a, table, div);
  });
}

}  // namespace lattice::cli
