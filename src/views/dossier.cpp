// The dossier of one entity (see dossier.h).
#include "views/dossier.h"

#include <algorithm>

#include "model/queries.h"
#include "views/json_model.h"

namespace lattice::views {

using namespace lattice::model;
using nlohmann::json;

namespace {

json resolve_sources(const Model& m, const std::vector<SourceRef>& sources) {
  json out = json::array();
  for (const auto& s : sources) {
    json j = {{"ref", s.text}};
    if (s.kind == SourceRef::Kind::kReference) {
      if (const Reference* r = m.reference(s.id)) {
        j["title"] = r->title;
        j["publisher"] = r->publisher;
        j["date"] = to_json(r->date);
        j["url"] = r->url;
      }
    } else if (s.kind == SourceRef::Kind::kDocument) {
      if (const Document* d = m.document(s.id)) {
        j["title"] = d->name;
        j["publisher"] = d->organisation;
        j["date"] = to_json(d->date);
        j["url"] = d->url;
        if (s.has_span) {
          j["start"] = s.start;
          j["end"] = s.end;
        }
      }
    } else if (const Dataset* d = m.dataset(s.id)) {
      j["title"] = d->title;
      j["publisher"] = d->credit;
      j["url"] = d->url;
    }
    out.push_back(j);
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool cites(const std::vector<SourceRef>& sources, const std::string& id) {
  return std::any_of(sources.begin(), sources.end(),
                     [&](const SourceRef& s) { return s.id == id; });
}

json brief(const Model& m, const std::string& id) {
  return {{"id", id}, {"name", m.display_name(id)}};
}

json commitments_involving(const Model& m, const std::string& id) {
  json out = json::array();
  for (const auto& c : m.commitments())
    if (contains(c.by, id) || contains(c.toward, id)) out.push_back(to_json(c));
  return out;
}

json recommendations_asking(const Model& m, const std::string& id) {
  json out = json::array();
  for (const auto& r : m.recommendations())
    if (contains(r.actors, id)) out.push_back(to_json(r));
  return out;
}

}  // namespace

json dossier(const Model& m, const std::string& id) {
  const EntityRef* ref = m.find(id);
  json d;
  d["kind"] = std::string(entity_kind_name(ref->kind));
  json related = json::object();
  const auto& data = m.data();
  switch (ref->kind) {
    case EntityKind::kActor: {
      const Actor& a = data.actors[ref->index];
      d["entity"] = to_json(a);
      d["sources"] = resolve_sources(m, a.sources);
      json ms = json::array();
      for (const Membership* x : m.memberships_of_actor(id)) {
        json j = to_json(*x);
        j["framework_name"] = m.display_name(x->framework);
        ms.push_back(j);
      }
      related["memberships"] = ms;
      related["commitments"] = commitments_involving(m, id);
      json places = json::array(), children = json::array(), regions = json::array();
      for (const auto& p : data.places) {
        bool admin = std::any_of(p.administration.begin(), p.administration.end(),
                                 [&](const PlacePeriod& x) { return x.actor == id; });
        bool claim = std::any_of(p.claims.begin(), p.claims.end(),
                                 [&](const PlacePeriod& x) { return x.actor == id; });
        if (admin || claim || p.sovereign == id)
          places.push_back({{"id", p.id},
                            {"name", p.name},
                            {"administers", admin},
                            {"claims", claim},
                            {"sovereign", p.sovereign == id}});
      }
      for (const auto& x : data.actors)
        if (x.parent == id) children.push_back(brief(m, x.id));
      for (const auto& r : data.regions)
        if (contains(r.members, id)) regions.push_back(brief(m, r.id));
      related["places"] = places;
      related["subordinate_actors"] = children;
      related["regions"] = regions;
      related["recommendations"] = recommendations_asking(m, id);
      break;
    }
    case EntityKind::kFramework: {
      const Framework& f = data.frameworks[ref->index];
      d["entity"] = to_json(f);
      d["sources"] = resolve_sources(m, f.sources);
      json ms = json::array();
      for (const auto& row : membership_history(m, id)) ms.push_back(member_row_json(row));
      related["memberships"] = ms;
      json cs = json::array();
      for (const Commitment* c : m.commitments_of(id)) cs.push_back(to_json(*c));
      related["commitments"] = cs;
      json children = json::array(), replaced_by = json::array();
      for (const auto& x : data.frameworks) {
        if (x.parent == id) children.push_back(brief(m, x.id));
        if (x.replaces == id) replaced_by.push_back(brief(m, x.id));
      }
      related["components"] = children;
      related["replaced_by"] = replaced_by;
      related["recommendations"] = recommendations_asking(m, id);
      break;
    }
    case EntityKind::kPlace: {
      const Place& p = data.places[ref->index];
      d["entity"] = to_json(p);
      d["sources"] = resolve_sources(m, p.sources);
      json parts = json::array();
      for (const auto& x : data.places)
        if (contains(x.part_of, id)) parts.push_back(brief(m, x.id));
      related["contains"] = parts;
      break;
    }
    case EntityKind::kRegion: {
      const Region& r = data.regions[ref->index];
      d["entity"] = to_json(r);
      d["sources"] = resolve_sources(m, r.sources);
      break;
    }
    case EntityKind::kCommitment: {
      const Commitment& c = data.commitments[ref->index];
      d["entity"] = to_json(c);
      d["sources"] = resolve_sources(m, c.sources);
      related["framework"] = brief(m, c.framework);
      break;
    }
    case EntityKind::kDocument: {
      const Document& doc = data.documents[ref->index];
      d["entity"] = to_json(doc);
      d["sources"] = resolve_sources(m, doc.sources);
      json recs = json::array(), claims = json::array();
      for (const auto& r : data.recommendations)
        if (r.document == id) recs.push_back(to_json(r));
      for (const auto& c : data.claims)
        if (c.document == id) claims.push_back(to_json(c));
      related["recommendations"] = recs;
      related["claims"] = claims;
      break;
    }
    case EntityKind::kRecommendation: {
      const Recommendation& r = data.recommendations[ref->index];
      d["entity"] = to_json(r);
      d["sources"] = resolve_sources(m, {SourceRef{SourceRef::Kind::kDocument, r.document, true,
                                                   r.start, r.end, "doc:" + r.document}});
      break;
    }
    case EntityKind::kClaim: {
      const Claim& c = data.claims[ref->index];
      d["entity"] = to_json(c);
      d["sources"] = resolve_sources(m, {SourceRef{SourceRef::Kind::kDocument, c.document, true,
                                                   c.start, c.end, "doc:" + c.document}});
      break;
    }
    case EntityKind::kReference:
    case EntityKind::kDataset:
    case EntityKind::kIndicator: {
      if (ref->kind == EntityKind::kReference)
        d["entity"] = to_json(data.references[ref->index]);
      else if (ref->kind == EntityKind::kDataset)
        d["entity"] = to_json(data.datasets[ref->index]);
      else
        d["entity"] = to_json(data.indicators[ref->index]);
      d["sources"] = json::array();
      json cited = json::array();
      auto scan = [&](const auto& items) {
        for (const auto& x : items)
          if (cites(x.sources, id)) cited.push_back(brief(m, x.id));
      };
      scan(data.actors);
      scan(data.places);
      scan(data.regions);
      scan(data.frameworks);
      scan(data.commitments);
      scan(data.documents);
      scan(data.indicators);
      for (const auto& r : data.recommendations)
        for (const auto& st : r.status)
          if (cites(st.sources, id)) {
            cited.push_back({{"id", r.id}, {"name", r.summary}});
            break;
          }
      size_t membership_rows = 0;
      for (const auto& x : data.memberships)
        if (cites(x.sources, id)) ++membership_rows;
      related["cited_by"] = cited;
      related["membership_rows_citing"] = membership_rows;
      break;
    }
  }
  d["related"] = related;
  return d;
}

namespace {

std::string scalar(const json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + scalar(x);
    return out;
  }
  if (v.is_object()) {
    if (v.contains("id") && v.contains("name"))
      return v["id"].get<std::string>() + " (" + scalar(v["name"]) + ")";
    return v.dump();
  }
  return v.dump();
}

void fields(std::string& out, const json& obj, const std::string& indent) {
  for (const auto& [k, v] : obj.items()) {
    if (k == "sources" || v.is_null() || (v.is_array() && v.empty()) ||
        (v.is_string() && v.get<std::string>().empty()))
      continue;
    if (v.is_array() && !v.empty() && v[0].is_object() && !v[0].contains("name")) {
      out += indent + k + ":\n";
      for (const auto& item : v) {
        std::string line;
        for (const auto& [ik, iv] : item.items()) {
          if (iv.is_null() || (iv.is_array() && iv.empty())) continue;
          line += (line.empty() ? "" : "; ") + ik + " " + scalar(iv);
        }
        out += indent + "  - " + line + "\n";
      }
      continue;
    }
    out += indent + k + ": " + scalar(v) + "\n";
  }
}

}  // namespace

std::string dossier_text(const json& d) {
  std::string out;
  const json& e = d["entity"];
  const std::string title = e.contains("name")    ? scalar(e["name"])
                            : e.contains("title") ? scalar(e["title"])
                                                  : "";
  out += d["kind"].get<std::string>() + " " + e["id"].get<std::string>() +
         (title.empty() ? "" : ": " + title) + "\n";
  fields(out, e, "  ");
  if (!d["sources"].empty()) {
    out += "sources:\n";
    for (const auto& s : d["sources"]) {
      out += "  " + s["ref"].get<std::string>();
      if (s.contains("title")) out += ": " + scalar(s["title"]);
      if (s.contains("publisher") && !scalar(s["publisher"]).empty())
        out += "; " + scalar(s["publisher"]);
      if (s.contains("date") && !s["date"].is_null()) out += ", " + scalar(s["date"]);
      if (s.contains("start")) out += " [bytes " + s["start"].dump() + "-" + s["end"].dump() + "]";
      if (s.contains("url") && !scalar(s["url"]).empty()) out += " <" + scalar(s["url"]) + ">";
      out += "\n";
    }
  }
  for (const auto& [k, v] : d["related"].items()) {
    if (v.is_array() && v.empty()) continue;
    if (!v.is_array()) {
      out += k + ": " + scalar(v) + "\n";
      continue;
    }
    out += k + " (" + std::to_string(v.size()) + "):\n";
    for (const auto& item : v) {
      std::string line;
      if (item.contains("framework_name"))
        line = item["framework"].get<std::string>() + " (" + scalar(item["framework_name"]) + ")";
      else if (item.contains("summary"))
        line = item["id"].get<std::string>() + ": " + scalar(item["summary"]);
      else if (item.contains("quantity"))
        line = item["id"].get<std::string>() + ": " + item["quantity"].dump() + " " +
               scalar(item["unit"]) + " (" + scalar(item["subject"]) + ")";
      else if (item.contains("name"))
        line = item["id"].get<std::string>() + " (" + scalar(item["name"]) + ")";
      else
        line = scalar(item.value("id", json(nullptr)));
      if (item.contains("role")) line += "  " + scalar(item["role"]);
      const std::string from = scalar(item.value("from", json(nullptr)));
      const std::string to = scalar(item.value("to", json(nullptr)));
      if (!from.empty() || !to.empty()) line += "  " + from + " .. " + to;
      out += "  " + line + "\n";
    }
  }
  return out;
}

}  // namespace lattice::views
