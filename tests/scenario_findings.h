// For the scenario tests: look up the finding of one commitment as pledged by one actor in an
// evaluation result, and its verdict.
#pragma once

#include <stdexcept>
#include <string>

#include "scenario/evaluate.h"

namespace lattice::scenario {

// The finding of commitment id for pledging party actor, or null when it is not listed.
inline const Finding* find(const EvaluationResult& r, const std::string& id,
                           const std::string& actor) {
  for (const auto* list : {&r.triggered, &r.conditional, &r.not_triggered})
    for (const auto& f : *list)
      if (f.commitment == id && f.actor == actor) return &f;
  return nullptr;
}

// Its verdict; throws (failing the test) when it is not listed.
inline Verdict verdict(const EvaluationResult& r, const std::string& id, const std::string& actor) {
  const Finding* f = find(r, id, actor);
  if (!f) throw std::runtime_error(id + " (" + actor + ") is not listed");
  return f->verdict;
}

}  // namespace lattice::scenario
