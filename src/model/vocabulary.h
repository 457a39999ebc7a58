// The model's fixed vocabularies (entity kinds, domains, roles, pledge types, condition terms)
// and their spellings in model files. Each vocabulary is an enum with contiguous values and a
// table of names; parse_*() and name() convert between them. Pure; safe from any thread.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lattice::model {

enum class ActorKind {
  kState,
  kInternationalOrganisation,
  kSubnational,
  kDomesticInstitution,
  kArmedForces,
  kMilitaryInstallation,
  kNonState,
  kAggregate  // a statistical aggregate such as the world (indicator series only; not a state)
};
enum class PlaceKind {
  kTerritory,
  kIslandGroup,
  kIsland,
  kSea,
  kStrait,
  kRegion,
  kBase,
  kPeninsula
};
enum class FrameworkKind {
  kAlliance,
  kDefenseTreaty,
  kTreaty,
  kAgreement,
  kStatusOfForcesAgreement,
  kHostNationSupportAgreement,
  kDeclaration,
  kDefenseGuidelines,
  kTrilateral,
  kMinilateral,
  kRegionalOrganisation,
  kMultilateralForum,
  kInternationalOrganisation,
  kFinancialInstitution,
  kTradeAgreement,
  kEconomicFramework,
  kFinanceInitiative,
  kIntelligenceNetwork,
  kDialogue,
  kNegotiationProcess,
  kArmsControl,
  kArmistice,
  kDomesticLaw,
  kConstitutionalProvision,
  kPolicyVision,
  kStandardsInitiative,
  kAssistanceProgramme,
  kComponent
};
enum class Domain {
  kSecurity,
  kNonproliferation,
  kIntelligence,
  kDefenseIndustry,
  kEconomicTrade,
  kDigitalGovernance,
  kTechnologyStandards,
  kInfrastructureFinance,
  kEnergyClimate,
  kHealth,
  kDiplomacyMultilateral,
  kDomesticPolitics,
  kBurdenSharing,
  kBasing
};
enum class Role {
  kFoundingMember,
  kMember,
  kSignatory,
  kObserver,
  kPartner,
  kSuspended,
  kWithdrawn
};
enum class CommitmentType {
  kDefense,
  kOffense,
  kNeutrality,
  kNonAggression,
  kConsultation,
  kBasingAccess,
  kIntelligenceSharing,
  kEconomicCooperation,
  kAssistance,
  kLegalOption
};
enum class Caveat {
  kConstitutionalProcesses,
  kPriorConsultation,
  kDomesticApproval,
  kJudgementRequired,
  kUnSecurityCouncilReport
};
enum class EventKind { kArmedAttack, kThreat, kCoercion, kBlockade, kCyber };
enum class TargetKind { kTerritory, kArmedForces, kVessels, kAircraft };
enum class Situation {
  kNone,
  kArmedAttackSituation,
  kSurvivalThreateningSituation,
  kImportantInfluenceSituation
};
enum class DocumentKind {
  kReport,
  kPressRelease,
  kConferenceReport,
  kOpEd,
  kStatement,
  kArticle,
  kTreatyText
};
enum class Modality { kMust, kShould, kCould, kImperative };
enum class Certainty { kCertain, kBorderline };
enum class RecommendationStatus { kProposed, kInProgress, kImplemented, kStalled, kAbandoned };
enum class ClaimUnit { kUsd, kPercent, kRatio, kCount, kYears, kOther };

// The spellings of every value of vocabulary E, in enum order.
template <typename E>
std::span<const std::string_view> names_of();
template <>
std::span<const std::string_view> names_of<ActorKind>();
template <>
std::span<const std::string_view> names_of<PlaceKind>();
template <>
std::span<const std::string_view> names_of<FrameworkKind>();
template <>
std::span<const std::string_view> names_of<Domain>();
template <>
std::span<const std::string_view> names_of<Role>();
template <>
std::span<const std::string_view> names_of<CommitmentType>();
template <>
std::span<const std::string_view> names_of<Caveat>();
template <>
std::span<const std::string_view> names_of<EventKind>();
template <>
std::span<const std::string_view> names_of<TargetKind>();
template <>
std::span<const std::string_view> names_of<Situation>();
template <>
std::span<const std::string_view> names_of<DocumentKind>();
template <>
std::span<const std::string_view> names_of<Modality>();
template <>
std::span<const std::string_view> names_of<Certainty>();
template <>
std::span<const std::string_view> names_of<RecommendationStatus>();
template <>
std::span<const std::string_view> names_of<ClaimUnit>();

// The spelling of a value ("defense_treaty").
template <typename E>
std::string_view name(E value) {
  return names_of<E>()[static_cast<size_t>(value)];
}

// The value spelled s (exact, lower case), or nullopt.
template <typename E>
std::optional<E> parse(std::string_view s) {
  const auto names = names_of<E>();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

// "a, b or c": the spellings of a vocabulary for error messages.
template <typename E>
std::string list_of() {
  std::string out;
  const auto names = names_of<E>();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    if (!out.empty()) out += (i + 1 == names.size()) ? " or " : ", ";
    out += names[i];
  }
  return out;
}

// A member role counts as membership proper (not withdrawn or suspended).
bool is_active_role(Role role);

}  // namespace lattice::model
