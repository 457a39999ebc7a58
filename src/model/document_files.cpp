#include "model/document_files.h"

#include <cstdlib>
#include <filesystem>

#include "core/file_read.h"

namespace lattice::model {

namespace fs = std::filesystem;

std::string find_document_file(const std::string& root, const ModelInfo& info,
                               const Document& doc) {
  if (doc.file.empty()) return {};
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("LATTICE_CORPUS"); env && *env)
    candidates.push_back(fs::path(env) / doc.file);
  if (fs::path(doc.file).is_absolute()) candidates.push_back(doc.file);
  if (!root.empty()) {
    if (!info.corpus.empty()) candidates.push_back(fs::path(root) / info.corpus / doc.file);
    candidates.push_back(fs::path(root) / doc.file);
  }
  std::error_code ec;
  for (const auto& c : candidates)
    if (fs::is_regular_file(c, ec)) return fs::weakly_canonical(c, ec).string();
  return {};
}

std::optional<std::string> read_file_bytes(const std::string& path) {
  return core::read_file(path);
}

}  // namespace lattice::model
