// The bindingness weight table of the actor projection.
#include "latticework/weights.h"

namespace lattice::latticework {
namespace {

using FK = model::FrameworkKind;

bool commitment_holds(const model::Commitment& c, core::Day day) {
  if (c.from && day < c.from->as_start()) return false;
  if (c.to && !(day < c.to->as_end())) return false;
  return true;
}

}  // namespace

Bindingness bindingness(const model::Model& m, const model::Framework& f, core::Day day) {
  switch (f.kind) {
    case FK::kDomesticLaw:
    case FK::kConstitutionalProvision:
      return {0, "domestic instrument"};
    case FK::kAlliance:
    case FK::kDefenseTreaty:
      return {3, "alliance or defense treaty"};
    default:
      break;
  }
  bool any_commitment = false;
  for (const model::Commitment* c : m.commitments_of(f.id)) {
    if (!commitment_holds(*c, day)) continue;
    if (c->type == model::CommitmentType::kDefense) return {3, "defense commitment"};
    any_commitment = true;
  }
  if (any_commitment) return {2, "commitments in force"};
  switch (f.kind) {
    case FK::kTreaty:
    case FK::kAgreement:
    case FK::kStatusOfForcesAgreement:
    case FK::kHostNationSupportAgreement:
    case FK::kDefenseGuidelines:
    case FK::kTradeAgreement:
    case FK::kIntelligenceNetwork:
    case FK::kArmsControl:
    case FK::kArmistice:
    case FK::kRegionalOrganisation:
      return {2, "treaty or binding agreement"};
    case FK::kDialogue:
    case FK::kPolicyVision:
      return {0.5, "dialogue or policy vision"};
    default:
      return {1, "minilateral, forum or organisation"};
  }
}

}  // namespace lattice::latticework
