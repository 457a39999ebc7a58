// WordSet: a small fixed set of lower-case words with fast membership tests, for the word lists
// of the extractors. Words are bucketed by first byte, and a bit mask of the lengths present
// rejects most non-members without comparing bytes. Immutable after construction.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace lattice::extract {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (w.empty()) continue;
      buckets_[static_cast<unsigned char>(w[0])].push_back(w);
      lengths_ |= w.size() < 64 ? (uint64_t{1} << w.size()) : (uint64_t{1} << 63);
    }
  }
  bool contains(std::string_view w) const {
    if (w.empty()) return false;
    const uint64_t bit = w.size() < 64 ? (uint64_t{1} << w.size()) : (uint64_t{1} << 63);
    if (!(lengths_ & bit)) return false;
    for (std::string_view c : buckets_[static_cast<unsigned char>(w[0])]) {
      if (c.size() != w.size()) continue;
      size_t i = 1;  // the first byte matched by the bucket
      while (i < w.size() && c[i] == w[i]) ++i;
      if (i == w.size()) return true;
    }
    return false;
  }

 private:
  std::array<std::vector<std::string_view>, 256> buckets_;
  uint64_t lengths_ = 0;
};

}  // namespace lattice::extract
