// Visible text of an HTML page: libxml2's forgiving HTML parser builds the DOM, and an iterative
// walk (no recursion, so 100,000 nested elements are fine) writes the text a reader would see.
//
// Conventions of the output:
//  - block elements (p, div, section, h1-h6, li, tr, blockquote, pre, br, table, ...) are
//    paragraphs separated by one blank line; the text ends with a single "\n";
//  - headings start with "# " to "###### " by level; list items start with "- " (ordered lists:
//    "1. ", "2. ", ... honouring start= and value=), nested lists indented by two spaces a level;
//  - table cells of a row are separated by " | ";
//  - white space collapses as in a browser (runs of space, tab, CR, LF and no-break spaces become
//    one ordinary space; none at the edges of a paragraph), except inside pre, kept verbatim;
//  - entities are decoded and the text is UTF-8 whatever the page's declared charset; bytes
//    that are not valid in it become U+FFFD. A page that declares no charset is read as UTF-8
//    up to its first ill-formed byte and as Latin-1 from there on (libxml2's fallback);
//  - NUL bytes are ignored, as the HTML standard says (libxml2 would end the page at the first).
//
// The head, left out of the text, is read from the same DOM for DocumentInfo: the first <title>
// and the <meta> tags that have a name= or property=.
#include "text/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

#include "text/utf8_repair.h"

namespace lattice::text {
namespace {

bool name_is(const xmlNode* node, const char* name) {
  return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool name_in(const xmlNode* node, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (name_is(node, name)) return true;
  }
  return false;
}

// The value of an attribute, or an empty string.
std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

bool has_attribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::string lower_without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    out += core::to_lower(c);
  }
  return out;
}

bool is_hidden(const xmlNode* node) {
  if (has_attribute(node, "hidden")) return true;
  if (lower_without_spaces(attribute(node, "aria-hidden")) == "true") return true;
  const std::string style = lower_without_spaces(attribute(node, "style"));
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Elements whose whole subtree is never visible text.
bool is_excluded_tag(const xmlNode* node) {
  return name_in(node, {"script", "style",  "noscript", "template", "nav",    "form",     "button",
                        "svg",    "iframe", "head",     "title",    "select", "textarea", "object",
                        "embed",  "canvas", "audio",    "video",    "math",   "map"});
}

bool is_block_tag(const xmlNode* node) {
  return name_in(
      node,
      {"address",    "article", "aside",  "blockquote", "body",    "br",      "caption", "center",
       "dd",         "details", "dialog", "dir",        "div",     "dl",      "dt",      "fieldset",
       "figcaption", "figure",  "footer", "h1",         "h2",      "h3",      "h4",      "h5",
       "h6",         "header",  "hgroup", "hr",         "html",    "legend",  "li",      "main",
       "menu",       "ol",      "p",      "pre",        "section", "summary", "table",   "tbody",
       "tfoot",      "thead",   "tr",     "ul"});
}

// Sectioning elements: a header or footer inside one belongs to that content, not to the page.
bool is_sectioning_tag(const xmlNode* node) {
  return name_in(node, {"article", "section", "main", "aside", "blockquote", "details", "dialog",
                        "fieldset", "figure", "td", "th"});
}

int heading_level(const xmlNode* node) {
  static const char* const kHeadings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
  for (int level = 1; level <= 6; ++level) {
    if (name_is(node, kHeadings[level - 1])) return level;
  }
  return 0;
}

long parse_long_or(const std::string& s, long fallback) {
  if (s.empty()) return fallback;
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(s.c_str(), &end, 10);
  if (end == s.c_str() || errno != 0 || value < -1000000 || value > 1000000) return fallback;
  return value;
}

// Writes paragraphs with browser-like white-space collapsing. Breaks and prefixes (heading
// marks, bullets) are only written once the paragraph's first visible character arrives, so
// empty elements leave no trace.
class TextWriter {
 public:
  void request_paragraph_break() { break_pending_ = true; }
  void set_prefix(std::string prefix) { prefix_ = std::move(prefix); }
  // Forgets a prefix whose element ended without text (an empty heading or list item).
  void drop_prefix() { prefix_.clear(); }
  void request_cell_separator() {
    if (in_paragraph_) cell_separator_pending_ = true;
  }

  // Text of a normal (collapsing) text node.
  void write_collapsing(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
      const size_t space_len = space_length(text, i);
      if (space_len > 0) {
        if (in_paragraph_) space_pending_ = true;
        i += space_len;
        continue;
      }
      size_t j = i;
      while (j < text.size() && space_length(text, j) == 0) ++j;
      start_run();
      out_.append(text.substr(i, j - i));
      i = j;
    }
  }

  // Text inside pre: kept as it is, except that it cannot start a paragraph with blank lines.
  void write_preformatted(std::string_view text) {
    if (!in_paragraph_ || break_pending_) {
      while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
    }
    if (text.empty()) return;
    start_run();
    for (char c : text) {
      if (c != '\r') out_ += c;
    }
  }

  std::string finish() {
    while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) out_.pop_back();
    if (!out_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  // Bytes of white space at text[i]: ASCII space characters and U+00A0 (no-break space).
  static size_t space_length(std::string_view text, size_t i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return 2;
    return 0;
  }

  void start_run() {
    if (break_pending_ || !in_paragraph_) {
      while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) out_.pop_back();
      if (!out_.empty()) out_ += "\n\n";
      out_ += prefix_;
      prefix_.clear();
      break_pending_ = false;
      in_paragraph_ = true;
    } else if (cell_separator_pending_) {
      out_ += " | ";
    } else if (space_pending_) {
      out_ += ' ';
    }
    space_pending_ = false;
    cell_separator_pending_ = false;
  }

  std::string out_;
  std::string prefix_;
  bool break_pending_ = false;
  bool in_paragraph_ = false;
  bool space_pending_ = false;
  bool cell_separator_pending_ = false;
};

// What the walk remembers about each open element.
struct OpenElement {
  const xmlNode* node = nullptr;
  bool block = false;
  bool preformatted = false;
  int sectioning_depth = 0;  // sectioning ancestors including this element
  int list_depth = 0;        // ul/ol ancestors including this element
  bool ordered_list = false;
  long next_item_number = 1;
  long innermost_list = -1;  // index in the open elements of the nearest list, this one included
  bool sets_prefix = false;  // a heading or list item
};

class VisibleTextWalker {
 public:
  std::string walk(const xmlNode* root) {
    const xmlNode* node = root;
    while (node) {
      const xmlNode* next_down = visit(node);
      if (next_down) {
        node = next_down;
        continue;
      }
      // No descent: move to the next sibling, closing elements on the way up.
      while (node && node != root && !node->next) {
        node = node->parent;
        if (node && !open_.empty() && open_.back().node == node) leave();
      }
      if (!node || node == root) break;
      node = node->next;
    }
    while (!open_.empty()) leave();
    return writer_.finish();
  }

 private:
  // Handles node and returns its first child when the walk should descend into it.
  const xmlNode* visit(const xmlNode* node) {
    switch (node->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        if (node->content) {
          const std::string_view text(reinterpret_cast<const char*>(node->content));
          if (in_preformatted()) {
            writer_.write_preformatted(text);
          } else {
            writer_.write_collapsing(text);
          }
        }
        return nullptr;
      case XML_ELEMENT_NODE:
        if (is_skipped(node)) return nullptr;
        enter(node);
        if (node->children) return node->children;
        leave();
        return nullptr;
      case XML_DOCUMENT_NODE:
      case XML_HTML_DOCUMENT_NODE:
        return node->children;
      default:
        return nullptr;
    }
  }

  bool in_preformatted() const { return !open_.empty() && open_.back().preformatted; }
  int sectioning_depth() const { return open_.empty() ? 0 : open_.back().sectioning_depth; }

  bool is_skipped(const xmlNode* node) const {
    if (is_excluded_tag(node) || is_hidden(node)) return true;
    const std::string role = lower_without_spaces(attribute(node, "role"));
    if (role == "navigation" || role == "banner" || role == "contentinfo") return true;
    // A header or footer of the page, not of an article or section.
    if (name_in(node, {"header", "footer"}) && sectioning_depth() == 0) return true;
    return false;
  }

  void enter(const xmlNode* node) {
    OpenElement element;
    element.node = node;
    element.block = is_block_tag(node);
    element.preformatted = in_preformatted() || name_in(node, {"pre", "textarea", "listing"});
    element.sectioning_depth = sectioning_depth() + (is_sectioning_tag(node) ? 1 : 0);
    element.list_depth = open_.empty() ? 0 : open_.back().list_depth;
    element.innermost_list = open_.empty() ? -1 : open_.back().innermost_list;
    if (name_in(node, {"ul", "ol", "menu", "dir"})) {
      ++element.list_depth;
      element.innermost_list = static_cast<long>(open_.size());
      element.ordered_list = name_is(node, "ol");
      element.next_item_number = parse_long_or(attribute(node, "start"), 1);
    }
    if (element.block) writer_.request_paragraph_break();
    if (const int level = heading_level(node); level > 0) {
      writer_.set_prefix(std::string(level, '#') + " ");
      element.sets_prefix = true;
    } else if (name_is(node, "li")) {
      writer_.set_prefix(list_item_prefix(node));
      element.sets_prefix = true;
    } else if (name_in(node, {"td", "th"})) {
      writer_.request_cell_separator();
    }
    open_.push_back(element);
  }

  void leave() {
    if (open_.back().block) writer_.request_paragraph_break();
    if (open_.back().sets_prefix) writer_.drop_prefix();
    open_.pop_back();
  }

  // "- ", "3. " or, nested, "  - ": read before the item itself is pushed.
  std::string list_item_prefix(const xmlNode* item) {
    const long list_index = open_.empty() ? -1 : open_.back().innermost_list;
    if (list_index < 0) return "- ";  // an li outside any list
    OpenElement& list = open_[static_cast<size_t>(list_index)];
    const std::string indent(2 * static_cast<size_t>(list.list_depth - 1), ' ');
    if (!list.ordered_list) return indent + "- ";
    const long number = parse_long_or(attribute(item, "value"), list.next_item_number);
    list.next_item_number = number + 1;
    return indent + std::to_string(number) + ". ";
  }

  TextWriter writer_;
  std::vector<OpenElement> open_;
};

// The <head> element of the DOM: the root itself or a child of the root; null when there is none
// (libxml2 makes one whenever the page has a title or meta tags before its body).
const xmlNode* head_element(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return nullptr;
  if (name_is(root, "head")) return root;
  for (const xmlNode* child = root->children; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && name_is(child, "head")) return child;
  }
  return nullptr;
}

// The text of node's subtree (entities already decoded by libxml2).
std::string node_text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return repair_utf8(text);
}

// The title and meta tags of the head, walked iteratively in document order.
DocumentInfo head_info(const xmlDoc* doc) {
  DocumentInfo info;
  const xmlNode* head = head_element(doc);
  if (!head) return info;
  bool have_title = false;
  const xmlNode* node = head->children;
  while (node) {
    bool descend = false;
    if (node->type == XML_ELEMENT_NODE) {
      if (name_is(node, "title")) {
        if (!have_title) info.title = node_text(node);
        have_title = true;
      } else if (name_is(node, "meta")) {
        std::string name = attribute(node, "name");
        if (name.empty()) name = attribute(node, "property");
        if (!name.empty()) {
          info.meta.push_back(
              {core::to_lower(repair_utf8(name)), repair_utf8(attribute(node, "content"))});
        }
      } else {
        descend = node->children != nullptr;
      }
    }
    if (descend) {
      node = node->children;
      continue;
    }
    while (node && node != head && !node->next) node = node->parent;
    if (!node || node == head) break;
    node = node->next;
  }
  return info;
}

void initialize_libxml_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

std::optional<std::string> html_visible_text(std::string_view html, std::string* error,
                                             DocumentInfo* info) {
  if (info) *info = DocumentInfo();
  auto fail = [&](const char* reason) -> std::optional<std::string> {
    if (error) *error = reason;
    if (info) *info = DocumentInfo();
    return std::nullopt;
  };
  if (html.empty()) return fail("empty HTML");
  if (html.size() > static_cast<size_t>(INT_MAX)) return fail("HTML too large");
  // libxml2 ends the document at the first NUL byte, silently dropping the rest of the page; the
  // HTML standard ignores U+0000 in text. Outside UTF-16 and UTF-32 (a byte-order mark) a zero
  // byte can only be NUL itself, so it is removed.
  std::string without_nul;
  const bool wide = html.starts_with("\xFE\xFF") || html.starts_with("\xFF\xFE") ||
                    html.starts_with(std::string_view("\0\0\xFE\xFF", 4));
  if (!wide && html.find('\0') != std::string_view::npos) {
    without_nul.reserve(html.size());
    for (char c : html)
      if (c != '\0') without_nul += c;
    html = without_nul;
    if (html.empty()) return fail("empty HTML");
  }
  try {
    initialize_libxml_once();
    // No encoding given: libxml2 honours a BOM and <meta charset> / http-equiv, else UTF-8.
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, nullptr,
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE));
    if (!doc) return fail("cannot parse HTML");
    if (info) *info = head_info(doc.get());
    VisibleTextWalker walker;
    // libxml2 lets some ill-formed input bytes through unconverted.
    return repair_utf8(walker.walk(reinterpret_cast<const xmlNode*>(doc.get())));
  } catch (const std::exception&) {
    return fail("out of memory reading HTML");
  }
}

}  // namespace lattice::text
