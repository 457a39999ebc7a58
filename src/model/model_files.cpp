#include "model/model_files.h"

#include <algorithm>
#include <filesystem>

#include "core/file_read.h"
#include "model/embedded_model.h"

namespace lattice::model {

namespace fs = std::filesystem;

std::string_view embedded_model_dir() {
#ifdef LATTICE_EMBEDDED_MODEL_DIR
  return LATTICE_EMBEDDED_MODEL_DIR;
#else
  return "";
#endif
}

ModelFiles read_model_folder(const std::string& dir, core::Diagnostics& diags) {
  ModelFiles out;
  out.root = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.error({dir, 0, 0}, "not a model folder (no such directory)");
    return out;
  }
  constexpr uintmax_t kMaxSize = 64u << 20;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string ext = p.extension().string();
    if (ext != ".toml" && ext != ".csv") continue;
    if (!it->is_regular_file(ec)) continue;
    ModelFile f;
    f.relpath = fs::relative(p, dir, ec).generic_string();
    f.path = (fs::path(dir) / f.relpath).string();
    std::string reason;
    auto content = core::read_file(p.string(), &reason, kMaxSize);
    if (!content) {
      diags.error({f.path, 0, 0}, reason);
      continue;
    }
    f.content = std::move(*content);
    out.files.push_back(std::move(f));
  }
  if (ec) diags.error({dir, 0, 0}, "cannot list folder: " + ec.message());
  std::sort(out.files.begin(), out.files.end(),
            [](const ModelFile& a, const ModelFile& b) { return a.relpath < b.relpath; });
  return out;
}

ModelFiles embedded_model() {
  ModelFiles out;
  out.root = std::string(embedded_model_dir());
  out.embedded = true;
  for (const auto& e : embedded_model_files()) {
    ModelFile f;
    f.relpath = std::string(e.path);
    f.path = "data/usjapan/" + f.relpath;
    f.content = std::string(e.content);
    out.files.push_back(std::move(f));
  }
  return out;
}

}  // namespace lattice::model
