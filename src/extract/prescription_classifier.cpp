// Prescription cues, scanned word by word. Each cue found yields a certain or borderline
// candidate with its modality; the unit is certain when any certain cue survives the filters
// (reported demands, polls, epistemic and expectation "should", past tense, relative clauses),
// and its modality is the strongest among the cues of its certainty. The subject of the deciding
// cue is found by walking back to the clause start (introductory clauses, complementiser "that",
// reporting verbs, "; : —" and ", and/but" end it; relative clauses inside it are skipped).
#include "extract/prescription_classifier.h"

#include <algorithm>
#include <initializer_list>

#include "core/text.h"
#include "core/utf8.h"
#include "extract/cue_lexicon.h"

namespace lattice::extract {

namespace {

using model::Certainty;
using model::Modality;

bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool ascii_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A non-ASCII letter (Latin-1 supplement and extended letters, other scripts), as opposed to the
// punctuation and symbols of U+0080-U+00BF and U+2000-U+2BFF.
bool non_ascii_letter(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == 0xC2) return false;
  if (b == 0xE2) return false;
  return b >= 0xC3;
}

bool word_start(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  return c < 0x80 ? ascii_alnum(c) : non_ascii_letter(s, i);
}

bool starts(std::string_view s, size_t i, std::string_view p) {
  return s.size() >= i + p.size() && !p.empty() && s[i] == p[0] && s.compare(i, p.size(), p) == 0;
}

}  // namespace

std::vector<UnitWord> unit_words(std::string_view s) {
  std::vector<UnitWord> out;
  out.reserve(s.size() / 5 + 4);
  const size_t n = s.size();
  size_t i = 0;
  bool pending_join = false;
  auto push_punct = [&](size_t a, size_t b, std::string w) {
    UnitWord u;
    u.start = a;
    u.end = b;
    u.w = std::move(w);
    u.punct = true;
    out.push_back(std::move(u));
    pending_join = false;
  };
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*' || c == '_' || c == '\\' ||
        c == '\f' || c == '\v') {
      pending_join = false;
      ++i;
      continue;
    }
    if (word_start(s, i)) {
      UnitWord u;
      u.start = i;
      u.cap = c >= 'A' && c <= 'Z';
      u.joined = pending_join;
      pending_join = false;
      size_t j = i;
      while (j < n) {
        const auto d = static_cast<unsigned char>(s[j]);
        if (d < 0x80) {
          if (ascii_alnum(d)) {
            ++j;
          } else if (d == '.' && j + 1 < n && ascii_alpha(static_cast<unsigned char>(s[j + 1])) &&
                     j >= 1 && (j - 1 == u.start || s[j - 2] == '.')) {
            j += 2;  // "U.S", "D.C", "e.g"
            if (j < n && s[j] == '.') ++j;
          } else if (d == '\'' && j + 1 < n && ascii_alpha(static_cast<unsigned char>(s[j + 1])) &&
                     !(s[j + 1] == 's' &&
                       (j + 2 >= n || !ascii_alpha(static_cast<unsigned char>(s[j + 2]))))) {
            j += 2;  // "don't", "isn't"
          } else {
            break;
          }
        } else if (starts(s, j, "\u2019") && j + 3 < n &&
                   ascii_alpha(static_cast<unsigned char>(s[j + 3])) &&
                   !(s[j + 3] == 's' &&
                     (j + 4 >= n || !ascii_alpha(static_cast<unsigned char>(s[j + 4]))))) {
          j += 4;
        } else if (non_ascii_letter(s, j)) {
          j += core::utf8_sequence_length(static_cast<unsigned char>(s[j]));
        } else {
          break;
        }
      }
      if (j > n) j = n;
      u.end = j;
      u.w.reserve(j - i);
      for (size_t k = i; k < j; ++k) {
        if (starts(s, k, "\u2019")) {
          u.w.push_back('\'');
          k += 2;
        } else {
          u.w.push_back(core::to_lower(s[k]));
        }
      }
      out.push_back(std::move(u));
      i = j;
      // Possessive 's.
      size_t ap = 0;
      if (i < n && s[i] == '\'') ap = 1;
      if (starts(s, i, "\u2019")) ap = 3;
      if (ap && i + ap < n && (s[i + ap] == 's' || s[i + ap] == 'S') &&
          (i + ap + 1 >= n || !ascii_alpha(static_cast<unsigned char>(s[i + ap + 1])))) {
        UnitWord p;
        p.start = i;
        p.end = i + ap + 1;
        p.w = "'s";
        p.joined = true;
        out.push_back(std::move(p));
        i += ap + 1;
      }
      continue;
    }
    if (c < 0x80 && c != '-') {
      push_punct(i, i + 1, c == '\'' ? std::string("\"") : std::string(1, static_cast<char>(c)));
      ++i;
      continue;
    }
    // Hyphens and dashes.
    size_t hl = 0;
    if (c == '-') hl = 1;
    if (starts(s, i, "\u2013") || starts(s, i, "\u2011") || starts(s, i, "\u2010")) hl = 3;
    if (hl) {
      const bool after_word = !out.empty() && !out.back().punct && out.back().end == i;
      const bool before_word = i + hl < n && word_start(s, i + hl);
      if (after_word && before_word) {
        pending_join = true;
        i += hl;
        continue;
      }
      push_punct(i, i + hl, after_word || before_word ? "-" : "\u2014");
      i += hl;
      continue;
    }
    if (starts(s, i, "\u2014")) {
      push_punct(i, i + 3, "\u2014");
      i += 3;
      continue;
    }
    if (starts(s, i, "\u201C") || starts(s, i, "\u201D") || starts(s, i, "\u2018") ||
        starts(s, i, "\u2019")) {
      push_punct(i, i + 3, "\"");
      i += 3;
      continue;
    }
    if (starts(s, i, "\u00B9") || starts(s, i, "\u00B2") || starts(s, i, "\u00B3")) {
      push_punct(i, i + 2, "^");
      i += 2;
      continue;
    }
    if (starts(s, i, "\u2070") ||
        (starts(s, i, "\xE2\x81") && i + 2 < n && static_cast<unsigned char>(s[i + 2]) >= 0xB4 &&
         static_cast<unsigned char>(s[i + 2]) <= 0xB9)) {
      push_punct(i, i + 3, "^");
      i += 3;
      continue;
    }
    size_t len = c < 0x80 ? 1 : core::utf8_sequence_length(c);
    if (i + len > n) len = n - i;
    push_punct(i, i + len, c == '\'' ? std::string("\"") : std::string(s.substr(i, len)));
    i += len;
  }
  return out;
}

namespace {

// Views of the words with bounds-checked access.
class Words {
 public:
  explicit Words(const std::vector<UnitWord>& w) : w_(w) {}
  size_t size() const { return w_.size(); }
  std::string_view operator[](size_t i) const {
    return i < w_.size() ? std::string_view(w_[i].w) : std::string_view();
  }
  const UnitWord& at(size_t i) const { return w_[i]; }
  bool is(size_t i, std::string_view x) const { return (*this)[i] == x; }
  bool in(size_t i, std::initializer_list<std::string_view> xs) const {
    const auto w = (*this)[i];
    if (w.empty()) return false;
    for (auto x : xs)
      if (w == x) return true;
    return false;
  }
  bool punct(size_t i) const { return i < w_.size() && w_[i].punct; }
  bool cap(size_t i) const { return i < w_.size() && w_[i].cap; }
  // Index of the first word at or after i that is not an adverb of degree or time.
  size_t skip_adverbs(size_t i) const {
    while (i < w_.size() && cues::is_modal_adverb((*this)[i])) ++i;
    return i;
  }

 private:
  const std::vector<UnitWord>& w_;
};

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_gerund(std::string_view w) {
  return w.size() > 4 && ends_with(w, "ing") && !cues::is_ing_noun(w);
}

bool is_past_participle(std::string_view w) {
  return (w.size() > 3 && ends_with(w, "ed")) || cues::is_irregular_participle(w);
}

using cues::is_copula;
using cues::is_prescriptive_noun;
using cues::is_strong_adjective;

struct Cue {
  size_t i = 0;
  Certainty certainty = Certainty::kCertain;
  Modality modality = Modality::kShould;
  double confidence = 0.9;
  bool verb_object = false;  // require/encourage/urge X to: the object names the actor
  bool nominal = false;      // calls for / imperative of / need for NP: the NP may name actors
  bool expletive = false;    // "it is critical to", "it would be helpful to": "it" names nobody
};

int strength(Modality m) {
  switch (m) {
    case Modality::kMust:
      return 3;
    case Modality::kShould:
      return 2;
    case Modality::kImperative:
      return 2;
    case Modality::kCould:
      return 1;
  }
  return 0;
}

class Classifier {
 public:
  Classifier(const std::vector<UnitWord>& words, bool heading_like)
      : w_(words), heading_like_(heading_like) {
    prepare();
  }

  Prescription run();

 private:
  void prepare();
  bool unit_rejected() const;
  bool in_conditional_clause(size_t i) const;
  bool hypothetical_could(size_t i, size_t v) const;
  void scan();
  // The cue steps of scan(): each looks at word i and returns true when it has judged it (a
  // cue added or the word dismissed), false to let the next step look.
  bool should_cue(size_t i);
  bool must_cue(size_t i);
  bool need_cue(size_t i);
  bool have_to_cue(size_t i);
  bool require_cue(size_t i);
  bool required_cue(size_t i);
  bool call_for_cue(size_t i);
  bool urge_cue(size_t i);
  bool strong_adjective_cue(size_t i);
  bool urgency_cue(size_t i);
  bool importance_cue(size_t i);
  bool would_cue(size_t i);
  bool could_cue(size_t i);
  bool time_has_come_cue(size_t i);
  bool incumbent_cue(size_t i);
  bool well_advised_cue(size_t i);
  bool it_is_time_cue(size_t i);
  bool no_time_cue(size_t i);
  bool no_option_cue(size_t i);
  bool interest_cue(size_t i);
  bool reasons_cue(size_t i);
  bool premium_cue(size_t i);
  bool opportunity_cue(size_t i);
  void add(size_t i, Certainty c, Modality m, double conf, bool verb_object = false,
           bool nominal = false, bool expletive = false) {
    Cue cue;
    cue.expletive = expletive;
    cue.i = i;
    cue.certainty = c;
    cue.modality = m;
    cue.confidence = conf;
    cue.verb_object = verb_object;
    cue.nominal = nominal;
    cues_.push_back(cue);
  }
  bool reported_not_adopted(size_t i) const;
  bool adopted_reporter_before(size_t i) const;
  size_t clause_start(size_t cue) const;
  size_t clause_end(size_t cue) const;
  bool relative_before(size_t cue, size_t* rel) const;
  bool subject_has_agent(size_t begin, size_t end) const;
  bool subject_is_entity(size_t begin, size_t end) const;
  void imperative();
  void actor_ranges(const Cue& cue, Prescription* p) const;

  Words w_;
  bool heading_like_;
  // Per-word facts about the words before each position, computed once so that every cue is
  // judged in time independent of its position (no rule is quadratic in the unit length).
  std::vector<char> rejected_before_;  // a reported demand or unadopted opinion opened before i
  std::vector<char> adopted_before_;   // an adopted reporter ("we", "participants") before i
  size_t first_reporting_ = 0;         // first reporting verb
  size_t first_emphasis_ = 0;          // first "emphasizing", "stressed", ...
  size_t first_is_to_ = 0;             // first "is/are to" (a purpose: "if X is to ...")
  size_t first_in_order_to_ = 0;       // first "in order to"
  size_t first_this_report_ = 0;       // the word after the first "this report/paper/..."
  bool the_following_ = false;         // "the following" somewhere in the unit
  bool conditional_unit_ = false;      // an "if"/"unless" clause or an inverted "Should X ...,"
  std::vector<Cue> cues_;
  bool downgrade_should_ = false;  // after an expectation or epistemic "should"
};

// Whole-unit exclusions: questions, footnotes, contact lines, tables of contents, polls.
bool Classifier::unit_rejected() const {
  const size_t n = w_.size();
  if (n == 0) return true;
  size_t last = n;
  while (last > 0 && (w_[last - 1] == "\"" || w_[last - 1] == ")")) --last;
  if (last > 0 && w_[last - 1] == "?") return true;
  if (w_.is(0, "^")) return true;
  size_t dots = 0;  // a run of leader dots: a table of contents line ("Expand ... .... 17")
  for (size_t i = 0; i < n; ++i) {
    const auto x = w_[i];
    dots = x == "." ? dots + 1 : x == "\u2026" ? dots + 3 : 0;
    if (dots >= 4) return true;
    if (x == "please" || x == "poll" || x == "polls" || x == "survey" || x == "surveyed" ||
        x == "respondents" || x == "\t")
      return true;
    if (x == "%" && i + 6 > i) {
      for (size_t k = i + 1; k < std::min(n, i + 8); ++k)
        if (cues::is_reporting_verb(w_[k]) || w_[k] == "agreed") return true;
    }
  }
  return false;
}

// A verb that reports a demand or warning: the cue after it is someone else's unless an adopted
// reporter ("participants warned that") speaks.
bool demand_like(std::string_view x) {
  return (cues::is_demand_verb(x) && !cues::is_reporting_verb(x)) || cues::is_insisting_verb(x);
}

// A verb of saying or believing: with a subject that is not an adopted reporter ("officials in
// Tokyo said", "Seoul believes"), what follows is that party's view.
bool speech_verb(std::string_view x) {
  return cues::is_saying_verb(x);
}

void Classifier::prepare() {
  const size_t n = w_.size();
  rejected_before_.assign(n + 1, 0);
  adopted_before_.assign(n + 1, 0);
  first_reporting_ = first_emphasis_ = first_is_to_ = first_in_order_to_ = first_this_report_ = n;
  bool adopted = false, recorded = false, rejected = false;
  for (size_t k = 0; k < n; ++k) {
    rejected_before_[k] = rejected;
    adopted_before_[k] = adopted;
    const auto x = w_[k];
    if (cues::is_demand_verb(x) || cues::is_reporting_verb(x) || demand_like(x) || speech_verb(x)) {
      // "it is said", "as noted" and similar have no party behind them.
      // The verb must report a clause: "said that", "said the government", not "the announced
      // plan" or "think tank".
      const bool party = k > 0 && !w_.punct(k - 1) &&
                         !w_.in(k - 1, {"it", "is", "was", "as", "the", "a", "an", "its", "their",
                                        "newly", "recently", "previously", "to"}) &&
                         !w_.punct(k + 1) &&
                         (w_.is(k + 1, "that") || w_.cap(k + 1) ||
                          w_.in(k + 1, {"the", "a", "an", "it", "they", "we", "he", "she", "both",
                                        "all", "this", "these", "any", "no", "its", "their"}));
      if (!adopted && (recorded || demand_like(x) || (speech_verb(x) && party))) rejected = true;
    }
    if (cues::is_adopted_reporter(x)) adopted = true;
    if (cues::is_recorded_reporter(x)) recorded = true;
    if (first_reporting_ == n && cues::is_reporting_verb(x)) first_reporting_ = k;
    if (first_emphasis_ == n && cues::is_emphasis_verb(x)) first_emphasis_ = k;
    if (first_is_to_ == n && w_.in(k, {"is", "are"}) && w_.is(k + 1, "to")) first_is_to_ = k;
    if (first_in_order_to_ == n && w_.is(k, "in") && w_.is(k + 1, "order") && w_.is(k + 2, "to"))
      first_in_order_to_ = k;
    if (first_this_report_ == n && w_.in(k, {"report", "paper", "study", "article"}) && k > 0 &&
        w_.is(k - 1, "this"))
      first_this_report_ = k;
    if (w_.is(k, "following") && k > 0 && w_.is(k - 1, "the")) the_following_ = true;
    if (w_.in(k, {"if", "unless"})) conditional_unit_ = true;
  }
  rejected_before_[n] = rejected;
  adopted_before_[n] = adopted;
  // "Should the talks fail, ...": an inverted conditional at the start of the unit.
  size_t f = 0;
  while (f < n && (w_.punct(f) || w_.in(f, {"and", "but", "yet", "so", "still"}))) ++f;
  if (w_.in(f, {"should", "were", "had"}) && f + 1 < n && !w_.punct(f + 1)) {
    for (size_t k = f + 2; k < n && k < f + 40; ++k)
      if (w_.is(k, ",")) {
        conditional_unit_ = true;
        break;
      }
  }
}

bool Classifier::adopted_reporter_before(size_t i) const {
  return adopted_before_[std::min(i, w_.size())] != 0;
}

// A cue inside another party's demand or opinion that the author does not adopt.
bool Classifier::reported_not_adopted(size_t i) const {
  return rejected_before_[std::min(i, w_.size())] != 0;
}

// How far back a clause's subject is looked for. Real clauses are far shorter; the bound keeps
// every cue's work constant.
constexpr size_t kLookback = 120;

// The cue sits inside a subordinate conditional or interrogative clause: "if Japan should
// decide", "whether Tokyo should", or an inverted conditional "Should X happen, ..." before its
// comma. The main clause, not the cue, decides.
bool Classifier::in_conditional_clause(size_t i) const {
  const size_t floor = i > kLookback ? i - kLookback : 0;
  for (size_t k = i; k-- > floor;) {
    const auto x = w_[k];
    if (x == "," || x == ";" || x == ":" || x == "\u2014" || x == "(" || x == ")") return false;
    if (x == "if" || x == "unless" || x == "whether" || x == "lest" || x == "whenever") return true;
  }
  // The inverted conditional itself: the cue opens the unit and a comma closes its clause.
  size_t f = 0;
  while (f < i && (w_.punct(f) || w_.in(f, {"and", "but", "yet", "so", "still"}))) ++f;
  if (f == i && w_.is(i, "should") && conditional_unit_) return true;
  return false;
}

// "could" of possibility, not suggestion: in a sentence with a condition ("Should deterrence
// weaken, Japan could face ...", "if ..., the allies could lose ..."), or with a verb no one
// chooses ("could face", "could lose", "could erode").
bool Classifier::hypothetical_could(size_t /*i*/, size_t v) const {
  if (conditional_unit_) return true;
  return w_.in(v, {"face",     "lose",        "suffer",      "become",   "prove",      "erode",
                   "collapse", "see",         "fall",        "weaken",   "undermine",  "trigger",
                   "spark",    "provoke",     "escalate",    "mean",     "result",     "risk",
                   "struggle", "fail",        "happen",      "emerge",   "jeopardize", "damage",
                   "hurt",     "harm",        "destabilize", "embolden", "complicate", "threaten",
                   "worsen",   "deteriorate", "find",        "end",      "come",       "cost"});
}

// The first word of the clause whose subject precedes the cue.
size_t Classifier::clause_start(size_t cue) const {
  size_t s = 0;
  // Skip an introductory clause or adverbial: after the last top-level comma before the cue.
  // A participle opening with a preposition ("Building on X, ...") is introductory; a gerund
  // with an object ("Coordinating X at Y, Z, and W should") is the subject.
  const bool intro =
      cues::is_intro_word(w_[0]) || (w_.is(1, ",") && ends_with(w_[0], "ly")) ||
      (is_gerund(w_[0]) && w_.in(1, {"on", "upon", "from", "at", "to", "in", "with", "beyond",
                                     "through", "toward", "towards", "ahead", "forward", "back"}));
  const size_t floor = cue > kLookback ? cue - kLookback : 0;
  if (intro) {
    size_t comma = cue;
    int depth = 0;
    for (size_t k = cue; k-- > floor;) {
      if (w_.is(k, ")")) ++depth;
      if (w_.is(k, "(")) --depth;
      if (depth == 0 && w_.is(k, ",")) {
        comma = k;
        break;
      }
    }
    if (comma < cue) {
      size_t first = comma + 1;
      // "…, the United States, Japan, and Korea should": back over a list of names.
      while (w_.in(first, {"and", "or"}) && comma > 0) {
        size_t prev = comma;
        for (size_t k = comma; k-- > floor;)
          if (w_.is(k, ",")) {
            prev = k;
            break;
          }
        if (prev == comma || comma - prev > 5) break;
        comma = prev;
        first = comma + 1;
      }
      const bool empty = first >= cue;
      const bool relative = w_.in(first, {"which", "who", "whom", "whose", "for", "as", "e.g"});
      if (!empty && !relative) s = first;
    }
  }
  // The last boundary between s and the cue.
  s = std::max(s, floor);
  for (size_t k = cue; k-- > s;) {
    const auto x = w_[k];
    if (x == ";" || x == ":" || x == "\u2014" || x == "but" || x == "where" || x == "whereas" ||
        x == "whether" || x == "because" || x == "although") {
      return k + 1;
    }
    if (x == "," && w_.in(k + 1, {"and", "but", "so", "yet", "while"})) {
      // Coordinated clauses only, not the last item of a list ("EAS, APEC, and ADMM+").
      bool clause = w_.in(k + 1, {"but", "so", "yet", "while"});
      for (size_t j = k; j-- > s && j + 12 > k && !w_.is(j, ",");)
        if (cues::is_auxiliary(w_[j])) clause = true;
      if (clause) return k + 2;
    }
    if (x == "that" && k + 1 < cue) {
      const size_t nx = w_.skip_adverbs(k + 1);
      if (nx >= cue || !cues::is_auxiliary(w_[nx])) return k + 1;  // complementiser
    }
    if (cues::is_reporting_verb(x) || x == "agreed" || x == "hope" || x == "hoped") return k + 1;
  }
  return s;
}

size_t Classifier::clause_end(size_t cue) const {
  for (size_t k = cue + 1; k < w_.size(); ++k) {
    const auto x = w_[k];
    if (x == ";" || x == "." || x == "?" || x == "!") return k;
    if (x == "," && w_.in(k + 1, {"but", "while", "yet", "although"})) return k;
  }
  return w_.size();
}

// A relative pronoun right before the cue ("which should be", "that could impose").
bool Classifier::relative_before(size_t cue, size_t* rel) const {
  size_t k = cue;
  while (k > 0 && w_.in(k - 1, {"also", "now", "still", "further", "therefore", "not", "eventually",
                                "then"}))
    --k;
  if (k > 0 && w_.in(k - 1, {"which", "that", "who", "whom"})) {
    *rel = k - 1;
    return true;
  }
  return false;
}

// The subject names a party able to act (not "the guidelines", "the signing of RCEP", "it").
bool Classifier::subject_has_agent(size_t begin, size_t end) const {
  while (begin < end && w_.punct(begin)) ++begin;
  for (size_t k = begin; k < end; ++k) {
    const auto x = w_[k];
    if (x == "of" || x == "(" || x == "," || x == "in" || x == "with" || x == "for" || x == "on" ||
        x == "to")
      break;
    if (cues::is_agent_noun(x)) return true;
    if (w_.cap(k) && !(k == begin)) return true;  // a proper name inside the head phrase
    if (w_.cap(k) && k == begin &&
        !w_.in(k, {"the", "this", "that", "these", "those", "it", "a", "an", "its", "their", "such",
                   "any"}))
      return true;
  }
  return false;
}

// The subject is a party or pronoun ("they are critical to" praises, it does not prescribe).
bool Classifier::subject_is_entity(size_t begin, size_t end) const {
  if (begin >= end) return true;  // relative pronoun subjects
  if (end - begin == 1 &&
      w_.in(begin, {"they", "he", "she", "we", "japan", "washington", "tokyo", "both"}))
    return true;
  if (is_gerund(w_[begin])) return false;
  for (size_t k = begin; k < end; ++k) {
    if (w_.in(k, {"of", "with", "in", "on", "to", "for", ",", "("})) break;
    if (w_.in(k, {"countries", "nations", "allies", "ally", "leaders", "governments", "states"}))
      return true;
  }
  return false;
}

void Classifier::imperative() {
  if (!heading_like_ || w_.size() < 2) return;
  if (!w_.cap(0) || w_.at(0).punct) return;
  if (!cues::is_policy_verb(w_[0])) return;
  if (w_.at(1).joined || w_.at(1).punct) return;
  if (w_.in(1, {"of",       "for",        "is",        "are",    "was",     "were", "has",
                "have",     "will",       "'s",        "and",    "us",      "our",  "here",
                "me",       "typing",     "now",       "this",   "page",    "text", "release",
                "releases", "conference", "statement", "update", "briefing"}))
    return;
  add(0, Certainty::kCertain, Modality::kImperative, 0.8);
}

// should / ought to
bool Classifier::should_cue(size_t i) {
  const size_t n = w_.size();
  const auto x = w_[i];
  const auto next = w_[i + 1];
  if (x == "should" || x == "shouldn't" || (x == "ought" && next == "to")) {
    size_t v = w_.skip_adverbs(i + (x == "ought" ? 2 : 1));
    if (w_.is(v, "have") && is_past_participle(w_[v + 1])) return true;  // counterfactual
    if (reported_not_adopted(i)) return true;
    if (in_conditional_clause(i)) return true;
    // Epistemic: "should be clear", "there should be no doubt".
    if (w_.is(v, "be") && cues::is_epistemic_complement(w_[v + 1])) {
      downgrade_should_ = true;
      return true;
    }
    if (w_.in(v, {"come"}) && w_.in(v + 1, {"as"})) {
      downgrade_should_ = true;
      return true;
    }
    const size_t cs = clause_start(i);
    bool credit = false;
    for (size_t k = cs; k < i; ++k)
      if (w_.in(k, {"credit", "blame", "thanks"})) credit = true;
    if (credit) return true;
    if (downgrade_should_) return true;
    // Expectation: a non-agent subject and a verb of consequence.
    bool expectation = false;
    if (cues::is_expectation_verb(w_[v])) expectation = true;
    if (w_.is(v, "be") && w_.in(v + 1, {"a", "an", "the"})) {
      for (size_t k = v + 2; k < std::min(n, v + 5); ++k)
        if (cues::is_expectation_noun(w_[k])) expectation = true;
    }
    size_t rel = 0;
    if (expectation && !relative_before(i, &rel) && !subject_has_agent(cs, i)) {
      add(i, Certainty::kBorderline, Modality::kShould, 0.5);
      downgrade_should_ = true;
      return true;
    }
    // Meta sentences about the document's own structure.
    const bool meta = (the_following_ && w_.in(v, {"include"})) || first_this_report_ < i;
    if (meta) {
      add(i, Certainty::kBorderline, Modality::kShould, 0.5);
      return true;
    }
    // Headlines ("X Should Do Y, Column Says").
    if (heading_like_ && w_.cap(i)) {
      add(i, Certainty::kBorderline, Modality::kShould, 0.55);
      return true;
    }
    add(i, Certainty::kCertain, Modality::kShould, 0.9);
    return true;
  }
  return false;
}

// The cue "must".
bool Classifier::must_cue(size_t i) {
  const auto x = w_[i];
  if (x == "must" || x == "mustn't") {
    const size_t v = w_.skip_adverbs(i + 1);
    if (w_.is(v, "have") && is_past_participle(w_[v + 1])) return true;
    if (w_.is(v, "be") && w_.in(v + 1, {"said", "noted", "admitted", "acknowledged"})) return true;
    if (reported_not_adopted(i)) return true;
    if (in_conditional_clause(i)) return true;
    add(i, Certainty::kCertain, Modality::kMust, 0.92);
    return true;
  }
  return false;
}

// need
bool Classifier::need_cue(size_t i) {
  const size_t n = w_.size();
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if (x == "need" || x == "needs" || x == "needed") {
    if (w_.in(i + 1, {"not"}) || prev == "no" || prev == "longer" || prev == "not" ||
        prev == "would" || prev == "might" || prev == "may" || prev == "might")
      return true;
    if (i >= 2 && w_.in(i - 2, {"would", "no", "not", "don't", "doesn't"})) return true;
    if (reported_not_adopted(i)) return true;
    if (x == "needed") {
      // "is/are needed" (not "that are needed", not "was needed").
      size_t k = i;
      while (k > 0 && w_.in(k - 1, {"also", "urgently", "clearly", "still", "badly"})) --k;
      if (k > 0 && w_.in(k - 1, {"is", "are", "be", "being"}) &&
          !(k > 1 && w_.in(k - 2, {"that", "which", "who"})))
        add(i, Certainty::kCertain, Modality::kMust, 0.88);
      return true;
    }
    // Relative clause: "the capabilities it needs to".
    if (w_.in(i - 1, {"it", "they", "we", "he", "she"}) && i >= 2 && !w_.punct(i - 2) &&
        !w_.in(i - 2, {"and", "but", "so", "that", "because", "if", "now", "also", "yet"}))
      return true;
    if (prev == "the" || prev == "a" || prev == "an" || prev == "critical" || prev == "urgent" ||
        prev == "pressing" || prev == "clear" || prev == "real" || prev == "growing" ||
        prev == "possible" || prev == "potential" || prev == "strong" || prev == "great") {
      // The noun: "an urgent need for" after "there is", or "the need to" after "stressing".
      bool there_is = false, emphasis = false;
      for (size_t k = (i >= 6 ? i - 6 : 0); k < i; ++k)
        if (w_.in(k, {"is", "are", "remains"})) there_is = true;
      emphasis = first_emphasis_ < i;
      if (prev == "possible" || prev == "potential") return true;
      if ((there_is || emphasis) && w_.in(i + 1, {"for", "to"}))
        add(i, Certainty::kCertain, Modality::kMust, 0.85, false, true);
      return true;
    }
    const size_t nx = i + 1;
    if (w_.is(nx, "to")) {
      const auto verb = w_[nx + 1];
      if (verb.empty() || w_.punct(nx + 1) || !(verb[0] >= 'a' && verb[0] <= 'z')) return true;
      // "will need to": a prediction when eventual or facing an obstacle.
      const bool will = prev == "will" || prev == "'ll" ||
                        (i >= 2 && w_.is(i - 2, "will") &&
                         w_.in(i - 1, {"eventually", "also", "still", "likely"}));
      if (will &&
          (prev == "eventually" || w_.in(nx + 1, {"overcome", "face", "contend", "grapple", "cope",
                                                  "confront", "navigate", "endure", "weather"}))) {
        add(i, Certainty::kBorderline, Modality::kMust, 0.5);
        return true;
      }
      if (prev == "did" || prev == "had") return true;
      add(i, Certainty::kCertain, Modality::kMust, 0.9);
      return true;
    }
    if (is_gerund(w_[nx]) ||
        w_.in(nx, {"more", "greater", "further", "additional", "urgent", "much", "stronger", "new",
                   "renewed", "serious", "sustained"})) {
      add(i, Certainty::kCertain, Modality::kMust, 0.85);
      return true;
    }
    // "needs its two allies ... to work": an object and an infinitive.
    if (!w_.in(nx, {"each"})) {
      for (size_t k = nx; k < std::min(n, nx + 8); ++k) {
        if (w_.punct(k) || cues::is_auxiliary(w_[k])) break;
        if (w_.is(k, "to") && k > nx && !w_.punct(k + 1)) {
          add(i, Certainty::kCertain, Modality::kMust, 0.85, true);
          break;
        }
      }
    }
    return true;
  }
  return false;
}

// have to / has to
bool Classifier::have_to_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  const auto next = w_[i + 1];
  if ((x == "have" || x == "has") && next == "to" && !w_.punct(i + 2) &&
      !w_.in(i + 2, {"do", "offer", "say"})) {
    if (prev == "would" || prev == "might" || prev == "may" || prev == "not" || prev == "don't" ||
        prev == "doesn't")
      return true;
    if (reported_not_adopted(i)) return true;
    if (prev == "will" || prev == "eventually") {
      const bool conditional =
          w_.in(0, {"if", "to", "unless"}) || first_is_to_ + 1 < i || first_in_order_to_ + 2 < i;
      if (conditional)
        add(i, Certainty::kCertain, Modality::kMust, 0.85);
      else
        add(i, Certainty::kBorderline, Modality::kMust, 0.5);
      return true;
    }
    add(i, Certainty::kCertain, Modality::kMust, 0.88);
    return true;
  }
  return false;
}

// require
bool Classifier::require_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if (x == "require" || x == "requires") {
    if (prev == "that" || prev == "which" || prev == "who" || prev == "not" || prev == "would" ||
        prev == "might" || prev == "may")
      return true;
    if (reported_not_adopted(i)) return true;
    // A legal instrument's requirement describes an obligation in force ("the treaty requires
    // the United States to act"); it asks nothing new of anyone.
    {
      const size_t cs = clause_start(i);
      bool instrument = false;
      for (size_t k = cs; k < i; ++k) {
        if (w_.in(k, {"of", "in", "on", "for", "with", ",", "("})) break;
        if (w_.in(k, {"treaty", "law", "laws", "constitution", "article", "agreement", "statute",
                      "charter", "act", "legislation", "convention", "accord", "guidelines",
                      "regulation", "regulations", "rules", "clause", "provision"}))
          instrument = true;
      }
      if (instrument) return true;
    }
    add(i, Certainty::kCertain, Modality::kMust, 0.87, true, true);
    return true;
  }
  return false;
}

// The cue "required".
bool Classifier::required_cue(size_t i) {
  const auto x = w_[i];
  if (x == "required" && w_.in(i - 1, {"is", "are", "be"}) &&
      !(i >= 2 && w_.in(i - 2, {"that", "which", "who"}))) {
    add(i, Certainty::kCertain, Modality::kMust, 0.85);
    return true;
  }
  return false;
}

// call for / call on
bool Classifier::call_for_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if ((x == "call" || x == "calls") && w_.in(i + 1, {"for", "on", "upon"})) {
    // The noun: "a wake-up call for", "growing calls for".
    if (prev == "to" || prev == "that" || prev == "which" || w_.at(i).joined) return true;
    if (x == "call" && (w_.in(i - 1, {"a", "an", "the", "this", "its", "their"}) ||
                        (i >= 2 && w_.in(i - 2, {"a", "an", "the", "this", "its", "their"})) ||
                        (i >= 3 && w_.in(i - 3, {"a", "an", "the", "this"}))))
      return true;
    if (x == "calls" && w_.in(i - 1, {"the", "growing", "repeated", "recent", "many", "new",
                                      "renewed", "frequent", "loud", "these", "those"}))
      return true;
    if (w_.is(i + 1, "for")) {
      add(i, Certainty::kCertain, Modality::kShould, 0.85, false, true);
    } else if (adopted_reporter_before(i)) {
      add(i, Certainty::kCertain, Modality::kShould, 0.85, true);
    } else {
      add(i, Certainty::kBorderline, Modality::kShould, 0.45, true);
    }
    return true;
  }
  return false;
}

// urge / advocate / recommend / encourage (present tense, or past with adopted reporters)
bool Classifier::urge_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if (x == "urge" || x == "urges" || x == "urged" || x == "advocate" || x == "advocates" ||
      x == "advocated" || x == "recommend" || x == "recommends" || x == "recommended" ||
      x == "encourage" || x == "encourages" || x == "encouraged" || x == "propose" ||
      x == "proposed" || x == "proposes" || x == "called" || x == "support" || x == "supports") {
    if (x == "called" && !w_.in(i + 1, {"for", "on"})) return true;
    if (prev == "to" || prev == "would" || prev == "the" || prev == "a" || prev == "of")
      return true;
    // Passive: "Japan is urged to", "it is recommended that".
    if (w_.in(i - 1, {"is", "are", "be"}) &&
        (w_.is(i + 1, "to") || (w_.is(i + 1, "that") && w_.is(i - 2, "it")))) {
      add(i, Certainty::kCertain, Modality::kShould, 0.85);
      return true;
    }
    if (!adopted_reporter_before(i)) return true;
    if ((x == "support" || x == "supports") &&
        !w_.in(i - 1, {"we", "authors", "strongly", "enthusiastically", "fully"}))
      return true;
    add(i, Certainty::kCertain, Modality::kShould, 0.85, true, true);
    return true;
  }
  return false;
}

// Strong adjectives: "it is critical to", "[action] is vital", "makes joining imperative".
bool Classifier::strong_adjective_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if (is_strong_adjective(x) || (x == "necessity" && prev == "a")) {
    const size_t adj = i;
    // Walk back over adverbs and articles to the copula.
    size_t k = i;
    while (k > 0 && w_.in(k - 1, {"a", "an", "also", "absolutely", "especially", "more", "most",
                                  "increasingly", "equally", "particularly", "so", "truly",
                                  "therefore", "thus", "now", "still", "all", "the"}))
      --k;
    if (x == "necessity" && prev == "a") k = i - 1;
    if (k == 0) return true;
    const auto before = w_[k - 1];
    // "the imperative of"
    if (x == "imperative" && prev == "the" && w_.in(i + 1, {"of", "to", "for"})) {
      add(i, Certainty::kCertain, Modality::kMust, 0.85, false, true);
      return true;
    }
    // "makes joining imperative"
    if (x != "urgent") {
      bool makes = false;
      for (size_t j = (i >= 4 ? i - 4 : 0); j < i; ++j)
        if (w_.in(j, {"makes", "make", "making", "render", "renders"})) makes = true;
      if (makes && !is_copula(before)) {
        add(i, Certainty::kCertain, Modality::kMust, 0.8);
        return true;
      }
    }
    // The noun after the adjective, when any, must be prescriptive.
    const auto after = w_[adj + 1];
    const bool attributive = !w_.punct(adj + 1) && !after.empty() &&
                             !w_.in(adj + 1, {"to", "that", "for", "in", "if", "as", "and", "but",
                                              "because", "not", "so", "both"});
    if (attributive && !is_prescriptive_noun(after) &&
        !(w_.in(adj + 1, {"upcoming", "first", "next"}) && is_prescriptive_noun(w_[adj + 2])))
      return true;
    const bool essential = x == "essential" || x == "urgent";
    // Copula: "is", "will be", "continues to be", "remains".
    bool continues = false;
    size_t cop = k - 1;
    if (!is_copula(before)) return true;
    if (before == "be") {
      if (cop >= 1 && w_.is(cop - 1, "to") && cop >= 2 &&
          w_.in(cop - 2, {"continues", "continue", "continued"}))
        continues = true;
      else if (cop >= 1 &&
               w_.in(cop - 1, {"will", "would", "may", "might", "could", "to", "also", "become"})) {
        if (w_.in(cop - 1, {"would", "might", "could"})) return true;
      } else
        return true;
    }
    if (before == "remains" || before == "remain") continues = true;
    if (reported_not_adopted(i)) return true;
    // Subject of the copula.
    size_t subj_end = cop;
    while (subj_end > 0 &&
           w_.in(subj_end - 1, {"will", "also", "to", "continues", "continue", "still", "now"}))
      --subj_end;
    size_t rel = 0;
    if (subj_end > 0 && w_.in(subj_end - 1, {"which", "that", "who"})) return true;
    (void)rel;
    const size_t cs = clause_start(subj_end);
    if (cs >= subj_end) return true;
    const bool it_expletive =
        w_.is(cs, "it") && subj_end - cs == 1 && w_.in(adj + 1, {"to", "that", "for"});
    if (it_expletive) {
      if (x == "urgent")
        add(adj, Certainty::kBorderline, Modality::kShould, 0.5, false, false, true);
      else
        add(adj, Certainty::kCertain, Modality::kMust, 0.85, false, false, true);
      return true;
    }
    if (w_.is(cs, "it") || w_.is(cs, "this") || w_.is(cs, "these")) {
      if (subj_end - cs == 1) return true;
    }
    if (subject_is_entity(cs, subj_end)) return true;
    const bool gerund =
        is_gerund(w_[cs]) && !w_.cap(cs + 1 < subj_end ? cs : cs) ? true : is_gerund(w_[cs]);
    bool action = gerund;
    for (size_t j = cs; j < subj_end; ++j) {
      if (w_.in(j, {"of", "with", "on", "in", "to", ",", "("})) break;
      if (cues::is_action_noun(w_[j])) action = true;
    }
    if (continues || essential) {
      add(adj, Certainty::kBorderline, essential ? Modality::kShould : Modality::kMust, 0.5);
    } else if (action) {
      add(adj, Certainty::kCertain, Modality::kMust, 0.82);
    } else {
      add(adj, Certainty::kBorderline, Modality::kMust, 0.45);
    }
    return true;
  }
  return false;
}

// "the urgency of"
bool Classifier::urgency_cue(size_t i) {
  const auto x = w_[i];
  if (x == "urgency" && w_.is(i + 1, "of") && w_.in(i - 1, {"the"})) {
    add(i, Certainty::kBorderline, Modality::kMust, 0.45);
    return true;
  }
  return false;
}

// Evaluative importance with an action subject: borderline.
bool Classifier::importance_cue(size_t i) {
  const auto x = w_[i];
  if (x == "important" || x == "fundamental" || x == "key") {
    size_t k = i;
    while (k > 0 && w_.in(k - 1, {"a", "an", "also", "increasingly", "especially", "more", "most",
                                  "particularly", "equally", "very", "so"}))
      --k;
    if (x == "key" && w_.is(i - 1, "the") && w_.is(i + 1, "to") && i == 1) {
      add(i, Certainty::kBorderline, Modality::kShould, 0.45);
      return true;
    }
    if (k == 0 || !is_copula(w_[k - 1])) return true;
    size_t cop = k - 1;
    if (w_.is(cop, "be") && !(cop > 0 && w_.in(cop - 1, {"will", "to"}))) return true;
    if (w_.is(cop - 1, "that") || w_.is(cop - 1, "which")) return true;
    size_t subj_end = cop;
    while (subj_end > 0 && w_.in(subj_end - 1, {"will", "also", "to", "continues", "still"}))
      --subj_end;
    const size_t cs = clause_start(subj_end);
    if (cs >= subj_end) return true;
    const bool it_expletive =
        w_.is(cs, "it") && subj_end - cs == 1 && w_.in(i + 1, {"to", "that", "for"});
    const bool gerund = is_gerund(w_[cs]);
    if (it_expletive || gerund ||
        (x == "fundamental" && !subject_is_entity(cs, subj_end) && !w_.in(cs, {"it", "this"}))) {
      if (reported_not_adopted(i)) return true;
      add(i, Certainty::kBorderline, Modality::kShould, 0.45);
    }
    return true;
  }
  return false;
}

// "would be helpful to" (certain could), "would benefit from" (borderline).
bool Classifier::would_cue(size_t i) {
  const auto x = w_[i];
  if (x == "would") {
    if (reported_not_adopted(i)) return true;
    // "would do well to", "would be well advised to": advice.
    if ((w_.is(i + 1, "do") && w_.is(i + 2, "well") && w_.is(i + 3, "to")) ||
        (w_.is(i + 1, "be") && w_.is(i + 2, "well") && w_.is(i + 3, "advised") &&
         w_.is(i + 4, "to"))) {
      if (in_conditional_clause(i)) return true;
      add(i, Certainty::kCertain, Modality::kShould, 0.85);
      return true;
    }
    if (w_.is(i + 1, "be") &&
        w_.in(w_.skip_adverbs(i + 2), {"helpful", "useful", "wise", "advisable", "beneficial",
                                       "prudent", "desirable", "valuable", "worthwhile"})) {
      const size_t a = w_.skip_adverbs(i + 2);
      if (w_.in(a + 1, {"to", "for", "if"}))
        add(i, Certainty::kCertain, Modality::kCould, 0.8, false, false, w_.is(i - 1, "it"));
      return true;
    }
    if (w_.is(i + 1, "benefit") && w_.is(i + 2, "from")) {
      add(i, Certainty::kBorderline, Modality::kShould, 0.45);
      return true;
    }
    return true;
  }
  return false;
}

// could: an agent acting, or a borderline agentless passive.
bool Classifier::could_cue(size_t i) {
  const auto x = w_[i];
  if (x == "could") {
    size_t rel = 0;
    if (relative_before(i, &rel)) return true;
    if (reported_not_adopted(i)) return true;
    const size_t v = w_.skip_adverbs(i + 1);
    if (hypothetical_could(i, v) || in_conditional_clause(i)) return true;
    const size_t cs = clause_start(i);
    bool how = false;
    const bool reported = first_reporting_ < i;
    for (size_t k = (cs > 0 ? cs - 1 : 0); k < i; ++k)
      if (w_.in(k, {"how", "if", "whether", "what", "when"})) how = true;
    if (how || cs >= i) return true;
    const bool agent = subject_has_agent(cs, i);
    if (w_.is(v, "be") && is_past_participle(w_[v + 1]) && !agent && !reported) {
      add(i, Certainty::kBorderline, Modality::kCould, 0.45);
      return true;
    }
    if (agent && !w_.in(v, {"be", "have", "not", "also"}) &&
        !w_.in(cs, {"it", "this", "these", "they"}))
      add(i, Certainty::kCertain, Modality::kCould, 0.8);
    return true;
  }
  return false;
}

// "the time has come (for X) to"
bool Classifier::time_has_come_cue(size_t i) {
  const auto x = w_[i];
  if (x == "time" && w_.is(i - 1, "the") && w_.in(i + 1, {"has", "had"}) && w_.is(i + 2, "come") &&
      w_.in(i + 3, {"to", "for"})) {
    add(i, Certainty::kCertain, Modality::kShould, 0.8, false, true);
    return true;
  }
  return false;
}

// "it is incumbent on/upon X to", "X is incumbent on Y"
bool Classifier::incumbent_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if (x == "incumbent" && w_.in(i + 1, {"on", "upon"}) && is_copula(prev)) {
    if (reported_not_adopted(i) || in_conditional_clause(i)) return true;
    add(i, Certainty::kCertain, Modality::kMust, 0.85, true, false, true);
    return true;
  }
  return false;
}

// "X is well advised to", "X would be well advised to" (the latter under "would").
bool Classifier::well_advised_cue(size_t i) {
  const auto x = w_[i];
  const auto prev = i > 0 ? w_[i - 1] : std::string_view();
  if (x == "advised" && prev == "well" && w_.is(i + 1, "to") && i >= 2 &&
      w_.in(i - 2, {"is", "are", "be"})) {
    if (w_.is(i - 2, "be") && w_.is(i - 3, "would")) return true;
    if (reported_not_adopted(i) || in_conditional_clause(i)) return true;
    add(i, Certainty::kCertain, Modality::kShould, 0.85);
    return true;
  }
  return false;
}

// "it is time (for X) to"
bool Classifier::it_is_time_cue(size_t i) {
  const auto x = w_[i];
  if (x == "time" && w_.is(i - 1, "is") && w_.is(i - 2, "it") && w_.in(i + 1, {"to", "for"})) {
    add(i, Certainty::kCertain, Modality::kShould, 0.8, false, true);
    return true;
  }
  return false;
}

// "no time for complacency", "no viable option other than"
bool Classifier::no_time_cue(size_t i) {
  const auto x = w_[i];
  if (x == "no" && w_.is(i + 1, "time") && w_.in(i + 2, {"for", "to"})) {
    add(i, Certainty::kBorderline, Modality::kMust, 0.45);
    return true;
  }
  return false;
}

// The cue "no option".
bool Classifier::no_option_cue(size_t i) {
  const auto x = w_[i];
  if (x == "no" && (w_.in(i + 1, {"option", "choice", "alternative"}) ||
                    (w_.in(i + 2, {"option", "choice", "alternative"}) &&
                     w_.in(i + 1, {"viable", "other", "real", "good"})))) {
    add(i, Certainty::kBorderline, Modality::kMust, 0.45);
    return true;
  }
  return false;
}

// "have a shared interest in", "has compelling reasons to", "have a stake in"
bool Classifier::interest_cue(size_t i) {
  const auto x = w_[i];
  if ((x == "interest" || x == "stake") && w_.is(i + 1, "in")) {
    for (size_t k = (i >= 4 ? i - 4 : 0); k < i; ++k)
      if (w_.in(k, {"have", "has"})) {
        add(i, Certainty::kBorderline, Modality::kShould, 0.45);
        break;
      }
    return true;
  }
  return false;
}

// The cue "reasons".
bool Classifier::reasons_cue(size_t i) {
  const auto x = w_[i];
  if (x == "reasons" && w_.is(i + 1, "to") && w_.in(i - 2, {"has", "have"})) {
    add(i, Certainty::kBorderline, Modality::kShould, 0.45);
    return true;
  }
  return false;
}

// "put a premium on"
bool Classifier::premium_cue(size_t i) {
  const auto x = w_[i];
  if (x == "premium" && w_.is(i + 1, "on") && w_.in(i - 2, {"put", "puts", "place", "places"})) {
    add(i, Certainty::kBorderline, Modality::kShould, 0.45);
    return true;
  }
  return false;
}

// Opportunities: "another opportunity ... would be", "suggest an opportunity to".
bool Classifier::opportunity_cue(size_t i) {
  const size_t n = w_.size();
  const auto x = w_[i];
  if (x == "opportunity" || x == "opening") {
    if (w_.in(i - 1, {"an", "a"}) &&
        w_.in(i - 2, {"suggest", "suggests", "offers", "offer", "presents", "present", "creates",
                      "provides"}) &&
        w_.is(i + 1, "to")) {
      add(i, Certainty::kBorderline, Modality::kCould, 0.45);
      return true;
    }
    const size_t cs = 0;
    if (i < 6 && w_.in(cs, {"another", "one", "an", "a", "the"})) {
      for (size_t k = i + 1; k < std::min(n, i + 12); ++k)
        if (w_.in(k, {"would", "involves", "lies", "is"})) {
          add(i, Certainty::kBorderline, Modality::kCould, 0.45);
          break;
        }
    }
    return true;
  }
  return false;
}

void Classifier::scan() {
  // The cue steps in the order they are tried; the first that takes a word ends its turn.
  static constexpr bool (Classifier::*kSteps[])(size_t) = {
      &Classifier::should_cue,
      &Classifier::must_cue,
      &Classifier::need_cue,
      &Classifier::have_to_cue,
      &Classifier::require_cue,
      &Classifier::required_cue,
      &Classifier::call_for_cue,
      &Classifier::urge_cue,
      &Classifier::strong_adjective_cue,
      &Classifier::urgency_cue,
      &Classifier::importance_cue,
      &Classifier::would_cue,
      &Classifier::could_cue,
      &Classifier::time_has_come_cue,
      &Classifier::incumbent_cue,
      &Classifier::well_advised_cue,
      &Classifier::it_is_time_cue,
      &Classifier::no_time_cue,
      &Classifier::no_option_cue,
      &Classifier::interest_cue,
      &Classifier::reasons_cue,
      &Classifier::premium_cue,
      &Classifier::opportunity_cue,
  };
  for (size_t i = 0; i < w_.size(); ++i) {
    if (w_.punct(i) || !cues::is_trigger(w_[i])) continue;
    for (const auto step : kSteps)
      if ((this->*step)(i)) break;
  }
}

void Classifier::actor_ranges(const Cue& cue, Prescription* p) const {
  const size_t n = w_.size();
  const size_t i = cue.i;
  if (cue.modality == Modality::kImperative) {
    p->actors.push_back({1, n, true});
    return;
  }
  const size_t ce = clause_end(i);
  // The subject of a "that" complement: "we recommend that Japan acquire", "it is imperative
  // that Tokyo and Washington agree": up to the complement's verb.
  {
    size_t t = w_.skip_adverbs(i + 1);
    if (w_.is(t, "that")) {
      const size_t b = t + 1;
      size_t e = b;
      auto stop = [&](size_t k) {
        return cues::is_auxiliary(w_[k]) || (cues::is_policy_verb(w_[k]) && !w_.cap(k)) ||
               w_.in(k, {"to", "on", "in", "with", "for", "at", "by"});
      };
      while (e < ce && e < b + 8 && !w_.punct(e) && !(e > b && stop(e))) ++e;
      if (e > b && e < ce && stop(e)) p->actors.push_back({b, e, false});
    }
  }
  // The object of require/encourage/urge/need ... to.
  if (cue.verb_object) {
    size_t b = i + 1;
    if (w_.in(b, {"on", "upon", "for"})) ++b;
    for (size_t k = b; k < std::min(ce, b + 12); ++k) {
      if (w_.is(k, "to") && k > b) {
        p->actors.push_back({b, k, false});
        break;
      }
    }
  }
  // "for X to", "by X" (passive agent), "priority for X", "focus of X".
  for (size_t k = i + 1; k < ce; ++k) {
    if (w_.is(k, "for")) {
      // Only a noun phrase between "for" and "to": not "wait for Washington before launching
      // its outreach to".
      for (size_t j = k + 1; j < std::min(ce, k + 10); ++j) {
        if (w_.is(j, "to") && j > k + 1) {
          p->actors.push_back({k + 1, j, false});
          break;
        }
        if ((w_.punct(j) && !w_.is(j, "'s")) || is_gerund(w_[j]) || cues::is_auxiliary(w_[j]) ||
            w_.in(j, {"before", "after", "while", "when", "because", "in", "on", "at", "with", "by",
                      "from", "into", "than", "as", "if", "until", "over", "under"}))
          break;
      }
    }
    if (w_.is(k, "by") && k > 0 && is_past_participle(w_[k - 1])) {
      size_t e = k + 1;
      while (e < ce && e < k + 12 && !w_.in(e, {":", "to", "\u2014"})) ++e;
      p->actors.push_back({k + 1, e, false});
    }
  }
  // Subject.
  size_t rel = 0;
  size_t subj_end = i;
  if (strength(cue.modality) > 0 && (w_.is(i, "needed") || w_.is(i, "required"))) {
    subj_end = i;
  }
  // For adjective cues the subject ends at the copula.
  for (size_t k = i; k > 0 && k + 4 > i; --k)
    if (is_copula(w_[k - 1]) && !w_.is(i, "needed") && !w_.is(i, "required") &&
        (is_strong_adjective(w_[i]) ||
         w_.in(i, {"necessity", "important", "fundamental", "key"}))) {
      subj_end = k - 1;
      while (subj_end > 0 && w_.in(subj_end - 1, {"will", "to", "continues", "also"})) --subj_end;
      break;
    }
  while (subj_end > 0 && (cues::is_auxiliary(w_[subj_end - 1]) ||
                          w_.in(subj_end - 1, {"also", "still", "now", "eventually", "not",
                                               "further", "therefore", "then", "only"})))
    --subj_end;
  size_t cs;
  if (relative_before(subj_end, &rel)) {
    // The antecedent: the noun phrase before the relative pronoun.
    size_t e = rel;
    while (e > 0 && w_.is(e - 1, ",")) --e;
    cs = clause_start(e);
    subj_end = e;
  } else {
    cs = clause_start(subj_end);
  }
  // Drop the relative clauses inside the subject (", which ... ,", "that does ..."); when the
  // relative clause runs up to the cue, its own subject follows the pronoun ("progress, which
  // the leaders should seize").
  std::vector<std::pair<size_t, size_t>> parts;
  size_t a = cs;
  for (size_t k = cs; k < subj_end; ++k) {
    if (w_.in(k, {"which", "who", "that"}) && k > cs &&
        (w_.is(k, "which") || w_.is(k, "who") || cues::is_auxiliary(w_[w_.skip_adverbs(k + 1)]))) {
      size_t e = k + 1;
      while (e < subj_end && !w_.is(e, ",")) ++e;
      if (e >= subj_end) {
        parts.clear();
        a = k + 1;
        break;
      }
      if (k > a) parts.emplace_back(a, k);
      a = e;
      k = e;
    }
  }
  if (subj_end > a) parts.emplace_back(a, subj_end);
  const bool gerund = cs < subj_end && is_gerund(w_[cs]);
  if (cs < subj_end && !cue.expletive) {
    const auto first = w_[cs];
    const size_t len = subj_end - cs;
    const bool pronoun = first == "this" || first == "it" || first == "these" || first == "that";
    if (pronoun &&
        (len == 1 || (len == 2 && w_.in(cs + 1, {"forum", "process", "body", "group", "framework",
                                                 "mechanism", "effort", "efforts", "approach",
                                                 "step", "steps", "talks", "dialogue"}))))
      p->anaphoric_subject = true;
    if ((first == "it" || first == "they") && len == 1) p->pronoun_subject = true;
  } else if (cs >= subj_end) {
    p->anaphoric_subject = true;
  }
  // Reporting and nominal cues ("participants urged X", "calls for coordination between X and
  // Y", "the imperative of enhancing X"): their subject reports or motivates, it does not act.
  if (!cue.nominal || gerund)
    for (const auto& [b, e] : parts) p->actors.push_back({b, e, gerund, false});
  // Nominal objects ("calls for coordination between X and Y", "the imperative of enhancing
  // U.S.-Japan cooperation") and predicates ("should be a priority for X").
  p->actors.push_back({i + 1, ce, true, !cue.nominal});
}

Prescription Classifier::run() {
  Prescription p;
  if (unit_rejected()) return p;
  // First-person statements of shared views in official statements are not recommendations.
  if (w_.is(0, "we") && w_.in(1, {"acknowledge", "recognize", "share", "affirm", "reaffirm",
                                  "welcome", "note", "are", "will", "commit", "resolve", "seek",
                                  "plan", "aim", "intend", "invite", "look", "launch"}))
    return p;
  imperative();
  scan();
  if (cues_.empty()) return p;
  // Only cues that survive: drop "should" after an expectation or epistemic "should".
  bool any_certain = false;
  for (const auto& c : cues_)
    if (c.certainty == Certainty::kCertain) any_certain = true;
  const Certainty want = any_certain ? Certainty::kCertain : Certainty::kBorderline;
  const Cue* deciding = nullptr;
  Modality best = Modality::kCould;
  int best_strength = -1;
  double conf = 0;
  for (const auto& c : cues_) {
    if (c.certainty != want) continue;
    if (!deciding) deciding = &c;
    if (strength(c.modality) > best_strength ||
        (c.modality == Modality::kImperative && best != Modality::kImperative)) {
      best_strength = strength(c.modality);
      best = c.modality;
    }
    conf = std::max(conf, c.confidence);
  }
  if (deciding->modality == Modality::kImperative) best = Modality::kImperative;
  p.found = true;
  p.certainty = want;
  p.modality = best;
  p.confidence = conf;
  p.cue = deciding->i;
  actor_ranges(*deciding, &p);
  return p;
}

}  // namespace

Prescription classify_prescription(const std::vector<UnitWord>& words, bool heading_like) {
  // Cues come only from trigger words (scan) and, in headings and bullets, from an opening
  // policy verb (imperative): a unit with neither is decided without the full analysis, which
  // most units of a document are.
  bool may_have_cue = heading_like && !words.empty() && !words[0].punct && words[0].cap &&
                      cues::is_policy_verb(words[0].w);
  for (size_t i = 0; i < words.size() && !may_have_cue; ++i)
    may_have_cue = !words[i].punct && cues::is_trigger(words[i].w);
  if (!may_have_cue) return Prescription{};
  return Classifier(words, heading_like).run();
}

}  // namespace lattice::extract
