// The queries about one entity: `show` (everything the model knows about an entity of any kind)
// and `resolve` (which entity a name stands for, with the ranked candidates and why). Requests,
// results and pure functions of the environment.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/model.h"
#include "model/queries.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"

namespace lattice::query {

struct ShowRequest {
  AnyEntityRef entity;

  template <class V>
  void visit(V&& v) {
    v(entity, {.name = "id",
               .help = "Id, name or alias of any entity",
               .required = true,
               .positional = true});
  }
};

struct ShowResult {
  std::string id;
  model::EntityKind kind = model::EntityKind::kActor;
  std::shared_ptr<const model::Model> model;  // the dossier's views read the entity from it
};

ShowResult show(const Env& env, const ShowRequest& request);

struct ResolveRequest {
  std::string text;
  std::vector<model::EntityKind> kinds;

  template <class V>
  void visit(V&& v) {
    v(text, {.name = "text",
             .help = "A name, alias, id or ISO3 code, as people write it",
             .required = true,
             .positional = true});
    v(kinds,
      {.name = "kind", .help = "Only entities of this kind; may be repeated", .what = "kind"});
  }
};

struct ResolveResult {
  std::string text;
  model::ResolveResult resolution;
};

ResolveResult resolve(const Env& env, const ResolveRequest& request);

}  // namespace lattice::query
