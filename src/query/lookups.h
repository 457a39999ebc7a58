// The model lookups as queries: who belongs to a framework (members), what an actor belongs to
// (memberships), and the actor list (actors). Each is a request (its parameters declared once in
// visit()), a result, and a pure function of the environment and the request.
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

}  // namespace lattice::query
