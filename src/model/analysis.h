// What the analyses need to know about one alliance system beyond its entities, read from the
// model folder's analysis.toml (docs/model-format.md): the pair of allies at its focus, which
// states lie inside the treaty areas, which domestic institutions and forces stand for their
// state, leaders' surnames, demonyms, and what the report illustrates. A model without the file
// gets the empty defaults below, and every analysis then works without these facts. Plain values,
// read-only once loaded; safe to share between threads.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/source_ref.h"

namespace lattice::model {

// [focus]: the alliance the model is about. Empty when the model names none.
struct AnalysisFocus {
  std::string a, b;                      // the two allies (actor ids), e.g. the nucleus pair
  std::string alliance;                  // the framework standing for both together, or ""
  std::vector<std::string> capitals;     // names of the two capitals, read together as the alliance
  std::string label;                     // the pair as an adjective ("U.S.-Japan"), or ""
  std::vector<std::string> prose_names;  // the two allies in running text, or empty
  std::string region;                    // the region inclusivity looks at by default, or ""
  std::vector<SourceRef> sources;
  core::SourceLocation where;
  bool empty() const { return a.empty() && b.empty(); }
};

// [[area]]: a treaty area (a place of the model) and the states whose metropolitan territory lies
// inside it although the model places them nowhere.
struct AnalysisArea {
  std::string place;                 // place id
  std::vector<std::string> states;   // state ids inside the area
  std::vector<std::string> outside;  // places outside it whatever state holds a spot in them
  bool others_unknown = false;       // other states: "unknown" (true) or "outside" (false)
  std::vector<SourceRef> sources;
  core::SourceLocation where;
};

// [[acts_for]]: actors (institutions, forces) whose mention as the subject of an ask stands for
// their state.
struct AnalysisActsFor {
  std::vector<std::string> actors;
  std::string state;
  std::vector<SourceRef> sources;
  core::SourceLocation where;
};

// [[leader]]: leaders' surnames (lower case) that, after a title, stand for their state.
struct AnalysisLeaders {
  std::vector<std::string> surnames;
  std::string state;
  std::vector<SourceRef> sources;
  core::SourceLocation where;
};

// [[demonym]]: words ("Japanese", "South Korean") standing for a state in documents.
struct AnalysisDemonym {
  std::string state;
  std::vector<std::string> words;
  core::SourceLocation where;
};

// [[chart_actor]]: an actor the report's indicator charts draw, with its line colour.
struct AnalysisChartActor {
  std::string actor;
  std::string colour;  // "#rrggbb"
  core::SourceLocation where;
};

// [[illustration]]: an event the report's scenario section plays out.
struct AnalysisIllustration {
  std::string by, against, at;  // attacker, attacked (actor ids), place id or ""
  std::string summary;          // one line in the project's words
  core::SourceLocation where;
};

// [report]: what the HTML report shows beyond the model's entities.
struct AnalysisReport {
  std::vector<std::string> bargain_examples;  // folders of examples/ the bargaining section shows
  std::string spending_title, spending_note;  // heading and lead paragraph of the indicators
  core::SourceLocation where;
};

struct Analysis {
  AnalysisFocus focus;
  std::vector<AnalysisArea> areas;
  std::vector<AnalysisActsFor> acts_for;
  std::vector<AnalysisLeaders> leaders;
  std::vector<AnalysisDemonym> demonyms;
  std::vector<AnalysisChartActor> chart_actors;
  std::vector<AnalysisIllustration> illustrations;
  AnalysisReport report;
};

}  // namespace lattice::model
