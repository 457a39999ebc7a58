// The words of a name as the resolver compares them: a name folded to ASCII and lower case, split
// into words, with the spellings people vary put in one form ("U.S." -> us, "Defence" -> defense,
// "Pact"/"Agreement"/"Accord" -> treaty, "Islands" -> island, "Second" -> 2nd, "Two"/"II" -> 2,
// "G20" -> g 20, "ADMM+" -> admm plus) and function words ("the", "of", "and") left out. Pure
// functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lattice::model {

// One word of a name.
struct NameWord {
  std::string text;      // canonical spelling ("treaty", "defense", "2nd", "island")
  std::string written;   // folded spelling before canonical forms ("pact", "defence", "second")
  bool generic = false;  // a word naming a type of thing (island, sea, treaty, forum, base)
};

// The words of text, in order, function words left out. O(|text|).
//   "The U.S.-Japan Security Treaty" -> us japan security treaty
//   "ASEAN Defence Ministers' Meeting-Plus" -> asean defense minister meeting plus
//   "Senkakus" -> senkaku; "Pillar II" -> pillar 2; "Türkiye" -> turkiye
std::vector<NameWord> name_words(std::string_view text);

// True for a canonical word that names a type of thing rather than the thing ("island", "sea",
// "strait", "treaty", "forum", "dialogue", "alliance", "base", ...): such words weigh less when
// ranking how much of a name a text covers.
bool is_generic_word(std::string_view canonical);

// True for a generic word that frames a name rather than telling what it is ("alliance",
// "partnership", "dialogue", "initiative", "cooperation", "vision"): people add such words to a
// name ("Five Eyes intelligence alliance"), so the resolver tolerates them when the entity's
// names lack them. Words of legal instruments and geography ("treaty", "island") are not.
bool is_framing_word(std::string_view canonical);

// True for a word naming a kind of geographic feature that reports use loosely for the same
// feature ("Scarborough Shoal" / "Scarborough Reef"): island, islet, reef, shoal, bank, rock,
// atoll, cay. The resolver tolerates such a word when a place's names lack it.
bool is_feature_word(std::string_view canonical);

// The number an ordinal word stands for ("1st" -> 1, "21st" -> 21; canonical words, so "first"
// is already "1st"), or 0 for any other word.
int ordinal_number(std::string_view canonical);

// True for a word of digits only ("1960").
bool is_number(std::string_view word);

// The canonical words of text, without repeats, sorted and joined by ' '. Two names with the same
// key are the same name to the resolver ("Japan-U.S. Security Treaty" and "U.S.-Japan security
// treaty"), so `lattice validate` warns when two entities' names or aliases share a key.
std::string name_key(std::string_view text);

}  // namespace lattice::model
