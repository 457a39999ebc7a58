// The files a front end writes for a query (exports), the problems a result reports while still
// being shown (Remarks) and path parameters bound as written: what the generated CLI needs for
// check, alliances and similarity.
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
  std::vector<Path> inputs;
  Path out;
  Path folder{"data"};

  template <class V>
  void visit(V&& v) {
    v(inputs, {.name = "inputs", .help = "Files read", .positional = true});
    v(out, {.name = "out", .help = "File written"});
    v(folder, {.name = "folder", .help = "A folder"});
  }
};

struct FileResult {
  std::vector<std::string> read;
  std::string out;
  Remarks remarks;
};

FileResult read_files(const Env&, const FileRequest& r) {
  FileResult out;
  for (const auto& p : r.inputs) {
    if (p.text.find("missing") != std::string::npos)
      out.remarks.problems.push_back(p.text + ": cannot read");
    else
      out.read.push_back(p.text);
  }
  out.out = r.out.text;
  return out;
}

Views<FileResult> file_views() {
  Views<FileResult> v;
  v.json = [](const FileResult& r) { return nlohmann::json(r.read); };
  v.text = [](const FileResult& r) { return std::to_string(r.read.size()) + " read\n"; };
  v.exports = [](const FileResult& r) {
    std::vector<Export> e;
    if (!r.out.empty()) e.push_back({"", {{r.out, "<graphml>" + std::to_string(r.read.size())}}});
    return e;
  };
  return v;
}

Env env() {
  return {lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day()};
}

TEST(QueryExports, IsDescribedAsAPathWithItsDefault) {
  const Query q = define("files", "Files", &read_files, file_views(), {});
  const ParamInfo* inputs = q.param("inputs");
  ASSERT_NE(inputs, nullptr);
  EXPECT_EQ(inputs->type, "path");
  EXPECT_TRUE(inputs->repeated);
  const ParamInfo* out = q.param("out");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->type, "path");
  EXPECT_TRUE(out->default_value.is_null());
  EXPECT_EQ(q.param("folder")->default_value, "data");
  EXPECT_FALSE(q.has(Format::kCsv));
}

TEST(QueryExports, IsBoundAsWrittenWithoutTouchingTheDisk) {
  const Env e = env();
  FileRequest r;
  const RawArgs raw = {{"inputs", {"a b.txt", "/no/such/dir/x.pdf"}}, {"out", {"net.graphml"}}};
  Binder b(raw, e);
  r.visit(b);
  EXPECT_TRUE(b.finish().empty());
  ASSERT_EQ(r.inputs.size(), 2u);
  EXPECT_EQ(r.inputs[0].text, "a b.txt");
  EXPECT_EQ(r.inputs[1].text, "/no/such/dir/x.pdf");
  EXPECT_EQ(r.out.text, "net.graphml");
  EXPECT_EQ(r.folder.text, "data");
}

TEST(QueryExports, ProblemsOfTheResultReachTheAnswerAndTheResultIsStillRendered) {
  const Query q = define("files", "Files", &read_files, file_views(), {});
  const RawArgs raw = {{"inputs", {"one.txt", "missing.txt", "two.txt"}}, {"out", {"n.graphml"}}};
  const Answer a = q.run(env(), raw);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.remarks.problems, std::vector<std::string>{"missing.txt: cannot read"});
  EXPECT_EQ(a.render(Format::kText), "2 read\n");
  const std::vector<Export> e = a.exports();
  ASSERT_EQ(e.size(), 1u);
  ASSERT_EQ(e[0].files.size(), 1u);
  EXPECT_EQ(e[0].files[0].path, "n.graphml");
  EXPECT_EQ(e[0].files[0].content, "<graphml>2");
}

// The generated CLI writes the file an export names and prints the command's view, with a
// "wrote" line on stderr; an unwritable file is an error (exit 1) and nothing is printed.
TEST(QueryExports, TheCliWritesAnExportAndSaysSo) {
  namespace fs = std::filesystem;
  const std::string data = lattice::testing::shared_dir() + "/data";
  ASSERT_TRUE(fs::exists(data + "/atop5_1_ddyr_full.csv")) << "no alliance data in " << data;
  const fs::path file = fs::temp_directory_path() / "lattice_path_param_test.graphml";
  fs::remove(file);
  const auto r = lattice::testing::run_cli(
      {"alliances", "--year", "1900", "--top", "1", "--graphml", file.string(), "--data", data});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("lattice: wrote " + file.string() + "\n"), std::string::npos) << r.err;
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
  EXPECT_NE(bad.err.find("cannot write /no/such/dir/x.graphml"), std::string::npos) << bad.err;
}

TEST(QueryExports, TheCatalogDescribesTheCommandsFilesAsPaths) {
  const Query* check = catalog::find("check");
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->param("file")->type, "path");
  EXPECT_TRUE(check->param("file")->required);
  const Query* alliances = catalog::find("alliances");
  ASSERT_NE(alliances, nullptr);
  EXPECT_EQ(alliances->param("data")->type, "path");
  EXPECT_EQ(alliances->param("graphml")->type, "path");
  EXPECT_EQ(catalog::find("similarity")->param("data")->type, "path");
}

}  // namespace
}  // namespace lattice::query
