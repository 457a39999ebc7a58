#include "model/name_resolver.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/text.h"
#include "model/name_words.h"

namespace lattice::model {

namespace {

constexpr double kGenericWeight = 0.3;    // a word naming a type of thing ("island", "treaty")
constexpr double kPrefixQuality = 0.8;    // "quad" for "quadrilateral"
constexpr double kInitialsQuality = 0.9;  // "SCC" for "Security Consultative Committee"
constexpr double kTie = 0.05;             // scores closer than this fit "about equally"
constexpr double kMinCandidateCoverage = 0.3;
constexpr size_t kMaxCandidates = 10;
constexpr size_t kMinPrefix = 3;
constexpr size_t kMaxListed = 8;  // entities named in an ambiguity message

// How exactly a text fits a form, best last: it has the form's words in another order or the
// words of the form without a trailing qualifier in parentheses ("Security Treaty between the
// United States of America and Japan" for "... and Japan (1951)"); or it is the form word for
// word. The best tier present decides.
enum Exact : int { kNotExact = 0, kSameWords = 1, kInOrder = 2 };
constexpr double kExactScore[] = {0, 0.996, 1.0};

// The words of a name (or of the text looked up), after actor phrases are replaced.
struct Words {
  std::vector<std::string> text;                // canonical words; "@id" for an actor phrase
  std::vector<double> weight;                   // kGenericWeight for generic words, else 1
  std::vector<std::vector<std::string>> parts;  // an actor phrase's own words ("south korea")
  std::vector<std::string> shown;  // each word as written, folded ("forces", "north korea")
  std::string key;                 // the words without repeats, sorted and joined by ' '
  std::string joined;              // the words concatenated in order ("miyakojima")
  // key and joined without a trailing qualifier in parentheses ("Security Treaty between the
  // United States of America and Japan (1951)"), else empty.
  std::string short_key, short_joined;
  std::string initials;   // first letters of three or more words, else ""
  bool capitals = false;  // written in capitals ("SCC", "JSDF")
  std::string folded;     // folded written words joined by ' ', for "did you mean"
};

struct Form {
  std::string written;  // as the model writes it
  const char* as;       // "name", "alias", "id", "iso3"
  Words words;
};

struct Entry {
  std::string id;
  EntityKind kind;
  std::string name;
  bool named = true;                    // false: found by its exact id only
  std::vector<Form> forms;              // name, aliases, id (named entities)
  std::vector<std::string> extra;       // canonical words of its years, kind and members
  std::string iso3;                     // lower case, actors only
  std::vector<std::string> kind_words;  // canonical words of its kind ("defense", "treaty")
  int date = 0;  // YYYYMMDD when signed (else in force; documents: issued), 0 when unknown
};

// How the text fits one form.
struct Fit {
  std::vector<double> quality;  // per word of the text, 0 when not found
  double coverage = 0;          // weighted share of the form's words the text covers
  Exact exact = kNotExact;
  bool initials = false;
  std::vector<std::pair<std::string, std::string>> prefixes;  // (word of the text, form word)
  double fitness = 0;  // weighted share of the text found here x coverage
};

// How the text fits one entity.
struct Score {
  const Entry* entry = nullptr;
  double score = 0;
  double text_coverage = 0;  // weighted share of the text's words found anywhere in the entity
  Exact exact = kNotExact;
  bool every_word = false;
  size_t form = 0;  // the best fitting form
  Fit fit;
  std::vector<std::string> elsewhere;  // words of the text found outside the best form
  std::vector<std::string> missing;    // words of the text found nowhere
  std::vector<std::string> tolerated;  // framing or feature words of the text found nowhere
};

bool is_actor_phrase_word(const std::string& w) {
  return !w.empty() && w[0] == '@';
}

// "state" and "domestic_institution" as words.
std::vector<std::string> kind_words(std::string_view spelled) {
  std::string s(spelled);
  std::replace(s.begin(), s.end(), '_', ' ');
  std::vector<std::string> out;
  for (auto& w : name_words(s)) out.push_back(std::move(w.text));
  return out;
}

void add_year(std::vector<std::string>& out, const std::optional<Date>& d) {
  if (d && d->year() > 0) out.push_back(std::to_string(d->year()));
}

int date_key(const std::optional<Date>& d) {
  return d ? d->year() * 10000 + d->month() * 100 + d->day() : 0;
}

// Key and joined words of text.text after a word was removed.
void rekey(Words& w) {
  std::vector<std::string> sorted = w.text;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  w.key.clear();
  w.joined.clear();
  w.short_key.clear();
  w.short_joined.clear();
  w.initials.clear();
  for (const auto& x : sorted) w.key += (w.key.empty() ? "" : " ") + x;
  for (const auto& x : w.text) w.joined += x;
}

std::string quoted(std::string_view s) {
  return "'" + std::string(s) + "'";
}

std::string a_or_an(std::string_view kind) {
  return std::string(std::string_view("aeiou").find(kind[0]) != std::string_view::npos ? "an "
                                                                                       : "a ") +
         std::string(kind);
}

}  // namespace

struct NameResolver::Impl {
  std::vector<Entry> entries;
  // Canonical words of an actor phrase, joined by ' ' -> "@id" ("" when two actors share it).
  std::map<std::string, std::string> phrases;
  size_t longest_phrase = 0;

  Words words_of(std::string_view text) const;
  void words_into(std::string_view text, Words& out) const;
  void add_phrases(const Actor& a);
  Score evaluate(const Words& q, std::string_view folded_text, const Entry& e) const;
  std::optional<Resolution> by_ordinal(const Words& q, const std::vector<EntityKind>& kinds) const;
};

void NameResolver::Impl::add_phrases(const Actor& a) {
  if (a.kind != ActorKind::kState && a.kind != ActorKind::kInternationalOrganisation) return;
  auto add = [&](const std::string& written, bool always) {
    const std::vector<NameWord> ws = name_words(written);
    if (ws.empty()) return;
    const bool capitals =
        std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // One-word aliases in mixed case are often capitals or old names ("Washington", "Manila",
    // "Burma"): they name the actor on their own but do not stand for it inside other names.
    if (!always && ws.size() < 2 && !capitals) return;
    std::string key;
    for (const auto& w : ws) key += (key.empty() ? "" : " ") + w.text;
    auto [it, inserted] = phrases.emplace(key, "@" + a.id);
    if (!inserted && it->second != "@" + a.id) it->second.clear();
    longest_phrase = std::max(longest_phrase, ws.size());
  };
  add(a.name, true);
  for (const auto& alias : a.aliases) add(alias, false);
}

Words NameResolver::Impl::words_of(std::string_view text) const {
  Words out;
  words_into(text, out);
  out.capitals =
      std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
      std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  // A trailing qualifier in parentheses may be left out.
  const std::string_view t = core::trim(text);
  if (t.size() > 2 && t.back() == ')') {
    const size_t open = t.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      Words short_form;
      words_into(t.substr(0, open), short_form);
      if (!short_form.text.empty()) {
        out.short_key = std::move(short_form.key);
        out.short_joined = std::move(short_form.joined);
      }
    }
  }
  return out;
}

void NameResolver::Impl::words_into(std::string_view text, Words& out) const {
  const std::vector<NameWord> ws = name_words(text);
  bool letters = ws.size() >= 3;
  for (const auto& w : ws) {
    out.folded += (out.folded.empty() ? "" : " ") + w.written;
    if (w.written.empty() || w.written[0] < 'a' || w.written[0] > 'z') letters = false;
  }
  if (letters)
    for (const auto& w : ws) out.initials += w.written[0];
  for (size_t i = 0; i < ws.size();) {
    size_t taken = 0;
    for (size_t len = std::min(longest_phrase, ws.size() - i); len > 0 && !taken; --len) {
      std::string key;
      for (size_t k = i; k < i + len; ++k) key += (k == i ? "" : " ") + ws[k].text;
      auto it = phrases.find(key);
      if (it != phrases.end() && !it->second.empty()) {
        out.text.push_back(it->second);
        out.weight.push_back(1.0);
        std::vector<std::string> parts;
        std::string shown;
        for (size_t k = i; k < i + len; ++k) {
          parts.push_back(ws[k].text);
          shown += (k == i ? "" : " ") + ws[k].written;
        }
        out.shown.push_back(std::move(shown));
        out.parts.push_back(std::move(parts));
        taken = len;
      }
    }
    if (!taken) {
      out.text.push_back(ws[i].text);
      out.weight.push_back(ws[i].generic ? kGenericWeight : 1.0);
      out.parts.emplace_back();
      out.shown.push_back(ws[i].written);
      taken = 1;
    }
    i += taken;
  }
  std::vector<std::string> sorted = out.text;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  for (const auto& w : sorted) out.key += (out.key.empty() ? "" : " ") + w;
  for (const auto& w : out.text) out.joined += w;
}

namespace {

double total(const std::vector<double>& w) {
  double t = 0;
  for (double x : w) t += x;
  return t;
}

bool prefix_eligible(const std::string& w) {
  return w.size() >= kMinPrefix && !is_actor_phrase_word(w) && !is_number(w) && !is_generic_word(w);
}

Fit fit(const Words& q, const Words& f) {
  Fit r;
  const size_t n = q.text.size(), m = f.text.size();
  r.quality.assign(n, 0);
  if (n == 0 || m == 0) return r;
  if (q.joined == f.joined)
    r.exact = kInOrder;
  else if (q.key == f.key || (!f.short_key.empty() && q.key == f.short_key) ||
           (!f.short_joined.empty() && q.joined == f.short_joined))
    r.exact = kSameWords;
  if (r.exact != kNotExact) {
    r.quality.assign(n, 1);
    r.coverage = 1;
    r.fitness = 1;
    return r;
  }
  // Initials written in capitals: "SCC" for Security Consultative Committee.
  if (n == 1 && q.capitals && q.folded.size() >= kMinPrefix && q.folded == f.initials) {
    r.quality.assign(n, kInitialsQuality);
    r.coverage = 1;
    r.initials = true;
    r.fitness = kInitialsQuality;
    return r;
  }
  std::vector<bool> used(m, false);
  for (size_t j = 0; j < n; ++j)
    for (size_t k = 0; k < m; ++k)
      if (!used[k] && q.text[j] == f.text[k]) {
        r.quality[j] = 1;
        used[k] = true;
        break;
      }
  // Two words written as one ("Okinotori shima", "Iwojima").
  for (size_t j = 0; j < n; ++j) {
    if (r.quality[j] > 0) continue;
    for (size_t k = 0; k + 1 < m; ++k)
      if (!used[k] && !used[k + 1] && q.text[j] == f.text[k] + f.text[k + 1]) {
        r.quality[j] = 1;
        used[k] = used[k + 1] = true;
        break;
      }
    if (r.quality[j] > 0 || j + 1 >= n || r.quality[j + 1] > 0) continue;
    for (size_t k = 0; k < m; ++k)
      if (!used[k] && q.text[j] + q.text[j + 1] == f.text[k]) {
        r.quality[j] = r.quality[j + 1] = 1;
        used[k] = true;
        break;
      }
  }
  for (size_t j = 0; j < n; ++j) {
    if (r.quality[j] > 0 || !prefix_eligible(q.text[j])) continue;
    for (size_t k = 0; k < m; ++k)
      if (!used[k] && !is_actor_phrase_word(f.text[k]) && f.text[k].size() > q.text[j].size() &&
          f.text[k].compare(0, q.text[j].size(), q.text[j]) == 0) {
        r.quality[j] = kPrefixQuality;
        used[k] = true;
        r.prefixes.emplace_back(q.shown[j], f.text[k][0] == '@' ? f.text[k] : f.shown[k]);
        break;
      }
  }
  // A word of an actor phrase ("Korea" for South Korea) fits it in part.
  for (size_t j = 0; j < n; ++j) {
    if (r.quality[j] > 0 || is_actor_phrase_word(q.text[j]) || is_generic_word(q.text[j])) continue;
    for (size_t k = 0; k < m; ++k)
      if (std::find(f.parts[k].begin(), f.parts[k].end(), q.text[j]) != f.parts[k].end()) {
        r.quality[j] = kPrefixQuality;
        used[k] = true;
        r.prefixes.emplace_back(q.shown[j], f.text[k][0] == '@' ? f.text[k] : f.shown[k]);
        break;
      }
  }
  // A word the text repeats ("China (PRC)" -> @chn @chn) is found again.
  for (size_t j = 0; j < n; ++j)
    if (r.quality[j] == 0)
      for (size_t i = 0; i < n; ++i)
        if (i != j && q.text[i] == q.text[j] && r.quality[i] > 0) r.quality[j] = r.quality[i];
  double covered = 0;
  for (size_t k = 0; k < m; ++k)
    if (used[k]) covered += f.weight[k];
  r.coverage = covered / total(f.weight);
  double found = 0;
  for (size_t j = 0; j < n; ++j) found += q.weight[j] * r.quality[j];
  r.fitness = found / total(q.weight) * r.coverage;
  return r;
}

}  // namespace

Score NameResolver::Impl::evaluate(const Words& q, std::string_view folded_text,
                                   const Entry& e) const {
  Score s;
  s.entry = &e;
  // The exact id (and ISO3 code) as written, whatever the words say.
  const bool id_exact = folded_text == e.id;
  const bool iso3_exact = !e.iso3.empty() && folded_text == e.iso3;
  if (id_exact || iso3_exact) {
    s.exact = kInOrder;
    s.every_word = true;
    s.score = s.text_coverage = 1;
    // Report the name or alias written so if there is one, else the id or code.
    size_t named_form = e.forms.size();
    for (size_t i = 0; i < e.forms.size(); ++i) {
      const std::string_view as = e.forms[i].as;
      if (as == (id_exact ? "id" : "iso3")) s.form = i;
      if ((as == "name" || as == "alias") && named_form == e.forms.size() &&
          core::fold_name(e.forms[i].written) == folded_text)
        named_form = i;
    }
    if (named_form < e.forms.size()) s.form = named_form;
    s.fit.exact = kInOrder;
    return s;
  }
  if (!e.named) return s;
  const size_t n = q.text.size();
  if (n == 0) return s;
  std::vector<double> best(n, 0);
  std::vector<Fit> fits;
  fits.reserve(e.forms.size());
  for (const auto& f : e.forms) {
    fits.push_back(fit(q, f.words));
    // An id read as words ("mcas_futenma") fits, but only the id as written is exact.
    if (std::string_view(f.as) == "id") fits.back().exact = kNotExact;
    const Fit& r = fits.back();
    for (size_t j = 0; j < n; ++j) best[j] = std::max(best[j], r.quality[j]);
  }
  std::vector<bool> in_forms(n);
  for (size_t j = 0; j < n; ++j) {
    in_forms[j] = best[j] > 0;
    if (best[j] == 0 && std::find(e.extra.begin(), e.extra.end(), q.text[j]) != e.extra.end())
      best[j] = 1;
  }
  // The best form: exact first, then the best fitness; among equals, the first (name first).
  for (size_t i = 0; i < fits.size(); ++i) {
    const Fit& a = fits[i];
    const Fit& b = fits[s.form];
    if (a.exact > b.exact || (a.exact == b.exact && a.fitness > b.fitness)) s.form = i;
  }
  if (!fits.empty()) s.fit = fits[s.form];
  // Prefer, among exact forms, one written like the text.
  if (s.fit.exact != kNotExact)
    for (size_t i = 0; i < fits.size(); ++i)
      if (fits[i].exact == s.fit.exact && core::fold_name(e.forms[i].written) == folded_text) {
        s.form = i;
        s.fit = fits[i];
        break;
      }
  double found = 0;
  // At least one word of the text, other than a framing word or a word of the entity's kind,
  // must be found in the entity's own names: its kind, dates and members do not name it
  // ("Status of Forces Agreement" is not the one status_of_forces_agreement of a model, though
  // it is called "Visiting Forces Agreement").
  bool telling = false;
  for (size_t j = 0; j < n; ++j) {
    found += q.weight[j] * best[j];
    if (best[j] == 0) {
      const bool tolerated = (e.kind == EntityKind::kFramework && is_framing_word(q.text[j])) ||
                             (e.kind == EntityKind::kPlace && is_feature_word(q.text[j]));
      (tolerated ? s.tolerated : s.missing).push_back(q.shown[j]);
    } else {
      if (in_forms[j] && !is_framing_word(q.text[j]) &&
          std::find(e.kind_words.begin(), e.kind_words.end(), q.text[j]) == e.kind_words.end())
        telling = true;
      if (s.fit.quality.empty() || s.fit.quality[j] == 0) s.elsewhere.push_back(q.shown[j]);
    }
  }
  s.text_coverage = found / total(q.weight);
  // Or every word is in its names ("Host Nation Support" for a host_nation_support_agreement),
  // one of them more than a framing word.
  bool all_in_forms = std::all_of(in_forms.begin(), in_forms.end(), [](bool b) { return b; });
  if (std::all_of(q.text.begin(), q.text.end(),
                  [](const std::string& w) { return is_framing_word(w); }))
    all_in_forms = false;
  s.every_word = s.missing.empty() && (telling || all_in_forms);
  s.exact = s.fit.exact;
  if (s.exact != kNotExact)
    s.score = kExactScore[s.exact];
  else if (s.every_word)
    s.score = 0.7 + 0.29 * s.fit.fitness;
  else
    s.score = 0.6 * s.text_coverage * (0.5 + 0.5 * s.fit.fitness);
  return s;
}

NameResolver::NameResolver(const Model& model) {
  auto impl = std::make_unique<Impl>();
  for (const auto& a : model.actors()) impl->add_phrases(a);
  const Impl& im = *impl;
  auto named = [&](const EntityBase& b, EntityKind kind, std::vector<std::string> extra) {
    Entry e;
    e.id = b.id;
    e.kind = kind;
    e.name = b.name.empty() ? b.id : b.name;
    if (!b.name.empty()) e.forms.push_back({b.name, "name", im.words_of(b.name)});
    for (const auto& a : b.aliases) e.forms.push_back({a, "alias", im.words_of(a)});
    e.forms.push_back({b.id, "id", im.words_of(b.id)});
    e.extra = std::move(extra);
    e.kind_words = e.extra;  // the kind's words come first in extra, then years and members
    e.kind_words.erase(std::remove_if(e.kind_words.begin(), e.kind_words.end(),
                                      [](const std::string& w) {
                                        return w.empty() || w[0] == '@' ||
                                               (w[0] >= '0' && w[0] <= '9');
                                      }),
                       e.kind_words.end());
    return e;
  };
  std::vector<Entry> entries;
  for (const auto& a : model.actors()) {
    Entry e = named(a, EntityKind::kActor, kind_words(name(a.kind)));
    if (!a.iso3.empty()) {
      e.iso3 = core::to_lower(a.iso3);
      e.forms.push_back({a.iso3, "iso3", im.words_of(a.iso3)});
    }
    entries.push_back(std::move(e));
  }
  for (const auto& p : model.places())
    entries.push_back(named(p, EntityKind::kPlace, kind_words(name(p.kind))));
  for (const auto& r : model.regions())
    entries.push_back(named(r, EntityKind::kRegion, {"region"}));
  for (const auto& f : model.frameworks()) {
    std::vector<std::string> extra = kind_words(name(f.kind));
    add_year(extra, f.signed_on);
    add_year(extra, f.in_force);
    // Its members: "US-Japan-India-Australia Quad", "Six-Party Talks on North Korea".
    for (const Membership* m : model.memberships_of_framework(f.id)) {
      const std::string member = "@" + m->actor;
      if (std::find(extra.begin(), extra.end(), member) == extra.end()) extra.push_back(member);
    }
    Entry e = named(f, EntityKind::kFramework, std::move(extra));
    e.date = date_key(f.signed_on ? f.signed_on : f.in_force);
    entries.push_back(std::move(e));
  }
  for (const auto& d : model.documents()) {
    std::vector<std::string> extra = kind_words(name(d.kind));
    add_year(extra, d.date);
    Entry e = named(d, EntityKind::kDocument, std::move(extra));
    e.date = date_key(d.date);
    entries.push_back(std::move(e));
  }
  for (const auto& x : model.data().indicators) {
    Entry e;
    e.id = x.id;
    e.kind = EntityKind::kIndicator;
    e.name = x.name.empty() ? x.id : x.name;
    if (!x.name.empty()) e.forms.push_back({x.name, "name", im.words_of(x.name)});
    e.forms.push_back({x.id, "id", im.words_of(x.id)});
    entries.push_back(std::move(e));
  }
  auto plain = [&](const std::string& id, EntityKind kind) {
    Entry e;
    e.id = id;
    e.kind = kind;
    e.name = model.display_name(id);
    e.named = false;
    e.forms.push_back({id, "id", im.words_of(id)});
    entries.push_back(std::move(e));
  };
  for (const auto& c : model.commitments()) plain(c.id, EntityKind::kCommitment);
  for (const auto& r : model.recommendations()) plain(r.id, EntityKind::kRecommendation);
  for (const auto& c : model.claims()) plain(c.id, EntityKind::kClaim);
  for (const auto& r : model.data().references) plain(r.id, EntityKind::kReference);
  for (const auto& d : model.data().datasets) plain(d.id, EntityKind::kDataset);
  impl->entries = std::move(entries);
  impl_ = std::move(impl);
}

NameResolver::~NameResolver() = default;

namespace {

Resolution resolution_of(const Score& s, std::string_view folded_text) {
  const Entry& e = *s.entry;
  const Form& f = e.forms[s.form];
  Resolution r;
  r.id = e.id;
  r.kind = e.kind;
  r.name = e.name;
  r.matched = f.written;
  r.matched_as = f.as;
  r.score = s.score;
  const std::string form = std::string(f.as) + " " + quoted(f.written);
  if (s.exact != kNotExact) {
    if (s.exact == kSameWords)
      r.why = "same words as " + form + ", in another order or without its qualifier";
    else if (r.matched_as == "id" || r.matched_as == "iso3" ||
             core::fold_name(f.written) == folded_text)
      r.why = "exact " + form;
    else
      r.why = "same words as " + form;
  } else if (s.every_word) {
    if (s.fit.initials) {
      r.why = "initials of " + form;
    } else {
      r.why = "every word found; " + form + " has " +
              std::to_string(static_cast<int>(s.fit.coverage * 100 + 0.5)) + "% of its words";
      for (const auto& [word, full] : s.fit.prefixes)
        r.why += "; " + quoted(word) +
                 (full[0] == '@' ? " is part of the name of " + quoted(full.substr(1))
                                 : " begins " + quoted(full));
    }
    if (!s.elsewhere.empty()) {
      r.why += "; also found in its other names, dates, kind or members:";
      for (const auto& w : s.elsewhere) r.why += " " + quoted(w);
    }
    if (!s.tolerated.empty()) {
      r.why += "; words it lacks but may do without:";
      for (const auto& w : s.tolerated) r.why += " " + quoted(w);
    }
  } else if (!s.missing.empty()) {
    r.why = "not found:";
    for (const auto& w : s.missing) r.why += " " + quoted(w);
  } else {
    r.why = "only its kind, dates or members have the words, not its names";
  }
  return r;
}

}  // namespace

// An ordinal word that no name has ("first U.S.-Japan Security Treaty", "second Special Measures
// Agreement") counts the dated entities that fit the rest of the text, oldest first.
std::optional<Resolution> NameResolver::Impl::by_ordinal(
    const Words& q, const std::vector<EntityKind>& kinds) const {
  size_t at = q.text.size();
  int number = 0;
  for (size_t j = 0; j < q.text.size(); ++j)
    if (int n = ordinal_number(q.text[j]); n > 0) {
      if (at != q.text.size()) return std::nullopt;  // two ordinals
      at = j;
      number = n;
    }
  if (at == q.text.size() || q.text.size() < 2) return std::nullopt;
  Words rest = q;
  rest.text.erase(rest.text.begin() + static_cast<std::ptrdiff_t>(at));
  rest.weight.erase(rest.weight.begin() + static_cast<std::ptrdiff_t>(at));
  rest.parts.erase(rest.parts.begin() + static_cast<std::ptrdiff_t>(at));
  rest.shown.erase(rest.shown.begin() + static_cast<std::ptrdiff_t>(at));
  rekey(rest);
  std::vector<const Entry*> fitting;
  for (const auto& e : entries) {
    if (e.date == 0 ||
        (!kinds.empty() && std::find(kinds.begin(), kinds.end(), e.kind) == kinds.end()))
      continue;
    const Score s = evaluate(rest, "", e);
    if (s.exact != kNotExact || s.every_word) fitting.push_back(&e);
  }
  if (fitting.empty() || static_cast<size_t>(number) > fitting.size()) return std::nullopt;
  // All of one kind, so that "first" counts like with like.
  for (const Entry* e : fitting)
    if (e->kind != fitting[0]->kind) return std::nullopt;
  std::stable_sort(fitting.begin(), fitting.end(),
                   [](const Entry* a, const Entry* b) { return a->date < b->date; });
  const Entry& e = *fitting[static_cast<size_t>(number - 1)];
  Resolution r;
  r.id = e.id;
  r.kind = e.kind;
  r.name = e.name;
  r.matched = e.forms.empty() ? e.id : e.forms[0].written;
  r.matched_as = e.forms.empty() ? "id" : e.forms[0].as;
  r.score = 0.9;
  r.why = quoted(q.shown[at]) + " of " + std::to_string(fitting.size()) +
          " that fit the other words, by date:";
  for (const Entry* x : fitting) r.why += " " + x->id;
  return r;
}

ResolveResult NameResolver::resolve(std::string_view text,
                                    const std::vector<EntityKind>& kinds) const {
  ResolveResult out;
  const std::string folded = core::fold_name(text);
  if (folded.empty()) return out;
  const Words q = impl_->words_of(text);
  auto wanted = [&](EntityKind k) {
    return kinds.empty() || std::find(kinds.begin(), kinds.end(), k) != kinds.end();
  };
  std::vector<Score> scores;
  for (const auto& e : impl_->entries) {
    if (!wanted(e.kind)) continue;
    Score s = impl_->evaluate(q, folded, e);
    if (s.exact != kNotExact || (s.score > 0 && s.text_coverage >= kMinCandidateCoverage))
      scores.push_back(std::move(s));
  }
  std::stable_sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.entry->kind != b.entry->kind) return a.entry->kind < b.entry->kind;
    return a.entry->id < b.entry->id;
  });
  size_t matches = 0;
  if (!scores.empty() && scores[0].exact != kNotExact) {
    while (matches < scores.size() && scores[matches].exact == scores[0].exact) ++matches;
  } else if (!scores.empty() && scores[0].every_word) {
    const double top = scores[0].score;
    while (matches < scores.size() && scores[matches].every_word &&
           scores[matches].score >= top - kTie - 1e-9)
      ++matches;
  }
  for (size_t i = 0; i < scores.size() && i < std::max(matches, kMaxCandidates); ++i) {
    out.candidates.push_back(resolution_of(scores[i], folded));
    out.candidates.back().exact = scores[i].exact != kNotExact;
    if (i < matches) out.matches.push_back(out.candidates.back());
  }
  if (matches > 0) return out;
  if (auto ordinal = impl_->by_ordinal(q, kinds)) {
    out.matches.push_back(*ordinal);
    out.candidates.insert(out.candidates.begin(), *ordinal);
    if (out.candidates.size() > kMaxCandidates) out.candidates.pop_back();
    return out;
  }
  // Nothing fits: the nearest name by spelling (a typo), else the best partial candidate.
  std::vector<std::string> names;
  for (const auto& e : impl_->entries)
    if (wanted(e.kind))
      for (const auto& f : e.forms) names.push_back(f.words.folded);
  const std::string near = q.folded.empty() ? "" : core::closest_match(q.folded, names);
  if (!near.empty()) {
    for (const auto& e : impl_->entries)
      if (wanted(e.kind) &&
          std::find(out.suggestions.begin(), out.suggestions.end(), e.id) == out.suggestions.end())
        for (const auto& f : e.forms)
          if (f.words.folded == near) {
            out.suggestions.push_back(e.id);
            break;
          }
  } else if (!scores.empty() && scores[0].text_coverage >= 0.5) {
    out.suggestions.push_back(scores[0].entry->id);
  }
  return out;
}

std::string NameResolver::resolve_as(std::string_view text, const std::vector<EntityKind>& kinds,
                                     std::string* error) const {
  const ResolveResult r = resolve(text, kinds);
  // An exact name of another kind beats a partial fit among the kinds asked for: `members
  // Japan` is an error naming the actor, not the first framework with Japan in its name.
  const ResolveResult any = kinds.empty() ? ResolveResult{} : resolve(text);
  const Resolution* other = nullptr;
  if (!any.matches.empty() && any.matches[0].exact &&
      std::find(kinds.begin(), kinds.end(), any.matches[0].kind) == kinds.end())
    other = &any.matches[0];
  const bool exact_here = !r.matches.empty() && r.matches[0].exact;
  if (r.matches.size() == 1 && (exact_here || !other)) return r.matches[0].id;
  if (r.matches.size() > 1 && kinds.size() > 1 && (exact_here || !other)) {
    const Resolution* preferred = nullptr;
    size_t count = 0;
    for (const auto& m : r.matches)
      if (m.kind == kinds[0]) {
        preferred = &m;
        ++count;
      }
    if (count == 1) return preferred->id;
  }
  const std::string what = kinds.empty() ? "entity" : std::string(entity_kind_name(kinds[0]));
  std::string msg;
  if (r.matches.size() > 1 && (exact_here || !other)) {
    msg = quoted(text) + " is ambiguous: it names";
    for (size_t i = 0; i < r.matches.size() && i < kMaxListed; ++i) {
      const auto& m = r.matches[i];
      msg += (i ? ", " : " ") + quoted(m.id) + " (" + std::string(entity_kind_name(m.kind)) + ": " +
             m.name + ")";
    }
    if (r.matches.size() > kMaxListed)
      msg += " and " + std::to_string(r.matches.size() - kMaxListed) + " more";
    msg += "; use an id";
  } else {
    msg = "unknown " + what + " " + quoted(text);
    if (other) {
      msg += " (" + quoted(other->id) + " is " + a_or_an(entity_kind_name(other->kind)) + ")";
    } else if (any.matches.size() == 1 &&
               std::find(kinds.begin(), kinds.end(), any.matches[0].kind) == kinds.end()) {
      msg += " (" + quoted(any.matches[0].id) + " is " +
             a_or_an(entity_kind_name(any.matches[0].kind)) + ")";
    } else if (!r.suggestions.empty()) {
      msg += " (did you mean " + quoted(r.suggestions[0]) + "?)";
    }
  }
  if (error) *error = msg;
  return {};
}

}  // namespace lattice::model
