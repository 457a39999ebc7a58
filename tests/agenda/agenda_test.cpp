// Tests of the agenda's item facts (years, organisations, status from the model), labels,
// agreement math on a hand-made agenda, inputs from the model, and diffs.
#include "agenda/agenda.h"

#include <gtest/gtest.h>

#include "agenda/agreement.h"
#include "agenda/diff.h"
#include "model/loader.h"

namespace lattice::agenda {
namespace {

const model::Model& the_model() {
  static auto m = model::load_model_folder("").model;
  return *m;
}

AgendaInput input(const std::string& doc, const std::string& org, std::optional<int> year,
                  const std::string& text, std::vector<std::string> domains = {"security"}) {
  AgendaInput in;
  in.doc = doc;
  in.organisation = org;
  in.year = year;
  in.date = year ? std::to_string(*year) : "";
  in.text = text;
  in.domains = std::move(domains);
  in.actors = {"usa"};
  return in;
}

TEST(ItemFacts, YearsOrganisationsActorsAndPersistence) {
  std::vector<AgendaInput> in = {input("a", "Org A", 2015, "x"), input("b", "Org B", 2020, "y"),
                                 input("c", "Org A", 2020, "z"), input("d", "", std::nullopt, "w")};
  in[1].actors = {"usa", "jpn"};
  const auto it = item_facts({0, 1, 2, 3}, in);
  EXPECT_EQ(*it.first_year, 2015);
  EXPECT_EQ(*it.last_year, 2020);
  EXPECT_EQ(it.persistence, 6);
  EXPECT_EQ(it.distinct_years, 2u);
  EXPECT_EQ(it.organisations, (std::vector<std::string>{"Org A", "Org B", "d"}));
  EXPECT_EQ(it.breadth, 3u);
  ASSERT_EQ(it.actors.size(), 2u);
  EXPECT_EQ(it.actors[0], (std::pair<std::string, size_t>{"usa", 4}));
  EXPECT_EQ(it.status.status, "proposed");
}

TEST(ItemFacts, StatusIsTheLatestDatedModelStatus) {
  std::vector<AgendaInput> in = {input("a", "A", 2020, "x"), input("b", "B", 2021, "y")};
  in[0].model_id = "r1";
  in[0].statuses = {{"in_progress", "2021-04-16", "talks began", {}}};
  in[1].model_id = "r2";
  in[1].statuses = {{"stalled", "2022-05-23", "no bid", {}}, {"proposed", "", "", {}}};
  const auto it = item_facts({0, 1}, in);
  EXPECT_EQ(it.status.status, "stalled");
  EXPECT_EQ(it.status.date, "2022-05-23");
  EXPECT_EQ(it.status.recommendation, "r2");
}

TEST(Agreement, JaccardShareOfItemsOnAHandMadeAgenda) {
  Agenda a;
  a.inputs = {input("d1", "O1", 2020, "x"), input("d2", "O2", 2021, "y"),
              input("d3", "O3", 2022, "z", {"health"})};
  // Items: {d1, d2}, {d1}, {d2}, {d3} (health).
  for (auto members : std::vector<std::vector<size_t>>{{0, 1}, {0}, {1}, {2}})
    a.items.push_back(item_facts(members, a.inputs));
  const auto t = agreement_table(a);
  ASSERT_EQ(t.documents, (std::vector<std::string>{"d1", "d2", "d3"}));
  EXPECT_EQ(t.items, (std::vector<size_t>{2, 2, 1}));
  EXPECT_EQ(t.both[0][1], 1u);
  EXPECT_EQ(t.either[0][1], 3u);
  EXPECT_DOUBLE_EQ(t.share(0, 1), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(t.share(0, 2), 0.0);
  EXPECT_DOUBLE_EQ(t.share(2, 2), 1.0);
  const auto div = divergence_by_domain(a);
  ASSERT_EQ(div.size(), 2u);  // security, health
  EXPECT_EQ(div[0].domain, "security");
  EXPECT_EQ(div[0].domain_items, 3u);
  EXPECT_EQ(div[0].items, (std::vector<size_t>{1, 2}));
  EXPECT_EQ(div[1].domain, "health");
  EXPECT_EQ(div[1].document, (std::vector<std::string>{"d3"}));
}

TEST(Labels, SharedWordsInTextOrderAndSharedEntities) {
  const auto space = build_term_space({"Conclude a host nation support deal with Seoul soon.",
                                       "Raise host nation support modestly for Seoul."});
  const std::vector<std::vector<std::string>> ents = {{"kor"}, {"kor"}};
  const auto l = make_label({0, 1}, space, ents, the_model());
  EXPECT_EQ(l.words, (std::vector<std::string>{"host", "nation", "support"}));
  EXPECT_EQ(l.entities, (std::vector<std::string>{"kor"}));
  EXPECT_EQ(l.text, "host nation support (South Korea)");
}

TEST(Inputs, ModelAloneGivesEachCertainRecommendationOnceWithItsStatus) {
  const auto in = collect_inputs(the_model(), nullptr, nullptr, {});
  size_t certain = 0;
  for (const auto& r : the_model().recommendations())
    certain += r.certainty == model::Certainty::kCertain;
  EXPECT_EQ(in.size(), certain);
  bool found = false;
  for (const auto& x : in) {
    EXPECT_EQ(x.origin, "model");
    if (x.model_id == "csis_2020_r19") {
      found = true;
      EXPECT_EQ(x.statuses.size(), 1u);
      EXPECT_EQ(x.year, 2020);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_GT(collect_inputs(the_model(), nullptr, nullptr, {true}).size(), in.size());
}

TEST(Inputs, DbDocumentWithTheModelsHashIsJoinedNotDoubled) {
  const auto& m = the_model();
  const model::Document* csis = m.document("csis_2020");
  ASSERT_NE(csis, nullptr);
  corpus::StoredDocument d;
  d.name = "001_x";
  d.sha256 = csis->sha256;
  corpus::StoredRecommendation r;  // overlaps csis_2020_r19 (12057-12179)
  r.doc = "001_x";
  r.start = 12050;
  r.end = 12179;
  r.text = "extracted sentence";
  r.certainty = "certain";
  corpus::StoredRecommendation extra = r;  // found by extraction only
  extra.start = 1;
  extra.end = 5;
  const std::vector<corpus::StoredDocument> docs = {d};
  const std::vector<corpus::StoredRecommendation> recs = {extra, r};
  InputReport rep;
  const auto in = collect_inputs(m, &recs, &docs, {}, &rep);
  size_t r19 = 0, extracted_only = 0;
  for (const auto& x : in) {
    if (x.model_id == "csis_2020_r19") {
      ++r19;
      EXPECT_EQ(x.origin, "both");
      EXPECT_EQ(x.doc, "csis_2020");
      EXPECT_EQ(x.file, "001_x");
    }
    if (x.origin == "extracted") ++extracted_only;
  }
  EXPECT_EQ(r19, 1u);
  EXPECT_EQ(extracted_only, 1u);
  EXPECT_EQ(rep.matched, 1u);
  EXPECT_EQ(in.size(), collect_inputs(m, nullptr, nullptr, {}).size() + 1);
}

TEST(Diff, NewAskIsNewAndARepeatedAskJoinsItsItem) {
  const auto& m = the_model();
  extract::MentionFinder finder(m);
  Agenda a = build_agenda(collect_inputs(m, nullptr, nullptr, {}), m, finder);
  std::vector<AgendaInput> news = {
      input("new", "N", 2025, "Washington should join the CPTPP and rejoin trade rule-making."),
      input("new", "N", 2025,
            "The allies should build a joint lunar research station on the moon.")};
  news[1].start = 1000;
  const auto d = diff_against(a, news, m, finder);
  ASSERT_EQ(d.assignments.size(), 2u);
  ASSERT_NE(d.assignments[0].item, kNoItem);
  bool cptpp = false;
  for (size_t i : a.items[d.assignments[0].item].members)
    cptpp |= a.inputs[i].model_id == "csis_2020_r38";
  EXPECT_TRUE(cptpp);
  EXPECT_EQ(d.assignments[1].item, kNoItem);
  EXPECT_EQ(d.new_items.size(), 1u);
  EXPECT_EQ(d.repeated.size() + d.left_out.size(), a.items.size());
}

TEST(BuildAgenda, DeterministicAndCoversEveryInputOnce) {
  const auto& m = the_model();
  extract::MentionFinder finder(m);
  const auto inputs = collect_inputs(m, nullptr, nullptr, {});
  const Agenda a = build_agenda(inputs, m, finder);
  const Agenda b = build_agenda(inputs, m, finder);
  ASSERT_EQ(a.items.size(), b.items.size());
  std::vector<int> seen(inputs.size(), 0);
  for (size_t k = 0; k < a.items.size(); ++k) {
    EXPECT_EQ(a.items[k].members, b.items[k].members);
    EXPECT_EQ(a.items[k].label.text, b.items[k].label.text);
    for (size_t i : a.items[k].members) ++seen[i];
  }
  for (int s : seen) EXPECT_EQ(s, 1);
}

}  // namespace
}  // namespace lattice::agenda
