#include "model/analysis_reader.h"

#include <algorithm>

#include "model/field_reader.h"
#include "model/toml_parse.h"

namespace lattice::model {
namespace {

// Surnames and demonyms are compared with the words of a text: no empty or padded entries.
void check_words(FieldReader& r, std::string_view key, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (core::trim(w).empty() || core::trim(w).size() != w.size())
      r.error(key, "'" + std::string(key) + "' entries must be words without surrounding spaces");
}

void read_focus(FieldReader& r, Analysis& a) {
  AnalysisFocus& f = a.focus;
  f.where = r.where();
  const auto pair = r.strings("pair", true);
  if (pair.size() == 2) {
    f.a = pair[0];
    f.b = pair[1];
  } else if (!pair.empty()) {
    r.error("pair", "[focus] field 'pair' must name exactly two actors");
  }
  f.alliance = r.str("alliance");
  f.capitals = r.strings("capitals");
  check_words(r, "capitals", f.capitals);
  f.label = r.str("label");
  f.prose_names = r.strings("prose_names");
  if (!f.prose_names.empty() && f.prose_names.size() != 2)
    r.error("prose_names", "[focus] field 'prose_names' must hold exactly two names");
  f.region = r.str("region");
  f.sources = r.sources();
  r.finish({"pair", "alliance", "capitals", "label", "prose_names", "region", "sources"});
}

void read_area(FieldReader& r, Analysis& a) {
  AnalysisArea x;
  x.where = r.where();
  x.place = r.str("place", true);
  x.states = r.strings("states");
  x.outside = r.strings("outside");
  const std::string others = r.str("other_states");
  if (others == "unknown")
    x.others_unknown = true;
  else if (!others.empty() && others != "outside")
    r.error("other_states",
            "unknown other_states '" + others + "'; expected \"unknown\" or \"outside\"");
  x.sources = r.sources();
  r.finish({"place", "states", "outside", "other_states", "sources"});
  a.areas.push_back(std::move(x));
}

void read_acts_for(FieldReader& r, Analysis& a) {
  AnalysisActsFor x;
  x.where = r.where();
  x.actors = r.strings("actors", true);
  x.state = r.str("state", true);
  x.sources = r.sources();
  r.finish({"actors", "state", "sources"});
  a.acts_for.push_back(std::move(x));
}

void read_leader(FieldReader& r, Analysis& a) {
  AnalysisLeaders x;
  x.where = r.where();
  x.surnames = r.strings("surnames", true);
  check_words(r, "surnames", x.surnames);
  for (const auto& s : x.surnames)
    if (std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      r.error("surnames", "surname '" + s + "' must be written in lower case");
  x.state = r.str("state", true);
  x.sources = r.sources();
  r.finish({"surnames", "state", "sources"});
  a.leaders.push_back(std::move(x));
}

void read_demonym(FieldReader& r, Analysis& a) {
  AnalysisDemonym x;
  x.where = r.where();
  x.state = r.str("state", true);
  x.words = r.strings("words", true);
  check_words(r, "words", x.words);
  r.finish({"state", "words"});
  a.demonyms.push_back(std::move(x));
}

void read_chart_actor(FieldReader& r, Analysis& a) {
  AnalysisChartActor x;
  x.where = r.where();
  x.actor = r.str("actor", true);
  x.colour = r.str("colour", true);
  const bool hex = x.colour.size() == 7 && x.colour[0] == '#' &&
                   x.colour.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
  if (!x.colour.empty() && !hex)
    r.error("colour", "colour '" + x.colour + "' must be written #rrggbb");
  r.finish({"actor", "colour"});
  a.chart_actors.push_back(std::move(x));
}

void read_illustration(FieldReader& r, Analysis& a) {
  AnalysisIllustration x;
  x.where = r.where();
  x.by = r.str("by", true);
  x.against = r.str("against", true);
  x.at = r.str("at");
  x.summary = r.str("summary", true);
  r.finish({"by", "against", "at", "summary"});
  a.illustrations.push_back(std::move(x));
}

void read_report(FieldReader& r, Analysis& a) {
  a.report.where = r.where();
  a.report.bargain_examples = r.strings("bargain_examples");
  a.report.spending_title = r.str("spending_title");
  a.report.spending_note = r.str("spending_note");
  r.finish({"bargain_examples", "spending_title", "spending_note"});
}

}  // namespace

bool read_analysis_file(const ModelFile& file, Analysis& analysis, core::Diagnostics& diags) {
  auto parsed = parse_toml(file.content, file.path, diags);
  if (!parsed) return false;
  static const std::vector<std::string_view> kTables = {
      "focus", "area", "acts_for", "leader", "demonym", "chart_actor", "illustration", "report"};
  for (const auto& [k, node] : *parsed) {
    const std::string key = key_text(k);
    if (std::find(kTables.begin(), kTables.end(), key) == kTables.end()) {
      std::vector<std::string> names(kTables.begin(), kTables.end());
      std::string msg = "unknown table '" + key + "' in " + std::string(kAnalysisFile);
      const std::string near = core::closest_match(key, names);
      if (!near.empty()) msg += " (did you mean '" + near + "'?)";
      diags.error(toml_location(file.path, node.source()), msg);
      continue;
    }
    if (key == "focus" || key == "report") {
      const toml::table* t = node.as_table();
      if (!t) {
        diags.error(toml_location(file.path, node.source()),
                    "'" + key + "' must be a table ([" + key + "])");
        continue;
      }
      FieldReader r(*t, file.path, "[" + key + "]", diags);
      if (key == "focus")
        read_focus(r, analysis);
      else
        read_report(r, analysis);
      continue;
    }
    const toml::array* arr = array_of_tables(node, key, file.path, diags);
    if (!arr) continue;
    for (const auto& item : *arr) {
      FieldReader r(*item.as_table(), file.path, "[[" + key + "]]", diags);
      if (key == "area")
        read_area(r, analysis);
      else if (key == "acts_for")
        read_acts_for(r, analysis);
      else if (key == "leader")
        read_leader(r, analysis);
      else if (key == "demonym")
        read_demonym(r, analysis);
      else if (key == "chart_actor")
        read_chart_actor(r, analysis);
      else
        read_illustration(r, analysis);
    }
  }
  return true;
}

}  // namespace lattice::model
