#include "views/json_model.h"

namespace lattice::views {

using namespace lattice::model;

namespace {

template <typename E>
json names(const std::vector<E>& values) {
  json out = json::array();
  for (E v : values) out.push_back(std::string(name(v)));
  return out;
}

json opt_string(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}

void base(json& j, const EntityBase& e) {
  j["id"] = e.id;
  j["name"] = e.name;
  j["aliases"] = e.aliases;
}

}  // namespace

json to_json(const std::optional<Date>& d) {
  return d ? json(d->to_string()) : json(nullptr);
}

json to_json(const std::vector<SourceRef>& sources) {
  json out = json::array();
  for (const auto& s : sources) {
    json j;
    j["kind"] = s.kind == SourceRef::Kind::kDocument    ? "document"
                : s.kind == SourceRef::Kind::kReference ? "reference"
                                                        : "dataset";
    j["id"] = s.id;
    if (s.has_span) {
      j["start"] = s.start;
      j["end"] = s.end;
    }
    out.push_back(j);
  }
  return out;
}

json to_json(const Actor& a) {
  json j;
  base(j, a);
  j["kind"] = std::string(name(a.kind));
  j["iso3"] = opt_string(a.iso3);
  j["cow"] = a.cow ? json(*a.cow) : json(nullptr);
  j["parent"] = opt_string(a.parent);
  j["from"] = to_json(a.from);
  j["to"] = to_json(a.to);
  j["note"] = opt_string(a.note);
  j["sources"] = to_json(a.sources);
  return j;
}

json to_json(const Place& p) {
  json j;
  base(j, p);
  j["kind"] = std::string(name(p.kind));
  j["part_of"] = p.part_of;
  auto periods = [](const std::vector<PlacePeriod>& v) {
    json out = json::array();
    for (const auto& x : v)
      out.push_back({{"actor", x.actor}, {"from", to_json(x.from)}, {"to", to_json(x.to)}});
    return out;
  };
  j["administration"] = periods(p.administration);
  j["claims"] = periods(p.claims);
  j["sovereign"] = opt_string(p.sovereign);
  j["note"] = opt_string(p.note);
  j["sources"] = to_json(p.sources);
  return j;
}

json to_json(const Region& r) {
  json j;
  base(j, r);
  j["members"] = r.members;
  j["sources"] = to_json(r.sources);
  return j;
}

json to_json(const Framework& f) {
  json j;
  base(j, f);
  j["kind"] = std::string(name(f.kind));
  j["domains"] = names(f.domains);
  j["purpose"] = opt_string(f.purpose);
  j["signed"] = to_json(f.signed_on);
  j["in_force"] = to_json(f.in_force);
  j["ended"] = to_json(f.ended);
  j["parent"] = opt_string(f.parent);
  j["replaces"] = opt_string(f.replaces);
  j["atop"] = f.atop ? json(*f.atop) : json(nullptr);
  j["note"] = opt_string(f.note);
  j["sources"] = to_json(f.sources);
  return j;
}

json to_json(const Membership& m) {
  return {{"actor", m.actor},
          {"framework", m.framework},
          {"role", std::string(name(m.role))},
          {"from", to_json(m.from)},
          {"to", to_json(m.to)},
          {"note", opt_string(m.note)},
          {"sources", to_json(m.sources)}};
}

json to_json(const Commitment& c) {
  json j;
  j["id"] = c.id;
  j["framework"] = c.framework;
  j["article"] = c.article;
  j["by"] = c.by;
  j["toward"] = c.toward;
  j["type"] = std::string(name(c.type));
  j["caveats"] = names(c.caveats);
  j["credibility"] = c.credibility ? json(*c.credibility) : json(nullptr);
  j["not_if_initiator"] = c.not_if_initiator;
  j["summary"] = c.summary;
  j["from"] = to_json(c.from);
  j["to"] = to_json(c.to);
  json triggers = json::array();
  for (const auto& t : c.triggers) {
    triggers.push_back(
        {{"events", names(t.events)},
         {"attacked", t.attacked},
         {"targets", names(t.targets)},
         {"where", t.where},
         {"attackers", t.attackers},
         {"situation",
          t.situation == Situation::kNone ? json(nullptr) : json(std::string(name(t.situation)))}});
  }
  j["triggers"] = triggers;
  j["note"] = opt_string(c.note);
  j["sources"] = to_json(c.sources);
  return j;
}

json to_json(const Document& d) {
  return {{"id", d.id},
          {"title", d.name},
          {"organisation", opt_string(d.organisation)},
          {"authors", d.authors},
          {"date", to_json(d.date)},
          {"kind", std::string(name(d.kind))},
          {"url", opt_string(d.url)},
          {"file", d.file},
          {"sha256", opt_string(d.sha256)},
          {"aliases", d.aliases},
          {"note", opt_string(d.note)},
          {"sources", to_json(d.sources)}};
}

json to_json(const Recommendation& r) {
  json status = json::array();
  for (const auto& s : r.status)
    status.push_back({{"status", std::string(name(s.status))},
                      {"date", to_json(s.date)},
                      {"evidence", s.evidence},
                      {"sources", to_json(s.sources)}});
  return {{"id", r.id},
          {"document", r.document},
          {"start", r.start},
          {"end", r.end},
          {"summary", r.summary},
          {"actors", r.actors},
          {"domains", names(r.domains)},
          {"modality", std::string(name(r.modality))},
          {"certainty", std::string(name(r.certainty))},
          {"status", status}};
}

json to_json(const Claim& c) {
  return {{"id", c.id},
          {"document", c.document},
          {"start", c.start},
          {"end", c.end},
          {"quantity", c.quantity},
          {"unit", std::string(name(c.unit))},
          {"subject", c.subject},
          {"year", c.year ? json(*c.year) : json(nullptr)}};
}

json to_json(const Reference& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"publisher", opt_string(r.publisher)},
          {"date", to_json(r.date)},
          {"url", opt_string(r.url)},
          {"note", opt_string(r.note)}};
}

json to_json(const Dataset& d) {
  return {{"id", d.id},
          {"title", d.title},
          {"credit", d.credit},
          {"url", opt_string(d.url)},
          {"licence", opt_string(d.licence)},
          {"note", opt_string(d.note)}};
}

json to_json(const Indicator& i) {
  return {{"id", i.id}, {"name", i.name}, {"unit", i.unit}, {"sources", to_json(i.sources)}};
}

json member_row_json(const MembershipRow& row) {
  return {
      {"id", row.actor->id},
      {"name", row.actor->name},
      {"kind", std::string(name(row.actor->kind))},
      {"iso3", row.actor->kind == ActorKind::kState ? opt_string(row.actor->iso3) : json(nullptr)},
      {"role", std::string(name(row.membership->role))},
      {"from", to_json(row.membership->from)},
      {"to", to_json(row.membership->to)},
      {"note", opt_string(row.membership->note)},
      {"sources", to_json(row.membership->sources)}};
}

json framework_row_json(const MembershipRow& row) {
  return {{"id", row.framework->id},
          {"name", row.framework->name},
          {"kind", std::string(name(row.framework->kind))},
          {"domains", names(row.framework->domains)},
          {"role", std::string(name(row.membership->role))},
          {"from", to_json(row.membership->from)},
          {"to", to_json(row.membership->to)},
          {"note", opt_string(row.membership->note)},
          {"sources", to_json(row.membership->sources)}};
}

}  // namespace lattice::views
