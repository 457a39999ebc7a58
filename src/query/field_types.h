// The field types a request may hold beyond plain scalars: an entity named by the user (kept as
// written and as the id it resolved to), of one kind or of any kind, a choice among the names of
// a model vocabulary, and a file or folder path. Plain values.
#pragma once

#include <optional>
#include <string>

#include "model/model.h"

namespace lattice::query {

// An entity of kind K named by id, name or alias; `id` is filled when the request is bound.
template <model::EntityKind K>
struct EntityRef {
  static constexpr model::EntityKind kKind = K;
  std::string text;  // as the user wrote it
  std::string id;    // the resolved id; empty until bound
};

// A file or folder named by the user (type "path" for front ends, so a server can confine or
// refuse them). Binding resolves a relative path against Env::base_dir when that is set.
struct Path {
  std::string text;  // as the user wrote it, then as resolved; empty: not given
  bool empty() const { return text.empty(); }
};

// An entity of any kind (`lattice show`): the name must fit exactly one entity of the model.
struct AnyEntityRef {
  std::string text;                                    // as the user wrote it
  std::string id;                                      // the resolved id; empty until bound
  model::EntityKind kind = model::EntityKind::kActor;  // the resolved entity's kind
};

}  // namespace lattice::query
