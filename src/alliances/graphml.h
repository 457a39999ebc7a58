// GraphML (opens in Gephi, yEd, igraph, NetworkX) of a year's alliance network: nodes carry the
// state's name, COW code, ISO3 and COW letter codes and CINC; edges carry the valued code and its
// name. Pure; safe from any thread.
#pragma once

#include <string>

#include "alliances/capabilities.h"
#include "alliances/state_names.h"
#include "alliances/year_network.h"

namespace lattice::alliances {

// The GraphML document of the network (UTF-8, XML-escaped). Nodes have ids "s<COW code>".
// caps may be null (no cinc attribute then). O(nodes + edges).
std::string to_graphml(const YearNetwork& net, const StateNames& names, const Capabilities* caps);

}  // namespace lattice::alliances
