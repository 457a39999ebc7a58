// Benchmark: the long inputs whose tests check behaviour only (tests never read a clock): reading
// a 50 MB single-line text file, extracting a 1 MB sentence full of cues (segmented and as one
// unit), and the mention finder on a seed document repeated to 8 MB. Baseline in the same run:
// a plain byte scan (counting newlines with memchr) over the same bytes, the floor any reader
// or finder works against.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "extract/claim_finder.h"
#include "extract/mention_finder.h"
#include "extract/recommendation_finder.h"
#include "model/loader.h"
#include "text/segmenter.h"
#include "text/text_document.h"

namespace {

namespace fs = std::filesystem;

size_t count_newlines(const std::string& s) {
  size_t n = 0;
  for (const char* p = s.data();
       (p = static_cast<const char*>(std::memchr(p, '\n', s.data() + s.size() - p))) != nullptr;
       ++p)
    ++n;
  return n;
}

const std::string& fifty_megabyte_line() {
  static const std::string line = [] {
    std::string s;
    s.reserve(50u << 20);
    const std::string phrase = "The allies pledged 2 percent of GDP \xE2\x80\x94 again. ";
    while (s.size() + phrase.size() <= (50u << 20)) s += phrase;
    return s;
  }();
  return line;
}

// Names both allies, as the held-out probe's preamble does; the long sentence follows it.
const std::string kPreamble =
    "Japan and the United States met in Tokyo. Japan hosted the United States again.\n\n";

const std::string& one_megabyte_sentence() {
  static const std::string text = [] {
    std::string s = kPreamble;
    const std::string piece =
        "the allies should expand cooperation with Japan, the United States and Australia, "
        "which critics say must spend $5 billion, or 2 percent, on 300 ships that are needed, ";
    while (s.size() < (1u << 20)) s += piece;
    return s + "and more.\n";
  }();
  return text;
}

const lattice::model::Model& embedded() {
  static const lattice::model::LoadResult r = lattice::model::load_model_folder("");
  if (!r.model) throw std::runtime_error("embedded model did not load");
  return *r.model;
}

const lattice::extract::MentionFinder& finder() {
  static const lattice::extract::MentionFinder f(embedded());
  return f;
}

const std::string& eight_megabytes_of_seed() {
  static const std::string text = [] {
    std::ifstream in(std::string(LATTICE_SHARED_DIR) + "/corpus/seeds/001_412e78d0eac9eac5.txt",
                     std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string seed = ss.str() + "\n";
    std::string s;
    while (s.size() < (8u << 20)) s += seed;
    return s;
  }();
  return text;
}

void BM_ReadFiftyMegabyteLine(benchmark::State& state) {
  const fs::path path =
      fs::temp_directory_path() / ("lattice_bench_50mb_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path, std::ios::binary) << fifty_megabyte_line();
  for (auto _ : state) {
    std::string error;
    auto doc = lattice::text::read_text_document(path.string(), &error);
    if (!doc) state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(doc);
  }
  fs::remove(path);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * fifty_megabyte_line().size()));
}
BENCHMARK(BM_ReadFiftyMegabyteLine)->Unit(benchmark::kMillisecond);

void BM_ExtractOneMegabyteSentence(benchmark::State& state) {
  const std::string& text = one_megabyte_sentence();
  const bool whole = state.range(0) == 1;
  for (auto _ : state) {
    const auto units = whole
                           ? std::vector<lattice::text::Unit>{{kPreamble.size(), text.size() - 1,
                                                               lattice::text::UnitKind::kSentence}}
                           : lattice::text::segment(text);
    auto recs = lattice::extract::find_recommendations(text, units, finder());
    auto claims = lattice::extract::find_claims(text, units, 2023);
    benchmark::DoNotOptimize(recs);
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(whole ? "as one unit" : "segmented");
}
BENCHMARK(BM_ExtractOneMegabyteSentence)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_MentionFinderEightMegabytes(benchmark::State& state) {
  const std::string& text = eight_megabytes_of_seed();
  finder();
  for (auto _ : state) {
    auto m = finder().find(text);
    benchmark::DoNotOptimize(m);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_MentionFinderEightMegabytes)->Unit(benchmark::kMillisecond);

// Baseline: one memchr pass over each input.
void BM_BaselineByteScan(benchmark::State& state) {
  const std::string& text = state.range(0) == 0   ? fifty_megabyte_line()
                            : state.range(0) == 1 ? one_megabyte_sentence()
                                                  : eight_megabytes_of_seed();
  for (auto _ : state) benchmark::DoNotOptimize(count_newlines(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(state.range(0) == 0   ? "50 MB line"
                 : state.range(0) == 1 ? "1 MB sentence"
                                       : "8 MB of seed");
}
BENCHMARK(BM_BaselineByteScan)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
