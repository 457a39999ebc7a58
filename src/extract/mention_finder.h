// MentionFinder: finds the spans of a text that name an entity of the model (actors, places,
// frameworks) by id-free names, aliases, acronyms and capitals standing for states ("Tokyo",
// "Washington", "Pyongyang"), whole words only, longest match first. Built once from a model;
// immutable and safe to share between threads afterwards. find() is linear in the text size.
// Rules (details atop mention_finder.cpp): acronyms match case-sensitively ("US" is not "us"),
// other names only when capitalised; white space runs, page breaks and markdown emphasis inside
// a name are ignored; "Japan’s" gives Japan without ’s; "U.S.-Japan" gives usa and Japan;
// demonyms of the model's analysis.toml ("Japanese", "South Korean") stand for their state; a
// leading "the" is not part of a span; a name shared by several entities goes to an actor first,
// then a framework, a place, a region.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace lattice::extract {

struct Mention {
  size_t start = 0, end = 0;  // byte span in the text
  std::string id;             // entity id
};

class MentionFinder {
 public:
  explicit MentionFinder(const model::Model& model);
  ~MentionFinder();
  MentionFinder(const MentionFinder&) = delete;
  MentionFinder& operator=(const MentionFinder&) = delete;

  // Every mention in text, sorted by start, non-overlapping (the longest match wins).
  std::vector<Mention> find(std::string_view text) const;

  // The model's analysis.toml facts (focus pair, leaders, demonyms...), copied at construction.
  const model::Analysis& analysis() const;
  // The state a leader's lower-case surname stands for ("suga" -> "jpn"), or "". O(1).
  std::string_view leader_state(std::string_view surname) const;
  // The state an institution or force stands for when asked to act ("usfj" -> "usa"), or "".
  std::string_view acts_for(std::string_view actor) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lattice::extract
