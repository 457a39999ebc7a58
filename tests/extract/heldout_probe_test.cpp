// A held-out probe of the extractors: sentences written for this test in the style of
// think-tank reports, op-eds, press releases, conference summaries and joint statements about the
// U.S.-Japan alliance and the Indo-Pacific (none taken from the corpus), each labelled by hand per
// ../shared/gold/README.md. Every item runs through the real pipeline (text::segment, the
// embedded model's MentionFinder, find_recommendations, find_claims) on its own, after a short
// preamble that makes the text an alliance document. The test prints the pass rate per category,
// asserts a minimum overall rate and asserts every item marked non-negotiable.
//
// Labelling decisions where the README is silent:
// * "should not", "must not", "must never" prescribe (a prohibition is a future action asked of
//   an actor); "need not", "do not need to" lift an obligation and prescribe nothing.
// * "should have + participle" is retrospective criticism, not a future action: none.
// * An inverted conditional ("Should X happen, ...") does not prescribe by itself; the main
//   clause decides.
// * "over five years" describing the period of a spending plan is a future horizon, excluded
//   like "for the next 60 years"; the planned amount itself is a claim.
// * Fractions of a whole ("a third", "two-thirds", "half of") are percent (33.3, 66.7, 50);
//   "double", "twice as", "three times as", "half that of" are ratios.
// * A range ("between 10 and 25 percent", "2-3 percent") is one claim; its quantity is not
//   checked.
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/claim_finder.h"
#include "extract/mention_finder.h"
#include "extract/recommendation_finder.h"
#include "model/loader.h"
#include "text/segmenter.h"

namespace lattice::extract {
namespace {

using model::ClaimUnit;
using model::Modality;

const model::Model& embedded() {
  static const std::shared_ptr<const model::Model> m = [] {
    model::LoadResult r = model::load_model_folder("");
    return r.model;
  }();
  if (!m) throw std::runtime_error("embedded model did not load");
  return *m;
}

const MentionFinder& finder() {
  static const MentionFinder f(embedded());
  return f;
}

// Names both allies often enough to make an alliance document; holds no recommendation or claim.
const std::string kPreamble =
    "Japan and the United States met in Tokyo. Japan hosted the United States again.\n\n";

enum class Want { kCertain, kBorderline, kNone };

struct RecItem {
  const char* category;
  const char* text;
  Want want;
  std::optional<Modality> modality = std::nullopt;  // checked when set (certain items)
  std::set<std::string> actors = {};                // checked when not empty
  bool critical = false;
};

constexpr auto M = Modality::kMust;
constexpr auto S = Modality::kShould;
constexpr auto C = Modality::kCould;
constexpr auto I = Modality::kImperative;
constexpr auto kC = Want::kCertain;
constexpr auto kB = Want::kBorderline;
constexpr auto kN = Want::kNone;

// clang-format off
const std::vector<RecItem> kRecItems = {
    // Modal verbs with various subjects.
    {"modal-subject", "The United States should station additional minesweepers in the Sea of Japan.", kC, S, {"usa"}, true},
    {"modal-subject", "Japan should loosen its restrictions on selling defense equipment to Southeast Asian partners.", kC, S, {"jpn"}, true},
    {"modal-subject", "Tokyo should appoint a full-time envoy for economic security.", kC, S, {"jpn"}, true},
    {"modal-subject", "Washington must give its allies earlier notice before imposing new tariffs.", kC, M, {"usa"}, true},
    {"modal-subject", "Congress should authorize multiyear procurement for munitions bound for the Pacific.", kC, S},
    {"modal-subject", "The Diet should pass a law creating a security clearance system for private firms.", kC, S},
    {"modal-subject", "The Pentagon should move more of its logistics hubs out of range of Chinese missiles.", kC, S},
    {"modal-subject", "The alliance must prepare for simultaneous crises on the Korean Peninsula and in the Taiwan Strait.", kC, M, {"us_japan_alliance"}, true},
    {"modal-subject", "Both governments should publish a joint assessment of supply chain risks every year.", kC, S, {"us_japan_alliance"}},
    {"modal-subject", "Allied leaders should meet annually with their Philippine counterparts.", kC, S},
    {"modal-subject", "Policymakers should treat space as a warfighting domain in alliance planning.", kC, S},
    {"modal-subject", "The next administration should make an early visit to Tokyo a priority.", kC, S},
    {"modal-subject", "The Quad should create a working group on undersea cables.", kC, S, {"quad"}},
    {"modal-subject", "The allies should use ASEAN meetings to build support for the law of the sea.", kC, S, {"us_japan_alliance"}},
    {"modal-subject", "Tokyo must decide soon whether to join the new sensor network.", kC, M},
    {"modal-subject", "Japan could consider joining the advanced capabilities work of the AUKUS partners.", kC, C},
    // Labels before imperatives.
    {"label-imperative", "Recommendation 4: Establish a joint cyber defense center on Okinawa.", kC, I, {}, true},
    {"label-imperative", "Action item: Fund a shared stockpile of precision munitions in the region.", kC, I, {}, true},
    {"label-imperative", "Priority 1: Integrate allied command structures before the end of the decade.", kC, I, {}, true},
    // Other prescriptive constructions.
    {"periphrastic", "Policymakers in Tokyo would do well to deepen intelligence ties with Canberra.", kC, S, {}, true},
    {"periphrastic", "Washington ought to rejoin the regional trade pact it walked away from.", kC, S, {"usa"}, true},
    {"periphrastic", "It is time for Japan to open its civilian airports to allied military aircraft.", kC, S, {"jpn"}, true},
    {"periphrastic", "The time has come for Seoul and Tokyo to set aside their historical grievances.", kC, S, {}, true},
    {"periphrastic", "Japan is well advised to diversify its sources of rare earth elements.", kC, S, {"jpn"}, true},
    {"periphrastic", "We propose that the two governments establish a standing crisis hotline.", kC, S, {}, true},
    {"periphrastic", "We call on Congress to fund a new training range in northern Australia.", kC, S, {}, true},
    {"periphrastic", "The command structure needs to be modernized before a crisis erupts.", kC, M, {}, true},
    {"periphrastic", "U.S. Forces Japan should be given operational command authority.", kC, S, {"usa"}},
    {"periphrastic", "The host nation support agreement should be renegotiated on a multiyear basis.", kC, S, {}, true},
    {"periphrastic", "Alliance coordination mechanisms must be strengthened at every level.", kC, M, {}, true},
    {"periphrastic", "It is incumbent on both allies to explain the value of the alliance to their publics.", kC, M, {}, true},
    {"periphrastic", "There is an urgent need for a trilateral framework on critical minerals.", kC, M, {}, true},
    {"periphrastic", "The priority should be a joint plan for protecting the sea lanes through the Malacca Strait.", kC, S},
    {"periphrastic", "We recommend that Japan acquire long-range strike capabilities.", kC, S, {"jpn"}, true},
    {"periphrastic", "It is imperative that Tokyo and Washington agree on a common approach to export controls.", kC, M, {"us_japan_alliance"}, true},
    {"periphrastic", "It is essential to expand allied shipbuilding capacity.", kC, M, {}, true},
    {"periphrastic", "It is critical that the allies coordinate their messaging toward Beijing.", kC, M, {}, true},
    {"periphrastic", "It is vital for the Diet to approve the increase in the defense budget.", kC, M},
    {"periphrastic", "It is necessary to revise the roles and missions of the two militaries.", kC, M, {}, true},
    {"periphrastic", "Greater investment in allied munitions production is needed.", kC, M, {}, true},
    {"periphrastic", "New legislation is required to let Japan share classified data with partners.", kC, M},
    {"periphrastic", "There is a need for closer coordination among the coast guards of the region.", kC, M, {}, true},
    {"periphrastic", "This brief calls for a permanent trilateral secretariat.", kC, S},
    {"periphrastic", "We urge Tokyo to join the multinational patrols in the South China Sea.", kC, S, {"jpn"}, true},
    {"periphrastic", "We encourage the allies to invite India to their annual exercises.", kC, S, {}, true},
    {"periphrastic", "Tokyo should not wait for Washington before launching its own outreach to the Pacific Islands.", kC, S, {"jpn"}, true},
    {"periphrastic", "Japan must never allow its defense industrial base to wither again.", kC, M, {"jpn"}},
    // Endorsed reported views.
    {"endorsed", "The authors recommend that the alliance adopt a shared threat assessment.", kC, S, {}, true},
    {"endorsed", "Participants agreed that Japan should take a larger role in regional capacity building.", kC, S, {"jpn"}, true},
    {"endorsed", "The group recommends expanding the exchange program for junior officers.", kC, S},
    {"endorsed", "Speakers urged both governments to move faster on joint development of interceptors.", kC, S},
    // Headings, bullets and bold lead-ins.
    {"heading", "- Expand joint training with the Philippines and Australia", kC, I, {}, true},
    {"heading", "## Strengthen Extended Deterrence", kC, I, {}, true},
    {"heading", "1. **Deepen cooperation.** The allies should pool their research budgets for hypersonic defense.", kC, std::nullopt, {}, true},
    {"heading", "## Expanding Cooperation in Space", kN, std::nullopt, {}, true},
    {"heading", "## Next Steps", kN, std::nullopt, {}, true},
    {"heading", "## Building a Stronger Alliance", kN},
    {"heading", "Expand the Quad Agenda .......... 17", kN},
    // Long sentences and clause structure.
    {"clause", "Because the security environment has deteriorated faster than the drafters of the last guidelines anticipated, and because new domains such as cyberspace and outer space now shape the military balance, the two governments should revise the guidelines again.", kC, S, {"us_japan_alliance"}, true},
    {"clause", "Given the scale of Chinese shipbuilding, Japan and the United States should jointly invest in repair yards across the region.", kC, S, {"jpn", "usa"}},
    {"clause", "If the alliance is to remain credible, it will have to field more capable air defenses.", kC, M},
    {"clause", "Unless Tokyo raises its spending, Washington must shoulder a larger share of the burden.", kC, M, {"usa"}},
    {"clause", "If a crisis breaks out in the Taiwan Strait, Japan should be ready to support U.S. forces from its bases.", kC, S, {"jpn"}},
    {"clause", "Should the allies fail to agree, they should fall back on bilateral channels.", kC, S, {}, true},
    // Not prescriptions: conditionals, questions, negated need, hypotheticals, forecasts.
    {"conditional", "Should deterrence weaken, Japan could face new pressure around the Senkakus.", kN, std::nullopt, {}, true},
    {"conditional", "Should Beijing move against Taiwan, bases in Japan would be targeted within hours.", kN, std::nullopt, {}, true},
    {"conditional", "If Japan should decide to acquire such weapons, the region would react sharply.", kN, std::nullopt, {}, true},
    {"conditional", "Deterrence could erode if the allies do not adapt.", kN},
    {"question", "Should Japan acquire nuclear-powered submarines?", kN, std::nullopt, {}, true},
    {"question", "How should the allies respond to economic coercion?", kN, std::nullopt, {}, true},
    {"question", "Whether Japan should revise its constitution remains a matter of debate.", kN, std::nullopt, {}, true},
    {"negation", "Japan need not choose between its alliance and its trade with China.", kN, std::nullopt, {}, true},
    {"negation", "The allies do not need to match China ship for ship.", kN, std::nullopt, {}, true},
    {"past", "Washington should have consulted Tokyo before announcing the tariffs.", kN, std::nullopt, {}, true},
    {"past", "The negotiators must have known the deal would be unpopular.", kN},
    {"past", "In the last decade, Tokyo adopted a new national security strategy.", kN, std::nullopt, {}, true},
    {"past", "The United States has deployed new missile units to the southwestern islands.", kN, std::nullopt, {}, true},
    {"past", "The two leaders agreed to upgrade the command relationship of their forces.", kN},
    {"forecast", "Japan will likely raise its defense budget again next year.", kN, std::nullopt, {}, true},
    {"forecast", "The new joint command is expected to open next spring.", kN, std::nullopt, {}, true},
    {"forecast", "China is likely to expand its coast guard fleet.", kN, std::nullopt, {}, true},
    {"hypothetical", "A war over Taiwan would devastate the regional economy.", kN, std::nullopt, {}, true},
    {"hypothetical", "Failure to act would leave the alliance exposed to coercion.", kN},
    {"epistemic", "It should be clear by now that economic and military security are linked.", kN, std::nullopt, {}, true},
    {"epistemic", "There should be little doubt that Seoul values its ties with Washington.", kN, std::nullopt, {}, true},
    {"expectation", "The revised guidelines should enable closer operational planning.", kB},
    // Reported views not adopted.
    {"reported", "Critics say Japan should stay out of any conflict over Taiwan.", kN, std::nullopt, {}, true},
    {"reported", "Beijing demands that Tokyo stop its patrols near the islands.", kN, std::nullopt, {}, true},
    {"reported", "Some in Washington argue that the alliance must be rebalanced toward Japan's own defense.", kN, std::nullopt, {}, true},
    {"reported", "Pyongyang has warned that the exercises must stop.", kN, std::nullopt, {}, true},
    {"reported", "Many Japanese voters believe the government should focus on the economy instead.", kN, std::nullopt, {}, true},
    {"reported", "Washington wants Tokyo to pay more for the upkeep of U.S. bases.", kN},
    {"reported", "Participants praised the progress made on the relocation of Futenma.", kN},
    {"reported", "Officials in both capitals hope that the talks will resume soon.", kN},
    // Boilerplate.
    {"boilerplate", "She previously served as deputy assistant secretary of defense for East Asia.", kN, std::nullopt, {}, true},
    {"boilerplate", "The views expressed in this report are solely those of the authors and should not be attributed to any government.", kN, std::nullopt, {}, true},
    {"boilerplate", "Please contact the press office to arrange interviews.", kN, std::nullopt, {}, true},
    {"boilerplate", "This report draws on interviews with more than 40 officials.", kN},
    {"description", "The treaty requires the United States to act against an armed attack on territories under Japanese administration.", kN},
    {"description", "It remains unclear what role Australia would play.", kN},
    {"opportunity", "Another opportunity would be a regular dialogue among the coast guards.", kB},
    // A second batch, written after the rules above were fixed, to measure generalisation.
    {"modal-subject", "Going forward, Tokyo and Seoul should institutionalize their trilateral defense talks with Washington.", kC, S},
    {"modal-subject", "In our view, the United States must restore funding for public diplomacy programs in the region.", kC, M, {"usa"}},
    {"clause", "To deter coercion, the allies need to harden their ports and airfields.", kC, M, {"us_japan_alliance"}},
    {"modal-subject", "Above all, the alliance should avoid surprises on trade.", kC, S, {"us_japan_alliance"}},
    {"modal-subject", "The Japanese government should, at a minimum, publish its criteria for approving arms exports.", kC, S, {"jpn"}},
    {"modal-subject", "Washington and Tokyo should also consider a joint fund for undersea cable repair.", kC, S, {"us_japan_alliance"}},
    {"periphrastic", "A standing trilateral secretariat is urgently needed.", kC, M},
    {"periphrastic", "More attention must be paid to the Pacific Islands.", kC, M},
    {"periphrastic", "The coast guard of Japan should be granted authority to escort fishing vessels.", kC, S},
    {"periphrastic", "It would be helpful for the two militaries to share a common operational picture.", kC, C},
    {"periphrastic", "Japan would be wise to hedge against a U.S. retreat from the region.", kC},
    {"periphrastic", "The two governments are urged to finalize the agreement before the summit.", kC, S},
    {"periphrastic", "Neither government should underestimate the risk of escalation.", kC, S},
    {"modal-subject", "The alliance should mark its 70th anniversary with a new vision statement.", kC, S},
    {"heading", "- Establish a permanent coordination cell at Yokota", kC, I},
    {"heading", "* Reform the formula for host-nation support", kC, I},
    {"heading", "### Revisit the Status of Forces Agreement", kC, I},
    {"heading", "## Why the Alliance Matters", kN},
    {"heading", "## Conclusion", kN},
    {"heading", "## Recommendations for the Next Administration", kN},
    {"conditional", "If the allies cannot agree on export rules, Beijing will exploit the gap.", kN},
    {"question", "Japan has not yet decided whether it should join the initiative.", kN},
    {"question", "It is not clear whether the Quad should take on a security role.", kN},
    {"forecast", "The Pentagon is expected to announce the new posture review in the spring.", kN},
    {"reported", "Officials in Tokyo said the government must act before the next election.", kN},
    {"reported", "Seoul insists that Tokyo must apologize again.", kN},
    {"reported", "The Chinese foreign ministry urged Japan to stop interfering in Taiwan affairs.", kN},
};
// clang-format on

struct ClaimExp {
  std::string text;
  double quantity = 0;  // negative: not checked (ranges)
  ClaimUnit unit = ClaimUnit::kCount;
  int year = 0;  // 0: not checked; -1: null
};

struct ClaimItem {
  const char* category;
  const char* text;
  std::vector<ClaimExp> want;
  bool critical = false;
};

constexpr auto U = ClaimUnit::kUsd;
constexpr auto P = ClaimUnit::kPercent;
constexpr auto R = ClaimUnit::kRatio;
constexpr auto N = ClaimUnit::kCount;
constexpr auto Y = ClaimUnit::kYears;
constexpr auto O = ClaimUnit::kOther;

// Items are documents of 2023 (the year passed to find_claims).
// clang-format off
const std::vector<ClaimItem> kClaimItems = {
    // Money.
    {"money", "Japan's defense budget this year is \u00A56.8 trillion.", {{"\u00A56.8 trillion", 6.8e12, O, 2023}}, true},
    {"money", "The United States spends roughly $850 billion a year on defense.", {{"roughly $850 billion", 8.5e11, U}}, true},
    {"money", "Washington has requested US$500 million in additional host-nation funding.", {{"US$500 million", 5e8, U}}, true},
    {"money", "Tokyo pledged 4.3 trillion yen for the relocation and realignment costs.", {{"4.3 trillion yen", 4.3e12, O}}, true},
    {"money", "The European Union committed \u20AC2 billion to maritime security programs in the region.", {{"\u20AC2 billion", 2e9, O}}, true},
    {"money", "The program has cost billions of dollars since its launch.", {{"billions of dollars", 1e9, U}}},
    {"money", "Japan's official development assistance totaled $17.5 billion in 2022.", {{"$17.5 billion", 1.75e10, U, 2022}}, true},
    {"money", "Economic damage could reach $2 trillion in a blockade scenario.", {{"$2 trillion", 2e12, U}}},
    {"money", "Japan plans to spend \u00A543 trillion over five years.", {{"\u00A543 trillion", 4.3e13, O}}, true},
    // Percentages and fractions.
    {"percent", "Support for the alliance stands at 78 percent among Japanese voters.", {{"78 percent", 78, P, 2023}}, true},
    {"percent", "Defense spending rose by 0.3 percentage points of GDP last year.", {{"0.3 percentage points", 0.3, P}}, true},
    {"percent", "Japan imports 90 percent of its energy.", {{"90 percent", 90, P}}, true},
    {"percent", "Defense spending reached 1.6% of GDP in 2023.", {{"1.6%", 1.6, P, 2023}}, true},
    {"percent", "Seoul's trade surplus with Washington grew 40% between 2019 and 2022.", {{"40%", 40, P}}, true},
    {"percent", "Roughly 60 percent of global trade passes through Asian sea lanes.", {{"Roughly 60 percent", 60, P}}, true},
    {"percent", "Japan's spending remained at about 1 percent of GDP for decades.", {{"about 1 percent", 1, P}}},
    {"fraction", "Roughly a third of Japan's energy imports pass through the South China Sea.", {{"Roughly a third", 100.0 / 3, P}}},
    {"fraction", "Nearly two-thirds of respondents backed closer ties with Australia.", {{"Nearly two-thirds", 200.0 / 3, P}}},
    {"fraction", "Half of the region's container traffic moves through Chinese ports.", {{"Half", 50, P}}},
    {"range", "Tariffs of between 10 and 25 percent apply to Japanese steel.", {{"", -1, P}}},
    {"range", "Growth of 2\u20133 percent a year is forecast for the region.", {{"", -1, P}}},
    // Ratios.
    {"ratio", "China's defense budget is nearly three times as large as Japan's.", {{"nearly three times", 3, R}}, true},
    {"ratio", "Japan's economy is twice as large as that of South Korea.", {{"twice", 2, R}}, true},
    {"ratio", "Bilateral trade reached $220 billion, nearly double the level of 2012.", {{"$220 billion", 2.2e11, U}, {"nearly double", 2, R}}, true},
    {"ratio", "The space budget of the Self-Defense Forces is half that of the Pentagon's space program.", {{"half", 0.5, R}}},
    // Counts.
    {"count", "About 54,000 U.S. troops are stationed in Japan.", {{"About 54,000 U.S. troops", 54000, N, 2023}}, true},
    {"count", "The Self-Defense Forces have about 247,000 personnel.", {{"about 247,000 personnel", 247000, N}}, true},
    {"count", "More than 1,200 companies have signed on to the initiative.", {{"More than 1,200 companies", 1200, N}}, true},
    {"count", "Japan hosts 85 U.S. military facilities.", {{"85 U.S. military facilities", 85, N}}, true},
    {"count", "North Korea launched more than 30 ballistic missiles last year.", {{"more than 30 ballistic missiles", 30, N}}, true},
    {"count", "The exercise involved 12 nations and 40 ships.", {{"12 nations", 12, N}, {"40 ships", 40, N}}, true},
    {"count", "Some 18,000 Marines are based on Okinawa.", {{"Some 18,000 Marines", 18000, N}}},
    {"count", "The Quad leaders pledged to deliver one billion vaccine doses.", {{"one billion vaccine doses", 1e9, N}}},
    {"count", "China's navy is now larger than the U.S. Navy by about 60 ships.", {{"about 60 ships", 60, N}}},
    {"count", "The ministers have met three times since January.", {{"three times", 3, N}}, true},
    {"count", "The allies held 25 joint exercises in 2022.", {{"25 joint exercises", 25, N, 2022}}, true},
    {"count", "This report draws on interviews with more than 40 officials.", {{"more than 40 officials", 40, N}}},
    {"count", "Japan has held the G20 presidency once, in 2019.", {{"once", 1, N, 2019}}},
    // Durations.
    {"duration", "The alliance has endured for more than six decades.", {{"more than six decades", 60, Y, -1}}, true},
    {"duration", "Ten years ago, few analysts expected Japan to export missiles.", {{"Ten years", 10, Y, -1}}, true},
    {"duration", "For over a year, the two sides have negotiated the terms.", {{"over a year", 1, Y, -1}}},
    {"duration", "Japan's population has fallen for 14 straight years.", {{"14 straight years", 14, Y, -1}}, true},
    {"duration", "Chinese coast guard ships entered the contiguous zone on 352 days last year.", {{"352 days", 352, O}}},
    // Exclusions.
    {"exclusion", "The 7th Fleet is based at Yokosuka, and the G7 summit met in Hiroshima in May 2023.", {}, true},
    {"exclusion", "Call the program office at 202-555-0143 or see page 14 of the annex.", {}, true},
    {"exclusion", "Article 9 of the constitution renounces war.", {}, true},
    {"exclusion", "Section 301 tariffs hit Japanese firms hard.", {}, true},
    {"exclusion", "The F-35 and the MQ-9 are central to the plan.", {}, true},
    {"exclusion", "The 2+2 meeting addressed 5G security and Covid-19 recovery.", {}, true},
    {"exclusion", "UN Security Council Resolution 1718 bans arms sales to North Korea.", {}, true},
    {"exclusion", "The Six-Party Talks collapsed long ago, but the Five Eyes network endures.", {}, true},
    {"exclusion", "The two countries signed the accord in Tokyo.", {}, true},
    {"exclusion", "This chapter offers five recommendations.", {}, true},
    {"exclusion", "The 1960 treaty marked its 60th anniversary in 2020.", {}, true},
    {"exclusion", "Japan ranks as the world's third-largest economy.", {}, true},
    {"exclusion", "For the next 10 years, Japan will spend heavily on shipbuilding.", {}, true},
    {"exclusion", "See the ministry's 2022 white paper, p. 45.", {}, true},
    {"exclusion", "1776 Massachusetts Avenue NW, Washington, DC 20036", {}, true},
    {"exclusion", "Prime Minister Kishida pledged in 2022 to build up the country's defenses within five years.", {}},
    // A second batch, written after the rules above were fixed.
    {"percent", "Japan's defense spending rose 26 percent in fiscal 2023.", {{"26 percent", 26, P, 2023}}},
    {"ratio", "China's military budget has tripled since 2010.", {{"tripled", 3, R}}},
    {"fraction", "Exports to the region fell by a quarter last year.", {{"a quarter", 25, P}}},
    {"fraction", "The yen has lost about a third of its value against the dollar.", {{"about a third", 100.0 / 3, P}}},
    {"exclusion", "The security treaty was signed in 1960 and revised in 1970.", {}},
    {"money", "Japan contributes about \u00A5200 billion a year to host-nation support.", {{"about \u00A5200 billion", 2e11, O}}},
    {"count", "The two sides held four rounds of talks in 2021.", {{"four rounds", 4, N, 2021}}},
    {"count", "Japan ranked 27th among 38 OECD countries.", {{"38 OECD countries", 38, N}}},
    {"money", "The budget request totals JPY 7.7 trillion.", {{"JPY 7.7 trillion", 7.7e12, O}}},
    {"percent", "Over 70% of Okinawans opposed the relocation.", {{"Over 70%", 70, P}}},
    {"percent", "The population of Japan is projected to shrink by 30 percent by 2070.", {{"30 percent", 30, P}}},
    {"exclusion", "Page 3 of 24", {}},
};
// clang-format on

struct Tally {
  int pass = 0, total = 0;
};

void report(const char* what, const std::map<std::string, Tally>& by_category) {
  int pass = 0, total = 0;
  for (const auto& [cat, t] : by_category) {
    std::cout << "  " << what << " " << cat << ": " << t.pass << "/" << t.total << "\n";
    pass += t.pass;
    total += t.total;
  }
  std::cout << what << " probe: " << pass << "/" << total << "\n";
}

TEST(HeldoutProbe, Recommendations) {
  std::map<std::string, Tally> by_category;
  int pass = 0, total = 0;
  for (const auto& item : kRecItems) {
    const std::string text = kPreamble + item.text + "\n";
    const auto hits = find_recommendations(text, text::segment(text), finder());
    std::vector<RecommendationHit> mine;
    for (const auto& h : hits)
      if (h.start >= kPreamble.size()) mine.push_back(h);
    if (item.want == Want::kBorderline) continue;  // counts neither way
    bool ok = item.want == Want::kNone ? mine.empty() : !mine.empty();
    std::string why;
    if (ok && item.want == Want::kCertain) {
      if (item.modality && mine[0].modality != *item.modality) {
        ok = false;
        why = " modality " + std::string(model::name(mine[0].modality));
      }
      const std::set<std::string> got(mine[0].actors.begin(), mine[0].actors.end());
      if (!item.actors.empty() && got != item.actors) {
        ok = false;
        why += " actors";
        for (const auto& a : got) why += " " + a;
      }
    }
    if (!ok && why.empty()) why = mine.empty() ? " missed" : " false positive";
    auto& t = by_category[item.category];
    ++t.total;
    ++total;
    if (ok) {
      ++t.pass;
      ++pass;
    } else {
      std::cout << "FAIL [" << item.category << "]" << why << ": " << item.text << "\n";
    }
    if (item.critical) {
      EXPECT_TRUE(ok) << item.text << why;
    }
  }
  report("recommendations", by_category);
  EXPECT_GE(total, 80);
  EXPECT_GE(pass, total * 9 / 10);
}

TEST(HeldoutProbe, Claims) {
  std::map<std::string, Tally> by_category;
  int pass = 0, total = 0;
  for (const auto& item : kClaimItems) {
    const std::string text = kPreamble + item.text + "\n";
    const auto hits = find_claims(text, text::segment(text), 2023);
    std::vector<ClaimHit> mine;
    for (const auto& h : hits)
      if (h.start >= kPreamble.size()) mine.push_back(h);
    bool ok = mine.size() == item.want.size();
    std::string why = ok ? "" : " found " + std::to_string(mine.size());
    for (size_t k = 0; ok && k < mine.size(); ++k) {
      const auto& e = item.want[k];
      const std::string span = text.substr(mine[k].start, mine[k].end - mine[k].start);
      if (!e.text.empty() && span != e.text) ok = false;
      if (e.quantity >= 0 && std::abs(mine[k].quantity - e.quantity) > 1e-6 * e.quantity)
        ok = false;
      if (mine[k].unit != e.unit) ok = false;
      if (e.year == -1 && mine[k].year) ok = false;
      if (e.year > 0 && mine[k].year != e.year) ok = false;
      if (!ok)
        why = " got '" + span + "' " + std::to_string(mine[k].quantity) + " " +
              std::string(model::name(mine[k].unit)) + " year " +
              (mine[k].year ? std::to_string(*mine[k].year) : "null");
    }
    if (!ok && !mine.empty() && mine.size() != item.want.size())
      for (const auto& h : mine) why += " '" + text.substr(h.start, h.end - h.start) + "'";
    auto& t = by_category[item.category];
    ++t.total;
    ++total;
    if (ok) {
      ++t.pass;
      ++pass;
    } else {
      std::cout << "FAIL [" << item.category << "]" << why << ": " << item.text << "\n";
    }
    if (item.critical) {
      EXPECT_TRUE(ok) << item.text << why;
    }
  }
  report("claims", by_category);
  EXPECT_GE(total, 50);
  EXPECT_GE(pass, total * 9 / 10);
}

// No rule may be quadratic in the length of a unit: one sentence of about 1 MB, full of cues,
// mentions and numbers, is extracted. Quadratic work would be ~10^12 steps (hours under the
// sanitizers) and the CTest timeout fails it; no clock is read here (the speed is measured in
// bench/long_inputs.cpp).
TEST(HeldoutProbe, LongSentenceIsLinear) {
  std::string text = kPreamble;
  const std::string piece =
      "the allies should expand cooperation with Japan, the United States and Australia, which "
      "critics say must spend $5 billion, or 2 percent, on 300 ships that are needed, ";
  while (text.size() < (1u << 20)) text += piece;
  text += "and more.\n";
  // The segmenter cuts very long runs; the finders must not rely on it, so they also get the
  // whole sentence as one unit.
  for (const bool whole : {false, true}) {
    const auto units = whole ? std::vector<text::Unit>{{kPreamble.size(), text.size() - 1,
                                                        text::UnitKind::kSentence}}
                             : text::segment(text);
    const auto recs = find_recommendations(text, units, finder());
    const auto claims = find_claims(text, units, 2023);
    std::cout << "1 MB sentence" << (whole ? " as one unit: " : ": ") << recs.size()
              << " recommendations, " << claims.size() << " claims\n";
    EXPECT_FALSE(recs.empty());
    EXPECT_FALSE(claims.empty());
  }
}

}  // namespace
}  // namespace lattice::extract
