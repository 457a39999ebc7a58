// The prescription classifier, rule by rule, on sentences written for these tests: modals with
// their subjects, negation, need/require/call for, strong adjectives, imperatives, conditionals,
// questions, forecasts, expectation and epistemic "should", reported demands, boilerplate.
#include "extract/prescription_classifier.h"

#include <gtest/gtest.h>

#include <string>

namespace lattice::extract {
namespace {

using model::Certainty;
using model::Modality;

Prescription classify(const std::string& s, bool heading_like = false) {
  return classify_prescription(unit_words(s), heading_like);
}

// Certain with the given modality.
void expect_certain(const std::string& s, Modality m, bool heading_like = false) {
  const Prescription p = classify(s, heading_like);
  EXPECT_TRUE(p.found) << s;
  if (!p.found) return;
  EXPECT_EQ(p.certainty, Certainty::kCertain) << s;
  EXPECT_EQ(model::name(p.modality), model::name(m)) << s;
  EXPECT_GT(p.confidence, 0.6) << s;
}

void expect_borderline(const std::string& s) {
  const Prescription p = classify(s);
  EXPECT_TRUE(p.found) << s;
  if (p.found) {
    EXPECT_EQ(p.certainty, Certainty::kBorderline) << s;
  }
}

void expect_none(const std::string& s, bool heading_like = false) {
  EXPECT_FALSE(classify(s, heading_like).found) << s;
}

TEST(RecommendationWords, SplitsCompoundsPossessivesAndAbbreviations) {
  const auto w = unit_words("The U.S.-Japan pact’s “core” — renewed.");
  ASSERT_EQ(w.size(), 11u);
  EXPECT_EQ(w[0].w, "the");
  EXPECT_TRUE(w[0].cap);
  EXPECT_EQ(w[1].w, "u.s.");
  EXPECT_EQ(w[2].w, "japan");
  EXPECT_TRUE(w[2].joined);
  EXPECT_EQ(w[3].w, "pact");
  EXPECT_EQ(w[4].w, "'s");
  EXPECT_EQ(w[5].w, "\"");
  EXPECT_EQ(w[6].w, "core");
  EXPECT_EQ(w[8].w, "\u2014");
  EXPECT_EQ(w[9].w, "renewed");
}

TEST(RecommendationClassifier, ModalsWithActorSubjects) {
  expect_certain("Canada and Mexico should sign a fisheries accord next year.", Modality::kShould);
  expect_certain("Seoul must double its spending on coastal radar.", Modality::kMust);
  expect_certain("The ministers ought to publish the audit.", Modality::kShould);
  expect_certain("Both capitals need to rebuild trust with their neighbours.", Modality::kMust);
  expect_certain("Parliament has to approve the treaty first.", Modality::kMust);
  expect_certain("Manila and Hanoi could pool their coast guard patrols.", Modality::kCould);
}

TEST(RecommendationClassifier, NegatedPrescriptionsStillCount) {
  expect_certain("The two navies should not abandon the joint drills.", Modality::kShould);
  expect_certain("Lawmakers must not let the pact lapse.", Modality::kMust);
  expect_none("The allies need not rush the agreement.");
}

TEST(RecommendationClassifier, NeedsRequiresAndCalls) {
  expect_certain("A fresh strategy is needed to end the deadlock.", Modality::kMust);
  expect_certain("The fisheries pillar needs strengthening before the summit.", Modality::kMust);
  expect_certain("The treaty regime needs more attention from both governments.", Modality::kMust);
  expect_certain("Rising tension calls for closer talks between Canada and Mexico.",
                 Modality::kShould);
  expect_certain("Stability requires both governments to fund the coast guard.", Modality::kMust);
  expect_certain("There is a pressing need for the ministers to agree on quotas.", Modality::kMust);
  expect_none("The old charter required members to meet twice a year.");
  expect_none("These are tools that are needed to run a port.");
  expect_none("It gives the navy the ships it needs to patrol the strait.");
  expect_none("Farmers no longer need to file the paper forms.");
}

TEST(RecommendationClassifier, ConditionalsAndForecasts) {
  expect_certain("If the talks stall, the ministers should call a special session.",
                 Modality::kShould);
  expect_certain("If the forum is to survive, it will have to admit new members.", Modality::kMust);
  expect_borderline("The two capitals will have to overcome many obstacles in this effort.");
  expect_none("The ministers will meet in Ottawa next spring.");
  expect_none("The accord is expected to enter into force in May.");
  expect_none("A larger fleet would make the patrols easier.");
}

TEST(RecommendationClassifier, StrongAdjectives) {
  expect_certain("It is vital to renew the fisheries accord before it expires.", Modality::kMust);
  expect_certain("Restoring the patrols is critical to regional calm.", Modality::kMust);
  expect_certain("Sustained dialogue with the islands is a necessity.", Modality::kMust);
  expect_certain("The cost of delay makes ratification imperative.", Modality::kMust);
  expect_certain("Their quarrel underscores the imperative of reopening the hotline.",
                 Modality::kMust);
  expect_certain("Finally, it would be helpful to publish the maps.", Modality::kCould);
  expect_borderline("Port cooperation continues to be critical to trade in the region.");
  expect_borderline("A web of friendly harbours is critical to protecting shipping.");
  expect_borderline("Expanding the coast guard is also important to deter smugglers.");
  expect_none("They are both critical to solving the dispute.");
  expect_none("Fisheries are a vital sector for the economy.");
  expect_none("Last year the audit was critical of the ministry.");
}

TEST(RecommendationClassifier, ImperativeHeadingsAndBullets) {
  expect_certain("Expand Coast Guard Patrols in the Strait", Modality::kImperative, true);
  expect_certain("Bolster Port Security", Modality::kImperative, true);
  expect_certain("Do More to Share Fishing Data", Modality::kImperative, true);
  expect_none("Expanding Coast Guard Patrols", true);
  expect_none("Support for the Accord", true);
  expect_none("Press Release", true);
  expect_none("Contact Us", true);
  expect_none("Receive the Weekly Update", true);
  // In running prose an opening verb is not taken as an imperative.
  expect_none("Expand the patrols, the minister said.", false);
}

TEST(RecommendationClassifier, QuestionsAndBoilerplate) {
  expect_none("Should the two navies hold joint drills?");
  expect_none("What should Ottawa do next?");
  expect_none("For details, please contact the press office.");
  expect_none("\u00B9 The views here should be read as the author's alone.");
}

TEST(RecommendationClassifier, ExpectationShouldIsBorderline) {
  expect_borderline("The new rules should enable faster customs checks.");
  expect_borderline("The failed launch should be a loud wake-up call to the ministry.");
  expect_borderline("It should surely serve as a warning that the pact should not be ignored.");
  // With an agent subject the same verb is a prescription.
  expect_certain("The ministers should enable faster customs checks.", Modality::kShould);
}

TEST(RecommendationClassifier, EpistemicShouldIsNotAPrescription) {
  expect_none("It should be clear that the old quota system has failed.");
  expect_none("There should be little doubt that Ottawa shares the concern.");
  // A real prescription after an epistemic lead-in still counts.
  expect_certain("There should be little doubt that both countries must prepare for storms.",
                 Modality::kMust);
}

TEST(RecommendationClassifier, ReportedDemandsAreNotAdopted) {
  expect_none("In a recent poll, 40% said the navy should shrink.");
  expect_none("The premier demanded that the islands should pay more.");
  expect_none("Some may argue that Ottawa would be wise to stay neutral.");
  expect_none("Critics say the ministry should resign.");
  expect_none("Much of the credit for the deal should go to the negotiators.");
}

TEST(RecommendationClassifier, ReportedViewsOfParticipantsCount) {
  expect_certain("Participants urged the creation of a standing fisheries council.",
                 Modality::kShould);
  expect_certain("Several participants advocated deeper talks on port fees.", Modality::kShould);
  expect_certain("Delegates spoke at length, emphasizing the need to fund the coast guard.",
                 Modality::kMust);
  expect_certain("The authors encourage the premier to visit the islands.", Modality::kShould);
  expect_none("Participants praised the ministry for its quick response.");
}

TEST(RecommendationClassifier, BorderlineEvaluations) {
  expect_borderline("Another opportunity for cooperation would be a joint weather service.");
  expect_borderline("Canada and Mexico have a shared interest in cleaner ports.");
  expect_borderline("Mexico has compelling reasons to keep the accord.");
  expect_borderline("Deepening port cooperation is fundamental to the partnership.");
  expect_borderline("The new rules could be built upon to cover rivers too.");
  expect_borderline("This report lists several problems that both sides should address.");
}

TEST(RecommendationClassifier, OfficialPledgesAreNotRecommendations) {
  expect_none("We will deepen cooperation on clean energy.");
  expect_none("We recognize the imperative of working together.");
  expect_none("We are committed to open markets.");
}

TEST(RecommendationClassifier, ActorRangesPointAtTheSubject) {
  const auto w = unit_words("In addition, the ministers should fund the plan.");
  const Prescription p = classify_prescription(w, false);
  ASSERT_TRUE(p.found);
  ASSERT_FALSE(p.actors.empty());
  EXPECT_EQ(w[p.actors[0].begin].w, "the");
  EXPECT_EQ(w[p.actors[0].end - 1].w, "ministers");
  // "This" names no actor: the context does.
  EXPECT_TRUE(classify("This should include a review of fees.").anaphoric_subject);
}

}  // namespace
}  // namespace lattice::extract
