// NameResolver: which entity of a model a name stands for, with names written the way analysts
// write them. It ranks every entity's id, name and aliases against the text:
//   1. Both are reduced to canonical words (model/name_words.h: diacritics, case and punctuation
//      folded; spelling variants, plurals, number and ordinal words; function words dropped).
//   2. A state's or international organisation's name, and its aliases of two or more words or
//      in capitals ("U.S.", "ROK", "DPRK", "Republic of Korea"), stand for that actor wherever
//      they occur, so "US-ROK Mutual Defense Treaty" and "Mutual Defense Treaty between the
//      United States and the Republic of Korea" share their words. One word of such a name
//      ("Korea") still fits it in part.
//   3. Exact (score 1, 0.998, 0.996): the text is a form word for word (ignoring case,
//      punctuation and spacing: "Viet Nam", "Miyako-jima"), or is the form without a trailing
//      qualifier in parentheses ("... and Japan (1951)"), or has its words in another order
//      ("Japan-U.S." for "U.S.-Japan"). Only the best of these tiers present counts. An id
//      matches exactly only as written ("us_japan_alliance").
//   4. Otherwise an entity fits when every word of the text is found among its names and aliases,
//      the years it was signed or entered into force, or the words of its kind ("treaty" for a
//      defense_treaty): as a word, two words written as one ("Iwojima"), a prefix of three
//      letters or more ("Quadrilateral" for "Quad..."), or, for a text in capitals, the
//      initials of a form ("SCC"). A framework may lack framing words of the text ("Five Eyes
//      intelligence alliance"). Its score, 0.7 to 0.99, grows with the share of its best form
//      the text covers. Entities missing some words are only candidates (score below 0.6).
//   5. Exact matches win; else the best fitting entity wins unless others fit about as well
//      (within 0.05): then the text is ambiguous, every one of them is a match, and callers
//      report an error listing them with their kinds, never a silent pick.
// Built once per model (O(total length of the names)); immutable afterwards and safe to share
// between threads. The model must outlive the resolver.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace lattice::model {

// How one entity fits a text.
struct Resolution {
  std::string id;
  EntityKind kind = EntityKind::kActor;
  std::string name;        // display name
  std::string matched;     // the id, name or alias, as the model writes it, the text fits best
  std::string matched_as;  // what `matched` is: "id", "name", "alias" or "iso3"
  double score = 0;        // 1 exact; 0.7 to 0.99 every word found; below 0.6 some words missing
  bool exact = false;      // the text is one of its names, aliases or its id (score >= 0.996)
  std::string why;         // in words: "same words as alias 'Senkakus'", "every word found ..."
};

struct ResolveResult {
  // The entity the text names: one, or several when it fits them about equally (ambiguous).
  std::vector<Resolution> matches;
  // Every entity that fits at least in part, best first (matches first), at most 10.
  std::vector<Resolution> candidates;
  // When nothing matches: ids of the nearest names (a likely typo, else the best candidate).
  std::vector<std::string> suggestions;
  bool ambiguous() const { return matches.size() > 1; }
};

class NameResolver {
 public:
  // Indexes every entity's id, name and aliases. O(total length of the names).
  explicit NameResolver(const Model& model);
  ~NameResolver();
  NameResolver(const NameResolver&) = delete;
  NameResolver& operator=(const NameResolver&) = delete;

  // Ranks the entities of the given kinds (every kind when empty) against text. Entities that
  // have no name (commitments, recommendations, claims, references, data sets) are found by
  // their exact id only. O(number of names x words of the text).
  ResolveResult resolve(std::string_view text, const std::vector<EntityKind>& kinds = {}) const;

  // The one entity of the given kinds text names, or "" with *error set:
  //   unknown actor 'Meloca' (did you mean 'mlk'?)
  //   unknown actor 'MTT' ('mtt_1975' is a framework)
  //   'Georgia' is ambiguous: it names 'geo' (actor: Georgia), 'us_georgia' (actor: State of
  //   Georgia); use an id
  // kinds come in order of preference: when the text fits entities of several kinds equally
  // and exactly one of them is of kinds[0], that one is the answer. The message names kinds[0].
  std::string resolve_as(std::string_view text, const std::vector<EntityKind>& kinds,
                         std::string* error) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace lattice::model
