// MentionFinder: a token trie over every name and alias of the model's actors, frameworks, places
// and regions (plus a small table of demonyms and a few built-in phrases), matched leftmost-longest
// over a tokenised text in one pass.
//
// Tokens. White space (any run, page breaks included), markdown emphasis '*' and '_', and the
// markdown escape '\' separate tokens and are otherwise ignored, so "Republic of\n\nKorea" and
// "**Japan**" match. A word token is a maximal run of ASCII letters and digits and non-ASCII
// letters; every other character is a one-character punctuation token. ’ and ‘ count as ', and
// the en dash and Unicode hyphens as '-'. "U.S.-Japan" is thus U . S . - Japan, giving usa and
// Japan; "Japan’s" is Japan ' s, giving Japan with the span ending before ’s.
//
// Case rules, per token of a name:
//  * acronym-like tokens (no lower-case letter, or a capital after the first letter: "US", "DPRK",
//    "U.S.", "DoD", "AsDB") must match exactly, so "us" is not the United States;
//  * the first token of a capitalised name must start with a capital in the text ("May", "Diet",
//    "Congress", "Quad" and "China" only match capitalised; "JAPAN" in a heading matches);
//  * every other token matches case-insensitively ("U.S.-Japan alliance" matches "U.S.-Japan
//    Alliance").
// A leading "the" of a name is dropped (and so is not part of a span); names shorter than two
// characters are skipped.
//
// Built-ins: the demonyms of the model's analysis.toml ("Japanese", "American", "South Korean";
// in the U.S.-Japan model "Korean" and "Korea" alone stand for South Korea), "Washington, D.C." for
// what "Washington" names, and the ids of non-state actors and frameworks that read as acronyms
// ("ASEAN", "NATO"). "US" right after an all-capitals verb ("LET US", "CONTACT US") is the pronoun
// and not matched.
//
// Ambiguity: when one phrase names several entities, actors win over frameworks, frameworks over
// places, places over regions; the model's own names and aliases win over the built-in demonyms
// and phrases. Among entities of one kind the first in model order wins.
//
// Longest match: at each token the longest phrase starting there wins (so "ASEAN Regional Forum"
// beats "ASEAN", "U.S.-Japan alliance" is the alliance framework, not usa + Japan); matches are
// taken left to right and never overlap (a match that starts earlier wins over a longer one that
// would start inside it). A few "blocker" phrases ("Latin America", "Indian
// Ocean", "Asia-Pacific") match and yield no mention, so their parts do not name a state.
#include "extract/mention_finder.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/text.h"
#include "core/utf8.h"

namespace lattice::extract {

namespace {

enum class TokKind : uint8_t { kWord, kPunct };
enum class CaseMode : uint8_t { kAny, kCapFirst, kExact };

// A token of the text: byte span and vocabulary id (-1 when no name uses it).
struct TextTok {
  size_t start, end;
  int32_t vocab;
  TokKind kind;
};

// A token of a name.
struct NameTok {
  std::string text;  // normalised (' and - for their Unicode forms)
  CaseMode mode = CaseMode::kAny;
  TokKind kind = TokKind::kWord;
};

struct Phrase {
  std::vector<NameTok> toks;
  std::string id;  // empty for a blocker
  int priority = 0;
  size_t order = 0;  // insertion order, to break ties
};

struct Node {
  std::vector<std::pair<int32_t, int32_t>> children;  // (vocab id, node)
  std::vector<int32_t> phrases;                       // sorted by priority
};

constexpr bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
constexpr bool ascii_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool ascii_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
constexpr unsigned char lower(unsigned char c) {
  return static_cast<unsigned char>(core::to_lower(static_cast<char>(c)));
}

// Classification of one character at s[i]: how many bytes, and what it is.
enum class CharKind : uint8_t { kSpace, kWord, kPunct };
struct CharInfo {
  CharKind kind;
  uint8_t len;
  char norm;  // normalised punctuation ('\'' or '-'), 0 when the bytes stand for themselves
};

// The ASCII classes, computed once.
struct AsciiTable {
  CharKind kind[128];
  constexpr AsciiTable() : kind() {
    for (int c = 0; c < 128; ++c) {
      if (ascii_alnum(static_cast<unsigned char>(c)))
        kind[c] = CharKind::kWord;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
               c == '*' || c == '_' || c == '\\' || c < 32 || c == 127)
        kind[c] = CharKind::kSpace;
      else
        kind[c] = CharKind::kPunct;
    }
  }
};
constexpr AsciiTable kAscii;

CharInfo classify_non_ascii(std::string_view s, size_t i) {
  char32_t cp = 0;
  size_t size = 0;
  // A byte that starts no well-formed sequence (documents are repaired before they get here).
  if (!core::decode_utf8(s, i, &cp, &size)) return {CharKind::kPunct, 1, 0};
  const auto len = static_cast<uint8_t>(size);
  if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
      cp == 0x205F || cp == 0xFEFF)
    return {CharKind::kSpace, len, 0};
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) return {CharKind::kPunct, len, '\''};
  if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013) return {CharKind::kPunct, len, '-'};
  // Latin-1 punctuation and symbols (superscript footnote markers included), the General
  // Punctuation block, arrows, mathematical and other symbols, CJK punctuation.
  if ((cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F))
    return {CharKind::kPunct, len, 0};
  return {CharKind::kWord, len, 0};
}

inline CharInfo classify(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {kAscii.kind[c], 1, 0};
  return classify_non_ascii(s, i);
}

// Calls f(start, end, kind, norm) for each token of s, in order.
template <typename F>
void tokenize(std::string_view s, F&& f) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    CharInfo ci = classify(s, i);
    if (ci.kind == CharKind::kSpace) {
      i += ci.len;
      continue;
    }
    if (ci.kind == CharKind::kPunct) {
      f(i, i + ci.len, TokKind::kPunct, ci.norm);
      i += ci.len;
      continue;
    }
    const size_t start = i;
    i += ci.len;
    while (i < n) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        if (kAscii.kind[c] != CharKind::kWord) break;
        ++i;
        continue;
      }
      CharInfo cj = classify_non_ascii(s, i);
      if (cj.kind != CharKind::kWord) break;
      i += cj.len;
    }
    f(start, i, TokKind::kWord, char(0));
  }
}

inline uint64_t hash_bytes_lower(const char* p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t k = 0; k < n; ++k) {
    h ^= lower(static_cast<unsigned char>(p[k]));
    h *= 1099511628211ull;
  }
  return h;
}

// Open-addressing table of the lower-cased name tokens.
class Vocabulary {
 public:
  int32_t find(const char* p, size_t n) const {
    if (slots_.empty()) return -1;
    size_t k = hash_bytes_lower(p, n) & mask_;
    while (true) {
      const int32_t id = slots_[k];
      if (id < 0) return -1;
      const std::string& w = words_[id];
      if (w.size() == n && equal_lower(w, p)) return id;
      k = (k + 1) & mask_;
    }
  }
  int32_t add(const std::string& lowered) {
    const int32_t found = find(lowered.data(), lowered.size());
    if (found >= 0) return found;
    words_.push_back(lowered);
    rebuild_if_needed();
    return static_cast<int32_t>(words_.size() - 1);
  }
  size_t size() const { return words_.size(); }

 private:
  static bool equal_lower(const std::string& w, const char* p) {
    for (size_t k = 0; k < w.size(); ++k)
      if (static_cast<unsigned char>(w[k]) != lower(static_cast<unsigned char>(p[k]))) return false;
    return true;
  }
  void rebuild_if_needed() {
    if (words_.size() * 2 < slots_.size()) {
      insert(static_cast<int32_t>(words_.size() - 1));
      return;
    }
    size_t cap = 64;
    while (cap < words_.size() * 4) cap *= 2;
    slots_.assign(cap, -1);
    mask_ = cap - 1;
    for (size_t id = 0; id < words_.size(); ++id) insert(static_cast<int32_t>(id));
  }
  void insert(int32_t id) {
    const std::string& w = words_[id];
    size_t k = hash_bytes_lower(w.data(), w.size()) & mask_;
    while (slots_[k] >= 0) k = (k + 1) & mask_;
    slots_[k] = id;
  }
  std::vector<std::string> words_;
  std::vector<int32_t> slots_;
  size_t mask_ = 0;
};

// Phrases that look like they contain a name but do not name an entity of the model.
constexpr std::string_view kBlockers[] = {
    "Latin America",  "Latin American",  "South America",    "South American",  "North America",
    "North American", "Central America", "Central American", "Native American", "Indian Ocean",
    "Asia-Pacific",   "Asia Pacific",    "Trans-Pacific"};

constexpr int kPriorityActor = 0, kPriorityFramework = 1, kPriorityPlace = 2, kPriorityRegion = 3,
              kPriorityBuiltin = 4, kPriorityBlocker = 5;

// True when word token i ("US") follows a verb taking it as object in an all-capitals line
// ("LET US", "CONTACT US"): there "US" is the pronoun, not the United States.
bool object_of_caps_verb(std::string_view text, const std::vector<TextTok>& toks, size_t i) {
  static constexpr std::string_view kVerbs[] = {"LET",  "HELP", "JOIN", "CONTACT", "TELL",
                                                "GIVE", "SHOW", "CALL", "EMAIL",   "FOLLOW"};
  const std::string_view word = text.substr(toks[i].start, toks[i].end - toks[i].start);
  if (word != "US" || i == 0 || toks[i - 1].kind != TokKind::kWord) return false;
  const std::string_view prev = text.substr(toks[i - 1].start, toks[i - 1].end - toks[i - 1].start);
  return std::find(std::begin(kVerbs), std::end(kVerbs), prev) != std::end(kVerbs);
}

}  // namespace

struct MentionFinder::Impl {
  model::Analysis analysis;  // the model's, copied
  std::unordered_map<std::string, std::string> leader_state, acts_for;
  Vocabulary vocab;
  std::vector<Phrase> phrases;
  std::vector<Node> nodes;          // nodes[0] is the root
  std::vector<int32_t> root_child;  // by vocab id, -1 when none

  void add(std::string_view name, const std::string& id, int priority);
  void build();
  bool case_ok(const Phrase& p, std::string_view text, const TextTok* toks) const;
};

namespace {

// Splits a name into tokens with their case modes; a leading "the" is dropped.
std::vector<NameTok> name_tokens(std::string_view name) {
  std::vector<NameTok> out;
  tokenize(name, [&](size_t s, size_t e, TokKind kind, char norm) {
    NameTok t;
    t.kind = kind;
    t.text = norm ? std::string(1, norm) : std::string(name.substr(s, e - s));
    out.push_back(std::move(t));
  });
  if (out.size() > 1 && out[0].kind == TokKind::kWord && out[0].text.size() == 3 &&
      lower(out[0].text[0]) == 't' && lower(out[0].text[1]) == 'h' && lower(out[0].text[2]) == 'e')
    out.erase(out.begin());
  bool first_word = true;
  for (auto& t : out) {
    if (t.kind != TokKind::kWord) continue;
    size_t letters = 0, lowers = 0;
    bool inner_cap = false;
    for (size_t k = 0; k < t.text.size(); ++k) {
      const auto c = static_cast<unsigned char>(t.text[k]);
      if (ascii_upper(c) || ascii_lower(c)) ++letters;
      if (ascii_lower(c)) ++lowers;
      if (k > 0 && ascii_upper(c)) inner_cap = true;
    }
    if (letters > 0 && (lowers == 0 || inner_cap))
      t.mode = CaseMode::kExact;
    else if (first_word && ascii_upper(static_cast<unsigned char>(t.text[0])))
      t.mode = CaseMode::kCapFirst;
    first_word = false;
  }
  return out;
}

}  // namespace

void MentionFinder::Impl::add(std::string_view name, const std::string& id, int priority) {
  std::vector<NameTok> toks = name_tokens(name);
  size_t chars = 0;
  for (const auto& t : toks) chars += t.text.size();
  if (toks.empty() || chars < 2) return;
  Phrase p;
  p.toks = std::move(toks);
  p.id = id;
  p.priority = priority;
  p.order = phrases.size();
  phrases.push_back(std::move(p));
}

void MentionFinder::Impl::build() {
  nodes.assign(1, Node{});
  std::vector<std::vector<int32_t>> children_of_root;
  for (size_t pi = 0; pi < phrases.size(); ++pi) {
    const Phrase& p = phrases[pi];
    int32_t node = 0;
    for (const auto& t : p.toks) {
      std::string low(t.text);
      for (auto& c : low) c = static_cast<char>(lower(static_cast<unsigned char>(c)));
      const int32_t v = vocab.add(low);
      auto& ch = nodes[node].children;
      auto it = std::find_if(ch.begin(), ch.end(), [v](const auto& x) { return x.first == v; });
      if (it != ch.end()) {
        node = it->second;
      } else {
        const auto next = static_cast<int32_t>(nodes.size());
        nodes[node].children.emplace_back(v, next);
        nodes.emplace_back();
        node = next;
      }
    }
    auto& ps = nodes[node].phrases;
    // The same phrase with the same case modes for the same id adds nothing.
    const bool dup = std::any_of(ps.begin(), ps.end(), [&](int32_t q) {
      const Phrase& o = phrases[q];
      if (o.id != p.id) return false;
      for (size_t k = 0; k < p.toks.size(); ++k)
        if (o.toks[k].text != p.toks[k].text || o.toks[k].mode != p.toks[k].mode) return false;
      return true;
    });
    if (!dup) ps.push_back(static_cast<int32_t>(pi));
  }
  for (auto& n : nodes)
    std::stable_sort(n.phrases.begin(), n.phrases.end(), [&](int32_t a, int32_t b) {
      return std::pair(phrases[a].priority, phrases[a].order) <
             std::pair(phrases[b].priority, phrases[b].order);
    });
  root_child.assign(vocab.size(), -1);
  for (const auto& [v, child] : nodes[0].children) root_child[v] = child;
}

bool MentionFinder::Impl::case_ok(const Phrase& p, std::string_view text,
                                  const TextTok* toks) const {
  for (size_t k = 0; k < p.toks.size(); ++k) {
    const NameTok& nt = p.toks[k];
    const TextTok& tt = toks[k];
    switch (nt.mode) {
      case CaseMode::kAny:
        break;
      case CaseMode::kCapFirst:
        if (!ascii_upper(static_cast<unsigned char>(text[tt.start]))) return false;
        break;
      case CaseMode::kExact:
        if (text.compare(tt.start, tt.end - tt.start, nt.text) != 0) return false;
        break;
    }
  }
  return true;
}

MentionFinder::MentionFinder(const model::Model& model) : impl_(std::make_unique<Impl>()) {
  Impl& im = *impl_;
  im.analysis = model.analysis();
  for (const auto& l : im.analysis.leaders)
    for (const auto& s : l.surnames) im.leader_state.emplace(s, l.state);
  for (const auto& x : im.analysis.acts_for)
    for (const auto& a : x.actors) im.acts_for.emplace(a, x.state);
  auto add_entity = [&](const model::EntityBase& e, int priority) {
    if (!e.name.empty()) im.add(e.name, e.id, priority);
    for (const auto& a : e.aliases) im.add(a, e.id, priority);
  };
  for (const auto& a : model.actors()) add_entity(a, kPriorityActor);
  for (const auto& f : model.frameworks()) add_entity(f, kPriorityFramework);
  for (const auto& p : model.places()) add_entity(p, kPriorityPlace);
  for (const auto& r : model.regions()) add_entity(r, kPriorityRegion);

  // Built-ins, below the model's own names: the demonyms of analysis.toml.
  for (const auto& d : model.analysis().demonyms) {
    const model::Actor* a = model.actor(d.state);
    if (!a || a->kind != model::ActorKind::kState) continue;
    for (const auto& w : d.words) im.add(w, d.state, kPriorityBuiltin);
  }
  // "Washington, D.C." names what "Washington" names.
  for (const auto& a : model.actors())
    if (std::find(a.aliases.begin(), a.aliases.end(), "Washington") != a.aliases.end() ||
        a.name == "Washington")
      im.add("Washington, D.C.", a.id, kPriorityBuiltin);
  // Ids that read as acronyms ("asean", "nato", "apec") name their non-state entity in capitals.
  auto add_id_acronym = [&](const std::string& id) {
    if (id.size() < 2 || !std::all_of(id.begin(), id.end(), [](char c) {
          return ascii_lower(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9');
        }))
      return;
    std::string up(id);
    for (auto& c : up)
      c = static_cast<char>(ascii_lower(static_cast<unsigned char>(c)) ? c - 32 : c);
    im.add(up, id, kPriorityBuiltin);
  };
  for (const auto& a : model.actors())
    if (a.kind != model::ActorKind::kState) add_id_acronym(a.id);
  for (const auto& f : model.frameworks()) add_id_acronym(f.id);
  for (const auto& b : kBlockers) im.add(b, "", kPriorityBlocker);
  im.build();
}

MentionFinder::~MentionFinder() = default;

std::vector<Mention> MentionFinder::find(std::string_view text) const {
  const Impl& im = *impl_;
  std::vector<TextTok> toks;
  toks.reserve(text.size() / 5 + 16);
  tokenize(text, [&](size_t s, size_t e, TokKind kind, char norm) {
    int32_t v;
    if (norm)
      v = im.vocab.find(&norm, 1);
    else
      v = im.vocab.find(text.data() + s, e - s);
    toks.push_back({s, e, v, kind});
  });

  std::vector<Mention> out;
  const size_t n = toks.size();
  for (size_t i = 0; i < n; ++i) {
    if (toks[i].vocab < 0) continue;
    int32_t node = im.root_child[toks[i].vocab];
    if (node < 0) continue;
    // A match may not start right after a letter or digit (only possible when it starts with
    // punctuation, as word tokens are maximal).
    const bool start_ok =
        !(i > 0 && toks[i - 1].kind == TokKind::kWord && toks[i - 1].end == toks[i].start);
    int32_t best = -1;
    size_t best_last = i;
    size_t j = i;
    while (true) {
      const Node& nd = im.nodes[node];
      if (!nd.phrases.empty() && start_ok) {
        // ... nor end right before one.
        const bool end_ok = !(j + 1 < n && toks[j + 1].kind == TokKind::kWord &&
                              toks[j + 1].start == toks[j].end && toks[j].kind == TokKind::kPunct);
        if (end_ok)
          for (int32_t pi : nd.phrases)
            if (im.case_ok(im.phrases[pi], text, &toks[i])) {
              best = pi;
              best_last = j;
              break;
            }
      }
      if (++j >= n || toks[j].vocab < 0 || nd.children.empty()) break;
      const int32_t v = toks[j].vocab;
      int32_t next = -1;
      for (const auto& [cv, child] : nd.children)
        if (cv == v) {
          next = child;
          break;
        }
      if (next < 0) break;
      node = next;
    }
    if (best < 0) continue;
    const Phrase& p = im.phrases[best];
    if (best_last == i && object_of_caps_verb(text, toks, i)) continue;
    if (!p.id.empty()) out.push_back({toks[i].start, toks[best_last].end, p.id});
    i = best_last;
  }
  return out;
}

const model::Analysis& MentionFinder::analysis() const {
  return impl_->analysis;
}

std::string_view MentionFinder::leader_state(std::string_view surname) const {
  auto it = impl_->leader_state.find(std::string(surname));
  return it == impl_->leader_state.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view MentionFinder::acts_for(std::string_view actor) const {
  auto it = impl_->acts_for.find(std::string(actor));
  return it == impl_->acts_for.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace lattice::extract
