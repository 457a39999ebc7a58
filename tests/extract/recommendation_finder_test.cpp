// find_recommendations over the embedded model's MentionFinder: spans (run-in headings and
// datelines trimmed), actors (subjects, "X and Y", collectives, compounds, venues, context,
// defaults), then the gold documents of ../shared/gold (precision and recall of certain
// recommendations by overlap, actor and modality agreement) and a look at the other seeds and
// the official statements.
#include "extract/recommendation_finder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/scorer.h"
#include "model/loader.h"
#include "test_support.h"

namespace lattice::extract {
namespace {

using model::Certainty;
using model::Modality;

const model::Model& embedded() {
  static const std::shared_ptr<const model::Model> m = [] {
    model::LoadResult r = model::load_model_folder("");
    if (!r.model)
      for (const auto& d : r.diagnostics.items()) ADD_FAILURE() << d.to_string();
    return r.model;
  }();
  if (!m) throw std::runtime_error("embedded model did not load");
  return *m;
}

const MentionFinder& finder() {
  static const MentionFinder f(embedded());
  return f;
}

std::vector<RecommendationHit> run(const std::string& text) {
  return find_recommendations(text, text::segment(text), finder());
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) ADD_FAILURE() << "cannot read " << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Padding that names both allies often enough to make an alliance document.
const std::string kAllianceContext =
    "Japan and the United States met in Tokyo. Japan hosted the United States again.\n\n";

std::set<std::string> actors_of(const std::string& text, size_t hit = 0) {
  const auto hits = run(text);
  if (hits.size() <= hit) return {"<none>"};
  return {hits[hit].actors.begin(), hits[hit].actors.end()};
}

using S = std::set<std::string>;

TEST(RecommendationFinder, SpansTrimRunInHeadingsAndDatelines) {
  const std::string text =
      "NOTICE: Japan should open its rice market.\n\n"
      "Ottawa, Ontario \u2014 Canada must fund the coast guard.\n\n"
      "Trade talks stall amid doubts: The United States should return to the table.\n";
  const auto hits = run(text);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(text.substr(hits[0].start, hits[0].end - hits[0].start),
            "Japan should open its rice market.");
  EXPECT_EQ(text.substr(hits[1].start, hits[1].end - hits[1].start),
            "Canada must fund the coast guard.");
  EXPECT_EQ(text.substr(hits[2].start, hits[2].end - hits[2].start),
            "The United States should return to the table.");
}

TEST(RecommendationFinder, LeadInJoinedToAQuotationStays) {
  const std::string text =
      "An analyst explains the stakes: \u201CThe new rules should enable faster checks.\u201D\n";
  const auto hits = run(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].start, 0u);
  EXPECT_EQ(hits[0].certainty, Certainty::kBorderline);
}

TEST(RecommendationFinder, ActorsFromSubjects) {
  EXPECT_EQ(actors_of(kAllianceContext + "The United States and Japan ought to share radar data."),
            (S{"usa", "jpn"}));
  EXPECT_EQ(actors_of(kAllianceContext + "Washington and Tokyo should share radar data."),
            (S{"us_japan_alliance"}));
  EXPECT_EQ(actors_of(kAllianceContext + "Both governments should share radar data."),
            (S{"us_japan_alliance"}));
  EXPECT_EQ(actors_of(kAllianceContext + "In addition, Japan should share radar data."),
            (S{"jpn"}));
  EXPECT_EQ(actors_of(kAllianceContext +
                      "The U.S.-Japan alliance, above all, must adapt to new threats."),
            (S{"us_japan_alliance"}));
  EXPECT_EQ(
      actors_of(kAllianceContext + "Australia, Japan, and South Korea should meet every year."),
      (S{"aus", "jpn", "kor"}));
}

TEST(RecommendationFinder, VenuesAreNotActors) {
  EXPECT_EQ(
      actors_of(kAllianceContext + "Japan should work through the G7 and APEC to set data rules."),
      (S{"jpn"}));
  EXPECT_EQ(
      actors_of(kAllianceContext + "The two allies must strengthen regional bodies such as ASEAN."),
      (S{"us_japan_alliance"}));
}

TEST(RecommendationFinder, ActorsFromCompoundsObjectsAndContext) {
  // A gerund subject names its actors through compounds, not through its object.
  EXPECT_EQ(actors_of(kAllianceContext + "Deepening U.S.-Japan space cooperation is critical."),
            (S{"usa", "jpn"}));
  // Nominal cue: the actors are inside the noun phrase.
  EXPECT_EQ(actors_of(kAllianceContext +
                      "Pressure on the strait calls for closer coordination between the United "
                      "States and Japan."),
            (S{"usa", "jpn"}));
  // "require X to".
  EXPECT_EQ(
      actors_of(kAllianceContext +
                "Lasting deterrence will require both Japan and the United States to invest."),
      (S{"usa", "jpn"}));
  // Agentless: the alliance in an alliance document.
  EXPECT_EQ(actors_of(kAllianceContext + "Additional radar sites are needed in the south."),
            (S{"us_japan_alliance"}));
  // "It" after a recommendation to Japan stays with Japan.
  EXPECT_EQ(
      actors_of(kAllianceContext + "Japan should raise its budget. It must also train more pilots.",
                1),
      (S{"jpn"}));
}

TEST(RecommendationFinder, HeadingsAndNonRecommendations) {
  const std::string text = kAllianceContext +
                           "1. Expand Maritime Patrols\n\n"
                           "Contents\n\nIntroduction\t1\n\n"
                           "The ministers will meet next week.\n\n"
                           "Should the ministers meet sooner?\n";
  const auto hits = run(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(text.substr(hits[0].start, hits[0].end - hits[0].start), "Expand Maritime Patrols");
  EXPECT_EQ(hits[0].modality, Modality::kImperative);
  EXPECT_EQ(hits[0].certainty, Certainty::kCertain);
}

TEST(RecommendationFinder, DomainsAndConfidence) {
  const auto hits = run(kAllianceContext + "Japan should raise host-nation support.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_FALSE(hits[0].domains.empty());
  EXPECT_EQ(hits[0].domains[0], model::Domain::kBurdenSharing);
  EXPECT_GT(hits[0].confidence, 0.8);
  EXPECT_LE(hits[0].confidence, 1.0);
}

// --- Gold documents -------------------------------------------------------------------------

// The model spells Japan and South Korea by ISO code; the gold files by name.
std::string model_id(const std::string& gold_id) {
  if (gold_id == "japan") return "jpn";
  if (gold_id == "south_korea") return "kor";
  return gold_id;
}

struct GoldResult {
  KindScore score;
  double actor_agreement = 0, modality_agreement = 0;
};

GoldResult score_document(const std::string& doc) {
  const std::string dir = lattice::testing::shared_dir();
  const std::string text = read(dir + "/corpus/seeds/" + doc + ".txt");
  std::string error;
  const auto gold = read_records(dir + "/gold/" + doc + ".recs.jsonl", &error);
  EXPECT_TRUE(gold.has_value()) << error;
  GoldResult out;
  if (!gold || text.empty()) return out;
  std::vector<Record> extracted;
  for (const auto& h : run(text)) {
    Record r;
    r.kind = RecordKind::kRecommendation;
    r.doc = doc;
    r.start = h.start;
    r.end = h.end;
    r.text = text.substr(h.start, h.end - h.start);
    r.certainty = h.certainty;
    r.actors = h.actors;
    r.modality = h.modality;
    extracted.push_back(std::move(r));
  }
  const Score s = score(extracted, *gold);
  out.score = s.recommendations;
  // Agreement on the matched pairs (a matched gold record overlaps its extraction).
  size_t pairs = 0, actors_ok = 0, modality_ok = 0;
  for (const auto& g : *gold) {
    if (g.certainty != Certainty::kCertain) continue;
    for (const auto& e : extracted) {
      if (!(e.start < g.end && g.start < e.end)) continue;
      ++pairs;
      std::set<std::string> ga, ea(e.actors.begin(), e.actors.end());
      for (const auto& a : g.actors) ga.insert(model_id(a));
      if (ga == ea) ++actors_ok;
      if (g.modality && e.modality == *g.modality) ++modality_ok;
      break;
    }
  }
  out.actor_agreement = pairs ? double(actors_ok) / pairs : 0;
  out.modality_agreement = pairs ? double(modality_ok) / pairs : 0;
  std::cout << doc << ": P=" << out.score.precision << " R=" << out.score.recall
            << " actors=" << out.actor_agreement << " modality=" << out.modality_agreement << " ("
            << out.score.extracted << " extracted, " << out.score.gold << " certain gold)\n";
  return out;
}

void check_gold(const std::string& doc) {
  const GoldResult r = score_document(doc);
  EXPECT_GE(r.score.precision, 0.9) << doc;
  EXPECT_GE(r.score.recall, 0.9) << doc;
  EXPECT_GE(r.actor_agreement, 0.7) << doc;
  EXPECT_GE(r.modality_agreement, 0.8) << doc;
  if (r.score.precision < 0.9 || r.score.recall < 0.9) {
    for (const Record* fp : r.score.false_positives)
      ADD_FAILURE() << "false positive: " << fp->text;
    for (const Record* m : r.score.missed) ADD_FAILURE() << "missed: " << m->text;
  }
}

TEST(RecommendationGold, Csis2020) {
  check_gold("001_412e78d0eac9eac5");
}

TEST(RecommendationGold, Jcie2020) {
  check_gold("002_f1f0c03fea09e362");
}

// The other seeds and the official statements have no gold file here; print what is found so a
// reader can inspect it, and hold the statements (pledges, not recommendations) to none.
TEST(RecommendationGold, OtherDocumentsForInspection) {
  const std::string dir = lattice::testing::shared_dir() + "/corpus/";
  for (const std::string f : {"seeds/000_2ae9e3bf7cc11558.txt", "seeds/003_3fcb446b247180fc.txt",
                              "seeds/004_bd7856fdd82eb8a5.txt"}) {
    const std::string text = read(dir + f);
    const auto hits = run(text);
    std::cout << f << ": " << hits.size() << " recommendation(s)\n";
    EXPECT_FALSE(hits.empty()) << f;
    for (const auto& h : hits) {
      std::string t = text.substr(h.start, std::min<size_t>(h.end - h.start, 90));
      for (auto& c : t)
        if (c == '\n') c = ' ';
      std::cout << "  " << model::name(h.certainty) << " " << model::name(h.modality) << " " << t
                << "\n";
    }
  }
  // The official statements: every Markdown file of extra/ but its README.
  size_t statements = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir + "extra")) {
    const auto path = entry.path();
    if (path.extension() != ".md" || path.filename() == "README.md") continue;
    ++statements;
    const std::string text = read(path.string());
    ASSERT_FALSE(text.empty()) << path;
    EXPECT_TRUE(run(text).empty()) << path;
  }
  // The AUKUS leaders' statement (2021) and the IPEF statement (2022).
  EXPECT_EQ(statements, 2u);
}

}  // namespace
}  // namespace lattice::extract
