// What `lattice alliances` and `lattice similarity` share: the --data and --source options, the
// default data folder (<repo>/../shared/data, found from the embedded model's folder, or
// $LATTICE_DATA), loading the data with its errors printed, and number formatting.
#pragma once

#include <filesystem>
#include <limits>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "alliances/data_files.h"
#include "alliances/dataset.h"
#include "cli/command.h"
#include "model/embedded_model.h"

namespace lattice::cli::alliances_cli {

// <repo>/../shared/data, where <repo> holds data/usjapan (the embedded model's folder).
inline std::string default_data_dir() {
  namespace fs = std::filesystem;
  fs::path model_dir(std::string(model::embedded_model_dir()));
  return (model_dir.parent_path().parent_path() / ".." / "shared" / "data")
      .lexically_normal()
      .string();
}

// Loads the dataset of --data/$LATTICE_DATA/default and --source; prints errors (at most 20,
// then a count) and sets exit 1 on failure.
inline std::optional<alliances::Dataset> load_or_report(const std::string& data_option,
                                                        const std::string& source_text,
                                                        Context& ctx) {
  auto source = alliances::parse_source(source_text);
  if (!source) {
    ctx.err << "lattice: --source must be atop or cow, not '" << source_text << "'\n";
    ctx.exit_code = kExitUsage;
    return std::nullopt;
  }
  core::Diagnostics diags;
  std::string dir = alliances::data_dir(data_option, default_data_dir());
  auto d = alliances::load_dataset(dir, *source, diags);
  if (diags.has_errors() || !d) {
    size_t shown = 0;
    for (const auto& x : diags.items()) {
      if (x.severity != core::Severity::kError) continue;
      if (++shown > 20) break;
      ctx.err << x.to_string() << "\n";
    }
    if (diags.error_count() > 20)
      ctx.err << "lattice: ... and " << diags.error_count() - 20 << " more error(s)\n";
    ctx.err << "lattice: the alliance data in " << dir << " has " << diags.error_count()
            << " error(s)\n";
    ctx.exit_code = kExitInvalid;
    return std::nullopt;
  }
  return d;
}

// Prints the year error of a dataset (exit 1); true when the year is usable.
inline bool check_year_or_report(const alliances::Dataset& d, int year, Context& ctx) {
  std::string why = d.check_year(year);
  if (why.empty()) return true;
  ctx.err << "lattice: " << why << "\n";
  ctx.exit_code = kExitInvalid;
  return false;
}

// A number for tables ("-" for NaN).
inline std::string fixed(double x, int digits = 4) {
  if (x != x) return "-";
  return fmt::format("{:.{}f}", x, digits);
}
// A number for CSV (shortest exact form; empty for NaN).
inline std::string csv_number(double x) {
  if (x != x) return "";
  return fmt::format("{}", x);
}
// A number for JSON (null for NaN).
inline nlohmann::json json_number(double x) {
  if (x != x) return nullptr;
  return x;
}

inline const char* source_title(alliances::Source s) {
  return s == alliances::Source::kAtop ? "ATOP 5.1" : "COW v4.1 (34-state Indo-Pacific subset)";
}

}  // namespace lattice::cli::alliances_cli
