// Regression tests of model::parse_toml, the toml++ front end of model and scenario files, for
// inputs found by fuzz/fuzz_scenario_file.cpp: it must never let toml++ see the code points it
// mishandles, and what it reads back (string values, keys, messages) must be what was written.
#include "model/toml_parse.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_support.h"

namespace lattice::model {
namespace {

std::string read_fixture(const std::string& rel) {
  std::ifstream in(testing::fixture(rel), std::ios::binary);
  EXPECT_TRUE(in) << "missing fixture " << rel;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> messages(const core::Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& item : d.items()) out.push_back(item.to_string());
  return out;
}

// The input fuzz_scenario_file found: a plane-15 private-use character (U+F00A1) after a bare
// key. parse_toml used to swap it with U+00A1, the very code point toml++ mishandles (undefined
// behaviour, an abort in the sanitizer build); now it is a plain syntax error at its place.
TEST(TomlParseRegression, PrivateUseCharacterAfterBareKeyIsASyntaxError) {
  const std::string text = read_fixture("scenarios/crash_private_use_after_key.toml");
  core::Diagnostics diags;
  EXPECT_FALSE(parse_toml(text, "p.toml", diags));
  const auto m = messages(diags);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0],
            "p.toml:3:6: error: Error while parsing key-value pair: expected '=', saw "
            "'\xf3\xb0\x82\xa1'");
}

// Code points that toml++ mishandles and private-use characters of planes 15 and 16 together;
// everything reads back as written.
TEST(TomlParseRegression, PrivateUsePlanesAndMovedCodePointsReadBackAsWritten) {
  const std::string value = "\xc2\xa7 \xf3\xb0\x82\xa1 \xf4\x80\x82\xa1 \xe3\x81\x82";
  core::Diagnostics diags;
  const auto t =
      parse_toml("a = \"\"\"\\\n" + value + "\"\"\"\n\"k\xc3\xa5\" = 1\n", "p.toml", diags);
  ASSERT_TRUE(t) << messages(diags)[0];
  EXPECT_EQ((*t)["a"].value<std::string>(), value);
  ASSERT_EQ(t->size(), 2u);
  EXPECT_TRUE(t->contains("k\xc3\xa5"));
}

// Escapes name code points directly; they must not be moved back as if they had been moved
// (before, "\u00e9" in a file with any other non-ASCII character came back as U+F00E9).
TEST(TomlParseRegression, EscapedCodePointsAreNotMoved) {
  core::Diagnostics diags;
  const auto t = parse_toml(
      "a = \"caf\\u00e9 \xe2\x80\x94 ok\"\nb = \"\\U000F00E9 \xc3\xa9\"\n\"l\\u00e5bel\" = 1\n",
      "p.toml", diags);
  ASSERT_TRUE(t) << messages(diags)[0];
  EXPECT_EQ((*t)["a"].value<std::string>(), "caf\xc3\xa9 \xe2\x80\x94 ok");
  EXPECT_EQ((*t)["b"].value<std::string>(), "\xf3\xb0\x83\xa9 \xc3\xa9");
  EXPECT_TRUE(
      t->contains("l\xc3\xa5"
                  "bel"));
}

// The same key written once escaped and once as the character is a duplicate key.
TEST(TomlParseRegression, EscapedAndWrittenKeyAreTheSameKey) {
  core::Diagnostics diags;
  EXPECT_FALSE(parse_toml("\"\\u00e5\" = 1\n\"\xc3\xa5\" = 2\n", "p.toml", diags));
  EXPECT_EQ(
      messages(diags),
      (std::vector<std::string>{"p.toml:2:1: error: cannot redefine existing key '\xc3\xa5'"}));
}

}  // namespace
}  // namespace lattice::model
