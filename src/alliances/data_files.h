// Where the historical alliance data lives (--data DIR, $LATTICE_DATA, or a default next to the
// repository) and a strict reader for the numeric CSV files of that folder (dyad-years,
// capabilities) over core/csv that reports malformed rows as path:line:col errors. Pure; safe from
// any thread.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/diagnostic.h"

namespace lattice::alliances {

// The file names this module reads from the data folder.
inline constexpr const char* kAtopDyadYearsFile = "atop5_1_ddyr_full.csv";
inline constexpr const char* kCowDyadYearsFile = "cow_alliance_v4_1_ddyr_indopacific_subset.csv";
inline constexpr const char* kStatesFile = "cow_states2016_peacesciencer.csv";
inline constexpr const char* kCapabilitiesFile = "cow_nmc_peacesciencer.csv";
inline constexpr const char* kCrosswalkFile = "iso3_cow_crosswalk_countrycode.csv";

// The data folder: `option` when not empty, else $LATTICE_DATA when set and not empty, else
// `fallback` (the CLI passes <repo>/../shared/data). Does not check that the folder exists.
std::string data_dir(const std::string& option, const std::string& fallback);

// The whole content of a file, or nullopt (with an error naming the path in diags) when it
// cannot be read.
std::optional<std::string> read_data_file(const std::string& path, core::Diagnostics& diags);

// One data row of a numeric CSV file: its fields and where each starts (core's record view,
// valid during the call that receives it).
using CsvRow = core::CsvRecordView;

// Reads `text` (a CSV file with a header line, read by core::for_each_csv_record): checks that
// every name in `required` is a header column and fills `indices` with their positions (an error
// and false when one is missing), then calls `row` for every data row that has as many fields as
// the header; a row with another count is an error (path:line:col) and is skipped. Blank lines
// are skipped. False also when the text is not well-formed CSV (bad UTF-8, an unterminated
// quote). O(bytes).
bool scan_csv(std::string_view text, const std::string& path,
              const std::vector<std::string>& required, std::vector<int>& indices,
              const std::function<void(const CsvRow&)>& row, core::Diagnostics& diags);

// Fills indices with the position of each name of required in header; a name missing from it is
// an error "missing column 'NAME' in the header" at path:line:1. False when any is missing.
bool find_columns(const std::vector<std::string_view>& header,
                  const std::vector<std::string>& required, int line, const std::string& path,
                  std::vector<int>& indices, core::Diagnostics& diags);

// Parses a field as an integer, adding "expected an integer in column NAME" to diags (with the
// row's place) and returning nullopt when it is not one.
std::optional<long> field_int(const CsvRow& r, int index, std::string_view column,
                              const std::string& path, core::Diagnostics& diags);
// The same for a real number; "NA" and "" give nullopt without an error when allow_na is set.
std::optional<double> field_double(const CsvRow& r, int index, std::string_view column,
                                   const std::string& path, core::Diagnostics& diags,
                                   bool allow_na);

}  // namespace lattice::alliances
