// lattice overlap [--on DATE] [--json] [--all]: pairwise overlap of the frameworks in force on a
// date (membership Jaccard and overlap coefficient, domain similarity, directed overlap), the most
// redundant pairs and the clusters of redundant frameworks (docs/latticework.md).
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/latticework_output.h"
#include "latticework/overlap.h"
#include "render/table.h"

namespace lattice::cli {

void register_overlap(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static bool all = false;
  static size_t top = 10;
  o = {};
  all = false;
  top = 10;
  CLI::App* sub =
      app.add_subcommand("overlap", "Overlap and redundancy of the frameworks in force on a date");
  sub->add_flag("--all", all, "List every pair sharing a member (text output)");
  sub->add_option("--top", top, "Length of the most-redundant list (default 10)");
  add_common_options(sub, o, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    auto day = day_of(o, ctx);
    if (!day) return;
    latticework::OverlapOptions options;
    options.top = top;
    const auto r = latticework::overlap(*m, *day, options);
    const std::string date = core::date_of(*day).to_string();

    if (o.json) {
      using nlohmann::json;
      json pairs = json::array();
      for (const auto& p : r.pairs)
        pairs.push_back({{"a", p.a},
                         {"b", p.b},
                         {"members_a", p.members_a},
                         {"members_b", p.members_b},
                         {"shared", p.shared},
                         {"shared_members", p.shared_members},
                         {"jaccard", p.jaccard},
                         {"overlap_coefficient", p.overlap_coefficient},
                         {"domain_similarity", p.domain_similarity},
                         {"directed_ab", p.directed_ab},
                         {"directed_ba", p.directed_ba},
                         {"redundancy", p.redundancy},
                         {"nested", p.nested}});
      json most = json::array();
      for (size_t k : r.most_redundant)
        most.push_back(
            {{"a", r.pairs[k].a}, {"b", r.pairs[k].b}, {"redundancy", r.pairs[k].redundancy}});
      json j = {{"date", date},
                {"frameworks", r.frameworks},
                {"pairs", pairs},
                {"most_redundant", most},
                {"clusters", r.clusters},
                {"parameters",
                 {{"min_members", options.min_members},
                  {"cluster_jaccard", options.cluster_jaccard},
                  {"cluster_domains", options.cluster_domains},
                  {"top_min_members", options.top_min_members}}}};
      ctx.out << j.dump(2) << "\n";
      return;
    }

    auto row = [&](const latticework::FrameworkOverlap& p) {
      return std::vector<std::string>{p.a,
                                      p.b,
                                      fmt::format("{}/{}/{}", p.shared, p.members_a, p.members_b),
                                      fixed(p.jaccard),
                                      fixed(p.overlap_coefficient),
                                      fixed(p.domain_similarity),
                                      fixed(p.directed_ab),
                                      fixed(p.directed_ba),
                                      fixed(p.redundancy),
                                      p.nested ? "nested" : ""};
    };
    const std::vector<std::string> headers = {
        "A",   "B",   "shared/|A|/|B|", "jaccard", "overlap", "domains",
        "A→B", "B→A", "redundancy",     ""};
    ctx.out << "Framework overlap on " << date << ": " << r.frameworks.size()
            << " frameworks with two or more members, " << r.pairs.size()
            << " pairs sharing a member\n\n";
    ctx.out << "Most redundant pairs (redundancy = jaccard × domain similarity; frameworks of "
            << options.top_min_members << "+ members)\n\n";
    render::Table t(headers);
    for (size_t k : r.most_redundant) t.add_row(row(r.pairs[k]));
    ctx.out << t.to_text() << "\n";
    ctx.out << fmt::format(
        "Clusters of redundant frameworks (jaccard ≥ {}, domain similarity ≥ {})\n",
        options.cluster_jaccard, options.cluster_domains);
    if (r.clusters.empty()) ctx.out << "  none\n";
    for (const auto& c : r.clusters) {
      std::string list;
      for (const auto& f : c) list += (list.empty() ? "" : ", ") + f;
      ctx.out << "  " << list << "\n";
    }
    if (all) {
      ctx.out << "\nEvery pair sharing a member\n\n";
      render::Table a(headers);
      for (const auto& p : r.pairs) a.add_row(row(p));
      ctx.out << a.to_text();
    }
  });
}

}  // namespace lattice::cli
