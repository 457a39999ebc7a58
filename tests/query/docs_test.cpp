// docs/cli.md cannot drift from the catalog: every query has its section, and the section names
// every parameter as the CLI spells it and the output flags the query offers.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "catalog/catalog.h"
#include "cli/query_command.h"

namespace lattice::catalog {
namespace {

std::string cli_md() {
  std::ifstream in(std::string(LATTICE_SOURCE_DIR) + "/docs/cli.md");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The text of the section "## lattice NAME" up to the next "## " heading; empty when absent.
std::string section(const std::string& doc, const std::string& name) {
  const std::string heading = "\n## lattice " + name + "\n";
  const size_t start = doc.find(heading);
  if (start == std::string::npos) return "";
  const size_t end = doc.find("\n## ", start + heading.size());
  return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST(CliDocs, EveryQueryIsDocumentedWithEveryParameter) {
  const std::string doc = cli_md();
  ASSERT_FALSE(doc.empty()) << "docs/cli.md not found";
  for (const auto& q : queries()) {
    SCOPED_TRACE(q.name);
    const std::string text = section(doc, q.name);
    ASSERT_FALSE(text.empty()) << "docs/cli.md has no section '## lattice " << q.name << "'";
    for (const auto& p : q.params) {
      const std::string spelling = cli::cli_spelling(p);
      EXPECT_NE(text.find(spelling), std::string::npos)
          << "the section does not mention " << spelling;
    }
    if (q.has(query::Format::kJson)) {
      EXPECT_NE(text.find("--json"), std::string::npos);
    }
    if (q.has(query::Format::kCsv)) {
      EXPECT_NE(text.find("--csv"), std::string::npos);
    }
  }
  EXPECT_FALSE(section(doc, "queries").empty()) << "the catalog command itself is documented";
}

TEST(CliDocs, SectionFinderFindsOnlyWholeHeadings) {
  const std::string doc = "intro\n## lattice members\nA --on B\n## lattice membersx\nC\n";
  EXPECT_EQ(section(doc, "members"), "\n## lattice members\nA --on B");
  EXPECT_EQ(section(doc, "member"), "");
}

}  // namespace
}  // namespace lattice::catalog
