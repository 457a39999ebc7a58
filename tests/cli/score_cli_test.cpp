// `lattice score`: the table, --json, the lists of misses and false positives, and exit statuses
// for unreadable or malformed input.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::run_cli;

class ScoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lattice_score_cli_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::filesystem::path dir_;
};

// Gold: two certain recommendations and one borderline in doc "d", one claim.
const char* kGoldRecs =
    R"({"doc": "d", "start": 0, "end": 40, "text": "Both allies should build more ships.", "certainty": "certain", "actors": [], "domains": [], "modality": "should"})"
    "\n"
    R"({"doc": "d", "start": 50, "end": 90, "text": "Tokyo must train\n\nmore pilots soon.", "certainty": "certain", "actors": [], "domains": [], "modality": "must"})"
    "\n"
    R"({"doc": "d", "start": 100, "end": 130, "text": "It should be a wake-up call.", "certainty": "borderline", "actors": [], "domains": [], "modality": "should"})"
    "\n";
const char* kGoldClaims =
    R"({"doc": "d", "start": 10, "end": 20, "text": "$8 billion", "sentence_start": 0, "sentence_end": 40, "quantity": 8000000000.0, "unit": "usd", "subject": "x", "year": null})"
    "\n";
// Extracted: the first recommendation twice, the borderline one, a stray sentence, the claim
// with the right value, a mention, and a record of a document without gold.
const char* kExtracted =
    R"({"kind": "recommendation", "doc": "d", "start": 0, "end": 40, "text": "Both allies should build more ships."})"
    "\n"
    R"({"kind": "mention", "doc": "d", "start": 50, "end": 55, "text": "Tokyo", "id": "jpn"})"
    "\n"
    R"({"kind": "recommendation", "doc": "d", "start": 5, "end": 30, "text": "allies should build"})"
    "\n"
    R"({"kind": "recommendation", "doc": "d", "start": 100, "end": 130, "text": "It should be a wake-up call."})"
    "\n"
    R"({"kind": "recommendation", "doc": "d", "start": 200, "end": 230, "text": "A stray sentence that is no ask."})"
    "\n"
    R"({"kind": "claim", "doc": "d", "start": 10, "end": 20, "text": "$8 billion", "quantity": 8e9, "unit": "usd", "year": null})"
    "\n"
    R"({"kind": "recommendation", "doc": "other", "start": 0, "end": 10, "text": "Elsewhere."})"
    "\n";

TEST_F(ScoreCliTest, PrintsTableMissesAndFalsePositives) {
  const auto r = run_cli({"score", write("x.jsonl", kExtracted), write("g.recs.jsonl", kGoldRecs),
                          write("g.claims.jsonl", kGoldClaims)});
  ASSERT_EQ(r.status, 0) << r.err;
  // recommendations: gold 2, extracted 3 (1 TP, a duplicate, a stray), precision 1/3, recall 1/2.
  EXPECT_NE(r.out.find("recommendations  2     3          1          0.333      0.500   0.400"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1.000 (1/1)"), std::string::npos) << r.out;
  EXPECT_NE(
      r.out.find(
          "Missed gold recommendations (1):\n  d  50-90  Tokyo must train more pilots soon.\n"),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("False positive recommendations (2):\n  d  5-30  allies should build\n"
                       "  d  200-230  A stray sentence that is no ask.\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("1 extracted record(s) of 1 document(s) without gold"), std::string::npos)
      << r.err;
}

TEST_F(ScoreCliTest, Json) {
  const auto r = run_cli({"score", write("x.jsonl", kExtracted), write("g.recs.jsonl", kGoldRecs),
                          write("g.claims.jsonl", kGoldClaims), "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["recommendations"]["gold"], 2);
  EXPECT_EQ(j["recommendations"]["extracted"], 3);
  EXPECT_EQ(j["recommendations"]["true_positives"], 1);
  EXPECT_EQ(j["recommendations"]["false_positives"].size(), 2u);
  EXPECT_EQ(j["recommendations"]["missed"][0]["start"], 50);
  EXPECT_EQ(j["claims"]["value_correct"], 1);
  EXPECT_DOUBLE_EQ(j["claims"]["f1"].get<double>(), 1.0);
}

TEST_F(ScoreCliTest, LongTextIsTrimmedToOneLine) {
  std::string text, flat;
  for (int i = 0; i < 40; ++i) text += "word\n\n";
  while (flat.size() < 100) flat += "word ";
  const nlohmann::json g = {{"doc", "d"}, {"start", 0}, {"end", 240}, {"text", text}};
  const auto r = run_cli({"score", write("x.jsonl", ""), write("g.jsonl", g.dump() + "\n")});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("  d  0-240  " + flat.substr(0, 100) + "\u2026\n"), std::string::npos)
      << r.out;
}

TEST_F(ScoreCliTest, MalformedLineIsAnErrorWithFileAndLine) {
  const std::string bad = write("bad.jsonl", "{\"doc\": \"d\", \"start\": 0, \"end\": 4}\n{oops\n");
  const auto r = run_cli({"score", bad, write("g.jsonl", kGoldRecs)});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(bad + ":2: invalid JSON"), std::string::npos) << r.err;
  const auto g = run_cli({"score", write("x.jsonl", kExtracted), bad});
  EXPECT_EQ(g.status, 1);
  EXPECT_NE(g.err.find(bad + ":2:"), std::string::npos) << g.err;
}

TEST_F(ScoreCliTest, UnreadableInputExitsOne) {
  const auto r = run_cli({"score", (dir_ / "missing.jsonl").string(), write("g.jsonl", kGoldRecs)});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("missing.jsonl: cannot read"), std::string::npos) << r.err;
}

TEST_F(ScoreCliTest, GoldIsRequired) {
  const auto r = run_cli({"score", write("x.jsonl", kExtracted)});
  EXPECT_EQ(r.status, 2);
}

}  // namespace
}  // namespace lattice::cli
