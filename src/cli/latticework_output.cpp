// Helpers shared by the latticework commands.
#include "cli/latticework_output.h"

#include <fmt/format.h>

#include <cmath>

#include "core/atomic_write.h"

namespace lattice::cli {

bool write_file_whole(const std::string& path, const std::string& text, Context& ctx) {
  std::string error;
  if (core::write_file_atomic(path, text, &error)) return true;
  ctx.err << "lattice: " << error << "\n";
  ctx.exit_code = kExitInvalid;
  return false;
}

std::string fixed(double x, int digits) {
  if (std::isnan(x)) return "-";
  return fmt::format("{:.{}f}", x, digits);
}

nlohmann::json json_number(double x) {
  if (!std::isfinite(x)) return nullptr;
  return x;
}

std::vector<std::string> resolve_actor_list(const model::Model& m, const std::string& list,
                                            Context& ctx) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item = list.substr(start, comma - start);
    const size_t b = item.find_first_not_of(" \t");
    const size_t e = item.find_last_not_of(" \t");
    item = b == std::string::npos ? "" : item.substr(b, e - b + 1);
    if (!item.empty()) {
      const std::string id = resolve_or_report(m, item, model::EntityKind::kActor, ctx);
      if (id.empty()) return {};
      out.push_back(id);
    }
    start = comma + 1;
  }
  if (out.empty()) {
    ctx.err << "lattice: --actors: no actor given\n";
    ctx.exit_code = kExitInvalid;
  }
  return out;
}

}  // namespace lattice::cli
