// Burden sharing within a framework: each member's military expenditure, its defense burden
// (military expenditure as a share of GDP), its share of the members' GDP and of their spending,
// and the Olson-Zeckhauser test (do larger economies carry a heavier burden? Spearman rank
// correlation between GDP and burden). Pure functions of the model; they never print.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "indicators/bloc.h"
#include "indicators/indicator_store.h"
#include "indicators/rank_correlation.h"
#include "model/model.h"

namespace lattice::indicators {

struct BurdenMember {
  std::string actor;
  std::string name;
  std::optional<double> milex;        // current USD (SIPRI "milex")
  std::optional<double> gdp;          // current USD (World Bank "gdp")
  std::optional<double> burden;       // percent of GDP
  std::string burden_source;          // "sipri_milex_gdp" or "computed" (milex / gdp); "" if none
  std::optional<double> gdp_share;    // percent of the members' GDP total
  std::optional<double> milex_share;  // percent of the members' military expenditure total
};

struct OlsonZeckhauser {
  SpearmanResult test;            // rho > 0: larger economies carry heavier burdens
  std::vector<std::string> used;  // members with both GDP and burden, in member order
};

struct BurdenResult {
  std::string framework;
  int year = 0;
  core::Day on;
  std::vector<BurdenMember> members;  // by descending GDP, missing last
  double total_gdp = 0, total_milex = 0;
  bool gdp_partial = false, milex_partial = false;
  std::vector<Missing> missing;  // actor-years lacking gdp, milex or a burden
  OlsonZeckhauser oz;
};

// Burden sharing among the members of framework on day that count_in_bloc(), with the data of year.
// O(members) plus the test's cost (see spearman()).
BurdenResult burden(const model::Model& m, const IndicatorStore& store,
                    const std::string& framework, int year, core::Day on);

// The Olson-Zeckhauser test for each year from..to, membership read at the end of each year.
std::vector<BurdenResult> burden_series(const model::Model& m, const IndicatorStore& store,
                                        const std::string& framework, int from, int to);

}  // namespace lattice::indicators
