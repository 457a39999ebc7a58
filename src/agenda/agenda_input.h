// AgendaInput: one recommendation the agenda groups, from an ingested document, from the model,
// or from both (an extracted recommendation whose span overlaps one the model annotates), with
// its document's metadata and the model's dated status entries. collect_inputs() gathers them.
// Plain values; safe to share between threads once built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/corpus_db.h"
#include "corpus/document_metadata.h"
#include "extract/extraction.h"
#include "model/model.h"

namespace lattice::agenda {

// One dated status of a recommendation, copied from the model.
struct InputStatus {
  std::string status;  // model::RecommendationStatus spelling ("in_progress")
  std::string date;    // ISO, possibly empty
  std::string evidence;
  std::vector<std::string> sources;  // as written ("ref:...")
};

struct AgendaInput {
  std::string doc;   // model document id when the model knows the document, else db name
  std::string file;  // db document name or model file stem ("001_412e78d0eac9eac5")
  std::string title, organisation, date;  // of the document; date ISO, possibly empty
  std::optional<int> year;                // of the document's date
  size_t start = 0, end = 0;              // byte span in the document's (canonical) text
  std::string text;                  // the sentence (or the model summary, see text_is_summary)
  bool text_is_summary = false;      // the document's file was not found
  std::vector<std::string> actors;   // entity ids asked to act
  std::vector<std::string> domains;  // model::Domain spellings
  std::string modality, certainty;
  std::string origin;    // "extracted", "model" or "both"
  std::string model_id;  // the model recommendation's id, if any
  std::string summary;   // the model's summary, if any
  std::vector<InputStatus> statuses;
};

struct InputOptions {
  bool borderline = false;  // also take borderline recommendations
};

// Counts of what collect_inputs() did, for the user.
struct InputReport {
  size_t extracted = 0;     // db recommendations taken
  size_t matched = 0;       // of them, joined with a model recommendation
  size_t model_only = 0;    // model recommendations added on their own
  size_t text_missing = 0;  // model recommendations whose document file was not found
};

// The recommendations of db_recs (may be null: none) and of the model m, certain ones only
// unless options.borderline. A db document whose sha256 (from db_docs) equals a model
// document's is the same document: model and extracted recommendations whose spans overlap are
// joined one to one, largest overlap first (the model's certainty, actors, domains and modality
// win, as they are hand-annotated), and the model recommendations no extraction found are added.
// Model documents not in the db contribute their recommendations with the text read from their
// file (found with model::find_document_file), else their summary. Result order: documents by
// date (undated last) then name, recommendations by span. O(n log n) plus reading the files.
std::vector<AgendaInput> collect_inputs(const model::Model& m,
                                        const std::vector<corpus::StoredRecommendation>* db_recs,
                                        const std::vector<corpus::StoredDocument>* db_docs,
                                        const InputOptions& options, InputReport* report = nullptr);

// The recommendations of one document read from a file (for `agenda --diff`): certain ones
// unless options.borderline; doc and file are the document's name, metadata from meta.
std::vector<AgendaInput> inputs_of_document(const text::TextDocument& doc,
                                            const extract::Extraction& extraction,
                                            const corpus::DocumentMetadata& meta,
                                            const InputOptions& options);

// For each input, whether the next one is the following recommendation of the same document
// starting less than gap bytes after it ends (clustering.h's adjacency term).
std::vector<bool> adjacent_to_next(const std::vector<AgendaInput>& inputs, size_t gap);

}  // namespace lattice::agenda
