// Scoring extraction against hand annotations (../shared/gold/README.md): precision and recall of
// recommendations and claims, spans matched by overlap, and for matched claims whether quantity
// and unit agree. Used by `lattice score` and by the tests that hold extraction to its targets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/vocabulary.h"

namespace lattice::extract {

enum class RecordKind { kRecommendation, kClaim, kMention };

// One line of an extraction (`lattice extract --jsonl`) or annotation (*.recs.jsonl,
// *.claims.jsonl) file. Annotation lines have no "kind": a line with "quantity" is a claim,
// otherwise a recommendation.
struct Record {
  RecordKind kind = RecordKind::kRecommendation;
  std::string doc;
  size_t start = 0, end = 0;
  std::string text;
  model::Certainty certainty = model::Certainty::kCertain;  // recommendations
  std::vector<std::string> actors;                          // recommendations
  std::optional<model::Modality> modality;                  // recommendations
  double quantity = 0;                                      // claims
  model::ClaimUnit unit = model::ClaimUnit::kOther;         // claims
  std::optional<int> year;                                  // claims
  std::string id;                                           // mentions
  int line = 0;                                             // line in its file, from 1
};

// Reads a JSONL file of records; on a malformed line returns nullopt with *error naming the file,
// line and what is wrong.
std::optional<std::vector<Record>> read_records(const std::string& path, std::string* error);
// The same from text already in memory; `path` names it in errors.
std::optional<std::vector<Record>> parse_records(std::string_view text, const std::string& path,
                                                 std::string* error);

struct Match {
  const Record* extracted = nullptr;
  const Record* gold = nullptr;
};

struct KindScore {
  size_t extracted = 0;       // extracted records considered
  size_t gold = 0;            // gold records that count (certain ones for recommendations)
  size_t true_positives = 0;  // extracted records matched to a counting gold record
  size_t matched_gold = 0;    // counting gold records matched by some extracted record
  double precision = 0, recall = 0, f1 = 0;
  size_t value_correct = 0;   // claims: matched with quantity (within 1e-6 relative) and unit right
  double value_accuracy = 0;  // value_correct / true_positives
  std::vector<const Record*> false_positives;  // extracted, matching no gold record
  std::vector<const Record*> missed;           // counting gold records no extraction matched
};

struct Score {
  KindScore recommendations, claims;
};

// Scores extracted against gold, document by document (records pair only within the same doc).
// Spans match when they overlap. Borderline gold recommendations count neither way: an extracted
// record overlapping only borderline ones is neither a true nor a false positive.
Score score(const std::vector<Record>& extracted, const std::vector<Record>& gold);

}  // namespace lattice::extract
