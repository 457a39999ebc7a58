// Scoring: reading records (extraction and annotation JSONL, errors with line numbers) and
// matching by overlap (one-to-one, borderline gold neither way, per document, claim values).
#include "extract/scorer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "test_support.h"

namespace lattice::extract {
namespace {

Record rec(const std::string& doc, size_t start, size_t end,
           model::Certainty c = model::Certainty::kCertain) {
  Record r;
  r.kind = RecordKind::kRecommendation;
  r.doc = doc;
  r.start = start;
  r.end = end;
  r.certainty = c;
  return r;
}

Record claim(const std::string& doc, size_t start, size_t end, double q, model::ClaimUnit u) {
  Record r;
  r.kind = RecordKind::kClaim;
  r.doc = doc;
  r.start = start;
  r.end = end;
  r.quantity = q;
  r.unit = u;
  return r;
}

constexpr auto kBorder = model::Certainty::kBorderline;

// A score together with the records it points into (the Score holds pointers to them).
struct Scored {
  std::vector<Record> extracted, gold;
  Score score;
};
std::unique_ptr<Scored> run(std::vector<Record> extracted, std::vector<Record> gold) {
  auto r = std::make_unique<Scored>();
  r->extracted = std::move(extracted);
  r->gold = std::move(gold);
  r->score = score(r->extracted, r->gold);
  return r;
}

TEST(ScoreTest, OverlapIsEnoughToMatch) {
  const std::vector<Record> gold = {rec("d", 10, 50), rec("d", 60, 90)};
  const std::vector<Record> ex = {rec("d", 0, 11), rec("d", 70, 100)};
  const Score s = score(ex, gold);
  EXPECT_EQ(s.recommendations.true_positives, 2u);
  EXPECT_EQ(s.recommendations.extracted, 2u);
  EXPECT_EQ(s.recommendations.gold, 2u);
  EXPECT_DOUBLE_EQ(s.recommendations.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recommendations.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.recommendations.f1, 1.0);
}

TEST(ScoreTest, TouchingSpansDoNotOverlap) {
  const auto s_run = run({rec("d", 0, 10)}, {rec("d", 10, 20)});
  const Score& s = s_run->score;
  EXPECT_EQ(s.recommendations.true_positives, 0u);
  ASSERT_EQ(s.recommendations.false_positives.size(), 1u);
  ASSERT_EQ(s.recommendations.missed.size(), 1u);
  EXPECT_EQ(s.recommendations.missed[0]->start, 10u);
  EXPECT_DOUBLE_EQ(s.recommendations.precision, 0.0);
  EXPECT_DOUBLE_EQ(s.recommendations.recall, 0.0);
  EXPECT_DOUBLE_EQ(s.recommendations.f1, 0.0);
}

TEST(ScoreTest, BorderlineGoldCountsNeitherWay) {
  const std::vector<Record> gold = {rec("d", 0, 10), rec("d", 20, 30, kBorder),
                                    rec("d", 40, 50, kBorder)};
  // Extracting the borderline one is no false positive; missing the other is no miss.
  const auto s_run = run({rec("d", 0, 10), rec("d", 22, 28)}, gold);
  const Score& s = s_run->score;
  EXPECT_EQ(s.recommendations.gold, 1u);
  EXPECT_EQ(s.recommendations.extracted, 1u);
  EXPECT_EQ(s.recommendations.true_positives, 1u);
  EXPECT_TRUE(s.recommendations.false_positives.empty());
  EXPECT_TRUE(s.recommendations.missed.empty());
  EXPECT_DOUBLE_EQ(s.recommendations.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recommendations.recall, 1.0);
}

TEST(ScoreTest, DuplicatesAreFalsePositives) {
  const auto s_run = run({rec("d", 0, 10), rec("d", 2, 8), rec("d", 5, 12)}, {rec("d", 0, 10)});
  const Score& s = s_run->score;
  EXPECT_EQ(s.recommendations.true_positives, 1u);
  EXPECT_EQ(s.recommendations.extracted, 3u);
  ASSERT_EQ(s.recommendations.false_positives.size(), 2u);
  EXPECT_NEAR(s.recommendations.precision, 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s.recommendations.recall, 1.0);
  // The best overlap is the one matched: (0,10) covers all 10 bytes.
  EXPECT_EQ(s.recommendations.false_positives[0]->start, 2u);
  EXPECT_EQ(s.recommendations.false_positives[1]->start, 5u);
}

TEST(ScoreTest, OneExtractionSpanningTwoGoldMatchesOnlyOne) {
  const auto s_run = run({rec("d", 0, 100)}, {rec("d", 0, 30), rec("d", 40, 100)});
  const Score& s = s_run->score;
  EXPECT_EQ(s.recommendations.true_positives, 1u);
  ASSERT_EQ(s.recommendations.missed.size(), 1u);
  EXPECT_EQ(s.recommendations.missed[0]->start, 0u);  // the larger overlap (60 bytes) won
}

TEST(ScoreTest, DocumentsAreSeparate) {
  const auto s_run =
      run({rec("a", 0, 10), rec("b", 100, 110)}, {rec("b", 0, 10), rec("a", 100, 110)});
  const Score& s = s_run->score;
  EXPECT_EQ(s.recommendations.true_positives, 0u);
  EXPECT_EQ(s.recommendations.false_positives.size(), 2u);
  EXPECT_EQ(s.recommendations.missed.size(), 2u);
}

TEST(ScoreTest, KindsAreSeparateAndMentionsIgnored) {
  Record m;
  m.kind = RecordKind::kMention;
  m.doc = "d";
  m.start = 0;
  m.end = 5;
  m.id = "jpn";
  const auto s_run = run({m, claim("d", 0, 5, 1, model::ClaimUnit::kCount)}, {rec("d", 0, 10)});
  const Score& s = s_run->score;
  EXPECT_EQ(s.recommendations.extracted, 0u);
  EXPECT_EQ(s.recommendations.missed.size(), 1u);
  EXPECT_EQ(s.claims.extracted, 1u);
  EXPECT_EQ(s.claims.false_positives.size(), 1u);
}

TEST(ScoreTest, ClaimValueAccuracy) {
  using model::ClaimUnit;
  const std::vector<Record> gold = {
      claim("d", 0, 10, 8e9, ClaimUnit::kUsd), claim("d", 20, 30, 70, ClaimUnit::kPercent),
      claim("d", 40, 50, 25, ClaimUnit::kYears), claim("d", 60, 70, 0, ClaimUnit::kCount)};
  const std::vector<Record> ex = {
      claim("d", 0, 10, 8e9 * (1 + 1e-9), ClaimUnit::kUsd),  // within 1e-6 relative
      claim("d", 20, 30, 70, ClaimUnit::kRatio),             // wrong unit
      claim("d", 40, 50, 25.01, ClaimUnit::kYears),          // wrong quantity
      claim("d", 60, 70, 0, ClaimUnit::kCount)};             // zero equals zero
  const Score s = score(ex, gold);
  EXPECT_EQ(s.claims.true_positives, 4u);
  EXPECT_EQ(s.claims.value_correct, 2u);
  EXPECT_DOUBLE_EQ(s.claims.value_accuracy, 0.5);
}

TEST(ScoreTest, EmptyInputsAreVacuouslyPerfect) {
  const auto s_run = run({}, {});
  const Score& s = s_run->score;
  EXPECT_DOUBLE_EQ(s.recommendations.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recommendations.recall, 1.0);
  const auto none_run = run({}, {rec("d", 0, 5)});
  const Score& none = none_run->score;
  EXPECT_DOUBLE_EQ(none.recommendations.recall, 0.0);
  EXPECT_DOUBLE_EQ(none.recommendations.f1, 0.0);
}

// Writes a temporary file and removes it at the end of the test.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    static int n = 0;
    path_ = (std::filesystem::temp_directory_path() /
             ("lattice_scorer_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++) +
              ".jsonl"))
                .string();
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(ReadRecordsTest, ExtractionLines) {
  TempFile f(
      R"({"kind": "recommendation", "doc": "d", "start": 5, "end": 9, "text": "Act.", "actors": ["jpn"], "modality": "must", "certainty": "certain", "confidence": 0.8})"
      "\n"
      R"({"kind": "claim", "doc": "d", "start": 1, "end": 3, "text": "5%", "quantity": 5, "unit": "percent", "year": null})"
      "\n\n"
      R"({"kind": "mention", "doc": "d", "start": 0, "end": 5, "text": "Japan", "id": "jpn", "entity": "actor"})"
      "\n");
  std::string error;
  auto r = read_records(f.path(), &error);
  ASSERT_TRUE(r) << error;
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].kind, RecordKind::kRecommendation);
  EXPECT_EQ((*r)[0].actors, std::vector<std::string>{"jpn"});
  EXPECT_EQ((*r)[0].modality, model::Modality::kMust);
  EXPECT_EQ((*r)[1].kind, RecordKind::kClaim);
  EXPECT_EQ((*r)[1].unit, model::ClaimUnit::kPercent);
  EXPECT_FALSE((*r)[1].year);
  EXPECT_EQ((*r)[2].kind, RecordKind::kMention);
  EXPECT_EQ((*r)[2].id, "jpn");
  EXPECT_EQ((*r)[2].line, 4);  // blank line 3 skipped, numbering kept
}

TEST(ReadRecordsTest, GoldLinesHaveNoKind) {
  TempFile f(
      R"({"doc": "d", "start": 0, "end": 4, "text": "Act.", "certainty": "borderline", "actors": [], "domains": [], "modality": "should"})"
      "\n"
      R"({"doc": "d", "start": 0, "end": 2, "text": "$8 billion", "sentence_start": 0, "sentence_end": 4, "quantity": 8e9, "unit": "usd", "subject": "x", "year": 2020})"
      "\n");
  std::string error;
  auto r = read_records(f.path(), &error);
  ASSERT_TRUE(r) << error;
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].kind, RecordKind::kRecommendation);
  EXPECT_EQ((*r)[0].certainty, model::Certainty::kBorderline);
  EXPECT_EQ((*r)[1].kind, RecordKind::kClaim);
  EXPECT_EQ((*r)[1].year, 2020);
  EXPECT_DOUBLE_EQ((*r)[1].quantity, 8e9);
}

// The error read_records gives for a file whose second line is bad.
std::string error_for(const std::string& second_line) {
  TempFile f(std::string(R"({"doc": "d", "start": 0, "end": 4})") + "\n" + second_line + "\n");
  std::string error;
  auto r = read_records(f.path(), &error);
  EXPECT_FALSE(r);
  EXPECT_EQ(error.rfind(f.path() + ":2: ", 0), 0u) << error;
  return error.substr(error.find(":2: ") + 4);
}

TEST(ReadRecordsTest, MalformedLinesNameFileAndLine) {
  EXPECT_NE(error_for("{\"doc\": \"d\", ").find("invalid JSON"), std::string::npos);
  EXPECT_EQ(error_for("[1, 2]"), "expected a JSON object");
  EXPECT_EQ(error_for(R"({"start": 0, "end": 4})"), "missing \"doc\"");
  EXPECT_EQ(error_for(R"({"doc": "d", "end": 4})"), "missing \"start\"");
  EXPECT_EQ(error_for(R"({"doc": "d", "start": -1, "end": 4})"),
            "\"start\" must be a non-negative integer");
  EXPECT_EQ(error_for(R"({"doc": "d", "start": "3", "end": 4})"),
            "\"start\" must be a non-negative integer");
  EXPECT_EQ(error_for(R"({"doc": "d", "start": 9, "end": 4})"), "\"end\" is before \"start\"");
  EXPECT_NE(error_for(R"({"kind": "bogus", "doc": "d", "start": 0, "end": 4})").find("\"kind\""),
            std::string::npos);
  EXPECT_NE(error_for(R"({"doc": "d", "start": 0, "end": 4, "certainty": "maybe"})")
                .find("\"certainty\" is \"maybe\""),
            std::string::npos);
  EXPECT_EQ(error_for(R"({"doc": "d", "start": 0, "end": 4, "quantity": "x", "unit": "usd"})"),
            "\"quantity\" must be a number");
  EXPECT_EQ(error_for(R"({"doc": "d", "start": 0, "end": 4, "quantity": 1})"), "missing \"unit\"");
  EXPECT_EQ(error_for(R"({"doc": "d", "start": 0, "end": 4, "actors": "jpn"})"),
            "\"actors\" must be an array of strings");
}

TEST(ReadRecordsTest, UnreadableFile) {
  std::string error;
  EXPECT_FALSE(read_records("/nonexistent/lattice/x.jsonl", &error));
  EXPECT_NE(error.find("/nonexistent/lattice/x.jsonl: cannot read"), std::string::npos) << error;
  EXPECT_FALSE(read_records(std::filesystem::temp_directory_path().string(), &error));
  EXPECT_NE(error.find("is a directory"), std::string::npos) << error;
}

TEST(ReadRecordsTest, SharedGoldFilesReadAndScorePerfectlyAgainstThemselves) {
  for (const char* name : {"001_412e78d0eac9eac5", "002_f1f0c03fea09e362"}) {
    std::string error;
    const std::string base = lattice::testing::shared_dir() + "/gold/" + name;
    auto recs = read_records(base + ".recs.jsonl", &error);
    ASSERT_TRUE(recs) << error;
    auto claims = read_records(base + ".claims.jsonl", &error);
    ASSERT_TRUE(claims) << error;
    std::vector<Record> gold = *recs;
    gold.insert(gold.end(), claims->begin(), claims->end());
    const Score s = score(gold, gold);
    EXPECT_DOUBLE_EQ(s.recommendations.precision, 1.0) << name;
    EXPECT_DOUBLE_EQ(s.recommendations.recall, 1.0) << name;
    EXPECT_DOUBLE_EQ(s.claims.f1, 1.0) << name;
    EXPECT_DOUBLE_EQ(s.claims.value_accuracy, 1.0) << name;
    EXPECT_GT(s.recommendations.gold, 0u);
    EXPECT_LT(s.recommendations.gold, recs->size());  // borderline ones do not count
  }
}

}  // namespace
}  // namespace lattice::extract
