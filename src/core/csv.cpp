// The CSV tokenizer and the record and table readers built on it (see csv.h).
#include "core/csv.h"

#include <deque>

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

bool ends_field(char c) {
  return c == ',' || c == '\n' || c == '\r';
}

// Reads records from a text already checked for UTF-8 and stripped of its byte order mark.
class Tokenizer {
 public:
  Tokenizer(std::string_view text, const std::string& path, Diagnostics& diags)
      : text_(text), path_(path), diags_(diags) {}

  // Reads the next record into rec: kRecord for a well-formed one, kSkipped for a blank line or
  // a dropped record, kStop for an error that ends the reading, kEnd at the end of the text.
  enum class Outcome { kRecord, kSkipped, kStop, kEnd };
  Outcome next(CsvRecordView& rec) {
    if (i_ >= text_.size()) return Outcome::kEnd;
    rec.fields.clear();
    rec.columns.clear();
    unescaped_.clear();
    rec.line = line_;
    ok_ = true;
    blank_ = true;
    line_start_ = i_;
    while (true) {
      rec.columns.push_back(static_cast<int>(i_ - line_start_) + 1);
      std::string_view field;
      if (i_ < text_.size() && text_[i_] == '"') {
        if (!quoted_field(rec.line, field)) return Outcome::kStop;
      } else {
        field = unquoted_field();
      }
      rec.fields.push_back(field);
      if (i_ < text_.size() && text_[i_] == ',') {
        blank_ = false;
        ++i_;
        continue;
      }
      if (i_ < text_.size() && text_[i_] == '\r') ++i_;
      if (i_ < text_.size() && text_[i_] == '\n') {
        ++i_;
        ++line_;
      }
      break;
    }
    return blank_ || !ok_ ? Outcome::kSkipped : Outcome::kRecord;
  }

 private:
  // A field in double quotes starting at i_; false (with an error) when the quote is not closed.
  bool quoted_field(int record_line, std::string_view& field) {
    blank_ = false;
    const size_t start = ++i_;
    std::string* copy = nullptr;  // set once a "" escape makes the field differ from the text
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '"') {
        if (i_ + 1 < text_.size() && text_[i_ + 1] == '"') {
          if (!copy) copy = &unescaped_.emplace_back(text_.substr(start, i_ - start));
          *copy += '"';
          i_ += 2;
          continue;
        }
        field = copy ? std::string_view(*copy) : text_.substr(start, i_ - start);
        ++i_;
        if (i_ < text_.size() && !ends_field(text_[i_])) {
          diags_.error({path_, line_, 0}, "unexpected character after a closing quote");
          ok_ = false;
          while (i_ < text_.size() && text_[i_] != '\n') ++i_;
        }
        return true;
      }
      if (c == '\n') {
        ++line_;
        line_start_ = i_ + 1;
      }
      if (copy) *copy += c;
      ++i_;
    }
    diags_.error({path_, record_line, 0}, "unterminated quoted field");
    return false;
  }

  // A field without quotes starting at i_, up to the next comma or line break.
  std::string_view unquoted_field() {
    const size_t start = i_;
    while (i_ < text_.size() && !ends_field(text_[i_])) {
      const char c = text_[i_];
      if (c == '"' && ok_) {
        diags_.error({path_, line_, 0}, "quote inside an unquoted field");
        ok_ = false;
      }
      if (c != ' ' && c != '\t') blank_ = false;
      ++i_;
    }
    return text_.substr(start, i_ - start);
  }

  std::string_view text_;
  const std::string& path_;
  Diagnostics& diags_;
  size_t i_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  bool ok_ = true, blank_ = true;
  std::deque<std::string> unescaped_;  // fields with "" escapes (a deque keeps views valid)
};

}  // namespace

bool for_each_csv_record(std::string_view text, const std::string& path, Diagnostics& diags,
                         const std::function<bool(const CsvRecordView&)>& on_record) {
  size_t bad = 0;
  if (!is_valid_utf8(text, &bad)) {
    diags.error({path, line_of(text, bad), 0}, "invalid UTF-8 (byte " + std::to_string(bad) + ")");
    return false;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Tokenizer tokenizer(text, path, diags);
  CsvRecordView rec;
  while (true) {
    switch (tokenizer.next(rec)) {
      case Tokenizer::Outcome::kEnd:
        return true;
      case Tokenizer::Outcome::kStop:
        return false;
      case Tokenizer::Outcome::kSkipped:
        break;
      case Tokenizer::Outcome::kRecord:
        if (!on_record(rec)) return true;
        break;
    }
  }
}

namespace {

// The record with its fields trimmed of spaces, tabs and line breaks.
CsvRecord trimmed(const CsvRecordView& r) {
  CsvRecord rec{r.line, {}, r.columns};
  rec.fields.reserve(r.fields.size());
  for (std::string_view f : r.fields) rec.fields.emplace_back(trim(f));
  return rec;
}

}  // namespace

std::vector<CsvRecord> read_csv_records(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  std::vector<CsvRecord> out;
  for_each_csv_record(text, path, diags, [&](const CsvRecordView& r) {
    out.push_back(trimmed(r));
    return true;
  });
  return out;
}

CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags) {
  CsvTable table;
  bool have_header = false;
  const bool read_to_end = for_each_csv_record(text, path, diags, [&](const CsvRecordView& r) {
    CsvRecord rec = trimmed(r);
    if (!have_header) {
      table.header = std::move(rec.fields);
      have_header = true;
    } else if (rec.fields.size() != table.header.size()) {
      diags.error({path, rec.line, 0}, "expected " + std::to_string(table.header.size()) +
                                           " fields (as in the header), found " +
                                           std::to_string(rec.fields.size()));
    } else {
      table.records.push_back(std::move(rec));
    }
    return true;
  });
  if (read_to_end && !have_header)
    diags.error({path, 1, 0}, "empty CSV file: a header line is required");
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
