#include "model/loader.h"

#include "model/analysis_reader.h"
#include "model/csv_tables.h"
#include "model/toml_reader.h"
#include "model/validator.h"

namespace lattice::model {

LoadResult load_model(const ModelFiles& files) {
  LoadResult result;
  ModelData data;
  auto& diags = result.diagnostics;
  size_t toml_files = 0, unparsed = 0;
  for (const auto& f : files.files) {
    if (f.relpath == kAnalysisFile) {
      ++toml_files;
      if (!read_analysis_file(f, data.analysis, diags)) ++unparsed;
    } else if (f.relpath.size() > 5 && f.relpath.ends_with(".toml")) {
      ++toml_files;
      if (!read_toml_file(f, data, diags)) ++unparsed;
    } else if (is_memberships_file(f.relpath)) {
      read_memberships_csv(f, data, diags);
    } else if (is_series_file(f.relpath)) {
      read_series_csv(f, data, diags);
    }
  }
  const bool unreadable = unparsed > 0;
  if (toml_files == 0 && !unreadable && !files.files.empty())
    diags.error({files.root, 0, 0}, "no model files (*.toml) found");
  else if (files.files.empty() && !files.root.empty())
    diags.error({files.root, 0, 0}, "no model files (*.toml) found");
  // Cross-references are checked only when every file could be read: after a syntax error the
  // entities of that file are missing and every reference to them would be reported again.
  if (!unreadable)
    validate_model(data, files.root, diags);
  else
    diags.note({files.root, 0, 0}, "references between entities were not checked because " +
                                       std::to_string(unparsed) +
                                       " file(s) could not be parsed; fix the syntax errors first");
  diags.sort();
  if (!diags.has_errors())
    result.model = std::make_shared<const Model>(std::move(data), files.root);
  return result;
}

LoadResult load_model_folder(const std::string& dir) {
  if (dir.empty()) return load_model(embedded_model());
  core::Diagnostics read_diags;
  ModelFiles files = read_model_folder(dir, read_diags);
  if (read_diags.has_errors() && files.files.empty()) {
    LoadResult r;
    r.diagnostics = read_diags;
    return r;
  }
  LoadResult r = load_model(files);
  if (read_diags.has_errors() || !read_diags.items().empty()) {
    core::Diagnostics all = read_diags;
    all.append(r.diagnostics);
    all.sort();
    r.diagnostics = all;
    if (read_diags.has_errors()) r.model.reset();
  }
  return r;
}

}  // namespace lattice::model
