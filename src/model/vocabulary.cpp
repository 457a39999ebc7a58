#include "model/vocabulary.h"

#include <array>

namespace lattice::model {

#define LATTICE_VOCABULARY(E, ...)                              \
  template <>                                                   \
  std::span<const std::string_view> names_of<E>() {             \
    static constexpr std::string_view kNames[] = {__VA_ARGS__}; \
    return kNames;                                              \
  }

LATTICE_VOCABULARY(ActorKind, "state", "international_organisation", "subnational",
                   "domestic_institution", "armed_forces", "military_installation", "non_state",
                   "aggregate")
LATTICE_VOCABULARY(PlaceKind, "territory", "island_group", "island", "sea", "strait", "region",
                   "base", "peninsula")
LATTICE_VOCABULARY(FrameworkKind, "alliance", "defense_treaty", "treaty", "agreement",
                   "status_of_forces_agreement", "host_nation_support_agreement", "declaration",
                   "defense_guidelines", "trilateral", "minilateral", "regional_organisation",
                   "multilateral_forum", "international_organisation", "financial_institution",
                   "trade_agreement", "economic_framework", "finance_initiative",
                   "intelligence_network", "dialogue", "negotiation_process", "arms_control",
                   "armistice", "domestic_law", "constitutional_provision", "policy_vision",
                   "standards_initiative", "assistance_programme", "component")
LATTICE_VOCABULARY(Domain, "security", "nonproliferation", "intelligence", "defense_industry",
                   "economic_trade", "digital_governance", "technology_standards",
                   "infrastructure_finance", "energy_climate", "health", "diplomacy_multilateral",
                   "domestic_politics", "burden_sharing", "basing")
LATTICE_VOCABULARY(Role, "founding_member", "member", "signatory", "observer", "partner",
                   "suspended", "withdrawn")
LATTICE_VOCABULARY(CommitmentType, "defense", "offense", "neutrality", "non_aggression",
                   "consultation", "basing_access", "intelligence_sharing", "economic_cooperation",
                   "assistance", "legal_option")
LATTICE_VOCABULARY(Caveat, "constitutional_processes", "prior_consultation", "domestic_approval",
                   "judgement_required", "un_security_council_report")
LATTICE_VOCABULARY(EventKind, "armed_attack", "threat", "coercion", "blockade", "cyber")
LATTICE_VOCABULARY(TargetKind, "territory", "armed_forces", "vessels", "aircraft")
LATTICE_VOCABULARY(Situation, "", "armed_attack_situation", "survival_threatening_situation",
                   "important_influence_situation")
LATTICE_VOCABULARY(DocumentKind, "report", "press_release", "conference_report", "op_ed",
                   "statement", "article", "treaty_text")
LATTICE_VOCABULARY(Modality, "must", "should", "could", "imperative")
LATTICE_VOCABULARY(Certainty, "certain", "borderline")
LATTICE_VOCABULARY(RecommendationStatus, "proposed", "in_progress", "implemented", "stalled",
                   "abandoned")
LATTICE_VOCABULARY(ClaimUnit, "usd", "percent", "ratio", "count", "years", "other")

#undef LATTICE_VOCABULARY

bool is_active_role(Role role) {
  return role != Role::kSuspended && role != Role::kWithdrawn;
}

}  // namespace lattice::model
