// Reading a document's title, organisation and date from its front matter, HTML head, PDF Info
// dictionary, first lines and dateline. Hand-written scanners rather than full parsers: each looks
// at a bounded prefix (or, for PDF, the Info object) so the cost does not grow with the document.
#include "corpus/document_metadata.h"

#include <array>
#include <cctype>
#include <vector>

#include "core/text.h"
#include "core/utf8.h"

namespace lattice::corpus {
namespace {

constexpr size_t kHtmlHeadScanBytes = 256 * 1024;
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

// Collapses runs of white space into single spaces and trims.
std::string collapse_space(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (is_space(c)) {
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

// Decodes the common HTML character references in an attribute or title.
std::string decode_entities(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i++];
      continue;
    }
    const std::string_view ref = s.substr(i + 1, semi - i - 1);
    unsigned cp = 0;
    if (ref == "amp") {
      cp = '&';
    } else if (ref == "lt") {
      cp = '<';
    } else if (ref == "gt") {
      cp = '>';
    } else if (ref == "quot") {
      cp = '"';
    } else if (ref == "apos") {
      cp = '\'';
    } else if (ref == "nbsp") {
      cp = ' ';
    } else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      for (char c : ref.substr(hex ? 2 : 1)) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(c))
                          ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                          : -1;
        if (d < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<unsigned>(d);
      }
    }
    if (cp == 0) {
      out += s[i++];
      continue;
    }
    core::append_utf8(out, cp);
    i = semi + 1;
  }
  return out;
}

// The attributes of one tag's text ("meta name=\"x\" content='y'"), names lower-cased.
std::vector<std::pair<std::string, std::string>> tag_attributes(std::string_view tag) {
  std::vector<std::pair<std::string, std::string>> attrs;
  size_t i = 0;
  while (i < tag.size() && !is_space(tag[i])) ++i;  // the tag name
  while (i < tag.size()) {
    while (i < tag.size() && (is_space(tag[i]) || tag[i] == '/')) ++i;
    size_t name_end = i;
    while (name_end < tag.size() && !is_space(tag[name_end]) && tag[name_end] != '=' &&
           tag[name_end] != '/') {
      ++name_end;
    }
    if (name_end == i) break;
    std::string name = core::to_lower(tag.substr(i, name_end - i));
    i = name_end;
    while (i < tag.size() && is_space(tag[i])) ++i;
    std::string value;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && is_space(tag[i])) ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        const char quote = tag[i++];
        const size_t close = tag.find(quote, i);
        const size_t end = close == std::string_view::npos ? tag.size() : close;
        value = tag.substr(i, end - i);
        i = end + 1;
      } else {
        size_t end = i;
        while (end < tag.size() && !is_space(tag[end])) ++end;
        value = tag.substr(i, end - i);
        i = end;
      }
    }
    attrs.emplace_back(std::move(name), decode_entities(value));
  }
  return attrs;
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

// The bytes of a PDF literal string "(...)" starting at open, with escapes resolved.
std::string pdf_literal_string(std::string_view pdf, size_t open) {
  std::string out;
  int depth = 0;
  for (size_t i = open; i < pdf.size(); ++i) {
    const char c = pdf[i];
    if (c == '\\' && i + 1 < pdf.size()) {
      const char e = pdf[++i];
      if (e >= '0' && e <= '7') {
        int v = e - '0';
        for (int k = 0; k < 2 && i + 1 < pdf.size() && pdf[i + 1] >= '0' && pdf[i + 1] <= '7';
             ++k) {
          v = v * 8 + (pdf[++i] - '0');
        }
        out += static_cast<char>(v & 0xFF);
      } else if (e == 'n') {
        out += '\n';
      } else if (e == 'r') {
        out += '\r';
      } else if (e == 't') {
        out += '\t';
      } else if (e == '\n' || e == '\r') {
        // line continuation
      } else {
        out += e;
      }
      continue;
    }
    if (c == '(') {
      if (depth++ == 0) continue;
    } else if (c == ')') {
      if (--depth == 0) break;
    }
    out += c;
  }
  return out;
}

// The bytes of a PDF hex string "<...>" starting at open.
std::string pdf_hex_string(std::string_view pdf, size_t open) {
  std::string out;
  int high = -1;
  for (size_t i = open + 1; i < pdf.size() && pdf[i] != '>'; ++i) {
    const unsigned char c = static_cast<unsigned char>(pdf[i]);
    if (!std::isxdigit(c)) continue;
    const int v = std::isdigit(c) ? c - '0' : std::tolower(c) - 'a' + 10;
    if (high < 0) {
      high = v;
    } else {
      out += static_cast<char>(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out += static_cast<char>(high * 16);
  return out;
}

// A PDF text string as UTF-8: UTF-16BE after a FE FF mark (an unpaired surrogate becomes U+FFFD),
// else PDFDocEncoding read as Latin-1.
std::string pdf_text_string(std::string_view bytes) {
  std::string out;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
      static_cast<unsigned char>(bytes[1]) == 0xFF) {
    for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
      unsigned cp =
          (static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]);
      if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < bytes.size()) {
        const unsigned low = (static_cast<unsigned char>(bytes[i + 2]) << 8) |
                             static_cast<unsigned char>(bytes[i + 3]);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          i += 2;
        }
      }
      core::append_utf8(out, cp);
    }
  } else {
    for (char c : bytes) core::append_utf8(out, static_cast<unsigned char>(c));
  }
  return collapse_space(out);
}

// The value of key (e.g. "/Title") in a PDF dictionary's text, decoded; "" when absent.
std::string pdf_dict_string(std::string_view dict, std::string_view key) {
  size_t at = 0;
  while ((at = dict.find(key, at)) != std::string_view::npos) {
    size_t i = at + key.size();
    at = i;
    if (i < dict.size() && std::isalnum(static_cast<unsigned char>(dict[i]))) continue;
    while (i < dict.size() && is_space(dict[i])) ++i;
    if (i >= dict.size()) break;
    if (dict[i] == '(') return pdf_text_string(pdf_literal_string(dict, i));
    if (dict[i] == '<' && (i + 1 >= dict.size() || dict[i + 1] != '<')) {
      return pdf_text_string(pdf_hex_string(dict, i));
    }
  }
  return "";
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

DocumentMetadata html_metadata(std::string_view html) {
  html = html.substr(0, kHtmlHeadScanBytes);
  const std::string lower = core::to_lower(html);
  std::string title_tag;
  const size_t title_open = lower.find("<title");
  if (title_open != std::string::npos) {
    const size_t content = lower.find('>', title_open);
    const size_t close = lower.find("</title", title_open);
    if (content != std::string::npos && close != std::string::npos && content < close) {
      title_tag = collapse_space(decode_entities(html.substr(content + 1, close - content - 1)));
    }
  }
  // Values of the meta tags, by lower-cased name or property.
  std::vector<std::pair<std::string, std::string>> metas;
  size_t at = 0;
  while ((at = lower.find("<meta", at)) != std::string::npos) {
    const size_t close = lower.find('>', at);
    if (close == std::string::npos) break;
    std::string key, content;
    for (auto& [name, value] : tag_attributes(html.substr(at + 1, close - at - 1))) {
      if (name == "name" || name == "property") key = core::to_lower(value);
      if (name == "content") content = collapse_space(value);
    }
    if (!key.empty() && !content.empty()) metas.emplace_back(key, content);
    at = close;
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

DocumentMetadata pdf_info_metadata(std::string_view pdf) {
  DocumentMetadata m;
  // The trailer (or cross-reference stream) names the Info object: "/Info 12 0 R".
  const size_t info = pdf.rfind("/Info");
  if (info == std::string_view::npos) return m;
  const std::vector<std::string_view> ref = date_words(pdf.substr(info + 5, 32));
  if (ref.size() < 3 || !all_digits(ref[0]) || !all_digits(ref[1]) || !ref[2].starts_with("R")) {
    return m;
  }
  const std::string header = std::string(ref[0]) + " " + std::string(ref[1]) + " obj";
  size_t obj = 0;
  while ((obj = pdf.find(header, obj)) != std::string_view::npos) {
    if (obj == 0 || !std::isdigit(static_cast<unsigned char>(pdf[obj - 1]))) break;
    obj += header.size();
  }
  if (obj == std::string_view::npos) return m;  // in a compressed object stream
  const size_t end = pdf.find("endobj", obj);
  const std::string_view dict = pdf.substr(obj, end == std::string_view::npos ? 4096 : end - obj);
  m.title = pdf_dict_string(dict, "/Title");
  if (is_placeholder_title(m.title)) m.title.clear();
  m.organisation = pdf_dict_string(dict, "/Author");
  const std::string created = pdf_dict_string(dict, "/CreationDate");  // D:YYYYMMDDHHmmSS
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

DocumentMetadata document_metadata(const text::TextDocument& doc, std::string_view file_bytes) {
  DocumentMetadata m = front_matter_metadata(doc.text);
  DocumentMetadata embedded;
  if (doc.format == text::Format::kHtml) embedded = html_metadata(file_bytes);
  if (doc.format == text::Format::kPdf) embedded = pdf_info_metadata(file_bytes);
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
