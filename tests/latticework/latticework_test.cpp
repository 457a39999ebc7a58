// Known facts of the embedded model (the Quad and AUKUS, EAS and ADMM-Plus, coverage of the
// United States, Japan and South Korea), the weights table, the nucleus test and inclusivity with
// an exact Gini on a hand-made model.
#include <gtest/gtest.h>

#include "latticework/coverage.h"
#include "latticework/export.h"
#include "latticework/inclusivity.h"
#include "latticework/networks.h"
#include "latticework/nucleus.h"
#include "latticework/overlap.h"
#include "latticework/weights.h"
#include "model/loader.h"

namespace lattice::latticework {
namespace {

using Strings = std::vector<std::string>;

core::Day day_of(int y, int m, int d) {
  return core::Date::from_parts(y, m, d).first_day();
}

const model::Model& embedded() {
  static const auto loaded = model::load_model_folder("");
  return *loaded.model;
}

const FrameworkOverlap* pair_of(const OverlapResult& r, const std::string& a,
                                const std::string& b) {
  for (const auto& p : r.pairs)
    if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) return &p;
  return nullptr;
}

TEST(Overlap, QuadAndAukusShareExactlyTheUnitedStatesAndAustralia) {
  ASSERT_NE(&embedded(), nullptr);
  const auto r = overlap(embedded(), day_of(2024, 6, 1));
  const auto* p = pair_of(r, "quad", "aukus");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->shared_members, (Strings{"aus", "usa"}));
  EXPECT_DOUBLE_EQ(p->jaccard, 2.0 / 5.0);  // {usa, jpn, aus, ind} vs {aus, gbr, usa}
  EXPECT_DOUBLE_EQ(p->overlap_coefficient, 2.0 / 3.0);
}

TEST(Overlap, EastAsiaSummitAndAdmmPlusShareAllMembers) {
  const auto r = overlap(embedded(), day_of(2024, 6, 1));
  const auto* p = pair_of(r, "eas", "admm_plus");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->shared, 18u);
  EXPECT_DOUBLE_EQ(p->jaccard, 1.0);
  EXPECT_DOUBLE_EQ(p->overlap_coefficient, 1.0);
  // Domains: EAS {diplomacy, security, economic_trade}, ADMM-Plus {security, diplomacy}.
  EXPECT_DOUBLE_EQ(p->domain_similarity, 2.0 / 3.0);
  // Directed overlap from each side (the pair is stored with a < b: "admm_plus" < "eas"). All of
  // ADMM-Plus's members and both its domains are in the EAS: 1 x 2/2 = 1. All of the EAS's
  // members are in ADMM-Plus, but only two of its three domains: 1 x 2/3.
  ASSERT_EQ(p->a, "admm_plus");
  EXPECT_DOUBLE_EQ(p->directed_ab, 1.0);        // ADMM-Plus in the EAS
  EXPECT_DOUBLE_EQ(p->directed_ba, 2.0 / 3.0);  // the EAS in ADMM-Plus
  EXPECT_DOUBLE_EQ(p->directed_ab * p->directed_ba, 2.0 / 3.0);
  bool clustered = false;
  for (const auto& c : r.clusters) {
    const bool has_eas = std::find(c.begin(), c.end(), "eas") != c.end();
    const bool has_plus = std::find(c.begin(), c.end(), "admm_plus") != c.end();
    clustered = clustered || (has_eas && has_plus);
  }
  EXPECT_TRUE(clustered);
}

TEST(Overlap, DirectedOverlapIsAsymmetric) {
  const auto r = overlap(embedded(), day_of(2024, 6, 1));
  const auto* p = pair_of(r, "asean", "eas");  // ASEAN's 10 all sit in the EAS's 18
  ASSERT_NE(p, nullptr);
  const double asean_in_eas = p->a == "asean" ? p->directed_ab : p->directed_ba;
  const double eas_in_asean = p->a == "asean" ? p->directed_ba : p->directed_ab;
  EXPECT_DOUBLE_EQ(asean_in_eas, 1.0);                // all members, all domains
  EXPECT_DOUBLE_EQ(eas_in_asean, 10.0 / 18.0 * 1.0);  // same three domains
}

TEST(Coverage, UsJapanKoreaOnIntelligence) {
  const auto r = coverage(embedded(), day_of(2024, 6, 1), {"usa", "jpn", "kor"});
  const auto& intel = r.domains[static_cast<size_t>(model::Domain::kIntelligence)];
  EXPECT_EQ(intel.domain, model::Domain::kIntelligence);
  EXPECT_EQ(intel.frameworks, (Strings{"us_japan_rok_trilateral"}));
  // No framework in force binds all three on basing or burden-sharing.
  EXPECT_NE(std::find(r.gaps.begin(), r.gaps.end(), model::Domain::kBasing), r.gaps.end());
  EXPECT_EQ(std::find(r.gaps.begin(), r.gaps.end(), model::Domain::kSecurity), r.gaps.end());
}

TEST(Coverage, GapsBeforeTheTrilateral) {
  const auto r = coverage(embedded(), day_of(1990, 1, 1), {"usa", "jpn", "kor"});
  EXPECT_NE(std::find(r.gaps.begin(), r.gaps.end(), model::Domain::kIntelligence), r.gaps.end());
}

TEST(Weights, TableFromKindAndCommitments) {
  const auto& m = embedded();
  const auto d = day_of(2024, 6, 1);
  EXPECT_EQ(bindingness(m, *m.framework("us_japan_alliance"), d).weight, 3);
  EXPECT_EQ(bindingness(m, *m.framework("anzus"), d).weight, 3);
  EXPECT_EQ(bindingness(m, *m.framework("rcep"), d).weight, 2);
  EXPECT_EQ(bindingness(m, *m.framework("quad"), d).weight, 1);
  EXPECT_EQ(bindingness(m, *m.framework("eas"), d).weight, 1);
  EXPECT_EQ(bindingness(m, *m.framework("us_japan_2plus2"), d).weight, 0.5);
  EXPECT_EQ(bindingness(m, *m.framework("japan_constitution_article9"), d).weight, 0);
}

TEST(Network, ProjectionOfEmbeddedModel) {
  const auto net = two_mode_network(embedded(), day_of(2024, 6, 1));
  const auto p = project(net);
  const auto t = nucleus_test(p, "usa", "jpn");
  ASSERT_TRUE(t.present);
  EXPECT_EQ(t.rank, 1u);  // the U.S.-Japan tie is the heaviest
  EXPECT_GT(t.pair_weight, 20);
  ASSERT_EQ(t.connectivity.size(), 4u);
  EXPECT_GT(t.connectivity[1].efficiency_drop, t.connectivity[2].efficiency_drop);
  // Exports name every node.
  const std::string g = projection_graphml(embedded(), p);
  EXPECT_NE(g.find("<data key=\"name\">Japan</data>"), std::string::npos);
  EXPECT_NE(two_mode_graphml(net).find("<data key=\"bipartite\">1</data>"), std::string::npos);
  EXPECT_NE(edges_csv(net, p).find(",projection,"), std::string::npos);
}

// A model of five states, a region of four and three frameworks.
model::Model fixture() {
  model::ModelData d;
  for (const char* id : {"aaa", "bbb", "ccc", "ddd", "eee"}) {
    model::Actor a;
    a.id = a.name = id;
    d.actors.push_back(a);
  }
  model::Region r;
  r.id = r.name = "here";
  r.members = {"aaa", "bbb", "ccc", "ddd"};
  d.regions.push_back(r);
  auto framework = [&](const char* id, model::FrameworkKind kind) {
    model::Framework f;
    f.id = f.name = id;
    f.kind = kind;
    f.domains = {model::Domain::kSecurity};
    d.frameworks.push_back(f);
  };
  framework("pact", model::FrameworkKind::kDefenseTreaty);
  framework("forum", model::FrameworkKind::kMultilateralForum);
  framework("talks", model::FrameworkKind::kDialogue);
  auto member = [&](const char* actor, const char* f, model::Role role = model::Role::kMember) {
    model::Membership ms;
    ms.actor = actor;
    ms.framework = f;
    ms.role = role;
    d.memberships.push_back(ms);
  };
  member("aaa", "pact");
  member("bbb", "pact", model::Role::kFoundingMember);
  member("aaa", "forum");
  member("bbb", "forum");
  member("ccc", "forum");
  member("eee", "forum");
  member("aaa", "talks");
  member("ddd", "talks", model::Role::kObserver);  // does not count
  return model::Model(std::move(d), "");
}

TEST(Inclusivity, ExactGiniOnFixture) {
  const model::Model m = fixture();
  const auto r = inclusivity(m, day_of(2024, 1, 1), "pact", "here");
  EXPECT_EQ(r.states, (Strings{"aaa", "bbb", "ccc", "ddd"}));
  EXPECT_EQ(r.included, (Strings{"aaa", "bbb"}));
  EXPECT_EQ(r.left_out, (Strings{"ccc", "ddd"}));
  EXPECT_DOUBLE_EQ(r.share, 0.5);
  // Counts: aaa 3 (pact, forum, talks), bbb 2, ccc 1, ddd 0 (observer only).
  ASSERT_EQ(r.counts.size(), 4u);
  EXPECT_EQ(r.counts[0].frameworks, 3u);
  EXPECT_EQ(r.counts[3].frameworks, 0u);
  // Sum of |xi - xj| over ordered pairs = 2 * (1+2+3+1+2+1) = 20; 2 n^2 mean = 2*16*1.5 = 48.
  EXPECT_DOUBLE_EQ(r.gini, 20.0 / 48.0);
  EXPECT_DOUBLE_EQ(r.mean_count, 1.5);
}

TEST(Inclusivity, GiniEdgeCases) {
  EXPECT_DOUBLE_EQ(gini({}), 0);
  EXPECT_DOUBLE_EQ(gini({0, 0, 0}), 0);
  EXPECT_DOUBLE_EQ(gini({5, 5, 5, 5}), 0);
  EXPECT_DOUBLE_EQ(gini({0, 0, 0, 4}), 0.75);  // (n-1)/n when one holds everything
}

TEST(Nucleus, HandMadeProjection) {
  const model::Model m = fixture();
  const auto net = two_mode_network(m, day_of(2024, 1, 1));
  const auto p = project(net);
  // aaa-bbb: pact 3 + forum 1 = 4; the other forum pairs 1; talks has one counted member.
  ASSERT_EQ(p.graph.nodes, (Strings{"aaa", "bbb", "ccc", "eee"}));
  const auto t = nucleus_test(p, "aaa", "bbb");
  EXPECT_EQ(t.pair_weight, 4);
  EXPECT_EQ(t.rank, 1u);
  EXPECT_EQ(t.tied, 0u);
  EXPECT_EQ(t.other_count, 2u);  // ccc, eee joined directly by the forum
  EXPECT_DOUBLE_EQ(t.connectivity[0].efficiency, 1.0);
  EXPECT_DOUBLE_EQ(t.connectivity[3].connected_share, 1.0);
}

}  // namespace
}  // namespace lattice::latticework
