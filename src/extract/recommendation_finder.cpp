// Recommendations: each unit is trimmed of run-in headings and datelines, classified by the
// prescription classifier, and given actors (from the classifier's candidate ranges, resolved
// through the mention finder, collectives such as "the two allies" and leaders' surnames; else
// from context: the previous recommendation for "This"/"It", the document's default actor for
// agentless sentences) and domains (domain lexicon).
#include "extract/recommendation_finder.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/cue_lexicon.h"
#include "extract/domain_lexicon.h"
#include "extract/prescription_classifier.h"

namespace lattice::extract {

namespace {

bool is_state_id(std::string_view id) {
  return id.size() == 3 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The actor id a mention stands for when asked to act: states themselves, the institutions and
// forces the model's analysis.toml lists their state, frameworks themselves (the caller decides
// whether they may act).
std::string actor_of(const MentionFinder& finder, std::string_view id) {
  if (is_state_id(id)) return std::string(id);
  if (const std::string_view state = finder.acts_for(id); !state.empty()) return std::string(state);
  return std::string(id);
}

bool upper_ascii(char c) {
  return c >= 'A' && c <= 'Z';
}

// Bytes to skip at the start of a unit: a dateline ("Washington, D.C. — ") or a run-in label or
// heading ending in a colon ("RELEASE: ", "Some heading phrase: "), but not a lead-in joined by
// a colon to a quotation or a lower-case continuation.
size_t label_length(std::string_view t) {
  // Dateline: capitalised words, commas and periods, then a dash.
  for (std::string_view dash :
       {std::string_view(" \u2014 "), std::string_view(" \u2013 "), std::string_view(" - ")}) {
    const size_t d = t.find(dash);
    if (d != std::string_view::npos && d > 0 && d <= 40) {
      bool ok = true;
      bool new_word = true;
      for (size_t k = 0; k < d; ++k) {
        const char c = t[k];
        if (c == ' ' || c == ',') {
          new_word = true;
          continue;
        }
        if (new_word && !upper_ascii(c)) ok = false;
        new_word = false;
        if (!(upper_ascii(c) || (c >= 'a' && c <= 'z') || c == '.')) ok = false;
      }
      if (ok) return d + dash.size();
    }
  }
  const size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 160) return 0;
  std::string_view head = t.substr(0, colon);
  if (head.find_first_of(".?!\"") != std::string_view::npos &&
      head.find("U.S.") == std::string_view::npos)
    return 0;
  if (head.find("\u201C") != std::string_view::npos) return 0;
  size_t k = colon + 1;
  while (k < t.size() && (t[k] == ' ' || t[k] == '*' || t[k] == '_')) ++k;
  if (k >= t.size() || !upper_ascii(t[k])) return 0;
  // The rest must itself read as a sentence: at least four words.
  size_t words = 0;
  for (size_t j = k; j < t.size(); ++j)
    if (t[j] == ' ') ++words;
  if (words < 3) return 0;
  return k;
}

// Collective phrases naming the two allies together.
bool collective_at(const std::vector<UnitWord>& w, size_t k, size_t end) {
  auto is = [&](size_t j, std::string_view x) { return j < end && w[j].w == x; };
  if ((is(k, "the") || is(k, "our") || is(k, "this")) && is(k + 1, "alliance")) return true;
  if (is(k, "alliance") && is(k + 1, "'s")) return true;
  if (is(k, "the") && is(k + 1, "allies")) return true;
  if ((is(k, "both") || (is(k, "the") && is(k + 1, "two")))) {
    const size_t j = is(k, "both") ? k + 1 : k + 2;
    if (is(j, "allies") || is(j, "nations") || is(j, "countries") || is(j, "governments") ||
        is(j, "capitals") || is(j, "administrations"))
      return true;
  }
  if (is(k, "leaders") && is(k + 1, "in") && is(k + 2, "both")) return true;
  return false;
}

struct Resolver {
  const std::vector<UnitWord>& w;
  const std::vector<Mention>& mentions;  // relative to the unit
  std::string_view unit;
  const MentionFinder& finder;

  // The model's alliance of the focus pair, as the actors of a collective; none when the model
  // names no alliance (analysis.toml [focus]).
  std::vector<std::string> the_alliance() const {
    const std::string& id = finder.analysis().focus.alliance;
    if (id.empty()) return {};
    return {id};
  }

  // A surname after a title ("Prime Minister Yoshihide Suga", "President Moon").
  bool titled(size_t k) const {
    for (size_t j = (k >= 3 ? k - 3 : 0); j < k; ++j)
      if (w[j].w == "president" || w[j].w == "minister" || w[j].w == "premier" ||
          w[j].w == "chancellor" || w[j].w == "secretary")
        return true;
    return false;
  }

  // Index of the word starting at or containing byte b (words are in order: a binary search).
  size_t word_at(size_t b) const {
    return static_cast<size_t>(
        std::upper_bound(w.begin(), w.end(), b,
                         [](size_t x, const UnitWord& u) { return x < u.end; }) -
        w.begin());
  }

  // The states named by the parts of a compound mention ("U.S.-Japan-Korea trilateral").
  void expand_compound(const Mention& m, std::vector<std::string>* out) const {
    std::string_view s = unit.substr(m.start, m.end - m.start);
    std::string spaced(s);
    for (size_t k = 0; k < spaced.size(); ++k)
      if (spaced[k] == '-') spaced[k] = ' ';
    for (const auto& sub : finder.find(spaced)) {
      const std::string a = actor_of(finder, sub.id);
      if (is_state_id(a)) out->push_back(a);
    }
    // "Korea" and "ROK" in a compound name South Korea.
    if (spaced.find("Korea") != std::string::npos || spaced.find("ROK") != std::string::npos)
      if (std::find(out->begin(), out->end(), "kor") == out->end() &&
          std::find(out->begin(), out->end(), "prk") == out->end())
        out->push_back("kor");
  }

  std::vector<std::string> resolve(const ActorRange& r) const {
    std::vector<std::string> out;
    if (r.begin >= r.end || r.end > w.size()) return out;
    const size_t b0 = w[r.begin].start, b1 = w[r.end - 1].end;
    bool collective = false;
    // Words after a venue preposition (up to the next comma) or "such as"/"including" (to the
    // end) do not name actors; nor do objects of a gerund in a limited range.
    // Indexed by word - r.begin: the range's own size, so each range costs its length only.
    std::vector<bool> venue_v(r.end - r.begin, false), after_between_v(r.end - r.begin, false);
    auto venue = [&](size_t k) { return venue_v[k - r.begin]; };
    bool in_venue = false, to_end = false, gerund_seen = false, between = false;
    for (size_t k = r.begin; k < r.end; ++k) {
      const auto& x = w[k].w;
      if (x == "," && !to_end) in_venue = false;
      // "policymakers in Tokyo", "officials in Washington": the place names the actor.
      const bool agent_in =
          (x == "in" || x == "from") && k > r.begin && cues::is_agent_noun(w[k - 1].w);
      if (!w[k].punct && (cues::is_venue_preposition(x) && x != "including") && !agent_in)
        in_venue = true;
      if ((x == "such" && k + 1 < r.end && w[k + 1].w == "as") || x == "including" ||
          (x == "like" && k > r.begin && w[k - 1].w != "allies")) {
        in_venue = true;
        to_end = true;
      }
      if (x == "of" && k > r.begin && w[k - 1].w == "part") in_venue = false;
      if (x == "between" || x == "among") between = true;
      venue_v[k - r.begin] = in_venue;
      after_between_v[k - r.begin] = between;
      if (!r.limited && collective_at(w, k, r.end) && !in_venue) collective = true;
      if (r.limited && collective_at(w, k, r.end) && !in_venue) collective = true;
    }
    // Leaders' surnames after a title.
    for (size_t k = r.begin; k < r.end; ++k) {
      if (!w[k].cap || venue(k)) continue;
      const auto st = finder.leader_state(w[k].w);
      if (st.empty()) continue;
      if (!r.limited && titled(k)) out.emplace_back(st);
    }
    // "they" alone: the two allies; "him"/"her": the leader named in the unit.
    if (r.end - r.begin == 1 && w[r.begin].w == "they") return the_alliance();
    bool him = false;
    for (size_t k = r.begin; k < r.end && !r.limited; ++k)
      if (w[k].w == "him" || w[k].w == "her") him = true;
    if (him)
      for (size_t j = 0; j < w.size(); ++j)
        if (w[j].cap && !finder.leader_state(w[j].w).empty() && titled(j))
          return {std::string(finder.leader_state(w[j].w))};
    // The first gerund of the range: mentions after it are its objects.
    size_t first_gerund = r.end;
    for (size_t j = r.begin; j < r.end; ++j)
      if (w[j].w.size() > 4 && w[j].w.compare(w[j].w.size() - 3, 3, "ing") == 0 &&
          !cues::is_ing_noun(w[j].w) && !w[j].cap) {
        first_gerund = j;
        break;
      }
    size_t capitals = 0, named = 0;
    auto first_mention = std::lower_bound(mentions.begin(), mentions.end(), b0,
                                          [](const Mention& m, size_t b) { return m.start < b; });
    for (auto mi = first_mention; mi != mentions.end() && mi->start < b1; ++mi) {
      const Mention& m = *mi;
      if (m.start < b0 || m.end > b1) continue;
      const size_t k = word_at(m.start);
      if (k >= w.size() || k < r.begin || k >= r.end || venue(k)) continue;
      // The last word of the mention, and what follows it.
      size_t last = k;
      while (last + 1 < w.size() && w[last + 1].start < m.end) ++last;
      const bool possessive = last + 1 < w.size() && w[last + 1].w == "'s";
      const bool compound =
          w[k].joined || (last + 1 < w.size() && w[last + 1].joined && w[last + 1].w != "'s");
      const bool gerund_object = first_gerund < k;
      const bool priority_of =
          k >= 2 &&
          (w[k - 1].w == "of" || w[k - 1].w == "for" || (w[k - 1].w == "the" && k >= 3)) && [&] {
            for (size_t j = (k >= 4 ? k - 4 : 0); j < k; ++j)
              if (w[j].w == "focus" || w[j].w == "priority" || w[j].w == "task" ||
                  w[j].w == "role" || w[j].w == "mission" || w[j].w == "responsibility" ||
                  w[j].w == "attention")
                return true;
            return false;
          }();
      const bool alliance = m.id.find("alliance") != std::string::npos;
      const bool trilateral =
          m.id.find("trilateral") != std::string::npos || m.id.find("_rok_") != std::string::npos;
      if (r.limited || gerund_object) {
        const bool named_by_form = (possessive && !r.predicate) || compound || alliance ||
                                   after_between_v[k - r.begin] || priority_of || trilateral;
        if (!named_by_form) continue;
        if (!is_state_id(actor_of(finder, m.id)) && !alliance && !trilateral) continue;
      }
      // Only the head of the phrase acts: not entities after "of" ("the signing of RCEP").
      if (!r.limited && !is_state_id(m.id) && k > r.begin && w[k - 1].w == "of" && !alliance)
        continue;
      gerund_seen = gerund_seen || gerund_object;
      if (trilateral || (compound && !alliance)) {
        // A compound: its parts name the states ("US-Japan cooperation" is usa and jpn).
        if (compound && !trilateral) {
          std::string a = actor_of(finder, m.id);
          out.push_back(a);
          continue;
        }
        expand_compound(m, &out);
        continue;
      }
      if (alliance && m.id == finder.analysis().focus.alliance) {
        collective = true;
        continue;
      }
      const std::string a = actor_of(finder, m.id);
      std::string_view surface = unit.substr(m.start, m.end - m.start);
      const auto& capital_names = finder.analysis().focus.capitals;
      if (std::find(capital_names.begin(), capital_names.end(), surface) != capital_names.end())
        ++capitals;
      ++named;
      out.push_back(a);
    }
    (void)gerund_seen;
    // "Washington and Tokyo" together, or a collective, name the alliance.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (capitals >= 2 && out.size() == 2 && !the_alliance().empty()) return the_alliance();
    if (collective) {
      if (out.empty()) return the_alliance();
      for (auto& a : the_alliance()) out.push_back(std::move(a));
      return out;
    }
    return out;
  }
};

bool ends_with_terminal(std::string_view t) {
  size_t e = t.size();
  while (e > 0 && (t[e - 1] == '*' || t[e - 1] == '"' || t[e - 1] == ' ' || t[e - 1] == ')')) --e;
  if (e >= 3 && t.compare(e - 3, 3, "\u201D") == 0) e -= 3;
  return e > 0 && (t[e - 1] == '.' || t[e - 1] == '?' || t[e - 1] == '!' || t[e - 1] == ':');
}

}  // namespace

std::vector<RecommendationHit> find_recommendations(std::string_view text,
                                                    const std::vector<text::Unit>& units,
                                                    const MentionFinder& mentions) {
  return find_recommendations(text, units, mentions, mentions.find(text));
}

std::vector<RecommendationHit> find_recommendations(std::string_view text,
                                                    const std::vector<text::Unit>& units,
                                                    const MentionFinder& mentions,
                                                    const std::vector<Mention>& all_mentions) {
  std::vector<RecommendationHit> out;
  const MentionFinder& finder = mentions;
  // The document's default actor: the focus alliance when both allies are named throughout.
  const model::AnalysisFocus& focus = mentions.analysis().focus;
  std::map<std::string, int> counts;
  for (const auto& m : all_mentions) ++counts[actor_of(finder, m.id)];
  const bool alliance_doc = !focus.alliance.empty() && counts[focus.a] >= 2 && counts[focus.b] >= 2;
  std::string default_actor = alliance_doc ? focus.alliance : std::string();
  if (!alliance_doc) {
    int best = 0;
    for (const auto& [id, c] : counts)
      if (is_state_id(id) && c > best) {
        best = c;
        default_actor = id;
      }
  }

  std::vector<std::string> previous_actors;  // of the last recommendation in this section
  size_t previous_unit = 0;
  std::vector<std::string> last_pair;  // the last two states joined by "and"
  for (size_t ui = 0; ui < units.size(); ++ui) {
    const text::Unit& u = units[ui];
    if (u.end <= u.start || u.end > text.size()) continue;
    std::string_view t = text.substr(u.start, u.end - u.start);
    if (u.kind == text::UnitKind::kHeading) previous_actors.clear();
    if (t.find('\t') != std::string_view::npos) continue;  // tables of contents
    const size_t skip = label_length(t);
    size_t start = u.start + skip;
    while (start < u.end && (text[start] == ' ' || text[start] == '*' || text[start] == '_'))
      ++start;
    t = text.substr(start, u.end - start);
    if (t.empty()) continue;
    const std::vector<UnitWord> words = unit_words(t);
    // After a run-in label ("Recommendation 3: ", "Action item: ", "Priority 1: ") the rest is
    // an item of a list, where an imperative counts as it does in a bullet.
    const bool labelled =
        skip > 0 && text.substr(u.start, skip).find(':') != std::string_view::npos;
    const bool heading_like =
        u.kind != text::UnitKind::kSentence || !ends_with_terminal(t) || labelled;
    const Prescription p = classify_prescription(words, heading_like);
    // The unit's mentions, relative to its start.
    std::vector<Mention> ms;
    auto it = std::lower_bound(all_mentions.begin(), all_mentions.end(), start,
                               [](const Mention& m, size_t b) { return m.start < b; });
    for (; it != all_mentions.end() && it->start < u.end; ++it)
      if (it->end <= u.end) ms.push_back({it->start - start, it->end - start, it->id});
    // Track "X and Y" pairs of states for "both sides".
    std::vector<std::string> pair;
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
      const std::string a = actor_of(finder, ms[k].id), b = actor_of(finder, ms[k + 1].id);
      std::string_view gap = t.substr(ms[k].end, ms[k + 1].start - ms[k].end);
      if (is_state_id(a) && is_state_id(b) && a != b && (gap == " and " || gap == " and the "))
        pair = {a, b};
    }
    if (!p.found) {
      if (!pair.empty()) last_pair = pair;
      continue;
    }

    RecommendationHit hit;
    hit.start = start;
    hit.end = u.end;
    hit.certainty = p.certainty;
    hit.modality = p.modality;
    hit.confidence = p.confidence;
    hit.domains = domains_of(t);

    Resolver r{words, ms, t, mentions};
    std::vector<std::string> actors;
    // "both sides" / "the two sides": the pair named just before.
    for (size_t k = 0; k + 1 < words.size() && k < p.cue; ++k)
      if ((words[k].w == "both" || words[k].w == "two") && words[k + 1].w == "sides" &&
          !last_pair.empty())
        actors = last_pair;
    for (const auto& range : p.actors) {
      if (!actors.empty()) break;
      actors = r.resolve(range);
    }
    if (actors.empty() && p.pronoun_subject) {
      // "If the Quad is to ..., it will have to": an actor that is the subject of an earlier
      // clause of the unit.
      size_t k = 0;
      for (const auto& m : ms) {
        if (m.start >= words[p.cue].start) break;
        while (k < words.size() && words[k].end <= m.end) ++k;
        if (k < words.size() && (words[k].w == "is" || words[k].w == "are" || words[k].w == "has" ||
                                 words[k].w == "will")) {
          actors = {actor_of(finder, m.id)};
          break;
        }
      }
    }
    if (actors.empty() && p.anaphoric_subject && !previous_actors.empty() &&
        ui - previous_unit <= 3)
      actors = previous_actors;
    if (actors.empty() && !default_actor.empty()) actors = {default_actor};
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
    hit.actors = actors;
    previous_actors = actors;
    previous_unit = ui;
    if (!pair.empty()) last_pair = pair;
    out.push_back(std::move(hit));
  }
  return out;
}

}  // namespace lattice::extract
