// Claim checking as a query: files named by the request (an unreadable one is a problem of the
// result, not a failure) and the model's own documents for the report, whose section is drawn
// from the result alone.
#include "query/claim_check_query.h"

#include <gtest/gtest.h>

#include "embedded_model.h"
#include "test_support.h"
#include "views/claim_check_views.h"

namespace lattice::query {
namespace {

Env env() {
  return {lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day()};
}

std::string seed(const std::string& name) {
  return lattice::testing::shared_dir() + "/corpus/seeds/" + name + ".txt";
}

TEST(CheckQuery, AnUnreadableFileIsAProblemAndTheOthersAreChecked) {
  CheckRequest request;
  request.files = {{"/nonexistent/nothing.txt"}, {seed("002_f1f0c03fea09e362")}};
  const CheckResult r = check(env(), request);
  const auto& problems = r.remarks.problems;
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rfind("/nonexistent/nothing.txt: ", 0), 0u) << problems[0];
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].name, "002_f1f0c03fea09e362");
  EXPECT_EQ(r.documents[0].title, "002_f1f0c03fea09e362");
  EXPECT_EQ(r.documents[0].checks.size(), 11u);
}

TEST(CheckQuery, TheCliShowsTheReadableFilesAndExitsWithOne) {
  const auto r = lattice::testing::run_cli(
      {"check", "--json", "/nonexistent/nothing.txt", seed("002_f1f0c03fea09e362")});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err.rfind("lattice: /nonexistent/nothing.txt: ", 0), 0u) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["claims"].size(), 11u);
}

TEST(CheckQuery, TheModelsDocumentsAreCheckedUnderTheirModelNames) {
  const CheckResult r = model_document_checks(env());
  ASSERT_FALSE(r.documents.empty()) << "no document file of the embedded model was found";
  EXPECT_FALSE(r.remarks.failed());
  const model::Model& m = *env().model;
  for (const auto& d : r.documents) {
    EXPECT_FALSE(d.checks.empty()) << d.title;
    bool named = false;
    for (const auto& doc : m.documents()) named = named || d.title == doc.name || d.title == doc.id;
    EXPECT_TRUE(named) << d.title;
  }
  const std::string html = views::claim_checks_section(r);
  EXPECT_EQ(html.rfind("<h2 id=\"claim-checks\">Claim checks</h2>", 0), 0u);
  size_t headings = 0;
  for (size_t p = html.find("<h3>"); p != std::string::npos; p = html.find("<h3>", p + 1))
    ++headings;
  EXPECT_EQ(headings, r.documents.size());
  EXPECT_EQ(html.find("No document file of the model was found."), std::string::npos);
  EXPECT_NE(views::claim_checks_section({}).find("No document file of the model was found."),
            std::string::npos);
}

}  // namespace
}  // namespace lattice::query
