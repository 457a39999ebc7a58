// IndicatorStore: the model's indicator series (GDP, population, military expenditure, its share of
// GDP, COW capabilities, host-nation support) indexed by indicator, actor and year, with the world
// aggregate, units and the data set each value comes from. Built once from a model; immutable and
// safe to share between threads afterwards. Missing values are absent, never zero.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace lattice::indicators {

// The id of the world aggregate in series (a value for all the world, not a sum of actors).
inline constexpr std::string_view kWorld = "world";

struct Observation {
  double value = 0;
  int year = 0;
  std::string dataset;  // dataset id of the model ("worldbank_gdp", "sipri_milex", ...)
};

struct IndicatorInfo {
  std::string id;    // "gdp", "population", "milex", "milex_gdp", "cinc", "hns", ...
  std::string name;  // "GDP, current US$"
  std::string unit;  // "usd", "percent", "persons", "share", "jpy", ...
  std::string dataset;
};

class IndicatorStore {
 public:
  explicit IndicatorStore(const model::Model& m);

  // The indicators the model has, in id order.
  std::vector<IndicatorInfo> indicators() const;
  const IndicatorInfo* info(std::string_view indicator) const;

  // The value of an indicator for an actor (or kWorld) in a year, or nullopt when missing.
  std::optional<Observation> value(std::string_view indicator, std::string_view actor,
                                   int year) const;
  // Every observation of an actor, by year (from..to inclusive when given).
  std::vector<Observation> series(std::string_view indicator, std::string_view actor,
                                  std::optional<int> from = {}, std::optional<int> to = {}) const;
  // The latest year with a value for that actor, or nullopt.
  std::optional<int> latest_year(std::string_view indicator, std::string_view actor) const;

 private:
  std::map<std::string, IndicatorInfo, std::less<>> info_;
  // indicator -> actor -> year -> observation
  std::map<std::string, std::map<std::string, std::map<int, Observation>, std::less<>>, std::less<>>
      values_;
};

}  // namespace lattice::indicators
