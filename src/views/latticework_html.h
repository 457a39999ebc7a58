// HTML fragments of the latticework queries for the report: a drawing of the weighted actor
// projection (inline SVG at the network query's layout), a heatmap of membership overlap between
// frameworks with the clusters of redundant ones, the coverage matrix (domains × frameworks), and
// the report's latticework section composed of them. They format results and never compute.
#pragma once

#include <string>

#include "query/latticework_queries.h"

namespace lattice::views {

// <svg> of the projection: node size strength, colour community, line width tie weight.
std::string network_html(const query::NetworkResult& r);
// Jaccard heatmap of the frameworks with three or more members, then the redundant clusters.
std::string overlap_html(const query::OverlapResult& r);
// Domains × shared frameworks, gaps marked.
std::string coverage_html(const query::CoverageResult& r);

// The report's <section id="latticework"> (no page wrapper) from the results of the network,
// centrality, overlap and coverage queries on one date with their default parameters; centrality
// and coverage are null for a model without a focus pair (analysis.toml [focus]), and the nucleus
// sentence and coverage matrix are then left out.
std::string latticework_section(const query::NetworkResult& network,
                                const query::CentralityResult* centrality,
                                const query::OverlapResult& overlap,
                                const query::CoverageResult* coverage);

}  // namespace lattice::views
