// Loading the alliance data folder as one Dataset.
#include "alliances/dataset.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "alliances/data_files.h"

namespace lattice::alliances {

int Dataset::first_year() const {
  return std::max(alliances.first_year(), system.first_year());
}
int Dataset::last_year() const {
  return alliances.last_year();
}

std::string Dataset::check_year(int year) const {
  if (year >= first_year() && year <= last_year()) return {};
  return fmt::format(
      "no {} alliance network for {}: the {} data with the COW state system cover {}-{}",
      source_name(alliances.source()) == std::string("atop") ? "ATOP" : "COW", year,
      source_name(alliances.source()) == std::string("atop") ? "ATOP 5.1" : "COW v4.1",
      first_year(), last_year());
}

std::optional<Dataset> load_dataset(const std::string& dir, Source source,
                                    core::Diagnostics& diags) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.error({dir, 0, 0},
                "the alliance data folder does not exist (use --data DIR or set LATTICE_DATA to "
                "the folder holding atop5_1_ddyr_full.csv and the COW files; see "
                "docs/alliances.md)");
    return std::nullopt;
  }
  auto file = [&](const char* name) { return (fs::path(dir) / name).string(); };
  auto data = load_alliance_data(
      source, file(source == Source::kAtop ? kAtopDyadYearsFile : kCowDyadYearsFile), diags);
  auto system = load_state_system(file(kStatesFile), diags);
  auto caps = load_capabilities(file(kCapabilitiesFile), diags);
  auto crosswalk = load_crosswalk(file(kCrosswalkFile), diags);
  if (!data || !system || !caps || !crosswalk) return std::nullopt;
  Dataset d;
  d.dir = dir;
  d.alliances = std::move(*data);
  d.names = StateNames(*system, *crosswalk);
  d.system = std::move(*system);
  d.capabilities = std::move(*caps);
  return d;
}

}  // namespace lattice::alliances
