// Layout of PDF text from positioned words (as poppler's text_list() gives them): reading order
// across columns, paragraphs, running headers, footers and page numbers removed, footnote
// markers marked, end-of-line hyphenation resolved. Pure and independent of poppler, so it can
// be tested on hand-made word boxes.
//
// Conventions of the output:
//  - paragraphs are separated by one blank line; the lines of a paragraph are joined with a
//    space; the text ends with a single "\n";
//  - columns: a vertical gutter that no (or almost no) word crosses splits a region into columns,
//    read left column first, then right; lines crossing the gutter (titles, full-width notes)
//    are read in their vertical place between the column parts above and below them;
//  - a paragraph continues across a column or page break when the earlier part does not end in
//    sentence punctuation and the later part starts in lower case (or the earlier ends with a
//    hyphen);
//  - running headers and footers (lines in the top or bottom 12% of the page whose text, with
//    digits masked, recurs on at least half the pages, and at least two) and bare page numbers
//    in those bands ("12", "Page 12", "- 12 -", "12 of 40", "xiv") are removed;
//  - a footnote marker (digits or * † ‡ § ¶, in a smaller font raised above the line) is written
//    right after the word it follows with a caret and no space: "alliance^12". The caret keeps
//    the marker from reading as a number in the sentence; "^12" at the start of a line is a
//    footnote's own number;
//  - a line ending in "-" whose next line starts in lower case is joined without the hyphen
//    ("cooper-" + "ation" -> "cooperation") unless the hyphen is part of a compound: the left
//    part contains a hyphen, a period, a digit or an inner capital ("U.S.-led"), the hyphenated
//    form occurs elsewhere in the document and the joined one does not, or the left part is a
//    common hyphen prefix (self, non, co, anti, pre, post, multi, inter, well, ...) and the
//    right part is not a mere ending ("low-" + "er" is "lower"). A next line
//    starting with a capital or digit keeps the hyphen ("ADMM-Plus", "U.S.-Japan", "COVID-19");
//    an en or em dash at a line end joins without a space;
//  - ligatures (U+FB00-FB06) are expanded, soft hyphens dropped, control characters removed.
#pragma once

#include <string>
#include <vector>

namespace lattice::text {

// One word as placed on the page; coordinates in points, origin at the top left, y downwards.
struct PdfWord {
  std::string text;  // UTF-8
  double x0 = 0, top = 0, x1 = 0, bottom = 0;
  double font_size = 0;     // 0 when unknown (the box height is used instead)
  bool space_after = true;  // the PDF has a space (or a gap) after this word
};

struct PdfPage {
  double width = 0, height = 0;  // 0 when unknown
  std::vector<PdfWord> words;    // horizontal words
  // Words drawn at an angle (margin stamps, rotated tables), in the order the PDF gives them;
  // they are written as a paragraph of their own after the page's text.
  std::vector<std::string> rotated_words;
};

// The canonical text of the pages, or an empty string when they hold no words.
std::string lay_out_pdf_pages(const std::vector<PdfPage>& pages);

}  // namespace lattice::text
