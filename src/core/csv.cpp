#include "core/csv.h"

#include "core/text.h"

namespace lattice::core {

int CsvTable::column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

namespace {

// Line number (1-based) of a byte offset.
int line_of(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags) {
  CsvTable table;
  size_t bad = 0;
  if (!is_valid_utf8(text, &bad)) {
    diags.error({path, line_of(text, bad), 0}, "invalid UTF-8 (byte " + std::to_string(bad) + ")");
    return table;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t i = 0;
  int line = 1;
  bool have_header = false;
  while (i < text.size()) {
    CsvRecord rec;
    rec.line = line;
    std::string field;
    bool ok = true, blank = true;
    size_t line_start = i;
    while (true) {
      rec.columns.push_back(static_cast<int>(i - line_start) + 1);
      if (i < text.size() && text[i] == '"') {
        blank = false;
        ++i;
        bool closed = false;
        while (i < text.size()) {
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
          }
          field += text[i++];
        }
        if (!closed) {
          diags.error({path, rec.line, 0}, "unterminated quoted field");
          return table;
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          diags.error({path, line, 0}, "unexpected character after a closing quote");
          ok = false;
          while (i < text.size() && text[i] != '\n') ++i;
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"' && ok) {
            diags.error({path, line, 0}, "quote inside an unquoted field");
            ok = false;
          }
          if (text[i] != ' ' && text[i] != '\t') blank = false;
          field += text[i++];
        }
      }
      rec.fields.push_back(std::move(field));
      field.clear();
      if (i < text.size() && text[i] == ',') {
        blank = false;
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') {
        ++i;
        ++line;
      }
      break;
    }
    if (blank) continue;
    if (!ok) continue;
    for (auto& f : rec.fields) f = std::string(trim(f));
    if (!have_header) {
      table.header = std::move(rec.fields);
      have_header = true;
      continue;
    }
    if (rec.fields.size() != table.header.size()) {
      diags.error({path, rec.line, 0}, "expected " + std::to_string(table.header.size()) +
                                           " fields (as in the header), found " +
                                           std::to_string(rec.fields.size()));
      continue;
    }
    table.records.push_back(std::move(rec));
  }
  if (!have_header) diags.error({path, 1, 0}, "empty CSV file: a header line is required");
  return table;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace lattice::core
