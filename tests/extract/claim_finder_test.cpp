// Tests of the quantitative-claim finder: one test per rule of ../shared/gold/README.md section B
// (numbers, units, approximators, exclusions, year, document year) on invented sentences, and the
// precision/recall targets on the two annotated documents.
#include "extract/claim_finder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "extract/scorer.h"
#include "test_support.h"
#include "text/segmenter.h"

namespace lattice::extract {
namespace {

using model::ClaimUnit;

// The claims of s taken as a single unit.
std::vector<ClaimHit> claims(std::string_view s, std::optional<int> year = 2020) {
  const std::vector<text::Unit> units{{0, s.size(), text::UnitKind::kSentence}};
  return find_claims(s, units, year);
}

std::string span(std::string_view s, const ClaimHit& h) {
  return std::string(s.substr(h.start, h.end - h.start));
}

// Expects exactly one claim in s, spanning want, with quantity q and unit u.
void expect_one(std::string_view s, std::string_view want, double q, ClaimUnit u) {
  SCOPED_TRACE(std::string(s));
  const auto hits = claims(s);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(span(s, hits[0]), want);
  EXPECT_NEAR(hits[0].quantity, q, 1e-6 * std::max(1.0, std::abs(q)));
  EXPECT_EQ(hits[0].unit, u);
  EXPECT_EQ(hits[0].sentence_start, 0u);
  EXPECT_EQ(hits[0].sentence_end, s.size());
  EXPECT_FALSE(hits[0].subject.empty());
}

void expect_none(std::string_view s) {
  SCOPED_TRACE(std::string(s));
  const auto hits = claims(s);
  for (const auto& h : hits) ADD_FAILURE() << "unexpected claim \"" << span(s, h) << "\"";
}

// Regression: a footnote marker right after a figure (a superscript in text, "^N" in the text of
// a PDF) ended the figure's claim instead of being left out of it.
TEST(ClaimFootnotes, MarkerAfterAFigureIsLeftOutOfTheClaim) {
  expect_one("Tokyo now spends about $50 billion\u00B3 a year.", "about $50 billion", 5e10,
             ClaimUnit::kUsd);
  expect_one("Tokyo now spends about $50 billion^3 a year.", "about $50 billion", 5e10,
             ClaimUnit::kUsd);
  expect_none("The pact^4 was signed by the leaders.");
}

TEST(ClaimNumbers, DigitsWithCommasAndDecimals) {
  expect_one("The navy commissioned 1,200 new patrol boats.", "1,200 new patrol boats", 1200,
             ClaimUnit::kCount);
  expect_one("Inflation ran at 3.5 percent last spring.", "3.5 percent", 3.5, ClaimUnit::kPercent);
}

TEST(ClaimNumbers, NumberWords) {
  expect_one("Some twenty-five delegations attended the forum.", "Some twenty-five delegations", 25,
             ClaimUnit::kCount);
  expect_one("A dozen frigates patrolled the strait.", "A dozen frigates", 12, ClaimUnit::kCount);
  expect_one("Two hundred observers monitored the vote.", "Two hundred observers", 200,
             ClaimUnit::kCount);
}

TEST(ClaimMoney, Dollars) {
  expect_one("Seoul requested $4.7 billion for the program.", "$4.7 billion", 4.7e9,
             ClaimUnit::kUsd);
  expect_one("The fund now holds US$12 million in reserves.", "US$12 million", 1.2e7,
             ClaimUnit::kUsd);
  expect_one("The contract is worth 9 billion dollars to the yard.", "9 billion dollars", 9e9,
             ClaimUnit::kUsd);
  expect_one("A grant of $3bn cleared the committee.", "$3bn", 3e9, ClaimUnit::kUsd);
}

TEST(ClaimMoney, OtherCurrenciesAreOther) {
  expect_one(
      "Tokyo set aside \xC2\xA5"
      "5 trillion for the plan.",
      "\xC2\xA5"
      "5 trillion",
      5e12, ClaimUnit::kOther);
  expect_one("The subsidy totals 300 billion yen this year.", "300 billion yen", 3e11,
             ClaimUnit::kOther);
  expect_one("Brussels spends 40 million euros on the scheme.", "40 million euros", 4e7,
             ClaimUnit::kOther);
}

TEST(ClaimMoney, MarkdownEscapeStartsAtTheSign) {
  // The backslash cannot be skipped, so the approximator before it stays out.
  expect_one("Outlays, about \\$9 billion a year, keep rising.", "$9 billion", 9e9,
             ClaimUnit::kUsd);
}

TEST(ClaimMoney, VagueMagnitudes) {
  expect_one("The farmers lost millions of dollars to the embargo.", "millions of dollars", 1e6,
             ClaimUnit::kUsd);
  expect_one("Hundreds of millions of dollars went unspent.", "Hundreds of millions of dollars",
             1e8, ClaimUnit::kUsd);
  expect_one("Thousands of volunteers joined the relief effort.", "Thousands of volunteers", 1e3,
             ClaimUnit::kCount);
}

TEST(ClaimPercent, Forms) {
  expect_one("Exports fell 12% in the quarter.", "12%", 12, ClaimUnit::kPercent);
  expect_one("The share rose by 2.1 percentage points.", "2.1 percentage points", 2.1,
             ClaimUnit::kPercent);
  expect_one("Turnout was seventy per cent in the capital.", "seventy per cent", 70,
             ClaimUnit::kPercent);
}

TEST(ClaimRatio, TimesAsMultiple) {
  expect_one("Its navy is four times larger than a decade earlier.", "four times", 4,
             ClaimUnit::kRatio);
  expect_one("Output is almost 2.5 times the level of its rival.", "almost 2.5 times", 2.5,
             ClaimUnit::kRatio);
  expect_one("Fees grew twice as fast as wages.", "twice", 2, ClaimUnit::kRatio);
  expect_one("Imports rose threefold over the period.", "threefold", 3, ClaimUnit::kRatio);
}

TEST(ClaimRatio, TimesAsOccurrencesIsCount) {
  expect_one("She won the award (three times), a record.", "three times", 3, ClaimUnit::kCount);
  expect_one("The envoy visited the capital twice in 2019.", "twice", 2, ClaimUnit::kCount);
  expect_one("The ministers met only once in 2018.", "once", 1, ClaimUnit::kCount);
}

TEST(ClaimDuration, YearsDecadesCenturies) {
  expect_one("The pact has endured 65 years without revision.", "65 years", 65, ClaimUnit::kYears);
  expect_one("Across three centuries the port changed hands.", "three centuries", 300,
             ClaimUnit::kYears);
  expect_one("The truce held for eight consecutive years.", "eight consecutive years", 8,
             ClaimUnit::kYears);
  expect_one("Talks dragged on for two and a half years.", "two and a half years", 2.5,
             ClaimUnit::kYears);
}

TEST(ClaimDuration, PhrasesWithoutDigits) {
  expect_one("The accord has held for a quarter of a century.", "a quarter of a century", 25,
             ClaimUnit::kYears);
  expect_one("Half a century has passed since the accord.", "Half a century", 50,
             ClaimUnit::kYears);
  expect_one("For more than a decade, the talks stalled.", "more than a decade", 10,
             ClaimUnit::kYears);
  expect_one("The dispute flared a decade ago.", "a decade", 10, ClaimUnit::kYears);
  expect_one("Through the past decade the region rearmed.", "decade", 10, ClaimUnit::kYears);
}

TEST(ClaimDuration, MonthsAreOtherInMonths) {
  expect_one("Negotiators have worked for 14 months on the text.", "14 months", 14,
             ClaimUnit::kOther);
}

TEST(ClaimDuration, AgoStaysOutOfTheSpan) {
  expect_one("Fifteen years ago, the two ports were rivals.", "Fifteen years", 15,
             ClaimUnit::kYears);
}

TEST(ClaimApproximators, IncludedBoundsAndExcludedEvaluatives) {
  expect_one("Nearly 250,000 personnel serve abroad.", "Nearly 250,000 personnel", 250000,
             ClaimUnit::kCount);
  expect_one("It covers more than 30 percent of trade.", "more than 30 percent", 30,
             ClaimUnit::kPercent);
  expect_one("The site lies close to 40 percent below capacity.", "close to 40 percent", 40,
             ClaimUnit::kPercent);
  expect_one("The plan took over a year to draft.", "over a year", 1, ClaimUnit::kYears);
  expect_one("Roughly 15 percent of voters approve.", "Roughly 15 percent", 15,
             ClaimUnit::kPercent);
  expect_one("The bloc spends only 2 percent of output on aid.", "2 percent", 2,
             ClaimUnit::kPercent);
  expect_one("In the survey just 31% backed the plan.", "31%", 31, ClaimUnit::kPercent);
}

TEST(ClaimExclusions, DatesAndYears) {
  expect_none("In 1998 the accord was finally signed.");
  expect_none("The arrangement expires by 2045 at the latest.");
  expect_none("Leaders met on March 3, 2021 in the capital.");
  expect_none("On 12 October the envoys met again.");
  expect_none("The session of Nov. 4 was short.");
  expect_none("Tensions grew through the 1990s and into the 2000s.");
  expect_none("The FY2024 request went to the committee.");
  expect_none("Growth over 2016-2018 was uneven.");
  expect_none("The call began at 17:30 sharp.");
}

TEST(ClaimExclusions, CitationsPhonesAddressesUrls) {
  expect_none("[Staff memo, 5/14/19. Daily Herald, 5/16/19]");
  expect_none("For details call 555-123-4567 or write to us.");
  expect_none("Our office is at 1200 Main Street, Springfield, IL 62701.");
  expect_none("The text is at https://example.org/2021/05/10/report-12 online.");
  expect_none("Phone 202 555 0100 | www.example.org");
}

TEST(ClaimExclusions, FootnotesListsAndPages) {
  expect_none("Output grew strongly.\xC2\xB3 Markets reacted calmly.");
  expect_none("1. Strengthen the alliance");
  expect_none("(2) Expand the budget");
  expect_none("Overview\t4\nBackground\t7");
}

TEST(ClaimExclusions, NumbersInNames) {
  expect_none("Leaders of the G20 and the G7 met in the spring.");
  expect_none("The rollout of 5G networks and 6G research continued.");
  expect_none("Article 5 of the treaty applies to the islands.");
  expect_none("The Six-Party Talks stalled long ago.");
  expect_none("The Five Eyes partners share signals intelligence.");
  expect_none("Ministers held a 2+2 dialogue on security.");
  expect_none("The Covid-19 pandemic disrupted supply chains.");
  expect_none("An MQ-9 drone went down at sea.");
  expect_none("Cooperation under Pillar Two advanced slowly.");
  expect_none("Beijing unveiled China Standards 2035 last year.");
  expect_none("He was named among the top 50 thinkers of the decade.");
  expect_none("Critics call it the number one lobby group around.");
}

TEST(ClaimExclusions, OrdinalsAndRanks) {
  expect_none("It marked the 75th anniversary of the treaty.");
  expect_none("Japan is the third largest economy in the world.");
  expect_none("For the first time, a premier addressed both chambers.");
  expect_none("Risks of this twenty-first century loom.");
  expect_none("Observers braced for a second term of the president.");
}

TEST(ClaimExclusions, AnaphoricCounts) {
  expect_none("The two countries signed a pact.");
  expect_none("Both nations agreed to proceed.");
  expect_none("These three partners coordinate closely.");
  expect_none("The talks involved all four governments.");
  const std::string s = "They are the two biggest markets among the 15 members negotiating.";
  const auto hits = claims(s);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(span(s, hits[0]), "15 members");
}

TEST(ClaimExclusions, DocumentStructureCounts) {
  expect_none("This paper identifies four priorities for the allies.");
  expect_none("Consider the following three key steps.");
  expect_none("The shift can be traced to two factors.");
}

TEST(ClaimExclusions, FutureHorizonsAndQuantifiers) {
  expect_none("The alliance should endure for the next 50 years.");
  expect_none("The quarrel has lasted a number of years now.");
  expect_none("Multiple rounds and numerous meetings followed, yet only a fraction helped.");
  expect_none("One of the key issues is trade.");
  expect_none("Once the talks resume, progress may follow.");
  expect_none("He was once a diplomat in the region.");
  expect_none("Over the coming decades the balance will shift.");
}

TEST(ClaimExclusions, SmallCountsOfNamedParties) {
  expect_none("Seoul and Canberra, two close partners, joined the drill.");
  const std::string s = "Officials from 14 states and three nations attended.";
  const auto hits = claims(s);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(span(s, hits[0]), "14 states");
}

TEST(ClaimExclusions, PlannedTimeFrames) {
  expect_none("In two decades, the region will look very different.");
  expect_none("Tokyo should raise outlays over five years.");
  expect_none("They approved a decade-long program.");
  expect_one("It was the biggest drill in 25 years.", "25 years", 25, ClaimUnit::kYears);
}

TEST(ClaimCounts, ProperNounsAfterDigits) {
  expect_one("Roughly 4,000 Marines are to move to the island.", "Roughly 4,000 Marines", 4000,
             ClaimUnit::kCount);
  expect_one("Some 9,000 American and Korean sailors took part.",
             "Some 9,000 American and Korean sailors", 9000, ClaimUnit::kCount);
}

TEST(ClaimDuration, VagueYears) {
  expect_one("Hundreds of years of trade link the ports.", "Hundreds of years", 100,
             ClaimUnit::kYears);
}

TEST(ClaimExclusions, RatesAfterMoneyAreNotDurations) {
  const std::string s = "Washington demanded $5 billion a year for basing costs.";
  const auto hits = claims(s);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(span(s, hits[0]), "$5 billion");
}

TEST(ClaimYear, StatedYearWins) {
  const auto hits = claims("In 2016, the agency launched a $3 billion fund.", 2020);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].year, 2016);
}

TEST(ClaimYear, PresentTenseTakesTheDocumentYear) {
  const auto hits = claims("Japan now spends about 1.1 percent of its output on defense.", 2022);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].year, 2022);
  EXPECT_EQ(hits[0].subject, "output");
}

TEST(ClaimYear, HypotheticalPastAndDurationsHaveNone) {
  EXPECT_EQ(claims("A wider pact would cover 60 percent of trade.", 2020).at(0).year, std::nullopt);
  EXPECT_EQ(claims("Growth was 9 percent at its peak.", 2020).at(0).year, std::nullopt);
  EXPECT_EQ(claims("The alliance has lasted 70 years.", 2020).at(0).year, std::nullopt);
  EXPECT_EQ(claims("Exports are 20 percent of output.", std::nullopt).at(0).year, std::nullopt);
}

TEST(ClaimYear, PollResultsDescribeThePresent) {
  const auto hits = claims("In a fresh poll, 55% of voters said they were worried.", 2015);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].year, 2015);
}

TEST(ClaimDocumentYear, Datelines) {
  EXPECT_EQ(document_year("\n\nNOVEMBER 2019\n\n# A Title\n\nBody text."), 2019);
  EXPECT_EQ(document_year("A Title\n\nMay 3, 2018\n\nBody text follows here."), 2018);
  EXPECT_EQ(document_year("A Title\nBy Someone\nAugust 2023\n\nSummary"), 2023);
  EXPECT_EQ(document_year("Report\n2014-06-30\n\nBody."), 2014);
  EXPECT_EQ(document_year("---\ndate: '2021-09-15'\ntitle: x\n---\nText of 2019."), 2021);
  EXPECT_EQ(document_year("Title\n\nIN MARCH 2016, the leaders met again to talk."), 2016);
  EXPECT_EQ(document_year("Title\n\nLong body.\n\n**\xC2\xA9 2017 by the Institute.**"), 2017);
}

TEST(ClaimDocumentYear, UndatedIsNull) {
  EXPECT_EQ(document_year("Press note\n\nAs 2021 brings change, leaders should meet in 2021."),
            std::nullopt);
  EXPECT_EQ(document_year(""), std::nullopt);
}

TEST(ClaimFinder, SpansLieInsideTheirUnits) {
  const std::string s = "First, 40 percent agreed. Then 12 nations joined.";
  const std::vector<text::Unit> units{{0, 25, text::UnitKind::kSentence},
                                      {26, s.size(), text::UnitKind::kSentence}};
  const auto hits = find_claims(s, units, 2020);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].sentence_end, 25u);
  EXPECT_EQ(hits[1].sentence_start, 26u);
  EXPECT_EQ(span(s, hits[1]), "12 nations");
}

// ---- the annotated development documents ----

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) ADD_FAILURE() << "cannot read " << path;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void check_gold(const std::string& doc) {
  const std::string dir = lattice::testing::shared_dir();
  const std::string text = slurp(dir + "/corpus/seeds/" + doc + ".txt");
  ASSERT_FALSE(text.empty()) << doc;
  std::string error;
  const auto gold = read_records(dir + "/gold/" + doc + ".claims.jsonl", &error);
  ASSERT_TRUE(gold) << error;
  const auto hits = find_claims(text, text::segment(text), document_year(text));
  std::vector<Record> extracted;
  for (const auto& h : hits) {
    Record r;
    r.kind = RecordKind::kClaim;
    r.doc = doc;
    r.start = h.start;
    r.end = h.end;
    r.text = text.substr(h.start, h.end - h.start);
    r.quantity = h.quantity;
    r.unit = h.unit;
    r.year = h.year;
    extracted.push_back(std::move(r));
  }
  const KindScore s = score(extracted, *gold).claims;
  std::ostringstream why;
  for (const Record* r : s.false_positives) why << "  false positive: " << r->text << "\n";
  for (const Record* r : s.missed) why << "  missed: " << r->text << "\n";
  EXPECT_GE(s.precision, 0.9) << doc << "\n" << why.str();
  EXPECT_GE(s.recall, 0.9) << doc << "\n" << why.str();
  EXPECT_GE(s.value_accuracy, 0.9) << doc << "\n" << why.str();
}

TEST(ClaimGold, Armitage2020) {
  check_gold("001_412e78d0eac9eac5");
}
TEST(ClaimGold, Tanaka2020) {
  check_gold("002_f1f0c03fea09e362");
}

TEST(ClaimGold, DocumentYears) {
  const std::string dir = lattice::testing::shared_dir() + "/corpus/seeds/";
  EXPECT_EQ(document_year(slurp(dir + "000_2ae9e3bf7cc11558.txt")), std::nullopt);
  EXPECT_EQ(document_year(slurp(dir + "001_412e78d0eac9eac5.txt")), 2020);
  EXPECT_EQ(document_year(slurp(dir + "002_f1f0c03fea09e362.txt")), 2020);
  EXPECT_EQ(document_year(slurp(dir + "003_3fcb446b247180fc.txt")), 2024);
  EXPECT_EQ(document_year(slurp(dir + "004_bd7856fdd82eb8a5.txt")), 2015);
}

}  // namespace
}  // namespace lattice::extract
