// The domain examples under examples/: every input parses, compromise and bdm run on it from the
// CLI, and every README says the example is illustrative.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "bargain/scenario.h"
#include "test_support.h"

namespace lattice::cli {
namespace {

namespace fs = std::filesystem;
using lattice::testing::run_cli;

fs::path examples_dir() {
  return fs::path(LATTICE_SOURCE_DIR) / "examples";
}

std::vector<fs::path> example_folders() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(examples_dir()))
    if (e.is_directory()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

TEST(ExamplesCliTest, FourExamplesWithIndex) {
  const auto folders = example_folders();
  EXPECT_GE(folders.size(), 4u);
  const std::string index = read(examples_dir() / "README.md");
  for (const auto& f : folders)
    EXPECT_NE(index.find(f.filename().string() + "/"), std::string::npos) << f;
}

TEST(ExamplesCliTest, EveryInputParses) {
  for (const auto& folder : example_folders()) {
    size_t inputs = 0;
    for (const auto& e : fs::directory_iterator(folder)) {
      if (e.path().extension() != ".csv") continue;
      ++inputs;
      core::Diagnostics diags;
      const auto s = bargain::load_scenario(e.path().string(), diags);
      EXPECT_FALSE(diags.has_errors())
          << e.path() << ": " << (diags.items().empty() ? "" : diags.items()[0].to_string());
      EXPECT_GE(s.actors.size(), 5u) << e.path();
      for (const auto& a : s.actors) {
        EXPECT_GT(a.capability, 0) << a.name;
        for (double sal : a.saliences) EXPECT_GT(sal, 0) << a.name;
      }
    }
    EXPECT_GE(inputs, 1u) << folder;
  }
}

TEST(ExamplesCliTest, CompromiseAndBdmRun) {
  for (const auto& folder : example_folders()) {
    const std::string file = (folder / "stakeholders.csv").string();
    const auto c = run_cli({"bargain", file, "--model", "compromise", "--json"});
    ASSERT_EQ(c.status, 0) << file << ": " << c.err;
    const auto cj = nlohmann::json::parse(c.out);
    const auto b = run_cli({"bargain", file, "--model", "bdm", "--json"});
    ASSERT_EQ(b.status, 0) << file << ": " << b.err;
    const auto bj = nlohmann::json::parse(b.out);
    // Both forecasts lie within the range of the stakeholders' positions.
    double lo = 1e300, hi = -1e300;
    for (const auto& a : cj["scenario"]["actors"]) {
      lo = std::min(lo, a["positions"][0].get<double>());
      hi = std::max(hi, a["positions"][0].get<double>());
    }
    const double mean = cj["dimensions"][0]["mean"].get<double>();
    const double bdm = bj["dimensions"][0]["forecast"].get<double>();
    EXPECT_GE(mean, lo) << file;
    EXPECT_LE(mean, hi) << file;
    EXPECT_GE(bdm, lo) << file;
    EXPECT_LE(bdm, hi) << file;
    EXPECT_FALSE(bj["dimensions"][0]["rounds"].empty()) << file;
  }
}

TEST(ExamplesCliTest, ReadmesSayIllustrativeAndShowResults) {
  for (const auto& folder : example_folders()) {
    std::string text = read(folder / "README.md");
    ASSERT_FALSE(text.empty()) << folder;
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    EXPECT_NE(text.find("illustrative"), std::string::npos) << folder;
    EXPECT_NE(text.find("lattice bargain"), std::string::npos) << folder;
  }
}

}  // namespace
}  // namespace lattice::cli
