// Views of the agenda query (see agenda_views.h).
#include "views/agenda_views.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "views/agenda_html.h"
#include "views/table.h"

namespace lattice::views {
namespace {

using nlohmann::json;

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

json diff_json(const query::AgendaResult& r) {
  const agenda::Agenda& a = r.agenda;
  const agenda::AgendaDiff& d = r.diff->diff;
  json recs = json::array(), news = json::array(), rep = json::array(), left = json::array();
  for (size_t i = 0; i < d.inputs.size(); ++i) {
    const auto& as = d.assignments[i];
    json rec = rec_json(d.inputs[i]);
    rec["item"] = as.item == agenda::kNoItem ? json(nullptr) : json(a.items[as.item].key);
    rec["new_item"] =
        as.new_item == agenda::kNoItem ? json(nullptr) : json(d.new_items[as.new_item].key);
    rec["similarity"] = std::round(as.similarity * 10000.0) / 10000.0;
    rec["nearest"] = as.nearest == agenda::kNoItem ? json(nullptr) : json(a.items[as.nearest].key);
    recs.push_back(rec);
  }
  for (const auto& it : d.new_items) news.push_back(item_json(it, d.inputs, *r.model));
  for (size_t k : d.repeated)
    rep.push_back({{"key", a.items[k].key}, {"label", a.items[k].label.text}});
  for (size_t k : d.left_out)
    left.push_back({{"key", a.items[k].key},
                    {"label", a.items[k].label.text},
                    {"size", a.items[k].members.size()},
                    {"breadth", a.items[k].breadth}});
  return {{"file", r.diff->file}, {"doc", r.diff->doc}, {"recommendations", recs},
          {"new_items", news},    {"repeated", rep},    {"left_out", left}};
}

json agenda_json(const query::AgendaResult& r) {
  if (r.diff) return diff_json(r);
  const agenda::Agenda& a = r.agenda;
  json items = json::array();
  for (const auto& it : r.items)
    if (it.members.size() >= r.min_size) items.push_back(item_json(it, a.inputs, *r.model));
  json out = {{"source",
               {{"db", r.db.empty() ? json(nullptr) : json(r.db)},
                {"borderline", r.borderline},
                {"recommendations", a.inputs.size()},
                {"extracted", r.report.extracted},
                {"matched_to_model", r.report.matched},
                {"model_only", r.report.model_only},
                {"documents", r.agreement.documents.size()}}},
              {"parameters",
               {{"alpha", a.params.alpha},
                {"adjacency", a.params.adjacency},
                {"threshold", a.params.threshold}}},
              {"item_count", a.items.size()},
              {"items", items}};
  out.update(agreement_json(a, r.agreement, r.divergence));
  return out;
}

std::string item_text(const agenda::AgendaItem& it, const std::vector<agenda::AgendaInput>& inputs,
                      const model::Model& m) {
  std::string out = fmt::format("{}  {}  [{} recommendation{}]\n", it.key, it.label.text,
                                it.members.size(), it.members.size() == 1 ? "" : "s");
  std::string status = it.status.status;
  if (!it.status.date.empty()) status += " (" + it.status.date + ")";
  if (!it.status.evidence.empty()) status += ": " + it.status.evidence;
  if (!it.status.recommendation.empty()) status += " [" + it.status.recommendation + "]";
  out += "    status: " + status + "\n";
  out += fmt::format(
      "    years: {} (persistence {}, {} distinct year{}); organisations ({}): ", years_text(it),
      it.persistence, it.distinct_years, it.distinct_years == 1 ? "" : "s", it.breadth);
  for (size_t k = 0; k < it.organisations.size(); ++k) out += (k ? "; " : "") + it.organisations[k];
  out += "\n    asked: " + counted(it.actors, m, true) +
         "\n    domains: " + counted(it.domains, m, false) + "\n";
  for (size_t i : it.members) {
    const auto& in = inputs[i];
    out += fmt::format("    - {} @{}-{} ({}, {}{}): {}\n", in.doc, in.start, in.end,
                       in.date.empty() ? "undated" : in.date, in.modality,
                       in.model_id.empty() ? "" : ", " + in.model_id, trimmed(in.text));
  }
  return out;
}

std::string agreement_text(const agenda::Agenda& a, const agenda::AgreementTable& t,
                           const std::vector<agenda::DomainDivergence>& div) {
  std::string out =
      "\nAgreement: share of the items raised by either document that both raise "
      "(both/either)\n";
  std::vector<std::string> headers = {"document", "items"};
  for (size_t j = 0; j < t.documents.size(); ++j) headers.push_back(fmt::format("[{}]", j + 1));
  views::Table table(headers);
  for (size_t i = 0; i < t.documents.size(); ++i) {
    std::vector<std::string> row = {fmt::format("[{}] {}", i + 1, t.documents[i]),
                                    std::to_string(t.items[i])};
    for (size_t j = 0; j < t.documents.size(); ++j)
      row.push_back(i == j ? "-"
                           : fmt::format("{:.0f}% ({}/{})", 100.0 * t.share(i, j), t.both[i][j],
                                         t.either[i][j]));
    table.add_row(row);
  }
  out += table.to_text();
  out += "\nDivergence: items only one document raises, by domain\n";
  for (const auto& d : div) {
    out += fmt::format("  {} ({} of {} items):", d.domain, d.items.size(), d.domain_items);
    if (d.items.empty()) out += " none";
    out += "\n";
    for (size_t k = 0; k < d.items.size(); ++k)
      out += fmt::format("    {} {} ({})\n", a.items[d.items[k]].key,
                         a.items[d.items[k]].label.text, d.document[k]);
  }
  return out;
}

std::string diff_text(const query::AgendaResult& r) {
  const agenda::Agenda& a = r.agenda;
  const agenda::AgendaDiff& d = r.diff->diff;
  std::string out = fmt::format(
      "{}: {} recommendation{}: {} new item{}, {} item{} of the corpus repeated, {} left out\n",
      r.diff->file, d.inputs.size(), d.inputs.size() == 1 ? "" : "s", d.new_items.size(),
      d.new_items.size() == 1 ? "" : "s", d.repeated.size(), d.repeated.size() == 1 ? "" : "s",
      d.left_out.size());
  out += "\nNew items (nobody in the corpus raised them):\n";
  if (d.new_items.empty()) out += "  none\n";
  for (const auto& it : d.new_items) {
    out += fmt::format("  {}  {}\n", it.key, it.label.text);
    for (size_t i : it.members)
      out += fmt::format("    - @{}-{}: {}\n", d.inputs[i].start, d.inputs[i].end,
                         trimmed(d.inputs[i].text));
  }
  out += "\nRepeated items:\n";
  if (d.repeated.empty()) out += "  none\n";
  for (size_t k : d.repeated) {
    out += fmt::format("  {}  {} (raised before by {})\n", a.items[k].key, a.items[k].label.text,
                       fmt::join(a.items[k].documents, ", "));
    for (size_t i = 0; i < d.inputs.size(); ++i)
      if (d.assignments[i].item == k)
        out += fmt::format("    - @{}-{} (similarity {:.2f}): {}\n", d.inputs[i].start,
                           d.inputs[i].end, d.assignments[i].similarity, trimmed(d.inputs[i].text));
  }
  out += "\nLeft out (items of the corpus it does not raise, by breadth):\n";
  std::vector<size_t> left = d.left_out;
  std::stable_sort(left.begin(), left.end(),
                   [&](size_t x, size_t y) { return a.items[x].breadth > a.items[y].breadth; });
  for (size_t k : left)
    out +=
        fmt::format("  {}  {} ({} organisation{}, {} recommendation{})\n", a.items[k].key,
                    a.items[k].label.text, a.items[k].breadth, a.items[k].breadth == 1 ? "" : "s",
                    a.items[k].members.size(), a.items[k].members.size() == 1 ? "" : "s");
  return out;
}

std::string agenda_text(const query::AgendaResult& r) {
  if (r.diff) return diff_text(r);
  const agenda::Agenda& a = r.agenda;
  std::string out = fmt::format(
      "Agenda: {} items from {} {}recommendations of {} documents ({}). Parameters: "
      "alpha={}, adjacency={}, threshold={}.\n",
      a.items.size(), a.inputs.size(), r.borderline ? "" : "certain ", r.agreement.documents.size(),
      !r.db.empty() ? fmt::format("{}: {} extracted, {} of them matched to the model, {} from "
                                  "the model",
                                  r.db, r.report.extracted, r.report.matched, r.report.model_only)
                    : std::string("the embedded model"),
      a.params.alpha, a.params.adjacency, a.params.threshold);
  size_t shown = 0;
  for (const auto& it : r.items) {
    if (it.members.size() < r.min_size) continue;
    out += "\n" + item_text(it, a.inputs, *r.model);
    ++shown;
  }
  if (shown < r.items.size())
    out += fmt::format("\n({} items of fewer than {} recommendations not shown)\n",
                       r.items.size() - shown, r.min_size);
  return out + agreement_text(a, r.agreement, r.divergence);
}

}  // namespace

query::Views<query::AgendaResult> agenda_views() {
  query::Views<query::AgendaResult> v;
  v.json = agenda_json;
  v.text = agenda_text;
  v.html = [](const query::AgendaResult& r) { return agenda_html(r); };
  return v;
}

}  // namespace lattice::views
