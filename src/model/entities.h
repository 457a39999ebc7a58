// The entities a model holds: actors, places, regions, frameworks, memberships, commitments,
// documents with their recommendations and claims, references, data sets and indicator series.
// Plain values, filled by the loader and read-only afterwards; safe to share between threads
// once loaded.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "model/analysis.h"
#include "model/source_ref.h"
#include "model/vocabulary.h"

namespace lattice::model {

using core::Date;

// Fields every named entity has.
struct EntityBase {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<SourceRef> sources;
  std::string note;
  core::SourceLocation where;  // where the entity is defined
};

struct Actor : EntityBase {
  ActorKind kind = ActorKind::kState;
  std::string iso3;          // upper case; states (and economies such as Hong Kong)
  std::optional<int> cow;    // Correlates of War state code
  std::string parent;        // owning state or organisation, for non-states
  std::optional<Date> from;  // when it came into existence
  std::optional<Date> to;    // when it ceased to exist (exclusive)
};

// A dated link from a place to an actor (administration or a claim).
struct PlacePeriod {
  std::string actor;
  std::optional<Date> from, to;
  core::SourceLocation where;
};

struct Place : EntityBase {
  PlaceKind kind = PlaceKind::kTerritory;
  std::vector<std::string> part_of;  // places (or states) it lies within
  std::vector<PlacePeriod> administration;
  std::vector<PlacePeriod> claims;
  std::string sovereign;
};

struct Region : EntityBase {
  std::vector<std::string> members;
};

struct Framework : EntityBase {
  FrameworkKind kind = FrameworkKind::kTreaty;
  std::vector<Domain> domains;
  std::string purpose;
  std::optional<Date> signed_on, in_force, ended;
  std::string parent;
  std::string replaces;
  std::optional<int> atop;
};

// One continuous period of one actor in one framework in one role.
struct Membership {
  std::string actor;
  std::string framework;
  Role role = Role::kMember;
  std::optional<Date> from, to;  // to is exclusive
  std::vector<SourceRef> sources;
  std::string note;
  core::SourceLocation where;
  // True when the membership holds on day d.
  bool holds_on(core::Day d) const;
};

// One clause of a commitment's conditions; any clause of a commitment suffices.
struct Trigger {
  std::vector<EventKind> events;
  std::vector<std::string> attacked;   // actor ids or "by", "toward", "any_party"
  std::vector<TargetKind> targets;     // empty: any
  std::vector<std::string> where;      // all must hold (see docs/model-format.md)
  std::vector<std::string> attackers;  // empty: anyone
  Situation situation = Situation::kNone;
  std::string judgement;           // optional: why a match still needs a government's judgement
  std::vector<SourceRef> sources;  // optional: sources of this clause (e.g. of the judgement)
  core::SourceLocation location;
};

struct Commitment {
  std::string id;
  std::string framework;
  std::string article;
  std::vector<std::string> by, toward;
  CommitmentType type = CommitmentType::kDefense;
  std::vector<Caveat> caveats;
  std::optional<double> credibility;
  bool not_if_initiator = false;
  std::string summary;
  std::optional<Date> from, to;
  std::vector<Trigger> triggers;
  std::vector<SourceRef> sources;
  std::string note;
  core::SourceLocation where;
};

struct Document : EntityBase {  // name holds the title
  std::string organisation;
  std::vector<std::string> authors;
  std::optional<Date> date;
  DocumentKind kind = DocumentKind::kReport;
  std::string url;
  std::string file;    // as written in the model
  std::string sha256;  // expected digest of the file
};

struct StatusEntry {
  RecommendationStatus status = RecommendationStatus::kProposed;
  std::optional<Date> date;
  std::string evidence;
  std::vector<SourceRef> sources;
  core::SourceLocation where;
};

struct Recommendation {
  std::string id;
  std::string document;
  size_t start = 0, end = 0;
  std::string summary;
  std::vector<std::string> actors;  // actor or framework ids
  std::vector<Domain> domains;
  Modality modality = Modality::kShould;
  Certainty certainty = Certainty::kCertain;
  std::vector<StatusEntry> status;
  core::SourceLocation where;
};

struct Claim {
  std::string id;
  std::string document;
  size_t start = 0, end = 0;
  double quantity = 0;
  ClaimUnit unit = ClaimUnit::kOther;
  std::string subject;
  std::optional<int> year;
  core::SourceLocation where;
};

struct Reference {
  std::string id;
  std::string title;
  std::string publisher;
  std::optional<Date> date;
  std::string url;
  std::string note;
  core::SourceLocation where;
};

struct Dataset {
  std::string id;
  std::string title;
  std::string credit;
  std::string url;
  std::string licence;
  std::string file;
  std::string note;
  core::SourceLocation where;
};

struct Indicator {
  std::string id;
  std::string name;
  std::string unit;
  std::vector<SourceRef> sources;
  std::string note;
  core::SourceLocation where;
};

struct SeriesValue {
  std::string indicator;
  std::string actor;
  int year = 0;
  double value = 0;
  std::vector<SourceRef> sources;
  core::SourceLocation where;
};

struct ModelInfo {
  std::string name;
  std::string description;
  std::string corpus;  // where documents' files are looked up, relative to the model folder
};

// Everything a model folder declares, before indexing.
struct ModelData {
  ModelInfo info;
  std::vector<Actor> actors;
  std::vector<Place> places;
  std::vector<Region> regions;
  std::vector<Framework> frameworks;
  std::vector<Membership> memberships;
  std::vector<Commitment> commitments;
  std::vector<Document> documents;
  std::vector<Recommendation> recommendations;
  std::vector<Claim> claims;
  std::vector<Reference> references;
  std::vector<Dataset> datasets;
  std::vector<Indicator> indicators;
  std::vector<SeriesValue> series;
  Analysis analysis;  // analysis.toml; empty when the folder has none
};

}  // namespace lattice::model
