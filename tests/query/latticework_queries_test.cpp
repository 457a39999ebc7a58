// The latticework queries (network, overlap, coverage, centrality, inclusivity) on the embedded
// model: what each result holds, the parameters bound through the catalog (a comma-separated
// actor list, default entities, export paths), the views and the exports.
#include "query/latticework_queries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "embedded_model.h"
#include "views/latticework_html.h"

namespace lattice::query {
namespace {

Env env_2024() {
  return Env{lattice::testing::embedded_model_ptr(),
             core::Date::from_parts(2024, 6, 1).first_day()};
}

Answer run(const std::string& name, const RawArgs& raw) {
  const Query* q = catalog::find(name);
  EXPECT_NE(q, nullptr) << name;
  return q->run(env_2024(), raw);
}

nlohmann::json json_of(const Answer& a) {
  return nlohmann::json::parse(a.render(Format::kJson));
}

TEST(NetworkQuery, EdgesHeaviestFirstAndOnePositionPerNode) {
  const NetworkResult r = network(env_2024(), {});
  ASSERT_EQ(r.edge_order.size(), r.projection.graph.edges.size());
  ASSERT_FALSE(r.edge_order.empty());
  for (size_t i = 1; i < r.edge_order.size(); ++i)
    EXPECT_GE(r.projection.graph.edges[r.edge_order[i - 1]].weight,
              r.projection.graph.edges[r.edge_order[i]].weight);
  EXPECT_EQ(r.positions.size(), r.projection.graph.nodes.size());
  EXPECT_EQ(r.metrics.nodes.size(), r.projection.graph.nodes.size());
  EXPECT_TRUE(r.graphml.empty());
  EXPECT_TRUE(r.csv_dir.empty());
}

TEST(NetworkQuery, TopLimitsTheTiesOfTheTextOnly) {
  const Answer three = run("network", {{"top", {"3"}}});
  const Answer all = run("network", {{"top", {"1000"}}});
  ASSERT_TRUE(three.ok());
  ASSERT_TRUE(all.ok());
  const auto rows = [](const std::string& text) {
    const size_t at = text.find("Strongest ties");
    return std::count(text.begin() + static_cast<long>(at), text.end(), '\n');
  };
  EXPECT_EQ(rows(three.render(Format::kText)), 2 + 2 + 3);  // title, blank, header, rule, 3 rows
  EXPECT_GT(rows(all.render(Format::kText)), 100);
  EXPECT_EQ(three.render(Format::kJson), all.render(Format::kJson));
  EXPECT_EQ(run("network", {{"top", {"-1"}}}).errors.at(0).kind, ParamError::Kind::kRange);
}

TEST(NetworkQuery, ExportsOnlyWhatTheRequestNames) {
  const Answer none = run("network", {});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.exports().empty());

  const Answer both =
      run("network", {{"graphml", {"out/net.graphml"}}, {"csv_dir", {"out/tables"}}});
  ASSERT_TRUE(both.ok());
  const std::vector<Export> e = both.exports();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].folder, "");  // a GraphML file's folder is not created
  ASSERT_EQ(e[0].files.size(), 2u);
  EXPECT_EQ(e[0].files[0].path, "out/net.graphml");
  EXPECT_EQ(e[0].files[1].path, "out/net-two-mode.graphml");
  EXPECT_NE(e[0].files[0].content.find("United States"), std::string::npos);
  EXPECT_NE(e[0].files[1].content.find("bipartite"), std::string::npos);
  EXPECT_EQ(e[1].folder, "out/tables");
  ASSERT_EQ(e[1].files.size(), 2u);
  EXPECT_EQ(e[1].files[0].path, "out/tables/nodes.csv");
  EXPECT_EQ(e[1].files[0].content.rfind("Id,Label,type,kind,bipartite,weight", 0), 0u);
  EXPECT_EQ(e[1].files[1].path, "out/tables/edges.csv");
}

TEST(NetworkQuery, TwoModePathSitsBesideTheFile) {
  EXPECT_EQ(two_mode_path("net.graphml"), "net-two-mode.graphml");
  EXPECT_EQ(two_mode_path("dir/net.xml"), "dir/net-two-mode.xml");
  EXPECT_EQ(two_mode_path("net"), "net-two-mode.graphml");
}

TEST(NetworkQuery, GlobalBodiesJoinTheProjectionOnlyWhenAsked) {
  const auto without = json_of(run("network", {}));
  const auto with = json_of(run("network", {{"include_global", {"true"}}}));
  EXPECT_FALSE(without["projection"]["include_global"].get<bool>());
  EXPECT_TRUE(with["projection"]["include_global"].get<bool>());
  EXPECT_GT(with["projection"]["edges"].size(), without["projection"]["edges"].size());
}

TEST(OverlapQuery, TopBoundsTheMostRedundantList) {
  OverlapRequest top3;
  top3.top = 3;
  const OverlapResult three = overlap(env_2024(), top3);
  const OverlapResult ten = overlap(env_2024(), {});
  EXPECT_EQ(three.overlap.most_redundant.size(), 3u);
  EXPECT_EQ(ten.overlap.most_redundant.size(), 10u);
  EXPECT_EQ(three.options.top, 3u);
  const Answer all = run("overlap", {{"all", {"true"}}});
  ASSERT_TRUE(all.ok());
  EXPECT_NE(all.render(Format::kText).find("Every pair sharing a member"), std::string::npos);
  EXPECT_EQ(run("overlap", {}).render(Format::kText).find("Every pair sharing a member"),
            std::string::npos);
}

TEST(CoverageQuery, DefaultsToTheModelsFocusPair) {
  const Answer a = run("coverage", {});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(json_of(a)["actors"], nlohmann::json({"usa", "jpn"}));
  // A request built in code with names resolves them too.
  CoverageRequest named;
  named.actors = {{"United States", {}}, {"Japan", {}}};
  EXPECT_EQ(coverage(env_2024(), named).coverage.actors, std::vector<std::string>({"usa", "jpn"}));
}

TEST(CoverageQuery, ActorsAreACommaSeparatedList) {
  const Answer a = run("coverage", {{"actors", {" usa, Japan ,,ROK "}}});
  ASSERT_TRUE(a.ok()) << (a.errors.empty() ? "" : a.errors[0].message);
  EXPECT_EQ(json_of(a)["actors"], nlohmann::json({"usa", "jpn", "kor"}));
  const Answer repeated = run("coverage", {{"actors", {"usa", "jpn,kor"}}});
  ASSERT_TRUE(repeated.ok());
  EXPECT_EQ(json_of(repeated)["actors"], nlohmann::json({"usa", "jpn", "kor"}));

  const Answer unknown = run("coverage", {{"actors", {"usa,japn"}}});
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_EQ(unknown.errors[0].kind, ParamError::Kind::kNotFound);
  EXPECT_NE(unknown.errors[0].message.find("did you mean"), std::string::npos);

  const Answer empty = run("coverage", {{"actors", {" , "}}});
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].parameter, "actors");
  EXPECT_EQ(empty.errors[0].kind, ParamError::Kind::kMissing);
}

TEST(CentralityQuery, NucleusPairByDefaultAndByName) {
  const CentralityResult r = centrality(env_2024(), {});
  EXPECT_EQ(r.nucleus.a, "usa");  // the embedded model's [focus] pair
  EXPECT_EQ(r.nucleus.b, "jpn");
  EXPECT_EQ(r.nucleus.rank, 1u);
  // Rows by betweenness, then strength.
  const auto& m = r.metrics.nodes;
  for (size_t i = 1; i < r.order.size(); ++i) {
    const auto &x = m[r.order[i - 1]], &y = m[r.order[i]];
    EXPECT_TRUE(x.betweenness > y.betweenness ||
                (x.betweenness == y.betweenness && x.strength >= y.strength));
  }
  // Communities partition the nodes, in the metrics' numbering.
  size_t total = 0;
  for (size_t c = 0; c < r.communities.size(); ++c) {
    total += r.communities[c].size();
    for (const auto& id : r.communities[c])
      EXPECT_EQ(m[static_cast<size_t>(r.projection.graph.index_of(id))].community,
                static_cast<long>(c));
  }
  EXPECT_EQ(total, r.projection.graph.nodes.size());

  const auto j = json_of(run("centrality", {{"pair", {"Australia"}}, {"with", {"India"}}}));
  EXPECT_EQ(j["nucleus"]["a"], "aus");
  EXPECT_EQ(j["nucleus"]["b"], "ind");
  CentralityRequest unknown;
  unknown.pair = {"Atlantis", {}};
  EXPECT_THROW(centrality(env_2024(), unknown), std::invalid_argument);
}

TEST(InclusivityQuery, MemberFlagsFollowTheIncludedStates) {
  const Answer a = run("inclusivity", {{"framework", {"Quad"}}});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(json_of(a)["region"], "indo_pacific");
  InclusivityRequest request;
  request.framework = {"quad", {}};
  const InclusivityResult r = inclusivity(env_2024(), request);
  ASSERT_EQ(r.member.size(), r.inclusivity.counts.size());
  size_t members = 0;
  for (size_t i = 0; i < r.member.size(); ++i) {
    const auto& inc = r.inclusivity.included;
    EXPECT_EQ(r.member[i],
              std::find(inc.begin(), inc.end(), r.inclusivity.counts[i].actor) != inc.end());
    members += r.member[i] ? 1 : 0;
  }
  EXPECT_EQ(members, 4u);
  EXPECT_EQ(run("inclusivity", {}).errors.at(0).kind, ParamError::Kind::kMissing);
  EXPECT_EQ(
      run("inclusivity", {{"framework", {"quad"}}, {"region", {"nowhere"}}}).errors.at(0).kind,
      ParamError::Kind::kNotFound);
}

TEST(LatticeworkHtml, SectionComposesTheQueriesViews) {
  const Env env = env_2024();
  const NetworkResult net = network(env, {});
  const OverlapResult ov = overlap(env, {});
  const CoverageResult cov = coverage(env, {});
  const CentralityResult cen = centrality(env, {});
  const std::string section = views::latticework_section(net, &cen, ov, &cov);
  EXPECT_EQ(section.rfind("<section id=\"latticework\">", 0), 0u);
  for (const std::string& part :
       {views::network_html(net), views::overlap_html(ov), views::coverage_html(cov)})
    EXPECT_NE(section.find(part), std::string::npos);
  EXPECT_NE(section.find("ranks 1 of"), std::string::npos);
}

TEST(LatticeworkCatalog, ParametersAsFrontEndsSeeThem) {
  const Query* net = catalog::find("network");
  ASSERT_NE(net, nullptr);
  ASSERT_NE(net->param("graphml"), nullptr);
  EXPECT_EQ(net->param("graphml")->type, "path");
  EXPECT_EQ(net->param("csv_dir")->type, "path");
  EXPECT_EQ(net->param("csv_dir")->old_cli_name, "csv");
  EXPECT_FALSE(net->has(Format::kCsv));  // --csv stays the old spelling of --csv-dir here
  const Query* cov = catalog::find("coverage");
  ASSERT_NE(cov, nullptr);
  EXPECT_EQ(cov->param("actors")->separator, ',');
  // No default in the catalog: the pair comes from the model (analysis.toml [focus]).
  EXPECT_TRUE(cov->param("actors")->default_value.is_null());
  const Query* cen = catalog::find("centrality");
  ASSERT_NE(cen, nullptr);
  EXPECT_TRUE(cen->param("pair")->default_value.is_null());
  EXPECT_NE(cen->param("with")->help.find("focus pair"), std::string::npos);
}

}  // namespace
}  // namespace lattice::query
