// The indicator commands as queries: an actor's series of an indicator (series), a framework's
// total and world share with what-if membership (bloc), burden sharing and the Olson-Zeckhauser
// test (burden), and the defense-spending lines the report charts. Each is a request (parameters
// declared once in visit()), a result, and a pure function of the environment and the request
// that calls the analyses of indicators/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "indicators/bloc.h"
#include "indicators/burden.h"
#include "indicators/indicator_store.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

struct SeriesRequest {
  EntityRef<model::EntityKind::kIndicator> indicator;
  EntityRef<model::EntityKind::kActor> actor;
  std::optional<int> from, to;

  template <class V>
  void visit(V&& v) {
    v(indicator, {.name = "indicator",
                  .help = "Indicator id or name (gdp, population, milex, milex_gdp, cow_milex, "
                          "cow_milper, cinc, hns)",
                  .required = true,
                  .positional = true});
    v(actor, {.name = "actor",
              .help = "Actor id, name or alias ('world' for the world aggregate)",
              .required = true,
              .positional = true});
    v(from, {.name = "from", .help = "First year"});
    v(to, {.name = "to", .help = "Last year"});
  }
};

struct SeriesResult {
  std::string indicator, actor;                   // ids
  std::optional<indicators::IndicatorInfo> info;  // absent when the store has no such indicator
  std::string actor_name;                         // "" when the model has no such actor
  std::optional<int> from, to;                    // as requested
  std::vector<indicators::Observation> values;    // by year
};

SeriesResult series(const Env& env, const SeriesRequest& request);

struct BlocRequest {
  EntityRef<model::EntityKind::kFramework> framework;
  std::optional<EntityRef<model::EntityKind::kIndicator>> indicator;  // absent: gdp
  std::optional<int> year;                                            // required
  std::optional<core::Day> on;                                        // absent: 31 December of year
  std::vector<EntityRef<model::EntityKind::kActor>> add, remove;

  template <class V>
  void visit(V&& v) {
    v(framework, {.name = "framework",
                  .help = "Framework id, name or alias",
                  .required = true,
                  .positional = true});
    v(indicator, {.name = "indicator", .help = "Indicator id or name (default: gdp)"});
    v(year, {.name = "year", .help = "Year of the data", .required = true});
    v(on, {.name = "on",
           .help = "Date YYYY-MM-DD the membership is read on (default: 31 December of --year)"});
    v(add, {.name = "add", .help = "Count these actors as members too (what if they joined?)"});
    v(remove, {.name = "remove", .help = "Leave these members out"});
  }
};

struct BlocResult {
  std::string framework_name;      // "" when the model has no such framework
  std::vector<std::string> added;  // ids, as requested
  indicators::BlocResult bloc;     // bloc.request holds the ids, year and day
};

BlocResult bloc(const Env& env, const BlocRequest& request);

struct BurdenRequest {
  EntityRef<model::EntityKind::kFramework> framework;
  std::optional<int> year, from, to;
  std::optional<core::Day> on;  // with year; absent: 31 December of year

  template <class V>
  void visit(V&& v) {
    v(framework, {.name = "framework",
                  .help = "Framework id, name or alias",
                  .required = true,
                  .positional = true});
    v(year, {.name = "year", .help = "Year of the data"});
    v(from, {.name = "from", .help = "First year of a series of the test"});
    v(to, {.name = "to", .help = "Last year of a series of the test"});
    v(on, {.name = "on",
           .help = "Date YYYY-MM-DD the membership is read on, with --year (default: 31 December "
                   "of --year; a series reads it at the end of each year)"});
  }
  // Either year, or both from and to with from <= to.
  std::vector<ParamError> validate() const;
};

struct BurdenResult {
  std::string framework;       // id
  std::string framework_name;  // "" when the model has no such framework
  bool is_series = false;      // from..to: `tests`; else `single`
  int from = 0, to = 0;
  indicators::BurdenResult single;
  std::vector<indicators::BurdenResult> tests;
};

BurdenResult burden(const Env& env, const BurdenRequest& request);

// The report's defense-spending charts: military expenditure, its share of GDP and GDP of a few
// actors, from a first year on. Not a CLI command; the report runs it.
// The report's defense spending charts. The actors, their colours and the section's words come
// from the model's analysis.toml ([[chart_actor]], [report] spending_title and spending_note).
struct SpendingChartsRequest {
  std::vector<std::string> actors;  // actor ids, in the order of the charts' legends
  int first_year = 1988;            // earlier military expenditure values are left out
};

struct SpendingLine {
  std::string actor, name;          // name: the actor's name, or its id when the model lacks it
  std::string colour;               // "#rrggbb" from [[chart_actor]], or "" (the view picks one)
  std::map<int, double> milex;      // year -> current USD (first_year on)
  std::map<int, double> milex_gdp;  // year -> percent of GDP (first_year on)
  std::map<int, double> gdp;        // year -> current USD (every year)
};

struct SpendingChartsResult {
  bool any_milex = false;   // some actor has a military expenditure value, whatever the year
  std::string title, note;  // [report] spending_title and spending_note; "" when not given
  std::vector<SpendingLine> lines;
};

SpendingChartsResult spending_charts(const Env& env, const SpendingChartsRequest& request);

}  // namespace lattice::query
