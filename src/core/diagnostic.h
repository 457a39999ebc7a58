// Problems found in user input, each tied to a place in a file, and the list that collects them.
// A Diagnostics list is not thread-safe; give each thread its own and merge.
#pragma once

#include <string>
#include <vector>

namespace lattice::core {

// Where a problem was found. line and column are 1-based; 0 means unknown.
struct SourceLocation {
  std::string path;
  int line = 0;
  int column = 0;
};

enum class Severity { kError, kWarning, kNote };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string message;

  // Renders "path:line:col: error: message" (line and column left out when unknown).
  std::string to_string() const;
};

// An ordered list of diagnostics.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  void note(SourceLocation where, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  // Sorts by path, line, column, keeping the order of equal places.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace lattice::core
