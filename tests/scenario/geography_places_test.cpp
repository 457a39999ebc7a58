// The places of the embedded U.S.-Japan model that analysts name as the site of an event (U.S.
// Pacific territories, Japan's outlying and disputed islands, Taiwan's offshore islands, Spratly
// features, Indian Ocean territories): their names resolve, their administration, claims and
// containment are right, and the treaty pledges' "where" conditions follow the treaty texts.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "embedded_model.h"
#include "model/queries.h"
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

core::Day day(const char* date) {
  return core::Date::parse(date)->first_day();
}

Event event(std::string by, std::string against, std::string at,
            TargetKind target = TargetKind::kTerritory, const char* date = "2025-06-01") {
  Event e;
  e.by = std::move(by);
  e.against = std::move(against);
  e.at = std::move(at);
  e.kind = EventKind::kArmedAttack;
  e.target = target;
  e.day = day(date);
  return e;
}

EvaluationResult evaluate_checked(const Event& e) {
  const std::string error = check_event(usjapan(), e);
  EXPECT_EQ(error, "");
  return evaluate(usjapan(), e);
}

std::string place_id(const char* text) {
  std::string error;
  std::string id = model::resolve_as(usjapan(), text, model::EntityKind::kPlace, &error);
  EXPECT_EQ(error, "") << text;
  return id;
}

TEST(GeographyPlaces, NamesAnalystsUseResolveToPlaces) {
  EXPECT_EQ(place_id("Hawaii"), "hawaii");
  EXPECT_EQ(place_id("Pearl Harbor"), "pearl_harbor");
  EXPECT_EQ(place_id("Second Thomas Shoal"), "second_thomas_shoal");
  EXPECT_EQ(place_id("Ayungin Shoal"), "second_thomas_shoal");
  EXPECT_EQ(place_id("Pag-asa"), "thitu_island");
  EXPECT_EQ(place_id("Dokdo"), "takeshima");
  EXPECT_EQ(place_id("Liancourt Rocks"), "takeshima");
  EXPECT_EQ(place_id("Southern Kurils"), "northern_territories");
  EXPECT_EQ(place_id("Iwo Jima"), "iwo_to");
  EXPECT_EQ(place_id("Quemoy"), "kinmen");
  EXPECT_EQ(place_id("Pescadores"), "penghu");
  EXPECT_EQ(place_id("Itu Aba"), "taiping_island");
  EXPECT_EQ(place_id("East Sea"), "sea_of_japan");
  EXPECT_EQ(place_id("Tsushima Strait"), "korea_strait");
  EXPECT_EQ(place_id("Kadena"), "kadena_air_base");
  EXPECT_EQ(place_id("Diego Garcia"), "diego_garcia");
}

// U.S.-Japan Treaty Art. V covers only "territories under the administration of Japan"; U.S.-ROK
// Art. III covers an armed attack "in the Pacific area on either of the Parties in territories now
// under their respective administrative control"; U.S.-Philippines Art. V includes an attack on
// "the metropolitan territory of either of the Parties"; ANZUS Art. V likewise.
TEST(GeographyPlaces, AttackOnHawaiiTriggersPacificPledgesButNotArticleFive) {
  const auto& m = usjapan();
  EXPECT_EQ(within(m, "hawaii", "pacific_area").truth, Truth::kYes);
  EXPECT_EQ(sovereign_of(m, "hawaii", "usa").truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "pearl_harbor", "usa", day("2025-06-01")).truth, Truth::kYes);

  const auto r = evaluate_checked(event("prk", "usa", "hawaii"));
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_jpn", "jpn"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(r, "us_rok_mdt_art3_kor", "kor"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "us_philippines_mdt_art4_phl", "phl"), Verdict::kTriggered);
  EXPECT_EQ(verdict(r, "anzus_art4_aus", "aus"), Verdict::kTriggered);
}

// Alaska borders the Arctic as well as the Pacific, so only its Pacific islands are placed there.
TEST(GeographyPlaces, AlaskaIsUsTerritoryButOnlyTheAleutiansAreInThePacificArea) {
  const auto& m = usjapan();
  EXPECT_EQ(sovereign_of(m, "alaska", "usa").truth, Truth::kYes);
  EXPECT_EQ(within(m, "alaska", "pacific_area").truth, Truth::kUnknown);
  EXPECT_EQ(within(m, "aleutian_islands", "pacific_area").truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "aleutian_islands", "usa", day("2025-06-01")).truth, Truth::kYes);
}

// Guam-style territories: administered by the United States in the Pacific; Wake was held by
// Japan during the war and is claimed by the Marshall Islands.
TEST(GeographyPlaces, UsPacificTerritoriesAndWakeUnderJapaneseOccupation) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "tinian", "usa", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(within(m, "tinian", "pacific_area").truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "american_samoa", "usa", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "wake_island", "jpn", day("1943-01-01")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "wake_island", "usa", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(claimed_by(m, "wake_island", "mhl", day("2025-06-01")).truth, Truth::kYes);
  // Kwajalein hosts a U.S. range but is Marshallese territory.
  EXPECT_EQ(administered_by(m, "kwajalein_atoll", "mhl", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(sovereign_of(m, "kwajalein_atoll", "usa").truth, Truth::kNo);
}

// Art. V: the Northern Territories are administered by Russia, so an attack there is not on
// territory under the administration of Japan, although Japan claims them.
TEST(GeographyPlaces, NorthernTerritoriesAreAdministeredByRussiaAndClaimedByJapan) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "northern_territories", "rus", day("2025-06-01")).truth,
            Truth::kYes);
  EXPECT_EQ(administered_by(m, "northern_territories", "jpn", day("2025-06-01")).truth, Truth::kNo);
  EXPECT_EQ(administered_by(m, "northern_territories", "jpn", day("1940-01-01")).truth,
            Truth::kYes);
  EXPECT_EQ(claimed_by(m, "northern_territories", "jpn", day("2025-06-01")).truth, Truth::kYes);

  const auto r = evaluate_checked(event("rus", "jpn", "northern_territories"));
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
  // The same attack on Hokkaido is on Japan's own territory.
  const auto h = evaluate_checked(event("rus", "jpn", "hokkaido"));
  EXPECT_EQ(verdict(h, "us_japan_1960_art5_usa", "usa"), Verdict::kTriggered);
}

// Takeshima/Dokdo is under South Korean administration: U.S.-ROK Art. III covers an attack on
// Korea there; U.S.-Japan Art. V does not cover Japanese forces there.
TEST(GeographyPlaces, TakeshimaIsUnderKoreanAdministrationAndClaimedByJapan) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "takeshima", "kor", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(claimed_by(m, "takeshima", "jpn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(within(m, "takeshima", "sea_of_japan").truth, Truth::kYes);

  const auto on_korea = evaluate_checked(event("chn", "kor", "takeshima"));
  EXPECT_EQ(verdict(on_korea, "us_rok_mdt_art3_usa", "usa"), Verdict::kTriggered);
  const auto on_japan =
      evaluate_checked(event("chn", "jpn", "takeshima", TargetKind::kArmedForces));
  EXPECT_EQ(verdict(on_japan, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
}

// Okinawa Prefecture's outlying islands reverted with Okinawa in 1972; the Ogasawara Islands in
// 1968. Art. V applies only once Japan administers them again.
TEST(GeographyPlaces, OutlyingJapaneseIslandsFollowTheirReversionDates) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "yonaguni_island", "usa", day("1960-01-01")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "yonaguni_island", "jpn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(within(m, "yonaguni_island", "first_island_chain").truth, Truth::kYes);
  // Miyako came under U.S. military government on 1945-12-08, before the Yaeyama group.
  EXPECT_EQ(administered_by(m, "miyako_island", "usa", day("1945-12-15")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "ishigaki_island", "usa", day("1945-12-15")).truth, Truth::kNo);

  const auto y = evaluate_checked(event("chn", "jpn", "yonaguni_island"));
  EXPECT_EQ(verdict(y, "us_japan_1960_art5_usa", "usa"), Verdict::kTriggered);

  EXPECT_EQ(administered_by(m, "iwo_to", "usa", day("1965-01-01")).truth, Truth::kYes);
  const auto before =
      evaluate_checked(event("rus", "jpn", "iwo_to", TargetKind::kTerritory, "1965-01-01"));
  EXPECT_EQ(verdict(before, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
  const auto after = evaluate_checked(event("rus", "jpn", "iwo_to"));
  EXPECT_EQ(verdict(after, "us_japan_1960_art5_usa", "usa"), Verdict::kTriggered);
}

// U.S.-Philippines Art. V covers "public vessels ... in the Pacific"; the South China Sea is part
// of the Pacific for this purpose (U.S. statements since 2019). Second Thomas Shoal is held by the
// Philippines, Mischief Reef by China.
TEST(GeographyPlaces, SecondThomasShoalAttackOnPhilippineVesselsTriggersArticleFour) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "second_thomas_shoal", "phl", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "second_thomas_shoal", "phl", day("1990-01-01")).truth, Truth::kNo);
  EXPECT_EQ(claimed_by(m, "second_thomas_shoal", "chn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(within(m, "second_thomas_shoal", "pacific_area").truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "mischief_reef", "chn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "thitu_island", "phl", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "taiping_island", "twn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(claimed_by(m, "taiping_island", "phl", day("2025-06-01")).truth, Truth::kYes);

  const auto r = evaluate_checked(event("chn", "phl", "second_thomas_shoal", TargetKind::kVessels));
  EXPECT_EQ(verdict(r, "us_philippines_mdt_art4_usa", "usa"), Verdict::kTriggered);
  // Not Japanese-administered territory: no Art. V.
  EXPECT_EQ(verdict(r, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
  // Philippine territory held at the shoal: island territory under its jurisdiction in the Pacific.
  const auto t = evaluate_checked(event("chn", "phl", "thitu_island"));
  EXPECT_EQ(verdict(t, "us_philippines_mdt_art4_usa", "usa"), Verdict::kTriggered);
}

// The Taiwan Relations Act (sec. 15) defines Taiwan as the islands of Taiwan and the Pescadores;
// Kinmen is held by Taiwan but outside that definition. No U.S. treaty pledge defends Taiwan.
TEST(GeographyPlaces, KinmenIsHeldByTaiwanOutsideTheTraDefinitionAndNoDefensePledgeApplies) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "kinmen", "twn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(claimed_by(m, "kinmen", "chn", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(within(m, "kinmen", "twn").truth, Truth::kNo);
  EXPECT_EQ(within(m, "penghu", "twn").truth, Truth::kYes);
  EXPECT_EQ(within(m, "penghu", "taiwan_strait").truth, Truth::kYes);
  EXPECT_EQ(administered_by(m, "pratas_islands", "twn", day("2025-06-01")).truth, Truth::kYes);

  const auto r = evaluate_checked(event("chn", "twn", "kinmen"));
  ASSERT_NE(find(r, "taiwan_relations_act_sec3c_consultation", "usa"), nullptr);
  for (const auto* list : {&r.triggered, &r.conditional})
    for (const auto& f : *list)
      EXPECT_FALSE(f.actor == "usa" && f.type == model::CommitmentType::kDefense)
          << f.commitment << " would defend Kinmen";
}

// The Indian Ocean lies outside the Pacific area of the 1951 and 1953 treaties, and external
// territories are not metropolitan territory, even for Australia, a Pacific state.
TEST(GeographyPlaces, IndianOceanPlacesAreOutsideThePacificArea) {
  const auto& m = usjapan();
  EXPECT_EQ(within(m, "diego_garcia", "pacific_area").truth, Truth::kNo);
  EXPECT_EQ(within(m, "christmas_island", "pacific_area").truth, Truth::kNo);
  EXPECT_EQ(within(m, "malacca_strait", "pacific_area").truth, Truth::kNo);
  EXPECT_EQ(administered_by(m, "diego_garcia", "gbr", day("2025-06-01")).truth, Truth::kYes);
  EXPECT_EQ(within(m, "darwin", "pacific_area").truth, Truth::kYes);

  const auto dg = evaluate_checked(event("irn", "usa", "diego_garcia", TargetKind::kArmedForces));
  EXPECT_EQ(verdict(dg, "us_philippines_mdt_art4_phl", "phl"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(dg, "us_rok_mdt_art3_kor", "kor"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(dg, "anzus_art4_aus", "aus"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(dg, "us_japan_1960_art5_jpn", "jpn"), Verdict::kNotTriggered);

  const auto ci = evaluate_checked(event("chn", "aus", "christmas_island"));
  EXPECT_EQ(verdict(ci, "anzus_art4_usa_aus", "usa"), Verdict::kNotTriggered);
  const auto dw = evaluate_checked(event("chn", "aus", "darwin"));
  EXPECT_EQ(verdict(dw, "anzus_art4_usa_aus", "usa"), Verdict::kTriggered);
}

// 1960 treaty Art. V covers armed attacks "in the territories under the administration of Japan";
// a strait or sea as a whole is not such territory, so an attack on vessels there leaves Art. V
// not triggered (it was conditional: the model "knew no administration" for the sea). The
// U.S.-Philippines treaty (Art. V: public vessels in the Pacific) and ANZUS (Art. V) still apply.
TEST(GeographyPlaces, SeasAndStraitsAreNotAdministeredTerritory) {
  const auto& m = usjapan();
  EXPECT_EQ(administered_by(m, "taiwan_strait", "jpn", day("2026-06-01")).truth, Truth::kNo);
  EXPECT_EQ(administered_by(m, "south_china_sea", "jpn", day("2026-06-01")).truth, Truth::kNo);
  const auto ts = evaluate_checked(event("chn", "usa", "taiwan_strait", TargetKind::kVessels));
  EXPECT_EQ(verdict(ts, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(ts, "us_japan_1960_art5_jpn", "jpn"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(ts, "us_rok_mdt_art3_kor", "kor"), Verdict::kNotTriggered);
  EXPECT_EQ(verdict(ts, "us_philippines_mdt_art4_phl", "phl"), Verdict::kTriggered);
  EXPECT_EQ(verdict(ts, "anzus_art4_aus", "aus"), Verdict::kTriggered);
  const auto scs = evaluate_checked(event("chn", "jpn", "south_china_sea", TargetKind::kVessels));
  EXPECT_EQ(verdict(scs, "us_japan_1960_art5_usa", "usa"), Verdict::kNotTriggered);
  // An island the model knows is still decided by its administration.
  const auto sk = evaluate_checked(event("chn", "jpn", "senkaku_islands", TargetKind::kVessels));
  EXPECT_EQ(verdict(sk, "us_japan_1960_art5_usa", "usa"), Verdict::kTriggered);
}

}  // namespace
}  // namespace lattice::scenario
