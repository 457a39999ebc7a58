#include "model/validator.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/file_read.h"
#include "core/sha256.h"
#include "core/text.h"
#include "model/document_files.h"
#include "model/model.h"
#include "model/name_words.h"

namespace lattice::model {
namespace {

// The kinds of the ids the validator indexes are the model's entity kinds.
using Kind = EntityKind;

// "an actor", "a framework".
std::string with_article(std::string_view noun) {
  const char c = noun.empty() ? 'x' : noun[0];
  const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  return std::string(vowel ? "an " : "a ") + std::string(noun);
}

std::string kind_name(Kind k) {
  return std::string(entity_kind_name(k));
}

std::string at(const core::SourceLocation& w) {
  std::string s = w.path;
  if (w.line) {
    s += ':';
    s += std::to_string(w.line);
  }
  return s;
}

class Validator {
 public:
  Validator(const ModelData& data, const std::string& root, core::Diagnostics& diags)
      : d_(data), root_(root), diags_(diags) {}

  void run() {
    index_ids();
    check_names();
    load_documents();
    for (const auto& a : d_.actors) check_actor(a);
    for (const auto& p : d_.places) check_place(p);
    for (const auto& r : d_.regions) {
      check_sources(r.sources, r.where);
      for (const auto& m : r.members)
        expect(m, {Kind::kActor}, r.where, "region '" + r.id + "' member");
    }
    for (const auto& f : d_.frameworks) check_framework(f);
    check_memberships();
    for (const auto& c : d_.commitments) check_commitment(c);
    for (const auto& doc : d_.documents) check_sources(doc.sources, doc.where);
    for (const auto& r : d_.recommendations) check_recommendation(r);
    for (const auto& c : d_.claims) {
      if (expect(c.document, {Kind::kDocument}, c.where, "claim '" + c.id + "' document"))
        check_span(c.document, c.start, c.end, c.where, "claim '" + c.id + "'");
    }
    for (const auto& i : d_.indicators) check_sources(i.sources, i.where);
    for (const auto& v : d_.series) {
      expect(v.indicator, {Kind::kIndicator}, v.where, "indicator");
      expect(v.actor, {Kind::kActor}, v.where, "actor");
      check_sources(v.sources, v.where);
    }
    check_analysis(d_.analysis);
  }

 private:
  struct Entry {
    Kind kind;
    core::SourceLocation where;
  };

  void add_id(const std::string& id, Kind kind, const core::SourceLocation& where) {
    if (id.empty()) return;
    auto [it, inserted] = ids_.emplace(id, Entry{kind, where});
    if (!inserted)
      diags_.error(where, "duplicate id '" + id + "' (" + kind_name(kind) + "); already used by " +
                              with_article(kind_name(it->second.kind)) + " at " +
                              at(it->second.where));
    else
      by_kind_[kind].push_back(id);
  }

  void index_ids() {
    for (const auto& x : d_.actors) add_id(x.id, Kind::kActor, x.where);
    for (const auto& x : d_.places) add_id(x.id, Kind::kPlace, x.where);
    for (const auto& x : d_.regions) add_id(x.id, Kind::kRegion, x.where);
    for (const auto& x : d_.frameworks) add_id(x.id, Kind::kFramework, x.where);
    for (const auto& x : d_.commitments) add_id(x.id, Kind::kCommitment, x.where);
    for (const auto& x : d_.documents) add_id(x.id, Kind::kDocument, x.where);
    for (const auto& x : d_.recommendations) add_id(x.id, Kind::kRecommendation, x.where);
    for (const auto& x : d_.claims) add_id(x.id, Kind::kClaim, x.where);
    for (const auto& x : d_.references) add_id(x.id, Kind::kReference, x.where);
    for (const auto& x : d_.datasets) add_id(x.id, Kind::kDataset, x.where);
    for (const auto& x : d_.indicators) add_id(x.id, Kind::kIndicator, x.where);
  }

  // Warns when one name or alias stands for two entities, compared as the resolver compares
  // names (model/name_words.h: "U.S.-Japan Treaty" and "Japan-US treaty" are one name): a
  // look-up by it is ambiguous.
  void check_names() {
    std::map<std::string, std::pair<std::string, core::SourceLocation>> seen;
    auto visit = [&](const EntityBase& e) {
      std::map<std::string, std::string> own;  // key -> the name as written
      own.emplace(e.id, e.id);                 // an id is found as written
      if (!e.name.empty()) own.emplace(name_key(e.name), e.name);
      for (const auto& a : e.aliases) {
        if (core::trim(a).empty()) diags_.error(e.where, "empty alias in '" + e.id + "'");
        own.emplace(name_key(a), a);
      }
      for (const auto& [key, written] : own) {
        if (key.empty()) continue;
        auto [it, inserted] = seen.emplace(key, std::make_pair(e.id, e.where));
        if (!inserted && it->second.first != e.id)
          diags_.warning(e.where, "name or alias '" + written + "' of '" + e.id + "' also names '" +
                                      it->second.first + "' (" + at(it->second.second) +
                                      "); look-ups by it are ambiguous");
      }
    };
    for (const auto& x : d_.actors) visit(x);
    for (const auto& x : d_.places) visit(x);
    for (const auto& x : d_.regions) visit(x);
    for (const auto& x : d_.frameworks) visit(x);
    for (const auto& x : d_.documents) visit(x);
  }

  // Reports an unknown reference. Returns true when id names an entity of one of the kinds.
  bool expect(const std::string& id, std::initializer_list<Kind> kinds,
              const core::SourceLocation& where, const std::string& what) {
    if (id.empty()) return false;
    auto it = ids_.find(id);
    if (it != ids_.end()) {
      if (std::find(kinds.begin(), kinds.end(), it->second.kind) != kinds.end()) return true;
      std::string expected;
      for (Kind k : kinds) expected += (expected.empty() ? "" : " or ") + kind_name(k);
      diags_.error(where, what + " '" + id + "' is " + with_article(kind_name(it->second.kind)) +
                              ", expected " + expected);
      return false;
    }
    std::vector<std::string> candidates;
    for (Kind k : kinds) {
      const auto& v = by_kind_[k];
      candidates.insert(candidates.end(), v.begin(), v.end());
    }
    std::string expected;
    for (Kind k : kinds) expected += (expected.empty() ? "" : " or ") + kind_name(k);
    std::string msg = what + " '" + id + "' is not a known " + expected;
    const std::string near = core::closest_match(id, candidates);
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    diags_.error(where, msg);
    return false;
  }

  void check_period(const std::optional<Date>& from, const std::optional<Date>& to,
                    const core::SourceLocation& where, const std::string& what) {
    if (from && to && !(from->as_start() < to->as_end()))
      diags_.error(where, what + ": 'to' (" + to->to_string() + ") is not after 'from' (" +
                              from->to_string() + ")");
  }

  void check_sources(const std::vector<SourceRef>& sources, const core::SourceLocation& where) {
    for (const auto& s : sources) {
      switch (s.kind) {
        case SourceRef::Kind::kDocument:
          if (expect(s.id, {Kind::kDocument}, where, "source document") && s.has_span)
            check_span(s.id, s.start, s.end, where, "source '" + s.text + "'");
          break;
        case SourceRef::Kind::kReference:
          expect(s.id, {Kind::kReference}, where, "source reference");
          break;
        case SourceRef::Kind::kDataset:
          expect(s.id, {Kind::kDataset}, where, "source data set");
          break;
      }
    }
  }

  void load_documents() {
    for (const auto& doc : d_.documents) {
      const std::string path = find_document_file(root_, d_.info, doc);
      if (path.empty()) {
        diags_.warning(doc.where, "file '" + doc.file + "' of document '" + doc.id +
                                      "' not found; its sha256 and spans are not checked");
        continue;
      }
      std::string reason;
      auto bytes = core::read_file(path, &reason);
      if (!bytes) {
        diags_.error(doc.where,
                     "cannot read '" + path + "' (document '" + doc.id + "'): " + reason);
        continue;
      }
      if (!doc.sha256.empty()) {
        const std::string actual = core::sha256_hex(*bytes);
        if (actual != doc.sha256) {
          diags_.error(doc.where, "sha256 of '" + path + "' is " + actual + ", the model expects " +
                                      doc.sha256 + " (the file changed: its spans may be wrong)");
          continue;
        }
      }
      doc_sizes_[doc.id] = bytes->size();
    }
  }

  void check_span(const std::string& doc, size_t start, size_t end,
                  const core::SourceLocation& where, const std::string& what) {
    auto it = doc_sizes_.find(doc);
    if (it == doc_sizes_.end()) return;
    if (end > it->second || start >= end)
      diags_.error(where, what + ": span " + std::to_string(start) + "-" + std::to_string(end) +
                              " is outside document '" + doc + "' (" + std::to_string(it->second) +
                              " bytes)");
  }

  void check_actor(const Actor& a) {
    check_sources(a.sources, a.where);
    if (a.kind == ActorKind::kState && a.iso3.empty())
      diags_.error(a.where, "state '" + a.id + "' has no iso3 code");
    if (!a.iso3.empty() &&
        (a.iso3.size() != 3 ||
         a.iso3.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos))
      diags_.error(a.where,
                   "iso3 '" + a.iso3 + "' of '" + a.id + "' must be three upper-case letters");
    if (a.cow && (*a.cow <= 0 || *a.cow >= 1000))
      diags_.error(a.where, "COW code " + std::to_string(*a.cow) + " of '" + a.id +
                                "' is out of range (1-999)");
    expect(a.parent, {Kind::kActor, Kind::kFramework}, a.where, "parent");
    check_period(a.from, a.to, a.where, "actor '" + a.id + "'");
  }

  void check_place(const Place& p) {
    check_sources(p.sources, p.where);
    for (const auto& x : p.part_of) {
      if (x == p.id)
        diags_.error(p.where, "place '" + p.id + "' is part of itself");
      else
        expect(x, {Kind::kPlace, Kind::kActor}, p.where, "part_of");
    }
    for (const auto* list : {&p.administration, &p.claims}) {
      for (const auto& per : *list) {
        expect(per.actor, {Kind::kActor}, per.where, "actor");
        check_period(per.from, per.to, per.where, "place '" + p.id + "'");
      }
    }
    expect(p.sovereign, {Kind::kActor}, p.where, "sovereign");
  }

  void check_framework(const Framework& f) {
    check_sources(f.sources, f.where);
    if (f.parent == f.id && !f.id.empty())
      diags_.error(f.where, "framework '" + f.id + "' is its own parent");
    else
      expect(f.parent, {Kind::kFramework}, f.where, "parent");
    expect(f.replaces, {Kind::kFramework}, f.where, "replaces");
    if (f.signed_on && f.in_force && f.in_force->as_end() < f.signed_on->as_start())
      diags_.warning(f.where, "framework '" + f.id + "' takes effect (" + f.in_force->to_string() +
                                  ") before it is signed (" + f.signed_on->to_string() +
                                  "); right only for retroactive or provisional application");
    const auto& start = f.in_force ? f.in_force : f.signed_on;
    if (start && f.ended && !(start->as_start() < f.ended->as_end()))
      diags_.error(f.where, "framework '" + f.id + "' ends (" + f.ended->to_string() +
                                ") before it starts (" + start->to_string() + ")");
  }

  void check_memberships() {
    std::map<std::pair<std::string, std::string>, std::vector<const Membership*>> groups;
    for (const auto& m : d_.memberships) {
      check_sources(m.sources, m.where);
      const bool a = expect(m.actor, {Kind::kActor}, m.where, "actor");
      const bool f = expect(m.framework, {Kind::kFramework}, m.where, "framework");
      check_period(m.from, m.to, m.where,
                   "membership of '" + m.actor + "' in '" + m.framework + "'");
      if (a && f) groups[{m.actor, m.framework}].push_back(&m);
    }
    for (auto& [key, rows] : groups) {
      auto start = [](const Membership* m) {
        return m->from ? m->from->as_start() : core::Day{-1000000};
      };
      auto end = [](const Membership* m) {
        return m->to ? m->to->as_end() : core::Day{1000000000};
      };
      std::stable_sort(rows.begin(), rows.end(), [&](const Membership* x, const Membership* y) {
        return start(x) < start(y);
      });
      for (size_t i = 1; i < rows.size(); ++i) {
        const Membership* prev = rows[i - 1];
        if (start(rows[i]) < end(prev))
          diags_.error(rows[i]->where,
                       "membership of '" + key.first + "' in '" + key.second +
                           "' overlaps the one at " + at(prev->where) +
                           " (periods are half-open: 'to' is the first day it no longer holds)");
      }
    }
  }

  void check_party(const std::string& x, const core::SourceLocation& where, const std::string& what,
                   bool allow_tokens) {
    if (allow_tokens &&
        (x == "by" || x == "toward" || x == "any_party" || x == "attacked" || x == "any"))
      return;
    expect(x, {Kind::kActor}, where, what);
  }

  void check_commitment(const Commitment& c) {
    check_sources(c.sources, c.where);
    expect(c.framework, {Kind::kFramework}, c.where, "framework");
    for (const auto& x : c.by) check_party(x, c.where, "party", false);
    for (const auto& x : c.toward) check_party(x, c.where, "party", true);
    check_period(c.from, c.to, c.where, "commitment '" + c.id + "'");
    for (const auto& t : c.triggers) {
      check_sources(t.sources, t.location);
      for (const auto& x : t.attacked) check_party(x, t.location, "attacked party", true);
      for (const auto& x : t.attackers) check_party(x, t.location, "attacker", true);
      for (const auto& w : t.where) check_where(w, t.location);
    }
  }

  void check_where(const std::string& w, const core::SourceLocation& where) {
    if (w == "anywhere") return;
    const size_t colon = w.find(':');
    const std::string op = w.substr(0, colon);
    const std::string arg = colon == std::string::npos ? "" : w.substr(colon + 1);
    if (op == "administered_by" || op == "claimed_by" || op == "sovereign_of") {
      if (arg == "attacked" || arg == "by" || arg == "toward") return;
      expect(arg, {Kind::kActor}, where, "'" + op + "' actor");
    } else if (op == "within") {
      expect(arg, {Kind::kPlace, Kind::kActor}, where, "'within' place");
    } else {
      diags_.error(where, "unknown location condition '" + w +
                              "'; expected anywhere, administered_by:X, claimed_by:X, "
                              "sovereign_of:X or within:PLACE");
    }
  }

  void check_recommendation(const Recommendation& r) {
    if (expect(r.document, {Kind::kDocument}, r.where, "recommendation '" + r.id + "' document"))
      check_span(r.document, r.start, r.end, r.where, "recommendation '" + r.id + "'");
    for (const auto& a : r.actors)
      expect(a, {Kind::kActor, Kind::kFramework}, r.where, "actor asked to act");
    for (const auto& s : r.status) check_sources(s.sources, s.where);
  }

  // analysis.toml: every id it names is an entity of the right kind.
  void check_analysis(const Analysis& a) {
    const AnalysisFocus& f = a.focus;
    if (!f.empty()) {
      expect(f.a, {Kind::kActor}, f.where, "[focus] pair actor");
      expect(f.b, {Kind::kActor}, f.where, "[focus] pair actor");
      if (!f.a.empty() && f.a == f.b)
        diags_.error(f.where, "[focus] pair names '" + f.a + "' twice");
      if (!f.alliance.empty()) expect(f.alliance, {Kind::kFramework}, f.where, "[focus] alliance");
      if (!f.region.empty()) expect(f.region, {Kind::kRegion}, f.where, "[focus] region");
      check_sources(f.sources, f.where);
    }
    for (const auto& x : a.areas) {
      expect(x.place, {Kind::kPlace}, x.where, "[[area]] place");
      for (const auto& s : x.states) expect(s, {Kind::kActor}, x.where, "[[area]] state");
      for (const auto& p : x.outside) expect(p, {Kind::kPlace}, x.where, "[[area]] outside place");
      check_sources(x.sources, x.where);
    }
    for (const auto& x : a.acts_for) {
      for (const auto& actor : x.actors)
        expect(actor, {Kind::kActor}, x.where, "[[acts_for]] actor");
      expect(x.state, {Kind::kActor}, x.where, "[[acts_for]] state");
      check_sources(x.sources, x.where);
    }
    for (const auto& x : a.leaders) {
      expect(x.state, {Kind::kActor}, x.where, "[[leader]] state");
      check_sources(x.sources, x.where);
    }
    for (const auto& x : a.demonyms) expect(x.state, {Kind::kActor}, x.where, "[[demonym]] state");
    for (const auto& x : a.chart_actors)
      expect(x.actor, {Kind::kActor}, x.where, "[[chart_actor]] actor");
    for (const auto& x : a.illustrations) {
      expect(x.by, {Kind::kActor}, x.where, "[[illustration]] attacker");
      expect(x.against, {Kind::kActor}, x.where, "[[illustration]] attacked actor");
      if (!x.at.empty()) expect(x.at, {Kind::kPlace}, x.where, "[[illustration]] place");
    }
  }

  const ModelData& d_;
  const std::string& root_;
  core::Diagnostics& diags_;
  std::unordered_map<std::string, Entry> ids_;
  std::map<Kind, std::vector<std::string>> by_kind_;
  std::unordered_map<std::string, size_t> doc_sizes_;
};

}  // namespace

void validate_model(const ModelData& data, const std::string& root, core::Diagnostics& diags) {
  Validator(data, root, diags).run();
}

}  // namespace lattice::model
