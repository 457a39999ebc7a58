// The corpus queries (see corpus_queries.h).
#include "query/corpus_queries.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "core/sha256.h"
#include "corpus/document_metadata.h"
#include "extract/extraction.h"

namespace lattice::query {
namespace {

// Reads a whole file; false with *error set ("cannot read: ...").
bool read_file(const std::string& path, std::string* bytes, std::string* error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::string("cannot read: ") + std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      *error = std::string("cannot read: ") + std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (got == 0) break;
    bytes->append(buffer, static_cast<size_t>(got));
  }
  ::close(fd);
  return true;
}

// The name a document is stored under: its file name without directory and extension (the same
// rule as text::read_text_document).
std::string document_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  std::string file = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = file.find_last_of('.');
  if (dot != std::string::npos && dot != 0) file.resize(dot);
  return file;
}

}  // namespace

std::vector<ParamError> IngestRequest::validate() const {
  std::vector<ParamError> errors;
  const bool has_overrides = !title.empty() || !organisation.empty() || !date.empty();
  if (has_overrides && files.size() != 1)
    errors.push_back({"file", ParamError::Kind::kType,
                      "--title, --organisation and --date need exactly one FILE"});
  if (!date.empty() && !corpus::parse_document_date(date))
    errors.push_back({"date", ParamError::Kind::kType,
                      "'" + date + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"});
  return errors;
}

IngestResult ingest(const Env& env, const IngestRequest& request) {
  IngestResult r;
  r.db = request.db.text;
  r.file_count = request.files.size();
  corpus::DocumentMetadata overrides;
  overrides.title = request.title;
  overrides.organisation = request.organisation;
  if (!request.date.empty())
    overrides.date = corpus::parse_document_date(request.date).value_or("");
  std::string error;
  auto db = corpus::CorpusDb::open(r.db, &error);
  if (!db) throw std::runtime_error(r.db + ": " + error);
  std::unique_ptr<extract::MentionFinder> finder;  // built when a file needs extracting
  auto fail = [&](const std::string& path, const std::string& reason) {
    r.remarks.problems.push_back(path + ": " + reason);
    ++r.failed;
  };
  for (size_t i = 0; i < request.files.size(); ++i) {
    const std::string& path = request.files[i].text;
    if (env.progress) env.progress(i, request.files.size(), document_name(path));
    std::string bytes;
    if (!read_file(path, &bytes, &error)) {
      fail(path, error);
      continue;
    }
    const std::string sha256 = core::sha256_hex(bytes);
    auto stored = db->document(document_name(path), &error);
    if (!stored && !error.empty()) {
      fail(path, error);
      continue;
    }
    if (stored && stored->sha256 == sha256) {
      r.files.push_back({path, stored->name, corpus::IngestOutcome::kUnchanged, stored->units,
                         stored->recommendations, stored->claims});
      ++r.unchanged;
      continue;
    }
    auto doc = text::read_text_document(path, &error);
    if (!doc) {
      fail(path, error);
      continue;
    }
    if (!finder) finder = std::make_unique<extract::MentionFinder>(*env.model);
    extract::Extraction x;
    try {
      x = extract::extract(*doc, *finder);
    } catch (const std::exception& e) {  // one bad document must not stop the others
      fail(path, std::string("cannot extract: ") + e.what());
      continue;
    }
    const corpus::DocumentMetadata metadata =
        corpus::with_overrides(corpus::document_metadata(*doc), overrides);
    auto outcome = db->ingest({*doc, x, metadata, sha256, bytes.size()}, &error);
    if (!outcome) {
      fail(path, "cannot store: " + error);
      continue;
    }
    switch (*outcome) {
      case corpus::IngestOutcome::kAdded:
        ++r.added;
        break;
      case corpus::IngestOutcome::kReplaced:
        ++r.replaced;
        break;
      case corpus::IngestOutcome::kUnchanged:
        ++r.unchanged;
        break;
    }
    r.files.push_back(
        {path, doc->name, *outcome, x.units.size(), x.recommendations.size(), x.claims.size()});
  }
  return r;
}

SearchResult search(const Env&, const SearchRequest& request) {
  std::string error;
  auto db = corpus::CorpusDb::open(request.db.text, &error, corpus::CorpusDb::OpenMode::kExisting);
  if (!db) throw std::runtime_error(request.db.text + ": " + error);
  auto hits = db->search(request.query, static_cast<size_t>(request.limit), &error);
  if (!hits) throw std::runtime_error(error);
  return {std::move(*hits)};
}

}  // namespace lattice::query
