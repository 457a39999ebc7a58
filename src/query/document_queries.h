// The document queries: the canonical text of files (text), what extraction finds in them
// (extract) and how an extraction scores against gold annotations (score). Each is a request (its
// parameters declared once in visit()), a result, and a pure function of the environment and the
// request. A file that cannot be read is a problem in the result's remarks; the others are still
// processed.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/scorer.h"
#include "query/env.h"
#include "query/field_types.h"
#include "query/param.h"
#include "query/query.h"
#include "text/segmenter.h"
#include "text/text_document.h"

namespace lattice::query {

struct TextRequest {
  std::vector<Path> files;
  bool units = false;

  template <class V>
  void visit(V&& v) {
    v(files, {.name = "file",
              .help = "Documents: .txt, .md, .html, .pdf",
              .required = true,
              .positional = true});
    v(units, {.name = "units", .help = "List the sentences, bullets and headings instead"});
  }
};

struct DocumentText {
  text::TextDocument doc;
  std::vector<text::Unit> units;  // filled when the request asks for units
};

struct TextResult {
  bool units = false;
  std::vector<DocumentText> documents;  // the files that could be read, in request order
  Remarks remarks;
};

TextResult text(const Env& env, const TextRequest& request);

struct ExtractRequest {
  std::vector<Path> files;
  std::string kinds;  // comma-separated subset of recommendation,claim,mention; empty: all

  template <class V>
  void visit(V&& v) {
    v(files, {.name = "file",
              .help = "Documents: .txt, .md, .html, .pdf",
              .required = true,
              .positional = true});
    v(kinds, {.name = "kinds",
              .help = "Comma-separated subset of recommendation,claim,mention (default: all)"});
  }
  std::vector<ParamError> validate() const;
};

// The kinds of "recommendation,claim" (singular or plural names); nullopt with *unknown set to
// the first name that is not a kind.
std::optional<extract::ExtractionOptions> extraction_kinds(std::string_view list,
                                                           std::string* unknown);

struct DocumentExtraction {
  text::TextDocument doc;
  extract::Extraction extraction;
};

struct ExtractResult {
  extract::ExtractionOptions kinds;
  std::vector<DocumentExtraction> documents;  // the files that could be read, in request order
  std::shared_ptr<const model::Model> model;  // names the kind of each mentioned entity
  Remarks remarks;
};

ExtractResult extract(const Env& env, const ExtractRequest& request);

struct ScoreRequest {
  Path extracted;
  std::vector<Path> gold;

  template <class V>
  void visit(V&& v) {
    v(extracted, {.name = "extracted",
                  .help = "JSONL from `lattice extract --jsonl`",
                  .required = true,
                  .positional = true});
    v(gold, {.name = "gold",
             .help = "Annotation files (*.recs.jsonl, *.claims.jsonl)",
             .required = true,
             .positional = true});
  }
};

// The score holds pointers into `scored` and `gold`, whose buffers a move keeps: a ScoreResult
// may be moved, never copied.
struct ScoreResult {
  std::vector<extract::Record> scored;  // extracted records of the annotated documents
  std::vector<extract::Record> gold;
  extract::Score score;
  Remarks remarks;

  ScoreResult() = default;
  ScoreResult(ScoreResult&&) = default;
  ScoreResult& operator=(ScoreResult&&) = default;
  ScoreResult(const ScoreResult&) = delete;
  ScoreResult& operator=(const ScoreResult&) = delete;
};

// Throws std::runtime_error (file, line, what) when a file cannot be read or parsed.
ScoreResult score(const Env& env, const ScoreRequest& request);

}  // namespace lattice::query
