// Loading CINC scores from the COW National Material Capabilities file.
#include "alliances/capabilities.h"

#include <fmt/format.h>

#include "alliances/data_files.h"

namespace lattice::alliances {

std::optional<double> Capabilities::cinc(int ccode, int year) const {
  auto it = cinc_.find(key(ccode, year));
  if (it == cinc_.end()) return std::nullopt;
  return it->second;
}

std::optional<Capabilities> parse_capabilities(std::string_view text, const std::string& path,
                                               core::Diagnostics& diags) {
  std::vector<std::string> cols = {"ccode", "year", "cinc"};
  std::vector<int> idx;
  Capabilities caps;
  bool ok = scan_csv(
      text, path, cols, idx,
      [&](const CsvRow& r) {
        auto cc = field_int(r, idx[0], cols[0], path, diags);
        auto y = field_int(r, idx[1], cols[1], path, diags);
        size_t errors = diags.error_count();
        auto c = field_double(r, idx[2], cols[2], path, diags, /*allow_na=*/true);
        if (!cc || !y || diags.error_count() != errors || !c) return;
        if (*c < 0 || *c > 1) {
          diags.error({path, r.line, r.columns[static_cast<size_t>(idx[2])]},
                      fmt::format("CINC {} is outside [0, 1]", *c));
          return;
        }
        caps.set(static_cast<int>(*cc), static_cast<int>(*y), *c);
      },
      diags);
  if (!ok) return std::nullopt;
  return caps;
}

std::optional<Capabilities> load_capabilities(const std::string& path, core::Diagnostics& diags) {
  auto text = read_data_file(path, diags);
  if (!text) return std::nullopt;
  return parse_capabilities(*text, path, diags);
}

}  // namespace lattice::alliances
