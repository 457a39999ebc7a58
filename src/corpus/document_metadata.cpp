// Reading a document's title, organisation and date from its front matter, the HTML head or PDF
// Info dictionary its reader found (text::DocumentInfo: nothing here reads the file's bytes
// again), its first lines and its dateline. The scanners of the canonical text look at a bounded
// prefix, so the cost does not grow with the document.
#include "corpus/document_metadata.h"

#include <array>
#include <utility>
#include <vector>

#include "core/text.h"

namespace lattice::corpus {
namespace {

constexpr size_t kMaxTitleBytes = 150;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// Collapses runs of white space (ASCII, and U+00A0, which libxml2 gives for "&nbsp;") into
// single spaces and trims.
std::string collapse_space(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (is_space(c) || nbsp) {
      if (nbsp) ++i;
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// Strips Markdown heading marks and emphasis around a line: "## **Title**" -> "Title".
std::string_view strip_markup(std::string_view line) {
  line = trim(line);
  while (!line.empty() && line.front() == '#') line.remove_prefix(1);
  line = trim(line);
  while (line.size() >= 2 && (line.front() == '*' || line.front() == '_') &&
         line.back() == line.front()) {
    line.remove_prefix(1);
    line.remove_suffix(1);
  }
  return trim(line);
}

// Month number of an English month name or abbreviation ("DECEMBER", "Dec.", "Sept"), or 0.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  const std::string w = core::to_lower(word);
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i]) return static_cast<int>(i) + 1;
    if (w.size() <= 4 && kNames[i].starts_with(w) && (w.size() == 3 || w == "sept")) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool is_year(std::string_view s) {
  return s.size() == 4 && all_digits(s) && to_int(s) >= 1800 && to_int(s) <= 2199;
}

bool is_day(std::string_view s) {
  return !s.empty() && s.size() <= 2 && all_digits(s) && to_int(s) >= 1 && to_int(s) <= 31;
}

std::string two_digits(int v) {
  return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

// "2020", "2020-12", "2020-12-07" with valid month and day; nullopt otherwise.
std::optional<std::string> parse_iso_date(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (!is_year(s.substr(0, 4))) return std::nullopt;
  if (s.size() >= 7) {
    if (s[4] != '-' || !all_digits(s.substr(5, 2))) return std::nullopt;
    const int month = to_int(s.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !is_day(s.substr(8, 2))) return std::nullopt;
  }
  return std::string(s);
}

// Splits on spaces and commas.
std::vector<std::string_view> date_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
    size_t j = i;
    while (j < s.size() && !is_space(s[j]) && s[j] != ',') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

// A machine date from a meta tag or front matter: ISO with an optional time ("2020-12-07T10:00"),
// slashes for dashes ("2020/12/07"), or a written date.
std::optional<std::string> parse_machine_date(std::string_view value) {
  std::string s(trim(value));
  for (char& c : s)
    if (c == '/') c = '-';
  if (s.size() > 10 && s[10] == 'T') s.resize(10);
  if (s.size() > 10 && s[10] == ' ' && all_digits(s.substr(11, 2))) s.resize(10);
  if (auto iso = parse_iso_date(s)) return iso;
  return parse_document_date(value);
}

// The host of a URL without "www.": "https://www.csis.org/x" -> "csis.org".
std::string url_host(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const size_t end = url.find_first_of("/?#:");
  if (end != std::string_view::npos) url = url.substr(0, end);
  const size_t at = url.find('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  std::string host = core::to_lower(trim(url));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

// Fills field from candidates in order of preference: the first non-empty one wins.
void fill_first(std::string& field, const std::vector<std::string>& candidates) {
  if (!field.empty()) return;
  for (const auto& c : candidates) {
    if (!c.empty()) {
      field = c;
      return;
    }
  }
}

// A title that is only a file name or a word processor's placeholder says nothing.
bool is_placeholder_title(std::string_view title) {
  const std::string t = core::to_lower(title);
  if (t.starts_with("microsoft word") || t == "untitled" || t == "title") return true;
  for (std::string_view ext : {".doc", ".docx", ".pdf", ".indd", ".rtf", ".odt", ".pages"}) {
    if (t.ends_with(ext)) return true;
  }
  return false;
}

// The text after YAML front matter (all of text when there is none).
size_t front_matter_end(std::string_view text) {
  size_t start = 0;
  if (text.starts_with("\xEF\xBB\xBF")) start = 3;
  if (text.substr(start, 3) != "---") return 0;
  size_t line_end = text.find('\n', start);
  if (line_end == std::string_view::npos || trim(text.substr(start, line_end - start)) != "---") {
    return 0;
  }
  size_t pos = line_end + 1;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    if (line == "---" || line == "...") return std::min(end + 1, text.size());
    pos = end + 1;
  }
  return 0;  // never closed: not front matter
}

// Strips a dateline label: "Published: June 2024" -> "June 2024".
std::string_view strip_date_label(std::string_view line) {
  for (std::string_view label :
       {"published on", "published", "updated on", "updated", "dated", "date", "released"}) {
    if (line.size() > label.size() && core::to_lower(line.substr(0, label.size())) == label) {
      std::string_view rest = line.substr(label.size());
      if (!rest.empty() && (rest.front() == ':' || is_space(rest.front()))) {
        if (rest.front() == ':') rest.remove_prefix(1);
        return trim(rest);
      }
    }
  }
  return line;
}

}  // namespace

std::optional<std::string> parse_document_date(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.remove_suffix(1);
  if (auto iso = parse_iso_date(text)) return iso;
  const std::vector<std::string_view> w = date_words(text);
  if (w.size() == 2 && month_number(w[0]) && is_year(w[1])) {  // June 2024
    return std::string(w[1]) + "-" + two_digits(month_number(w[0]));
  }
  if (w.size() == 3 && month_number(w[0]) && is_day(w[1]) && is_year(w[2])) {  // April 27, 2015
    return std::string(w[2]) + "-" + two_digits(month_number(w[0])) + "-" +
           two_digits(to_int(w[1]));
  }
  if (w.size() == 3 && is_day(w[0]) && month_number(w[1]) && is_year(w[2])) {  // 27 April 2015
    return std::string(w[2]) + "-" + two_digits(month_number(w[1])) + "-" +
           two_digits(to_int(w[0]));
  }
  return std::nullopt;
}

DocumentMetadata front_matter_metadata(std::string_view text) {
  DocumentMetadata m;
  const size_t end = front_matter_end(text);
  if (end == 0) return m;
  std::string organisation_keys[4];  // organisation, organization, publisher, author
  std::string url;
  size_t pos = text.find('\n') + 1;
  while (pos < end) {
    size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos || line_end > end) line_end = end;
    const std::string_view line = text.substr(pos, line_end - pos);
    pos = line_end + 1;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || line.empty() || is_space(line.front())) continue;
    const std::string key = core::to_lower(trim(line.substr(0, colon)));
    const std::string value = unquote(line.substr(colon + 1));
    if (value.empty()) continue;
    if (key == "title") {
      m.title = value;
    } else if (key == "date") {
      if (auto d = parse_machine_date(value)) m.date = *d;
    } else if (key == "organisation") {
      organisation_keys[0] = value;
    } else if (key == "organization") {
      organisation_keys[1] = value;
    } else if (key == "publisher") {
      organisation_keys[2] = value;
    } else if (key == "author") {
      organisation_keys[3] = value;
    } else if ((key == "source_url" || key == "url") && url.empty()) {
      url = value;
    }
  }
  fill_first(m.organisation, {organisation_keys[0], organisation_keys[1], organisation_keys[2],
                              organisation_keys[3], url.empty() ? "" : url_host(url)});
  return m;
}

DocumentMetadata html_metadata(const text::DocumentInfo& info) {
  const std::string title_tag = collapse_space(info.title);
  // Values of the meta tags, by lower-cased name or property.
  std::vector<std::pair<std::string, std::string>> metas;
  for (const text::MetaTag& tag : info.meta) {
    std::string key = core::to_lower(tag.name);
    std::string content = collapse_space(tag.content);
    if (!key.empty() && !content.empty()) metas.emplace_back(std::move(key), std::move(content));
  }
  auto meta = [&](std::string_view key) {
    for (const auto& [k, v] : metas)
      if (k == key) return v;
    return std::string();
  };
  DocumentMetadata m;
  fill_first(m.title, {meta("citation_title"), meta("og:title"), meta("dc.title"), title_tag});
  fill_first(m.organisation, {meta("citation_publisher"), meta("og:site_name"),
                              meta("dc.publisher"), meta("publisher"), meta("author")});
  for (const char* key : {"citation_publication_date", "citation_date", "article:published_time",
                          "dc.date", "dcterms.date", "date", "pubdate"}) {
    const std::string value = meta(key);
    if (value.empty()) continue;
    if (auto d = parse_machine_date(value)) {
      m.date = *d;
      break;
    }
  }
  return m;
}

DocumentMetadata pdf_info_metadata(const text::DocumentInfo& info) {
  DocumentMetadata m;
  m.title = collapse_space(info.title);
  if (is_placeholder_title(m.title)) m.title.clear();
  m.organisation = collapse_space(info.author);
  const std::string created = collapse_space(info.creation_date);  // D:YYYYMMDDHHmmSS
  std::string_view digits = created;
  if (digits.starts_with("D:")) digits.remove_prefix(2);
  if (digits.size() >= 8 && all_digits(digits.substr(0, 8))) {
    const std::string iso = std::string(digits.substr(0, 4)) + "-" +
                            std::string(digits.substr(4, 2)) + "-" +
                            std::string(digits.substr(6, 2));
    if (parse_iso_date(iso)) m.date = iso;
  }
  return m;
}

DocumentMetadata text_metadata(std::string_view text) {
  DocumentMetadata m;
  const size_t body = front_matter_end(text);
  const std::string_view head = text.substr(body, kMetadataScanBytes);
  std::string first_heading, first_short_line;
  size_t pos = 0;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view raw = trim(head.substr(pos, end - pos));
    const bool complete_line = end < head.size() || body + end >= text.size();
    pos = end + 1;
    if (raw.empty() || !complete_line) continue;
    const std::string_view line = strip_markup(raw);
    if (line.empty()) continue;
    const std::optional<std::string> date = parse_document_date(strip_date_label(line));
    const bool is_dateline = date && date->size() > 4;  // a bare year is not a dateline
    if (is_dateline) {
      if (m.date.empty()) m.date = *date;
      continue;
    }
    if (date) continue;
    if (raw.front() == '#' && first_heading.empty()) first_heading = line;
    if (first_short_line.empty() && line.size() <= kMaxTitleBytes && line.size() >= 3 &&
        line.find(" / ") == std::string_view::npos) {
      first_short_line = line;
    }
  }
  m.title = !first_heading.empty() && first_heading.size() <= kMaxTitleBytes ? first_heading
                                                                             : first_short_line;
  return m;
}

DocumentMetadata document_metadata(const text::TextDocument& doc) {
  DocumentMetadata m = front_matter_metadata(doc.text);
  DocumentMetadata embedded;
  if (doc.format == text::Format::kHtml) embedded = html_metadata(doc.info);
  if (doc.format == text::Format::kPdf) embedded = pdf_info_metadata(doc.info);
  const DocumentMetadata from_text = text_metadata(doc.text);
  fill_first(m.title, {embedded.title, from_text.title});
  fill_first(m.organisation, {embedded.organisation});
  // A dateline states the publication date; a PDF's CreationDate is only a fallback.
  if (doc.format == text::Format::kPdf) {
    fill_first(m.date, {from_text.date, embedded.date});
  } else {
    fill_first(m.date, {embedded.date, from_text.date});
  }
  return m;
}

DocumentMetadata with_overrides(DocumentMetadata base, const DocumentMetadata& overrides) {
  if (!overrides.title.empty()) base.title = overrides.title;
  if (!overrides.organisation.empty()) base.organisation = overrides.organisation;
  if (!overrides.date.empty()) base.date = overrides.date;
  return base;
}

}  // namespace lattice::corpus
