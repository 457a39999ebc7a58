// Writers of the networks for other tools: GraphML (Gephi, Cytoscape, igraph, NetworkX) and CSV
// node and edge tables (Gephi's spreadsheet import, R, pandas). They return text; the caller
// writes files. Pure; safe from any thread.
#pragma once

#include <string>

#include "latticework/networks.h"
#include "model/model.h"

namespace lattice::latticework {

// GraphML of the two-mode network: node attributes id, name, type ("actor" or "framework"), kind
// and bipartite (0 actor, 1 framework); frameworks also carry weight; edges carry weight 1.
std::string two_mode_graphml(const TwoModeNetwork& net);
// GraphML of the actor projection: node attributes id, name, type, kind; edge weight and
// frameworks (the shared framework ids separated by ';').
std::string projection_graphml(const model::Model& m, const Projection& p);

// nodes.csv: Id,Label,type,kind,bipartite,weight for every actor and framework.
std::string nodes_csv(const TwoModeNetwork& net);
// edges.csv: Source,Target,Type,Weight,network,frameworks; network is "two_mode" (actor to
// framework, weight 1) or "projection" (actor to actor).
std::string edges_csv(const TwoModeNetwork& net, const Projection& p);

}  // namespace lattice::latticework
