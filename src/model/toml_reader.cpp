#include "model/toml_reader.h"

#include <algorithm>
#include <set>

#include <toml++/toml.h>

#include "core/text.h"
#include "model/field_reader.h"
#include "model/source_ref.h"
#include "model/toml_parse.h"

namespace lattice::model {
namespace {

std::string describe(std::string_view kind, const toml::table& t) {
  if (auto id = t["id"].value<std::string>()) return std::string(kind) + " '" + *id + "'";
  return std::string(kind);
}

void read_base(FieldReader& r, EntityBase& e) {
  e.where = r.where();
  e.id = r.str("id", true);
  if (!e.id.empty() && !core::is_valid_id(e.id))
    r.error("id",
            "id '" + e.id +
                "' is not valid: use lower-case letters, digits and '_', starting with a letter");
  e.name = r.str("name", true);
  e.aliases = r.strings("aliases");
  e.sources = r.sources();
  e.note = r.str("note");
}

std::vector<PlacePeriod> read_periods(FieldReader& parent, const toml::table& t,
                                      std::string_view key, core::Diagnostics& diags) {
  std::vector<PlacePeriod> out;
  const toml::array* arr = parent.array_of_tables(key);
  if (!arr) return out;
  for (const auto& item : *arr) {
    FieldReader r(*item.as_table(), parent.path(), std::string(key) + " entry", diags);
    PlacePeriod p;
    p.where = r.where();
    p.actor = r.str("actor", true);
    p.from = r.date("from");
    p.to = r.date("to");
    r.finish({"actor", "from", "to"});
    out.push_back(std::move(p));
  }
  (void)t;
  return out;
}

void read_actor(FieldReader& r, ModelData& data) {
  Actor a;
  read_base(r, a);
  if (auto k = r.vocab<ActorKind>("kind", true)) a.kind = *k;
  a.iso3 = r.str("iso3");
  if (auto c = r.integer("cow")) a.cow = static_cast<int>(*c);
  a.parent = r.str("parent");
  a.from = r.date("from");
  a.to = r.date("to");
  r.finish(
      {"id", "name", "aliases", "sources", "note", "kind", "iso3", "cow", "parent", "from", "to"});
  data.actors.push_back(std::move(a));
}

void read_place(FieldReader& r, const toml::table& t, ModelData& data, core::Diagnostics& diags) {
  Place p;
  read_base(r, p);
  if (auto k = r.vocab<PlaceKind>("kind", true)) p.kind = *k;
  p.part_of = r.strings("part_of");
  p.administration = read_periods(r, t, "administration", diags);
  p.claims = read_periods(r, t, "claims", diags);
  p.sovereign = r.str("sovereign");
  r.finish({"id", "name", "aliases", "sources", "note", "kind", "part_of", "administration",
            "claims", "sovereign"});
  data.places.push_back(std::move(p));
}

void read_region(FieldReader& r, ModelData& data) {
  Region g;
  read_base(r, g);
  g.members = r.strings("members", true);
  r.finish({"id", "name", "aliases", "sources", "note", "members"});
  data.regions.push_back(std::move(g));
}

void read_framework(FieldReader& r, ModelData& data) {
  Framework f;
  read_base(r, f);
  if (auto k = r.vocab<FrameworkKind>("kind", true)) f.kind = *k;
  f.domains = r.vocab_list<Domain>("domains", true);
  f.purpose = r.str("purpose");
  f.signed_on = r.date("signed");
  f.in_force = r.date("in_force");
  f.ended = r.date("ended");
  f.parent = r.str("parent");
  f.replaces = r.str("replaces");
  if (auto a = r.integer("atop")) f.atop = static_cast<int>(*a);
  r.finish({"id", "name", "aliases", "sources", "note", "kind", "domains", "purpose", "signed",
            "in_force", "ended", "parent", "replaces", "atop"});
  data.frameworks.push_back(std::move(f));
}

void read_commitment(FieldReader& r, ModelData& data, core::Diagnostics& diags) {
  Commitment c;
  c.where = r.where();
  c.id = r.str("id", true);
  if (!c.id.empty() && !core::is_valid_id(c.id)) r.error("id", "id '" + c.id + "' is not valid");
  c.framework = r.str("framework", true);
  c.article = r.str("article");
  c.by = r.strings("by", true);
  c.toward = r.strings("toward");
  if (auto t = r.vocab<CommitmentType>("type", true)) c.type = *t;
  c.caveats = r.vocab_list<Caveat>("caveats");
  c.credibility = r.number("credibility");
  if (c.credibility && (*c.credibility < 0 || *c.credibility > 1))
    r.error("credibility", "credibility must be between 0 and 1");
  c.not_if_initiator = r.boolean("not_if_initiator");
  c.summary = r.str("summary");
  c.from = r.date("from");
  c.to = r.date("to");
  c.sources = r.sources();
  c.note = r.str("note");
  if (const toml::array* arr = r.array_of_tables("trigger")) {
    for (const auto& item : *arr) {
      FieldReader tr(*item.as_table(), r.path(), "trigger of commitment '" + c.id + "'", diags);
      Trigger t;
      t.location = tr.where();
      t.events = tr.vocab_list<EventKind>("events", true);
      t.attacked = tr.strings("attacked");
      t.targets = tr.vocab_list<TargetKind>("targets");
      t.where = tr.strings("where");
      t.attackers = tr.strings("attackers");
      if (auto s = tr.vocab<Situation>("situation", false)) t.situation = *s;
      t.judgement = tr.str("judgement");
      t.sources = tr.sources("sources", false);
      tr.finish({"events", "attacked", "targets", "where", "attackers", "situation", "judgement",
                 "sources"});
      c.triggers.push_back(std::move(t));
    }
  }
  r.finish({"id", "framework", "article", "by", "toward", "type", "caveats", "credibility",
            "not_if_initiator", "summary", "from", "to", "sources", "note", "trigger"});
  data.commitments.push_back(std::move(c));
}

void read_document(FieldReader& r, ModelData& data) {
  Document d;
  d.where = r.where();
  d.id = r.str("id", true);
  if (!d.id.empty() && !core::is_valid_id(d.id)) r.error("id", "id '" + d.id + "' is not valid");
  d.name = r.str("title", true);
  d.aliases = r.strings("aliases");
  d.organisation = r.str("organisation");
  d.authors = r.strings("authors");
  d.date = r.date("date");
  if (auto k = r.vocab<DocumentKind>("kind", true)) d.kind = *k;
  d.url = r.str("url");
  d.file = r.str("file", true);
  d.sha256 = r.str("sha256");
  if (!d.sha256.empty() && (d.sha256.size() != 64 ||
                            d.sha256.find_first_not_of("0123456789abcdef") != std::string::npos))
    r.error("sha256", "sha256 must be 64 lower-case hex digits");
  d.sources = r.sources("sources", false);
  d.note = r.str("note");
  r.finish({"id", "title", "aliases", "organisation", "authors", "date", "kind", "url", "file",
            "sha256", "sources", "note"});
  data.documents.push_back(std::move(d));
}

void read_span(FieldReader& r, size_t* start, size_t* end) {
  auto s = r.offset("start", true);
  auto e = r.offset("end", true);
  if (s) *start = *s;
  if (e) *end = *e;
  if (s && e && *e <= *s)
    r.error("end", "span end (" + std::to_string(*e) + ") must be after its start (" +
                       std::to_string(*s) + ")");
}

void read_recommendation(FieldReader& r, ModelData& data, core::Diagnostics& diags) {
  Recommendation x;
  x.where = r.where();
  x.id = r.str("id", true);
  if (!x.id.empty() && !core::is_valid_id(x.id)) r.error("id", "id '" + x.id + "' is not valid");
  x.document = r.str("document", true);
  read_span(r, &x.start, &x.end);
  x.summary = r.str("summary", true);
  x.actors = r.strings("actors");
  x.domains = r.vocab_list<Domain>("domains");
  if (auto m = r.vocab<Modality>("modality", true)) x.modality = *m;
  if (auto c = r.vocab<Certainty>("certainty", false)) x.certainty = *c;
  if (const toml::array* arr = r.array_of_tables("status")) {
    for (const auto& item : *arr) {
      FieldReader sr(*item.as_table(), r.path(), "status of recommendation '" + x.id + "'", diags);
      StatusEntry s;
      s.where = sr.where();
      if (auto v = sr.vocab<RecommendationStatus>("status", true)) s.status = *v;
      s.date = sr.date("date", true);
      s.evidence = sr.str("evidence", true);
      s.sources = sr.sources();
      sr.finish({"status", "date", "evidence", "sources"});
      x.status.push_back(std::move(s));
    }
  }
  r.finish({"id", "document", "start", "end", "summary", "actors", "domains", "modality",
            "certainty", "status"});
  data.recommendations.push_back(std::move(x));
}

void read_claim(FieldReader& r, ModelData& data) {
  Claim c;
  c.where = r.where();
  c.id = r.str("id", true);
  if (!c.id.empty() && !core::is_valid_id(c.id)) r.error("id", "id '" + c.id + "' is not valid");
  c.document = r.str("document", true);
  read_span(r, &c.start, &c.end);
  if (auto q = r.number("quantity", true)) c.quantity = *q;
  if (auto u = r.vocab<ClaimUnit>("unit", true)) c.unit = *u;
  c.subject = r.str("subject", true);
  if (auto y = r.integer("year")) c.year = static_cast<int>(*y);
  r.finish({"id", "document", "start", "end", "quantity", "unit", "subject", "year"});
  data.claims.push_back(std::move(c));
}

void read_reference(FieldReader& r, ModelData& data) {
  Reference x;
  x.where = r.where();
  x.id = r.str("id", true);
  if (!x.id.empty() && !core::is_valid_id(x.id)) r.error("id", "id '" + x.id + "' is not valid");
  x.title = r.str("title", true);
  x.publisher = r.str("publisher");
  x.date = r.date("date");
  x.url = r.str("url");
  x.note = r.str("note");
  r.finish({"id", "title", "publisher", "date", "url", "note"});
  data.references.push_back(std::move(x));
}

void read_dataset(FieldReader& r, ModelData& data) {
  Dataset x;
  x.where = r.where();
  x.id = r.str("id", true);
  if (!x.id.empty() && !core::is_valid_id(x.id)) r.error("id", "id '" + x.id + "' is not valid");
  x.title = r.str("title", true);
  x.credit = r.str("credit", true);
  x.url = r.str("url");
  x.licence = r.str("licence");
  x.file = r.str("file");
  x.note = r.str("note");
  r.finish({"id", "title", "credit", "url", "licence", "file", "note"});
  data.datasets.push_back(std::move(x));
}

void read_indicator(FieldReader& r, ModelData& data) {
  Indicator x;
  x.where = r.where();
  x.id = r.str("id", true);
  if (!x.id.empty() && !core::is_valid_id(x.id)) r.error("id", "id '" + x.id + "' is not valid");
  x.name = r.str("name", true);
  x.unit = r.str("unit", true);
  x.sources = r.sources();
  x.note = r.str("note");
  r.finish({"id", "name", "unit", "sources", "note"});
  data.indicators.push_back(std::move(x));
}

}  // namespace

bool read_toml_file(const ModelFile& file, ModelData& data, core::Diagnostics& diags) {
  // parse_toml, not toml::parse: it keeps toml++ away from input it mishandles (toml_parse.h).
  auto parsed = parse_toml(file.content, file.path, diags);
  if (!parsed) return false;
  const toml::table& root = *parsed;
  static const std::vector<std::string_view> kTables = {
      "model",    "actor",          "place", "region",    "framework", "commitment",
      "document", "recommendation", "claim", "reference", "dataset",   "indicator"};
  for (const auto& [k, node] : root) {
    const std::string key = key_text(k);
    if (key == "model") {
      const toml::table* t = node.as_table();
      if (!t) {
        diags.error(toml_location(file.path, node.source()), "'model' must be a table ([model])");
        continue;
      }
      FieldReader r(*t, file.path, "[model]", diags);
      data.info.name = r.str("name");
      data.info.description = r.str("description");
      data.info.corpus = r.str("corpus");
      r.finish({"name", "description", "corpus"});
      continue;
    }
    if (std::find(kTables.begin(), kTables.end(), key) == kTables.end()) {
      std::vector<std::string> names(kTables.begin(), kTables.end());
      std::string msg = "unknown table '" + key + "'";
      const std::string near = core::closest_match(key, names);
      if (!near.empty()) msg += " (did you mean '[[" + near + "]]'?)";
      diags.error(toml_location(file.path, node.source()), msg);
      continue;
    }
    const toml::array* arr = array_of_tables(node, key, file.path, diags);
    if (!arr) continue;
    for (const auto& item : *arr) {
      const toml::table& t = *item.as_table();
      FieldReader r(t, file.path, describe(key, t), diags);
      if (key == "actor")
        read_actor(r, data);
      else if (key == "place")
        read_place(r, t, data, diags);
      else if (key == "region")
        read_region(r, data);
      else if (key == "framework")
        read_framework(r, data);
      else if (key == "commitment")
        read_commitment(r, data, diags);
      else if (key == "document")
        read_document(r, data);
      else if (key == "recommendation")
        read_recommendation(r, data, diags);
      else if (key == "claim")
        read_claim(r, data);
      else if (key == "reference")
        read_reference(r, data);
      else if (key == "dataset")
        read_dataset(r, data);
      else if (key == "indicator")
        read_indicator(r, data);
    }
  }
  return true;
}

}  // namespace lattice::model
