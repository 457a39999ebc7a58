// Layout of PDF text from positioned words; see pdf_layout.h for the conventions. The stages:
// words -> lines -> column flows per page (order_region), running headers and page numbers
// removed, flows -> paragraphs (also across column and page breaks), then the paragraphs are
// written with hyphenation resolved against the document's own vocabulary.
#include "text/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/text.h"

namespace lattice::text {
namespace {

constexpr int kMaxColumnDepth = 3;         // columns within columns, at most this deep
constexpr double kMarginBand = 0.12;       // top and bottom share of the page for headers/footers
constexpr double kMarkerSizeRatio = 0.85;  // footnote markers are at most this size of the line

// ---------------------------------------------------------------------------------------------
// Words and lines

double word_size(const PdfWord& w) {
  const double height = w.bottom - w.top;
  return w.font_size > 0 ? w.font_size : (height > 0 ? height : 1.0);
}

double center_y(const PdfWord& w) {
  return (w.top + w.bottom) / 2;
}

struct Line {
  std::vector<PdfWord> words;  // left to right
  double x0 = 0, top = 0, x1 = 0, bottom = 0;
  double size = 0;   // font size of most of the line's characters
  std::string text;  // written by finish_line
};

using Flow = std::vector<Line>;  // lines read one after the other (a column part)

bool is_marker_text(std::string_view s) {
  if (s.empty() || s.size() > 8) return false;
  bool any_digit = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') {
      any_digit = true;
    } else if (c == ',' || c == '-' || c == '*') {
      continue;
    } else if (c >= 0x80) {
      // † ‡ § ¶ (U+2020, U+2021, U+00A7, U+00B6)
      const std::string_view rest = s.substr(i);
      if (rest.starts_with("\u2020") || rest.starts_with("\u2021")) {
        i += 2;
      } else if (rest.starts_with("\u00A7") || rest.starts_with("\u00B6")) {
        i += 1;
      } else {
        return false;
      }
      any_digit = true;
    } else {
      return false;
    }
  }
  return any_digit || s.find('*') != std::string_view::npos;
}

// The line's dominant font size and the bottom of its dominant words.
void measure_line(Line& line) {
  std::map<long, size_t> chars_by_size;  // size in 1/10 pt -> characters
  for (const PdfWord& w : line.words) {
    chars_by_size[std::lround(word_size(w) * 10)] += std::max<size_t>(1, w.text.size());
  }
  long best = 0;
  size_t best_count = 0;
  for (const auto& [size, count] : chars_by_size) {
    if (count > best_count || (count == best_count && size > best)) {
      best = size;
      best_count = count;
    }
  }
  line.size = static_cast<double>(best) / 10;
  line.x0 = line.top = 1e300;
  line.x1 = line.bottom = -1e300;
  for (const PdfWord& w : line.words) {
    line.x0 = std::min(line.x0, w.x0);
    line.x1 = std::max(line.x1, w.x1);
    line.top = std::min(line.top, w.top);
    line.bottom = std::max(line.bottom, w.bottom);
  }
}

// Writes line.text: words joined with spaces where the PDF has them, footnote markers as "^N".
void finish_line(Line& line) {
  std::sort(line.words.begin(), line.words.end(),
            [](const PdfWord& a, const PdfWord& b) { return a.x0 < b.x0; });
  measure_line(line);
  // The bottom of the normal-size words, to tell raised markers from the line's own words.
  double normal_bottom = -1e300;
  for (const PdfWord& w : line.words) {
    if (word_size(w) >= line.size * kMarkerSizeRatio)
      normal_bottom = std::max(normal_bottom, w.bottom);
  }
  std::string text;
  const PdfWord* previous = nullptr;
  for (const PdfWord& w : line.words) {
    const double size = word_size(w);
    const bool raised = normal_bottom > -1e299 && w.bottom < normal_bottom - 0.15 * line.size;
    const bool small = size < line.size * kMarkerSizeRatio;
    const bool gap = previous && (previous->space_after || w.x0 - previous->x1 > 0.12 * line.size);
    if (small && raised && is_marker_text(w.text)) {
      if (previous && !gap) {
        text += '^';
      } else {
        if (!text.empty()) text += ' ';
        text += '^';
      }
      text += w.text;
    } else {
      if (!text.empty() && (gap || !previous)) text += ' ';
      text += w.text;
    }
    previous = &w;
  }
  line.text = std::move(text);
}

// Groups words into lines by vertical overlap.
std::vector<Line> group_lines(std::vector<PdfWord> words) {
  std::sort(words.begin(), words.end(),
            [](const PdfWord& a, const PdfWord& b) { return center_y(a) < center_y(b); });
  struct Band {
    double top, bottom, height;
  };
  std::vector<Line> lines;
  Band band{0, 0, 0};
  for (PdfWord& w : words) {
    const double height = std::max(w.bottom - w.top, 0.01);
    bool joins = false;
    if (!lines.empty()) {
      const double overlap = std::min(band.bottom, w.bottom) - std::max(band.top, w.top);
      joins = overlap >= 0.5 * std::min(height, band.height);
    }
    if (!joins) {
      lines.emplace_back();
      band = {w.top, w.bottom, height};
    } else if (height > band.height) {
      band = {w.top, w.bottom, height};  // the band follows the line's largest word
    }
    lines.back().words.push_back(std::move(w));
  }
  for (Line& line : lines) measure_line(line);
  // A line of small words overlapping its neighbour (superscripts, subscripts) joins it.
  std::vector<Line> merged;
  for (Line& line : lines) {
    if (!merged.empty()) {
      Line& last = merged.back();
      const bool overlapping = line.top < last.bottom;
      const bool one_is_small =
          line.size < last.size * kMarkerSizeRatio || last.size < line.size * kMarkerSizeRatio;
      if (overlapping && one_is_small) {
        for (PdfWord& w : line.words) last.words.push_back(std::move(w));
        measure_line(last);
        continue;
      }
    }
    merged.push_back(std::move(line));
  }
  for (Line& line : merged) finish_line(line);
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Columns

// The part of the page between the top and bottom margin bands.
struct BodyBand {
  double top = -1e300, bottom = 1e300;
  bool contains(const PdfWord& w) const {
    const double c = center_y(w);
    return c >= top && c <= bottom;
  }
};

struct Gutter {
  double left = 0, right = 0;  // the empty strip between the columns
};

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<long>(mid), values.end());
  return values[mid];
}

// A vertical strip in the middle part of the words' extent that (almost) no word crosses, with
// lines on both sides of it side by side. Linear in the number of words.
// Works on line fragments (make_fragments) rather than words.
std::optional<Gutter> find_gutter(const std::vector<PdfWord>& all_words, const BodyBand& body) {
  // Running headers and page numbers in the margins often sit across the gutter: left out here.
  std::vector<PdfWord> words;
  for (const PdfWord& w : all_words) {
    if (body.contains(w)) words.push_back(w);
  }
  if (words.size() < 4) return std::nullopt;
  double min_x = 1e300, max_x = -1e300;
  std::vector<double> heights;
  heights.reserve(words.size());
  for (const PdfWord& w : words) {
    min_x = std::min(min_x, w.x0);
    max_x = std::max(max_x, w.x1);
    heights.push_back(w.bottom - w.top);
  }
  const double extent = max_x - min_x;
  if (!(extent > 60)) return std::nullopt;
  const size_t cells = static_cast<size_t>(std::min(std::ceil(extent), 4000.0));
  const double cell_width = extent / static_cast<double>(cells);
  std::vector<int> delta(cells + 1, 0);
  for (const PdfWord& w : words) {
    const auto lo = static_cast<size_t>(
        std::clamp((w.x0 - min_x) / cell_width, 0.0, static_cast<double>(cells)));
    const auto hi = static_cast<size_t>(
        std::clamp(std::ceil((w.x1 - min_x) / cell_width), 0.0, static_cast<double>(cells)));
    if (hi <= lo) continue;
    ++delta[lo];
    --delta[hi];
  }
  std::vector<int> coverage(cells, 0);
  int running = 0, max_coverage = 0;
  for (size_t i = 0; i < cells; ++i) {
    running += delta[i];
    coverage[i] = running;
    max_coverage = std::max(max_coverage, running);
  }
  // Titles and full-width notes cross a gutter too: a few crossings are allowed.
  const int threshold = std::max(max_coverage / 8, 2);
  const double min_width = std::max(5.0, 0.8 * median(heights));
  const double central_lo = min_x + 0.15 * extent, central_hi = max_x - 0.15 * extent;
  // Among strips of low coverage, the one crossed by the fewest words, then the widest.
  std::optional<Gutter> best;
  int best_coverage = 0;
  size_t i = 0;
  while (i < cells) {
    if (coverage[i] > threshold) {
      ++i;
      continue;
    }
    size_t j = i;
    int lowest = coverage[i];
    while (j < cells && coverage[j] <= threshold) lowest = std::min(lowest, coverage[j++]);
    // The widest sub-strip at the lowest coverage: the ragged ends of lines are not gutter.
    for (size_t k = i; k < j;) {
      if (coverage[k] != lowest) {
        ++k;
        continue;
      }
      size_t m = k;
      while (m < j && coverage[m] == lowest) ++m;
      const double left = min_x + static_cast<double>(k) * cell_width;
      const double right = min_x + static_cast<double>(m) * cell_width;
      const double middle = (left + right) / 2;
      const bool better = !best || lowest < best_coverage ||
                          (lowest == best_coverage && right - left > best->right - best->left);
      if (right - left >= min_width && middle >= central_lo && middle <= central_hi && better) {
        best = Gutter{left, right};
        best_coverage = lowest;
      }
      k = m;
    }
    i = j;
  }
  if (!best) return std::nullopt;

  // Columns: lines entirely on each side, mostly side by side, outnumbering the crossing words.
  std::vector<PdfWord> left_words, right_words;
  size_t crossing = 0;
  for (const PdfWord& w : words) {
    if (w.x1 <= best->left + 0.5) {
      left_words.push_back(w);
    } else if (w.x0 >= best->right - 0.5) {
      right_words.push_back(w);
    } else {
      ++crossing;
    }
  }
  if (left_words.empty() || right_words.empty()) return std::nullopt;
  auto distinct_rows = [](const std::vector<PdfWord>& side, double* top, double* bottom) {
    std::vector<double> centers;
    *top = 1e300;
    *bottom = -1e300;
    for (const PdfWord& w : side) {
      centers.push_back(center_y(w));
      *top = std::min(*top, w.top);
      *bottom = std::max(*bottom, w.bottom);
    }
    std::sort(centers.begin(), centers.end());
    size_t rows = 0;
    double last = -1e300;
    for (double c : centers) {
      if (c - last > 2) ++rows;
      last = c;
    }
    return rows;
  };
  double left_top, left_bottom, right_top, right_bottom;
  const size_t left_rows = distinct_rows(left_words, &left_top, &left_bottom);
  const size_t right_rows = distinct_rows(right_words, &right_top, &right_bottom);
  if (left_rows < 2 || right_rows < 2) return std::nullopt;
  // Crossing words are titles and full-width lines; many of them means a table or prose.
  if (crossing > std::max<size_t>(2, std::min(left_rows, right_rows)) || crossing > 400) {
    return std::nullopt;
  }
  const double overlap = std::min(left_bottom, right_bottom) - std::max(left_top, right_top);
  const double shorter = std::min(left_bottom - left_top, right_bottom - right_top);
  if (overlap < 0.3 * shorter) return std::nullopt;
  return best;
}

void append_flows(std::vector<Flow>& out, std::vector<Flow> more) {
  for (Flow& flow : more) {
    if (!flow.empty()) out.push_back(std::move(flow));
  }
}

// Pieces of lines: words on a common line with no gap wider than about a character's height
// between them. A centred title is one fragment, so its word gaps are never taken for a gutter.
// Returns the fragments' boxes and, for each word, the index of its fragment.
std::vector<PdfWord> make_fragments(const std::vector<PdfWord>& words,
                                    std::vector<size_t>* fragment_of_word) {
  std::vector<size_t> order(words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return center_y(words[a]) < center_y(words[b]); });
  std::vector<std::vector<size_t>> lines;
  double band_top = 0, band_bottom = 0, band_height = 0;
  for (size_t index : order) {
    const PdfWord& w = words[index];
    const double height = std::max(w.bottom - w.top, 0.01);
    const double overlap = std::min(band_bottom, w.bottom) - std::max(band_top, w.top);
    if (lines.empty() || overlap < 0.5 * std::min(height, band_height)) {
      lines.emplace_back();
      band_top = w.top;
      band_bottom = w.bottom;
      band_height = height;
    } else if (height > band_height) {
      band_top = w.top;
      band_bottom = w.bottom;
      band_height = height;
    }
    lines.back().push_back(index);
  }
  std::vector<PdfWord> fragments;
  fragment_of_word->assign(words.size(), 0);
  for (std::vector<size_t>& line : lines) {
    std::sort(line.begin(), line.end(),
              [&](size_t a, size_t b) { return words[a].x0 < words[b].x0; });
    for (size_t k = 0; k < line.size(); ++k) {
      const PdfWord& w = words[line[k]];
      const bool starts_new =
          k == 0 || w.x0 - fragments.back().x1 > std::max(word_size(w), fragments.back().font_size);
      if (starts_new) {
        PdfWord box;
        box.x0 = w.x0;
        box.x1 = w.x1;
        box.top = w.top;
        box.bottom = w.bottom;
        box.font_size = word_size(w);
        fragments.push_back(box);
      } else {
        PdfWord& box = fragments.back();
        box.x1 = std::max(box.x1, w.x1);
        box.top = std::min(box.top, w.top);
        box.bottom = std::max(box.bottom, w.bottom);
        box.font_size = std::max(box.font_size, word_size(w));
      }
      (*fragment_of_word)[line[k]] = fragments.size() - 1;
    }
  }
  return fragments;
}

// The flows of a region in reading order.
std::vector<Flow> order_region(std::vector<PdfWord> words, const BodyBand& body, int depth) {
  if (words.empty()) return {};
  std::vector<size_t> fragment_of_word;
  const std::vector<PdfWord> fragments = make_fragments(words, &fragment_of_word);
  const std::optional<Gutter> gutter =
      depth < kMaxColumnDepth ? find_gutter(fragments, body) : std::nullopt;
  if (!gutter) {
    std::vector<Flow> flows;
    flows.push_back(group_lines(std::move(words)));
    return flows;
  }
  std::vector<PdfWord> left, right, crossing;
  for (size_t i = 0; i < words.size(); ++i) {
    const PdfWord& fragment = fragments[fragment_of_word[i]];
    if (fragment.x1 <= gutter->left + 0.5) {
      left.push_back(std::move(words[i]));
    } else if (fragment.x0 >= gutter->right - 0.5) {
      right.push_back(std::move(words[i]));
    } else {
      crossing.push_back(std::move(words[i]));
    }
  }
  // Lines crossing the gutter take the side words level with them.
  std::vector<Line> spanning = group_lines(std::move(crossing));
  auto absorb = [&](std::vector<PdfWord>& side) {
    std::vector<PdfWord> kept;
    for (PdfWord& w : side) {
      Line* home = nullptr;
      for (Line& line : spanning) {
        const double overlap = std::min(line.bottom, w.bottom) - std::max(line.top, w.top);
        if (overlap >= 0.5 * (w.bottom - w.top)) {
          home = &line;
          break;
        }
      }
      if (home) {
        home->words.push_back(std::move(w));
      } else {
        kept.push_back(std::move(w));
      }
    }
    side = std::move(kept);
  };
  if (!spanning.empty()) {
    absorb(left);
    absorb(right);
    for (Line& line : spanning) finish_line(line);
    std::sort(spanning.begin(), spanning.end(),
              [](const Line& a, const Line& b) { return a.top < b.top; });
  }
  // Zones between spanning lines: left column part, then right column part, then the line.
  std::vector<Flow> flows;
  std::vector<std::vector<PdfWord>> left_zones(spanning.size() + 1),
      right_zones(spanning.size() + 1);
  auto zone_of = [&](const PdfWord& w) {
    const double c = center_y(w);
    size_t zone = 0;
    while (zone < spanning.size() && c > (spanning[zone].top + spanning[zone].bottom) / 2) ++zone;
    return zone;
  };
  for (PdfWord& w : left) left_zones[zone_of(w)].push_back(std::move(w));
  for (PdfWord& w : right) right_zones[zone_of(w)].push_back(std::move(w));
  Flow spanning_flow;
  for (size_t zone = 0; zone <= spanning.size(); ++zone) {
    if (!left_zones[zone].empty() || !right_zones[zone].empty()) {
      if (!spanning_flow.empty()) flows.push_back(std::move(spanning_flow));
      spanning_flow.clear();
      append_flows(flows, order_region(std::move(left_zones[zone]), body, depth + 1));
      append_flows(flows, order_region(std::move(right_zones[zone]), body, depth + 1));
    }
    if (zone < spanning.size()) spanning_flow.push_back(std::move(spanning[zone]));
  }
  if (!spanning_flow.empty()) flows.push_back(std::move(spanning_flow));
  return flows;
}

// ---------------------------------------------------------------------------------------------
// Running headers, footers and page numbers

// The text with digits masked and case folded, to compare headers across pages.
std::string header_key(std::string_view text) {
  std::string key;
  for (char c : core::to_lower(text)) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c != ' ') {
      key += c;
    }
  }
  return key;
}

// Value of a lower-case roman numeral up to 100 written canonically, else 0.
int roman_value(std::string_view s) {
  static const char* const kTens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
  static const char* const kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  if (s == "c") return 100;
  for (int tens = 0; tens < 10; ++tens) {
    for (int units = 0; units < 10; ++units) {
      if (tens + units == 0) continue;
      if (s == std::string(kTens[tens]) + kUnits[units]) return tens * 10 + units;
    }
  }
  return 0;
}

bool is_all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 5 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "12", "Page 12", "p. 12", "- 12 -", "— 12 —", "12 of 40", "| 12", "xiv".
bool is_page_number(std::string_view text) {
  std::string s = core::to_lower(text);
  auto strip = [&]() {
    static const std::string_view kEdge[] = {" ", "-",      "|",      "[",      "]",     "(",
                                             ")", "\u2013", "\u2014", "\u00B7", "\u2022"};
    bool changed = true;
    while (changed && !s.empty()) {
      changed = false;
      for (std::string_view e : kEdge) {
        if (s.starts_with(e)) {
          s.erase(0, e.size());
          changed = true;
        }
        if (s.ends_with(e)) {
          s.erase(s.size() - e.size());
          changed = true;
        }
      }
    }
  };
  strip();
  for (std::string_view prefix : {"page ", "p. ", "p.", "pg. ", "pg "}) {
    if (s.starts_with(prefix)) {
      s.erase(0, prefix.size());
      strip();
      break;
    }
  }
  if (const size_t of = s.find(" of "); of != std::string::npos) {
    if (!is_all_digits(s.substr(of + 4))) return false;
    s.erase(of);
  } else if (const size_t slash = s.find('/'); slash != std::string::npos) {
    if (!is_all_digits(s.substr(slash + 1))) return false;
    s.erase(slash);
  }
  return is_all_digits(s) || roman_value(s) > 0;
}

struct LaidPage {
  double height = 0;
  std::vector<Flow> flows;
};

bool in_margin_band(const Line& line, double page_height) {
  const double center = (line.top + line.bottom) / 2;
  return center < kMarginBand * page_height || center > (1 - kMarginBand) * page_height;
}

void remove_running_lines(std::vector<LaidPage>& pages) {
  std::unordered_map<std::string, size_t> pages_with_key;
  for (const LaidPage& page : pages) {
    std::unordered_set<std::string> seen;
    for (const Flow& flow : page.flows) {
      for (const Line& line : flow) {
        if (in_margin_band(line, page.height)) seen.insert(header_key(line.text));
      }
    }
    for (const std::string& key : seen) ++pages_with_key[key];
  }
  const size_t needed = std::max<size_t>(2, (pages.size() + 1) / 2);
  for (LaidPage& page : pages) {
    for (Flow& flow : page.flows) {
      std::erase_if(flow, [&](const Line& line) {
        if (!in_margin_band(line, page.height)) return false;
        if (is_page_number(line.text)) return true;
        if (pages.size() < 2) return false;
        const auto it = pages_with_key.find(header_key(line.text));
        return it != pages_with_key.end() && it->second >= needed;
      });
    }
    std::erase_if(page.flows, [](const Flow& flow) { return flow.empty(); });
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

using Paragraph = std::vector<const Line*>;

bool starts_with_bullet(std::string_view text) {
  for (std::string_view bullet : {"\u2022", "\u25E6", "\u25AA", "\u25CF", "\u2023", "\u2043"}) {
    if (text.starts_with(bullet)) return true;
  }
  return false;
}

bool same_size(double a, double b) {
  return std::abs(a - b) <= 0.12 * std::max(a, b);
}

// The text without a trailing footnote marker.
std::string_view without_marker(std::string_view text) {
  const size_t caret = text.rfind('^');
  if (caret != std::string_view::npos && text.find(' ', caret) == std::string_view::npos) {
    return text.substr(0, caret);
  }
  return text;
}

void split_flow_into_paragraphs(const Flow& flow, std::vector<Paragraph>& out) {
  std::vector<double> pitches;
  double left = 1e300;
  for (size_t i = 0; i < flow.size(); ++i) {
    left = std::min(left, flow[i].x0);
    if (i > 0) pitches.push_back(flow[i].bottom - flow[i - 1].bottom);
  }
  const double typical_pitch = median(pitches);
  Paragraph current;
  for (size_t i = 0; i < flow.size(); ++i) {
    const Line& line = flow[i];
    bool new_paragraph = i == 0;
    if (i > 0) {
      const Line& prev = flow[i - 1];
      const double pitch = line.bottom - prev.bottom;
      const double gap = line.top - prev.bottom;
      const double size = std::max(line.size, prev.size);
      if (pitches.size() >= 2 && pitch > 1.35 * typical_pitch) new_paragraph = true;
      if (pitches.size() < 2 && gap > 0.8 * size) new_paragraph = true;
      if (!same_size(line.size, prev.size)) new_paragraph = true;
      if (starts_with_bullet(line.text)) new_paragraph = true;
      const bool indented = line.x0 - left > 1.0 * line.size && line.x0 - left < 6 * line.size;
      const bool prev_indented = prev.x0 - left > 1.0 * prev.size;
      if (indented && !prev_indented && flow.size() > 2) new_paragraph = true;
    }
    if (new_paragraph && !current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
    current.push_back(&line);
  }
  if (!current.empty()) out.push_back(std::move(current));
}

bool ends_sentence_or_block(std::string_view text) {
  text = without_marker(text);
  if (text.empty()) return true;
  static const std::string_view kEnds[] = {".",  "!", "?", ":",      ";",
                                           "\"", ")", "]", "\u201D", "\u2019"};
  for (std::string_view end : kEnds) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

bool starts_lowercase(std::string_view text) {
  return !text.empty() && text[0] >= 'a' && text[0] <= 'z';
}

// Paragraphs of the whole document; a paragraph cut by a column or page break is rejoined.
std::vector<Paragraph> collect_paragraphs(const std::vector<LaidPage>& pages) {
  std::vector<Paragraph> paragraphs;
  for (const LaidPage& page : pages) {
    for (const Flow& flow : page.flows) {
      std::vector<Paragraph> parts;
      split_flow_into_paragraphs(flow, parts);
      for (size_t i = 0; i < parts.size(); ++i) {
        if (i == 0 && !paragraphs.empty()) {
          const Line& last = *paragraphs.back().back();
          const Line& first = *parts[0].front();
          const bool hyphen_end = last.text.ends_with("-") && !last.text.ends_with(" -");
          const bool continues =
              same_size(last.size, first.size) && !starts_with_bullet(first.text) &&
              (hyphen_end || (!ends_sentence_or_block(last.text) && starts_lowercase(first.text)));
          if (continues) {
            paragraphs.back().insert(paragraphs.back().end(), parts[0].begin(), parts[0].end());
            continue;
          }
        }
        paragraphs.push_back(std::move(parts[i]));
      }
    }
  }
  return paragraphs;
}

// ---------------------------------------------------------------------------------------------
// Hyphenation and writing

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A token reduced to its letters, digits and inner hyphens, lower case: "(Self-defense," ->
// "self-defense".
std::string vocabulary_form(std::string_view token) {
  token = without_marker(token);
  size_t begin = 0, end = token.size();
  auto is_word_char = [](char c) {
    return is_ascii_letter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  };
  while (begin < end && !is_word_char(token[begin])) ++begin;
  while (end > begin && !is_word_char(token[end - 1])) --end;
  return core::to_lower(token.substr(begin, end - begin));
}

std::unordered_set<std::string> document_vocabulary(const std::vector<Paragraph>& paragraphs) {
  std::unordered_set<std::string> vocabulary;
  for (const Paragraph& paragraph : paragraphs) {
    for (const Line* line : paragraph) {
      std::string_view text = line->text;
      size_t start = 0;
      while (start < text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view token = text.substr(start, end - start);
        const bool line_final_fragment = end == text.size() && token.ends_with("-");
        if (!line_final_fragment && !token.empty()) vocabulary.insert(vocabulary_form(token));
        start = end + 1;
      }
    }
  }
  return vocabulary;
}

// Words that usually keep their hyphen when a line breaks after them ("self-defense").
bool is_hyphen_prefix(std::string_view word) {
  static const std::set<std::string, std::less<>> kPrefixes = {
      "self", "non",   "co",    "anti", "pre",   "post",    "multi", "inter", "well",
      "long", "short", "high",  "low",  "cross", "counter", "semi",  "quasi", "ex",
      "all",  "half",  "state", "indo", "euro",  "sino",    "afro",  "intra"};
  return kPrefixes.contains(core::to_lower(word));
}

// Endings that are never words of their own: "low-" + "er" is "lower", not "low-er".
bool is_word_ending(std::string_view word) {
  static const std::set<std::string, std::less<>> kEndings = {
      "er",    "ers",  "est",  "ly",    "ing",  "ings", "ed", "ion",  "ions", "ation", "ity",
      "ities", "ness", "ment", "ments", "ance", "ence", "al", "ally", "ous",  "ive",   "ish",
      "ize",   "ise",  "ized", "ised",  "able", "ible", "ic", "ical", "s",    "es"};
  return kEndings.contains(word);
}

// How to join a line ending in "...left-" to the next line starting with right.
enum class HyphenJoin { kDropHyphen, kKeepHyphen };

HyphenJoin resolve_hyphen(std::string_view left_token, std::string_view right_token,
                          const std::unordered_set<std::string>& vocabulary) {
  const std::string_view left = left_token.substr(0, left_token.size() - 1);  // without the '-'
  if (right_token.empty() || !(right_token[0] >= 'a' && right_token[0] <= 'z')) {
    return HyphenJoin::kKeepHyphen;  // "ADMM-Plus", "U.S.-Japan", "COVID-19"
  }
  size_t letters_begin = 0;
  while (letters_begin < left.size() && !is_ascii_letter(left[letters_begin]) &&
         static_cast<unsigned char>(left[letters_begin]) < 0x80) {
    ++letters_begin;
  }
  const std::string_view stem = left.substr(letters_begin);
  if (stem.empty()) return HyphenJoin::kKeepHyphen;
  for (size_t i = 0; i < stem.size(); ++i) {
    const char c = stem[i];
    if (c == '-' || c == '.' || (c >= '0' && c <= '9') || (i > 0 && c >= 'A' && c <= 'Z')) {
      return HyphenJoin::kKeepHyphen;  // "U.S.-led", "state-of-the-art", "G7-led"
    }
  }
  const std::string right_word = vocabulary_form(right_token);
  const std::string joined = core::to_lower(stem) + right_word;
  const std::string hyphenated = core::to_lower(stem) + "-" + right_word;
  const bool joined_seen = vocabulary.contains(joined);
  const bool hyphenated_seen = vocabulary.contains(hyphenated);
  if (hyphenated_seen && !joined_seen) return HyphenJoin::kKeepHyphen;
  if (joined_seen || is_word_ending(right_word)) return HyphenJoin::kDropHyphen;
  return is_hyphen_prefix(stem) ? HyphenJoin::kKeepHyphen : HyphenJoin::kDropHyphen;
}

std::string last_token(std::string_view text) {
  const size_t space = text.rfind(' ');
  return std::string(space == std::string_view::npos ? text : text.substr(space + 1));
}

std::string first_token(std::string_view text) {
  const size_t space = text.find(' ');
  return std::string(space == std::string_view::npos ? text : text.substr(0, space));
}

std::string write_paragraph(const Paragraph& paragraph,
                            const std::unordered_set<std::string>& vocabulary) {
  std::string out;
  for (const Line* line : paragraph) {
    if (line->text.empty()) continue;
    if (out.empty()) {
      out = line->text;
      continue;
    }
    const std::string left = last_token(out);
    if (out.ends_with("\u2014") || out.ends_with("\u2013")) {
      // an em or en dash at the line end: no space ("1990–2000", "pledge—and")
    } else if (out.ends_with("-") && left.size() > 1) {
      if (resolve_hyphen(left, first_token(line->text), vocabulary) == HyphenJoin::kDropHyphen) {
        out.pop_back();
      }
    } else {
      out += ' ';
    }
    out += line->text;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word text clean-up

void append_clean(std::string_view in, std::string& out) {
  size_t i = 0;
  while (i < in.size()) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x20 || c == 0x7F) {
      if (c == '\t') out += ' ';
      ++i;
      continue;
    }
    if (c == 0xEF && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xAC) {
      static const char* const kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
      const unsigned char last = static_cast<unsigned char>(in[i + 2]);
      if (last >= 0x80 && last <= 0x86) {
        out += kLigatures[last - 0x80];
        i += 3;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xAD) {
      i += 2;  // soft hyphen
      continue;
    }
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      out += ' ';  // no-break space
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
    ++i;
  }
}

std::string clean_word(std::string_view text) {
  std::string cleaned;
  append_clean(text, cleaned);
  // Inner spaces would break the token logic; words never hold them in practice.
  std::string out;
  for (char c : cleaned) {
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool finite_box(const PdfWord& w) {
  return std::isfinite(w.x0) && std::isfinite(w.x1) && std::isfinite(w.top) &&
         std::isfinite(w.bottom) && std::isfinite(w.font_size) && std::abs(w.x0) < 1e7 &&
         std::abs(w.x1) < 1e7 && std::abs(w.top) < 1e7 && std::abs(w.bottom) < 1e7;
}

}  // namespace

std::string lay_out_pdf_pages(const std::vector<PdfPage>& pages) {
  std::vector<LaidPage> laid;
  laid.reserve(pages.size());
  for (const PdfPage& page : pages) {
    std::vector<PdfWord> words;
    double max_bottom = 0;
    for (const PdfWord& w : page.words) {
      if (!finite_box(w)) continue;
      PdfWord word = w;
      word.text = clean_word(w.text);
      if (word.text.empty()) continue;
      if (word.x1 < word.x0) std::swap(word.x0, word.x1);
      if (word.bottom < word.top) std::swap(word.top, word.bottom);
      if (word.font_size < 0) word.font_size = 0;
      max_bottom = std::max(max_bottom, word.bottom);
      words.push_back(std::move(word));
    }
    LaidPage out;
    out.height = page.height > 0 && std::isfinite(page.height) ? page.height : max_bottom;
    const BodyBand body{kMarginBand * out.height, (1 - kMarginBand) * out.height};
    out.flows = order_region(std::move(words), body, 0);
    std::string rotated;
    for (const std::string& w : page.rotated_words) {
      const std::string cleaned = clean_word(w);
      if (cleaned.empty()) continue;
      if (!rotated.empty()) rotated += ' ';
      rotated += cleaned;
    }
    if (!rotated.empty()) {
      Line line;
      line.text = std::move(rotated);
      line.top = line.bottom = out.height / 2;  // never in a margin band
      line.size = 0;
      out.flows.push_back(Flow{std::move(line)});
    }
    laid.push_back(std::move(out));
  }
  remove_running_lines(laid);
  const std::vector<Paragraph> paragraphs = collect_paragraphs(laid);
  const std::unordered_set<std::string> vocabulary = document_vocabulary(paragraphs);
  std::string text;
  for (const Paragraph& paragraph : paragraphs) {
    std::string written = write_paragraph(paragraph, vocabulary);
    if (written.empty()) continue;
    if (!text.empty()) text += "\n\n";
    text += written;
  }
  if (!text.empty()) text += '\n';
  return text;
}

}  // namespace lattice::text
