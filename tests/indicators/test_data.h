// Helpers for the indicators tests: the embedded model, loaded once, and values read straight
// from the shared World Bank files so expectations are computed independently of the model.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <utility>

#include "model/loader.h"
#include "test_support.h"

namespace lattice::indicators::testdata {

inline const model::Model& usjapan() {
  static const auto r = model::load_model_folder("");
  return *r.model;
}

// (ISO3 code, year) -> value of a World Bank file "Country Name,Country Code,Year,Value" (names may
// be quoted and hold commas, so the last three fields are split off from the right).
inline std::map<std::pair<std::string, int>, double> world_bank(const std::string& file) {
  std::map<std::pair<std::string, int>, double> out;
  const std::string path = lattice::testing::shared_dir() + "/data/" + file;
  std::ifstream in(path);
  if (!in) ADD_FAILURE() << "cannot read " << path << " (../shared/data provides it)";
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t c3 = line.rfind(','), c2 = line.rfind(',', c3 - 1), c1 = line.rfind(',', c2 - 1);
    if (c1 == std::string::npos || c3 + 1 >= line.size()) continue;
    out[{line.substr(c1 + 1, c2 - c1 - 1), std::stoi(line.substr(c2 + 1, c3 - c2 - 1))}] =
        std::stod(line.substr(c3 + 1));
  }
  return out;
}

}  // namespace lattice::indicators::testdata
