// Views of the model lookups (see lookups_views.h).
#include "views/lookups_views.h"

#include "render/json_model.h"
#include "render/table.h"

namespace lattice::views {

namespace {

std::string date_text(const std::optional<core::Date>& d) {
  return d ? d->to_string() : "";
}

render::Table members_table(const query::MembersResult& r) {
  render::Table t({"id", "name", "iso3", "role", "from", "to"});
  for (const auto& row : r.rows)
    t.add_row({row.actor->id, row.actor->name, row.actor->iso3,
               std::string(model::name(row.membership->role)), date_text(row.membership->from),
               date_text(row.membership->to)});
  return t;
}

render::Table memberships_table(const query::MembershipsResult& r) {
  render::Table t({"id", "name", "kind", "role", "from", "to"});
  for (const auto& row : r.rows)
    t.add_row({row.framework->id, row.framework->name,
               std::string(model::name(row.framework->kind)),
               std::string(model::name(row.membership->role)), date_text(row.membership->from),
               date_text(row.membership->to)});
  return t;
}

render::Table actors_table(const query::ActorsResult& r) {
  render::Table t({"id", "name", "kind", "iso3", "cow", "parent"});
  for (const model::Actor* a : r.actors)
    t.add_row({a->id, a->name, std::string(model::name(a->kind)), a->iso3,
               a->cow ? std::to_string(*a->cow) : "", a->parent});
  return t;
}

}  // namespace

query::Views<query::MembersResult> members_views() {
  query::Views<query::MembersResult> v;
  v.json = [](const query::MembersResult& r) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : r.rows) arr.push_back(render::member_row_json(row));
    return arr;
  };
  v.csv = [](const query::MembersResult& r) { return members_table(r).to_csv(); };
  v.text = [](const query::MembersResult& r) {
    std::string out = r.framework->name + " (" + r.framework->id + "): ";
    if (r.history)
      out += std::to_string(r.rows.size()) + " membership period(s)";
    else
      out += std::to_string(r.active) + " member(s) on " + core::date_of(r.day).to_string();
    if (!r.history && r.active != r.rows.size())
      out += " (and " + std::to_string(r.rows.size() - r.active) + " withdrawn or suspended)";
    return out + "\n\n" + members_table(r).to_text();
  };
  return v;
}

query::Views<query::MembershipsResult> memberships_views() {
  query::Views<query::MembershipsResult> v;
  v.json = [](const query::MembershipsResult& r) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : r.rows) arr.push_back(render::framework_row_json(row));
    return arr;
  };
  v.csv = [](const query::MembershipsResult& r) { return memberships_table(r).to_csv(); };
  v.text = [](const query::MembershipsResult& r) {
    return r.actor->name + " (" + r.actor->id + "): " + std::to_string(r.rows.size()) +
           " framework(s) on " + core::date_of(r.day).to_string() + "\n\n" +
           memberships_table(r).to_text();
  };
  return v;
}

query::Views<query::ActorsResult> actors_views() {
  query::Views<query::ActorsResult> v;
  v.json = [](const query::ActorsResult& r) {
    nlohmann::json arr = nlohmann::json::array();
    for (const model::Actor* a : r.actors) arr.push_back(render::to_json(*a));
    return arr;
  };
  v.csv = [](const query::ActorsResult& r) { return actors_table(r).to_csv(); };
  v.text = [](const query::ActorsResult& r) {
    const render::Table t = actors_table(r);
    return t.to_text() + std::to_string(t.size()) + " actor(s)\n";
  };
  return v;
}

}  // namespace lattice::views
