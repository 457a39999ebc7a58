// Facts of the embedded U.S.-Japan model (data/usjapan/) checked against their sources: who
// belongs to which framework on dates before and after accessions, entries into force and
// withdrawals, and what the main treaty articles pledge. Each assertion names its source.
//
// The model is read from the source tree (LATTICE_SOURCE_DIR/data/usjapan), so edits to the data
// are tested without re-embedding; one test also checks the embedded copy.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/loader.h"
#include "model/queries.h"
#include "test_support.h"

namespace lattice::model {
namespace {

using core::Date;
using core::Day;
using S = std::set<std::string>;

const Model& usjapan() {
  static const std::shared_ptr<const Model> m = [] {
    LoadResult r = load_model_folder(std::string(LATTICE_SOURCE_DIR) + "/data/usjapan");
    for (const auto& d : r.diagnostics.items()) {
      if (!r.model) ADD_FAILURE() << d.to_string();
    }
    return r.model;
  }();
  if (!m) throw std::runtime_error("the U.S.-Japan model did not load");
  return *m;
}

Day day(const char* text) {
  return Date::parse(text)->first_day();
}

// Actor ids of everyone listed by `lattice members FRAMEWORK --on DATE` (signatories, observers
// and partners included; withdrawn and suspended left out).
S members(const char* framework, const char* date) {
  S out;
  for (const auto& r : members_on(usjapan(), framework, day(date))) out.insert(r.actor->id);
  return out;
}
// Only those bound as parties or full members (founding_member or member).
S parties(const char* framework, const char* date) {
  S out;
  for (const auto& r : members_on(usjapan(), framework, day(date))) {
    if (r.membership->role == Role::kFoundingMember || r.membership->role == Role::kMember) {
      out.insert(r.actor->id);
    }
  }
  return out;
}
// The role of actor in framework on date, or "" when it holds none (inactive roles included).
std::string role_of(const char* actor, const char* framework, const char* date) {
  for (const auto& r : members_on(usjapan(), framework, day(date), /*include_inactive=*/true)) {
    if (r.actor->id == actor) return std::string(name(r.membership->role));
  }
  return "";
}
bool is_member(const char* actor, const char* framework, const char* date) {
  return members(framework, date).count(actor) > 0;
}
S frameworks_of(const char* actor, const char* date) {
  S out;
  for (const auto& r : memberships_on(usjapan(), actor, day(date))) out.insert(r.framework->id);
  return out;
}
const Commitment* commitment(const std::string& id) {
  for (const auto& c : usjapan().commitments()) {
    if (c.id == id) return &c;
  }
  return nullptr;
}
// First day a commitment holds: its own `from`, else its framework's entry into force.
Day commitment_start(const Commitment& c) {
  if (c.from) return c.from->as_start();
  const Framework* f = usjapan().framework(c.framework);
  return f->in_force ? f->in_force->as_start() : f->signed_on->as_start();
}

// ---- ASEAN: "About ASEAN", ASEAN Secretariat, https://asean.org/about-us/ (founding by the
// Bangkok Declaration of 8 Aug 1967; Brunei 7 Jan 1984, Viet Nam 28 Jul 1995, Lao PDR and
// Myanmar 23 Jul 1997, Cambodia 30 Apr 1999) ----

TEST(EmbeddedAseanTest, FoundersAndAccessions) {
  EXPECT_EQ(parties("asean", "1967-08-08"), (S{"idn", "mys", "phl", "sgp", "tha"}));
  EXPECT_TRUE(members("asean", "1967-08-07").empty());
  EXPECT_FALSE(is_member("brn", "asean", "1984-01-06"));
  EXPECT_TRUE(is_member("brn", "asean", "1984-01-07"));
  EXPECT_FALSE(is_member("vnm", "asean", "1995-07-27"));
  EXPECT_TRUE(is_member("vnm", "asean", "1995-07-28"));
  EXPECT_EQ(parties("asean", "1997-07-22").size(), 7u);
  EXPECT_EQ(parties("asean", "1997-07-23").size(), 9u);
  // Cambodia: the tenth member on 30 Apr 1999.
  EXPECT_EQ(parties("asean", "1999-04-29").size(), 9u);
  EXPECT_EQ(parties("asean", "1999-05-01").size(), 10u);
  EXPECT_EQ(members("asean", "1999-05-01").size(), 10u);
}

// Timor-Leste: observer from the in-principle admission of 11 Nov 2022 (ASEAN Leaders' Statement
// on the Application of Timor-Leste for ASEAN Membership, reported at
// https://en.vietnamplus.vn/asean-leaders-adopt-statement-on-timor-lestes-membership-application/243696.vnp)
// and 11th member from 26 Oct 2025 (Declaration on the Admission of Timor-Leste into ASEAN, 47th
// ASEAN Summit, Kuala Lumpur;
// https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029).
TEST(EmbeddedAseanTest, TimorLeste) {
  EXPECT_EQ(role_of("tls", "asean", "2002-05-20"), "");  // not before independence either
  EXPECT_EQ(role_of("tls", "asean", "2022-11-11"), "observer");
  EXPECT_EQ(role_of("tls", "asean", "2025-10-25"), "observer");
  EXPECT_EQ(role_of("tls", "asean", "2025-10-26"), "member");
  EXPECT_EQ(parties("asean", "2025-10-26").size(), 11u);
}

// ---- ASEAN Regional Forum: Chairman's Statement of the first ARF, Bangkok, 25 Jul 1994
// (https://aseanregionalforum.asean.org/); DPRK admitted at the 7th ARF, Bangkok, 27 Jul 2000;
// 27 participants since Sri Lanka (14th ARF, Manila, 2 Aug 2007) ----

TEST(EmbeddedArfTest, Participants) {
  EXPECT_EQ(members("arf", "1994-07-25").size(), 18u);
  EXPECT_TRUE(members("arf", "1994-07-24").empty());
  EXPECT_FALSE(is_member("prk", "arf", "2000-07-26"));
  EXPECT_TRUE(is_member("prk", "arf", "2000-07-27"));
  EXPECT_TRUE(is_member("eu", "arf", "2000-07-27"));
  EXPECT_EQ(members("arf", "2007-08-02").size(), 27u);
  EXPECT_EQ(members("arf", "2007-08-01").size(), 26u);
}

// ---- East Asia Summit: Chairman's Statement of the First EAS, Kuala Lumpur, 14 Dec 2005
// (https://worldjpn.net/documents/texts/eastasia/20051214.O1E.html); the United States and
// Russia first took part as members at the 6th EAS, Bali, 19 Nov 2011 (China Daily/Xinhua,
// "East Asia Summit concludes", http://www.chinadaily.com.cn/world/2011-11/19/content_14125343.htm;
// invitation: Chairman's Statement of the 17th ASEAN Summit, Hanoi, Oct 2010) ----

TEST(EmbeddedEasTest, UnitedStatesAndRussiaFrom2011) {
  EXPECT_EQ(members("eas", "2005-12-14").size(), 16u);
  EXPECT_TRUE(members("eas", "2005-12-13").empty());
  EXPECT_FALSE(is_member("usa", "eas", "2011-11-18"));
  EXPECT_FALSE(is_member("rus", "eas", "2011-11-18"));
  EXPECT_TRUE(is_member("usa", "eas", "2011-11-19"));
  EXPECT_TRUE(is_member("rus", "eas", "2011-11-19"));
  EXPECT_EQ(members("eas", "2011-11-19").size(), 18u);
}

// ---- ADMM-Plus: Chairman's Statement of the first ADMM-Plus, Hanoi, 12 Oct 2010: the ten ASEAN
// states and Australia, China, India, Japan, the ROK, New Zealand, Russia and the U.S. ----

TEST(EmbeddedAdmmPlusTest, EighteenFromHanoi2010) {
  EXPECT_TRUE(members("admm_plus", "2010-10-11").empty());
  const S m = members("admm_plus", "2010-10-12");
  EXPECT_EQ(m.size(), 18u);
  EXPECT_TRUE(m.count("usa") && m.count("rus") && m.count("ind") && m.count("nzl"));
}

// ---- APEC: "Member Economies", APEC Secretariat,
// https://www.apec.org/about-us/about-apec/member-economies (12 founders 1989; China, Hong Kong,
// Chinese Taipei 1991; Mexico, Papua New Guinea 1993; Chile 1994; Peru, Russia, Viet Nam 1998) ----

TEST(EmbeddedApecTest, JoiningYears) {
  EXPECT_EQ(members("apec", "1990-06-01").size(), 12u);
  EXPECT_FALSE(is_member("chn", "apec", "1990-06-01"));
  EXPECT_TRUE(is_member("chn", "apec", "1992-01-01"));
  EXPECT_TRUE(is_member("hkg", "apec", "1992-01-01"));
  EXPECT_TRUE(is_member("twn", "apec", "1992-01-01"));
  EXPECT_FALSE(is_member("mex", "apec", "1993-01-01"));
  EXPECT_TRUE(is_member("png", "apec", "1994-01-01"));
  EXPECT_TRUE(is_member("chl", "apec", "1995-01-01"));
  EXPECT_FALSE(is_member("rus", "apec", "1998-01-01"));
  EXPECT_EQ(members("apec", "1999-01-01").size(), 21u);
  EXPECT_TRUE(is_member("vnm", "apec", "1999-01-01"));
  EXPECT_TRUE(is_member("per", "apec", "1999-01-01"));
}

// ---- G7/G8: G7 Research Group, "What is the G7?", http://www.g7.utoronto.ca/what_is_g8.html
// (Rambouillet, 15 Nov 1975; Canada from San Juan 1976; the EC from London 1977; Russia from
// Denver 1997); The Hague Declaration, 24 Mar 2014 (G7 leaders suspend the G8) ----

TEST(EmbeddedG7Test, RussiaInAndSuspended) {
  EXPECT_EQ(members("g7", "1975-11-15"), (S{"deu", "fra", "gbr", "ita", "jpn", "usa"}));
  EXPECT_TRUE(is_member("can", "g7", "1977-01-01"));
  EXPECT_TRUE(is_member("rus", "g7", "2013-06-17"));
  EXPECT_FALSE(is_member("rus", "g7", "2014-03-24"));
  EXPECT_EQ(role_of("rus", "g7", "2014-03-24"), "suspended");
  EXPECT_EQ(members("g7", "2024-06-13").size(), 8u);  // seven states and the EU
}

// ---- G20: "About the G20", https://www.g20.org/en/about-g20 (first finance ministers' meeting,
// Berlin, 15-16 Dec 1999); African Union permanent member from the New Delhi summit, 9 Sep 2023
// (G20 New Delhi Leaders' Declaration, https://www.mea.gov.in/) ----

TEST(EmbeddedG20Test, MembersAndAfricanUnion) {
  EXPECT_EQ(members("g20", "1999-12-15").size(), 20u);
  EXPECT_TRUE(members("g20", "1999-12-14").empty());
  EXPECT_FALSE(is_member("african_union", "g20", "2023-09-08"));
  EXPECT_TRUE(is_member("african_union", "g20", "2023-09-09"));
  EXPECT_EQ(members("g20", "2023-09-09").size(), 21u);
}

// ---- TPP: signed at Auckland on 4 Feb 2016 by twelve states (depositary: New Zealand MFAT,
// https://www.mfat.govt.nz/en/trade/free-trade-agreements/free-trade-agreements-concluded-but-not-in-force/trans-pacific-partnership-tpp/);
// USTR letter of 30 Jan 2017 withdrawing the U.S. signature
// (https://ustr.gov/about-us/policy-offices/press-office/press-releases/2017/january/US-Withdraws-From-TPP)
// ----

TEST(EmbeddedTppTest, TwelveSignatoriesThenEleven) {
  EXPECT_TRUE(members("tpp", "2016-02-03").empty());
  const S m = members("tpp", "2016-06-01");
  EXPECT_EQ(m.size(), 12u);
  EXPECT_TRUE(parties("tpp", "2016-06-01").empty());  // never entered into force
  EXPECT_EQ(role_of("usa", "tpp", "2016-06-01"), "signatory");
  EXPECT_TRUE(is_member("usa", "tpp", "2017-01-29"));
  EXPECT_FALSE(is_member("usa", "tpp", "2017-01-30"));
  EXPECT_FALSE(is_member("usa", "tpp", "2017-02-01"));
  EXPECT_EQ(role_of("usa", "tpp", "2017-02-01"), "withdrawn");
  EXPECT_EQ(members("tpp", "2017-02-01").size(), 11u);
}

// ---- CPTPP: signed at Santiago 8 Mar 2018; entry into force for each party (depositary: New
// Zealand MFAT,
// https://www.mfat.govt.nz/en/trade/free-trade-agreements/free-trade-agreements-in-force/cptpp/):
// Mexico, Japan, Singapore, New Zealand, Canada, Australia 30 Dec 2018; Viet Nam 14 Jan 2019;
// Peru 19 Sep 2021; Malaysia 29 Nov 2022; Chile 21 Feb 2023; Brunei 12 Jul 2023; the United
// Kingdom 15 Dec 2024 (Accession Protocol signed 16 Jul 2023) ----

TEST(EmbeddedCptppTest, EntryIntoForcePerParty) {
  EXPECT_EQ(members("cptpp", "2018-03-08").size(), 11u);
  EXPECT_TRUE(parties("cptpp", "2018-12-29").empty());
  EXPECT_EQ(parties("cptpp", "2018-12-30"), (S{"aus", "can", "jpn", "mex", "nzl", "sgp"}));
  EXPECT_EQ(role_of("vnm", "cptpp", "2019-01-13"), "signatory");
  EXPECT_EQ(role_of("vnm", "cptpp", "2019-01-14"), "founding_member");
  EXPECT_EQ(role_of("per", "cptpp", "2021-09-19"), "founding_member");
  EXPECT_EQ(role_of("mys", "cptpp", "2022-11-28"), "signatory");
  EXPECT_EQ(role_of("chl", "cptpp", "2023-02-21"), "founding_member");
  EXPECT_EQ(role_of("brn", "cptpp", "2023-07-11"), "signatory");
  EXPECT_EQ(parties("cptpp", "2023-07-12").size(), 11u);
}

TEST(EmbeddedCptppTest, UnitedKingdomAccession) {
  EXPECT_EQ(parties("cptpp", "2024-12-14").size(), 11u);
  EXPECT_EQ(role_of("gbr", "cptpp", "2023-07-15"), "");
  EXPECT_EQ(role_of("gbr", "cptpp", "2024-12-14"), "signatory");
  EXPECT_EQ(role_of("gbr", "cptpp", "2024-12-15"), "member");
  EXPECT_EQ(parties("cptpp", "2024-12-15").size(), 12u);
  EXPECT_FALSE(is_member("usa", "cptpp", "2024-12-15"));
}

// ---- RCEP: signed 15 Nov 2020; entry into force per party (Australian DFAT, "RCEP",
// https://www.dfat.gov.au/trade/agreements/in-force/rcep): ten parties 1 Jan 2022, the ROK
// 1 Feb 2022, Malaysia 18 Mar 2022, Indonesia 2 Jan 2023, the Philippines 2 Jun 2023 ----

TEST(EmbeddedRcepTest, EntryIntoForcePerParty) {
  EXPECT_EQ(members("rcep", "2020-11-15").size(), 15u);
  EXPECT_EQ(parties("rcep", "2022-01-01").size(), 10u);
  EXPECT_EQ(role_of("kor", "rcep", "2022-01-31"), "signatory");
  EXPECT_EQ(role_of("kor", "rcep", "2022-02-01"), "founding_member");
  EXPECT_EQ(role_of("mys", "rcep", "2022-03-18"), "founding_member");
  EXPECT_EQ(role_of("idn", "rcep", "2023-01-01"), "signatory");
  EXPECT_EQ(role_of("phl", "rcep", "2023-06-02"), "founding_member");
  EXPECT_FALSE(is_member("usa", "rcep", "2023-06-02"));
  EXPECT_FALSE(is_member("ind", "rcep", "2023-06-02"));
}

// ---- IPEF: launched in Tokyo on 23 May 2022 by 13 partners (USTR,
// https://ustr.gov/trade-topics/trade-and-indo-pacific-economic-framework-prosperity-ipef); Fiji
// joined on 26 May 2022 (White House statement of that day) ----

TEST(EmbeddedIpefTest, ThirteenThenFourteen) {
  EXPECT_EQ(members("ipef", "2022-05-23").size(), 13u);
  EXPECT_FALSE(is_member("fji", "ipef", "2022-05-25"));
  EXPECT_EQ(members("ipef", "2022-05-26").size(), 14u);
}

// ---- NAFTA and USMCA (USTR:
// https://ustr.gov/trade-agreements/free-trade-agreements/united-states-mexico-canada-agreement):
// NAFTA in force 1 Jan 1994, superseded by the USMCA on 1 Jul 2020 ----

TEST(EmbeddedNorthAmericaTest, NaftaToUsmca) {
  EXPECT_EQ(parties("nafta", "1994-01-01"), (S{"can", "mex", "usa"}));
  EXPECT_EQ(parties("nafta", "2020-06-30").size(), 3u);
  EXPECT_TRUE(members("nafta", "2020-07-01").empty());
  EXPECT_EQ(parties("usmca", "2020-07-01"), (S{"can", "mex", "usa"}));
  EXPECT_EQ(role_of("usa", "usmca", "2020-06-30"), "signatory");
}

// ---- WTO: "Members and Observers", https://www.wto.org/english/thewto_e/whatis_e/tif_e/org6_e.htm
// (China 11 Dec 2001, Chinese Taipei 1 Jan 2002, Viet Nam 11 Jan 2007, Russia 22 Aug 2012,
// Timor-Leste 30 Aug 2024) ----

TEST(EmbeddedWtoTest, Accessions) {
  EXPECT_TRUE(is_member("jpn", "wto", "1995-01-01"));
  EXPECT_FALSE(is_member("chn", "wto", "2001-12-10"));
  EXPECT_TRUE(is_member("chn", "wto", "2001-12-11"));
  EXPECT_TRUE(is_member("twn", "wto", "2002-01-01"));
  EXPECT_FALSE(is_member("vnm", "wto", "2007-01-10"));
  EXPECT_TRUE(is_member("rus", "wto", "2012-08-22"));
  EXPECT_FALSE(is_member("tls", "wto", "2024-08-29"));
  EXPECT_TRUE(is_member("tls", "wto", "2024-08-30"));
}

// ---- UN Charter: signed at San Francisco 26 Jun 1945; "Member States",
// https://www.un.org/en/about-us/member-states (Japan 18 Dec 1956; both Koreas 17 Sep 1991;
// GA resolution 2758 of 25 Oct 1971 seats the PRC) ----

TEST(EmbeddedUnTest, AdmissionsAndChinaSeat) {
  EXPECT_EQ(role_of("usa", "un_charter", "1945-06-26"), "signatory");
  EXPECT_FALSE(is_member("jpn", "un_charter", "1956-12-17"));
  EXPECT_TRUE(is_member("jpn", "un_charter", "1956-12-18"));
  EXPECT_TRUE(is_member("twn", "un_charter", "1971-10-24"));
  EXPECT_FALSE(is_member("twn", "un_charter", "1971-10-25"));
  EXPECT_TRUE(is_member("chn", "un_charter", "1971-10-25"));
  EXPECT_FALSE(is_member("kor", "un_charter", "1991-09-16"));
  EXPECT_TRUE(is_member("prk", "un_charter", "1991-09-17"));
}

// ---- U.S.-Japan security treaties: 1951 Security Treaty signed 8 Sep 1951, in force
// 28 Apr 1952 (text: https://worldjpn.net/documents/texts/docs/19510908.T2E.html); Treaty of Mutual
// Cooperation and Security signed 19 Jan 1960, in force 23 Jun 1960 (MOFA,
// https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html) ----

TEST(EmbeddedUsJapanTest, TreatiesSignedAndInForce) {
  EXPECT_EQ(role_of("jpn", "us_japan_security_treaty_1951", "1951-09-08"), "signatory");
  EXPECT_EQ(role_of("jpn", "us_japan_security_treaty_1951", "1952-04-28"), "founding_member");
  EXPECT_TRUE(members("us_japan_security_treaty_1951", "1951-09-07").empty());
  EXPECT_TRUE(members("us_japan_security_treaty_1951", "1960-06-23").empty());
  EXPECT_EQ(parties("us_japan_security_treaty_1960", "1960-06-22"), S{});
  EXPECT_EQ(members("us_japan_security_treaty_1960", "1960-06-22"),
            (S{"jpn", "usa"}));  // signatories
  EXPECT_EQ(parties("us_japan_security_treaty_1960", "1960-06-23"), (S{"jpn", "usa"}));
  EXPECT_EQ(parties("us_japan_alliance", "1970-01-01"), (S{"jpn", "usa"}));
}

// Guidelines for U.S.-Japan Defense Cooperation: 27 Nov 1978, 23 Sep 1997 (SCC joint statement,
// https://www.mofa.go.jp/region/n-america/us/security/defense.html) and 27 Apr 2015
// (https://www.mofa.go.jp/files/000078188.pdf).
TEST(EmbeddedUsJapanTest, DefenseGuidelines) {
  EXPECT_TRUE(members("us_japan_defense_guidelines_1978", "1978-11-26").empty());
  EXPECT_EQ(members("us_japan_defense_guidelines_1978", "1978-11-27").size(), 2u);
  EXPECT_TRUE(members("us_japan_defense_guidelines_1978", "1997-09-23").empty());
  EXPECT_EQ(members("us_japan_defense_guidelines_1997", "1997-09-23").size(), 2u);
  EXPECT_TRUE(members("us_japan_defense_guidelines_1997", "2015-04-27").empty());
  EXPECT_EQ(members("us_japan_defense_guidelines_2015", "2015-04-27").size(), 2u);
}

// Host-nation support: the 2006 SMA expired on 31 Mar 2008 and the 2008 SMA entered into force on
// 1 May 2008 (MOFA, "The Agreement concerning New Special Measures ... Enters into Force",
// http://www.mofa.go.jp/announce/announce/2008/5/1179809_1010.html), so April 2008 had no SMA.
TEST(EmbeddedUsJapanTest, HostNationSupportGapInApril2008) {
  EXPECT_EQ(members("us_japan_hns_sma", "2008-03-31").size(), 2u);
  EXPECT_TRUE(members("us_japan_hns_sma", "2008-04-15").empty());
  EXPECT_EQ(members("us_japan_hns_sma", "2008-05-01").size(), 2u);
}

// Article V of the 1960 treaty (MOFA text above): each party acts against an armed attack on
// either party in the territories under the administration of Japan, in accordance with its
// constitutional provisions and processes.
TEST(EmbeddedUsJapanTest, ArticleFiveOfThe1960Treaty) {
  const Commitment* c = commitment("us_japan_1960_art5_usa");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->framework, "us_japan_security_treaty_1960");
  EXPECT_EQ(c->article, "V");
  EXPECT_EQ(c->by, (std::vector<std::string>{"usa"}));
  EXPECT_EQ(c->toward, (std::vector<std::string>{"jpn"}));
  EXPECT_EQ(c->type, CommitmentType::kDefense);
  EXPECT_NE(std::find(c->caveats.begin(), c->caveats.end(), Caveat::kConstitutionalProcesses),
            c->caveats.end());
  ASSERT_FALSE(c->triggers.empty());
  for (const auto& t : c->triggers) {
    EXPECT_NE(std::find(t.where.begin(), t.where.end(), "administered_by:jpn"), t.where.end());
  }
  EXPECT_EQ(commitment_start(*c), day("1960-06-23"));
  EXPECT_FALSE(c->to.has_value());
}

// ---- Other U.S. alliances: U.S.-ROK Mutual Defense Treaty signed 1 Oct 1953, in force
// 17 Nov 1954 (https://avalon.law.yale.edu/20th_century/kor001.asp); U.S.-Philippines MDT signed
// 30 Aug 1951, in force 27 Aug 1952 (https://avalon.law.yale.edu/20th_century/phil001.asp); ANZUS
// signed 1 Sep 1951, in force 29 Apr 1952 ([1952] ATS 2,
// https://www.austlii.edu.au/au/other/dfat/treaties/ATS/1952/2.html); U.S. obligations toward
// New Zealand suspended in 1986 (Press, 13 Aug 1986,
// https://paperspast.natlib.govt.nz/newspapers/CHP19860813.2.7; ATOP 5.1 alliance 3215) ----

TEST(EmbeddedAlliancesTest, KoreaPhilippinesAnzus) {
  EXPECT_EQ(role_of("kor", "us_rok_mutual_defense_treaty", "1953-10-01"), "signatory");
  EXPECT_EQ(role_of("kor", "us_rok_mutual_defense_treaty", "1954-11-16"), "signatory");
  EXPECT_EQ(role_of("kor", "us_rok_mutual_defense_treaty", "1954-11-17"), "founding_member");
  EXPECT_EQ(role_of("phl", "us_philippines_mutual_defense_treaty", "1952-08-26"), "signatory");
  EXPECT_EQ(parties("us_philippines_mutual_defense_treaty", "1952-08-27"), (S{"phl", "usa"}));
  EXPECT_EQ(parties("anzus", "1952-04-28"), S{});
  EXPECT_EQ(parties("anzus", "1952-04-29"), (S{"aus", "nzl", "usa"}));
  EXPECT_EQ(parties("anzus", "1987-01-01"), (S{"aus", "usa"}));
}

TEST(EmbeddedAlliancesTest, AnzusPledgeToNewZealandEndsIn1986) {
  const Commitment* c = commitment("anzus_art4_usa_nzl");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->by, (std::vector<std::string>{"usa"}));
  EXPECT_EQ(c->toward, (std::vector<std::string>{"nzl"}));
  EXPECT_EQ(c->type, CommitmentType::kDefense);
  ASSERT_TRUE(c->to.has_value());
  EXPECT_EQ(c->to->year(), 1986);
  EXPECT_EQ(commitment_start(*c), day("1952-04-29"));
  const Commitment* aus = commitment("anzus_art4_usa_aus");
  ASSERT_NE(aus, nullptr);
  EXPECT_FALSE(aus->to.has_value());
}

// ---- Adversary treaties: China-DPRK Treaty of Friendship, Cooperation and Mutual Assistance,
// signed 11 Jul 1961, in force 10 Sep 1961 (ATOP 5.1 alliance 3445); Russia-DPRK Treaty on
// Comprehensive Strategic Partnership, signed 19 Jun 2024, in force 4 Dec 2024 (Interfax/KCNA,
// https://interfax.com/newsroom/top-stories/108291/) ----

TEST(EmbeddedAdversaryTreatiesTest, ChinaAndRussiaWithNorthKorea) {
  EXPECT_EQ(role_of("prk", "china_dprk_treaty_1961", "1961-07-11"), "signatory");
  EXPECT_EQ(parties("china_dprk_treaty_1961", "1961-09-10"), (S{"chn", "prk"}));
  EXPECT_TRUE(members("russia_dprk_treaty_2024", "2024-06-18").empty());
  EXPECT_EQ(role_of("rus", "russia_dprk_treaty_2024", "2024-06-19"), "signatory");
  EXPECT_EQ(role_of("rus", "russia_dprk_treaty_2024", "2024-12-03"), "signatory");
  EXPECT_EQ(parties("russia_dprk_treaty_2024", "2024-12-04"), (S{"prk", "rus"}));
}

TEST(EmbeddedAdversaryTreatiesTest, RussiaDprkDefensePledgeFromEntryIntoForce) {
  int defense = 0;
  for (const auto& c : usjapan().commitments()) {
    if (c.framework != "russia_dprk_treaty_2024" || c.type != CommitmentType::kDefense) continue;
    ++defense;
    EXPECT_EQ(commitment_start(c), day("2024-12-04")) << c.id;
  }
  EXPECT_EQ(defense, 2);  // Article 4 binds each party toward the other
}

// ---- Minilaterals: the Quad (first meeting Manila, May 2007; Australia's withdrawal announced
// 5 Feb 2008; revived in Manila, 12 Nov 2017,
// https://www.mofa.go.jp/press/release/press4e_001789.html); AUKUS (joint leaders' statement, 15
// Sep 2021,
// https://www.gov.uk/government/news/uk-us-and-australia-launch-new-security-partnership);
// Five Eyes (NSA, UKUSA documents release, 2010) ----

TEST(EmbeddedMinilateralsTest, QuadAukusFiveEyes) {
  EXPECT_EQ(members("quad", "2007-06-01"), (S{"aus", "ind", "jpn", "usa"}));
  EXPECT_TRUE(members("quad", "2008-02-05").empty());
  EXPECT_TRUE(members("quad", "2012-01-01").empty());
  EXPECT_EQ(members("quad", "2017-11-12"), (S{"aus", "ind", "jpn", "usa"}));
  EXPECT_TRUE(members("aukus", "2021-09-14").empty());
  EXPECT_EQ(members("aukus", "2021-09-15"), (S{"aus", "gbr", "usa"}));
  S shared;
  const S quad = members("quad", "2024-06-01"), aukus = members("aukus", "2024-06-01");
  std::set_intersection(quad.begin(), quad.end(), aukus.begin(), aukus.end(),
                        std::inserter(shared, shared.end()));
  EXPECT_EQ(shared, (S{"aus", "usa"}));
  EXPECT_EQ(members("five_eyes", "1960-01-01"), (S{"aus", "can", "gbr", "nzl", "usa"}));
}

// ---- Arms control and the Korean War: INF Treaty signed 8 Dec 1987, in force 1 Jun 1988, ended
// with the U.S. withdrawal on 2 Aug 2019 (U.S. State Department,
// https://2009-2017.state.gov/t/avc/trty/102360.htm); Korean Armistice Agreement, 27 Jul 1953
// (National Archives,
// https://www.archives.gov/milestone-documents/armistice-agreement-for-restoration-of-korean-conflict);
// Six-Party Talks from 27 Aug 2003 (MOFA), North Korea's exit 14 Apr 2009 ----

TEST(EmbeddedArmsControlTest, InfArmisticeSixPartyTalks) {
  EXPECT_EQ(role_of("usa", "inf_treaty", "1988-05-31"), "signatory");
  EXPECT_EQ(parties("inf_treaty", "1988-06-01"), (S{"rus", "usa"}));
  EXPECT_EQ(parties("inf_treaty", "2019-08-01"), (S{"rus", "usa"}));
  EXPECT_TRUE(members("inf_treaty", "2019-08-02").empty());
  EXPECT_EQ(members("korean_armistice", "1953-07-27"), (S{"chn", "prk", "usa"}));
  EXPECT_FALSE(is_member("kor", "korean_armistice", "1953-07-27"));
  EXPECT_EQ(members("six_party_talks", "2003-08-27").size(), 6u);
  EXPECT_FALSE(is_member("prk", "six_party_talks", "2009-04-14"));
}

// ---- An actor's memberships on a date (memberships_on) ----

TEST(EmbeddedMembershipsOnTest, JapanAndUnitedKingdom) {
  const S jpn = frameworks_of("jpn", "2024-12-15");
  for (const char* f : {"cptpp", "rcep", "quad", "apec", "eas", "arf", "admm_plus", "g7", "g20",
                        "wto", "ipef", "us_japan_security_treaty_1960"}) {
    EXPECT_TRUE(jpn.count(f)) << f;
  }
  EXPECT_FALSE(jpn.count("tpp"));
  EXPECT_FALSE(jpn.count("aukus"));
  EXPECT_TRUE(frameworks_of("gbr", "2024-12-15").count("cptpp"));
  EXPECT_FALSE(frameworks_of("gbr", "2024-12-15").count("rcep"));
}

// ---- Actors that did not exist yet are members of nothing (independence dates: CIA World
// Factbook, "Independence", https://www.cia.gov/the-world-factbook/field/independence/) ----

TEST(EmbeddedExistenceTest, NoMembershipBeforeAnActorExists) {
  const Model& m = usjapan();
  std::map<std::string, int> checked;  // actor -> memberships compared with its independence
  std::set<std::string> pre;           // actors with a row marked "before independence"
  for (const auto& ms : m.memberships()) {
    const Actor* a = m.actor(ms.actor);
    ASSERT_NE(a, nullptr) << ms.actor;
    // Some bodies (the ADB) admitted territories before independence; such rows must say so.
    const bool pre_independence = ms.note.find("before independence") != std::string::npos;
    if (pre_independence) pre.insert(ms.actor);
    if (a->from && ms.from && !pre_independence) {
      ++checked[ms.actor];
      EXPECT_GE(ms.from->as_start(), a->from->as_start()) << ms.actor << " in " << ms.framework;
    }
    if (a->to && ms.from) {
      EXPECT_LT(ms.from->as_start(), a->to->as_start()) << ms.actor;
    }
  }
  // The loop above compares something: every actor of the model with an independence (or, for
  // the African Union, founding) date has memberships to compare - the states of
  // actors/states.toml with a "from" - and the ADB rows of Fiji, Kiribati, Papua New Guinea and
  // the Solomon Islands are the ones marked as admitted before independence. (No actor has an
  // end date today, so the second comparison has nothing to check yet.)
  std::set<std::string> actors;
  for (const auto& [actor, n] : checked) actors.insert(actor);
  EXPECT_EQ(actors,
            (std::set<std::string>{"african_union", "bgd", "blr", "brn", "fji", "fsm", "kaz", "khm",
                                   "kir",           "mdv", "mhl", "mys", "nru", "plw", "png", "sgp",
                                   "slb",           "tls", "ton", "tuv", "ukr", "vut", "wsm"}));
  EXPECT_EQ(pre, (std::set<std::string>{"fji", "kir", "png", "slb"}));
  EXPECT_GE(checked["brn"], 1);
  EXPECT_GE(checked["tls"], 1);
  EXPECT_TRUE(frameworks_of("tls", "2002-05-19").empty());
  EXPECT_TRUE(frameworks_of("brn", "1983-12-31").empty());
}

// ---- Sources and codes ----

TEST(EmbeddedSourcesTest, EveryEntityAndMembershipHasASource) {
  const Model& m = usjapan();
  for (const auto& a : m.actors()) EXPECT_FALSE(a.sources.empty()) << a.id;
  for (const auto& p : m.places()) EXPECT_FALSE(p.sources.empty()) << p.id;
  for (const auto& r : m.regions()) EXPECT_FALSE(r.sources.empty()) << r.id;
  for (const auto& f : m.frameworks()) EXPECT_FALSE(f.sources.empty()) << f.id;
  for (const auto& c : m.commitments()) EXPECT_FALSE(c.sources.empty()) << c.id;
  for (const auto& ms : m.memberships()) {
    EXPECT_FALSE(ms.sources.empty()) << ms.actor << " in " << ms.framework;
  }
}

TEST(EmbeddedSourcesTest, EveryStateHasIso3AndCowCode) {
  // States without a Correlates of War code would be listed here; every state of the model has one.
  const std::set<std::string> no_cow = {};
  int states = 0;
  for (const auto& a : usjapan().actors()) {
    if (a.kind != ActorKind::kState) continue;
    ++states;
    EXPECT_EQ(a.iso3.size(), 3u) << a.id;
    std::string lower = a.iso3;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(lower, a.id) << "a state's id is its ISO3 code in lower case";
    if (!no_cow.count(a.id)) {
      EXPECT_TRUE(a.cow.has_value()) << a.id;
    }
  }
  EXPECT_GE(states, 55);
}

TEST(EmbeddedValidateTest, NoErrors) {
  const std::string dir = std::string(LATTICE_SOURCE_DIR) + "/data/usjapan";
  LoadResult r = load_model_folder(dir);
  EXPECT_FALSE(r.diagnostics.has_errors());
  EXPECT_EQ(r.diagnostics.error_count(), 0u);
  const auto cli = lattice::testing::run_cli({"validate", "--model", dir});
  EXPECT_EQ(cli.status, 0) << cli.out << cli.err;
  // The embedded copy compiled into the binary validates too.
  const auto embedded = lattice::testing::run_cli({"validate"});
  EXPECT_EQ(embedded.status, 0) << embedded.out << embedded.err;
  EXPECT_NE(embedded.out.find("0 error(s)"), std::string::npos) << embedded.out;
}

}  // namespace
}  // namespace lattice::model
