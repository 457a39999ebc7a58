// Path parameters (a file or folder the request names), the files a front end writes for a query
// (ParamSpec::writes), the GraphML format and the problems a result reports while still being
// shown: what the generated CLI needs for check, alliances and similarity.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog/catalog.h"
#include "embedded_model.h"
#include "query/binder.h"
#include "query/define.h"
#include "query/describe.h"
#include "test_support.h"

namespace lattice::query {
namespace {

struct FileRequest {
  std::vector<std::filesystem::path> inputs;
  std::filesystem::path out;
  std::filesystem::path folder = "data";

  template <class V>
  void visit(V&& v) {
    v(inputs, {.name = "inputs", .help = "Files read", .positional = true});
    v(out, {.name = "out", .help = "File written", .writes = "graphml"});
    v(folder, {.name = "folder", .help = "A folder"});
  }
};

struct FileResult {
  std::vector<std::string> read;
  std::vector<std::string> problems;
};

FileResult read_files(const Env&, const FileRequest& r) {
  FileResult out;
  for (const auto& p : r.inputs) {
    if (p.string().find("missing") != std::string::npos)
      out.problems.push_back(p.string() + ": cannot read");
    else
      out.read.push_back(p.string());
  }
  return out;
}

Views<FileResult> file_views() {
  Views<FileResult> v;
  v.json = [](const FileResult& r) { return nlohmann::json(r.read); };
  v.text = [](const FileResult& r) { return std::to_string(r.read.size()) + " read\n"; };
  v.graphml = [](const FileResult& r) { return "<graphml>" + std::to_string(r.read.size()); };
  return v;
}

Env env() {
  return {lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day()};
}

TEST(PathParam, IsDescribedAsAPathWithItsDefaultAndWhatIsWrittenThere) {
  const Query q = define("files", "Files", &read_files, file_views(), {});
  const ParamInfo* inputs = q.param("inputs");
  ASSERT_NE(inputs, nullptr);
  EXPECT_EQ(inputs->type, "path");
  EXPECT_TRUE(inputs->repeated);
  EXPECT_TRUE(inputs->writes.empty());
  const ParamInfo* out = q.param("out");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->type, "path");
  EXPECT_EQ(out->writes, "graphml");
  EXPECT_TRUE(out->default_value.is_null());
  EXPECT_EQ(q.param("folder")->default_value, "data");
  EXPECT_TRUE(q.has(Format::kGraphml));
  EXPECT_FALSE(q.has(Format::kCsv));
}

TEST(PathParam, IsBoundAsWrittenWithoutTouchingTheDisk) {
  const Env e = env();
  FileRequest r;
  const RawArgs raw = {{"inputs", {"a b.txt", "/no/such/dir/x.pdf"}}, {"out", {"net.graphml"}}};
  Binder b(raw, e);
  r.visit(b);
  EXPECT_TRUE(b.finish().empty());
  ASSERT_EQ(r.inputs.size(), 2u);
  EXPECT_EQ(r.inputs[0], std::filesystem::path("a b.txt"));
  EXPECT_EQ(r.inputs[1], std::filesystem::path("/no/such/dir/x.pdf"));
  EXPECT_EQ(r.out, std::filesystem::path("net.graphml"));
  EXPECT_EQ(r.folder, std::filesystem::path("data"));
}

TEST(PathParam, ProblemsOfTheResultReachTheAnswerAndTheResultIsStillRendered) {
  const Query q = define("files", "Files", &read_files, file_views(), {});
  const Answer a = q.run(env(), {{"inputs", {"one.txt", "missing.txt", "two.txt"}}});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.problems, std::vector<std::string>{"missing.txt: cannot read"});
  EXPECT_EQ(a.render(Format::kText), "2 read\n");
  EXPECT_EQ(a.render(Format::kGraphml), "<graphml>2");
}

TEST(Formats, NamesRoundTrip) {
  for (Format f : {Format::kText, Format::kJson, Format::kCsv, Format::kHtml, Format::kGraphml})
    EXPECT_EQ(format_named(format_name(f)), f);
  EXPECT_EQ(format_name(Format::kGraphml), "graphml");
  EXPECT_FALSE(format_named("xml").has_value());
}

// The generated CLI writes the file a `writes` parameter names, with the format it says, and
// prints the command's view; an unwritable file is an error (exit 1) and nothing is printed.
TEST(PathParam, TheCliWritesTheFileOfAWritesParameter) {
  namespace fs = std::filesystem;
  const std::string data = lattice::testing::shared_dir() + "/data";
  ASSERT_TRUE(fs::exists(data + "/atop5_1_ddyr_full.csv")) << "no alliance data in " << data;
  const fs::path file = fs::temp_directory_path() / "lattice_path_param_test.graphml";
  fs::remove(file);
  const auto r = lattice::testing::run_cli(
      {"alliances", "--year", "1900", "--top", "1", "--graphml", file.string(), "--data", data});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\nwrote " + file.string() + "\n"), std::string::npos) << r.out;
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str().rfind("<?xml", 0), 0u);
  EXPECT_NE(ss.str().find("<graphml"), std::string::npos);
  EXPECT_FALSE(fs::exists(file.string() + ".tmp"));
  fs::remove(file);

  const auto bad = lattice::testing::run_cli(
      {"alliances", "--year", "1900", "--graphml", "/no/such/dir/x.graphml", "--data", data});
  EXPECT_EQ(bad.status, 1);
  EXPECT_EQ(bad.out, "");
  EXPECT_NE(bad.err.find("cannot write /no/such/dir/x.graphml.tmp"), std::string::npos) << bad.err;
}

TEST(PathParam, TheCatalogDescribesTheCommandsFilesAsPaths) {
  const Query* check = catalog::find("check");
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->param("file")->type, "path");
  EXPECT_TRUE(check->param("file")->required);
  const Query* alliances = catalog::find("alliances");
  ASSERT_NE(alliances, nullptr);
  EXPECT_EQ(alliances->param("data")->type, "path");
  EXPECT_EQ(alliances->param("graphml")->writes, "graphml");
  EXPECT_EQ(catalog::find("similarity")->param("data")->type, "path");
}

}  // namespace
}  // namespace lattice::query
