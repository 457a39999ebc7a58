// Scenario evaluation on the embedded U.S.-Japan model, with expectations taken from the treaty
// texts (article numbers cited at each test): which pledges an event triggers, which it leaves
// conditional and which it does not trigger.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "embedded_model.h"
#include "model/loader.h"
#include "scenario/evaluate.h"
#include "scenario/geography.h"
#include "scenario_findings.h"

namespace lattice::scenario {
namespace {

using model::EventKind;
using model::TargetKind;

const model::Model& usjapan() {
  return lattice::testing::usjapan_model();
}

Event event(std::string by, std::string against, std::string at = "",
            EventKind kind = EventKind::kArmedAttack, TargetKind target = TargetKind::kTerritory,
            const char* date = "2025-06-01") {
  Event e;
  e.by = std::move(by);
  e.against = std::move(against);
  e.at = std::move(at);
  e.kind = kind;
  e.target = target;
  e.day = core::Date::parse(date)->first_day();
  return e;
}

TEST(Geography, SenkakuAdministeredByJapanClaimedByChinaAndTaiwan) {
  const auto& m = usjapan();
  const auto d = core::Date::parse("2025-06-01")->first_day();
  EXPECT_EQ(administered_by(m, "senkaku_islands", "jpn", d).truth, Truth::kYes);
  EXPECT_EQ(claimed_by(m, "senkaku_islands", "chn", d).truth, Truth::kYes);
  EXPECT_EQ(claimed_by(m, "senkaku_islands", "twn", d).truth, Truth::kYes);
  // Under U.S. administration before the 1972 reversion.
  const auto d1965 = core::Date::parse("1965-01-01")->first_day();
  EXPECT_EQ(administered_by(m, "senkaku_islands", "usa", d1965).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "guam", "jpn", d).truth, Truth::kNo);
  EXPECT_EQ(sovereign_of(m, "guam", "usa").truth, Truth::kYes);
  EXPECT_EQ(within(m, "senkaku_islands", "pacific_area").truth, Truth::kYes);
  EXPECT_EQ(within(m, "kor", "korean_peninsula").truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "spratly_islands", "phl", d).truth, Truth::kUnknown);
}

// 1960 treaty, Art. V: each party acts against an armed attack on either party in the
// territories under Japan's administration. The Senkakus are administered by Japan.
TEST(Evaluate, ChinaAttackOnSenkakusTriggersUsArticleFive) {
  const auto r = evaluate(usjapan(), event("chn", "jpn", "senkaku_islands"));
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_usa", "usa"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_jpn", "jpn"), Verdict::kTriggered);
  // Art. IV: consultation when Japan's security is threatened.
  EXPECT_EQ(verdict(r, "us_japan_1960_art4_consultation", "usa"), Verdict::kTriggered);
  // Japan's 2015 legislation: an armed attack situation must be found by the Cabinet.
  EXPECT_EQ(verdict(r, "japan_pss_2015_armed_attack_situation", "jpn"), Verdict::kConditional);
  EXPECT_TRUE(find(r, "japan_pss_2015_armed_attack_situation", "jpn")->legal_option);
  // China-DPRK 1961, Art. II: covers an attack on China or the DPRK, not one by China.
  EXPECT_EQ(verdict(r, "china_dprk_1961_art2_prk", "prk"), Verdict::kNotTriggered);
  // The same islands before the 1972 reversion were under U.S. administration: not covered.
  const auto r1965 =
      evaluate(usjapan(), event("chn", "jpn", "senkaku_islands", EventKind::kArmedAttack,
                                TargetKind::kTerritory, "1965-01-01"));
  EXPECT_EQ(verdict(r1965, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
}

// 1960 treaty, Art. V covers only territories under Japan's administration; Guam is U.S.
// territory, so Japan's pledge is not engaged. ANZUS Art. V (metropolitan or island territory
// of a party in the Pacific) and the U.S.-ROK treaty Art. III (U.S.-administered territory in
// the Pacific area) are.
TEST(Evaluate, AttackOnGuamDoesNotTriggerJapansArticleFive) {
  const auto r = evaluate(usjapan(), event("chn", "usa", "guam"));
  const Finding* f = find(r, "us_japan_1960_art5_jpn", "jpn");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kNotTriggered);
  EXPECT_NE(f->reason.find("administered by Japan"), std::string::npos) << f->reason;
  EXPECT_NE(f->reason.find("Guam"), std::string::npos) << f->reason;
  EXPECT_EQ(verdict(r, "anzus_art4_aus", "aus"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "us_rok_mdt_art3_kor", "kor"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "us_philippines_mdt_art4_phl", "phl"), Verdict::kTriggered);
  // Japan's survival-threatening option exists but needs the Cabinet's finding.
  EXPECT_EQ(verdict(r, "japan_pss_2015_survival_threatening_situation", "jpn"),
            Verdict::kConditional);
}

// 1960 treaty, Art. V: an attack on either party (here U.S. forces) in Japanese-administered
// territory (Okinawa) engages both parties.
TEST(Evaluate, AttackOnUsForcesInJapan) {
  const auto r = evaluate(
      usjapan(), event("prk", "usa", "okinawa", EventKind::kArmedAttack, TargetKind::kArmedForces));
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_jpn", "jpn"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_usa", "usa"), Verdict::kTriggered);
  // Korean Armistice: the KPA/CPV side pledged to cease hostilities on the peninsula only.
  EXPECT_EQ(verdict(r, "korean_armistice_ceasefire_kpa_cpv", "prk"), Verdict::kNotTriggered);
}

// 1960 treaty: Art. IV consultation covers threats to Japan's security; Art. V needs an armed
// attack.
TEST(Evaluate, ThreatTriggersConsultationNotDefense) {
  const auto r = evaluate(usjapan(), event("chn", "jpn", "senkaku_islands", EventKind::kThreat));
  EXPECT_EQ(verdict(r, "us_japan_1960_art4_consultation", "usa"), Verdict::kTriggered);
  const Finding* f = find(r, "us_japan_1960_art5_usa", "usa");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kNotTriggered);
  EXPECT_NE(f->reason.find("armed attacks"), std::string::npos) << f->reason;
}

// An attacker with no pledges of its own (Vietnam) on a party without allies in the model: no
// defense pledge is triggered; the only pledges engaged are owed to "any" state.
TEST(Evaluate, AttackBetweenPartiesWithoutPledges) {
  const auto r = evaluate(usjapan(), event("vnm", "khm"));
  for (const auto& f : r.triggered)
    EXPECT_NE(f.type, model::CommitmentType::kDefense) << f.commitment;
  for (const auto& f : r.conditional)
    EXPECT_NE(f.type, model::CommitmentType::kDefense) << f.commitment;
  EXPECT_FALSE(r.not_triggered.empty());
}

// ANZUS Art. IV-V: an armed attack on the armed forces of a party in the Pacific area. The U.S.
// pledge toward New Zealand lapsed in 1986 (not in force in 2025).
TEST(Evaluate, AnzusPacificAreaForces) {
  const auto r = evaluate(usjapan(), event("chn", "aus", "south_china_sea", EventKind::kArmedAttack,
                                           TargetKind::kVessels));
  EXPECT_EQ(verdict(r, "anzus_art4_usa_aus", "usa"), Verdict::kTriggered);
  EXPECT_EQ(find(r, "anzus_art4_usa_nzl", "usa"), nullptr);
  EXPECT_EQ(verdict(r, "anzus_art4_nzl_aus", "nzl"), Verdict::kTriggered);
  // The same leg was in force in 1980.
  const auto r1980 =
      evaluate(usjapan(), event("chn", "nzl", "south_china_sea", EventKind::kArmedAttack,
                                TargetKind::kVessels, "1980-01-01"));
  EXPECT_EQ(verdict(r1980, "anzus_art4_usa_nzl", "usa"), Verdict::kTriggered);
}

// U.S.-Philippines MDT Art. IV-V: public vessels in the Pacific count; the Spratlys as territory
// depend on who administers the feature attacked (the model records none), so conditional.
TEST(Evaluate, PhilippinesPacificClauses) {
  const auto vessels = evaluate(usjapan(), event("chn", "phl", "spratly_islands",
                                                 EventKind::kArmedAttack, TargetKind::kVessels));
  EXPECT_EQ(verdict(vessels, "us_philippines_mdt_art4_usa", "usa"), Verdict::kTriggered);
  const auto land = evaluate(usjapan(), event("chn", "phl", "spratly_islands"));
  EXPECT_EQ(verdict(land, "us_philippines_mdt_art4_usa", "usa"), Verdict::kConditional);
  // Metropolitan territory: the first clause of Art. V, no Pacific condition needed.
  const auto home = evaluate(usjapan(), event("chn", "phl"));
  EXPECT_EQ(verdict(home, "us_philippines_mdt_art4_usa", "usa"), Verdict::kTriggered);
}

// U.S.-ROK MDT Art. III: an armed attack in territory under the ROK's administrative control.
TEST(Evaluate, RokTreatyArticleThree) {
  const auto r = evaluate(usjapan(), event("prk", "kor"));
  EXPECT_EQ(verdict(r, "us_rok_mdt_art3_usa", "usa"), Verdict::kTriggered);
  // An attack on Japan is not covered by the U.S. pledge toward the ROK.
  const auto rj = evaluate(usjapan(), event("prk", "jpn"));
  EXPECT_EQ(verdict(rj, "us_rok_mdt_art3_usa", "usa"), Verdict::kNotTriggered);
}

// China-DPRK 1961, Art. II: military aid at once when the other party is attacked, anywhere.
// Art. II is not qualified, so no caveat makes it conditional; an ally that attacked first is
// not covered (not_if_initiator).
TEST(Evaluate, ChinaDprkTreatyWhenDprkAttacked) {
  const auto r = evaluate(usjapan(), event("usa", "prk"));
  EXPECT_EQ(verdict(r, "china_dprk_1961_art2_chn", "chn"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "russia_dprk_2024_art4_rus", "rus"), Verdict::kTriggered);
  const auto first = evaluate(usjapan(), event("prk", "kor"));
  EXPECT_EQ(verdict(first, "china_dprk_1961_art2_chn", "chn"), Verdict::kNotTriggered);
  // Before the Russia-DPRK treaty came into force (2024-12-04), it is not listed.
  const auto r2024 = evaluate(usjapan(), event("usa", "prk", "", EventKind::kArmedAttack,
                                               TargetKind::kTerritory, "2024-07-01"));
  EXPECT_EQ(find(r2024, "russia_dprk_2024_art4_rus", "rus"), nullptr);
}

// Non-aggression pledges (1960 treaty Art. I) are reported as engaged when a party attacks a
// partner: the event would break them.
TEST(Evaluate, NonAggressionBreach) {
  const auto r = evaluate(usjapan(), event("kor", "usa", "usa"));
  const Finding* f = find(r, "us_rok_mdt_art1_non_aggression", "kor");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kTriggered);
  EXPECT_TRUE(f->breach);
}

TEST(Evaluate, CheckEventRejectsBadInput) {
  const auto& m = usjapan();
  EXPECT_NE(check_event(m, event("chn", "chn")), "");
  EXPECT_NE(check_event(m, event("chn", "nowhere")), "");
  EXPECT_NE(check_event(m, event("chn", "jpn", "atlantis")), "");
  EXPECT_EQ(check_event(m, event("chn", "jpn", "senkaku_islands")), "");
}

}  // namespace
}  // namespace lattice::scenario
