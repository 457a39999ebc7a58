// Policy domains of a sentence from keyword lexicons (one list of words and phrases per
// model::Domain), with the conventions of ../shared/gold/README.md "Domains": host-nation support
// and defense spending are burden sharing, Okinawa and bases are basing, space is security and
// technology standards, and a general alliance statement with no keyword is security plus
// diplomacy. Static immutable data; safe from any thread. Linear in the text size times the
// lexicon size.
#pragma once

#include <string_view>
#include <vector>

#include "model/vocabulary.h"

namespace lattice::extract {

// The domains of text, strongest (most keyword hits) first, ties in vocabulary order. Never
// empty: a text with no keyword gets security and diplomacy_multilateral.
std::vector<model::Domain> domains_of(std::string_view text);

}  // namespace lattice::extract
