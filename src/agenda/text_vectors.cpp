// TF-IDF over Snowball stems and entity sets for the agenda's similarity.
#include "agenda/text_vectors.h"

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/utf8.h"

namespace lattice::agenda {

struct Stemmer::Impl {
  sb_stemmer* s = nullptr;
};

Stemmer::Stemmer() : impl_(std::make_unique<Impl>()) {
  impl_->s = sb_stemmer_new("english", nullptr);
}
Stemmer::~Stemmer() {
  sb_stemmer_delete(impl_->s);
}

std::string Stemmer::stem(std::string_view word) {
  if (!impl_->s || word.empty()) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(impl_->s, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (!out) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(impl_->s)));
}

namespace {

// English function words (after the common Snowball/SMART lists) and the cue words of
// prescriptions, which say that something is asked, not what.
const std::set<std::string_view>& stop_words() {
  static const std::set<std::string_view> kWords = {
      "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "among",
      "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
      "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing",
      "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from",
      "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
      "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
      "just", "least", "less", "let", "like", "made", "make", "many", "may", "me", "might", "more",
      "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off",
      "on", "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "ourselves",
      "out", "over", "own", "per", "rather", "same", "shall", "she", "should", "so", "some", "such",
      "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
      "they", "this", "those", "through", "thus", "to", "too", "toward", "towards", "two", "under",
      "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "when",
      "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
      "without", "would", "yet", "you", "your", "yours", "s", "t", "etc", "e", "g", "ie",
      // cues of prescription (docs/agenda.md)
      "need", "needs", "needed", "require", "requires", "required", "urge", "urged", "urges",
      "encourage", "encouraged", "advocate", "advocated", "recommend", "recommended", "call",
      "calls", "called", "critical", "vital", "imperative", "necessary", "necessity", "important",
      "essential", "key", "ought", "participants", "authors", "report",
      // the names of the alliance itself, present in nearly every recommendation
      "japan", "japanese", "united", "states", "american", "america", "alliance", "washington",
      "tokyo", "allies", "allied", "countries", "country",
      // verbs and fillers of prescription that say how strongly, not what, is asked
      "strengthen", "enhance", "bolster", "expand", "deepen", "promote", "continue", "work",
      "address", "effort", "efforts", "pursue", "ensure", "maintain", "take", "seek", "help",
      "focus", "new", "including", "include", "greater", "closer", "closely", "together", "way",
      "ways", "instance", "particular", "time", "first", "current", "currently", "forward", "part",
      "order"};
  return kWords;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

bool is_stop_word(std::string_view lower_word) {
  return stop_words().count(lower_word) > 0;
}

std::vector<Token> content_words(std::string_view text, Stemmer& stemmer) {
  std::vector<Token> out;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // Word characters: ASCII letters and digits, and non-ASCII characters other than those of
    // the General Punctuation block (U+2000-U+206F: curly quotes, dashes), which split words.
    auto word_char_len = [&](size_t at) -> size_t {
      const unsigned char b = static_cast<unsigned char>(text[at]);
      if (b < 0x80) return is_ascii_alnum(b) ? 1 : 0;
      size_t len = core::utf8_sequence_length(b);
      if (at + len > n) len = n - at;
      if (b == 0xE2 && at + 1 < n && static_cast<unsigned char>(text[at + 1]) == 0x80) return 0;
      if (b == 0xC2) return 0;  // Latin-1 punctuation and no-break space
      return len;
    };
    const size_t first = word_char_len(i);
    if (first == 0) {
      i += core::utf8_sequence_length(c);
      continue;
    }
    size_t j = i;
    bool has_letter = false;
    std::string lower;
    while (j < n) {
      const size_t len = word_char_len(j);
      if (len == 0) break;
      for (size_t k = 0; k < len; ++k) {
        char ch = text[j + k];
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        if (!(ch >= '0' && ch <= '9')) has_letter = true;
        lower += ch;
      }
      j += len;
    }
    std::string_view surface = text.substr(i, j - i);
    i = j;
    if (!has_letter || lower.size() < 2 || is_stop_word(lower)) continue;
    out.push_back({stemmer.stem(lower), std::string(surface)});
  }
  return out;
}

double dot(const SparseVector& a, const SparseVector& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      s += a[i].second * b[j].second;
      ++i;
      ++j;
    }
  }
  return s;
}

TermSpace build_term_space(const std::vector<std::string>& texts) {
  TermSpace space;
  Stemmer stemmer;
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::map<std::string, size_t>> surface_counts;
  std::vector<size_t> df;
  std::vector<std::map<uint32_t, size_t>> tf(texts.size());
  space.tokens.reserve(texts.size());
  for (size_t d = 0; d < texts.size(); ++d) {
    space.tokens.push_back(content_words(texts[d], stemmer));
    for (const auto& t : space.tokens.back()) {
      auto [it, added] = ids.emplace(t.stem, static_cast<uint32_t>(space.stems.size()));
      if (added) {
        space.stems.push_back(t.stem);
        surface_counts.emplace_back();
        df.push_back(0);
      }
      if (tf[d][it->second]++ == 0) ++df[it->second];
      ++surface_counts[it->second][t.surface];
    }
  }
  const double n = static_cast<double>(texts.size());
  space.idf.resize(space.stems.size());
  space.surfaces.resize(space.stems.size());
  for (size_t t = 0; t < space.stems.size(); ++t) {
    space.idf[t] = std::log((1.0 + n) / (1.0 + static_cast<double>(df[t])));
    // The most frequent surface form; ties to the lower-case one, then the first in order.
    size_t best = 0;
    for (const auto& [surface, count] : surface_counts[t]) {
      const bool lower =
          std::none_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      const size_t score = count * 2 + (lower ? 1 : 0);
      if (score > best) {
        best = score;
        space.surfaces[t] = surface;
      }
    }
  }
  space.vectors.resize(texts.size());
  for (size_t d = 0; d < texts.size(); ++d) {
    double norm = 0;
    for (const auto& [term, count] : tf[d]) {
      const double w = (1.0 + std::log(static_cast<double>(count))) * space.idf[term];
      space.vectors[d].emplace_back(term, w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    if (norm > 0)
      for (auto& [term, w] : space.vectors[d]) w /= norm;
  }
  return space;
}

bool is_generic_entity(const model::AnalysisFocus& focus, std::string_view id) {
  return !id.empty() && (id == focus.a || id == focus.b || id == focus.alliance);
}

std::vector<std::string> entity_set(std::string_view text, const std::vector<std::string>& actors,
                                    const extract::MentionFinder& finder) {
  const model::AnalysisFocus& focus = finder.analysis().focus;
  std::set<std::string> ids;
  for (const auto& m : finder.find(text))
    if (!is_generic_entity(focus, m.id)) ids.insert(m.id);
  for (const auto& a : actors)
    if (!is_generic_entity(focus, a)) ids.insert(a);
  return {ids.begin(), ids.end()};
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 0;
  size_t both = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++both;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

}  // namespace lattice::agenda
