// lattice ingest FILE... [--db PATH]: stores documents, their units and what extraction finds in
// them in the SQLite corpus, one transaction per document. A file whose bytes match the stored
// version (same name, same sha256) is reported unchanged without being parsed or extracted; a
// file that cannot be read or stored is reported and the others are still ingested (exit 1).
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli/command.h"
#include "core/sha256.h"
#include "corpus/corpus_db.h"
#include "corpus/document_metadata.h"
#include "extract/extraction.h"

namespace lattice::cli {
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

std::string result_line(const char* outcome, const std::string& name, size_t units,
                        size_t recommendations, size_t claims) {
  return fmt::format("{} {} ({} units, {} recommendations, {} claims)\n", outcome, name, units,
                     recommendations, claims);
}

// A one-line progress indicator on a terminal; silent otherwise.
class Progress {
 public:
  Progress(const Context& ctx, size_t total)
      : err_(ctx.err),
        enabled_(&ctx.err == &std::cerr && ::isatty(STDERR_FILENO) && total > 1),
        total_(total) {}
  void show(size_t index, const std::string& name) {
    if (enabled_) err_ << fmt::format("\r\033[K[{}/{}] {}", index + 1, total_, name) << std::flush;
  }
  void clear() {
    if (enabled_) err_ << "\r\033[K" << std::flush;
  }

 private:
  std::ostream& err_;
  bool enabled_;
  size_t total_;
};

}  // namespace

void register_ingest(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::vector<std::string> files;
  static std::string db_path;
  static corpus::DocumentMetadata overrides;
  o = {};
  files.clear();
  db_path = "lattice.db";
  overrides = {};
  CLI::App* sub = app.add_subcommand(
      "ingest", "Store documents and their extractions in a corpus database (SQLite, FTS5)");
  sub->add_option("FILE", files, "Documents: .txt, .md, .html, .pdf")->required();
  sub->add_option("--db", db_path, "Corpus database (default: ./lattice.db)");
  sub->add_option("--title", overrides.title, "Title of the document (one FILE only)");
  sub->add_option("--organisation,--organization", overrides.organisation,
                  "Organisation that published the document (one FILE only)");
  sub->add_option("--date", overrides.date,
                  "Publication date: YYYY, YYYY-MM or YYYY-MM-DD (one FILE only)");
  add_common_options(sub, o, false, false);
  sub->callback([&ctx]() {
    const bool has_overrides =
        !overrides.title.empty() || !overrides.organisation.empty() || !overrides.date.empty();
    if (has_overrides && files.size() != 1) {
      ctx.err << "lattice: ingest: --title, --organisation and --date need exactly one FILE\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    if (!overrides.date.empty()) {
      auto date = corpus::parse_document_date(overrides.date);
      if (!date) {
        ctx.err << "lattice: ingest: --date: '" << overrides.date
                << "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)\n";
        ctx.exit_code = kExitUsage;
        return;
      }
      overrides.date = *date;
    }
    std::string error;
    auto db = corpus::CorpusDb::open(db_path, &error);
    if (!db) {
      ctx.err << "lattice: " << db_path << ": " << error << "\n";
      ctx.exit_code = kExitInvalid;
      return;
    }
    // The model (for entity mentions and actors) is loaded only when a file needs extracting.
    std::shared_ptr<const model::Model> model;
    std::unique_ptr<extract::MentionFinder> finder;
    size_t added = 0, replaced = 0, unchanged = 0, failed = 0;
    Progress progress(ctx, files.size());
    auto fail = [&](const std::string& path, const std::string& reason) {
      progress.clear();
      ctx.err << "lattice: " << path << ": " << reason << "\n";
      ctx.exit_code = kExitInvalid;
      ++failed;
    };
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string& path = files[i];
      progress.show(i, document_name(path));
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
        progress.clear();
        ctx.out << result_line("unchanged", stored->name, stored->units, stored->recommendations,
                               stored->claims);
        ctx.out.flush();  // each line whole before the next progress line
        ++unchanged;
        continue;
      }
      auto doc = text::read_text_document(path, &error);
      if (!doc) {
        fail(path, error);
        continue;
      }
      if (!model) {
        model = load_model_or_report(o, ctx);
        if (!model) return;
        finder = std::make_unique<extract::MentionFinder>(*model);
      }
      extract::Extraction x;
      try {
        x = extract::extract(*doc, *finder);
      } catch (const std::exception& e) {  // one bad document must not stop the others
        fail(path, std::string("cannot extract: ") + e.what());
        continue;
      }
      const corpus::DocumentMetadata metadata =
          corpus::with_overrides(corpus::document_metadata(*doc, bytes), overrides);
      auto outcome = db->ingest({*doc, x, metadata, sha256, bytes.size()}, &error);
      if (!outcome) {
        fail(path, "cannot store: " + error);
        continue;
      }
      switch (*outcome) {
        case corpus::IngestOutcome::kAdded:
          ++added;
          break;
        case corpus::IngestOutcome::kReplaced:
          ++replaced;
          break;
        case corpus::IngestOutcome::kUnchanged:
          ++unchanged;
          break;
      }
      progress.clear();
      ctx.out << result_line(corpus::ingest_outcome_name(*outcome), doc->name, x.units.size(),
                             x.recommendations.size(), x.claims.size());
      ctx.out.flush();
    }
    progress.clear();
    ctx.out << fmt::format("{} files: {} added, {} replaced, {} unchanged, {} failed ({})\n",
                           files.size(), added, replaced, unchanged, failed, db_path);
  });
}

}  // namespace lattice::cli
