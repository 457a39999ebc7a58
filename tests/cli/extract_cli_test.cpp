// End to end: `lattice text` and `lattice extract` on the corpus documents and on fixtures of
// every input format, the quality targets through `lattice score`, and broken inputs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "test_support.h"

namespace lattice::cli {
namespace {

using lattice::testing::fixture;
using lattice::testing::run_cli;
using lattice::testing::shared_dir;

std::string seed(const std::string& name) {
  return shared_dir() + "/corpus/seeds/" + name + ".txt";
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) ADD_FAILURE() << "cannot read " << path;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

class ExtractCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lattice_extract_cli_" + std::to_string(::getpid()));
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

// Every record is valid JSON with the documented keys, and its text is exactly the file's bytes
// at its span (for .txt, offsets are file offsets).
TEST_F(ExtractCliTest, JsonlRecordsPointIntoTheFile) {
  const std::string path = seed("001_412e78d0eac9eac5");
  const std::string bytes = read_file(path);
  ASSERT_FALSE(bytes.empty());
  const auto r = run_cli({"extract", "--jsonl", path});
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::set<std::string> kinds;
  size_t n = 0;
  size_t last_start = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    const auto j = nlohmann::json::parse(line);
    const std::string kind = j.at("kind");
    kinds.insert(kind);
    EXPECT_EQ(j.at("doc"), "001_412e78d0eac9eac5");
    const size_t s = j.at("start"), e = j.at("end");
    ASSERT_LT(s, e);
    ASSERT_LE(e, bytes.size());
    EXPECT_EQ(j.at("text").get<std::string>(), bytes.substr(s, e - s));
    EXPECT_GE(s, last_start) << "records are in order of position";
    last_start = s;
    if (kind == "recommendation") {
      EXPECT_TRUE(j.at("actors").is_array());
      EXPECT_TRUE(j.at("domains").is_array());
      const std::string modality = j.at("modality");
      EXPECT_TRUE(modality == "must" || modality == "should" || modality == "could" ||
                  modality == "imperative");
      const double c = j.at("confidence");
      EXPECT_TRUE(c >= 0 && c <= 1);
    } else if (kind == "claim") {
      EXPECT_TRUE(j.at("quantity").is_number());
      EXPECT_LE(j.at("sentence_start").get<size_t>(), s);
      EXPECT_GE(j.at("sentence_end").get<size_t>(), e);
      EXPECT_TRUE(j.at("year").is_null() || j.at("year").is_number_integer());
    } else {
      EXPECT_EQ(kind, "mention");
      EXPECT_FALSE(j.at("id").get<std::string>().empty());
    }
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"recommendation", "claim", "mention"}));
  EXPECT_GT(n, 100u);
}

// The quality targets of the issue, measured as an analyst would: extract, then score.
TEST_F(ExtractCliTest, MeetsTheTargetsOnTheAnnotatedDocuments) {
  for (const std::string doc : {"001_412e78d0eac9eac5", "002_f1f0c03fea09e362"}) {
    const auto x = run_cli({"extract", "--jsonl", "--kinds", "recommendation,claim", seed(doc)});
    ASSERT_EQ(x.status, 0) << x.err;
    const std::string extracted = write(doc + ".jsonl", x.out);
    const auto s = run_cli({"score", extracted, shared_dir() + "/gold/" + doc + ".recs.jsonl",
                            shared_dir() + "/gold/" + doc + ".claims.jsonl", "--json"});
    ASSERT_EQ(s.status, 0) << s.err;
    const auto j = nlohmann::json::parse(s.out);
    EXPECT_GE(j["recommendations"]["precision"].get<double>(), 0.9) << doc;
    EXPECT_GE(j["recommendations"]["recall"].get<double>(), 0.9) << doc;
    EXPECT_GE(j["claims"]["precision"].get<double>(), 0.9) << doc;
    EXPECT_GE(j["claims"]["recall"].get<double>(), 0.9) << doc;
    EXPECT_GE(j["claims"]["value_accuracy"].get<double>(), 0.9) << doc;
  }
}

// Our own annotations of the three other seed documents, made with the same definitions.
TEST_F(ExtractCliTest, MeetsTheTargetsOnOurOwnAnnotations) {
  std::vector<std::string> args = {"extract", "--jsonl", "--kinds", "recommendation,claim"};
  for (const std::string doc :
       {"000_2ae9e3bf7cc11558", "003_3fcb446b247180fc", "004_bd7856fdd82eb8a5"})
    args.push_back(seed(doc));
  const auto x = run_cli(args);
  ASSERT_EQ(x.status, 0) << x.err;
  const std::string extracted = write("own.jsonl", x.out);
  std::vector<std::string> score = {"score", extracted, "--json"};
  for (const auto& entry : std::filesystem::directory_iterator(fixture("annotations")))
    score.push_back(entry.path().string());
  const auto s = run_cli(score);
  ASSERT_EQ(s.status, 0) << s.err;
  const auto j = nlohmann::json::parse(s.out);
  EXPECT_GE(j["recommendations"]["precision"].get<double>(), 0.9);
  EXPECT_GE(j["recommendations"]["recall"].get<double>(), 0.9);
  EXPECT_GE(j["claims"]["precision"].get<double>(), 0.9);
  EXPECT_GE(j["claims"]["recall"].get<double>(), 0.9);
}

// Official statements of intent ("we will", "we commit") are pledges, not recommendations.
TEST_F(ExtractCliTest, JointStatementsHaveNoRecommendations) {
  size_t statements = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared_dir() + "/corpus/extra")) {
    if (entry.path().filename() == "README.md") continue;
    ++statements;
    const auto r = run_cli({"extract", "--jsonl", "--kinds", "recommendation", entry.path()});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "") << entry.path();
  }
  // The AUKUS leaders' statement (2021) and the IPEF statement (2022).
  EXPECT_EQ(statements, 2u);
}

TEST_F(ExtractCliTest, BrokenFilesAreReportedAndTheOthersStillProcessed) {
  const std::string good = write("good.txt", "Japan should raise spending to 2 percent of GDP.\n");
  const std::string empty = write("empty.txt", "");
  const std::string binary = write("binary.txt", std::string("\x00\x01\x02\xff", 4));
  const std::string bad_utf8 = write("bad.txt", "The allies \xC3( should meet.\n");
  const std::string truncated_pdf = write("cut.pdf", "%PDF-1.4\n1 0 obj << /Type /Cat");
  const auto r = run_cli({"extract", "--jsonl", empty, good, binary, bad_utf8, truncated_pdf,
                          (dir_ / "missing.txt").string()});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("\"doc\":\"good\""), std::string::npos);
  EXPECT_NE(r.out.find("\"kind\":\"recommendation\""), std::string::npos);
  EXPECT_NE(r.out.find("\"kind\":\"claim\""), std::string::npos);
  for (const std::string& f : {empty, binary, bad_utf8, truncated_pdf}) {
    EXPECT_NE(r.err.find(f + ": "), std::string::npos) << f << "\n" << r.err;
  }
  // One line per broken file.
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 5);
}

TEST_F(ExtractCliTest, UnknownKindIsAUsageError) {
  const auto r =
      run_cli({"extract", "--kinds", "recommendation,opinion", seed("000_2ae9e3bf7cc11558")});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("opinion"), std::string::npos);
}

TEST_F(ExtractCliTest, TextPrintsCanonicalTextOfEachFormat) {
  const auto txt = run_cli({"text", seed("000_2ae9e3bf7cc11558")});
  ASSERT_EQ(txt.status, 0);
  EXPECT_EQ(txt.out, read_file(seed("000_2ae9e3bf7cc11558")));

  const auto pdf = run_cli({"text", fixture("text/two_columns.pdf")});
  ASSERT_EQ(pdf.status, 0) << pdf.err;
  EXPECT_NE(pdf.out.find("U.S.-Japan"), std::string::npos);
  EXPECT_NE(pdf.out.find("cooperation"), std::string::npos);

  const auto html = run_cli({"text", fixture("text/article.html")});
  ASSERT_EQ(html.status, 0) << html.err;
  EXPECT_EQ(html.out.find("<"), std::string::npos);

  const auto encrypted = run_cli({"text", fixture("text/encrypted.pdf")});
  EXPECT_EQ(encrypted.status, 1);
  EXPECT_NE(encrypted.err.find("encrypted PDF"), std::string::npos);
}

TEST_F(ExtractCliTest, UnitsListTheSegmentation) {
  const std::string path =
      write("u.md", "# Next Steps\n\n- Expand the Quad\n\nThe U.S. should act. It must.\n");
  const auto r = run_cli({"text", "--units", "--json", path});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 4u);
  EXPECT_EQ(j[0]["kind"], "heading");
  EXPECT_EQ(j[1]["kind"], "bullet");
  EXPECT_EQ(j[1]["text"], "Expand the Quad");
  EXPECT_EQ(j[2]["text"], "The U.S. should act.");
  EXPECT_EQ(j[3]["text"], "It must.");
}

// --json gives the records of --jsonl as one array; text --json without --units gives the text.
TEST_F(ExtractCliTest, JsonIsTheJsonlRecordsAsOneArray) {
  const std::string path =
      write("j.md", "Japan should raise spending to 2 percent of GDP by 2027.\n");
  const auto lines = run_cli({"extract", "--jsonl", path});
  ASSERT_EQ(lines.status, 0) << lines.err;
  const auto array = run_cli({"extract", "--json", path});
  ASSERT_EQ(array.status, 0) << array.err;
  const auto j = nlohmann::json::parse(array.out);
  ASSERT_TRUE(j.is_array());
  std::istringstream in(lines.out);
  size_t n = 0;
  for (std::string line; std::getline(in, line); ++n) {
    ASSERT_LT(n, j.size());
    EXPECT_EQ(nlohmann::json::parse(line), j[n]);
  }
  EXPECT_EQ(n, j.size());
  EXPECT_GE(n, 2u);

  const auto text = run_cli({"text", "--json", path});
  ASSERT_EQ(text.status, 0) << text.err;
  const auto t = nlohmann::json::parse(text.out);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]["doc"], "j");
  EXPECT_EQ(t[0]["format"], "markdown");
  EXPECT_EQ(t[0]["text"], "Japan should raise spending to 2 percent of GDP by 2027.\n");
}

// Extraction from HTML and PDF: offsets point into the canonical text that `lattice text` prints.
TEST_F(ExtractCliTest, OffsetsOfHtmlPointIntoTheCanonicalText) {
  const std::string path = write(
      "page.html",
      "<html><head><title>T</title><script>var x = 'should';</script></head><body><nav>Home</nav>"
      "<article><h1>Our Advice</h1><p>Tokyo should double its aid to $4 billion.</p></article>"
      "</body></html>");
  const auto text = run_cli({"text", path});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(text.out.find("var x"), std::string::npos);
  EXPECT_EQ(text.out.find("Home"), std::string::npos);
  const auto r = run_cli({"extract", "--jsonl", path});
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  bool found_recommendation = false;
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    const size_t s = j["start"], e = j["end"];
    EXPECT_EQ(j["text"].get<std::string>(), text.out.substr(s, e - s));
    if (j["kind"] == "recommendation") {
      found_recommendation = true;
      EXPECT_EQ(j["actors"], nlohmann::json::array({"jpn"}));
    }
  }
  EXPECT_TRUE(found_recommendation);
}

}  // namespace
}  // namespace lattice::cli
