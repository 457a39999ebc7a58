// The parameter infrastructure added for the document and corpus queries: path parameters
// (type "path", resolved against Env::base_dir), a second accepted name (alias), remarks a result
// hands to the Answer (notes and problems) and the JSON lines format.
#include <gtest/gtest.h>

#include "embedded_model.h"
#include "query/binder.h"
#include "query/define.h"
#include "query/describe.h"

namespace lattice::query {
namespace {

struct Files {
  std::vector<Path> inputs;
  Path out{"out.db"};
  Path optional_path;
  std::string organisation;

  template <class V>
  void visit(V&& v) {
    v(inputs, {.name = "input", .help = "Inputs", .required = true, .positional = true});
    v(out, {.name = "out", .help = "Output"});
    v(optional_path, {.name = "extra", .help = "Extra file"});
    v(organisation, {.name = "organisation", .help = "Who", .alias = "organization"});
  }
};

Env env_at(std::filesystem::path base) {
  return Env{lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day(),
             "", std::move(base)};
}

std::vector<ParamError> bind(const RawArgs& raw, const Env& env, Files* out) {
  Binder b(raw, env);
  out->visit(b);
  return b.finish();
}

TEST(PathParam, RelativePathsStartAtTheBaseFolderAndAbsoluteOnesStay) {
  Files f;
  const auto errors = bind({{"input", {"a.txt", "/abs/b.txt", "sub/c.md"}}}, env_at("/base"), &f);
  ASSERT_TRUE(errors.empty()) << errors[0].message;
  ASSERT_EQ(f.inputs.size(), 3u);
  EXPECT_EQ(f.inputs[0].text, "/base/a.txt");
  EXPECT_EQ(f.inputs[1].text, "/abs/b.txt");
  EXPECT_EQ(f.inputs[2].text, "/base/sub/c.md");
  EXPECT_EQ(f.out.text, "/base/out.db") << "a default path starts where given ones do";
  EXPECT_TRUE(f.optional_path.empty()) << "an absent path without default stays empty";
}

TEST(PathParam, WithoutABaseFolderPathsStayAsWritten) {
  Files f;
  ASSERT_TRUE(bind({{"input", {"a.txt"}}, {"out", {"x/y.db"}}}, env_at({}), &f).empty());
  EXPECT_EQ(f.inputs[0].text, "a.txt");
  EXPECT_EQ(f.out.text, "x/y.db");
}

TEST(PathParam, AnEmptyPathIsAUsageError) {
  Files f;
  const auto errors = bind({{"input", {"a.txt"}}, {"extra", {""}}}, env_at({}), &f);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].parameter, "extra");
  EXPECT_EQ(errors[0].kind, ParamError::Kind::kType);
  EXPECT_TRUE(errors[0].is_usage());
  EXPECT_EQ(errors[0].message, "is an empty path");
}

TEST(PathParam, IsDescribedAsAPathWithItsDefaultAndAlias) {
  Files defaults;
  Describer d;
  defaults.visit(d);
  const auto params = d.take();
  ASSERT_EQ(params.size(), 4u);
  EXPECT_EQ(params[0].type, "path");
  EXPECT_TRUE(params[0].repeated);
  EXPECT_EQ(params[1].type, "path");
  EXPECT_EQ(params[1].default_value, "out.db");
  EXPECT_TRUE(params[2].default_value.is_null());
  EXPECT_EQ(params[3].alias, "organization");
  EXPECT_EQ(params[1].alias, "");
}

TEST(ParamAlias, EitherNameBindsTheField) {
  Files f;
  ASSERT_TRUE(bind({{"input", {"a"}}, {"organization", {"JCIE"}}}, env_at({}), &f).empty());
  EXPECT_EQ(f.organisation, "JCIE");
  Files g;
  ASSERT_TRUE(bind({{"input", {"a"}}, {"organisation", {"CSIS"}}}, env_at({}), &g).empty());
  EXPECT_EQ(g.organisation, "CSIS");
  Files h;
  const auto errors = bind({{"input", {"a"}}, {"organizationx", {"?"}}}, env_at({}), &h);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, ParamError::Kind::kUnknown);
}

// A query whose result carries remarks and has a JSON lines view.
struct Lines {
  std::vector<std::string> words;
  template <class V>
  void visit(V&& v) {
    v(words, {.name = "word", .help = "Words", .positional = true});
  }
};
struct LinesResult {
  std::vector<std::string> words;
  Remarks remarks;
};
LinesResult lines(const Env&, const Lines& request) {
  LinesResult r;
  for (const auto& w : request.words) {
    if (w == "bad") {
      r.remarks.problems.push_back("bad: not a word");
    } else {
      r.words.push_back(w);
    }
  }
  r.remarks.notes.push_back("note: " + std::to_string(r.words.size()) + " words");
  return r;
}

TEST(Remarks, TheResultsRemarksReachTheAnswerAndJsonlIsAFormat) {
  Views<LinesResult> views;
  views.json = [](const LinesResult& r) { return nlohmann::json(r.words); };
  views.text = [](const LinesResult& r) { return std::to_string(r.words.size()) + "\n"; };
  views.jsonl = [](const LinesResult& r) {
    std::string out;
    for (const auto& w : r.words) out += nlohmann::json({{"word", w}}).dump() + "\n";
    return out;
  };
  const Query q = define("lines", "Words as lines", &lines, views);
  EXPECT_TRUE(q.has(Format::kJsonl));
  EXPECT_FALSE(q.has(Format::kCsv));
  EXPECT_EQ(format_name(Format::kJsonl), "jsonl");
  const Answer a = q.run(env_at({}), {{"word", {"a", "bad", "b"}}});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.remarks.problems, std::vector<std::string>{"bad: not a word"});
  EXPECT_EQ(a.remarks.notes, std::vector<std::string>{"note: 2 words"});
  EXPECT_EQ(a.render(Format::kJsonl), "{\"word\":\"a\"}\n{\"word\":\"b\"}\n");
  EXPECT_EQ(a.render(Format::kText), "2\n");
}

}  // namespace
}  // namespace lattice::query
