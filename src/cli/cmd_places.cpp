// lattice places: territories, island groups, seas and straits, with who administers and claims
// them.
#include "cli/command.h"
#include "core/text.h"
#include "render/json_model.h"
#include "render/table.h"

namespace lattice::cli {

namespace {
// The actors of the periods that hold on day, comma-separated.
std::string holders(const std::vector<model::PlacePeriod>& periods, core::Day day) {
  std::string out;
  for (const auto& p : periods) {
    if (p.from && day < p.from->as_start()) continue;
    if (p.to && !(day < p.to->as_end())) continue;
    out += (out.empty() ? "" : ",") + p.actor;
  }
  return out;
}
}  // namespace

void register_places(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  // Fresh for every run(): the CLI may run more than once in a process (tests, a server).
  o = {};
  CLI::App* sub =
      app.add_subcommand("places", "List places, with their administration and claims on a date");
  add_common_options(sub, o, true, true, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    nlohmann::json arr = nlohmann::json::array();
    render::Table t({"id", "name", "kind", "administered_by", "claimed_by", "part_of"});
    for (const auto& p : m->places()) {
      nlohmann::json j = render::to_json(p);
      const std::string admin = holders(p.administration, *day), claims = holders(p.claims, *day);
      auto list = [](const std::string& csv) {
        return csv.empty() ? nlohmann::json::array() : nlohmann::json(core::split(csv, ','));
      };
      j["administered_by_on_date"] = list(admin);
      j["claimed_by_on_date"] = list(claims);
      arr.push_back(j);
      std::string part_of;
      for (const auto& x : p.part_of) part_of += (part_of.empty() ? "" : ",") + x;
      t.add_row({p.id, p.name, std::string(model::name(p.kind)), admin, claims, part_of});
    }
    if (o.json)
      ctx.out << arr.dump(2) << "\n";
    else if (o.csv)
      ctx.out << t.to_csv();
    else
      ctx.out << t.to_text() << t.size() << " place(s)\n";
  });
}

}  // namespace lattice::cli
