// Trigger coding of the embedded U.S.-Japan model checked against the treaty texts and the
// official statements that read them (each test cites its article or statement): clause-level
// judgements (cyber attacks, blockades), standing obligations, and the `judgement` field itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "embedded_model.h"
#include "model/loader.h"
#include "model/model_files.h"
#include "scenario/evaluate.h"

namespace lattice::scenario {
namespace {

using model::EventKind;
using model::TargetKind;

const model::Model& usjapan() {
  return lattice::testing::usjapan_model();
}

Event event(std::string by, std::string against, std::string at, EventKind kind,
            TargetKind target = TargetKind::kTerritory, const char* date = "2025-06-01") {
  Event e;
  e.by = std::move(by);
  e.against = std::move(against);
  e.at = std::move(at);
  e.kind = kind;
  e.target = target;
  e.day = core::Date::parse(date)->first_day();
  return e;
}

const Finding& get(const EvaluationResult& r, const std::string& id, const std::string& actor) {
  for (const auto* list : {&r.triggered, &r.conditional, &r.not_triggered})
    for (const auto& f : *list)
      if (f.commitment == id && f.actor == actor) return f;
  throw std::runtime_error(id + " (" + actor + ") is not listed");
}

bool says(const Finding& f, const std::string& words) {
  return f.reason.find(words) != std::string::npos;
}

bool cites(const Finding& f, const std::string& source) {
  return std::find(f.sources.begin(), f.sources.end(), source) != f.sources.end();
}

// 1960 treaty Art. V covers "an armed attack"; the Security Consultative Committee of
// 2019-04-19 affirmed that a cyber attack can count as one in certain circumstances, case by
// case. So a cyber attack on Japan leaves Art. V conditional, citing that statement. Art. IV
// (consultation when Japan's security is threatened) is engaged outright.
TEST(Triggers, CyberAttackOnJapanMakesArticleFiveConditional) {
  const auto r = evaluate(usjapan(), event("chn", "jpn", "", EventKind::kCyber));
  const Finding& us = get(r, "us_japan_1960_art5_usa", "usa");
  EXPECT_EQ(us.verdict, Verdict::kConditional);
  EXPECT_TRUE(says(us, "2019-04-19")) << us.reason;
  EXPECT_TRUE(says(us, "a judgement is needed")) << us.reason;
  EXPECT_TRUE(cites(us, "ref:text_us_japan_2plus2_2019_cyber"));
  EXPECT_TRUE(cites(us, "ref:text_us_japan_treaty_1960"));  // the commitment's own sources stay
  EXPECT_EQ(get(r, "us_japan_1960_art5_jpn", "jpn").verdict, Verdict::kConditional);
  EXPECT_EQ(get(r, "us_japan_1960_art4_consultation", "usa").verdict, Verdict::kTriggered);
  // The statement predates nothing in the text: an armed attack is still a plain trigger.
  const auto armed = evaluate(usjapan(), event("chn", "jpn", "", EventKind::kArmedAttack));
  EXPECT_EQ(get(armed, "us_japan_1960_art5_usa", "usa").verdict, Verdict::kTriggered);
}

// A cyber attack on U.S. territory outside Japan's administration is outside Art. V's area,
// whatever the 2019 statement says about cyber attacks.
TEST(Triggers, CyberAttackOnGuamStaysOutsideArticleFive) {
  const auto r = evaluate(usjapan(), event("chn", "usa", "guam", EventKind::kCyber));
  const Finding& jp = get(r, "us_japan_1960_art5_jpn", "jpn");
  EXPECT_EQ(jp.verdict, Verdict::kNotTriggered);
  EXPECT_TRUE(says(jp, "administered by Japan")) << jp.reason;
}

// UNGA Resolution 3314 (1974), Annex Art. 3(c) lists a blockade of a state's ports or coasts
// as an act of aggression; whether it is an "armed attack" under Art. V is a judgement. Art. IV
// consultation covers blockades of Japan outright; Japan's own armed attack situation needs
// the Cabinet's finding.
TEST(Triggers, BlockadeOfJapanIsConditionalUnderArticleFive) {
  const auto r = evaluate(usjapan(), event("chn", "jpn", "", EventKind::kBlockade));
  const Finding& us = get(r, "us_japan_1960_art5_usa", "usa");
  EXPECT_EQ(us.verdict, Verdict::kConditional);
  EXPECT_TRUE(says(us, "3314")) << us.reason;
  EXPECT_TRUE(cites(us, "ref:text_unga_3314_definition_of_aggression"));
  EXPECT_EQ(get(r, "us_japan_1960_art4_consultation", "jpn").verdict, Verdict::kTriggered);
  const Finding& option = get(r, "japan_pss_2015_armed_attack_situation", "jpn");
  EXPECT_EQ(option.verdict, Verdict::kConditional);
  EXPECT_TRUE(says(option, "Cabinet")) << option.reason;
}

// A threat is neither an armed attack nor a blockade: Art. IV consultation is engaged, Art. V
// is not (and not conditionally either).
TEST(Triggers, ThreatAgainstJapanEngagesConsultationOnly) {
  const auto r = evaluate(usjapan(), event("prk", "jpn", "", EventKind::kThreat));
  EXPECT_EQ(get(r, "us_japan_1960_art4_consultation", "usa").verdict, Verdict::kTriggered);
  EXPECT_EQ(get(r, "us_japan_1960_art5_usa", "usa").verdict, Verdict::kNotTriggered);
  EXPECT_EQ(get(r, "us_japan_1960_art5_jpn", "jpn").verdict, Verdict::kNotTriggered);
}

// 1960 treaty Art. III (maintain and develop capacities to resist armed attack) and Art. II
// (economic collaboration) are standing undertakings that no event sets off; AUKUS has no
// defense clause at all.
TEST(Triggers, StandingObligationsAreNotEngagedByEvents) {
  const auto r =
      evaluate(usjapan(), event("chn", "jpn", "senkaku_islands", EventKind::kArmedAttack));
  for (const auto* id : {"us_japan_1960_art3_capacity", "us_japan_1960_art2_economic"}) {
    const Finding& f = get(r, id, "usa");
    EXPECT_EQ(f.verdict, Verdict::kNotTriggered) << id;
    EXPECT_TRUE(says(f, "a standing obligation, not engaged by an event")) << f.reason;
  }
  const auto au = evaluate(usjapan(), event("chn", "aus", "", EventKind::kArmedAttack));
  EXPECT_EQ(get(au, "aukus_2021_submarine_support", "usa").verdict, Verdict::kNotTriggered);
}

// U.S.-ROK MDT Art. III: the foreign and defense ministers (2024-10-31) said a cyber attack can,
// in certain circumstances, be an armed attack under Art. III. No such statement exists for the
// U.S.-Philippines MDT, so Art. IV there stays not triggered by a cyber attack.
TEST(Triggers, CyberAttackOnKoreaConditionalOnPhilippinesNot) {
  const auto kr = evaluate(usjapan(), event("prk", "kor", "", EventKind::kCyber));
  const Finding& us = get(kr, "us_rok_mdt_art3_usa", "usa");
  EXPECT_EQ(us.verdict, Verdict::kConditional);
  EXPECT_TRUE(says(us, "2024-10-31")) << us.reason;
  EXPECT_TRUE(cites(us, "ref:text_us_rok_2plus2_2024_cyber"));
  const auto ph = evaluate(usjapan(), event("chn", "phl", "", EventKind::kCyber));
  EXPECT_EQ(get(ph, "us_philippines_mdt_art4_usa", "usa").verdict, Verdict::kNotTriggered);
}

// ANZUS: the AUSMIN 2011 joint statement on cyberspace put cyber attacks under the Art. III
// consultation (consult and decide on options), not under Art. IV.
TEST(Triggers, CyberAttackOnAustraliaEngagesAnzusConsultationOnly) {
  const auto r = evaluate(usjapan(), event("chn", "aus", "", EventKind::kCyber));
  const Finding& consult = get(r, "anzus_art3_consultation_aus_usa", "usa");
  EXPECT_EQ(consult.verdict, Verdict::kTriggered);
  EXPECT_TRUE(cites(consult, "ref:text_ausmin_2011_cyber"));
  EXPECT_EQ(get(r, "anzus_art4_usa_aus", "usa").verdict, Verdict::kNotTriggered);
}

// A blockade of the Philippines: Arts. IV-V of the 1951 MDT cover armed attacks on a party's
// metropolitan territory, so a blockade of its ports is conditional (UNGA Res. 3314, Art. 3(c)).
TEST(Triggers, BlockadeOfPhilippinesIsConditional) {
  const auto r = evaluate(usjapan(), event("chn", "phl", "", EventKind::kBlockade));
  const Finding& us = get(r, "us_philippines_mdt_art4_usa", "usa");
  EXPECT_EQ(us.verdict, Verdict::kConditional);
  EXPECT_TRUE(says(us, "Art. 3(c)")) << us.reason;
}

// Blockade of Taiwan: no defense pledge covers Taiwan (Taiwan Relations Act: no defense
// pledge); Art. IV consultation covers peace and security in the Far East, and the 1960
// exchange of notes requires prior consultation before combat operations from Japan.
TEST(Triggers, BlockadeOfTaiwanEngagesConsultationNotDefense) {
  const auto r = evaluate(usjapan(), event("chn", "twn", "", EventKind::kBlockade));
  EXPECT_EQ(get(r, "us_japan_1960_art4_consultation", "usa").verdict, Verdict::kTriggered);
  EXPECT_EQ(get(r, "us_japan_1960_notes_prior_consultation", "usa").verdict, Verdict::kTriggered);
  EXPECT_EQ(get(r, "us_japan_1960_art5_usa", "usa").verdict, Verdict::kNotTriggered);
  EXPECT_EQ(get(r, "taiwan_relations_act_sec3c_consultation", "usa").verdict, Verdict::kTriggered);
  for (const auto& f : r.triggered)
    EXPECT_NE(f.type, model::CommitmentType::kDefense) << f.commitment;
}

// Korean Armistice para. 15: the naval forces of each side shall not blockade Korea in any way.
// A DPRK blockade of the ROK breaks that pledge; so would a blockade breaking Art. I of the
// U.S.-ROK MDT (refrain from the use of force) if one party blockaded the other.
TEST(Triggers, BlockadesBreakTheArmisticeAndNonAggressionPledges) {
  const auto r = evaluate(usjapan(), event("prk", "kor", "", EventKind::kBlockade));
  const Finding& kpa = get(r, "korean_armistice_ceasefire_kpa_cpv", "prk");
  EXPECT_EQ(kpa.verdict, Verdict::kTriggered);
  EXPECT_TRUE(kpa.breach);
  const auto ally = evaluate(usjapan(), event("kor", "usa", "usa", EventKind::kBlockade));
  const Finding& art1 = get(ally, "us_rok_mdt_art1_non_aggression", "kor");
  EXPECT_EQ(art1.verdict, Verdict::kTriggered);
  EXPECT_TRUE(art1.breach);
}

// The 1951 Security Treaty ended when the 1960 treaty entered into force (1960-06-23): its
// entries are not in force in 2025 and were in 1955.
TEST(Triggers, TreatyOf1951EndedIn1960) {
  const auto now = evaluate(usjapan(), event("chn", "jpn", "", EventKind::kArmedAttack));
  for (const auto* list : {&now.triggered, &now.conditional, &now.not_triggered})
    for (const auto& f : *list) EXPECT_NE(f.framework, "us_japan_security_treaty_1951");
  // The 1960 treaty took its place: its Article V is what an attack on Japan engages now.
  EXPECT_EQ(get(now, "us_japan_1960_art5_usa", "usa").verdict, Verdict::kTriggered);
  const auto then = evaluate(usjapan(), event("chn", "jpn", "", EventKind::kArmedAttack,
                                              TargetKind::kTerritory, "1955-01-01"));
  EXPECT_EQ(get(then, "us_japan_1951_art1_usa_option", "usa").verdict, Verdict::kConditional);
}

// The embedded model's files with one edit to the treaties file.
model::LoadResult load_edited(const std::string& from, const std::string& to) {
  auto files = model::embedded_model();
  for (auto& f : files.files) {
    if (f.relpath != "commitments/treaties.toml") continue;
    const auto at = f.content.find(from);
    if (at == std::string::npos) throw std::runtime_error("not found: " + from);
    f.content.replace(at, from.size(), to);
  }
  return model::load_model(files);
}

// A misspelt `judgement` in a trigger clause is an error that names the field and suggests it.
TEST(TriggerJudgement, MisspeltFieldIsReported) {
  const auto res = load_edited("\njudgement = ", "\njudgment = ");
  EXPECT_EQ(res.model, nullptr);
  bool found = false;
  for (const auto& d : res.diagnostics.items())
    found |= d.message.find("judgment") != std::string::npos &&
             d.message.find("judgement") != std::string::npos;
  EXPECT_TRUE(found);
}

// A clause's sources are checked like any other: an undeclared reference is an error.
TEST(TriggerJudgement, UnknownClauseSourceIsReported) {
  const auto res =
      load_edited("ref:text_unga_3314_definition_of_aggression", "ref:text_no_such_reference");
  EXPECT_EQ(res.model, nullptr);
  EXPECT_TRUE(res.diagnostics.has_errors());
}

// Ranking: when one clause matches with a judgement and another matches outright, the outright
// match decides (triggered). Here Art. V of the 1960 treaty gets a second, unjudged cyber
// clause.
TEST(TriggerJudgement, CertainMatchBeatsJudgedMatch) {
  const std::string anchor = "id = \"us_japan_1960_art5_jpn\"";
  const std::string extra =
      "[[commitment.trigger]]\nevents = [\"cyber\"]\nattacked = [\"usa\", \"jpn\"]\n"
      "where = [\"administered_by:jpn\"]\n\n[[commitment]]\n" +
      anchor;
  const auto res = load_edited("[[commitment]]\n" + anchor, extra);
  ASSERT_NE(res.model, nullptr);
  const auto r = evaluate(*res.model, event("chn", "jpn", "", EventKind::kCyber));
  EXPECT_EQ(get(r, "us_japan_1960_art5_usa", "usa").verdict, Verdict::kTriggered);
  // Without the extra clause the judged clause decides.
  EXPECT_EQ(get(evaluate(usjapan(), event("chn", "jpn", "", EventKind::kCyber)),
                "us_japan_1960_art5_usa", "usa")
                .verdict,
            Verdict::kConditional);
}

}  // namespace
}  // namespace lattice::scenario
