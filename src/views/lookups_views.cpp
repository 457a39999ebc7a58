// Views of the model lookups (see lookups_views.h).
#include "views/lookups_views.h"

#include <algorithm>

#include "core/text.h"
#include "views/json_model.h"
#include "views/model_counts.h"
#include "views/table.h"

namespace lattice::views {

namespace {

std::string date_text(const std::optional<core::Date>& d) {
  return d ? d->to_string() : "";
}

views::Table members_table(const query::MembersResult& r) {
  views::Table t({"id", "name", "iso3", "role", "from", "to"});
  for (const auto& row : r.rows)
    t.add_row({row.actor->id, row.actor->name, row.actor->iso3,
               std::string(model::name(row.membership->role)), date_text(row.membership->from),
               date_text(row.membership->to)});
  return t;
}

views::Table memberships_table(const query::MembershipsResult& r) {
  views::Table t({"id", "name", "kind", "role", "from", "to"});
  for (const auto& row : r.rows)
    t.add_row({row.framework->id, row.framework->name,
               std::string(model::name(row.framework->kind)),
               std::string(model::name(row.membership->role)), date_text(row.membership->from),
               date_text(row.membership->to)});
  return t;
}

views::Table actors_table(const query::ActorsResult& r) {
  views::Table t({"id", "name", "kind", "iso3", "cow", "parent"});
  for (const model::Actor* a : r.actors)
    t.add_row({a->id, a->name, std::string(model::name(a->kind)), a->iso3,
               a->cow ? std::to_string(*a->cow) : "", a->parent});
  return t;
}

std::string joined(const std::vector<std::string>& items) {
  return core::join(items, ",");
}

views::Table frameworks_table(const query::FrameworksResult& r) {
  views::Table t({"id", "name", "kind", "domains", "in_force", "ended", "members"});
  for (const auto& row : r.rows) {
    const model::Framework& f = *row.framework;
    std::vector<std::string> domains;
    for (auto d : f.domains) domains.emplace_back(model::name(d));
    t.add_row({f.id, f.name, std::string(model::name(f.kind)), joined(domains),
               f.in_force ? f.in_force->to_string() : "", f.ended ? f.ended->to_string() : "",
               std::to_string(row.member_count)});
  }
  return t;
}

views::Table places_table(const query::PlacesResult& r) {
  views::Table t({"id", "name", "kind", "administered_by", "claimed_by", "part_of"});
  for (const auto& row : r.rows)
    t.add_row({row.place->id, row.place->name, std::string(model::name(row.place->kind)),
               joined(row.administered_by), joined(row.claimed_by), joined(row.place->part_of)});
  return t;
}

}  // namespace

query::Views<query::MembersResult> members_views() {
  query::Views<query::MembersResult> v;
  v.json = [](const query::MembersResult& r) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : r.rows) arr.push_back(views::member_row_json(row));
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
    for (const auto& row : r.rows) arr.push_back(views::framework_row_json(row));
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
    for (const model::Actor* a : r.actors) arr.push_back(views::to_json(*a));
    return arr;
  };
  v.csv = [](const query::ActorsResult& r) { return actors_table(r).to_csv(); };
  v.text = [](const query::ActorsResult& r) {
    const views::Table t = actors_table(r);
    return t.to_text() + std::to_string(t.size()) + " actor(s)\n";
  };
  return v;
}

query::Views<query::FrameworksResult> frameworks_views() {
  query::Views<query::FrameworksResult> v;
  v.json = [](const query::FrameworksResult& r) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : r.rows) {
      nlohmann::json j = views::to_json(*row.framework);
      j["member_count"] = row.member_count;
      arr.push_back(std::move(j));
    }
    return arr;
  };
  v.csv = [](const query::FrameworksResult& r) { return frameworks_table(r).to_csv(); };
  v.text = [](const query::FrameworksResult& r) {
    const views::Table t = frameworks_table(r);
    return t.to_text() + std::to_string(t.size()) + " framework(s)\n";
  };
  return v;
}

query::Views<query::PlacesResult> places_views() {
  query::Views<query::PlacesResult> v;
  v.json = [](const query::PlacesResult& r) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : r.rows) {
      nlohmann::json j = views::to_json(*row.place);
      j["administered_by_on_date"] = row.administered_by;
      j["claimed_by_on_date"] = row.claimed_by;
      arr.push_back(std::move(j));
    }
    return arr;
  };
  v.csv = [](const query::PlacesResult& r) { return places_table(r).to_csv(); };
  v.text = [](const query::PlacesResult& r) {
    const views::Table t = places_table(r);
    return t.to_text() + std::to_string(t.size()) + " place(s)\n";
  };
  return v;
}

query::Views<query::SummaryResult> summary_views() {
  query::Views<query::SummaryResult> v;
  v.json = [](const query::SummaryResult& r) {
    nlohmann::json fw = nlohmann::json::array();
    for (const auto& row : r.frameworks)
      fw.push_back({{"id", row.framework->id},
                    {"name", row.framework->name},
                    {"kind", std::string(model::name(row.framework->kind))},
                    {"members", row.member_count}});
    return nlohmann::json{{"model", r.model->data().info.name},
                          {"on", core::date_of(r.day).to_string()},
                          {"counts", views::counts_json(*r.model)},
                          {"frameworks", fw}};
  };
  v.text = [](const query::SummaryResult& r) {
    const std::string& name = r.model->data().info.name;
    std::string out = (name.empty() ? "Lattice model" : name) + "\n" +
                      views::counts_line(*r.model) + "\n\nFrameworks and their members on " +
                      core::date_of(r.day).to_string() + ":\n";
    // Compact columns so the whole model fits on one screen.
    std::vector<std::string> cells;
    size_t width = 0;
    for (const auto& row : r.frameworks) {
      cells.push_back(row.framework->id + " " + std::to_string(row.member_count));
      width = std::max(width, cells.back().size());
    }
    const size_t columns = std::max<size_t>(1, 110 / (width + 2));
    const size_t rows = (cells.size() + columns - 1) / columns;
    for (size_t line_no = 0; line_no < rows; ++line_no) {
      std::string line;
      for (size_t c = 0; c < columns; ++c) {
        const size_t i = c * rows + line_no;
        if (i >= cells.size()) break;
        line += cells[i] + std::string(width + 2 - cells[i].size(), ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += "  " + line + "\n";
    }
    return out;
  };
  return v;
}

}  // namespace lattice::views
