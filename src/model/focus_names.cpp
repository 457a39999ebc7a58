#include "model/focus_names.h"

namespace lattice::model {

std::string focus_label(const Model& m) {
  const AnalysisFocus& f = m.analysis().focus;
  if (f.empty()) return {};
  if (!f.label.empty()) return f.label;
  return m.display_name(f.a) + "-" + m.display_name(f.b);
}

std::string focus_prose_name(const Model& m, size_t i) {
  const AnalysisFocus& f = m.analysis().focus;
  if (i < f.prose_names.size()) return f.prose_names[i];
  return m.display_name(i == 0 ? f.a : f.b);
}

}  // namespace lattice::model
