// Folding of names to ASCII for matching them as people type them: Latin letters lose their
// diacritics ("Türkiye" -> "Turkiye", "Malé" -> "Male", "Guåhan" -> "Guahan", Vietnamese
// "Trường Sa" -> "Truong Sa"), typographic quotes and dashes become ' " and -, and Unicode spaces
// become ' '. Pure functions; safe to call from any thread.
#pragma once

#include <string>
#include <string_view>

namespace lattice::core {

// text with every Latin letter of U+00C0-U+024F and U+1E00-U+1EFF that has an ASCII base
// letter replaced by it (ß -> ss, Æ -> AE, Ł -> L), combining marks (U+0300-U+036F) dropped,
// U+2018/U+2019/U+201B/U+02BB/U+02BC/U+00B4/U+0060 -> ', U+201C/U+201D -> ", U+2010-U+2015 and
// U+2212 -> -, U+00A0, U+2000-U+200A, U+202F and U+3000 -> ' ', and U+200B-U+200D removed. Case
// is kept. Other code points are copied unchanged; bytes that are not well-formed UTF-8 become
// U+FFFD. O(|text|).
std::string ascii_fold(std::string_view text);

}  // namespace lattice::core
