#include <gtest/gtest.h>

#include "core/date.h"
#include "model/loader.h"
#include "test_support.h"
#include "views/html.h"
#include "views/html_report.h"

namespace lattice::views {
namespace {

TEST(HtmlEscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(html_escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(html_escape("a \"quoted\" & b"), "a &quot;quoted&quot; &amp; b");
  EXPECT_EQ(html_escape("&amp;"), "&amp;amp;");  // not idempotent: escape once
  EXPECT_EQ(html_escape(""), "");
  EXPECT_EQ(html_escape("T\xC5\x8Dky\xC5\x8D"), "T\xC5\x8Dky\xC5\x8D");  // UTF-8 untouched
}

class HtmlReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = model::load_model_folder(lattice::testing::fixture("models/mini"));
    model_ = r.model;
    if (model_) page_ = html_report(*model_, core::Date::parse("2020-01-01")->first_day());
  }
  static void TearDownTestSuite() { model_.reset(); }
  void SetUp() override { ASSERT_NE(model_, nullptr); }
  static std::shared_ptr<const model::Model> model_;
  static std::string page_;
};
std::shared_ptr<const model::Model> HtmlReportTest::model_;
std::string HtmlReportTest::page_;

TEST_F(HtmlReportTest, IsACompletePage) {
  EXPECT_EQ(page_.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page_.find("<title>Pacific microcosm (test fixture)</title>"), std::string::npos);
  EXPECT_NE(page_.find("</html>"), std::string::npos);
  EXPECT_NE(page_.find("Memberships as of 2020-01-01"), std::string::npos);
}

TEST_F(HtmlReportTest, ContainsEveryActorAndFramework) {
  for (const auto& a : model_->actors()) {
    EXPECT_NE(page_.find("<tr id=\"actor-" + a.id + "\">"), std::string::npos) << a.id;
    EXPECT_NE(page_.find("<td>" + html_escape(a.name) + "</td>"), std::string::npos) << a.name;
  }
  for (const auto& f : model_->frameworks())
    EXPECT_NE(page_.find("id=\"fw-" + f.id + "\""), std::string::npos) << f.id;
}

TEST_F(HtmlReportTest, EscapesModelText) {
  // The Reef Pact's name holds '&' and '<'; it must never appear raw.
  EXPECT_EQ(page_.find("Reef Trade & Investment Pact <RTIP>"), std::string::npos);
  EXPECT_EQ(page_.find("<RTIP>"), std::string::npos);
  EXPECT_NE(page_.find("<b>Reef Trade &amp; Investment Pact &lt;RTIP&gt;</b>"), std::string::npos);
  EXPECT_NE(page_.find("Tariff cuts &amp; investment rules"), std::string::npos);
  // The ministers' communique title has an apostrophe.
  EXPECT_NE(page_.find("Forum ministers&#39; meeting"), std::string::npos);
}

TEST_F(HtmlReportTest, ShowsExcerptsOfSpans) {
  // The claim's span (1122-1133) in docs/sample.txt is "3.5 percent".
  EXPECT_NE(page_.find("<blockquote>3.5 percent</blockquote>"), std::string::npos);
  EXPECT_NE(page_.find("<blockquote>We recommend that the Forum create"), std::string::npos);
  EXPECT_EQ(page_.find("(not found)"), std::string::npos);
}

TEST_F(HtmlReportTest, MemberCountsFollowTheDate) {
  EXPECT_NE(page_.find("(coral_forum, regional_organisation) 4 member(s) on 2020-01-01"),
            std::string::npos);
  const std::string earlier = html_report(*model_, core::Date::parse("1985-01-01")->first_day());
  EXPECT_NE(earlier.find("(coral_forum, regional_organisation) 5 member(s) on 1985-01-01"),
            std::string::npos);
}

}  // namespace
}  // namespace lattice::views
