// The model lookups as queries: who belongs to a framework (members), what an actor belongs to
// (memberships), the lists of actors, frameworks and places, and the one-screen summary. Each is a
// request (its parameters declared once in visit()), a result, and a pure function of the
// environment and the request.
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "model/queries.h"
#include "model/vocabulary.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

struct MembersRequest {
  EntityRef<model::EntityKind::kFramework> framework;
  std::optional<core::Day> on;  // absent: today
  bool all_roles = false;
  bool history = false;

  template <class V>
  void visit(V&& v) {
    v(framework, {.name = "framework",
                  .help = "Framework id, name or alias",
                  .required = true,
                  .positional = true});
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
    v(all_roles, {.name = "all_roles", .help = "Include withdrawn and suspended periods"});
    v(history, {.name = "history", .help = "Every membership period, whatever the date"});
  }
};

struct MembersResult {
  const model::Framework* framework = nullptr;
  core::Day day;
  bool history = false;
  size_t active = 0;  // rows whose role is an active one
  std::vector<model::MembershipRow> rows;
  std::shared_ptr<const model::Model> model;  // keeps the rows' pointers alive
};

MembersResult members(const Env& env, const MembersRequest& request);

struct MembershipsRequest {
  EntityRef<model::EntityKind::kActor> actor;
  std::optional<core::Day> on;
  bool all_roles = false;

  template <class V>
  void visit(V&& v) {
    v(actor,
      {.name = "actor", .help = "Actor id, name or alias", .required = true, .positional = true});
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
    v(all_roles, {.name = "all_roles", .help = "Include withdrawn and suspended periods"});
  }
};

struct MembershipsResult {
  const model::Actor* actor = nullptr;
  core::Day day;
  std::vector<model::MembershipRow> rows;
  std::shared_ptr<const model::Model> model;
};

MembershipsResult memberships(const Env& env, const MembershipsRequest& request);

struct ActorsRequest {
  std::optional<model::ActorKind> kind;

  template <class V>
  void visit(V&& v) {
    v(kind, {.name = "kind", .help = "Only actors of this kind", .what = "actor kind"});
  }
};

struct ActorsResult {
  std::vector<const model::Actor*> actors;
  std::shared_ptr<const model::Model> model;
};

ActorsResult actors(const Env& env, const ActorsRequest& request);

struct FrameworksRequest {
  std::optional<model::FrameworkKind> kind;
  std::optional<model::Domain> domain;
  std::optional<core::Day> on;  // absent: every framework, members counted today

  template <class V>
  void visit(V&& v) {
    v(kind, {.name = "kind", .help = "Only frameworks of this kind", .what = "framework kind"});
    v(domain, {.name = "domain", .help = "Only frameworks with this domain", .what = "domain"});
    v(on, {.name = "on",
           .help = "Only frameworks in existence on this date YYYY-MM-DD, members counted then "
                   "(default: every framework, members counted today)"});
  }
};

struct FrameworkRow {
  const model::Framework* framework = nullptr;
  size_t member_count = 0;  // active members on the request's date (today without one)
};

struct FrameworksResult {
  std::vector<FrameworkRow> rows;
  std::shared_ptr<const model::Model> model;
};

FrameworksResult frameworks(const Env& env, const FrameworksRequest& request);

struct PlacesRequest {
  std::optional<core::Day> on;

  template <class V>
  void visit(V&& v) {
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
  }
};

struct PlaceRow {
  const model::Place* place = nullptr;
  std::vector<std::string> administered_by, claimed_by;  // actor ids, on the date
};

struct PlacesResult {
  core::Day day;
  std::vector<PlaceRow> rows;
  std::shared_ptr<const model::Model> model;
};

PlacesResult places(const Env& env, const PlacesRequest& request);

struct SummaryRequest {
  std::optional<core::Day> on;

  template <class V>
  void visit(V&& v) {
    v(on, {.name = "on", .help = "Date YYYY-MM-DD (default: today)"});
  }
};

struct SummaryResult {
  core::Day day;
  std::vector<FrameworkRow> frameworks;  // every framework, members counted on day
  std::shared_ptr<const model::Model> model;
};

SummaryResult summary(const Env& env, const SummaryRequest& request);

}  // namespace lattice::query
