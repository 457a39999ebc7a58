// Cascades on the embedded U.S.-Japan model. Expectations come from the treaty texts as coded in
// data/usjapan/commitments/*.toml (articles cited at each test): who is drawn in, on which side,
// under which pledge, and where `not_if_initiator` stops the chain.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include "embedded_model.h"
#include "model/loader.h"
#include "model/model_files.h"
#include "scenario/cascade.h"

namespace lattice::scenario {
namespace {

using model::EventKind;
using model::TargetKind;

const model::Model& usjapan() {
  return lattice::testing::usjapan_model();
}

Event event(std::string by, std::string against, std::string at = "",
            const char* date = "2025-06-01") {
  Event e;
  e.by = std::move(by);
  e.against = std::move(against);
  e.at = std::move(at);
  e.day = core::Date::parse(date)->first_day();
  return e;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The joiner entry of actor in any round, or null.
const Joiner* joined(const CascadeResult& c, const std::string& actor, int* round = nullptr) {
  for (const auto& r : c.rounds)
    for (const auto& j : r.joiners)
      if (j.actor == actor) {
        if (round) *round = r.number;
        return &j;
      }
  return nullptr;
}

bool may_join(const CascadeResult& c, const std::string& actor) {
  for (const auto& r : c.rounds)
    for (const auto& j : r.may_join)
      if (j.actor == actor) return true;
  return false;
}

// The initiator field: the 1961 China-DPRK treaty, Art. II, obliges China to aid the DPRK when it
// is attacked; the model codes not_if_initiator, so a U.S. strike on the DPRK engages the pledge
// unless the DPRK started the conflict.
TEST(Initiator, NotIfInitiatorUsesTheCascadeInitiator) {
  Event e = event("usa", "prk");
  e.target = TargetKind::kArmedForces;
  e.at = "kor";
  auto verdict_of = [](const EvaluationResult& r, const std::string& id) {
    for (const auto* list : {&r.triggered, &r.conditional, &r.not_triggered})
      for (const auto& f : *list)
        if (f.commitment == id) return f.verdict;
    throw std::runtime_error(id + " not listed");
  };
  EXPECT_EQ(verdict_of(evaluate(usjapan(), e), "china_dprk_1961_art2_chn"), Verdict::kTriggered);
  e.initiator = "prk";
  const auto r = evaluate(usjapan(), e);
  EXPECT_EQ(verdict_of(r, "china_dprk_1961_art2_chn"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict_of(r, "russia_dprk_2024_art4_rus"), Verdict::kNotTriggered);
}

// DPRK attacks the ROK in 2025. U.S.-ROK Mutual Defense Treaty (1953), Art. III: each party acts
// against an armed attack on the other in territory under its administration, "in accordance with
// its constitutional processes" - a procedural caveat, so the pledge is triggered and the U.S.
// joins. The U.S. then acts against DPRK forces: the 1961 China-DPRK treaty (Art. II) and the 2024
// Russia-DPRK treaty (Art. 4) are coded not_if_initiator, and the DPRK attacked first, so neither
// draws its party in. The Korean Armistice (1953) ceasefire pledge is reported as broken.
TEST(Cascade, DprkAttackOnRokBringsInTheUsOnly) {
  const auto c = cascade(usjapan(), event("prk", "kor"), {});
  const Joiner* us = joined(c, "usa");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->commitment, "us_rok_mdt_art3_usa");
  EXPECT_EQ(us->article, "III");
  EXPECT_EQ(us->side, Side::kDefender);
  EXPECT_EQ(us->against, "prk");
  EXPECT_FALSE(us->conditional);
  EXPECT_EQ(joined(c, "chn"), nullptr);
  EXPECT_EQ(joined(c, "rus"), nullptr);
  EXPECT_EQ(c.attackers, std::vector<std::string>{"prk"});
  EXPECT_EQ(c.defenders, (std::vector<std::string>{"kor", "usa"}));
  EXPECT_EQ(c.stop, "no_new_joiners");
  ASSERT_EQ(c.rounds.size(), 2u);
  // Round 1 is the U.S. acting against the DPRK's forces, with the DPRK still the initiator.
  ASSERT_EQ(c.rounds[1].events.size(), 1u);
  EXPECT_EQ(c.rounds[1].events[0].by, "usa");
  EXPECT_EQ(c.rounds[1].events[0].against, "prk");
  EXPECT_EQ(initiator_of(c.rounds[1].events[0]), "prk");
  bool armistice = false;
  for (const auto& f : c.rounds[0].breaches)
    armistice |= f.commitment == "korean_armistice_ceasefire_kpa_cpv" && f.actor == "prk";
  EXPECT_TRUE(armistice);
  // The U.S. response is collective self-defense (UN Charter Art. 51), not a breach of the
  // Armistice or of any non-aggression pledge.
  EXPECT_TRUE(c.rounds[1].breaches.empty());
}

// A U.S. attack on the DPRK with no prior DPRK attack: China's 1961 pledge (Art. II, no
// geographic limit) and, once in force on 2024-12-04, Russia's 2024 pledge (Art. 4) apply; both
// join the DPRK's side. The U.S. started it, so its own allies' pledges coded not_if_initiator
// (ANZUS Art. IV, U.S.-Philippines Art. IV) do not answer China's and Russia's response.
TEST(Cascade, UsAttackOnDprkBringsInChinaAndRussiaFromDecember2024) {
  const auto c = cascade(usjapan(), event("usa", "prk"), {});
  const Joiner* china = joined(c, "chn");
  ASSERT_NE(china, nullptr);
  EXPECT_EQ(china->commitment, "china_dprk_1961_art2_chn");
  EXPECT_EQ(china->side, Side::kDefender);
  const Joiner* russia = joined(c, "rus");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->commitment, "russia_dprk_2024_art4_rus");
  EXPECT_EQ(c.attackers, std::vector<std::string>{"usa"});
  EXPECT_TRUE(has(c.defenders, "chn"));
  EXPECT_TRUE(has(c.defenders, "rus"));
  EXPECT_EQ(joined(c, "aus"), nullptr);
  EXPECT_EQ(joined(c, "phl"), nullptr);
  EXPECT_EQ(joined(c, "jpn"), nullptr);

  // Before the Russia-DPRK treaty entered into force only China's pledge applies.
  const auto before = cascade(usjapan(), event("usa", "prk", "", "2024-06-01"), {});
  EXPECT_NE(joined(before, "chn"), nullptr);
  EXPECT_EQ(joined(before, "rus"), nullptr);
}

// 1960 U.S.-Japan treaty, Art. V: an armed attack on Japan's territory (here by the DPRK) brings in
// the United States; China's 1961 pledge does not answer the U.S. response, since the DPRK
// attacked first.
TEST(Cascade, AttackOnJapanBringsInTheUs) {
  const auto c = cascade(usjapan(), event("prk", "jpn"), {});
  const Joiner* us = joined(c, "usa");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->commitment, "us_japan_1960_art5_usa");
  EXPECT_EQ(us->protects, "jpn");
  EXPECT_EQ(c.defenders, (std::vector<std::string>{"jpn", "usa"}));
  EXPECT_EQ(c.attackers, std::vector<std::string>{"prk"});
}

// Art. V on the Senkaku Islands (administered by Japan): the U.S. joins; the DPRK's 1961 pledge to
// China (Art. II) is coded not_if_initiator and China attacked first.
TEST(Cascade, ChinaOnSenkakusBringsInTheUsNotTheDprk) {
  const auto c = cascade(usjapan(), event("chn", "jpn", "senkaku_islands"), {});
  EXPECT_NE(joined(c, "usa"), nullptr);
  EXPECT_EQ(joined(c, "prk"), nullptr);
  EXPECT_EQ(c.attackers, std::vector<std::string>{"chn"});
  // The U.S. response hits Chinese forces at the place of the first event.
  ASSERT_GE(c.rounds.size(), 2u);
  EXPECT_EQ(c.rounds[1].events[0].at, "senkaku_islands");
  EXPECT_EQ(c.rounds[1].events[0].target, TargetKind::kArmedForces);
}

// On the real model a chain stops after one round of joiners: every defense pledge is coded
// not_if_initiator, and the first joiners act against the initiator. Here Australia attacks China:
// the DPRK's 1961 pledge (Art. II) draws it in, and its action against Australia does not engage
// ANZUS (Art. IV-V, not_if_initiator: Australia started it).
TEST(Cascade, InitiatorsAlliesStayOut) {
  const auto c = cascade(usjapan(), event("aus", "chn"), {});
  EXPECT_NE(joined(c, "prk"), nullptr);
  EXPECT_EQ(joined(c, "usa"), nullptr);
  EXPECT_EQ(c.attackers, std::vector<std::string>{"aus"});
}

// The test fixture "mini" (an invented Coral Sea rim) plus a pledge of Punavi to Selu with no
// not_if_initiator and a judgement_required caveat (so conditional), to exercise longer chains:
// Selu attacks Tavaru (test pledge under the Coral Sea Forum, of which Punavi is a member); Meloka
// joins under the 1975 treaty (Art. IV); Meloka acting against Selu engages Punavi's pledge, which
// is conditional.
const model::Model& chain_model() {
  static const std::shared_ptr<const model::Model> m = [] {
    core::Diagnostics diags;
    auto files = model::read_model_folder(std::string(LATTICE_FIXTURES) + "/models/mini", diags);
    for (auto& f : files.files)
      if (f.relpath == "commitments.toml")
        f.content += R"(
[[commitment]]
id = "pun_sel_pledge"
framework = "coral_forum"
article = "X"
by = ["pun"]
toward = ["sel"]
type = "defense"
caveats = ["judgement_required"]
from = 2000-01-01
summary = "Test pledge: Punavi would act against an armed attack on Selu."
sources = ["ref:coral_forum_charter_1971"]

[[commitment.trigger]]
events = ["armed_attack"]
attacked = ["toward"]
where = ["anywhere"]
)";
    auto r = model::load_model(files);
    return r.model;
  }();
  if (!m) throw std::runtime_error("the chain fixture did not load");
  return *m;
}

TEST(Cascade, ConditionalPledgesExtendTheChainOnlyWhenIncluded) {
  const auto& m = chain_model();
  const Event e = event("sel", "tav");
  const auto strict = cascade(m, e, {});
  int round = -1;
  const Joiner* mlk = joined(strict, "mlk", &round);
  ASSERT_NE(mlk, nullptr);
  EXPECT_EQ(round, 0);
  EXPECT_EQ(mlk->commitment, "mtt_art4_mlk");
  EXPECT_EQ(joined(strict, "pun"), nullptr);
  EXPECT_TRUE(may_join(strict, "pun"));
  EXPECT_EQ(strict.attackers, std::vector<std::string>{"sel"});
  EXPECT_EQ(strict.stop, "no_new_joiners");

  CascadeOptions o;
  o.include_conditional = true;
  const auto wide = cascade(m, e, o);
  const Joiner* pun = joined(wide, "pun", &round);
  ASSERT_NE(pun, nullptr);
  EXPECT_EQ(round, 1);
  EXPECT_TRUE(pun->conditional);
  EXPECT_EQ(pun->side, Side::kAttacker);
  EXPECT_EQ(pun->against, "mlk");
  EXPECT_EQ(wide.attackers, (std::vector<std::string>{"sel", "pun"}));
  EXPECT_EQ(wide.defenders, (std::vector<std::string>{"tav", "mlk"}));
  ASSERT_EQ(wide.rounds.size(), 3u);  // round 2: Punavi acts against Meloka; no one new
  EXPECT_EQ(wide.rounds[2].events[0].by, "pun");
  EXPECT_EQ(wide.stop, "no_new_joiners");

  // Cut at two rounds: Punavi joined in the last round allowed, its action is not evaluated.
  o.max_rounds = 2;
  const auto cut = cascade(m, e, o);
  EXPECT_EQ(cut.stop, "max_rounds");
  EXPECT_EQ(cut.rounds.size(), 2u);
  o.max_rounds = 1;
  const auto one = cascade(m, e, o);
  EXPECT_EQ(one.stop, "max_rounds");
  EXPECT_EQ(joined(one, "pun"), nullptr);

  // With the territory response, Meloka's action targets Selu's territory.
  o.max_rounds = 10;
  o.response = TargetKind::kTerritory;
  const auto territory = cascade(m, e, o);
  ASSERT_GE(territory.rounds.size(), 2u);
  EXPECT_EQ(territory.rounds[1].events[0].target, TargetKind::kTerritory);
  EXPECT_EQ(territory.rounds[1].events[0].at, "");
}

// Consultation and basing pledges are listed as engaged, not as joining: the 1960 treaty's
// Art. VI (Japan's bases, Korean Peninsula clause) does not make Japan a party when the DPRK
// attacks the ROK.
TEST(Cascade, BasingPledgesAreEngagedNotJoined) {
  const auto c = cascade(usjapan(), event("prk", "kor"), {});
  EXPECT_EQ(joined(c, "jpn"), nullptr);
  bool basing = false;
  for (const auto& f : c.rounds[0].engaged) basing |= f.commitment == "us_japan_1960_art6_basing";
  EXPECT_TRUE(basing);
}

}  // namespace
}  // namespace lattice::scenario
