#include "core/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace lattice::core {
namespace {

// Expected digests computed with Python's hashlib.sha256.
TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256Test, OneMillionA) {
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// 55 bytes is the longest message whose padding fits in one block; 56..63 need a second block;
// 64 fills a block exactly.
TEST(Sha256Test, PaddingBoundaries) {
  struct Case {
    size_t length;
    const char* digest;
  };
  const Case cases[] = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
      {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(sha256_hex(std::string(c.length, 'a')), c.digest) << "length " << c.length;
}

TEST(Sha256Test, BinaryAndUtf8Bytes) {
  EXPECT_EQ(sha256_hex(std::string("\0\0\0\xff", 4)),
            "e3820096cb82366b860b8a4e668453a7aaaf423af03bdf289fa308ea03a79332");
  EXPECT_EQ(
      sha256_hex("T\xC5\x8Dky\xC5\x8D \xE2\x80\x93 \xE6\x9D\xB1\xE4\xBA\xAC"),  // Tōkyō – 東京
      "15447841b064ab754d10e4b744415db31cbb821f1782f1fc2ba11bec6dab9a99");
}

TEST(Sha256Test, OutputIsLowerCaseHex) {
  const std::string d = sha256_hex("lattice");
  ASSERT_EQ(d.size(), 64u);
  EXPECT_EQ(d.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(sha256_hex("lattice"), sha256_hex("Lattice"));
}

}  // namespace
}  // namespace lattice::core
