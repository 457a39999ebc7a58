// The catalog's rules (every query declared completely, names unique and snake_case, every
// example runs on the embedded model) and the generated CLI giving exactly the catalog's views.
#include "catalog/catalog.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "embedded_model.h"
#include "test_support.h"

namespace lattice::catalog {
namespace {

const query::Env& env() {
  // Example paths are relative to the repository, as in docs/cli.md.
  static const query::Env e{lattice::testing::embedded_model_ptr(),
                            core::Date::from_parts(2024, 6, 1).first_day(), "", LATTICE_SOURCE_DIR};
  return e;
}

TEST(Catalog, EveryQueryIsDeclaredCompletely) {
  const std::regex snake("[a-z][a-z0-9_]*");
  std::set<std::string> names;
  ASSERT_FALSE(queries().empty());
  for (const auto& q : queries()) {
    SCOPED_TRACE(q.name);
    EXPECT_TRUE(std::regex_match(q.name, snake));
    EXPECT_TRUE(names.insert(q.name).second) << "duplicate query name";
    EXPECT_FALSE(q.summary.empty());
    EXPECT_FALSE(q.examples.empty()) << "every query needs an example";
    EXPECT_TRUE(q.has(query::Format::kJson)) << "every query has a JSON view";
    EXPECT_TRUE(q.has(query::Format::kText)) << "every query has a text view";
    std::set<std::string> params;
    for (const auto& p : q.params) {
      SCOPED_TRACE(p.name);
      EXPECT_TRUE(std::regex_match(p.name, snake));
      EXPECT_TRUE(params.insert(p.name).second) << "duplicate parameter";
      EXPECT_FALSE(p.help.empty());
      EXPECT_FALSE(p.type.empty());
      if (p.type == "choice") {
        EXPECT_FALSE(p.choices.empty());
      }
      if (p.type == "entity") {
        EXPECT_FALSE(p.entity_kind.empty());
      }
      EXPECT_FALSE(p.name.starts_with("_")) << "names starting with _ are for front ends";
    }
    EXPECT_EQ(find(q.name), &q);
  }
  EXPECT_EQ(find("no_such_query"), nullptr);
}

TEST(Catalog, EveryExampleRunsInEveryFormat) {
  // Files in examples are named relative to the repository root, as in docs/cli.md.
  std::filesystem::current_path(LATTICE_SOURCE_DIR);
  for (const auto& q : queries()) {
    for (const auto& example : q.examples) {
      SCOPED_TRACE(q.name);
      const query::Answer a = q.run(env(), example);
      ASSERT_TRUE(a.errors.empty()) << a.errors[0].parameter << ": " << a.errors[0].message;
      ASSERT_FALSE(a.failure.has_value()) << *a.failure;
      for (query::Format f : q.formats) EXPECT_FALSE(a.render(f).empty()) << format_name(f);
      EXPECT_TRUE(nlohmann::json::accept(a.render(query::Format::kJson)));
    }
  }
}

// The CLI subcommand generated from a query prints exactly the query's views.
TEST(Catalog, GeneratedCliPrintsTheViews) {
  const query::Query* members = find("members");
  ASSERT_NE(members, nullptr);
  const query::Answer a = members->run(env(), {{"framework", {"Quad"}}, {"on", {"2024-06-01"}}});
  ASSERT_TRUE(a.ok());
  const auto json = lattice::testing::run_cli({"members", "Quad", "--on", "2024-06-01", "--json"});
  EXPECT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out, a.render(query::Format::kJson));
  const auto csv = lattice::testing::run_cli({"members", "Quad", "--on", "2024-06-01", "--csv"});
  EXPECT_EQ(csv.out, a.render(query::Format::kCsv));
  const auto text = lattice::testing::run_cli({"members", "Quad", "--on", "2024-06-01"});
  EXPECT_EQ(text.out, a.render(query::Format::kText));
  EXPECT_EQ(text.out.rfind("Quadrilateral Security Dialogue (quad): 4 member(s) on 2024-06-01", 0),
            0u)
      << text.out;
}

TEST(Catalog, GeneratedCliSpellsParameterErrorsAsFlags) {
  const auto range = lattice::testing::run_cli({"members", "quad", "--on", "2024-02"});
  EXPECT_EQ(range.status, 2);
  EXPECT_EQ(range.err, "lattice: --on: '2024-02' must be a full date YYYY-MM-DD\n");
  const auto choice = lattice::testing::run_cli({"actors", "--kind", "planet"});
  EXPECT_EQ(choice.status, 2);
  EXPECT_EQ(choice.err.rfind("lattice: --kind: unknown actor kind 'planet'; expected state", 0), 0u)
      << choice.err;
  const auto missing = lattice::testing::run_cli({"memberships"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("ACTOR is required"), std::string::npos) << missing.err;
}

// A negative answer (a name that fits nothing, a model with errors) still prints its views, and
// the CLI exits 1 with the verdict's note on stderr in text mode only.
TEST(Catalog, ANegativeVerdictPrintsTheViewsAndExitsOne) {
  const query::Query* resolve = find("resolve");
  ASSERT_NE(resolve, nullptr);
  const query::Answer none = resolve->run(env(), {{"text", {"zzyzx qqq"}}});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.verdict.negative);
  EXPECT_EQ(none.verdict.note.rfind("lattice: nothing in the model is called 'zzyzx qqq'", 0), 0u)
      << none.verdict.note;
  const query::Answer quad = resolve->run(env(), {{"text", {"the Quad"}}});
  ASSERT_TRUE(quad.ok());
  EXPECT_FALSE(quad.verdict.negative);
  EXPECT_EQ(quad.verdict.note, "");

  const auto text = lattice::testing::run_cli({"resolve", "zzyzx qqq"});
  EXPECT_EQ(text.status, 1);
  EXPECT_EQ(text.err, none.verdict.note);
  const auto json = lattice::testing::run_cli({"resolve", "zzyzx qqq", "--json"});
  EXPECT_EQ(json.status, 1);
  EXPECT_EQ(json.err, "");
  EXPECT_EQ(json.out, none.render(query::Format::kJson));
}

// validate reads the model folder itself: the front end does not load it first, so a broken
// model reaches the query and its diagnostics are the answer.
TEST(Catalog, ValidateLoadsTheFolderItself) {
  const query::Query* validate = find("validate");
  ASSERT_NE(validate, nullptr);
  EXPECT_FALSE(validate->needs_model);
  query::Env broken{
      nullptr, core::Date::from_parts(2024, 6, 1).first_day(),
      std::string(LATTICE_SOURCE_DIR) + "/tests/fixtures/bad/overlapping_memberships"};
  const query::Answer a = validate->run(broken, {});
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a.verdict.negative);
  EXPECT_NE(a.verdict.note.find("error"), std::string::npos) << a.verdict.note;
  const auto j = nlohmann::json::parse(a.render(query::Format::kJson));
  EXPECT_EQ(j["valid"], false);
  EXPECT_GE(j["errors"].get<int>(), 1);
}

}  // namespace
}  // namespace lattice::catalog
